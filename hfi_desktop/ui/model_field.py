"""The model picker: a model id from the Hub (searched as the user types), a recent model, the
task's default (the placeholder), or a named endpoint; a link to the model's page on the Hub.

Reusable wherever a model is chosen (a task's page, a comparison column)::

    search = ModelSearchContext.for_task(services, spec)
    field = ModelField(spec.default_model, parent, search=search)
    field.model_chosen.connect(...)        # the user picked or confirmed a model
    field.examples_found.connect(...)      # list[Example] from the chosen model's card

Without ``search`` it lists recent models and the default only (no Hub, no endpoints).
``examples=False`` (a comparison column): the chosen model's card is not read.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog.model import Example
from hfi_desktop.hub import (
    HubError,
    ModelHit,
    WidgetExample,
    is_hub_id,
    is_url,
    model_page_url,
)
from hfi_desktop.inference.urls import DEFAULT_HUB_URL
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.accessible import add_clear_button
from hfi_desktop.ui.elided_placeholder import ElidedPlaceholder
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.inputs._style import css, muted_text
from hfi_desktop.ui.model_search.searcher import HubSearch
from hfi_desktop.ui.model_search.suggestion_list import SuggestionList
from hfi_desktop.ui.model_search.suggestions import (
    EndpointLike,
    HubState,
    Suggestion,
    SuggestionModel,
    build_suggestions,
    trust_mark,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.local.hub_cache import CachedModel
    from hfi_desktop.ui.model_search.context import ModelSearchContext

log = logging.getLogger(__name__)

HUB_LINK_TEXT = QT_TRANSLATE_NOOP("ModelField", "Open on the Hub \u2197")  # ↗
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ModelCombo(QComboBox):
    """The editable box; its drop-down shows the field's suggestions. With the list open,
    the arrow keys move in the list (closed, they go through the recent models)."""

    def __init__(self, owner: ModelField) -> None:
        super().__init__(owner)
        self._owner = owner

    def showPopup(self) -> None:
        self._owner.show_suggestions(everything=True)

    def hidePopup(self) -> None:
        self._owner.popup().hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._owner.popup().handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)


class _ModelLineEdit(QLineEdit):
    """The box's text. Enter belongs to the field: it takes the row picked in the open list
    (else the text as typed), closes the list and goes no further, to no shortcut or other
    widget (the History's Enter-opens-a-row, a dialog's default button). Esc and the arrow
    keys go to the open list before any shortcut (the page's Esc cancels a run)."""

    def __init__(self, owner: ModelField) -> None:
        super().__init__()
        self._owner = owner

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._owner.keeps_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._owner.popup().handle_key(event):
            event.accept()
            return
        if event.key() in _ENTER and event.modifiers() in _PLAIN:
            self._owner.take_picked()
            super().keyPressEvent(event)  # returnPressed (a comparison's column runs)
            event.accept()
            return
        super().keyPressEvent(event)


class ModelField(QWidget):
    """A model id (``owner/name``) or a full endpoint URL; empty means the task's default."""

    model_changed = Signal(str)  # the text changed (typing, choosing, set_model)
    model_chosen = Signal(str)  # the user chose or confirmed a model ("" = the default)
    examples_found = Signal(object)  # list[Example] from the chosen model's card (maybe [])

    def __init__(self, default_model: str, parent: QWidget | None = None, *,
                 search: ModelSearchContext | None = None, examples: bool = True) -> None:
        super().__init__(parent)
        self.default_model = default_model
        self.search = search
        self.examples = examples  # read the chosen model's card examples (examples_found)
        self.combo = _ModelCombo(self)
        self.hub_button = QToolButton(self)
        self.hint = QLabel(self)
        self._recent: list[str] = []
        self._cached: list[CachedModel] = []
        self._hits: list[ModelHit] = []
        self._hits_query: str | None = None
        self._hub_state = HubState.IDLE
        self._hub_message = ""
        self._offline = False
        self._typing = False
        self._showing_all = False
        self._committed = ""
        self._examples_task: asyncio.Task[None] | None = None
        self._examples_generation = 0
        self._suggestions = SuggestionModel(self)
        self._list = SuggestionList(self._suggestions, self.combo)
        self.searcher = HubSearch(search, self) if search is not None else None
        self._build()
        self.set_recent([])

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        combo = self.combo
        combo.setLineEdit(_ModelLineEdit(self))  # editable
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(16)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setAccessibleName(translate("ModelField", "Model"))
        combo.setCompleter(None)  # type: ignore[arg-type]  # the list is the field's own
        line = self.lineEdit()
        self._placeholder = ElidedPlaceholder(line, self.default_model)  # full: the tooltip
        line.setAccessibleName(translate("ModelField", "Model"))
        add_clear_button(line, translate("ModelField", "Clear the model (use the task's default)"))
        self._show_default()

        self.hub_button.setText(translate("ModelField", HUB_LINK_TEXT))
        self.hub_button.setAutoRaise(True)
        self.hub_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hub_button.setAccessibleName(translate(
                "ModelField", "Open the model's page on the Hub"))
        self.hint.setObjectName("modelHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(combo, 1)
        row.addWidget(self.hub_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.setFocusProxy(combo)

        combo.currentTextChanged.connect(self._on_text_changed)
        line.textEdited.connect(self._on_edited)
        line.editingFinished.connect(self._on_editing_finished)
        self._list.chosen.connect(self._on_activated)
        self._list.closed.connect(self._on_list_closed)
        self.hub_button.clicked.connect(self.open_hub_page)
        if self.searcher is not None:
            self.searcher.found.connect(self._on_found)
            self.searcher.failed.connect(self._on_failed)
        self._update_link_and_hint()

    # -- the value ---------------------------------------------------------------------------

    def lineEdit(self) -> QLineEdit:
        line = self.combo.lineEdit()
        assert line is not None  # editable
        return line

    def set_recent(self, recent: Sequence[str]) -> None:
        """The recent models of the task, newest first (also cycled with the arrow keys)."""
        models = [m for m in recent if m.strip()]
        if models == self._recent and self.combo.count():
            return  # as they are (Run with the same model again)
        self._recent = models
        self._fill_items()

    def set_cached(self, models: Sequence[CachedModel]) -> None:
        """The models of the local Hub cache listed first (the page runs on the local
        engine); none: not listed."""
        self._cached = list(models)
        self._refresh()

    def set_default_model(self, model: str) -> None:
        """The model used while the field is empty (its placeholder): e.g. the one the Hub
        says a provider serves today, found after the field was made."""
        model = model.strip()
        if not model or model == self.default_model:
            return
        self.default_model = model
        self._show_default()
        self._fill_items()
        self._update_link_and_hint()

    def _show_default(self) -> None:
        self._placeholder.text = self.default_model
        self._placeholder.fit()
        self.combo.setToolTip(translate(
            "ModelField", "A model id from the Hub (owner/name): type to search the Hub. Or a "
            "named endpoint, or a full endpoint URL (https://…). Empty: the task's default "
            "model, {model}").format(model=self.default_model))

    def _fill_items(self) -> None:
        """The drop-down's items: the recent models, then the default."""
        text = self.combo.currentText()
        combo = self.combo
        combo.blockSignals(True)
        combo.clear()
        for model in [*self._recent, *([] if self.default_model in self._recent
                                       else [self.default_model])]:
            if model:
                combo.addItem(model)
        combo.setEditText(text)
        combo.blockSignals(False)
        self._refresh()

    def model_id(self) -> str:
        """What the user chose, stripped; "" for the default."""
        return self.combo.currentText().strip()

    def effective_model(self) -> str:
        return self.model_id() or self.default_model

    def set_model(self, model: str) -> None:
        """Put ``model`` in the field, as if the user had chosen it."""
        self.combo.setEditText(model)
        self._typing = False
        self._commit(model.strip())

    def endpoint(self) -> EndpointLike | None:
        """The named endpoint whose URL is in the field, if any."""
        text = self.model_id()
        if not text or self.search is None:
            return None
        return next((e for e in self.search.endpoints() if e.url.strip() == text), None)

    def hub_url(self) -> str:
        return self.search.hub_url() if self.search is not None else DEFAULT_HUB_URL

    def hub_page_url(self) -> str | None:
        """The page on the Hub of the model in effect; None for a URL."""
        model = self.effective_model()
        return model_page_url(self.hub_url(), model) if is_hub_id(model) else None

    def open_hub_page(self) -> None:
        url = self.hub_page_url()
        if url is not None:
            QDesktopServices.openUrl(QUrl(url))

    # -- the popup ---------------------------------------------------------------------------

    def popup(self) -> SuggestionList:
        return self._list

    def suggestions(self) -> list[Suggestion]:
        """The popup's rows as they are now."""
        return self._suggestions.rows()

    def show_suggestions(self, *, everything: bool = False) -> None:
        """Open the popup: for what is typed, or (``everything``) every local entry and the
        Hub's most downloaded models of the task."""
        self._showing_all = everything
        query = "" if everything else self.model_id()
        if everything and self.searcher is not None and self._hits_query != "":
            self._start_search("", now=True)
        self._refresh(query)
        self._list.open()

    def _refresh(self, query: str | None = None) -> None:
        text = self.model_id() if query is None else query
        hits = self._hits
        if self._hits_query is not None and text.casefold() != self._hits_query.casefold():
            # An earlier query's hits, until this one's arrive: those that still fit.
            hits = [h for h in hits if text.casefold() in h.id.casefold()]
        endpoints = self.search.endpoints() if self.search is not None else ()
        rows = build_suggestions(
            text, endpoints=endpoints, recent=self._recent, default_model=self.default_model,
            hits=hits, hub_state=self._hub_state if self.search is not None else HubState.IDLE,
            hub_message=self._hub_message, cached=self._cached,
            task=self.search.provider_task if self.search is not None and self.search.served()
            else None)
        self._suggestions.set_rows(rows)

    # -- typing and searching ----------------------------------------------------------------

    def _on_editing_finished(self) -> None:
        if shiboken6.isValid(self):  # the line edit also finishes while the field is deleted
            self._commit(self.model_id())

    def _on_text_changed(self, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._update_link_and_hint()
        self.model_changed.emit(text)

    def _on_edited(self, text: str) -> None:
        self._typing, self._showing_all = True, False
        query = text.strip()
        if self.searcher is not None:
            if is_url(query) or not query:  # nothing to search (the drop-down lists all)
                self.searcher.cancel()
                self._hub_state = HubState.IDLE
            else:
                self._start_search(query)
        self._refresh()
        if query:
            self._list.open()

    def _start_search(self, query: str, *, now: bool = False) -> None:
        assert self.searcher is not None
        self._hub_state = HubState.SEARCHING
        self.searcher.cancel()  # a newer query supersedes the running search
        if now:
            self.searcher.search_now(query)
        else:
            self.searcher.schedule(query)

    def _on_found(self, query: str, hits: list[ModelHit]) -> None:
        self._hits, self._hits_query = list(hits), query
        self._hub_state, self._hub_message = HubState.DONE, ""
        self._offline = False
        self._update_link_and_hint()
        self._after_search()

    def _on_failed(self, query: str, message: str) -> None:
        self._hits, self._hits_query = [], query
        self._hub_state, self._hub_message = HubState.OFFLINE, message
        self._offline = True
        self._update_link_and_hint()
        self._after_search()

    def _after_search(self) -> None:
        self._refresh("" if self._showing_all else None)
        if self._typing:
            self._list.open()

    def _on_list_closed(self) -> None:
        self._typing = False  # closed by the user: a search answered later leaves it closed

    def _on_activated(self, value: str) -> None:
        if value:
            self.combo.setEditText(value)
        self._commit(self.model_id())

    # -- keys --------------------------------------------------------------------------------

    def keeps_key(self, event: QKeyEvent) -> bool:
        """Whether the field takes ``event`` before the window's shortcuts: Enter, and the
        open list's keys. Ctrl+Enter is left to them (Run), with the row picked in the list
        put in the field first."""
        if self._list.isVisible() and SuggestionList.takes_key(event):
            return True
        if event.key() not in _ENTER:
            return False
        if event.modifiers() in _PLAIN:
            return True
        self.take_picked()
        return False

    def take_picked(self) -> None:
        """Close the list, with the row picked in it (if any) in the field, and commit."""
        picked = self._list.current_value()
        self._list.hide()
        self._on_activated(picked or "")

    # -- choosing ----------------------------------------------------------------------------

    def _commit(self, model: str) -> None:
        self._typing = False
        self._update_link_and_hint()
        if model == self._committed:
            return
        self._committed = model
        self.model_chosen.emit(model)
        self._fetch_examples(model)

    def _fetch_examples(self, model: str) -> None:
        self._examples_generation += 1
        if self._examples_task is not None and not self._examples_task.done():
            self._examples_task.cancel()
        if not self.examples or self.search is None or not model or not is_hub_id(model):
            self.examples_found.emit([])
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            self.examples_found.emit([])
            return
        self._examples_task = create_task(
            self._load_examples(self.search, model, self._examples_generation),
            name="model card examples")

    async def _load_examples(self, search: ModelSearchContext, model: str,
                             generation: int) -> None:
        hub, url, spec, token = search.hub, search.hub_url(), search.spec, search.token()
        try:
            found: list[WidgetExample] = await search.bridge.run(
                lambda: hub.model_widget_examples(url, model, spec, token))
        except asyncio.CancelledError:
            return
        except HubError as error:
            log.info("no card examples for %s: %s", model, error)
            found = []
        except Exception:
            log.warning("reading the card of %s failed", model, exc_info=True)
            found = []
        if generation != self._examples_generation:
            return  # another model was chosen meanwhile
        self.examples_found.emit([Example(w.title, dict(w.values), dict(w.parameters))
                                  for w in found])

    # -- link and hint -----------------------------------------------------------------------

    def _update_link_and_hint(self) -> None:
        url = self.hub_page_url()
        self.hub_button.setEnabled(url is not None)
        self.hub_button.setToolTip(
            translate("ModelField", "Open {url} in the browser").format(url=url) if url else
            translate("ModelField", "Only models from the Hub have a page there"))
        endpoint = self.endpoint()
        if endpoint is not None:
            mark = trust_mark(endpoint.trusted)
            sent = (translate("ModelField", "the access token is sent") if endpoint.trusted
                    else translate("ModelField", "the token is not sent"))
            self._set_hint(translate("ModelField", "Endpoint “{name}” · {mark}: {sent}").format(
                name=endpoint.name, mark=mark, sent=sent))
        elif self._offline and self.search is not None:
            self._set_hint(translate("ModelField",
                                     "Hub unreachable: showing recent and default models"))
        else:
            self._set_hint("")

    def _set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {css(muted_text(self.palette()))}; font-size: 9pt;")
        self.hint.setVisible(bool(text))
