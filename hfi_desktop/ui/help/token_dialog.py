"""Help ▸ How to add a token: where to get one, the permission it needs, where it goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from hfi_desktop.inference.urls import PROVIDERS_PERMISSION, TOKENS_PAGE
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.help.base import HelpDialog
from hfi_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

#: The steps, with {tokens_page} and {permission} filled in when shown.
STEPS = (
    QT_TRANSLATE_NOOP("TokenHelpDialog", "Many models answer only with a Hugging Face access "
                      "token, and every call counts against its account's limits. An account "
                      "and a token are free."),
    QT_TRANSLATE_NOOP("TokenHelpDialog", "1. Sign in (or sign up) on huggingface.co and open "
                      "<a href='{tokens_page}'>Settings ▸ Access Tokens</a>."),
    QT_TRANSLATE_NOOP("TokenHelpDialog", "2. <b>Create new token</b>, type <b>Fine-grained</b>, "
                      "any name (say “hfi desktop”); under <i>Inference</i>, tick "
                      "<b>{permission}</b>. Nothing else is needed. Create it and copy it (it "
                      "starts with <tt>hf_</tt>)."),
    QT_TRANSLATE_NOOP("TokenHelpDialog", "3. In this app: <b>File ▸ Settings… ▸ Account</b>, "
                      "<b>Replace…</b>, paste the token, <b>Save</b>. It is kept in the system "
                      "keyring (or, without one, in a file only you can read), never in logs, "
                      "history or saved results."),
    QT_TRANSLATE_NOOP("TokenHelpDialog", "A token in the HF_TOKEN environment variable, or "
                      "saved by “hf auth login”, is found too."),
)


class TokenHelpDialog(HelpDialog):
    def __init__(self, open_token_settings: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("TokenHelpDialog", "How to add a token"), parent)
        self.setObjectName("TokenHelpDialog")
        for step in STEPS:
            self.add_text(translate("TokenHelpDialog", step).format(
                tokens_page=TOKENS_PAGE, permission=PROVIDERS_PERMISSION))
        self.tokens_page_button = self.add_button(
            translate("TokenHelpDialog", "Open the tokens page \u2197"),
            lambda: QDesktopServices.openUrl(QUrl(TOKENS_PAGE)))
        self.settings_button = self.add_button(
            translate("TokenHelpDialog", "Open Settings ▸ Account"), open_token_settings)
        self.settings_button.setDefault(True)
        self.fit(560)
