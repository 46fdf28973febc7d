"""The notice of a legacy task's page: the 2023 ``conversational`` task stays for old
endpoints (TGI deployments that still take ``past_user_inputs``), and sends chat to the Chat
page with one click (where the window has one)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.notice import NoticeBar

if TYPE_CHECKING:
    from hfi_desktop.ui.page_api import PageApi

#: A legacy task's id → the page that replaces it.
LEGACY_TASKS = {"conversational": "chat"}
LEGACY_TEXT = QT_TRANSLATE_NOOP(
    "LegacyNotice", "<b>Legacy: for old endpoints; for chat use the Chat page.</b> This page "
    "sends the 2023 conversation inputs (past_user_inputs), which only old deployments of "
    "your own (TGI servers) still take; no Inference Provider does.")
OPEN_CHAT = QT_TRANSLATE_NOOP("LegacyNotice", "Open the Chat page")


class Navigator(Protocol):
    """What the notice needs of the main window: to show another task's page."""

    def has_task(self, task_id: str) -> bool: ...
    def show_task(self, task_id: str) -> object: ...


def install_legacy_notice(page: PageApi, window: Navigator) -> NoticeBar | None:
    """Put the legacy notice on ``page`` if its task is legacy (None if not): its button
    opens the page that replaces it, and is left out when the window has no such page."""
    replacement = LEGACY_TASKS.get(page.spec.id)
    if replacement is None:
        return None
    notice = NoticeBar(translate("LegacyNotice", LEGACY_TEXT), page.as_widget(),
                       name=translate("LegacyNotice", "Legacy task"), closable=False)
    if window.has_task(replacement):
        notice.add_action(translate("LegacyNotice", OPEN_CHAT),
                          lambda: window.show_task(replacement),
                          tip=translate("LegacyNotice",
                                        "Chat with today's models (chat completion)"))
    page.notices.addWidget(notice)
    return notice
