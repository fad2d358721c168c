"""What a folder walk may read (issue 13): nothing a symbolic link leads out of the folder.

A folder checked in CI comes from strangers. A link in it, ``passwd.txt -> /etc/passwd``,
``env.txt -> /proc/self/environ`` (the runner's secrets) or ``x.md -> ../outside/secret.md``,
would be read and quoted in every report format. So a walk (``jdlint check FOLDER``,
:func:`jdlint.discover.iter_files`) resolves each entry and skips it, with a one-line note, when
its real path leaves the folder being checked (a link inside the folder to a file inside it
is kept), and never reads ``/proc``, ``/dev`` or ``/sys`` unless the folder checked is in
one of them. A link that leads nowhere (dangling, a loop) is left to the reader, which
gives it a one-line error. A path named on the command line is read wherever it leads.
"""

from __future__ import annotations

import os
from pathlib import Path

SYSTEM_FOLDERS = ("/proc", "/dev", "/sys")


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _system(real: str, root: str) -> str | None:
    """The system folder ``real`` is in, unless the folder checked is in it too."""
    return next((s for s in SYSTEM_FOLDERS if _under(real, s) and not _under(root, s)), None)


class Walk:
    """The rules for one folder named on the command line (``folder``, as given)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = str(folder)
        self.root = os.path.realpath(folder)

    def skip_file(self, path: str | os.PathLike[str]) -> str | None:
        """Why the file ``path`` found in the walk is not read (a one-line note), or None."""
        if not os.path.exists(path):  # dangling or a loop: its reader says so
            return None
        real = os.path.realpath(path)
        system = _system(real, self.root)
        linked = real != os.path.abspath(path)
        if system is not None:
            return f"skipped: a symbolic link into {system}" if linked else f"skipped: a file in {system}"
        if not _under(real, self.root):
            return f"skipped: a symbolic link to a file outside {self.folder}"
        return None

    def skip_folder(self, path: str | os.PathLike[str]) -> bool:
        """Not to be walked into: a system folder (``jdlint check /``). Links to folders are
        never followed anyway."""
        return _system(os.path.realpath(path), self.root) is not None


def skip_note(path: str | os.PathLike[str], reason: str) -> str:
    """The one-line note for a skipped entry: ``PATH: skipped: ...``."""
    return f"{Path(path)}: {reason}"


__all__ = ["SYSTEM_FOLDERS", "Walk", "skip_note"]
