"""The tray item published by Desk Coach itself, where the desktop's tray speaks D-Bus."""
