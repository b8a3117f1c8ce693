"""Break-reminder notifiers: desktop notifications with answer buttons where the desktop has them,
plyer on Windows and macOS, and the tray icon's own balloon as the last resort. Every other message
to the user (what changed, the weekly summary...) takes the same chain, as a plain message (``tell``).

``create_notifier`` (in ``factory``) picks the chain for the platform and the user's style.
"""
