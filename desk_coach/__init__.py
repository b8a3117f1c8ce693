"""Desk Coach: a desktop posture coach that lives in the system tray."""

__version__ = "0.1.0"
APP_NAME = "Desk Coach"
APP_ID = "desk-coach"
