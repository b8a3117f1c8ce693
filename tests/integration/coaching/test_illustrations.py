"""The shipped drawings: one per exercise and per self-screen item, self-contained SVG that Qt's
renderer draws cleanly and that stays visible on a light and on a dark background."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import resources

import pytest
from desk_coach.resources import resource
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

EXERCISE_IDS = (
    *("HF1", "HF2", "HF3", "CH1", "CH2", "CH3"),
    *("GL1", "GL2", "GL3", "GL4", "GL5", "GL6"),
    *("UB1", "UB2", "UB3", "UB4", "UB5", "UB6"),
    *("TM1", "TM2", "HS1", "HS2", "HS3", "NK1", "NK2", "NK3", "MV1"),
)
SCREEN_IDS = ("S1", "S2", "S3", "S4", "S5", "S6")
DRAWINGS = (
    *(f"exercises/illustrations/{item}.svg" for item in EXERCISE_IDS),
    *(f"screen/illustrations/{item}.svg" for item in SCREEN_IDS),
)

SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
MAX_BYTES = 6 * 1024
ACCENT = "#1f8a70"  # the teal that marks the worked body part or the direction of movement
# Nothing that pulls in a bitmap, runs code or shows words: the drawings must explain themselves.
FORBIDDEN_ELEMENTS = {"image", "script", "foreignObject", "text", "style", "iframe", "audio", "video"}
# The app's light card and a typical dark window: the figure must read on both.
BACKGROUNDS = ("#f5f5f5", "#202124")
WIDTH, HEIGHT = 240, 180
MIN_INKED_SHARE = 0.04  # more than a few percent of the picture clearly differs from the background
CONTRAST = 120  # summed RGB difference from the background for a pixel to count as drawn


def _svg_bytes(relative: str) -> bytes:
    return resource(relative).read_bytes()


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@pytest.mark.parametrize("relative", DRAWINGS)
def test_the_drawing_is_shipped_and_small(relative: str) -> None:
    size = len(_svg_bytes(relative))
    assert 0 < size < MAX_BYTES, f"{relative} is {size} bytes"


@pytest.mark.parametrize("folder, ids", [("exercises", EXERCISE_IDS), ("screen", SCREEN_IDS)])
def test_the_folders_hold_exactly_the_expected_drawings(folder: str, ids: tuple[str, ...]) -> None:
    shipped = resources.files("desk_coach.resources").joinpath(folder, "illustrations")
    names = {node.name for node in shipped.iterdir() if node.name.endswith(".svg")}
    assert names == {f"{item}.svg" for item in ids}


@pytest.mark.parametrize("relative", DRAWINGS)
def test_the_drawing_is_self_contained_svg_on_the_shared_canvas(relative: str) -> None:
    data = _svg_bytes(relative)
    root = ET.fromstring(data)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 240 180"
    assert root.get("width") is None and root.get("height") is None, "the viewBox alone sets the size"
    for element in root.iter():
        assert element.tag.startswith(SVG_NS), f"{relative}: foreign element {element.tag}"
        assert _local_name(element.tag) not in FORBIDDEN_ELEMENTS, f"{relative}: <{element.tag}>"
        for name, value in element.attrib.items():
            if name in ("href", XLINK_HREF):
                assert value.startswith("#"), f"{relative}: external reference {value!r}"
            assert "url(" not in value.replace("url(#", ""), f"{relative}: external url in {name}"
            assert not name.startswith("on"), f"{relative}: event handler {name}"
    assert b"data:" not in data, f"{relative}: embedded data URI"
    assert ACCENT.encode() in data.lower(), f"{relative}: no accent colour marks the movement"


def _render(renderer: QSvgRenderer, background: str) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    return image


def _inked_share(image: QImage, background: str) -> float:
    back = QColor(background)
    inked = 0
    for y in range(0, HEIGHT, 2):
        for x in range(0, WIDTH, 2):
            pixel = image.pixelColor(x, y)
            difference = (
                abs(pixel.red() - back.red())
                + abs(pixel.green() - back.green())
                + abs(pixel.blue() - back.blue())
            )
            inked += difference > CONTRAST
    return inked / ((WIDTH // 2) * (HEIGHT // 2))


@pytest.mark.parametrize("relative", DRAWINGS)
def test_qt_renders_the_drawing_visibly_on_light_and_dark(qapp, relative: str) -> None:
    renderer = QSvgRenderer(QByteArray(_svg_bytes(relative)))
    assert renderer.isValid(), relative
    assert renderer.viewBoxF() == QRectF(0, 0, WIDTH, HEIGHT)
    for background in BACKGROUNDS:
        share = _inked_share(_render(renderer, background), background)
        assert share > MIN_INKED_SHARE, f"{relative} on {background}: only {share:.1%} drawn"
