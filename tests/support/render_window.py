"""Render the main window offscreen, as a screenshot: ``python -m tests.support.render_window
OUT.png WIDTH HEIGHT THEME [TASK]`` (THEME: system, light, dark; TASK: a page, else the
welcome). Run it with ``QT_SCALE_FACTOR=2`` for 200 %. Prints, as JSON, what a check needs:
the image's size, and the shown buttons and labels not wholly inside the window."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea


def main(argv: list[str]) -> int:
    out, width, height, theme = argv[0], int(argv[1]), int(argv[2]), argv[3]
    task = argv[4] if len(argv) > 4 else ""
    app = QApplication([])
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import CATALOG
    from hfi_desktop.inference import HfInference
    from hfi_desktop.storage.settings import Settings, Theme
    from hfi_desktop.ui.main_window import MainWindow
    from hfi_desktop.ui.services import Services
    from hfi_desktop.ui.theme import apply_theme

    apply_theme(Theme(theme), app)
    folder = Path(tempfile.mkdtemp(prefix="hfi-render-"))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    bridge = Bridge()
    services = Services.create(HfInference(base_url="http://127.0.0.1:9"), bridge=bridge,
                               settings=settings)
    window = MainWindow(CATALOG, services)
    window.resize(width, height)
    if task:
        window.show_task(task)
    window.show()
    for _ in range(20):
        app.processEvents()
    image = window.grab()
    image.save(out)
    inside = QRect(QPoint(0, 0), window.size())
    cut = []
    page = window.stack.currentWidget()
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if widget.isVisibleTo(window) and not _in_scroll_area(widget):
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not inside.contains(rect):
                cut.append(f"{type(widget).__name__} {widget.objectName()!r}")
    scroll = page if isinstance(page, QScrollArea) else None
    print(json.dumps({
        "image": [image.width(), image.height()],
        "ratio": image.devicePixelRatio(),
        "cut": cut,
        "sideways_scroll": bool(scroll and scroll.horizontalScrollBar().maximum() > 0),
    }))
    bridge.shutdown()
    return 0


def _in_scroll_area(widget: QLabel | QAbstractButton) -> bool:
    """Inside a scroll area's viewport (it scrolls there: not cut)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
