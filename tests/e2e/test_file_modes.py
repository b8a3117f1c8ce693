"""Every folder and file Desk Coach creates is the user's alone, whatever the umask: the real app
started with umask 000 in the headless desktop, then a trainer's self-check (settings file) and
an export from the command line, also with umask 000."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from desktop import HeadlessDesktop

from desk_coach.adapters.paths import AppPaths

REPO = Path(__file__).resolve().parents[2]

FOLDER_MODE, FILE_MODE = 0o700, 0o600
# The desktop entry and icon the app writes where no package installed them (for the desktop's
# menus and its name in the top bar) are readable by all, as such files are, and writable by none
# but the user; every other file is the user's alone.
DESKTOP_FILE_MODE = 0o644
DESKTOP_FILES = ("applications/desk-coach.desktop", "icons/hicolor/scalable/apps/desk-coach.svg")


def desk_coach(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desk_coach", *args], env=env, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL, umask=0)


def modes_under(folder: Path) -> dict[str, str]:
    """Each path below ``folder`` (itself included) with its permission bits, in octal."""
    found = {str(folder): oct(stat.S_IMODE(folder.lstat().st_mode))}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            found[str(path)] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def test_with_umask_000_every_folder_and_file_is_private(desktop: HeadlessDesktop, tmp_path: Path) -> None:
    paths = AppPaths.for_current_user()
    env = desktop.env
    coach = desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose"], env=env, umask=0)
    try:
        desktop.wait_until(lambda: desk_coach(env, "status").returncode == 0, timeout=30,
                           what="the coach to answer status")
        desktop.wait_until(paths.log_file.exists, timeout=20, what="the log file")
        trainer = REPO / "resources" / "screen" / "example-trainer-screen.json"
        recorded = desk_coach(env, "screen", "--from-json", str(trainer))
        assert recorded.returncode == 0, recorded.stderr
        assert paths.settings_file.exists()
        exported = desk_coach(env, "export", "--format", "csv", "--output", str(tmp_path / "export"))
        assert exported.returncode == 0, exported.stderr
    finally:
        coach.terminate()
        coach.wait(timeout=20)
    assert coach.returncode == 0

    xdg_state = paths.log_dir.parent.parent
    created = [paths.data_dir.parent, paths.config_dir.parent, xdg_state, tmp_path / "export"]
    wrong = {}
    for folder in created:
        for path, mode in modes_under(folder).items():
            expected = FOLDER_MODE if Path(path).is_dir() else FILE_MODE
            if path.endswith(DESKTOP_FILES):
                expected = DESKTOP_FILE_MODE
            if mode != oct(expected):
                wrong[path] = mode
    assert wrong == {}
    assert paths.database.exists() and paths.settings_file.exists() and paths.log_file.exists()
