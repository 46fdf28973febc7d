"""The provider picker: which Inference Provider a page's calls go to.

Reusable wherever a model is called (a task's page, the chat page)::

    picker = ProviderPicker(ProviderContext.for_services(services), parent)
    picker.set_task("text-to-image")     # the mapping's task name; None: providers don't apply
    picker.set_model("black-forest-labs/FLUX.1-dev")   # looks its providers up, in a worker
    picker.changed.connect(...)          # provider() changed
    client.text_to_image(..., provider=picker.provider())

It lists Auto (the application's default), Cheapest, Preferred, each provider that serves the
model for the task (status, and for models billed by the token: price, context length,
latency, throughput), the sources on this computer (the local engine, local servers), and
the 2023 call. What the user chooses is remembered per task
(Settings); a task with no choice yet starts on the default policy of the settings.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListView, QSizePolicy, QWidget

from hfi_desktop.bridge import create_task
from hfi_desktop.hub import is_hub_id, is_url
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

from .choices import (
    AUTO,
    SEED,
    Kind,
    Lookup,
    PickerRow,
    build_rows,
    local_row,
    normalize,
    provider_of,
    title_of,
)
from .delegate import PickerDelegate, Roles, status_color
from .lookup import LookupFailed, ModelProviders, look_up

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import ProviderContext

log = logging.getLogger(__name__)

POPUP_MIN_WIDTH = 460
MIN_CHARS = 18
ENDPOINT_TIP = QT_TRANSLATE_NOOP(
    "ProviderPicker", "Providers don't apply to endpoints: the call goes to the URL in the model "
    "field, as in 2023")
OWN_SERVER_TIP = QT_TRANSLATE_NOOP(
    "ProviderPicker", "Providers don't apply: the Inference API URL is a server of your own "
    "(Settings ▸ Connection), where calls go as in 2023")
NO_TASK_TIP = QT_TRANSLATE_NOOP(
    "ProviderPicker", "No Inference Provider serves this page's calls: they go to hf-inference "
    "as in 2023")


class _Rows(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PickerRow] = []
        self._icons: dict[tuple[str, str], QIcon] = {}

    def set_rows(self, rows: Sequence[PickerRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if row.kind is not Kind.CHOICE or not row.enabled:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.detail or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return " · ".join(t for t in (row.status, row.detail) if t) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row.status) if row.status else None
        return {Roles.KIND: row.kind.value, Roles.CHOICE: row.choice, Roles.DETAIL: row.detail,
                Roles.STATUS: row.status}.get(role)

    def _icon(self, status: str) -> QIcon | None:
        owner = QObject.parent(self)  # (the model's parent(index) hides QObject's)
        palette = owner.palette() if isinstance(owner, QWidget) else None
        colour = status_color(status, palette) if palette is not None else None
        if colour is None:
            return None
        key = (status, colour.name())
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = _dot(colour)
        return icon


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class ProviderPicker(QWidget):
    """A drop-down of the providers a call may go to. ``changed(provider)`` when
    :meth:`provider` changes (str or None); ``looked_up(ModelProviders | None)`` when the
    model's providers were looked up (None: the look-up failed or nothing to look up).
    ``remember=False``: what the user chooses is not remembered for the task (a comparison's
    column: its choice is the column's own)."""

    changed = Signal(object)
    looked_up = Signal(object)

    def __init__(self, context: ProviderContext, parent: QWidget | None = None, *,
                 remember: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self._remembers = remember
        self.combo = QComboBox(self)
        self._rows = _Rows(self)
        self._task: str | None = None
        self._model = ""
        self._choice = AUTO
        self._lookup = Lookup.NONE
        self._found: ModelProviders | None = None
        self._message = ""
        self._blocked = ""  # why providers don't apply now ("" when they do)
        self._task_ref: asyncio.Task[None] | None = None
        self._generation = 0
        self._last_provider: str | None = None
        self._build()
        if context.local is not None:  # the engine's state, servers found
            context.local.changed.connect(self._apply)
        self._apply()

    def _build(self) -> None:
        combo = self.combo
        combo.setModel(self._rows)
        view = QListView(combo)
        view.setObjectName("providerChoices")
        view.setUniformItemSizes(False)
        view.setMinimumWidth(POPUP_MIN_WIDTH)
        combo.setView(view)
        combo.setItemDelegate(PickerDelegate(view))
        # As wide as a provider's name (a longer title is elided; the list is wider).
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(MIN_CHARS)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        combo.setMaxVisibleItems(16)
        combo.setAccessibleName(QCoreApplication.translate("ProviderPicker", "Provider"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo)
        self.setFocusProxy(combo)
        combo.activated.connect(self._on_activated)

    # -- the narrow API ------------------------------------------------------------------------

    def set_task(self, task: str | None) -> None:
        """The mapping's task name the calls are made for (None: no provider serves them);
        the choice remembered for it comes back (else the default policy)."""
        self._task = task
        settings = self.context.settings
        stored = settings.provider_choice(task) if settings is not None and task else None
        default = settings.default_provider_policy() if settings is not None else AUTO
        self._choice = normalize(stored or default, task)
        self._found, self._lookup = None, Lookup.NONE
        self._apply()
        if self._model:
            self._start_lookup()

    def set_model(self, model: str) -> None:
        """The model the calls go to (a Hub id, or an endpoint URL); its providers are looked
        up in a worker (a look-up of an earlier model is dropped)."""
        model = model.strip()
        if model == self._model and self._lookup in (Lookup.RUNNING, Lookup.DONE):
            return
        self._model = model
        self._found = None
        self._start_lookup()

    def provider(self) -> str | None:
        """What a call's ``provider=`` is now: a policy, a provider, or None (the 2023 call,
        or providers don't apply)."""
        return None if self._blocks() else provider_of(self._choice)

    def applies(self) -> bool:
        """Whether providers apply to the calls now (not to an endpoint URL, a server of the
        user's own, or a page no provider serves)."""
        return not self._blocks()

    def choice(self) -> str:
        """The choice on show (it applies only when :meth:`provider` says so)."""
        return self._choice

    def choice_title(self) -> str:
        return title_of(self._choice, self._task)

    def set_choice(self, choice: str, *, remember: bool = False) -> None:
        """Choose ``choice`` (a policy, a provider, :data:`SEED`) as the program says (a run
        shown again; ``remember``: as if the user chose it, e.g. a click in an error)."""
        self._choice = normalize(choice, self._task)
        if remember:
            self._remember()
        self._apply()

    def rows(self) -> list[PickerRow]:
        return list(self._rows.rows)

    def found(self) -> ModelProviders | None:
        """The current model's providers, once looked up."""
        return self._found

    def is_looking_up(self) -> bool:
        return self._lookup is Lookup.RUNNING

    def refresh(self, model: str) -> None:
        """Look ``model`` up again, and whether providers apply (the client changed)."""
        self._model = model.strip()
        self._found = None
        self._start_lookup()

    # -- choosing --------------------------------------------------------------------------------

    def _on_activated(self, index: int) -> None:
        if not 0 <= index < len(self._rows.rows):
            return
        row = self._rows.rows[index]
        if row.kind is Kind.CHOICE and row.enabled:
            self._choice = row.choice
            self._remember()
        self._apply()

    def _remember(self) -> None:
        settings = self.context.settings
        if self._remembers and settings is not None and self._task and not self._blocks():
            settings.set_provider_choice(self._task, self._choice)

    # -- looking up ------------------------------------------------------------------------------

    def _blocks(self) -> str:
        """Why providers don't apply ("" when they do)."""
        if self._task is None:
            why = NO_TASK_TIP
        elif is_url(self._model):
            why = ENDPOINT_TIP
        elif not self.context.providers_apply():
            why = OWN_SERVER_TIP
        else:
            return ""
        return QCoreApplication.translate("ProviderPicker", why)

    def _start_lookup(self) -> None:
        self._generation += 1
        if self._task_ref is not None and not self._task_ref.done():
            self._task_ref.cancel()
        self._task_ref = None
        task, model = self._task, self._model
        if self._blocks() or task is None or not is_hub_id(model):
            self._lookup = Lookup.NONE
            self._apply()
            self.looked_up.emit(None)
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop runs the GUI (a bare widget in a test)
            self._lookup, self._message = Lookup.FAILED, QCoreApplication.translate(
                "ProviderPicker", "the providers cannot be looked up now")
            self._apply()
            return
        self._lookup = Lookup.RUNNING
        self._apply()
        self._task_ref = create_task(self._look_up(model, task, self._generation),
                                     name=f"providers of {model}")

    async def _look_up(self, model: str, task: str, generation: int) -> None:
        found: ModelProviders | None = None
        try:
            found = await look_up(self.context, model, task)
        except asyncio.CancelledError:
            return
        except LookupFailed as failed:
            message = str(failed)
        except Exception as error:  # a look-up must never take the page down
            log.warning("looking up the providers of %s failed", model, exc_info=True)
            message = QCoreApplication.translate(
                "ProviderPicker", "the look-up failed: {error}").format(error=error)
        else:
            message = ""
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self._found = found
        self._lookup, self._message = (Lookup.DONE, "") if found else (Lookup.FAILED, message)
        self._apply()
        self.looked_up.emit(found)

    # -- showing ---------------------------------------------------------------------------------

    def _local_rows(self, task: str) -> list[PickerRow]:
        local = self.context.local
        if local is None:
            return []
        return [local_row(source, task, local.detail(source)) for source in local.sources()]

    def _apply(self) -> None:
        """Rows, current row, enabled state and tooltip as the state says; ``changed`` if
        :meth:`provider` changed."""
        blocked = self._blocks()
        combo = self.combo
        if blocked:
            if self._task is None:
                title = title_of(SEED, None)
            elif is_url(self._model):
                title = QCoreApplication.translate("ProviderPicker", "Your endpoint")
            else:
                title = QCoreApplication.translate("ProviderPicker", "Your server")
            rows = [PickerRow(Kind.CHOICE, title, self._choice, tooltip=blocked)]
        else:
            assert self._task is not None
            found = self._found
            rows = build_rows(self._task, self._model, lookup=self._lookup,
                              entries=found.entries if found else (),
                              offers=found.offers if found else None, message=self._message,
                              selected=self._choice, local=self._local_rows(self._task))
        combo.blockSignals(True)
        self._rows.set_rows(rows)
        current = next((i for i, r in enumerate(rows)
                        if r.kind is Kind.CHOICE and r.choice == self._choice), 0)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)
        combo.setEnabled(not blocked)
        row = rows[current]
        lines = [QCoreApplication.translate("ProviderPicker", "Provider: {title}").format(
            title=row.title), row.detail]
        if self._remembers:
            lines.append(QCoreApplication.translate(
                "ProviderPicker", "The choice is remembered for this task"))
        tip = blocked or "\n".join(line for line in lines if line)
        combo.setToolTip(tip)
        combo.setAccessibleDescription(tip)
        provider = self.provider()
        if provider != self._last_provider:
            self._last_provider = provider
            self.changed.emit(provider)
