"""Help ▸ How to add a token: where to get one, the permission it needs, where it goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from hfi_desktop.inference.urls import PROVIDERS_PERMISSION, TOKENS_PAGE
from hfi_desktop.ui.help.base import HelpDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

STEPS = (
    "Many models answer only with a Hugging Face access token, and every call counts "
    "against its account's limits. An account and a token are free.",
    f"1. Sign in (or sign up) on huggingface.co and open <a href='{TOKENS_PAGE}'>Settings "
    "▸ Access Tokens</a>.",
    "2. <b>Create new token</b>, type <b>Fine-grained</b>, any name (say “hfi desktop”); "
    f"under <i>Inference</i>, tick <b>{PROVIDERS_PERMISSION}</b>. Nothing else is needed. "
    "Create it and copy it (it starts with <tt>hf_</tt>).",
    "3. In this app: <b>File ▸ Settings… ▸ Account</b>, <b>Replace…</b>, paste the token, "
    "<b>Save</b>. It is kept in the system keyring (or, without one, in a file only you "
    "can read), never in logs, history or saved results.",
    "A token in the HF_TOKEN environment variable, or saved by “hf auth login”, is found "
    "too.",
)


class TokenHelpDialog(HelpDialog):
    def __init__(self, open_token_settings: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__("How to add a token", parent)
        self.setObjectName("TokenHelpDialog")
        for step in STEPS:
            self.add_text(step)
        self.tokens_page_button = self.add_button(
            "Open the tokens page \u2197",
            lambda: QDesktopServices.openUrl(QUrl(TOKENS_PAGE)))
        self.settings_button = self.add_button("Open Settings ▸ Account", open_token_settings)
        self.settings_button.setDefault(True)
        self.fit(560)
