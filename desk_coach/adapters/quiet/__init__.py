"""Quiet-time sensors: is a fullscreen window active, is the camera or microphone in use (a call),
is the desktop's own do-not-disturb on? A break reminder waits while any of them says yes.

Every sensor here implements the ``QuietSensor`` port. They are polled every few seconds, so each
is cheap per poll (the expensive sources run in the background and are cached), and none raises:
a source that cannot be read counts as "not quiet" and is logged once.

``factory.create_quiet_sensor()`` picks the sensors that apply to this platform and desktop; the
platform modules are imported lazily, so importing this package loads nothing platform-specific.
"""
