"""Whether the result on a task page still matches its form.

A result shown for inputs the form no longer holds is out of date: the page dims it under a
note, Run reads "Run again", and saving it says it is from the earlier inputs. Changing the
form back to those inputs clears the mark.

"The inputs" are everything the request is made of: the model, the inputs (files by their
bytes, not their names or paths), the parameters and the options. The request the form would
make now (``page.current_request()``: built by the catalog, no I/O, files are the bytes already
loaded) is compared with the request of the form the result came from (the run's, rebuilt the
same way for a live run and for a past one shown from the history).

Not marked: errors (nothing to save), and conversations, whose form is the next message of
the thread on show rather than the inputs of a result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from hfi_desktop.catalog import FormError
from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.page_api import PageForm
from hfi_desktop.ui.run_controller import request_for

if TYPE_CHECKING:
    from hfi_desktop.catalog import CallRequest
    from hfi_desktop.runs import Run
    from hfi_desktop.ui.page_api import PageApi

OUTDATED_TITLE = QT_TRANSLATE_NOOP("ResultFreshness", "Out of date")
OUTDATED_TEXT = QT_TRANSLATE_NOOP(
    "ResultFreshness", "The inputs have changed since this result was made. Run again to "
    "update it, or change them back.")
#: What saving it says (the status line, the save dialogs' titles, the drag's tooltip).
OUTDATED_SAVE_NOTE = "out of date: from the earlier inputs"


class ResultFreshness(QObject):
    """Follows ``page``'s form and the run on show; ``outdated_changed(bool)`` when the
    result on show starts or stops matching the form."""

    outdated_changed = Signal(bool)

    def __init__(self, page: PageApi) -> None:
        super().__init__(page.as_widget())
        self._page = page
        self._source: CallRequest | None = None  # the request the result on show came from
        self._outdated = False
        # A change of the form is looked at once its burst of signals is over (a pasted
        # table, a whole form filled by an example).
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.check)
        page.form_changed.connect(self._pending.start)
        page.run_started.connect(lambda _run: self._follow(None))
        page.run_completed.connect(self._follow)
        page.record_shown.connect(self._follow)

    def is_outdated(self) -> bool:
        return self._outdated

    def check(self) -> None:
        """Compare the form with the result's inputs now (also done after each change)."""
        if self._source is None:
            self._set(False)
            return
        if self._page.is_loading():
            return  # a file is still loading: its input tells once it has
        try:
            current = self._page.current_request()
        except FormError:
            self._set(True)  # the form can't make a request: not the result's inputs
            return
        self._set(not current.same_call(self._source))

    def _follow(self, run: Run | None) -> None:
        self._source = source_request(run)
        self.check()

    def _set(self, outdated: bool) -> None:
        if outdated != self._outdated:
            self._outdated = outdated
            self.outdated_changed.emit(outdated)


def source_request(run: Run | None) -> CallRequest | None:
    """The request ``run``'s result came from; None when there is nothing to mark (no
    result, a conversation) or its inputs are not all known (a file not kept in the
    history)."""
    if run is None or not run.has_output or run.spec.output is OutputKind.CONVERSATION:
        return None
    try:
        return request_for(run.spec, PageForm(run.model, run.form, run.parameters,
                                              run.options))
    except FormError:
        return None
