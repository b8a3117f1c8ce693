"""The Linux desktop integration under packaging/linux/: launcher, icons and AppStream metainfo.

The validators (``desktop-file-validate`` from desktop-file-utils, ``appstreamcli`` from
appstream) are listed in packaging/debian-test.txt, so they are required, not optional.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desk_coach.adapters.autostart.xdg import XdgAutostart

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP_FILE = LINUX / "desk-coach.desktop"
METAINFO = LINUX / "desk-coach.metainfo.xml"
HICOLOR = LINUX / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: install the packages in packaging/debian-test.txt"
    return path


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either


def test_desktop_file_launches_desk_coach():
    entry = _entry(DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Desk Coach"
    assert entry["Exec"] == "desk-coach"
    assert entry["Icon"] == "desk-coach"
    assert entry["StartupNotify"] == "false"
    assert entry["X-GNOME-UsesNotifications"] == "true"


def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout, result.stdout


def test_metainfo_launches_the_desktop_file():
    text = METAINFO.read_text(encoding="utf-8")
    assert f'<launchable type="desktop-id">{DESKTOP_FILE.name}</launchable>' in text


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_has_its_size_and_is_not_blank(qapp, size):
    path = HICOLOR / f"{size}x{size}" / "apps" / "desk-coach.png"
    assert path.is_file(), f"{path} is missing: run packaging/linux/render_icons.py"
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    opaque = sum(
        1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 0
    )
    assert opaque >= size * size // 10, f"{path} is (nearly) blank: {opaque} visible pixels"


def test_scalable_icon_is_the_app_icon():
    shipped = Path(__file__).resolve().parents[2] / "resources" / "icons" / "desk-coach.svg"
    scalable = HICOLOR / "scalable" / "apps" / "desk-coach.svg"
    assert scalable.read_bytes() == shipped.read_bytes()


def test_autostart_entry_matches_the_desktop_file(tmp_path):
    autostart = XdgAutostart(config_home=tmp_path, command=["/usr/bin/desk-coach"])
    autostart.set_enabled(True)
    assert autostart.path.name == DESKTOP_FILE.name
    written, launcher = _entry(autostart.path), _entry(DESKTOP_FILE)
    for key in ("Name", "Icon", "Comment"):
        assert written[key] == launcher[key], key
