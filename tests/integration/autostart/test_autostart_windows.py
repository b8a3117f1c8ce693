"""Windows autostart through its registry seam, on any platform: a dict stands in for the Run
key, and a fake ``winreg`` module checks the real key adapter's calls."""

from __future__ import annotations

import subprocess
import types
from typing import Any

import pytest

from desk_coach.adapters.autostart.factory import autostart_for_platform
from desk_coach.adapters.autostart.launcher import launch_command
from desk_coach.adapters.autostart.macos import MacLaunchAgent
from desk_coach.adapters.autostart.windows import RUN_KEY, VALUE_NAME, WindowsAutostart, WinregRunKey
from desk_coach.adapters.autostart.xdg import XdgAutostart

COMMAND = [r"C:\Program Files\Desk Coach\desk-coach-gui.exe"]


class DictRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def read(self, name: str) -> str | None:
        return self.values.get(name)

    def write(self, name: str, command_line: str) -> None:
        self.values[name] = command_line

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class _Handle:
    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> _Handle:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _not_found() -> FileNotFoundError:
    return FileNotFoundError(2, "The system cannot find the file specified")


class _FakeWinreg(types.ModuleType):
    """Just enough of ``winreg`` for WinregRunKey: HKCU keys holding (value, type) pairs."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_QUERY_VALUE, KEY_SET_VALUE = 1, 2
    REG_SZ, REG_EXPAND_SZ, REG_DWORD = 1, 2, 4

    def __init__(self, keys: dict[str, dict[str, tuple[Any, int]]]) -> None:
        super().__init__("winreg")
        self.keys = keys

    def OpenKey(self, root: str, path: str, reserved: int = 0, access: int = 1) -> _Handle:
        assert root == "HKCU"
        if path not in self.keys:
            raise _not_found()
        return _Handle(path)

    def CreateKeyEx(self, root: str, path: str, reserved: int = 0, access: int = 2) -> _Handle:
        assert root == "HKCU" and access & self.KEY_SET_VALUE
        self.keys.setdefault(path, {})
        return _Handle(path)

    def QueryValueEx(self, key: _Handle, name: str) -> tuple[Any, int]:
        try:
            return self.keys[key.path][name]
        except KeyError:
            raise _not_found() from None

    def SetValueEx(self, key: _Handle, name: str, reserved: int, kind: int, value: Any) -> None:
        self.keys[key.path][name] = (value, kind)

    def DeleteValue(self, key: _Handle, name: str) -> None:
        if name not in self.keys[key.path]:
            raise _not_found()
        del self.keys[key.path][name]


def _fake_winreg(keys: dict[str, dict[str, tuple[Any, int]]]) -> types.ModuleType:
    return _FakeWinreg(keys)


def test_enable_puts_the_quoted_command_line_in_the_run_key():
    key = DictRunKey()
    autostart = WindowsAutostart(key, command=[*COMMAND, "--verbose"])
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    assert key.values == {"Desk Coach": r'"C:\Program Files\Desk Coach\desk-coach-gui.exe" --verbose'}
    assert autostart.is_enabled()


def test_disable_deletes_the_value_and_is_harmless_when_off():
    key = DictRunKey()
    autostart = WindowsAutostart(key, command=COMMAND)
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert key.values == {} and not autostart.is_enabled()
    autostart.set_enabled(False)


def test_the_real_key_adapter_writes_reads_and_deletes_a_string_value():
    keys: dict[str, dict[str, tuple[Any, int]]] = {}
    reg = _fake_winreg(keys)
    autostart = WindowsAutostart(WinregRunKey(reg), command=COMMAND)
    assert not autostart.is_enabled()  # the Run key does not even exist yet
    autostart.set_enabled(True)
    assert keys[RUN_KEY][VALUE_NAME] == (subprocess.list2cmdline(COMMAND), reg.REG_SZ)
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert keys[RUN_KEY] == {}
    autostart.set_enabled(False)  # no value, no error
    assert not autostart.is_enabled()


def test_a_value_that_is_not_text_is_not_ours():
    reg = _fake_winreg({RUN_KEY: {VALUE_NAME: (1, 4)}})
    assert WinregRunKey(reg).read(VALUE_NAME) is None


def test_registry_refusal_reaches_the_caller_as_oserror():
    reg = _fake_winreg({})

    def refuse(*args: object) -> None:
        raise PermissionError(5, "Access is denied")

    reg.CreateKeyEx = refuse
    with pytest.raises(OSError):
        WindowsAutostart(WinregRunKey(reg), command=COMMAND).set_enabled(True)


def test_the_windowless_launcher_is_preferred(tmp_path):
    gui, console = tmp_path / "desk-coach-gui.exe", tmp_path / "desk-coach.exe"
    on_path = {"desk-coach-gui": str(gui), "desk-coach": str(console)}
    command = launch_command(("desk-coach-gui", "desk-coach"), argv0=str(console), which=on_path.get)
    assert command == [str(gui)]


def test_a_console_launcher_that_started_us_counts_as_the_launcher(tmp_path):
    console = tmp_path / "Scripts" / "desk-coach.exe"
    console.parent.mkdir()
    console.write_bytes(b"MZ")
    command = launch_command(("desk-coach-gui", "desk-coach"), argv0=str(console), which=lambda name: None)
    assert command == [str(console)]


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("win32", WindowsAutostart),
        ("darwin", MacLaunchAgent),
        ("linux", XdgAutostart),
        ("freebsd14", XdgAutostart),
    ],
)
def test_the_factory_picks_by_platform_without_touching_anything(platform, kind):
    assert type(autostart_for_platform(platform)) is kind
