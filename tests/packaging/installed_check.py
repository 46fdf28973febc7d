"""Run by test_wheel.py with an installed copy's Python (not the checkout's): every task's
icon, the app's icon and every example file loads from the installed package data, and Qt
warns of nothing (a missing file is "qt.svg: Cannot open file ..."). Prints where the package
was found."""

from __future__ import annotations

import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import hfi_desktop
from hfi_desktop.app_id import ICON_FILE
from hfi_desktop.catalog import CATALOG, GROUP_ICONS, example_values
from hfi_desktop.resources import icon_path

problems: list[str] = []


def _on_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg:
        problems.append(f"Qt: {message}")


def main() -> int:
    qInstallMessageHandler(_on_qt_message)
    app = QApplication([])
    names = {spec.icon for spec in CATALOG} | set(GROUP_ICONS.values()) | {ICON_FILE}
    for name in sorted(names):
        path = icon_path(name)
        if not QSvgRenderer(str(path)).isValid() or QIcon(str(path)).pixmap(32, 32).isNull():
            problems.append(f"icon {name} does not load from {path}")
    examples = 0
    for spec in CATALOG:
        for example in spec.examples:
            examples += 1
            try:
                example_values(spec, example)  # reads the example's files
            except OSError as error:
                problems.append(f"{spec.id} example {example.title!r}: {error}")
    app.processEvents()
    print(f"package={hfi_desktop.__file__} icons={len(names)} examples={examples}")
    print("\n".join(problems), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
