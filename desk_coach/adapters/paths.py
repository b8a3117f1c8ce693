"""Where Desk Coach keeps its files, per the platform's conventions.

platformdirs gives XDG folders on Linux (honouring XDG_DATA_HOME, XDG_CONFIG_HOME and
XDG_STATE_HOME), AppData on Windows and ~/Library on macOS.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from desk_coach import APP_ID


@dataclass(frozen=True)
class AppPaths:
    """The user's data, config and log folders, and the files Desk Coach keeps in them."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def for_current_user(cls) -> AppPaths:
        dirs = PlatformDirs(APP_ID, appauthor=False)
        return cls(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @property
    def database(self) -> Path:
        return self.data_dir / "desk-coach.db"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def first_run_marker(self) -> Path:
        """Written when the self-check is cancelled before coaching was set up: "not set up yet"."""
        return self.data_dir / "first-run-done"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "desk-coach.log"
