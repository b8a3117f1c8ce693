"""A D-Bus method call whose error reply is raised, for adapters that keep their own connection
(the notification server, KDE's global shortcuts): jeepney's blocking send returns an error reply
as a message, and each caller would otherwise check it again."""

from __future__ import annotations

from jeepney import DBusErrorResponse, Message, MessageType
from jeepney.io.blocking import DBusConnection


def reply_to(connection: DBusConnection, message: Message, timeout: float) -> Message:
    """The reply to ``message``; DBusErrorResponse for an error reply, TimeoutError past ``timeout``."""
    reply = connection.send_and_get_reply(message, timeout=timeout)
    if reply.header.message_type is MessageType.error:
        raise DBusErrorResponse(reply)
    return reply
