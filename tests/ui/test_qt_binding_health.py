"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 lost a reference to None on
every call of a method returning nothing, and the app aborted after a few thousand such calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText(str(n % 3))
    assert sys.getrefcount(None) - before > -50
