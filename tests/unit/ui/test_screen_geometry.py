"""Where a window goes among several monitors (issue 16, 3), as plain rectangles: the monitor the
user is working on, whole inside its available area, and back whole on a monitor that is there
after one is removed or shrinks."""

from __future__ import annotations

from desk_coach.ui.screen_geometry import (
    Rect,
    after_screens_changed,
    centred,
    framed,
    kept_inside,
    user_screen_index,
)

LEFT = Rect(0, 0, 1920, 1080)
RIGHT = Rect(1920, 0, 1366, 768)
LEFT_AVAILABLE = Rect(0, 32, 1920, 1048)  # a top panel
RIGHT_AVAILABLE = Rect(1920, 0, 1366, 728)  # a bottom dock


def test_the_screen_under_the_pointer_is_the_users():
    assert user_screen_index((2000, 100), None, [LEFT, RIGHT]) == 1
    assert user_screen_index((10, 10), Rect(1950, 10, 300, 300), [LEFT, RIGHT]) == 0


def test_without_a_pointer_the_active_windows_screen_is_the_users():
    assert user_screen_index(None, Rect(1800, 10, 400, 300), [LEFT, RIGHT]) == 1  # most of it on the right
    assert user_screen_index((-500, -500), Rect(100, 10, 400, 300), [LEFT, RIGHT]) == 0


def test_else_the_primary():
    assert user_screen_index(None, None, [LEFT, RIGHT], primary=1) == 1
    assert user_screen_index((-5, -5), Rect(-900, -900, 10, 10), [LEFT, RIGHT], primary=0) == 0


def test_a_window_opens_centred_and_no_larger_than_the_available_area():
    assert centred(520, 517, RIGHT_AVAILABLE) == Rect(1920 + 423, 105, 520, 517)
    assert centred(980, 960, RIGHT_AVAILABLE) == Rect(1920 + 193, 0, 980, 728)
    assert RIGHT_AVAILABLE.contains(centred(4000, 3000, RIGHT_AVAILABLE))


def test_a_window_partly_outside_moves_the_least_to_be_whole():
    assert kept_inside(Rect(1800, 900, 400, 300), LEFT_AVAILABLE) == Rect(1520, 780, 400, 300)
    assert kept_inside(Rect(-50, 0, 400, 300), LEFT_AVAILABLE) == Rect(0, 32, 400, 300)
    assert kept_inside(Rect(100, 100, 400, 300), LEFT_AVAILABLE) == Rect(100, 100, 400, 300)


def test_a_window_whole_on_a_screen_stays_where_it_is():
    frame = Rect(2000, 100, 520, 517)
    assert after_screens_changed(frame, [LEFT_AVAILABLE, RIGHT_AVAILABLE], 0) == frame


def test_a_window_on_a_removed_screen_comes_whole_onto_the_users_screen():
    frame = Rect(2000, 100, 520, 517)
    placed = after_screens_changed(frame, [LEFT_AVAILABLE], 0)
    assert LEFT_AVAILABLE.contains(placed)
    assert placed == centred(520, 517, LEFT_AVAILABLE)


def test_a_window_left_partly_outside_a_shrunk_screen_comes_back_whole_on_it():
    shrunk = Rect(1920, 0, 1024, 600)
    frame = Rect(2400, 200, 700, 500)
    placed = after_screens_changed(frame, [LEFT_AVAILABLE, shrunk], 0)
    assert shrunk.contains(placed)
    assert (placed.width, placed.height) == (700, 500)


def test_a_window_larger_than_every_screen_is_cut_to_the_one_it_is_on():
    placed = after_screens_changed(Rect(1900, 0, 2000, 1000), [LEFT_AVAILABLE, RIGHT_AVAILABLE], 0)
    assert RIGHT_AVAILABLE.contains(placed) or LEFT_AVAILABLE.contains(placed)


def test_the_frame_a_window_manager_adds_after_placing_keeps_the_window_centred_and_whole():
    aimed = centred(500, 400, LEFT_AVAILABLE)
    framed_by_the_window_manager = Rect(aimed.x, aimed.y, 510, 434)  # borders and a title bar
    again = framed(aimed, framed_by_the_window_manager, LEFT_AVAILABLE)
    assert (again.width, again.height) == (510, 434)
    assert again == centred(510, 434, LEFT_AVAILABLE)
    filling = centred(1920, 1048, LEFT_AVAILABLE)
    assert framed(filling, Rect(0, 32, 1930, 1082), LEFT_AVAILABLE) == LEFT_AVAILABLE  # cut to the area
