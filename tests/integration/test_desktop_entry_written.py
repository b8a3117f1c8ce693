"""Without a package (pip install, the bundle) Desk Coach writes its own desktop entry and icon, so
GNOME and Plasma can name its windows "Desk Coach" with its icon; a package's entry is left alone."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

from desk_coach.resources import resource

from desk_coach.adapters.desktop_entry import ensure_desktop_entry

COMMAND = ["/opt/Desk Coach/desk-coach"]  # a bundle in a folder with a space


def folders(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "system").mkdir()
    return {"XDG_DATA_HOME": str(tmp_path / "home"), "XDG_DATA_DIRS": str(tmp_path / "system"),
            "HOME": str(tmp_path)}


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_without_an_installed_entry_ours_and_the_icon_are_written_and_valid(tmp_path: Path) -> None:
    written = ensure_desktop_entry(COMMAND, folders(tmp_path))

    assert written == tmp_path / "home" / "applications" / "desk-coach.desktop"
    fields = entry(written)
    assert fields["Name"] == "Desk Coach" and fields["Icon"] == "desk-coach"
    assert fields["Exec"] == '"/opt/Desk Coach/desk-coach"'  # quoted: a space
    assert fields["TryExec"] == "/opt/Desk Coach/desk-coach"  # a path: hidden once it is uninstalled
    icon = tmp_path / "home" / "icons" / "hicolor" / "scalable" / "apps" / "desk-coach.svg"
    assert icon.read_bytes() == resource("icons/desk-coach.svg").read_bytes()
    validate = shutil.which("desktop-file-validate")
    assert validate, "desktop-file-validate (desktop-file-utils) is in packaging/debian-test.txt"
    result = subprocess.run([validate, str(written)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_an_entry_installed_by_a_package_is_left_alone(tmp_path: Path) -> None:
    env = folders(tmp_path)
    package = tmp_path / "system" / "applications" / "desk-coach.desktop"
    package.parent.mkdir()
    package.write_text("[Desktop Entry]\nType=Application\nName=Desk Coach\nExec=desk-coach\n")

    assert ensure_desktop_entry(COMMAND, env) is None
    assert not (tmp_path / "home").exists()


def test_the_users_own_entry_is_left_alone(tmp_path: Path) -> None:
    env = folders(tmp_path)
    own = tmp_path / "home" / "applications" / "desk-coach.desktop"
    own.parent.mkdir(parents=True)
    own.write_text("[Desktop Entry]\nType=Application\nName=My posture thing\nExec=desk-coach --verbose\n")

    assert ensure_desktop_entry(COMMAND, env) is None
    assert entry(own)["Name"] == "My posture thing"


def test_our_entry_follows_the_launcher_and_is_not_rewritten_when_unchanged(tmp_path: Path) -> None:
    env = folders(tmp_path)
    written = ensure_desktop_entry(["/usr/bin/python3", "-m", "desk_coach"], env)
    assert written is not None
    assert entry(written)["Exec"] == "/usr/bin/python3 -m desk_coach"

    assert ensure_desktop_entry(COMMAND, env) == written  # the bundle moved in: the entry follows
    assert entry(written)["Exec"] == '"/opt/Desk Coach/desk-coach"'
    before = written.stat()
    assert ensure_desktop_entry(COMMAND, env) == written
    after = written.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
