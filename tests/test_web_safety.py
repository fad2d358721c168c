"""Binary files, lone surrogates and cross-site posts (issue 13, item 7)."""

from __future__ import annotations

import gzip
import io
import json
import struct
import tarfile
import zipfile

import pytest
from click.testing import CliRunner

from jdlint.cli import main
from jdlint.errors import UnsupportedFormat
from jdlint.readers import read_bytes

pytest_plugins = ("conftest_web",)

from conftest_web import EXAMPLE, make_docx  # noqa: E402


def elf() -> bytes:
    header = b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + struct.pack("<HHI", 2, 0x3E, 1)
    return header + b"\x00" * 200 + b"/lib64/ld-linux-x86-64.so.2\x00GLIBC_2.2.5\x00" * 20


def windows_exe() -> bytes:
    dos = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 46)
    dos[0x3C:0x40] = struct.pack("<I", 0x80)
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    body = bytes(dos) + stub
    return body + b"\x00" * (0x80 - len(body)) + b"PE\x00\x00" + b"\x4c\x01" + b"\x00" * 400


def mach_o() -> bytes:
    return b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 300 + b"__TEXT\x00__text\x00" * 10


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_of(text: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("advert.txt")
        info.size = len(text)
        archive.addfile(info, io.BytesIO(text))
    return buffer.getvalue()


ADVERT = EXAMPLE.encode()
BINARIES = [
    pytest.param(elf(), "advert.docx", "executable", id="elf-named-docx"),
    pytest.param(elf(), "advert.txt", "executable", id="elf-named-txt"),
    pytest.param(windows_exe(), "advert.docx", "executable", id="exe-named-docx"),
    pytest.param(windows_exe(), "advert.txt", "executable", id="exe-named-txt"),
    pytest.param(mach_o(), "advert.txt", "executable", id="mach-o"),
    pytest.param(zip_of({"advert.txt": ADVERT}), "advert.docx", "zip archive", id="zip-named-docx"),
    pytest.param(zip_of({"xl/workbook.xml": b"<x/>", "[Content_Types].xml": b"<x/>"}), "advert.docx", "excel workbook", id="xlsx-named-docx"),
    pytest.param(gzip.compress(ADVERT), "advert.txt", "gzip", id="gzip"),
    pytest.param(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(256)) * 4, "advert.txt", "7-zip", id="7z"),
    pytest.param(b"Rar!\x1a\x07\x01\x00" + bytes(range(256)) * 4, "advert.docx", "rar", id="rar"),
    pytest.param(tar_of(ADVERT), "advert.txt", "tar", id="tar"),
]


@pytest.mark.parametrize(("data", "name", "words"), BINARIES)
def test_programs_and_archives_are_not_read_as_adverts(data, name, words):
    with pytest.raises(UnsupportedFormat) as excinfo:
        read_bytes(data, name)
    message = str(excinfo.value)
    assert words in message.lower() and "not an advert" in message, message  # (then, for an office file, the next step)


@pytest.mark.parametrize(("data", "name", "words"), BINARIES)
def test_programs_and_archives_are_a_415_on_the_web(client, data, name, words):
    response = client.post("/api/check", data={"file": (io.BytesIO(data), name)},
                           content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 415
    assert words in response.get_json()["files"][0]["error"].lower()
    page = client.post("/check", data={"file": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")  # fmt: skip
    assert page.status_code == 415
    assert "This program cannot be run" not in page.get_data(as_text=True)


def test_the_cli_gives_one_line_for_a_program(tmp_path):
    (tmp_path / "advert.docx").write_bytes(windows_exe())
    (tmp_path / "notes.txt").write_bytes(elf())
    paths = [str(tmp_path / "advert.docx"), str(tmp_path / "notes.txt")]
    result = CliRunner().invoke(main, ["check", *paths, "--no-progress"])
    assert result.exit_code == 2  # files that could not be checked
    output = result.output
    assert "an executable program (Windows), not an advert" in output
    assert "an executable program (ELF), not an advert" in output
    assert "Traceback" not in output and "This program cannot be run" not in output


def test_real_documents_still_pass_the_sniffing():
    assert read_bytes(make_docx(), "advert.docx").format == "docx"
    assert read_bytes(make_docx(), "advert.bin").format == "docx"  # by content, not name
    utf16 = EXAMPLE.encode("utf-16-le")  # no byte-order mark
    assert read_bytes(utf16, "advert.txt").blocks
    assert read_bytes(b"MZ Healthcare is hiring a Peer Support Worker.\n", "a.txt").blocks


def test_a_lone_surrogate_in_json_is_a_400(client):
    for text in ("Peer support \\ud800 worker", "\\udfff", "Peer \\udc80 support"):
        body = '{"text": "' + text + '"}'
        response = client.post("/api/check", data=body, content_type="application/json")
        assert response.status_code == 400, text
        assert "surrogate" in response.get_json()["files"][0]["error"]


def test_api_check_refuses_what_another_sites_form_can_send(client):
    body = json.dumps({"text": EXAMPLE})
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = client.post("/api/check", data=body, content_type=content_type)
        assert response.status_code == 415, content_type
        assert "application/json" in response.get_json()["files"][0]["error"]
    assert client.post("/api/check", data={"text": EXAMPLE}).status_code == 415  # a plain form post
    assert client.post("/api/check", json={"text": EXAMPLE}).status_code == 200


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 200),  # no browser: curl, scripts
        ({"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"}, 200),
        ({"Origin": "http://localhost"}, 200),
        ({"Sec-Fetch-Site": "none"}, 200),
        ({"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, 403),
        ({"Sec-Fetch-Site": "same-site", "Origin": "http://other.localhost"}, 403),
        ({"Sec-Fetch-Site": "cross-site"}, 403),
        ({"Origin": "https://evil.example"}, 403),  # an older browser: no Sec-Fetch-Site
        ({"Origin": "null"}, 403),  # a sandboxed frame or a file on disk
    ],
)
def test_api_check_refuses_multipart_posts_from_other_sites(client, headers, status):
    response = client.post("/api/check", data={"file": (io.BytesIO(make_docx()), "a.docx")},
                           content_type="multipart/form-data", headers=headers)  # fmt: skip
    assert response.status_code == status
    if status == 403:
        assert "other sites" in response.get_json()["files"][0]["error"]


@pytest.mark.parametrize("web_config", [{"TESTING": True}])
def test_the_forms_csrf_still_works(client):
    from conftest_web import csrf_token

    token = csrf_token(client.get("/").get_data(as_text=True))
    headers = {"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"}
    assert client.post("/check", data={"text": EXAMPLE, "csrf_token": token}, headers=headers).status_code == 200
    assert client.post("/check", data={"text": EXAMPLE}, headers=headers).status_code == 400
