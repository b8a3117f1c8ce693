"""The Qt types the Progress window's first frame names, made ahead at idle.

PySide makes a Qt class's Python type the first time the app names it, with a Python enum for each
of the class's enums (QFont alone has eight): about 5 ms over the few the Progress window's top
uses that the tray app has not named by then (QFont, QPainter, QPalette, QSizePolicy,
QKeySequence). Naming them at idle costs about 0.4 MB; importing the window's module ahead would
cost 1.5 MB, and Qt Charts 6.5 MB more (``bench/README.md``).
"""

from __future__ import annotations


def name_progress_types() -> None:
    """Make the types now, out of anyone's way (nothing is kept but PySide's own types)."""
    from PySide6.QtGui import QFont, QKeySequence, QPainter, QPalette
    from PySide6.QtWidgets import QSizePolicy

    for enum_type in (QFont.Weight, QPainter.RenderHint, QPalette.ColorRole, QKeySequence.StandardKey,
                      QSizePolicy.Policy):
        assert enum_type is not None
