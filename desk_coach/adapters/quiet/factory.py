"""Picks the quiet-time sensors that apply to this platform and desktop.

Nothing is probed here beyond the environment and the PATH: every sensor opens what it needs on
its first poll. Platform modules are imported only for their platform.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Mapping

from desk_coach.adapters.quiet.composite import QuietSensors
from desk_coach.services.ports import QuietSensor

log = logging.getLogger(__name__)


def create_quiet_sensor(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> QuietSensors:
    """One ``QuietSensor`` for this machine: the union of every sensor that applies.

    ``env`` is the environment the sensors read (display, session bus, PATH, XDG folders) and pass
    to the commands they run; ``platform`` is a ``sys.platform`` value. Close the result on exit.
    """
    if platform.startswith("linux"):
        sensors = _linux_sensors(env)
    elif platform == "win32":
        from desk_coach.adapters.quiet.windows import WindowsQuietSensor

        sensors = [WindowsQuietSensor()]
    elif platform == "darwin":
        from desk_coach.adapters.quiet.macos import MacQuietSensor

        sensors = [MacQuietSensor()]
    else:
        log.info("no quiet-time sensor for platform %r: reminders do not wait for calls or fullscreen",
                 platform)
        sensors = []
    composite = QuietSensors(sensors)
    log.info("quiet-time sensors: %s", composite.description)
    return composite


def _which(program: str, env: Mapping[str, str]) -> str | None:
    return shutil.which(program, path=env.get("PATH", os.defpath))


def _linux_sensors(env: Mapping[str, str]) -> list[QuietSensor]:
    from desk_coach.adapters.quiet.camera_linux import LinuxCameraSensor
    from desk_coach.adapters.quiet.dnd_linux import GnomeDnd, NotificationServerDnd, session_bus_address
    from desk_coach.adapters.quiet.microphone_linux import PipeWireMicrophoneSensor, PulseMicrophoneSensor

    sensors: list[QuietSensor] = []
    if display := env.get("DISPLAY"):
        from desk_coach.adapters.quiet.fullscreen_x11 import X11FullscreenSensor

        sensors.append(X11FullscreenSensor(display))  # under Wayland: sees XWayland windows only
    else:
        log.info("no X display: fullscreen windows are not sensed")

    sensors.append(LinuxCameraSensor())

    if pactl := _which("pactl", env):
        sensors.append(PulseMicrophoneSensor(pactl, env=env))
    elif pw_dump := _which("pw-dump", env):
        sensors.append(PipeWireMicrophoneSensor(pw_dump, env=env))
    else:
        log.info("neither pactl nor pw-dump is installed: microphone use is not sensed")

    if address := session_bus_address(env):
        sensors.append(NotificationServerDnd(address))
    else:
        log.info("no D-Bus session bus: the notification server's do-not-disturb is not sensed")
    desktops = {name.strip().upper() for name in env.get("XDG_CURRENT_DESKTOP", "").split(":")}
    if "GNOME" in desktops:
        if gsettings := _which("gsettings", env):
            sensors.append(GnomeDnd(gsettings, env=env))
        else:
            log.info("gsettings is not installed: GNOME's do-not-disturb is not sensed")
    return sensors
