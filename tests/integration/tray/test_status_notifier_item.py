"""The app's own StatusNotifierItem on a private bus, read by a test playing the tray host and
the watcher: what the host reads, what it hears when the look changes, what its clicks do."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from jeepney import HeaderFields, MatchRule
from jeepney.bus_messages import message_bus
from private_bus import FakeService, PrivateBus
from sni_host import ITEM_PATH, MENU, MENU_PATH, TrayHost

from desk_coach.adapters.tray.status_notifier import StatusNotifierItem
from desk_coach.services.tray_item import TrayImage, TrayLook, TrayMenuEntry

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"

MENU_ENTRIES = (
    TrayMenuEntry(1, "Sitting 3 min", enabled=False),
    TrayMenuEntry(2, separator=True),
    TrayMenuEntry(3, "Start a &break now"),
    TrayMenuEntry(4, "&Snooze", enabled=False),
    TrayMenuEntry(5, "&Pause", children=(TrayMenuEntry(6, "For &30 minutes"),
                                         TrayMenuEntry(7, "Un_do && go"))),
    TrayMenuEntry(8, "&Quit Desk Coach"),
)
LOOK = TrayLook(icon=(TrayImage(2, 2, bytes(range(16))), TrayImage(1, 1, b"\xff\x00\x80\x00")),
                tooltip="Desk Coach", menu=MENU_ENTRIES, title="Desk Coach", description="Desk Coach: breaks")


def start_watcher(bus: PrivateBus) -> FakeService:
    watcher = FakeService(bus.address, WATCHER)
    watcher.answers[WATCHER_PATH, "RegisterStatusNotifierItem"] = lambda body: (None, ())
    return watcher.start()


def registrations(watcher: FakeService) -> list[str]:
    return [body[0] for _, member, body in watcher.calls if member == "RegisterStatusNotifierItem"]


def wait_for(predicate, what: str, timeout: float = 5):
    done = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if (value := predicate()):
            return value
        done.wait(0.01)
    raise AssertionError(f"waited {timeout} s for {what}")


class Events:
    """What the item handed back, as the GUI thread would receive it."""

    def __init__(self) -> None:
        self.clicks: queue.Queue[int] = queue.Queue()
        self.opening = threading.Event()
        self.wanted: list[tuple[int, int]] = []
        self.on_opening = lambda: None

    def menu_opening(self) -> None:
        self.opening.set()
        self.on_opening()


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    bus = PrivateBus()
    bus.start()
    yield bus
    bus.close()


@pytest.fixture
def watcher(bus: PrivateBus) -> Iterator[FakeService]:
    service = start_watcher(bus)
    yield service
    service.vanish()


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def item(bus: PrivateBus, watcher: FakeService, events: Events) -> Iterator[StatusNotifierItem]:
    item = StatusNotifierItem(bus.address, item_id="desk-coach", on_click=events.clicks.put,
                              on_menu_opening=events.menu_opening,
                              on_menu_wanted=lambda x, y: events.wanted.append((x, y)))
    assert item.start(LOOK)
    yield item
    item.stop()


@pytest.fixture
def host(bus: PrivateBus, item: StatusNotifierItem) -> Iterator[TrayHost]:
    host = TrayHost(bus.address, item.bus_name)
    yield host
    host.close()


def test_the_item_registers_and_says_who_it_is(item, watcher, host):
    wait_for(lambda: registrations(watcher) == [item.bus_name], "the item registered with the watcher")
    assert host.get("Title") == "Desk Coach"
    assert host.get("Id") == "desk-coach"
    assert host.get("Category") == "ApplicationStatus"
    assert host.get("Status") == "Active"
    assert host.get("ItemIsMenu") is True
    assert host.get("Menu") == MENU_PATH
    assert host.get("IconAccessibleDesc") == "Desk Coach: breaks"
    assert host.get("IconPixmap") == [(2, 2, bytes(range(16))), (1, 1, b"\xff\x00\x80\x00")]
    assert host.get("ToolTip") == ("", [], "Desk Coach", "")
    (everything,) = host.call(ITEM_PATH, "org.freedesktop.DBus.Properties", "GetAll", "s",
                              ("org.kde.StatusNotifierItem",))
    assert everything["Title"] == ("s", "Desk Coach") and "IconPixmap" in everything
    (xml,) = host.call(ITEM_PATH, "org.freedesktop.DBus.Introspectable", "Introspect")
    assert '<interface name="org.kde.StatusNotifierItem">' in xml
    assert host.call(ITEM_PATH, "org.freedesktop.DBus.Peer", "Ping") == ()
    with pytest.raises(RuntimeError, match="UnknownProperty"):
        host.get("Nonsense")


def test_the_menu_reads_as_the_hosts_draw_it(item, host):
    labels = host.labels()
    assert labels == {1: "Sitting 3 min", 3: "Start a _break now", 4: "_Snooze", 5: "_Pause",
                      6: "For _30 minutes", 7: "Un__do & go", 8: "_Quit Desk Coach"}
    _, root = host.call(MENU_PATH, MENU, "GetLayout", "iias", (0, -1, ["type", "children-display"]))
    assert root[1] == {"children-display": ("s", "submenu")}
    children = {child[1][0]: child[1][1] for child in root[2]}
    assert children[2] == {"type": ("s", "separator")}
    assert children[5] == {"children-display": ("s", "submenu")}
    (props,) = host.call(MENU_PATH, MENU, "GetGroupProperties", "aias", ([1, 4], ["enabled"]))
    assert props == [(1, {"enabled": ("b", False)}), (4, {"enabled": ("b", False)})]
    assert host.call(MENU_PATH, MENU, "GetProperty", "is", (3, "label")) == (("s", "Start a _break now"),)
    (version,) = host.call(MENU_PATH, "org.freedesktop.DBus.Properties", "Get", "ss", (MENU, "Version"))
    assert version == ("u", 3)
    # Plasma reads one level at a time, and a submenu's items alone.
    _, top = host.call(MENU_PATH, MENU, "GetLayout", "iias", (0, 1, ["label"]))
    assert [child[1][2] for child in top[2]] == [[]] * 6
    _, pause = host.call(MENU_PATH, MENU, "GetLayout", "iias", (5, 0, []))
    assert pause == (5, {"label": ("s", "_Pause"), "enabled": ("b", True), "visible": ("b", True),
                         "children-display": ("s", "submenu")}, [])
    with pytest.raises(RuntimeError, match="InvalidArgs"):
        host.call(MENU_PATH, MENU, "GetLayout", "ii", (0, 1))  # no property names: a wrong call
    assert host.get("Title") == "Desk Coach"  # and the item still answers


def test_a_new_look_is_announced_and_read_from_then_on(item, host):
    ring = (TrayImage(1, 1, b"\xff\x10\x20\x30"),)
    item.show(replace(LOOK, icon=ring))
    wait_for(lambda: host.signals("NewIcon"), "NewIcon")
    assert host.get("IconPixmap") == [(1, 1, b"\xff\x10\x20\x30")]
    assert not host.signals("NewToolTip") and not host.signals("ItemsPropertiesUpdated")

    words = (replace(MENU_ENTRIES[0], text="Sitting 4 min"), *MENU_ENTRIES[1:3],
             replace(MENU_ENTRIES[3], enabled=True), *MENU_ENTRIES[4:])
    item.show(replace(LOOK, icon=ring, menu=words, tooltip="Sitting 4 min"))
    [update] = wait_for(lambda: host.signals("ItemsPropertiesUpdated"), "ItemsPropertiesUpdated")
    assert update.body == ([(1, {"label": ("s", "Sitting 4 min")}), (4, {"enabled": ("b", True)})], [])
    wait_for(lambda: host.signals("NewToolTip"), "NewToolTip")
    assert host.get("ToolTip") == ("", [], "Sitting 4 min", "")
    assert len(host.signals("NewIcon")) == 1  # the same icon again is not news

    item.show(replace(LOOK, menu=MENU_ENTRIES[2:]))  # another tree: the host reads it again
    [layout] = wait_for(lambda: host.signals("LayoutUpdated"), "LayoutUpdated")
    assert layout.body == (2, 0)
    assert sorted(host.labels()) == [3, 4, 5, 6, 7, 8]


def test_a_click_in_the_host_reaches_the_app_and_a_disabled_entry_does_nothing(item, host, events):
    host.call(MENU_PATH, MENU, "Event", "isvu", (4, "clicked", ("i", 0), 0))  # Snooze: disabled
    host.call(MENU_PATH, MENU, "Event", "isvu", (5, "clicked", ("i", 0), 0))  # a submenu
    host.call(MENU_PATH, MENU, "Event", "isvu", (3, "hovered", ("i", 0), 0))
    host.call(MENU_PATH, MENU, "Event", "isvu", (3, "clicked", ("i", 0), 0))
    assert events.clicks.get(timeout=5) == 3
    (errors,) = host.call(MENU_PATH, MENU, "EventGroup", "a(isvu)", ([(6, "clicked", ("i", 0), 0),
                                                                     (99, "clicked", ("i", 0), 0)],))
    assert errors == [99]
    assert events.clicks.get(timeout=5) == 6
    assert events.clicks.empty()
    with pytest.raises(RuntimeError, match="InvalidArgs"):
        host.call(MENU_PATH, MENU, "Event", "isvu", (99, "clicked", ("i", 0), 0))


def test_the_status_is_brought_up_to_date_before_the_menu_opens(item, host, events):
    """AboutToShow waits for the GUI thread: the new words reach the host before the answer."""
    fresher = (replace(MENU_ENTRIES[0], text="Sitting 12 min"), *MENU_ENTRIES[1:])

    def gui_thread_refreshes() -> None:
        item.show(replace(LOOK, menu=fresher))
        item.menu_refreshed()

    events.on_opening = lambda: threading.Timer(0.2, gui_thread_refreshes).start()
    serial = host.send(MENU_PATH, MENU, "AboutToShow", "i", (0,))
    reply = wait_for(lambda: host.reply(serial), "the answer to AboutToShow")
    assert reply.body == (False,)  # the same tree: the words came as ItemsPropertiesUpdated
    arrived = [m.header.fields.get(HeaderFields.member, "reply") for m in host.received]
    assert arrived.index("ItemsPropertiesUpdated") < arrived.index("reply")
    assert host.labels()[1] == "Sitting 12 min"
    assert host.call(MENU_PATH, MENU, "AboutToShow", "i", (5,)) == (False,)  # a submenu: no wait


def test_the_host_may_ask_the_app_to_draw_its_menu(item, host, events):
    host.call(ITEM_PATH, "org.kde.StatusNotifierItem", "Activate", "ii", (10, 20))
    assert events.wanted == []  # the item is its menu: a click opens the host's
    host.call(ITEM_PATH, "org.kde.StatusNotifierItem", "ContextMenu", "ii", (10, 20))
    assert events.wanted == [(10, 20)]


def test_the_item_registers_again_when_the_watcher_comes_back(bus, item, watcher):
    wait_for(lambda: registrations(watcher), "the first registration")
    watcher.vanish()
    again = start_watcher(bus)
    try:
        wait_for(lambda: registrations(again) == [item.bus_name], "the item registered with the new watcher")
    finally:
        again.vanish()


def test_without_a_watcher_nothing_is_shown(bus, events):
    item = StatusNotifierItem(bus.address, item_id="desk-coach", on_click=events.clicks.put,
                              on_menu_opening=events.menu_opening, on_menu_wanted=lambda x, y: None)
    assert item.start(LOOK) is False
    assert not item.alive
    assert not [t for t in threading.enumerate() if t.name == "tray item"]


def test_stop_leaves_no_thread_and_gives_the_name_up(bus, item, host):
    assert item.alive
    item.stop()
    assert not [t for t in threading.enumerate() if t.name == "tray item"]

    def owned() -> bool:
        return host.connection.send_and_get_reply(message_bus.NameHasOwner(item.bus_name), timeout=5).body[0]

    # The bus daemon hears the closed connection in its own time (CI once asked first).
    wait_for(lambda: not owned(), "the name given up")
    item.stop()  # twice is harmless


def test_where_the_host_follows_properties_changed_the_new_icon_travels_in_it(bus, watcher, events,
                                                                             monkeypatch):
    """GNOME Shell's AppIndicator extension: no NewIcon, so it reads nothing back."""
    from pathlib import Path

    import desk_coach.adapters.tray.status_notifier as module

    monkeypatch.setattr(module, "PROPERTY_HOSTS", {Path("/proc/self/comm").read_text().strip()})
    item = StatusNotifierItem(bus.address, item_id="desk-coach", on_click=events.clicks.put,
                              on_menu_opening=events.menu_opening, on_menu_wanted=lambda x, y: None)
    assert item.start(LOOK)
    host = TrayHost(bus.address, item.bus_name)
    try:
        host.connection.send_and_get_reply(message_bus.AddMatch(
            MatchRule(type="signal", interface="org.freedesktop.DBus.Properties")), timeout=5)
        item.show(replace(LOOK, icon=(TrayImage(1, 1, b"\xff\x10\x20\x30"),)))
        [changed] = wait_for(lambda: host.signals("PropertiesChanged"), "PropertiesChanged")
        assert changed.body == ("org.kde.StatusNotifierItem",
                                {"IconPixmap": ("a(iiay)", [(1, 1, b"\xff\x10\x20\x30")])}, [])
        host.call(ITEM_PATH, "org.freedesktop.DBus.Peer", "Ping")  # all the item sent has come
        assert not host.signals("NewIcon")
    finally:
        host.close()
        item.stop()


def test_an_item_the_watcher_drops_registers_again_a_few_times(bus, item, watcher, host):
    """GNOME's extension, enabled again at an unlock, once dropped the item it had just taken; on a
    loaded machine it dropped it three times in a row, each time at once: each drop is answered
    by a registration after a longer wait, up to a limit."""
    from jeepney import DBusAddress, new_signal

    item.reregister_delays_s = (0.05, 0.1, 0.2)  # the app's own waits are seconds long
    wait_for(lambda: registrations(watcher) == [item.bus_name], "the first registration")
    dropped = new_signal(DBusAddress(WATCHER_PATH, interface=WATCHER), "StatusNotifierItemUnregistered", "s",
                         (item.bus_name,))
    other = new_signal(DBusAddress(WATCHER_PATH, interface=WATCHER), "StatusNotifierItemUnregistered", "s",
                       ("org.kde.StatusNotifierItem-1-1",))
    host.connection.send(other)  # another item's drop is not ours
    for count in (2, 3, 4):
        host.connection.send(dropped)
        wait_for(lambda count=count: registrations(watcher) == [item.bus_name] * count,
                 "a registration after the drop")
    for _ in range(3):  # past the limit, no more
        host.connection.send(dropped)
    host.call(ITEM_PATH, "org.freedesktop.DBus.Peer", "Ping")  # the item has read them all
    time.sleep(0.5)  # longer than any wait left: a registration past the limit would have come
    assert registrations(watcher) == [item.bus_name] * 4


def test_gnome_shells_extension_is_given_the_items_path_and_its_drop_is_known_by_it(
        bus, watcher, events, monkeypatch):
    """Given a bus name, GNOME's extension also watched it, and the watch's first sight forgot the
    item's Id and Menu during the extension's own first reading: on a loaded machine it dropped
    the item at every registration. Given the path, it names the item by the sender's unique name
    and path ("bus@/path"); a drop under that name is this item's, and is answered. The item owns
    no well-known name there, which the extension's own search for items would take it by."""
    from pathlib import Path

    from jeepney import DBusAddress, new_signal

    import desk_coach.adapters.tray.status_notifier as module

    monkeypatch.setattr(module, "PATH_HOSTS", {Path("/proc/self/comm").read_text().strip()})
    item = StatusNotifierItem(bus.address, item_id="desk-coach", on_click=events.clicks.put,
                              on_menu_opening=events.menu_opening, on_menu_wanted=lambda x, y: None,
                              reregister_delays_s=(0.05,))
    assert item.start(LOOK)
    unique = item.reached_as
    assert unique is not None and unique.startswith(":")
    host = TrayHost(bus.address, unique)
    try:
        wait_for(lambda: registrations(watcher) == [ITEM_PATH], "the item registered by its path")
        owned = host.connection.send_and_get_reply(message_bus.NameHasOwner(item.bus_name), timeout=5)
        assert owned.body == (False,)
        assert host.get("Id") == "desk-coach"  # the host reads it by its unique name
        dropped = new_signal(DBusAddress(WATCHER_PATH, interface=WATCHER), "StatusNotifierItemUnregistered",
                             "s", (f"{unique}@{ITEM_PATH}",))
        host.connection.send(dropped)
        wait_for(lambda: registrations(watcher) == [ITEM_PATH] * 2, "a registration after the drop")
    finally:
        host.close()
        item.stop()


def test_an_item_the_watcher_refuses_registers_again_until_it_is_taken(bus, events):
    """GNOME's extension, enabled again at an unlock, held the watcher's name and answered "No such
    method" to the item's registration, twice: the item tries again after a wait, and stops once
    the watcher takes it (well before its tries run out)."""
    watcher = FakeService(bus.address, WATCHER).start()  # no answer yet: "UnknownMethod"
    item = StatusNotifierItem(bus.address, item_id="desk-coach", on_click=events.clicks.put,
                              on_menu_opening=events.menu_opening, on_menu_wanted=lambda x, y: None,
                              reregister_delays_s=(0.05, 0.3, 0.3, 0.3, 0.3, 0.3))
    try:
        assert item.start(LOOK)
        wait_for(lambda: len(registrations(watcher)) >= 2, "a registration again after the refusal")
        watcher.answers[WATCHER_PATH, "RegisterStatusNotifierItem"] = lambda body: (None, ())
        wait_for(lambda: len(registrations(watcher)) >= 3, "a registration the watcher takes")
        time.sleep(1.2)  # past several waits: a registration after the one taken would have come
        assert len(registrations(watcher)) in (3, 4)  # 4 if the answer came just after the third
        assert set(registrations(watcher)) == {item.bus_name}
    finally:
        item.stop()
        watcher.vanish()
