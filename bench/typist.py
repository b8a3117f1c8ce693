"""The window the benchmark's user types into: another program's plain window, so the keys land
neither in Desk Coach nor in the baseline (as when a user writes in their editor)."""

import sys

from PySide6.QtWidgets import QApplication, QWidget

TITLE = "desk-coach-bench-typist"


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle(TITLE)
    window.resize(320, 200)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
