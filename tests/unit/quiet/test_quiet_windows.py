"""Windows: SHQueryUserNotificationState through the shell32 seam, with a fake shell32."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest

from desk_coach.adapters.quiet.windows import UserNotificationState as Q
from desk_coach.adapters.quiet.windows import WindowsQuietSensor, load_shell32
from desk_coach.domain.quiet import QuietReason

E_FAIL = -2147467259  # 0x80004005 as the signed HRESULT ctypes returns


class FakeShell32:
    """Writes ``state`` through the pointer it is given, as the real function does; returns ``hresult``."""

    def __init__(self, state: int, hresult: int = 0) -> None:
        self.state, self.hresult = state, hresult
        self.calls = 0

    def SHQueryUserNotificationState(self, pointer: Any) -> int:  # the Win32 name
        assert isinstance(pointer, ctypes.POINTER(ctypes.c_int))
        self.calls += 1
        pointer.contents.value = self.state
        return self.hresult


@pytest.mark.parametrize(
    ("state", "reasons"),
    [
        (Q.QUNS_NOT_PRESENT, set()),
        (Q.QUNS_BUSY, {QuietReason.FULLSCREEN}),
        (Q.QUNS_RUNNING_D3D_FULL_SCREEN, {QuietReason.FULLSCREEN}),
        (Q.QUNS_PRESENTATION_MODE, {QuietReason.DO_NOT_DISTURB}),
        (Q.QUNS_ACCEPTS_NOTIFICATIONS, set()),
        (Q.QUNS_QUIET_TIME, {QuietReason.DO_NOT_DISTURB}),
        (Q.QUNS_APP, {QuietReason.FULLSCREEN}),
        (99, set()),  # a state from a future Windows
    ],
)
def test_each_notification_state(state: int, reasons: set[QuietReason]) -> None:
    sensor = WindowsQuietSensor(FakeShell32(state))
    assert sensor.active_reasons() == reasons
    assert sensor.state() == state


def test_a_failed_call_is_not_quiet_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    shell32 = FakeShell32(Q.QUNS_BUSY, hresult=E_FAIL)
    sensor = WindowsQuietSensor(shell32)
    for _ in range(3):
        assert sensor.active_reasons() == frozenset()
    assert shell32.calls == 3
    [record] = caplog.records
    assert "HRESULT 0x80004005" in record.getMessage()


def test_shell32_is_loaded_once_on_the_first_poll() -> None:
    loads: list[int] = []

    def load() -> FakeShell32:
        loads.append(1)
        return FakeShell32(Q.QUNS_PRESENTATION_MODE)

    sensor = WindowsQuietSensor(load=load)
    assert loads == []
    assert sensor.active_reasons() == {QuietReason.DO_NOT_DISTURB}
    assert sensor.active_reasons() == {QuietReason.DO_NOT_DISTURB}
    assert loads == [1]


def test_off_windows_the_real_loader_fails_and_the_sensor_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    if hasattr(ctypes, "WinDLL"):
        pytest.skip("this is Windows: shell32 is there")
    with pytest.raises(OSError, match="Windows only"):
        load_shell32()
    sensor = WindowsQuietSensor()
    assert sensor.active_reasons() == frozenset()
    assert sensor.active_reasons() == frozenset()
    [record] = caplog.records
    assert "cannot query the user notification state" in record.getMessage()
