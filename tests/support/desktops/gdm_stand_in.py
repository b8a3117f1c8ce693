"""A stand-in for GDM on a test session's system bus: gnome-shell 43 makes its screen shield (and
with it org.gnome.ScreenSaver's Lock) only when GDM answers there (``LoginManager.canLock``: its
Manager's Version property, 3.5.91 or newer) and systemd manages the seats.

    python gdm_stand_in.py          (DBUS_SYSTEM_BUS_ADDRESS names the bus)

It answers the Version property and RegisterSession, and nothing else: unlocking goes through
org.gnome.ScreenSaver.SetActive(false), as a test stands for the user's password.
"""

from __future__ import annotations

import os

from jeepney import MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.gnome.DisplayManager"
MANAGER = "org.gnome.DisplayManager.Manager"
VERSION = "43.0"


def main() -> None:
    conn = open_dbus_connection(os.environ["DBUS_SYSTEM_BUS_ADDRESS"])
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    while True:
        call = conn.receive()
        if call.header.message_type is not MessageType.method_call:
            continue
        member = call.header.fields.get(3)  # HeaderFields.member
        if member == "Get" and tuple(call.body) == (MANAGER, "Version"):
            conn.send(new_method_return(call, "v", (("s", VERSION),)))
        elif member == "GetAll" and tuple(call.body) == (MANAGER,):
            conn.send(new_method_return(call, "a{sv}", ({"Version": ("s", VERSION)},)))
        elif member == "RegisterSession":
            conn.send(new_method_return(call))
        else:
            conn.send(new_error(call, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                                (f"the GDM stand-in does not answer {member}",)))


if __name__ == "__main__":
    main()
