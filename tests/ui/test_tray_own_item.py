"""The tray on a StatusNotifierItem desktop: the app's own item on a private bus, read and clicked
by a test playing the tray host, as GNOME's AppIndicator extension or Plasma do."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest
from jeepney import HeaderFields
from private_bus import FakeService, PrivateBus
from sni_host import ITEM_PATH, MENU, MENU_PATH, TrayHost

from desk_coach.adapters.tray.status_notifier import StatusNotifierItem
from desk_coach.domain.history import BreakKind
from desk_coach.services.coach_status import CoachState, CoachStatus
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.tray import CoachTray

WATCHER = "org.kde.StatusNotifierWatcher"


def status(state: CoachState, progress: float) -> CoachStatus:
    return CoachStatus(state=state, sitting_s=600, interval_s=1800, interval_elapsed_s=1800 * progress,
                       next_break_at=None, next_break_kind=BreakKind.MICRO, detail="", sensing=True,
                       sensor="test")


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    bus = PrivateBus()
    bus.start()
    watcher = FakeService(bus.address, WATCHER)
    watcher.answers["/StatusNotifierWatcher", "RegisterStatusNotifierItem"] = lambda body: (None, ())
    watcher.start()
    yield bus
    watcher.vanish()
    bus.close()


@pytest.fixture
def tray(qapp, bus: PrivateBus) -> Iterator[CoachTray]:
    factory = functools.partial(StatusNotifierItem, bus.address, item_id="desk-coach")
    tray = CoachTray(create_qt_app([]).windowIcon(), item_factory=factory, tooltips=False)
    tray.show()
    yield tray
    tray.hide()


@pytest.fixture
def host(tray: CoachTray, bus: PrivateBus) -> Iterator[TrayHost]:
    assert tray.own_item
    host = TrayHost(bus.address, tray._item.bus_name)
    yield host
    host.close()


def answer(qtbot, host: TrayHost, member: str, signature: str, body: tuple) -> tuple:
    """Call the item while Qt's event loop runs here: the item may wait for this thread."""
    serial = host.send(MENU_PATH, MENU, member, signature, body)
    qtbot.waitUntil(lambda: host.reply(serial) is not None, timeout=5000)
    return tuple(host.reply(serial).body)


def key_of(host: TrayHost, label: str) -> int:
    return next(key for key, text in host.labels().items() if text == label)


def test_the_host_reads_the_menu_the_title_and_the_icon(tray, host):
    labels = [label for label in host.labels().values() if label]  # hidden: Snooze's unused lengths
    assert labels == ["Desk Coach", "Start a _break now", "_Snooze", "S_kip this break", "_Pause",
                      "For _30 minutes", "For 1 _hour", "_Until tomorrow", "_Resume reminders",
                      "Self-_check…", "Pr_ogress…", "S_ettings…", "_About Desk Coach…", "_Quit Desk Coach"]
    assert host.get("Title") == "Desk Coach"
    pixmaps = host.get("IconPixmap")
    assert [(w, h) for w, h, _ in pixmaps] == [(s, s) for s in (16, 22, 24, 32, 48, 64)]
    argb = pixmaps[1][2]
    image = tray.current_icon().pixmap(22).toImage()
    centre = image.pixel(11, 11)  # ARGB as an integer, here as four bytes in network order
    at = (11 * 22 + 11) * 4
    assert int.from_bytes(argb[at:at + 4], "big") == centre
    assert tray.is_visible() and tray.show_message("Desk Coach", "a balloon") is False


def test_a_click_in_the_hosts_menu_triggers_the_entry(qtbot, tray, host):
    with qtbot.waitSignal(tray.break_requested, timeout=5000):
        answer(qtbot, host, "Event", "isvu", (key_of(host, "Start a _break now"), "clicked", ("i", 0), 0))
    with qtbot.waitSignal(tray.pause_requested, timeout=5000) as paused:
        answer(qtbot, host, "Event", "isvu", (key_of(host, "For _30 minutes"), "clicked", ("i", 0), 0))
    assert paused.args == [30]


def test_the_status_line_is_brought_up_to_date_before_the_menu_opens(qtbot, tray, host):
    sitting = status(CoachState.SITTING, 0.3)
    tray.show_status(sitting, "Sitting 9 min · next break in 21 min", can_snooze=False)
    tray.show_status(sitting, "Sitting 10 min · next break in 20 min", can_snooze=False)
    assert host.labels()[1] == "Sitting 9 min · next break in 21 min"  # words alone wait for the menu

    def read_now() -> None:
        tray.show_status(status(CoachState.SITTING, 0.37), "Sitting 11 min · next break in 19 min",
                         can_snooze=False)

    tray.about_to_be_read.connect(read_now)
    assert answer(qtbot, host, "AboutToShow", "i", (0,)) == (False,)
    arrived = [m.header.fields.get(HeaderFields.member, "reply") for m in host.received]
    assert arrived.index("ItemsPropertiesUpdated") < arrived.index("reply")
    assert host.labels()[1] == "Sitting 11 min · next break in 19 min"


def everything_sent(host: TrayHost) -> None:
    """Wait until all the item sent so far has come: its answer to a ping comes after it."""
    host.call(ITEM_PATH, "org.freedesktop.DBus.Peer", "Ping")


def test_a_step_of_the_ring_is_a_new_icon_and_nothing_else(qtbot, tray, host):
    tray.show_status(status(CoachState.SITTING, 0.0), "Sitting 0 min", can_snooze=False)
    everything_sent(host)
    host.received.clear()
    tray.show_status(status(CoachState.SITTING, 1 / 12), "Sitting 3 min", can_snooze=False)
    everything_sent(host)
    assert [m.header.fields[HeaderFields.member] for m in host.signals()] == ["NewIcon"]
    assert host.get("IconPixmap")[0][2] != b""


def test_where_no_watcher_runs_qts_tray_icon_serves(qapp):
    bus = PrivateBus()
    bus.start()
    try:
        factory = functools.partial(StatusNotifierItem, bus.address, item_id="desk-coach")
        tray = CoachTray(create_qt_app([]).windowIcon(), item_factory=factory)
        tray.show()
        assert not tray.own_item and tray.is_visible()
        tray.hide()
        assert not tray.is_visible()
    finally:
        bus.close()


def test_a_balloon_on_a_status_notifier_tray_is_a_plain_desktop_notification(qtbot, qapp, bus, monkeypatch):
    """As Qt's own item did: the last resort (and the "Tray icon balloon" style) still reaches the user."""
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.app import DeskCoachApp

    server = FakeService(bus.address, "org.freedesktop.Notifications")
    server.answer("/org/freedesktop/Notifications", "GetCapabilities", "as", ["body", "actions"])
    server.answer("/org/freedesktop/Notifications", "Notify", "u", 7)
    server.start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    try:
        app.show_icon()
        assert app.tray.own_item
        app.tell("Your week", "5 breaks taken.")  # no notifier yet: the balloon's turn
        qtbot.waitUntil(lambda: any(member == "Notify" for _, member, _ in server.calls), timeout=5000)
        [notify] = [body for _, member, body in server.calls if member == "Notify"]
        assert notify[3:5] == ("Your week", "5 breaks taken.")
    finally:
        app.stop()
        server.vanish()


def snooze_submenu(host: TrayHost) -> list[tuple[str, bool, bool]]:
    """The Snooze submenu's entries as the host reads them: label, visible, enabled (no separators)."""
    _, root = host.call(MENU_PATH, MENU, "GetLayout", "iias", (0, -1, []))
    [snooze] = [item for _, item in root[2] if item[1].get("label", ("s", ""))[1] == "_Snooze"]
    assert snooze[1]["children-display"][1] == "submenu"
    return [(props["label"][1], props["visible"][1], props["enabled"][1])
            for _, (_, props, _) in snooze[2] if "label" in props]


def test_the_snooze_submenu_reaches_the_host_and_its_entries_snooze_for_their_length(qtbot, tray, host):
    tray.set_snooze_lengths((5, 10, 15, 30, 60))
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 30 min · time for a break", can_snooze=True)
    qtbot.waitUntil(lambda: "_5 minutes (usual)" in host.labels().values(), timeout=5000)
    shown = [(label, enabled) for label, visible, enabled in snooze_submenu(host) if visible]
    assert shown == [("_5 minutes (usual)", True), ("_10 minutes", True), ("15 _minutes", True),
                     ("_30 minutes", True), ("_60 minutes", True)]
    with qtbot.waitSignal(tray.snooze_requested, timeout=5000) as snoozed:
        answer(qtbot, host, "Event", "isvu", (key_of(host, "15 _minutes"), "clicked", ("i", 0), 0))
    assert snoozed.args == [15.0]

    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 31 min · time for a break", can_snooze=False)
    qtbot.waitUntil(lambda: not any(enabled for _, visible, enabled in snooze_submenu(host) if visible),
                    timeout=5000)


def test_the_status_line_is_an_enabled_entry_that_opens_the_status_window(qtbot, tray, host):
    """Arrow keys in the host's menu stop on the status line (a disabled entry is skipped), and
    choosing it opens the status window."""
    sitting = status(CoachState.SITTING, 0.3)
    tray.show_status(sitting, "Sitting 9 min · next break in 21 min", can_snooze=False)
    key = key_of(host, "Sitting 9 min · next break in 21 min")
    _, root = host.call(MENU_PATH, MENU, "GetLayout", "iias", (0, -1, []))
    [line] = [props for _, (number, props, _) in root[2] if number == key]
    assert line.get("enabled", ("b", True))[1] is True
    with qtbot.waitSignal(tray.status_window_requested, timeout=5000):
        answer(qtbot, host, "Event", "isvu", (key, "clicked", ("i", 0), 0))
