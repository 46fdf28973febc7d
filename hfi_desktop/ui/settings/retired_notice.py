"""Once at start-up: an Inference API saved on the retired 2023 host
(api-inference.huggingface.co, 410 Gone) is offered the switch to the router, in a notice
across the main window (non-modal; "Switch to the router" makes it, the client follows)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.notice import NoticeBar
from hfi_desktop.ui.settings.connection import SWITCH_TEXT, retired_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.storage.settings import Settings


@runtime_checkable
class NoticeHost(Protocol):
    """The main window, as the notice sees it."""

    def add_notice(self, notice: QWidget) -> None: ...


class RouterSwitchNotice(NoticeBar):
    """The retired host named, with "Switch to the router"; hides once the Inference API is
    not on the retired host any more (switched here or in Settings)."""

    def __init__(self, settings: Settings, report: Callable[[str], object]) -> None:
        super().__init__(retired_text(), None,
                         name=translate("ConnectionTab", "Retired Inference API"))
        self._settings = settings
        self._report = report
        self.switch_button = self.add_action(
            translate("ConnectionTab", SWITCH_TEXT), self.switch,
            tip=translate("RouterSwitchNotice", "Call hf-inference below the router from now on"))
        settings.service.changed.connect(self._follow)  # a method: gone with the notice

    def switch(self) -> None:
        self._settings.switch_to_router()
        self._report(translate("RouterSwitchNotice",
                               "Switched to the router: the Inference API is {url}.").format(
                                   url=self._settings.base_url()))

    def _follow(self, _changed: frozenset[str]) -> None:
        if not self._settings.base_url_is_retired():
            self.hide()


def offer_router_switch(window: NoticeHost, settings: Settings,
                        report: Callable[[str], object]) -> RouterSwitchNotice | None:
    """The notice, if the Inference API in effect is on the retired host (None if not).
    ``report``: where to say what was done (the status bar)."""
    if not settings.base_url_is_retired():
        return None
    notice = RouterSwitchNotice(settings, report)
    window.add_notice(notice)
    return notice
