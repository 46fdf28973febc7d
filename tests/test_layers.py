"""What import-linter cannot see: which PySide6 modules the worker-side packages import.

`lint-imports` (pyproject.toml, [tool.importlinter]) sees PySide6 only as a whole; its
"qtgui-only" contract lets three modules of present/ and media/ import it. This test checks
that they, and nothing else there, import only QtGui and the QtCore value types it takes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import hfi_desktop

PACKAGE = Path(hfi_desktop.__file__).parent
ALLOWED = {"PySide6.QtGui", "PySide6.QtCore"}
WORKER_SIDE = ("present", "media")


def _qt_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "PySide6":
            found.update(f"PySide6.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
            found.add(str(node.module))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("PySide6"))
    return found


def test_worker_side_packages_import_only_qtgui() -> None:
    wrong = {
        str(path.relative_to(PACKAGE)): sorted(_qt_imports(path) - ALLOWED)
        for package in WORKER_SIDE
        for path in sorted((PACKAGE / package).rglob("*.py"))
        if _qt_imports(path) - ALLOWED
    }
    assert wrong == {}


def test_the_check_sees_qt_imports() -> None:
    assert _qt_imports(PACKAGE / "media" / "images.py") == {"PySide6.QtCore", "PySide6.QtGui"}
