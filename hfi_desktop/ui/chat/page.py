"""The chat page: a thread with a model, first in the sidebar.

The model field on top (the provider picker beside it), the thread in the
middle, the composer under it, the settings (system prompt, parameters, response format,
tools) in a side panel. The thread is a plain :class:`~hfi_desktop.chat.ChatThread`; one
:class:`~hfi_desktop.ui.chat.reply.ReplyRunner` streams the replies into it; a
:class:`~hfi_desktop.ui.chat.recorder.ChatRecorder` keeps it in the history as it goes.

Sending: the settings are checked first (a mistake is shown at its field, nothing sent, the
message stays in the box); your message and an empty reply go into the thread and the reply
streams. Esc or Stop ends it, keeping what came. A reply that fails before anything came is
taken out again, the error is shown above the box, and your message is put back in it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import FormError, build_chat_request
from hfi_desktop.catalog.tasks_chat import SYSTEM
from hfi_desktop.chat import ChatMessage, ChatThread, wire_messages
from hfi_desktop.media import load_chat_image, load_image
from hfi_desktop.runs import RunState
from hfi_desktop.storage.chat_records import settings_of, thread_of
from hfi_desktop.ui.code_snippets import CopyAsCode
from hfi_desktop.ui.compare.snapshot import PROVIDER
from hfi_desktop.ui.export import ResultSaver
from hfi_desktop.ui.export.page import SAVE_KEYS
from hfi_desktop.ui.i18n import catalog_text, shown
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.model_search import ModelSearchContext
from hfi_desktop.ui.page_api import PageForm
from hfi_desktop.ui.providers import PageProviders, ProviderContext
from hfi_desktop.ui.services import DEFAULT_MAX_INPUT_BYTES
from hfi_desktop.ui.task_icons import TaskIconLabel
from hfi_desktop.ui.viewers import ErrorBox
from hfi_desktop.ui.viewers.widgets import Caption

from .compare import ChatCompareWindow
from .composer import ChatComposer
from .recorder import ChatRecorder, record_of_job
from .reply import ReplyJob, ReplyRunner, chat_request
from .settings_panel import PANEL_WIDTH, ChatSettingsPanel
from .thread_view import COLUMN_WIDTH, ChatThreadView

if TYPE_CHECKING:
    import asyncio

    from hfi_desktop.catalog import CallRequest, TaskSpec
    from hfi_desktop.catalog.model import Example, FileValue
    from hfi_desktop.media import ImageSource, LoadedImage
    from hfi_desktop.storage.records import RunRecord
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)

THUMB_SIZE = 256
STOP_KEYS = Qt.Key.Key_Escape


class ChatExport(QObject):
    """Save as… (Ctrl+S) for the chat on show: Markdown or JSON, through the export
    feature's saver (its dialog, atomic writes, the File menu's actions)."""

    def __init__(self, page: ChatPage, services: Services) -> None:
        super().__init__(page)
        self.saver = ResultSaver(page, services.bridge, page.record, report=page.show_status)
        self.save_button = QPushButton(QCoreApplication.translate("ChatExport", "Save as…"), page)
        self.save_button.setObjectName("exportSaveAs")
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "ChatExport", "Save the chat as Markdown or JSON ({keys})").format(keys=SAVE_KEYS))
        self.save_button.clicked.connect(self.saver.save_as)
        self.shortcut = QShortcut(QKeySequence(SAVE_KEYS), page, self.saver.save_as,
                                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)


class ChatPage(QWidget):
    """The chat (``spec`` is the catalog's chat entry). ``reply_finished(state)``: a reply
    ended ("done", "error", "cancelled", … as a task page's ``run_finished``)."""

    reply_finished = Signal(str)

    def __init__(self, spec: TaskSpec, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._services = services
        self.setObjectName(f"page:{spec.id}")
        self.setAcceptDrops(True)
        self.chat = ChatThread()  # the chat on show (``thread`` is QObject's)
        self._thumbs: dict[FileValue, QImage] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        #: What to put back in the composer if the reply in flight fails at once.
        self._restore: tuple[str, tuple[LoadedImage, ...]] | None = None

        self.model_field = ModelField(spec.default_model, self,
                                      search=ModelSearchContext.for_task(services, spec),
                                      examples=False)
        self.model_field.set_recent(services.recent_models.get(spec.id))
        self.model_field.setAccessibleName(QCoreApplication.translate("ChatPage", "Model"))
        self.new_button = QPushButton(QCoreApplication.translate("ChatPage", "New chat"), self)
        self.new_button.setToolTip(
            QCoreApplication.translate("ChatPage",
                                       "Start a new chat (this one stays in the history)"))
        self.settings_button = QPushButton(QCoreApplication.translate("ChatPage", "Settings"), self)
        self.settings_button.setCheckable(True)
        self.settings_button.setChecked(True)
        self.settings_button.setToolTip(QCoreApplication.translate(
            "ChatPage", "Show or hide the system prompt, parameters, response format and tools"))
        self.status = Caption("", self)
        self.status.setAccessibleName(QCoreApplication.translate("ChatPage", "Chat status"))
        self.thread_view = ChatThreadView(spec.examples, self, thumbnail=self._thumbs.get)
        self.error_box = ErrorBox(self)
        self.error_box.setAccessibleName(QCoreApplication.translate("ChatPage", "Chat error"))
        self.error_box.hide()
        message_field = next(f for f in spec.inputs if f.key == "message")
        self.composer = ChatComposer(message_field, self._load_image, self)
        self.settings = ChatSettingsPanel(spec, self)
        self.runner = ReplyRunner(services, self, gate_parent=self)
        self.recorder = (ChatRecorder(self.runner, services.history, parent=self)
                         if services.history is not None else None)
        self.export = ChatExport(self, services)
        self.copy_as_code = CopyAsCode(self, services)  # the four flavours, the openai client's
        self.compare_button = QPushButton(QCoreApplication.translate("ChatPage", "Compare…"), self)
        self.compare_button.setToolTip(
            QCoreApplication.translate("ChatPage",
                                       "Ask several models this conversation, side by side"))
        #: The last comparison opened (None until Compare…; it closes on its own).
        self.comparison: ChatCompareWindow | None = None
        # The provider picker beside the model field (its choice remembered for chat), the
        # note under it when the model will not run, the served default model.
        self.providers = PageProviders(spec, ProviderContext.for_services(services),
                                       self.model_field, self)
        self.provider_picker = self.providers.picker
        self.model_row = QHBoxLayout()
        self._build()
        self._connect()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        icon = TaskIconLabel(self.spec.icon, 28, self)
        title = QLabel(f"<b style='font-size:15pt'>{catalog_text(self.spec.title)}</b>", self)
        model_label = QLabel("<b>{}</b>".format(QCoreApplication.translate("ChatPage", "Model")),
                             self)
        model_label.setBuddy(self.model_field)
        self.model_row.setSpacing(8)
        self.model_row.addWidget(model_label)
        self.model_row.addWidget(self.model_field, 1)
        provider_label = QLabel("<b>{}</b>".format(QCoreApplication.translate("ChatPage",
                                                                              "Provider")), self)
        provider_label.setBuddy(self.provider_picker)
        self.model_row.addWidget(provider_label)
        self.model_row.addWidget(self.provider_picker)
        # The title and the chat's actions; under them, the model and its provider.
        self._added_actions = 0  # features' buttons after Compare… (add_action)
        self._header = header = QHBoxLayout()
        header.setContentsMargins(14, 10, 14, 4)
        header.setSpacing(10)
        header.addWidget(icon)
        header.addWidget(title)
        header.addStretch(1)
        for button in (self.new_button, self.compare_button, self.copy_as_code.button,
                       self.export.save_button, self.settings_button):
            header.addWidget(button)
        self.model_row.setContentsMargins(14, 2, 14, 6)

        column = QWidget(self)  # as wide as the thread's column, centred under it
        column.setMaximumWidth(COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(6)
        column_layout.addWidget(self.error_box)
        column_layout.addWidget(self.composer)
        column_layout.addWidget(self.status)
        bottom = QWidget(self)
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(16, 6, 16, 10)
        bottom_layout.addStretch(0)
        bottom_layout.addWidget(column, 1)
        bottom_layout.addStretch(0)

        chat = QWidget(self)
        chat_layout = QVBoxLayout(chat)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.setSpacing(0)
        chat_layout.addWidget(self.thread_view, 1)
        chat_layout.addWidget(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(chat)
        self.splitter.addWidget(self.settings)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, PANEL_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(self.model_row)
        note = QHBoxLayout()  # under the model field: why the model will not run
        note.setContentsMargins(14, 0, 14, 6)
        note.addWidget(self.providers.note)
        layout.addLayout(note)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.cancel)
        self.new_button.clicked.connect(self.new_chat)
        self.compare_button.clicked.connect(self.compare)
        self.settings_button.toggled.connect(self.settings.setVisible)
        view = self.thread_view
        view.example_chosen.connect(self._use_example)
        view.edit_requested.connect(self.edit)
        view.regenerate_requested.connect(self.regenerate)
        view.branch_requested.connect(self.branch)
        view.switch_requested.connect(self.switch)
        runner = self.runner
        runner.started.connect(self._on_started)
        runner.text_added.connect(self._on_text)
        runner.tools_changed.connect(self._on_refresh)
        runner.finished.connect(self._on_finished)
        runner.priced.connect(self._on_refresh)
        QShortcut(QKeySequence(STOP_KEYS), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model_field.model_changed.connect(lambda _text: self.error_box.hide())

    # -- queries -------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.runner.is_running()

    def model(self) -> str:
        """The model as typed (the default when the field is empty)."""
        return self.model_field.effective_model().strip() or self.spec.default_model

    def record(self) -> RunRecord | None:
        """The chat as a record (what Save as… saves); None while it is empty."""
        job = self._job_of_last()
        return record_of_job(job) if job is not None else None

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def conversation(self) -> ChatThread:
        """The chat on show with the message being written, as a chat of its own (what
        Copy as code writes and Compare… asks); FormError when there is nothing to say."""
        last = self.chat.last()
        thread = self.chat.branch_at(last.id) if last is not None else ChatThread()
        thread.system = self.settings.system()
        if not self.composer.is_empty():
            thread.append(ChatMessage("user", self.composer.text(),
                                      images=self.composer.images()))
        if not len(thread):
            raise FormError("message", QCoreApplication.translate("ChatPage",
                                                                  "Message: write a message first"))
        return thread

    def current_request(self) -> CallRequest:
        """The call the conversation would make now, with the settings, parameters and
        provider on show (Copy as code); FormError names a bad field."""
        thread = self.conversation()
        return chat_request(wire_messages(thread.system, thread.path()), self.model(),
                            self.settings.parameters.values(), self.settings.values(),
                            self.providers.provider())

    def as_widget(self) -> QWidget:
        return self

    def form(self) -> PageForm:
        """The chat's form for a batch or an arena (``FormSource``): one turn of a new chat,
        the composer's message after the system prompt, with the parameters, the response
        format and tools, and the provider on show. A response format that is not right is
        shown at its field and left out."""
        try:
            settings = self.settings.values()
        except FormError as error:
            self.show_form_error(error)
            settings = {}
        values: dict[str, Any] = {"message": self.composer.text(), SYSTEM: self.settings.system(),
                                  **settings}
        provider = self.providers.provider()
        return PageForm(self.model(), values, dict(self.settings.parameters.values()),
                        {PROVIDER: provider} if provider is not None else {})

    def add_action(self, button: QPushButton) -> None:
        """A feature's button among the chat's actions, after Compare… (Batch…, Arena…)."""
        header = self._header
        self._added_actions += 1
        header.insertWidget(header.indexOf(self.compare_button) + self._added_actions, button)

    # -- sending ---------------------------------------------------------------------------
    def send(self) -> None:
        """Send what the composer holds (Enter, Send, Ctrl+Enter)."""
        if self.is_running():
            return
        composer = self.composer
        if composer.is_loading():
            self.show_status(
                QCoreApplication.translate("ChatPage",
                                           "An image is still loading: send once it is attached."))
            return
        if composer.is_empty():
            composer.edit.setFocus()
            return
        settings = self._checked_settings()
        if settings is None:
            return
        text, loaded = composer.text(), composer.loaded_images()
        for image in loaded:
            self._thumbs[image.file] = image.thumbnail
        pending = self.chat.pending_tool_calls()
        if pending:  # your message answers the first call waiting for one
            self.chat.append(ChatMessage(
                "tool", text, tool_call_id=str(pending[0].get("id") or "call_0")))
        else:
            self.chat.append(ChatMessage("user", text, images=tuple(i.file for i in loaded)))
        composer.clear()
        if len(pending) > 1:  # the model is asked once every call has its answer
            self._show_thread()
            return
        self._ask(None, settings, restore=(text, loaded))

    def regenerate(self, message_id: str) -> None:
        """Another reply in place of ``message_id`` (the first stays as version 1)."""
        if self.is_running() or message_id not in self.chat.messages:
            return
        settings = self._checked_settings()
        if settings is not None:
            self._ask(self.chat.messages[message_id].parent, settings)

    def edit(self, message_id: str, text: str) -> None:
        """Send an edited version of your message ``message_id`` (the first is kept)."""
        if self.is_running() or message_id not in self.chat.messages:
            return
        settings = self._checked_settings()
        if settings is None:
            return
        original = self.chat.messages[message_id]
        edited = self.chat.add(ChatMessage("user", text, images=original.images,
                                             parent=original.parent))
        self._ask(edited.id, settings, restore=(text, ()))

    def compare(self) -> ChatCompareWindow | None:
        """Open the conversation (the message being written included) compared across this
        model and another; None when there is nothing to ask (said at its field)."""
        try:
            question = self.conversation()
            last = question.last()
            if last is not None and last.is_reply:
                raise FormError("message", QCoreApplication.translate(
                    "ChatPage", "Message: write the message to compare the models on"))
        except FormError as error:
            self.show_form_error(error)
            return None
        settings = self._checked_settings()
        if settings is None:
            return None
        model = self.model()
        recent = self._services.recent_models.get(self.spec.id)
        other = next((m for m in recent if m and m != model), "")
        window = ChatCompareWindow(
            self.spec, self._services, question, self.settings.parameters.values(), settings,
            [(model, self.provider_picker.choice()), (other, None)], self)
        self.comparison = window
        window.show()
        window.raise_()
        return window

    def _ask(self, parent: str | None, settings: dict[str, Any], *,
             restore: tuple[str, tuple[LoadedImage, ...]] | None = None) -> None:
        """Add an empty reply after ``parent`` (None: after the last message) and stream
        it. ``restore``: what to put back in the composer if it fails at once."""
        model = self.model()
        self.chat.system = self.settings.system()
        reply = ChatMessage("assistant", model=model, state=RunState.RUNNING, parent=parent)
        reply = self.chat.append(reply) if parent is None else self.chat.add(reply)
        self._restore = restore
        self._services.recent_models.add(self.spec.id, self.model_field.model_id())
        self.model_field.set_recent(self._services.recent_models.get(self.spec.id))
        self.error_box.hide()
        self._show_thread()
        if reply.parent is not None:
            self.thread_view.keep_at_top(reply.parent)
        self.runner.start(ReplyJob(self.chat, reply, model,
                                   dict(self.settings.parameters.values()), settings,
                                   provider=self.providers.provider()))

    def _checked_settings(self) -> dict[str, Any] | None:
        """The response format and tools, checked with the parameters and the model as the
        call will be (a mistake is shown at its field: None)."""
        try:
            settings = self.settings.values()
            build_chat_request(self.spec, [], settings, self.settings.parameters.values(),
                               model=self.model())
        except FormError as error:
            self.show_form_error(error)
            return None
        return settings

    def show_form_error(self, error: FormError) -> None:
        """``error`` at its field (the model, the message, a setting) and above the box."""
        if error.field == "model":
            self.model_field.setFocus()
        elif error.field == "message":
            self.composer.edit.setFocus()
        else:
            self.settings_button.setChecked(True)
            self.settings.show_error(error)
        self.error_box.title.setText(QCoreApplication.translate("ChatPage", "Not sent"))
        self.error_box.message.setText(error.message)
        self.error_box.show()
        self.show_status(QCoreApplication.translate("ChatPage", "Not sent: {why}").format(
                why=error.message))

    def cancel(self) -> None:
        """Stop the reply (Esc, Stop); what came is kept."""
        if self.is_running():
            self.runner.cancel()
            self.show_status(QCoreApplication.translate("ChatPage", "Stopping…"))

    # -- the thread ------------------------------------------------------------------------------
    def switch(self, message_id: str, step: int) -> None:
        if not self.is_running() and message_id in self.chat.messages:
            self.chat.switch(message_id, step)
            self._show_thread()
            self._save()

    def branch(self, message_id: str) -> None:
        """A new chat with the messages up to ``message_id`` (this one stays as it is)."""
        if self.is_running() or message_id not in self.chat.messages:
            return
        self.set_thread(self.chat.branch_at(message_id))
        self._save()
        self.show_status(QCoreApplication.translate(
            "ChatPage", "Branched into a new chat: the previous one is in the history."))

    def new_chat(self) -> None:
        if self.is_running():
            return
        self.set_thread(ChatThread(system=self.settings.system()))
        self.show_status("")
        self.composer.edit.setFocus()

    def set_thread(self, thread: ChatThread) -> None:
        """Show ``thread`` (its images' thumbnails are made in a worker)."""
        self.chat = thread
        self.error_box.hide()
        self._show_thread()
        self.thread_view.scroll_to_end()
        missing = [image for message in thread.walk() for image in message.images
                   if image not in self._thumbs]
        if missing:
            self._start(self._make_thumbnails(missing), "chat thumbnails")

    def _show_thread(self) -> None:
        self.thread_view.show_thread(self.chat)
        self._update_hint()

    def _update_hint(self) -> None:
        """The composer says whether your next message answers a tool call."""
        pending = self.chat.pending_tool_calls()
        if pending:
            name = ((pending[0].get("function") or {}).get("name")
                    or QCoreApplication.translate("ChatPage", "the tool"))
            self.composer.set_hint(QCoreApplication.translate(
                "ChatPage", "The result of {name}: your message answers the tool call…").format(
                name=name))
        else:
            field = next(f for f in self.spec.inputs if f.key == "message")
            self.composer.set_hint(catalog_text(field.placeholder))

    def _use_example(self, example: Example) -> None:
        """The example's message in the box (and its system prompt, if it has one)."""
        self.composer.set_text(str(example.values.get("message", "")))
        system = example.values.get(SYSTEM)
        if system is not None:
            self.settings.system_edit.setPlainText(str(system))
        self.composer.edit.setFocus()

    # -- the reply ---------------------------------------------------------------------------
    def _on_started(self, job: ReplyJob) -> None:
        self.composer.set_streaming(True)
        self.show_status("")

    def _on_text(self, job: ReplyJob, text: str) -> None:
        view = self.thread_view.view_of(job.reply.id)
        if view is not None:
            view.append_text(text)

    def _on_refresh(self, job: ReplyJob) -> None:
        view = self.thread_view.view_of(job.reply.id)
        if view is not None:
            view.refresh()

    def _on_finished(self, job: ReplyJob) -> None:
        self.composer.set_streaming(False)
        reply = job.reply
        self.reply_finished.emit(reply.state.value)
        if reply.state is RunState.ERROR and not job.received and job.thread is self.chat:
            self._take_back(job)
            return
        self._on_refresh(job)
        self._update_hint()
        self.show_status(QCoreApplication.translate("ChatPage",
                                                    "Stopped: the partial reply is kept.")
                         if reply.state is RunState.CANCELLED else "")

    def _take_back(self, job: ReplyJob) -> None:
        """A reply that failed before anything came: out of the thread, the error above the
        box, your message back in it."""
        reply = job.reply
        title, message = reply.error or (QCoreApplication.translate("ChatPage", "Failed"), "")
        parent = self.chat.messages.get(reply.parent or "")
        restore, self._restore = self._restore, None
        remove = parent.id if parent is not None and restore is not None else reply.id
        self.chat.remove(remove)
        if restore is not None:
            self.composer.restore(*restore)
        self._show_thread()
        self.error_box.title.setText(shown(title))
        self.error_box.message.setText(shown(message))
        self.error_box.show()
        self.show_status(QCoreApplication.translate("ChatPage", "Not answered: {title}").format(
                title=title))
        self._save()

    def _job_of_last(self) -> ReplyJob | None:
        last = self.chat.last()
        if last is None:
            return None
        reply = next((m for m in reversed(self.chat.path()) if m.is_reply), last)
        return ReplyJob(self.chat, reply, reply.model or self.model(),
                        dict(self.settings.parameters.values()), self._settings_for_record())

    def _settings_for_record(self) -> dict[str, Any]:
        try:
            return self.settings.values()
        except FormError:
            return {}

    def _save(self) -> None:
        if self.recorder is not None and len(self.chat):
            self.recorder.save(self.chat, model=self.model(),
                               parameters=self.settings.parameters.values(),
                               settings=self._settings_for_record())

    # -- images ----------------------------------------------------------------------------------
    async def _load_image(self, source: ImageSource, name: str) -> LoadedImage:
        return await self._services.bridge.run(lambda: load_chat_image(
            source, name=name, max_bytes=DEFAULT_MAX_INPUT_BYTES, thumb_size=THUMB_SIZE))

    async def _make_thumbnails(self, images: list[FileValue]) -> None:
        def make() -> dict[FileValue, QImage]:
            made = {}
            for image in images:
                try:
                    made[image] = load_image(image.data, name=image.name,
                                             max_bytes=len(image.data) + 1,
                                             thumb_size=THUMB_SIZE).thumbnail
                except Exception as error:  # the name shows instead
                    log.info("no thumbnail for %s: %s", image.name, error)
            return made

        made = await self._services.bridge.run(make)
        if shiboken6.isValid(self):
            self._thumbs.update(made)
            self.thread_view.show_thumbnails()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.composer.attach_mime(event.mimeData())
        event.acceptProposedAction()

    # -- history ---------------------------------------------------------------------------------
    def show_record(self, record: RunRecord, *, run: bool = False) -> asyncio.Task[bool]:
        """Reopen a chat from the history, whole; ``run``: then ask again for its last
        reply."""
        return create_task(self._show_record(record, run), name="show chat record")

    async def _show_record(self, record: RunRecord, run: bool) -> bool:
        if self.is_running():
            self.show_status(QCoreApplication.translate("ChatPage", "Busy: stop the reply first"))
            return False
        files = self._services.history.files.get if self._services.history is not None \
            else None
        thread = await self._services.bridge.run(lambda: thread_of(record, files))
        if not shiboken6.isValid(self):
            return False
        self.model_field.set_model("" if record.model == self.spec.default_model
                                   else record.model)
        self.settings.set_values(thread.system, record.parameters, settings_of(record))
        self.set_thread(thread)
        self.show_status(QCoreApplication.translate("ChatPage", "From the history"))
        last = thread.last()
        if run and last is not None and last.is_reply:
            self.regenerate(last.id)
        return True

    def _start(self, coro: Any, name: str) -> None:
        task = create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
