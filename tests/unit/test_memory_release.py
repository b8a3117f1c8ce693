"""Giving freed start-up memory back: it works on glibc and never fails elsewhere."""

from __future__ import annotations

import sys

import pytest

from desk_coach.adapters import memory


def resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and glibc's malloc_trim")
def test_freed_heap_goes_back_to_the_system():
    blocks = [bytearray(4000) for _ in range(20_000)]  # ~80 MB of small blocks in the C heap
    keep = blocks[-1]  # the topmost block stays, so glibc cannot simply shrink the heap's end
    del blocks
    before = resident_kb()
    memory.release_free_memory()
    assert resident_kb() < before - 20_000, "glibc kept the freed blocks"
    assert len(keep) == 4000


class FakeFunction:
    def __init__(self, calls: list[int]) -> None:
        self.calls = calls
        self.argtypes = None

    def __call__(self, pad: int) -> int:
        self.calls.append(pad)
        return 1


class FakeLibrary:
    def __init__(self, *, has_trim: bool) -> None:
        self.trimmed: list[int] = []
        if has_trim:
            self.malloc_trim = FakeFunction(self.trimmed)


def test_a_c_library_without_malloc_trim_is_left_alone(monkeypatch):
    musl = FakeLibrary(has_trim=False)
    monkeypatch.setattr(memory.sys, "platform", "linux")
    monkeypatch.setattr(memory.ctypes, "CDLL", lambda _name: musl)
    memory.release_free_memory()
    assert musl.trimmed == []


def test_only_linux_is_asked_to_trim(monkeypatch):
    glibc = FakeLibrary(has_trim=True)
    monkeypatch.setattr(memory.ctypes, "CDLL", lambda _name: glibc)
    for platform, expected in (("darwin", []), ("win32", []), ("linux", [0])):
        glibc.trimmed.clear()
        monkeypatch.setattr(memory.sys, "platform", platform)
        memory.release_free_memory()
        assert glibc.trimmed == expected, platform
