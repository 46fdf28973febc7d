"""Help ▸ About: the app's version, Qt's and PySide6's, the licences, links."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import qVersion

from hfi_desktop import __version__
from hfi_desktop.inference.urls import DEFAULT_HUB_URL
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.help.base import HelpDialog
from hfi_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

APP_TITLE = "Hugging Face Inference"
LINKS = (
    ("Hugging Face", DEFAULT_HUB_URL),
    (QT_TRANSLATE_NOOP("AboutDialog", "Inference Providers documentation"),
     f"{DEFAULT_HUB_URL}/docs/inference-providers"),
    ("Qt for Python", "https://doc.qt.io/qtforpython-6/"),
)


def versions() -> dict[str, str]:
    return {"hfi_desktop": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__,
            "Python": platform.python_version()}


class AboutDialog(HelpDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AboutDialog", "About {app}").format(app=APP_TITLE), parent)
        self.setObjectName("AboutDialog")
        self.add_text(f"<b style='font-size:14pt'>{APP_TITLE}</b> {__version__}<br>"
                      + translate("AboutDialog", "Try Hugging Face models on your own inputs, "
                                  "compare them side by side, save the results."))
        self.versions = self.add_text("<br>".join(f"{name} {version}"
                                                  for name, version in versions().items()))
        self.add_text(translate("AboutDialog", "The app's own licence is not declared yet. Qt "
                                "and Qt for Python (PySide6) are used under the GNU LGPL v3."))
        self.add_text(" · ".join(f"<a href='{url}'>{translate('AboutDialog', name)}</a>"
                                 for name, url in LINKS))
        self.fit(480)
