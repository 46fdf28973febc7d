"""FlatScrollTextEdit: flat scroll bars in the palette's colours, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.theme import dark_palette, light_palette
from hfi_desktop.ui.viewers.flat_scroll import FlatScrollTextEdit


def handle_colour(edit: FlatScrollTextEdit) -> QColor:
    sheet = edit.verticalScrollBar().styleSheet()
    start = sheet.index("QScrollBar::handle { background: ") + len(
        "QScrollBar::handle { background: ")
    return QColor(sheet[start : start + 7])


def test_both_bars_are_flat_and_follow_the_palette(qtbot: QtBot) -> None:
    edit = FlatScrollTextEdit()
    qtbot.addWidget(edit)
    edit.setPalette(light_palette())
    assert edit.isReadOnly()
    assert edit.verticalScrollBar().styleSheet() == edit.horizontalScrollBar().styleSheet()
    light = handle_colour(edit)
    edit.setPalette(dark_palette())
    dark = handle_colour(edit)
    window = dark_palette().color(QPalette.ColorRole.Window)
    assert light != dark
    assert light.lightnessF() > 0.5 > dark.lightnessF()
    assert abs(dark.lightnessF() - window.lightnessF()) > 0.1, "the handle shows on dark"


def test_the_bars_render_their_handle(qtbot: QtBot) -> None:
    edit = FlatScrollTextEdit()
    qtbot.addWidget(edit)
    edit.resize(300, 200)
    edit.setPlainText("\n".join(f"line {i}" for i in range(500)))
    edit.show()
    qtbot.waitExposed(edit)
    bar = edit.verticalScrollBar()
    image = bar.grab().toImage()
    top = image.pixelColor(image.width() // 2, 10)  # the handle sits at the top
    bottom = image.pixelColor(image.width() // 2, image.height() - 10)  # the groove
    assert top != bottom
