"""Copy as code for a comparison's column: the request it sends (the comparison's form, the
column's model and provider), as Python, JavaScript, curl (or openai for chat), with its
provider named, through the page's Copy as code (ui/code_snippets.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfi_desktop.ui.code_snippets import COPY_KEYS, CopyAsCode

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.catalog import CallRequest, FormError, TaskSpec
    from hfi_desktop.ui.services import Services

    from .column import ModelColumn


class ColumnSnippets:
    """A column seen as Copy as code's ``CodeSource``: ``request`` builds its request
    (raises FormError); ``report`` says a line to the user (the comparison's message)."""

    def __init__(self, column: ModelColumn, request: Callable[[], CallRequest],
                 report: Callable[[str], None]) -> None:
        self._column = column
        self._request = request
        self._report = report

    @property
    def spec(self) -> TaskSpec:
        return self._column.spec

    def as_widget(self) -> QWidget:
        return self._column

    def current_request(self) -> CallRequest:
        return self._request()

    def show_form_error(self, error: FormError) -> None:
        if error.field == "model":
            self._column.show_model_error(error.message)

    def show_status(self, text: str) -> None:
        self._report(text)


def install_column_code(column: ModelColumn, services: Services,
                        request: Callable[[], CallRequest], report: Callable[[str], None]
                        ) -> CopyAsCode:
    """The column's Copy as code button (beside its status), and Ctrl+Shift+C in it."""
    copy = CopyAsCode(ColumnSnippets(column, request, report), services)
    column.result_actions.insertWidget(0, copy.button)
    copy.button.setToolTip(QCoreApplication.translate(
        "ColumnSnippets", "Copy this column's request as code, with its model and provider "
        "({keys}: the language last chosen)").format(keys=COPY_KEYS))
    return copy
