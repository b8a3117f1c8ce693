"""XDG autostart: real files in a temporary XDG_CONFIG_HOME, checked as a desktop would read them."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_coach import __version__
from desk_coach.adapters.autostart.launcher import launch_command
from desk_coach.adapters.autostart.xdg import XdgAutostart, exec_value, xdg_config_home


def _read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def _parse_exec(value: str) -> list[str]:
    """Undo exec_value the way the Desktop Entry Specification reads an Exec key."""
    unescaped, chars = [], iter(value)
    for char in chars:  # 1. the string-value escapes
        if char == "\\":
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[next(chars)])
        else:
            unescaped.append(char)
    text = "".join(unescaped)
    argv: list[str] = []
    current: list[str] | None = None
    i = 0
    while i < len(text):  # 2. the quoting rules of the Exec key
        char = text[i]
        if char == " ":
            if current is not None:
                argv.append("".join(current))
                current = None
        elif char == '"':
            current = current if current is not None else []
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    i += 1
                    assert text[i] in '"`$\\', "only these may be escaped inside quotes"
                current.append(text[i])
                i += 1
        else:
            assert char not in "\"'\\><~|&;$*?#()`", f"reserved {char!r} outside quotes"
            current = current if current is not None else []
            current.append(char)
        i += 1
    if current is not None:
        argv.append("".join(current))
    return [argument.replace("%%", "%") for argument in argv]  # 3. field codes


@pytest.fixture
def config_home(isolated_home: Path) -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"])


def test_enable_writes_a_valid_desktop_entry_under_xdg_config_home(config_home):
    autostart = XdgAutostart(command=["/usr/bin/desk-coach"])
    assert not autostart.is_enabled()
    autostart.set_enabled(True)

    path = config_home / "autostart" / "desk-coach.desktop"
    assert autostart.path == path and path.is_file()
    entry = _read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Desk Coach"
    assert entry["Exec"] == "/usr/bin/desk-coach"
    assert entry["Icon"] == "desk-coach"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Comment"]
    assert autostart.is_enabled()


def test_disable_removes_the_file_and_is_harmless_when_already_off(config_home):
    autostart = XdgAutostart(command=["/usr/bin/desk-coach"])
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert not (config_home / "autostart" / "desk-coach.desktop").exists()
    assert not autostart.is_enabled()
    autostart.set_enabled(False)
    assert list((config_home / "autostart").iterdir()) == []  # no temporary files left either


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (Debian package desktop-file-utils)")
@pytest.mark.parametrize(
    "command",
    [
        None,  # whatever this test run would really write
        ["/opt/Desk Coach/bin/desk-coach"],
        ['/home/o"brien/$HOME/100%/a\\b/desk-coach', "--flag=`x`"],
    ],
)
def test_desktop_file_validate_accepts_the_file(config_home, command):
    autostart = XdgAutostart(command=command)
    autostart.set_enabled(True)
    result = subprocess.run(["desktop-file-validate", str(autostart.path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()
    if command is not None:
        assert _parse_exec(_read_entry(autostart.path)["Exec"]) == command


ARGUMENT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), min_size=1)


@given(st.lists(ARGUMENT, min_size=1, max_size=4))
def test_exec_lines_read_back_as_the_same_arguments(argv):
    assert _parse_exec(exec_value(argv)) == argv


def test_the_file_names_the_running_launcher(config_home, tmp_path, monkeypatch):
    launcher = tmp_path / "venv bin" / "desk-coach"
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n")
    launcher.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(launcher)])
    autostart = XdgAutostart()
    autostart.set_enabled(True)
    assert _parse_exec(_read_entry(autostart.path)["Exec"]) == [str(launcher)]


def test_the_written_command_really_starts_this_desk_coach(config_home, monkeypatch):
    """Run the Exec line (with --version, so no tray starts) and see this version answer."""
    monkeypatch.setattr(sys, "argv", ["pytest"])
    autostart = XdgAutostart()
    autostart.set_enabled(True)
    argv = _parse_exec(_read_entry(autostart.path)["Exec"])
    assert Path(argv[0]).is_absolute()
    result = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"desk-coach {__version__}"


def test_without_a_launcher_it_falls_back_to_this_python():
    command = launch_command(argv0="/usr/lib/python3/dist-packages/pytest", which=lambda name: None)
    assert command == [str(Path(sys.executable).absolute()), "-m", "desk_coach"]


def test_a_launcher_on_path_is_used_when_not_started_by_one(tmp_path):
    found = tmp_path / "desk-coach"
    command = launch_command(argv0="-c", which=lambda name: str(found) if name == "desk-coach" else None)
    assert command == [str(found)]


def test_a_frozen_build_starts_its_own_executable():
    app = "/Applications/Desk Coach.app/Contents/MacOS/desk-coach"
    assert launch_command(frozen=True, executable=app, argv0="/usr/bin/desk-coach") == [app]


@pytest.mark.parametrize("switched_off", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_by_the_desktop_counts_as_off(config_home, switched_off):
    autostart = XdgAutostart(command=["/usr/bin/desk-coach"])
    autostart.set_enabled(True)
    text = autostart.path.read_text().replace("X-GNOME-Autostart-enabled=true\n", "")
    autostart.path.write_text(text + switched_off + "\n")
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    assert autostart.is_enabled()


@pytest.mark.parametrize("content", [b"not a desktop file", b"[Other]\nName=x\n", b"\xff\xfe garbage"])
def test_an_unreadable_file_counts_as_off_and_is_replaced_on_enable(config_home, content):
    autostart = XdgAutostart(command=["/usr/bin/desk-coach"])
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_bytes(content)
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    assert _read_entry(autostart.path)["Exec"] == "/usr/bin/desk-coach"


def test_the_file_is_readable_by_the_session_and_written_whole(config_home):
    autostart = XdgAutostart(command=["/usr/bin/desk-coach"])
    autostart.set_enabled(True)
    mode = stat.S_IMODE(autostart.path.stat().st_mode)
    assert mode & stat.S_IRUSR and not mode & stat.S_IWOTH
    assert [p.name for p in autostart.path.parent.iterdir()] == ["desk-coach.desktop"]


def test_an_unwritable_folder_is_an_oserror(config_home):
    (config_home).mkdir(parents=True, exist_ok=True)
    (config_home / "autostart").write_text("a file where the folder should be")
    with pytest.raises(OSError):
        XdgAutostart(command=["/usr/bin/desk-coach"]).set_enabled(True)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"XDG_CONFIG_HOME": "/x/config", "HOME": "/home/a"}, Path("/x/config")),
        ({"XDG_CONFIG_HOME": "relative/config", "HOME": "/home/a"}, Path("/home/a/.config")),
        ({"XDG_CONFIG_HOME": "", "HOME": "/home/a"}, Path("/home/a/.config")),
        ({"HOME": "/home/a"}, Path("/home/a/.config")),
    ],
)
def test_xdg_config_home_follows_the_base_directory_spec(environ, expected):
    assert xdg_config_home(environ) == expected
