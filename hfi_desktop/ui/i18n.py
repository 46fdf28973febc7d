"""The user interface's language: Qt translators for the app's strings and for Qt's own
(standard dialogs, context menus), installed before any widget is built.

The language follows the system locale unless Settings ▸ Appearance ▸ Language names one;
a change applies at the next start (built widgets keep their texts). English is the source
language: it needs no translator. The app's translations are ``resources/i18n/
hfi_desktop_<locale>.qm`` (made by ``python -m hfi_desktop.ui.i18n_build``); Qt's are
``qtbase_<locale>.qm`` from PySide6's translations folder, installed only with the app's, so
that the window speaks one language.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hfi_desktop.resources import resource_path
from hfi_desktop.storage.settings import Language
from hfi_desktop.translatable import CATALOG_CONTEXT, ERROR_CONTEXT, Text

if TYPE_CHECKING:
    from hfi_desktop.catalog import FormError

APP_CATALOG = "hfi_desktop"
QT_CATALOG = "qtbase"

log = logging.getLogger(__name__)


def ui_locale(language: Language, system: QLocale | None = None) -> QLocale:
    """The locale whose translations the UI uses (``system``: the system's, by default)."""
    if language is Language.SYSTEM:
        return system if system is not None else QLocale.system()
    return QLocale(language.value)


def install_translations(app: QCoreApplication, language: Language,
                         system: QLocale | None = None) -> list[QTranslator]:
    """Install the translators of ``language`` on ``app``; the installed ones (none for
    English, or a language the app is not translated to)."""
    locale = ui_locale(language, system)
    own = QTranslator(app)
    if not own.load(locale, APP_CATALOG, "_", str(resource_path("i18n"))):
        own.deleteLater()
        return []
    installed = [own]
    qt = QTranslator(app)
    if qt.load(locale, QT_CATALOG, "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    else:  # the app's strings are translated all the same
        log.warning("no Qt translations for %s: standard dialogs stay in English",
                    locale.name())
        qt.deleteLater()
    for translator in installed:
        app.installTranslator(translator)
    log.info("user interface in %s", own.language())
    return installed



#: ``translate("Context", "text")``: the UI's strings (lupdate finds them by this name too).
translate = QCoreApplication.translate



def seconds_text(seconds: float, decimals: int = 1) -> str:
    """A duration as the UI writes it: "2.35 s", "2.35 秒" (``decimals`` after the point)."""
    return translate("Durations", "{seconds} s").format(seconds=f"{seconds:.{decimals}f}")


def catalog_text(text: str) -> str:
    """A string of the task catalog, translated."""
    return translate(CATALOG_CONTEXT, text) if text else text


def form_error_text(error: FormError) -> str:
    """What a form error says, in the UI's language (its field's label, then the problem)."""
    if not error.problem:  # not built from a marked template: as it was written
        return error.message
    problem = translate("FormError", error.problem).format(**error.values)
    return f"{catalog_text(error.label)}: {problem}"


def kept_error_title(title: str) -> str:
    """An error's title read back from the history or a file (kept in English), in the UI's
    language when it is one of the app's (present/error_messages; a title made with values,
    or another, stays as kept; a Text is shown as such)."""
    if isinstance(title, Text):
        return shown(title)
    return translate(ERROR_CONTEXT, title) if title else title


def said(error: BaseException) -> str:
    """What ``error`` says: the Text it was raised with, if so (for ``shown``; ``str(error)``
    would be its English), else its text."""
    text = error.args[0] if len(error.args) == 1 else None
    return text if isinstance(text, Text) else str(error)


def shown(text: str) -> str:
    """``text`` in the UI's language: a Text made below the UI translated (its values too), any
    other string as it is."""
    if not isinstance(text, Text):
        return text
    template = translate(text.context, text.template) if text.context else text.template
    if not text.values:
        return template
    return template.format(**{name: shown(value) if isinstance(value, str) else value
                              for name, value in text.values.items()})
