"""A window the user types in, for the tests: one line of text, titled "Typing pad", which writes
what it holds to a file at each keystroke, so a test reads what the keyboard typed into it.

    python tests/support/typing_pad.py OUTPUT_FILE

It runs on the session's own Qt platform (xcb or wayland, from the environment).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit

TITLE = "Typing pad"


def main(output: Path) -> int:
    app = QApplication([sys.argv[0]])
    pad = QLineEdit()
    pad.setWindowTitle(TITLE)
    pad.setMinimumWidth(360)
    pad.textChanged.connect(output.write_text)
    output.write_text("")
    pad.show()
    pad.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
