"""The factory's sensors together, inside the headless desktop: what a user's session would get."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import HeadlessDesktop

from desk_coach.adapters.quiet.dnd_linux import NotificationServerDnd
from desk_coach.adapters.quiet.factory import create_quiet_sensor
from desk_coach.adapters.quiet.fullscreen_x11 import X11FullscreenSensor
from desk_coach.domain.quiet import QuietReason

WINDOW_APP = """
import sys
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("quiet-factory-probe")
window.setGeometry(app.primaryScreen().geometry())
window.showFullScreen()
sys.exit(app.exec())
"""


def test_the_sensors_of_this_desktop_report_together(desktop: HeadlessDesktop, tmp_path: Path) -> None:
    sensors = create_quiet_sensor(desktop.env, "linux")
    try:
        kinds = {type(sensor) for sensor in sensors.sensors}
        assert {X11FullscreenSensor, NotificationServerDnd} <= kinds
        assert sensors.active_reasons() == frozenset()

        desktop.run("dunstctl", "set-paused", "true")
        assert sensors.active_reasons() == {QuietReason.DO_NOT_DISTURB}

        script = tmp_path / "fullscreen_app.py"
        script.write_text(WINDOW_APP)
        desktop.spawn("fullscreen-app", [sys.executable, str(script)])
        desktop.wait_until(
            lambda: QuietReason.FULLSCREEN in sensors.active_reasons(),
            timeout=15,
            what="the fullscreen Qt window sensed",
        )
        assert sensors.active_reasons() == {QuietReason.DO_NOT_DISTURB, QuietReason.FULLSCREEN}

        desktop.run("dunstctl", "set-paused", "false")
        assert sensors.active_reasons() == {QuietReason.FULLSCREEN}
    finally:
        sensors.close()
