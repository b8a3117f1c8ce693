"""Every window opens on the monitor the user is working on, whole inside its available area,
and stays whole on a monitor that is there when monitors are removed, added or resized.

The screen the user is working on is the one under the pointer, else the one holding the active
window, else the primary. The geometry itself is plain Python (:mod:`.screen_geometry`); this
module reads Qt's screens and moves the window. :func:`open_window` is the one place windows are
shown through (``shell.bring_up`` uses it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QCursor, QGuiApplication, QResizeEvent, QScreen, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from desk_coach.ui.screen_geometry import Rect, after_screens_changed, centred, framed, user_screen_index

#: How long after a window is shown or framed the window system's moves are still its answers to
#: the show, not the user's (no one drags a window in the moment it appears).
SETTLE_SECONDS = 1.5
#: How far a window may stand from where it was put and still count as there (logical pixels
#: rounded on a 2x monitor).
MOVED_BY_ROUNDING = 2


def can_place_windows() -> bool:
    """Whether the app may put its windows where it likes. Not on Wayland: there the compositor
    places every window (GNOME: on the monitor with the pointer) and the app can read neither the
    pointer (``QCursor.pos()`` stays (0, 0)) nor where its window is; it may still size it.
    Qt knows this as a capability of its platform (``QPlatformIntegration::WindowManagement``),
    but keeps it private, so the platform's name is asked."""
    return not QGuiApplication.platformName().startswith("wayland")


def as_rect(rect: QRect) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def user_screen() -> QScreen | None:
    """The screen the user is working on (see the module's docstring)."""
    screens = QGuiApplication.screens()
    if not screens:
        return None
    pointer = QCursor.pos()
    active = QApplication.activeWindow()
    primary = QGuiApplication.primaryScreen()
    index = user_screen_index(
        (pointer.x(), pointer.y()),
        as_rect(active.frameGeometry()) if active is not None and active.isVisible() else None,
        [as_rect(screen.geometry()) for screen in screens],
        screens.index(primary) if primary in screens else 0,
    )
    return screens[index]


def _frame_extra(window: QWidget) -> tuple[int, int]:
    """How much wider and taller the frame (title bar, borders) is than the window; 0 before the
    window system has told."""
    frame, inner = window.frameGeometry(), window.geometry()
    return frame.width() - inner.width(), frame.height() - inner.height()


def _move_frame_to(window: QWidget, frame: Rect) -> None:
    """Put the window's frame at ``frame``: in one request when the size changes too (a resize
    then a move are two, and a window manager's answer to the first, arriving after the second,
    put the window back where it was: seen with xfwm4 on a 2x monitor)."""
    extra_w, extra_h = _frame_extra(window)
    width = max(frame.width - extra_w, window.minimumWidth())
    height = max(frame.height - extra_h, window.minimumHeight())
    if (width, height) == (window.width(), window.height()):
        window.move(frame.x, frame.y)  # move() places the frame's top-left corner
        return
    inner, outer = window.geometry(), window.frameGeometry()
    window.setGeometry(frame.x + inner.x() - outer.x(), frame.y + inner.y() - outer.y(), width, height)


def place_on_user_screen(window: QWidget) -> Rect | None:
    """Centre ``window`` on the user's screen, its size cut to the screen's available area,
    unless it placed itself on that screen already; the frame it was given or chose (None where
    the app cannot place windows)."""
    screen = user_screen()
    if screen is None or not can_place_windows():
        return None  # on Wayland the compositor places it; its size is fitted once it is on a screen
    available = as_rect(screen.availableGeometry())
    placed_itself = window.testAttribute(Qt.WidgetAttribute.WA_Moved)
    if placed_itself and available.contains(as_rect(window.frameGeometry())):
        return as_rect(window.frameGeometry())  # it placed itself (Progress: 90 % of the screen, centred)
    if window.windowHandle() is not None:
        window.windowHandle().setScreen(screen)
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.adjustSize()  # the size Qt would give it when shown
    extra_w, extra_h = _frame_extra(window)
    frame = centred(window.width() + extra_w, window.height() + extra_h, available)
    _move_frame_to(window, frame)
    return frame


def fit_size_to_its_screen(window: QWidget) -> None:
    """Shrink ``window``, frame and all, to its screen's available area if it is larger: all the
    app may do where the compositor places windows (Wayland). Its screen is the one the
    compositor put it on (Qt learns it when the surface enters an output)."""
    handle = window.windowHandle()
    screen = handle.screen() if handle is not None else window.screen()
    if screen is None or not window.isVisible():
        return
    area = as_rect(screen.availableGeometry())
    frame = window.frameGeometry()
    if frame.width() <= area.width and frame.height() <= area.height:
        return
    extra_w, extra_h = _frame_extra(window)
    window.resize(max(min(frame.width(), area.width) - extra_w, window.minimumWidth()),
                  max(min(frame.height(), area.height) - extra_h, window.minimumHeight()))


def keep_whole(window: QWidget) -> None:
    """Move ``window`` whole inside a screen's available area if it is not (see
    :func:`~.screen_geometry.after_screens_changed`); where the app cannot place windows, only
    cut its size to its screen's (:func:`fit_size_to_its_screen`)."""
    if not can_place_windows():
        fit_size_to_its_screen(window)
        return
    screens = QGuiApplication.screens()
    user = user_screen()
    if not screens or user is None or not window.isVisible():
        return
    frame = as_rect(window.frameGeometry())
    placed = after_screens_changed(frame, [as_rect(screen.availableGeometry()) for screen in screens],
                                   screens.index(user))
    if placed != frame:
        _move_frame_to(window, placed)


class ScreenFollower(QObject):
    """Keeps its window (its parent) whole on a screen that is there while it is open: after a
    screen is added or removed, a screen's available area changes, or the window lands on a
    screen as it opens (not when the user drags it to another); and once the window manager's
    frame arrives.

    The frame (title bar, borders) comes after the window is shown, from the window manager: a
    window placed to fill the available area, not knowing it yet, would then stand out of it by
    the frame (seen with xfwm4 on X11). So the window is fitted again whenever its frame's size
    changes; not on every move, so that a window the user drags partly off a screen stays there.

    A window whose content changes is grown or shrunk by the app (its layout, or its own fitting):
    a window still at the size and place it was centred at is then centred again for its new size,
    however long after opening (:meth:`eventFilter`, :meth:`grown_from`).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._frame_extra = _frame_extra(window)
        self.aimed: Rect | None = None
        #: Where it was last centred, frame and all, while it settles (None once moved otherwise).
        self.centred_at: Rect | None = None
        self._settling = False
        #: Ends the settling moment, looking once more first: the window system's late answer to a
        #: size asked for while it settled would otherwise go unanswered. The moment ends when this
        #: timer runs, not at a time read from the clock: a user's resize handled before the timer
        #: on a busy machine was otherwise taken for that late answer and centred again.
        self._settle_end = QTimer(self)
        self._settle_end.setSingleShot(True)
        self._settle_end.timeout.connect(self._settling_ended)
        window.installEventFilter(self)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._later)
        for screen in QGuiApplication.screens():
            screen.availableGeometryChanged.connect(self._later)
        self._handle: QWindow | None = None
        self.watch_handle()

    def watch_handle(self) -> None:
        """Follow the native window's screen once it exists (after the first show)."""
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            self._handle = handle
            handle.screenChanged.connect(self._screen_changed)
            for changed in (handle.xChanged, handle.yChanged, handle.widthChanged, handle.heightChanged):
                changed.connect(self._moved)  # the frame's arrival moves the window inside it

    def _moved(self, *_args) -> None:
        # The frame's margins are read when asked: ask once the window system's events are in.
        QTimer.singleShot(0, self, self._frame_changed)

    def settle(self) -> None:
        """For a moment after the window is shown, or framed, any move the window system makes
        is answered by fitting the window again (:data:`SETTLE_SECONDS`)."""
        self._settling = True
        self._settle_end.start(int(SETTLE_SECONDS * 1000))

    @Slot()
    def _settling_ended(self) -> None:
        self._centred_again()
        self._settling = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize the app makes itself, once the window has settled, is its content changing (a
        layout grown by new text, the routine fitting its height): a window still at the size and
        place it was centred at is centred again for its new size. The app's own resizes are the
        ones not sent by the window system (not spontaneous); a user's drag of an edge comes from
        the window system, and that window keeps its corner, whatever its content does after."""
        # The type first: while the window is deleted its children's removal passes here too.
        if (event.type() == QEvent.Type.Resize and watched is self.window and not event.spontaneous()
                and self.settled):
            assert isinstance(event, QResizeEvent)
            extra_w, extra_h = _frame_extra(self.window)
            before = (event.oldSize().width() + extra_w, event.oldSize().height() + extra_h)
            QTimer.singleShot(0, self, lambda: self.grown_from(before))
        return False

    def grown_from(self, before: tuple[int, int]) -> None:
        """The app changed the window's size from ``before`` (its frame's): centred again if it was
        as it was centred, that size in that place, however long after opening."""
        centred_at = self.centred_at
        if self.settled and centred_at is not None and before == (centred_at.width, centred_at.height):
            self._centred_again()

    @property
    def settled(self) -> bool:
        """Whether the moment after the window was shown or framed is over."""
        return not self._settling

    @Slot()
    def _frame_changed(self) -> None:
        extra = _frame_extra(self.window)
        if extra == self._frame_extra:
            if self._settling and not self._centred_again():
                keep_whole(self.window)  # the window manager's own answer to the show, late
            return
        self._frame_extra = extra
        self.settle()
        aimed, self.aimed = self.aimed, None
        frame, screen = as_rect(self.window.frameGeometry()), self.window.screen()
        # Still where it was put (give or take the frame), not moved by the user meanwhile?
        still = (aimed is not None and abs(frame.x - aimed.x) <= extra[0]
                 and abs(frame.y - aimed.y) <= extra[1])
        self.centred_at = None
        if aimed is not None and still and screen is not None and self.window.isVisible():
            self.centred_at = framed(aimed, frame, as_rect(screen.availableGeometry()))
            _move_frame_to(self.window, self.centred_at)
        keep_whole(self.window)

    def _centred_again(self) -> bool:
        """Centre the window again if its size changed while it settles, or when the app grows it
        (:meth:`grown_from`), still where it was centred (its content grew once shown:
        the routine window, seen 16 px low); whether it was. Centred so before the window manager's
        frame came (a busy xfwm4 answered the growth first), it counts as put there: the frame's
        arrival, finding it away from where it was first put, had taken it for moved by the user."""
        centred_at, screen = self.centred_at, self.window.screen()
        frame = as_rect(self.window.frameGeometry())
        if (centred_at is None or screen is None or not self.window.isVisible()
                or (frame.width, frame.height) == (centred_at.width, centred_at.height)
                or max(abs(frame.x - centred_at.x), abs(frame.y - centred_at.y)) > MOVED_BY_ROUNDING):
            return False
        self.centred_at = framed(centred_at, frame, as_rect(screen.availableGeometry()))
        if self.aimed is not None:  # no frame yet: this is where it is put now, not moved by the user
            self.aimed = self.centred_at
        _move_frame_to(self.window, self.centred_at)
        return True

    @Slot(QScreen)
    def _screen_changed(self, _screen: QScreen) -> None:
        """The window is on another screen: while it settles, it landed there (on Wayland, where
        the compositor put it: Qt learns it as the window's surface enters that output, in the
        moment it is first drawn); later the user dragged it there, and it stays where the user
        left it, across two monitors if so (a monitor removed or changed is followed through its
        own signals)."""
        if not self.settled:
            self._later()

    @Slot(QScreen)
    def _screen_added(self, screen: QScreen) -> None:
        screen.availableGeometryChanged.connect(self._later)
        self._later()

    def _later(self, *_args) -> None:
        # A removed screen may still be listed while its signal runs: look once Qt is done.
        QTimer.singleShot(0, self, self.now)

    @Slot()
    def now(self) -> None:
        keep_whole(self.window)


def follow_screens(window: QWidget) -> ScreenFollower:
    """The window's one :class:`ScreenFollower` (made on first call)."""
    follower = window.findChild(ScreenFollower)
    if follower is None:
        follower = ScreenFollower(window)
    return follower


def open_window(window: QWidget) -> None:
    """Show ``window`` on the user's screen, whole inside its available area, and keep it so."""
    follower = follow_screens(window)
    if not window.isVisible():
        follower.aimed = follower.centred_at = place_on_user_screen(window)
        follower.settle()
    window.show()
    follower.watch_handle()
    keep_whole(window)  # the frame is known now (a title bar may have pushed it past an edge)
