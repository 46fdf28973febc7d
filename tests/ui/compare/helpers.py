"""Driving a comparison from a test: open it from a page, run it, wait for the marks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from hfi_desktop.ui.compare import ComparisonView, ModelColumn
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_api import FakeInferenceAPI, Reply, respond_json
from tests.support.qt_async import wait_until
from tests.ui.pages import fill_first_example


async def open_comparison(window: MainWindow, task_id: str, models: Sequence[str]
                          ) -> ComparisonView:
    """The task's page filled with its first example, then its comparison with ``models``
    (one column each)."""
    page = window.show_task(task_id)
    await fill_first_example(page)
    view = window.compare.compare(page)
    while len(view.columns) < len(models):
        view.add_column("")
    for column, model in zip(view.columns, models, strict=False):
        column.set_model(model)
    return view


async def settle(view: ComparisonView, timeout: float = 10.0) -> None:
    """Until no column runs, the comparison of their results is shown and the answering
    providers' prices are looked up."""
    await wait_until(lambda: not view.is_running(), timeout=timeout)
    await asyncio.sleep(0)
    await wait_until(lambda: not view.comparing(), timeout=timeout)
    await wait_until(lambda: not any(c.pricing() for c in view.columns), timeout=timeout)


async def after(view: ComparisonView, action: Callable[[], object]) -> None:
    """Do ``action`` on the loop (as a click in the app is), then :func:`settle`."""
    action()
    await asyncio.sleep(0)
    await settle(view)


async def run_all(view: ComparisonView, timeout: float = 10.0) -> None:
    tasks = view.run_all()
    assert tasks, f"nothing was sent: {view.message.message()!r}"
    await asyncio.gather(*tasks)
    await settle(view, timeout)


def program(api: FakeInferenceAPI, replies: dict[str, Reply | Any]) -> None:
    """model id -> reply (a Reply, or a JSON value answered with 200)."""
    for model, reply in replies.items():
        api.program(f"/models/{model}", reply if hasattr(reply, "serve") else respond_json(reply))


def column_of(view: ComparisonView, model: str) -> ModelColumn:
    return next(c for c in view.columns if c.model_text() == model)


async def choose_file(parent: QWidget, folder: Path, name: str, *,
                      dialog_name: str = "comparisonFileDialog") -> None:
    """In the file dialog ``parent`` opened (a comparison's by default): go to ``folder``,
    type ``name``, accept, as a user does."""
    await wait_until(lambda: parent.findChild(QFileDialog, dialog_name))
    dialog = parent.findChild(QFileDialog, dialog_name)
    assert isinstance(dialog, QFileDialog)
    dialog.setDirectory(str(folder))
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setText(name)
    dialog.accept()
