"""sandbox.within: a time limit that stops only the work it guards (issue 13, item 5).

The limits are made to fire by work that never ends on its own (a loop that runs until the
Overtime lands) or by firing the watchdog's step by hand at a chosen point, never by how
fast this machine is.
"""

from __future__ import annotations

import ctypes
import random
import sys
import threading
import time

import pytest

from jdlint import sandbox
from jdlint.errors import Timeout
from jdlint.sandbox import within


def spin() -> None:
    """Work that ends only when something stops it."""
    while True:
        pass


def after_the_block(n: int = 20_000) -> int:
    """Plain Python after a limited call: a call and a backward jump on every turn, so an
    Overtime still on its way would land here."""
    total = 0
    for i in range(n):
        total += abs(i)
    return total


def in_thread(func):
    """Run ``func`` in a new (non-main) thread, as a web server's worker does; its result
    or the exception it raised."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = func()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return box


@pytest.fixture
def limits(monkeypatch):
    """Every _Limit armed during the test, in order."""
    made: list[sandbox._Limit] = []

    class Recorded(sandbox._Limit):
        def __init__(self, seconds: float) -> None:
            super().__init__(seconds)
            made.append(self)

    monkeypatch.setattr(sandbox, "_Limit", Recorded)
    return made


def test_endless_work_stops_with_timeout_in_a_worker_thread():
    box = in_thread(lambda: within(0.2, spin, "too slow"))
    assert isinstance(box["error"], Timeout)
    assert str(box["error"]) == "too slow"


def test_endless_work_stops_with_timeout_in_the_main_thread():
    with pytest.raises(Timeout, match=r"^checking took longer than 0\.2 s$"):
        within(0.2, spin)
    assert after_the_block() > 0


def test_work_within_the_limit_returns_its_result():
    box = in_thread(lambda: within(30, lambda: 6 * 7))
    assert box == {"result": 42}
    assert within(None, lambda: "no limit") == "no limit"


def test_a_swallowed_overtime_is_sent_again_and_the_call_still_times_out():
    def swallows() -> str:
        for _ in range(2):
            try:  # noqa: SIM105 - a bare except in a library, as written there
                spin()
            except BaseException:
                pass
        spin()
        return "never"

    box = in_thread(lambda: within(0.1, swallows))
    assert isinstance(box["error"], Timeout)


def test_a_limit_never_raises_in_another_thread():
    stop = threading.Event()
    seen: list[BaseException] = []

    def bystander() -> None:
        try:
            while not stop.is_set():
                after_the_block(100)
        except BaseException as exc:  # pragma: no cover - the failure being tested for
            seen.append(exc)

    other = threading.Thread(target=bystander)
    other.start()
    try:
        for _ in range(5):
            assert isinstance(in_thread(lambda: within(0.05, spin))["error"], Timeout)
    finally:
        stop.set()
        other.join()
    assert seen == []


@pytest.mark.parametrize("where", ["before-disarm", "after-disarm"])
def test_a_limit_firing_as_the_call_ends_never_leaks_past_it(monkeypatch, limits, where):
    """The race of issue 13: the watchdog fires just as the guarded call has returned.
    Fired before the limit is off, the call ends in Timeout; after, nothing is sent. Either
    way the code after the call runs to its end, and nothing stays pending."""
    real = sandbox._disarm
    outcomes: list[str] = []

    def fire_from_the_watchdog() -> None:
        watchdog = threading.Thread(target=lambda: outcomes.append(limits[-1].fire()))
        watchdog.start()
        watchdog.join()

    def disarm(limit: sandbox._Limit) -> None:
        if where == "before-disarm":
            fire_from_the_watchdog()
        real(limit)
        if where == "after-disarm":
            fire_from_the_watchdog()

    monkeypatch.setattr(sandbox, "_disarm", disarm)

    def guarded_then_more() -> tuple[str, int]:
        try:
            outcome = within(60, lambda: "done")
        except Timeout:
            outcome = "timeout"
        return outcome, after_the_block()

    box = in_thread(guarded_then_more)
    assert "error" not in box, box
    outcome, total = box["result"]
    assert total == after_the_block()
    if where == "before-disarm":
        assert outcomes == ["sent"] and outcome == "timeout"
    else:
        assert outcomes == ["off"] and outcome == "done"
    assert not limits[-1].active
    assert sandbox._pending == set()
    assert limits[-1].fire() == "off"  # a watchdog waking late sends nothing


def test_many_limits_expiring_around_the_end_of_their_calls_never_leak():
    """Threads run short calls under limits of about the calls' own length, so limits
    expire before, during and after the calls end; whatever the timing, an Overtime only
    ever comes out as Timeout from within(), and every thread lives to the end."""
    leaked: list[str] = []
    counts = {"ok": 0, "timeout": 0}

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(150):
                n = rng.randrange(0, 3000)
                try:
                    within(rng.uniform(0.0002, 0.003), lambda n=n: after_the_block(n))
                    counts["ok"] += 1
                except Timeout:
                    counts["timeout"] += 1
                after_the_block(2000)
        except BaseException as exc:  # pragma: no cover - the failure being tested for
            leaked.append(repr(exc))

    threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert leaked == []
    assert counts["ok"] + counts["timeout"] == 4 * 150
    assert sandbox._pending == set()


def test_an_overtime_sent_while_the_owner_waits_to_disarm_is_taken_back(limits):
    """The watchdog decides to send just as the owner, its call done, waits for the lock to
    disarm the limit: the Overtime is pending when the owner gets the lock, and is taken
    back there, so the call returns its result and nothing lands after it."""
    in_call, go = threading.Event(), threading.Event()
    owner_ident: list[int] = []

    def call() -> str:
        owner_ident.append(threading.get_ident())
        in_call.set()
        go.wait()
        return "done"

    def guarded_then_more() -> tuple[str, int]:
        return within(60, call), after_the_block()

    box: dict[str, object] = {}
    owner = threading.Thread(target=lambda: box.update(result=guarded_then_more()))
    owner.start()
    assert in_call.wait(30)
    limit = limits[-1]
    with sandbox._ASYNC:  # the watchdog holds the lock ...
        go.set()
        for _ in range(10_000):  # ... while the owner's call ends and it waits in _disarm
            frame = sys._current_frames().get(owner_ident[0])
            if frame is not None and frame.f_code.co_name == "_disarm":
                break
            time.sleep(0.001)
        else:  # pragma: no cover
            pytest.fail("the owner never reached _disarm")
        sandbox._pending.add(limit.tid)  # ... and sends, as fire() does
        sandbox._set_async_exc(limit.ctid, ctypes.py_object(limit.kind))
    owner.join()
    assert box == {"result": ("done", after_the_block())}
    assert not limit.landed and not limit.active
    assert sandbox._pending == set()


def test_each_armed_limit_has_its_own_overtime_class_and_a_landed_one_is_never_reused(limits):
    """A limit that ended with no Overtime landed gives its class to a later limit (making
    one per limit cost a class and a reference cycle per check); limits armed at the same
    time never share one, and the class of a limit whose Overtime landed is not reused."""
    within(30, lambda: within(30, lambda: None))
    outer, inner = limits[-2], limits[-1]
    assert outer.kind is not inner.kind  # nested: both armed at once
    assert outer.kind._limit is None and inner.kind._limit is None  # given back, the cycle broken
    within(30, lambda: None)
    assert limits[-1].kind in (outer.kind, inner.kind)  # taken again
    with pytest.raises(Timeout):
        within(0.05, spin)
    timed_out = limits[-1]
    assert timed_out.landed and timed_out.kind._limit is timed_out
    for _ in range(3 * sandbox._SPARE_KINDS_KEPT):
        within(30, lambda: None)
        assert limits[-1].kind is not timed_out.kind
    assert timed_out.kind not in sandbox._SPARE_KINDS
    assert len(sandbox._SPARE_KINDS) <= sandbox._SPARE_KINDS_KEPT


def test_a_reused_overtime_class_reports_to_its_new_limit_only(limits):
    """An Overtime of a reused class, sent while its new limit is armed, lands as that
    limit's Timeout; the limit that had the class before stays untouched."""
    within(30, lambda: None)
    first = limits[-1]

    def send_own_overtime() -> None:
        limit = limits[-1]
        assert limit.kind is first.kind
        with sandbox._ASYNC:  # as fire() does
            sandbox._pending.add(limit.tid)
            sandbox._set_async_exc(limit.ctid, ctypes.py_object(limit.kind))
        after_the_block()  # it lands here

    with pytest.raises(Timeout):
        within(30, send_own_overtime)
    assert limits[-1].landed and not first.landed
    assert sandbox._pending == set()
