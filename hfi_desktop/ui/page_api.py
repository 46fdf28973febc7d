"""What the features of a task page may use of it: a narrow interface, not ``TaskPage``.

Export, Copy as code, the history (restore) and comparisons depend on this Protocol, not on
the page's widgets, so that the page can change its layout without them, and so that they
do not import ``ui/task_page.py`` (which installs them: an import ring). A feature fills the
form with :meth:`PageApi.set_form` and reads it with :meth:`PageApi.form`, shows a past
run with :meth:`PageApi.show_past_run`, a form error with :meth:`PageApi.show_form_error`
and a line of status with :meth:`PageApi.show_status`; :meth:`PageApi.result_outdated` says
whether the result on show still matches the form. ``ui/history/run_recorder.py``'s
``RunSource`` is the same idea for what a recorder follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from hfi_desktop.catalog import CallRequest, FormError, TaskSpec
    from hfi_desktop.runs import Run
    from hfi_desktop.ui.inputs.flow_layout import FlowLayout
    from hfi_desktop.ui.viewers import ResultPanel


@dataclass(frozen=True)
class PageForm:
    """A page's form as it is: the model (the task's default when the field is empty), the
    inputs' values (FileValues for files), the parameters and the options' boxes."""

    model: str
    values: Mapping[str, Any] = field(default_factory=dict)
    parameters: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class FormSource(Protocol):
    """What a batch or an arena takes from a page: its task, its form, the widget to parent
    to. Every ``PageApi`` is one; so is the chat page (its form: one turn of a new chat, the
    system prompt in ``values["system"]``)."""

    @property
    def spec(self) -> TaskSpec: ...
    def as_widget(self) -> QWidget: ...
    def form(self) -> PageForm: ...


@runtime_checkable
class PageApi(Protocol):
    """A task page as its features see it (``TaskPage`` is one). One run at a time; signals
    carry the Run: ``run_started`` when a run is sent, ``run_completed`` once it has ended,
    ``record_shown`` when a past run is put on show (:meth:`show_past_run`)."""

    @property
    def spec(self) -> TaskSpec: ...
    def as_widget(self) -> QWidget:
        """The page itself: the parent of what a feature adds (buttons, shortcuts on the
        page, dialogs), and what ``shiboken6.isValid`` checks."""
        ...
    @property
    def result_actions(self) -> FlowLayout:
        """Where features add their buttons (Save as…, Copy as code, Compare…): a row,
        right-aligned, that wraps onto more lines when the result pane is narrow."""
        ...
    @property
    def notices(self) -> QVBoxLayout:
        """Where features add notices about the page, under its title (a legacy task's)."""
        ...
    @property
    def result_panel(self) -> ResultPanel:
        """Where the result on show is (a past run's too)."""
        ...
    @property
    def last_run(self) -> Run | None:
        """The run on show: the latest run made, or the past run shown since."""
        ...
    @property
    def run_started(self) -> SignalInstance: ...
    @property
    def run_completed(self) -> SignalInstance: ...
    @property
    def record_shown(self) -> SignalInstance: ...
    @property
    def form_changed(self) -> SignalInstance:
        """An input, the model, a parameter or an option changed (typing, a file loaded,
        :meth:`set_form`…)."""
        ...
    @property
    def result_outdated_changed(self) -> SignalInstance:
        """(bool) The result on show started or stopped matching the form."""
        ...

    def form(self) -> PageForm:
        """The form as it is now."""
        ...

    def set_form(self, model: str | None, values: Mapping[str, Any],
                 parameters: Mapping[str, Any], options: Mapping[str, Any] | None = None,
                 *, errors: Mapping[str, str] | None = None) -> None:
        """Fill the form. ``model`` None: left as it is; ``values``: every input (missing or
        None: cleared; a value an input does not take: cleared); ``options`` None: left as
        they are; ``errors``: a message to show under an input (left empty), by key."""
        ...

    def current_request(self) -> CallRequest:
        """The request the form describes now; raises FormError naming a bad field."""
        ...

    def show_form_error(self, error: FormError) -> None:
        """Show ``error`` at its field, as Run does (the status says it was not sent)."""
        ...

    def show_status(self, text: str) -> None:
        """A line of status under Run (what a feature did, or why it did nothing)."""
        ...

    def show_past_run(self, run: Run) -> None:
        """``run`` (rebuilt from the history) is on show: it becomes ``last_run`` and
        ``record_shown`` is emitted."""
        ...

    def result_outdated(self) -> bool:
        """Whether the result on show was made from other inputs than the form's now
        (ui/result_freshness.py): it is marked out of date."""
        ...

    def is_running(self) -> bool: ...
    def is_loading(self) -> bool:
        """Whether an input is still loading a file (restored files load as dropped ones)."""
        ...
    def run(self) -> None:
        """Run the form, as the Run button does."""
        ...
