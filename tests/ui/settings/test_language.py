"""Settings ▸ Appearance ▸ Language: chosen there, used from the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hfi_desktop.storage.settings import Language
from hfi_desktop.ui.i18n import install_translations
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.settings import LiveSettings
from hfi_desktop.ui.settings.tabs import AppearanceTab

from .conftest import hooks


def test_the_language_chosen_in_the_settings_is_the_next_start_s(
        app_window: MainWindow, live: LiveSettings, qtbot: QtBot, qapp: QApplication) -> None:
    dialog = hooks(app_window).open_dialog()
    dialog.tabs.setCurrentWidget(dialog.appearance)
    combo = dialog.appearance.language
    assert combo.currentText() == "System"
    assert "next time the app starts" in dialog.appearance.language_note.text()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last one: 简体中文
    assert combo.currentText() == "简体中文"
    assert app_window.menuBar().actions()[0].text() == "&File", "applies at the next start"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert live.settings.language() is Language.SIMPLIFIED_CHINESE

    installed = install_translations(qapp, live.settings.language())  # as main() does
    try:
        tab = AppearanceTab()
        qtbot.addWidget(tab)
        assert tab.language.itemText(0) == "跟随系统"
        assert tab.language.itemText(2) == "简体中文"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
