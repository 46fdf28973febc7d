"""The features of a task page see it through ``PageApi`` (ui/page_api.py): none imports
``TaskPage`` (not even for type checking: ui/task_page.py installs them, which made an
import ring), and none reaches into a page's private members."""

from __future__ import annotations

import ast
from pathlib import Path

from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import task
from hfi_desktop.ui.page_api import PageApi, PageForm
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.task_page import TaskPage

UI = Path(__file__).resolve().parents[2] / "hfi_desktop" / "ui"
#: The page itself, and the window that makes the pages (its composition root).
ALLOWED = {UI / "task_page.py", UI / "main_window.py"}
PAGE_NAMES = {"page", "_page"}


def _feature_modules() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if path not in ALLOWED)


def _imports_task_page(tree: ast.Module, path: Path) -> list[str]:
    found = []
    package = path.parent.relative_to(UI.parent.parent).parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.endswith("ui.task_page")]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the module's package
                parts = package[: len(package) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names = {a.name for a in node.names}
            if base.endswith("ui.task_page") or (base.endswith(".ui") and "task_page" in names):
                found.append(f"from {base} import {', '.join(sorted(names))}")
            elif "TaskPage" in names:
                found.append(f"from {base} import TaskPage")
    return found


def _private_page_members(tree: ast.Module) -> list[str]:
    """``page._x`` / ``self._page._x``: a feature reaching into the page."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") \
                or node.attr.startswith("__"):
            continue
        value = node.value
        name = value.id if isinstance(value, ast.Name) else \
            value.attr if isinstance(value, ast.Attribute) else None
        if name in PAGE_NAMES:
            found.append(f"line {node.lineno}: {name}.{node.attr}")
    return found


def test_no_feature_module_imports_task_page() -> None:
    offenders = {}
    for path in _feature_modules():
        found = _imports_task_page(ast.parse(path.read_text(encoding="utf-8")), path)
        if found:
            offenders[str(path.relative_to(UI))] = found
    assert not offenders, f"import the PageApi Protocol, not TaskPage: {offenders}"


def test_no_feature_module_touches_a_page_private_member() -> None:
    offenders = {}
    for path in _feature_modules():
        found = _private_page_members(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[str(path.relative_to(UI))] = found
    assert not offenders, f"use PageApi: {offenders}"


def test_the_check_sees_an_import_of_task_page() -> None:
    source = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
              "    from hfi_desktop.ui.task_page import TaskPage\n"
              "from ..task_page import TaskPage as P\nfrom .. import task_page\n")
    path = UI / "history" / "example.py"
    assert len(_imports_task_page(ast.parse(source), path)) == 3
    assert _private_page_members(ast.parse("page._show_form_error(e)\nself._page._x = 1\n"))


def test_a_task_page_is_a_page_api_whose_form_goes_both_ways(
        qtbot: QtBot, services: Services) -> None:
    spec = task("text-classification")
    page = TaskPage(spec, services)
    qtbot.addWidget(page)
    assert isinstance(page, PageApi) and page.as_widget() is page
    page.set_form("someone/model", {"inputs": "Hello"}, {}, errors=None)
    assert page.form() == PageForm("someone/model", {"inputs": "Hello"},
                                   page.parameters.values(), page.options.values())
    page.set_form(spec.default_model, {}, {})  # the default shows as an empty field
    assert page.model_field.model_id() == "" and page.form().model == spec.default_model
    assert page.form().values == {"inputs": ""}
