"""The Account tab: the access token (masked), where it came from, who it belongs to
(``{hub}/api/whoami-v2``, checked in a worker), Replace… and Remove, and who is billed:
your personal account or one of your organizations (whoami's list), kept per token.

Replace, Remove and Bill to act at once (they are not part of Apply): the keyring is asked
in a worker, the client is rebuilt with the new token or the new organization billed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import Bridge, OwnedTasks
from hfi_desktop.credentials.secrets import (
    FoundToken,
    SecretStoreError,
    TokenSource,
    WhoAmIError,
    app_token_path,
    hf_token_path,
    mask,
    remove_token,
    resolve_token,
    save_token,
    whoami,
)
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.settings.tabs import note, with_message

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from hfi_desktop.ui.settings.live import LiveSettings


PERSONAL = QT_TRANSLATE_NOOP("AccountTab", "Personal account")
BILL_TO_TIP = QT_TRANSLATE_NOOP(
    "AccountTab", "Who pays for calls through Inference Providers: your account, or an "
    "organization you belong to that has a Team or Enterprise plan (X-HF-Bill-To).")


def file_fallback_note() -> str:
    return translate("AccountTab", "No system keyring works here, so the token is kept in "
                     "{path}, a file only you can read (0600).").format(path=app_token_path())


class TokenEditor(QLineEdit):
    """The field for a new token: Return saves it (``returnPressed``) and goes no further,
    not to the dialog's OK as well."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class AccountTab(QWidget):
    def __init__(self, live: LiveSettings, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self._bridge = bridge
        self._tasks = OwnedTasks("settings account")
        self._generation = 0

        self.token_label = QLabel(self)
        self.token_label.setObjectName("tokenMasked")
        self.token_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("tokenSource")
        self.source_label.setWordWrap(True)
        self.who = InlineMessage(self)
        self.who.setObjectName("whoami")
        self.storage_note = InlineMessage(self)
        self.storage_note.setObjectName("storageNote")
        self.hint = note("", self)
        self.hint.setObjectName("tokenHint")

        self.replace_button = QPushButton(translate("AccountTab", "Replace…"), self)
        self.remove_button = QPushButton(translate("AccountTab", "Remove"), self)
        self.remove_button.setToolTip(translate("AccountTab", "Forget the token saved in this app"))
        self.editor = TokenEditor(self)
        self.editor.setObjectName("tokenEditor")
        self.editor.setEchoMode(QLineEdit.EchoMode.Password)
        self.editor.setAccessibleName(translate("AccountTab", "New access token"))
        self.editor.setPlaceholderText(translate(
                "AccountTab", "hf_…  (paste a token from huggingface.co/settings/tokens)"))
        self.save_button = QPushButton(translate("AccountTab", "Save"), self)
        self.cancel_button = QPushButton(translate("AccountTab", "Cancel"), self)
        self.message = InlineMessage(self)
        self.message.setObjectName("accountMessage")
        self.bill_to = QComboBox(self)
        self.bill_to.setObjectName("billTo")
        self.bill_to.setAccessibleName(translate("AccountTab", "Bill to"))
        self.bill_to.setToolTip(translate("AccountTab", BILL_TO_TIP))
        self.bill_to_message = InlineMessage(self)
        self.bill_to_message.setObjectName("billToMessage")

        box = QGroupBox(translate("AccountTab", "Access token"), self)
        form = QFormLayout(box)
        form.addRow(translate("AccountTab", "Token:"), self.token_label)
        form.addRow(translate("AccountTab", "Source:"), self.source_label)
        form.addRow(translate("AccountTab", "Belongs to:"), self.who)
        form.addRow(translate(
                "AccountTab", "Bill to:"), with_message(self.bill_to, self.bill_to_message, box))
        form.addRow(self.storage_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.editor_row = QWidget(box)
        edit_row = QHBoxLayout(self.editor_row)
        edit_row.setContentsMargins(0, 0, 0, 0)
        edit_row.addWidget(self.editor, 1)
        edit_row.addWidget(self.save_button)
        edit_row.addWidget(self.cancel_button)
        form.addRow(self.editor_row)
        form.addRow(self.message)
        form.addRow(self.hint)
        self.editor_row.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(note(translate(
            "AccountTab", "The token is looked for in this order: saved in this app, the "
            "HF_TOKEN environment variable, the file “hf auth login” writes ({path}). It is "
            "never written to logs, history or saved results.").format(path=hf_token_path()),
            self))
        layout.addStretch(1)

        self.replace_button.clicked.connect(self.begin_replace)
        self.cancel_button.clicked.connect(self._end_replace)
        self.save_button.clicked.connect(self.save)
        self.editor.returnPressed.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.bill_to.activated.connect(self._on_bill_to_chosen)
        live.token_changed.connect(self.refresh)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        found = self._live.token
        source = found.source
        self.token_label.setText(mask(found.token) if found.token
                                 else translate("AccountTab", "No token"))
        self.source_label.setText(_source_text(source))
        self.remove_button.setEnabled(source.saved_in_app)
        if source is TokenSource.APP_FILE:
            self.storage_note.show_message(file_fallback_note(), Level.INFO)
        else:
            self.storage_note.clear_message()
        self.hint.show_message(_hint(source), Level.INFO)
        self.bill_to_message.clear_message()
        self._fill_bill_to(None)
        self._generation += 1
        if found.token:
            self._tasks.start(self._check_who(found.token, self._generation))
        else:
            self.who.show_message(translate(
                    "AccountTab", "Nobody: without a token only public models answer, "
                                  "with lower rate limits."), Level.INFO)

    async def _check_who(self, token: str, generation: int) -> None:
        self.who.show_message(translate("AccountTab", "Checking…"), Level.INFO)
        hub, trust = self._live.settings.hub_url(), self._live.trust
        timeout = self._live.settings.timeout()
        try:
            who = await self._bridge.run(lambda: whoami(hub, token, trust=trust,
                                                        timeout=timeout))
        except WhoAmIError as error:
            if generation == self._generation:
                self.who.show_message(
                    translate("AccountTab", "Could not check: {error}").format(error=error),
                    Level.ERROR)
            return
        if generation == self._generation:
            self.who.show_message(who.describe(), Level.OK)
            self._fill_bill_to(who.orgs)

    # -- bill to ---------------------------------------------------------------------------

    def _fill_bill_to(self, organizations: tuple[str, ...] | None) -> None:
        """Personal account, then the token's organizations (None: not known yet), and the
        one saved for this token even when it is not among them (said so)."""
        token = self._live.token.token
        saved = self._live.settings.bill_to(token)
        self.bill_to.blockSignals(True)
        self.bill_to.clear()
        self.bill_to.addItem(translate("AccountTab", PERSONAL), "")
        for name in organizations or ():
            self.bill_to.addItem(name, name)
        if saved and self.bill_to.findData(saved) < 0:
            self.bill_to.addItem(saved, saved)
            if organizations is not None:
                self.bill_to_message.show_message(translate(
                    "AccountTab", "You are not a member of {organization}, the Hub says: calls "
                    "billed to it will be refused.").format(organization=saved), Level.ERROR)
        self.bill_to.setCurrentIndex(max(0, self.bill_to.findData(saved or "")))
        self.bill_to.setEnabled(bool(token))
        self.bill_to.blockSignals(False)

    def _on_bill_to_chosen(self, index: int) -> None:
        organization = str(self.bill_to.itemData(index) or "")
        self._live.settings.set_bill_to(self._live.token.token, organization or None)
        self.bill_to_message.show_message(
            translate("AccountTab", "Calls through Inference Providers are billed to "
                      "{organization}.").format(organization=organization) if organization
            else translate("AccountTab", "Calls through Inference Providers are billed to "
                           "your personal account."),
            Level.OK)

    # -- replace / remove ------------------------------------------------------------------

    def begin_replace(self) -> None:
        self.message.clear_message()
        self.editor_row.show()
        self.editor.setFocus()

    def _end_replace(self) -> None:
        self.editor.clear()
        self.editor_row.hide()

    def save(self) -> None:
        token = self.editor.text().strip()
        if not token:
            self.message.show_message(translate("AccountTab", "Paste a token first."), Level.ERROR)
            return
        self._end_replace()
        self._tasks.start(self._save(token))

    async def _save(self, token: str) -> None:
        self._set_busy(True)
        try:
            result = await self._bridge.run(lambda: save_token(token))
        except SecretStoreError as error:
            await self._show_token_in_effect()
            self.message.show_message(
                translate("AccountTab", "Not saved: {error}").format(error=error), Level.ERROR)
            return
        finally:
            self._set_busy(False)
        found = await self._show_token_in_effect()
        if found.token != token:  # cannot happen after a save that said yes; never hide it
            self.message.show_message(translate(
                "AccountTab", "Saved, but the token in use is still the one {source}.").format(
                    source=describe_source(found.source)), Level.ERROR)
        elif result.source is TokenSource.APP_FILE:
            self.message.show_message(translate("AccountTab", "Saved.") + " "
                                      + result.describe(), Level.OK)
        else:
            self.message.show_message(result.describe(), Level.OK)

    async def _show_token_in_effect(self) -> FoundToken:
        """Look the token up again, and let the tab and the client use what is found."""
        found = await self._bridge.run(resolve_token)
        self._live.set_token(found)
        return found

    def remove(self) -> None:
        self._tasks.start(self._remove())

    async def _remove(self) -> None:
        self._set_busy(True)
        try:
            await self._bridge.run(remove_token)
        except SecretStoreError as error:
            await self._show_token_in_effect()
            self.message.show_message(
                translate("AccountTab", "Not removed: {error}").format(error=error), Level.ERROR)
            return
        finally:
            self._set_busy(False)
        found = await self._show_token_in_effect()
        after = ("" if found.source is TokenSource.NONE
                 else " " + translate("AccountTab", "Now using the token {source}.").format(
                     source=describe_source(found.source)))
        self.message.show_message(translate("AccountTab", "Removed from this app.") + after,
                                  Level.OK)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.replace_button, self.remove_button):
            button.setEnabled(not busy)
        if not busy:
            self.remove_button.setEnabled(self._live.token.source.saved_in_app)

    # -- tasks -----------------------------------------------------------------------------

    def cancel_tasks(self) -> None:
        self._tasks.cancel()

    def busy(self) -> bool:
        return self._tasks.busy()


#: Where the token comes from, as TokenSource.describe() says it (translated here; the
#: path of "hf auth login"'s file comes from describe()).
_SOURCES = {
    TokenSource.APP_KEYRING: QT_TRANSLATE_NOOP("AccountTab", "from the app's keyring"),
    TokenSource.APP_FILE: QT_TRANSLATE_NOOP(
        "AccountTab", "from the app's token file (readable only by you)"),
    TokenSource.ENV: QT_TRANSLATE_NOOP("AccountTab", "from HF_TOKEN"),
    TokenSource.HF_TOKEN_FILE: QT_TRANSLATE_NOOP("AccountTab", "from {path}"),
    TokenSource.NONE: QT_TRANSLATE_NOOP("AccountTab", "no token"),
}


def describe_source(source: TokenSource) -> str:
    """``source.describe()`` in the UI's language."""
    path = source.describe().removeprefix("from ")
    return translate("AccountTab", _SOURCES[source]).format(path=path)


def _source_text(source: TokenSource) -> str:
    if source is TokenSource.NONE:
        return translate("AccountTab", "None found")
    described = describe_source(source)
    return described[0].upper() + described[1:]


def _hint(source: TokenSource) -> str:
    if source is TokenSource.ENV:
        return translate("AccountTab", "Set by the HF_TOKEN environment variable: Replace "
                         "saves another one in this app, which comes first; to stop using it, "
                         "unset HF_TOKEN.")
    if source is TokenSource.HF_TOKEN_FILE:
        return translate("AccountTab", "Written by “hf auth login”: Replace saves another one "
                         "in this app, which comes first; “hf auth logout” removes that file.")
    return ""
