"""Idle time from real Wayland compositors, headless: sway 1.7 (wlroots) and KWin 5.27 (KDE Plasma).

Each test starts the compositor, asks our sensor (as the factory picks it for that session), moves
the pointer through the compositor's own input injection, and asks again: the compositor, not a
fake, says idle and resumed. The last tests run Desk Coach itself in the session, as a Wayland
client, and read ``desk-coach status --json``. sway 1.7 offers only org_kde_kwin_idle; KWin offers
both it and ext_idle_notifier_v1, and on Plasma the D-Bus screen saver answers NotSupported, so
these protocols are the only idle clock there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from compositors import Compositor, KWin, Sway

from desk_coach.adapters.idle.factory import create_idle_sensor
from desk_coach.adapters.idle.wayland import KDE_IDLE, WaylandIdleSensor
from desk_coach.services.ports import IdleSensor

pytestmark = pytest.mark.e2e  # a real compositor: never skipped in CI

SAYS = "the Wayland compositor's idle notifications ({})"
COMPOSITORS = {"sway": Sway, "kwin": KWin}


@pytest.fixture(params=sorted(COMPOSITORS))
def compositor(request: pytest.FixtureRequest) -> Iterator[Compositor]:
    with COMPOSITORS[request.param]() as running:
        yield running


def idle_then_active(compositor: Compositor, sensor: IdleSensor) -> None:
    """No input: the compositor says idle (a second or more). Input through it: back to 0."""
    idle = compositor.wait_until(lambda: (sensor.idle_seconds() or 0) >= 1.0, "the compositor to say idle")
    assert idle
    compositor.inject_pointer_motion()
    compositor.wait_until(lambda: sensor.idle_seconds() == 0.0, "the compositor to say resumed")


def test_sway_idle_time_comes_from_org_kde_kwin_idle_and_input_resets_it() -> None:
    with Sway() as sway:
        sensor = create_idle_sensor(sway.env, "linux")
        try:
            assert sensor.description == SAYS.format("org_kde_kwin_idle")  # sway 1.7 has no ext-idle-notify
            assert sensor.can_sense_activity
            idle_then_active(sway, sensor)
            assert "pywayland" not in sys.modules  # the wire protocol is our own: nothing more to install
        finally:
            sensor.close()


def test_kwin_idle_time_comes_from_ext_idle_notify_and_input_resets_it() -> None:
    with KWin() as kwin:
        sensor = create_idle_sensor(kwin.env, "linux")
        try:
            assert sensor.description == SAYS.format("ext_idle_notifier_v1")
            idle_then_active(kwin, sensor)
        finally:
            sensor.close()


def test_kwin_org_kde_kwin_idle_works_too() -> None:
    with KWin() as kwin:
        sensor = WaylandIdleSensor(kwin.env["WAYLAND_DISPLAY"], protocols=(KDE_IDLE,))
        try:
            assert sensor.idle_seconds() == 0.0
            assert sensor.description == SAYS.format("org_kde_kwin_idle")
            idle_then_active(kwin, sensor)
        finally:
            sensor.close()


# -- Desk Coach itself, a Wayland client of the compositor ------------------------------------------


def status(env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "desk_coach", "status", "--json"], env=env,
                          capture_output=True, text=True, timeout=30)
    return json.loads(done.stdout)


def test_status_names_the_compositor_as_the_idle_source_and_follows_its_input(compositor: Compositor) -> None:
    runtime = compositor.tmp / "app"  # the app's own runtime folder (short: it holds a Unix socket)
    runtime.mkdir(mode=0o700)
    env = compositor.env | {"XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "wayland"}
    # A break after 10 minutes of sitting; 3 s without input count as a natural break (away).
    compositor.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run",
                                    "--test-interval", "600", "--test-idle", "3"], env)
    first = compositor.wait_until(lambda: (answer := status(env)).get("running", True) and answer,
                                  "desk-coach status to answer")
    protocol = "org_kde_kwin_idle" if isinstance(compositor, Sway) else "ext_idle_notifier_v1"
    assert first["sensor"] == SAYS.format(protocol)
    assert first["activity_sensed"] is True

    compositor.wait_until(lambda: status(env)["state"] == "away", "no input to count as away")

    def moved_and_sitting() -> bool:
        compositor.inject_pointer_motion()
        return status(env)["state"] == "sitting"

    compositor.wait_until(moved_and_sitting, "input through the compositor to count as sitting")
    # No package installed a desktop entry here (a pip install): the app wrote its own, so the
    # compositor's shell can name its windows (app id desk-coach) "Desk Coach" with its icon.
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / "desk-coach.desktop"
    assert "Name=Desk Coach" in entry.read_text().splitlines()
