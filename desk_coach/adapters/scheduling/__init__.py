"""Waking the app at the right time: APScheduler on the Qt event loop."""
