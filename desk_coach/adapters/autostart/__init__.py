"""Starting Desk Coach when the user logs in, one module per desktop family.

- ``xdg``: a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart`` (Linux and other free desktops).
- ``windows``: a value under the user's ``Run`` registry key.
- ``macos``: a LaunchAgent property list in ``~/Library/LaunchAgents``.
- ``factory``: the right one for the running platform (``autostart_for_platform``).

Each class implements the ``Autostart`` port of ``desk_coach.services.ports``. None of them
starts or stops anything now: they only arrange what happens at the next login.
"""
