"""The settings dialog: opened from File ▸ Settings…, validated inline, applied live."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from hfi_desktop.media import MediaError
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import NamedEndpoint, Theme
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.menus import menu
from hfi_desktop.ui.settings import LiveSettings, SettingsDialog
from hfi_desktop.ui.settings.endpoints import NAME, TRUSTED, URL
from tests.support.fake_api import FakeInferenceAPI, Stream
from tests.support.qt_async import RunAsync, wait_until

from ..pages import run_page
from .conftest import hooks

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"


def open_dialog(window: MainWindow) -> SettingsDialog:
    return hooks(window).open_dialog()


def test_file_settings_opens_the_dialog_without_blocking(app_window: MainWindow) -> None:
    file_menu = menu(app_window, "&File")
    action = next(a for a in file_menu.actions() if a.text() == "Settings…")
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    action.trigger()  # returns at once: open(), not exec()
    dialog = hooks(app_window).dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Account", "Connection", "Defaults", "History", "Appearance", "Endpoints",
        "Local servers"]
    dialog.reject()
    assert not dialog.isVisible()


def test_the_fields_show_the_saved_values_and_env_defaults(
        app_window: MainWindow, live: LiveSettings, fake_api: FakeInferenceAPI,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(app_window)
    assert dialog.connection.base_url.text() == fake_api.url
    assert dialog.connection.read_timeout.value() == 10.0
    dialog.reject()
    monkeypatch.setenv("HF_INFERENCE_ENDPOINT", "http://tgi.local:8080")
    fresh = SettingsDialog(live, hooks(app_window).bridge, app_window)
    assert fresh.connection.base_url.placeholderText() == (
        "http://tgi.local:8080 (from HF_INFERENCE_ENDPOINT)")
    assert fresh.connection.hub_url.placeholderText().endswith("(default)")
    fresh.deleteLater()


def test_a_bad_url_is_shown_inline_and_nothing_is_written(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings, fake_api: FakeInferenceAPI
) -> None:
    dialog = open_dialog(app_window)
    dialog.tabs.setCurrentWidget(dialog.defaults)
    dialog.connection.base_url.clear()
    qtbot.keyClicks(dialog.connection.base_url, "ftp://nope")
    assert "https://" in dialog.connection.base_url_message.message()  # as it is typed
    dialog.defaults.wait_for_model.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()  # not accepted
    assert dialog.tabs.currentWidget() is dialog.connection
    assert dialog.connection.base_url_message.isVisible()
    assert live.settings.base_url() == fake_api.url
    assert live.settings.default_options().wait_for_model is False  # nothing at all
    dialog.reject()


def test_cancel_forgets_the_edits(app_window: MainWindow, live: LiveSettings) -> None:
    dialog = open_dialog(app_window)
    dialog.history.enabled.setChecked(False)
    assert dialog.apply_button.isEnabled()
    dialog.reject()
    assert live.settings.history_enabled()
    dialog = open_dialog(app_window)
    assert dialog.history.enabled.isChecked()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()


def test_ok_writes_every_tab_in_one_change(app_window: MainWindow, live: LiveSettings) -> None:
    seen: list[frozenset[str]] = []
    live.settings.service.changed.connect(seen.append)
    dialog = open_dialog(app_window)
    dialog.connection.connect_timeout.setValue(4.0)
    dialog.connection.call_deadline.setValue(900.0)
    dialog.connection.stream_idle.setValue(45.0)
    dialog.defaults.use_cache.setChecked(False)
    dialog.defaults.max_input.setValue(64)
    dialog.history.keep_inputs.setChecked(False)
    dialog.history.max_store.setValue(1200)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert seen == [frozenset({keys.CONNECT_TIMEOUT, keys.CALL_DEADLINE, keys.STREAM_IDLE,
                               keys.USE_CACHE, keys.MAX_INPUT_MB,
                               keys.HISTORY_KEEP_INPUTS, keys.HISTORY_MAX_STORE_MB})]
    s = live.settings
    assert s.timeout() == (4.0, 10.0)
    assert s.deadlines() == (900.0, 45.0)
    assert not s.history_keep_inputs() and s.history_max_store_mb() == 1200
    assert s.max_input_bytes() == 64 * 1024 * 1024


def test_a_new_client_for_new_calls_the_old_one_for_calls_in_flight(
        app_window: MainWindow, live: LiveSettings, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    live.trust.allow(live.settings.get(keys.BASE_URL))
    live.trust.allow(live.settings.get(keys.BASE_URL).replace("127.0.0.1", "localhost"))
    slow = Stream([b'[[{"label": "POSITIVE",', b' "score": 0.9}]]'], delay_s=0.6,
                  content_type="application/json")
    fake_api.program(SST2_PATH, slow, times=1)
    page = app_window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you")
    before = app_window.pages["text-classification"]._services.client()

    async def scenario() -> str:
        run = asyncio.ensure_future(run_page(page))
        await wait_until(lambda: fake_api.requests_to(SST2_PATH), timeout=5)
        dialog = open_dialog(app_window)
        dialog.connection.base_url.setText(fake_api.url.replace("127.0.0.1", "localhost"))
        assert dialog.apply()
        dialog.accept()
        return await run

    assert run_async(scenario()) == "done"
    after = live.client()
    assert after is not before
    assert after.base_url.startswith("http://localhost:")
    assert run_async(run_page(page)) == "done"
    hosts = [r.header("host") or "" for r in fake_api.requests_to(SST2_PATH)]
    assert hosts[0].startswith("127.0.0.1") and hosts[1].startswith("localhost")


def test_theme_applies_live(app_window: MainWindow, live: LiveSettings) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    dialog = open_dialog(app_window)
    dialog.tabs.setCurrentWidget(dialog.appearance)
    dialog.appearance.buttons[Theme.DARK].setChecked(True)
    assert dialog.apply()
    assert app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    assert app.style().name().lower() == "fusion"
    dialog.appearance.buttons[Theme.LIGHT].setChecked(True)
    assert dialog.apply()
    assert app.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.7
    dialog.appearance.buttons[Theme.SYSTEM].setChecked(True)
    assert dialog.apply()
    assert app.palette().color(QPalette.ColorRole.Window) == window_colour
    dialog.reject()


def test_the_system_theme_follows_the_systems_colour_scheme(
        app_window: MainWindow, live: LiveSettings) -> None:
    """Theme "System" (the default) goes dark and light with the system's colour scheme
    (QStyleHints.colorSchemeChanged: offscreen Qt cannot change it, so it is emitted as the
    platform would); a theme chosen in the settings stays as chosen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()

    def window_lightness() -> float:
        return app.palette().color(QPalette.ColorRole.Window).lightnessF()

    assert live.settings.theme() is Theme.SYSTEM and window_lightness() > 0.5
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_lightness() < 0.3
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_lightness() > 0.5
    live.settings.set(keys.THEME, Theme.LIGHT)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_lightness() > 0.7  # the settings' choice wins


def _ink(pixmap: QPixmap) -> QColor:
    """The colour an icon is drawn in: its most opaque pixel's."""
    image = pixmap.toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width())
              for y in range(image.height()))
    return max(pixels, key=lambda colour: colour.alpha())


def _close(colour: QColor, wanted: QColor) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3],
                                               strict=True))


def test_the_task_icons_take_the_text_colour_of_the_system_s_scheme(
        app_window: MainWindow, live: LiveSettings, qtbot: QtBot) -> None:
    """The task icons (the sidebar's, a page's header) are drawn in the palette's text
    colour, again when the system goes dark or light (they were a fixed grey: dim on dark)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = app_window.show_task("text-classification")
    header = min((label for label in page.findChildren(QLabel)
                  if label.isVisible() and label.pixmap().width() == 32),  # the task's icon
                 key=lambda label: label.mapTo(page, QPoint(0, 0)).y())
    sidebar = app_window.sidebar.tree
    row = sidebar.model().index(0, 0)  # the chat, pinned first

    def inks() -> tuple[QColor, QColor]:
        icon = row.data(Qt.ItemDataRole.DecorationRole)
        return _ink(icon.pixmap(32, 32)), _ink(header.pixmap())

    for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
        app.styleHints().colorSchemeChanged.emit(scheme)
        text = app.palette().color(QPalette.ColorRole.Text)

        def drawn_in_it(scheme: Qt.ColorScheme = scheme, text: QColor = text) -> None:
            found = inks()
            assert all(_close(ink, text) for ink in found), (
                scheme, [ink.name() for ink in found], text.name())

        qtbot.waitUntil(drawn_in_it, timeout=5000)  # the widgets hear of it through events


def test_the_input_size_limit_applies_to_the_next_file(
        app_window: MainWindow, live: LiveSettings, tmp_path: Path, run_async: RunAsync) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(b"\x00" * (1536 * 1024))
    load = app_window.page("image-classification")._services.loaders.image
    assert load is not None
    live.settings.set(keys.MAX_INPUT_MB, 1.0)

    async def problem() -> str:
        try:
            await load(str(big), "big.png")
        except MediaError as error:
            return str(error)
        return ""

    assert run_async(problem()) == "big.png is 1.5 MB; the limit is 1 MB (Settings)."
    live.settings.set(keys.MAX_INPUT_MB, 2.0)
    message = run_async(problem())
    assert message and "the limit" not in message  # now: not an image


def test_pages_take_the_default_options(app_window: MainWindow, live: LiveSettings) -> None:
    untouched = app_window.show_task("text-classification")
    changed = app_window.show_task("fill-mask")
    changed.options.boxes["use_cache"].setChecked(False)
    dialog = open_dialog(app_window)
    dialog.defaults.wait_for_model.setChecked(True)
    assert dialog.apply()
    dialog.accept()
    assert untouched.options.boxes["wait_for_model"].isChecked()
    assert not changed.options.boxes["wait_for_model"].isChecked()  # the user's choice stays
    fresh = app_window.show_task("summarization")
    assert fresh.options.boxes["wait_for_model"].isChecked()
    assert fresh.options.boxes["use_cache"].isChecked()


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def test_endpoints_tab(app_window: MainWindow, live: LiveSettings) -> None:
    dialog = open_dialog(app_window)
    tab = dialog.endpoints
    dialog.tabs.setCurrentWidget(tab)
    row = tab.add_row(edit=False)
    cell(tab.table, row, NAME).setText("my tgi")
    cell(tab.table, row, URL).setText("nope")
    assert not dialog.apply()
    assert dialog.tabs.currentWidget() is tab
    assert "https://" in tab.message.message()
    cell(tab.table, row, URL).setText("https://tgi.example.com/generate")
    cell(tab.table, row, TRUSTED).setCheckState(Qt.CheckState.Checked)
    assert cell(tab.table, row, TRUSTED).text() == "Yes"
    assert dialog.apply()
    assert live.settings.endpoints() == [
        NamedEndpoint("my tgi", "https://tgi.example.com/generate", True)]
    assert live.trust.allows("https://tgi.example.com/other")  # trust follows at once
    tab.table.selectRow(row)
    tab.remove_selected()
    assert dialog.apply()
    assert live.settings.endpoints() == []
    assert not live.trust.allows("https://tgi.example.com/other")
    dialog.reject()


def test_allowed_servers_are_listed_and_can_be_taken_back(app_window: MainWindow,
                                                          live: LiveSettings) -> None:
    live.trust.allow("https://tgi.example.com:8443/generate")
    live.trust.allow("http://127.0.0.1:8080/x")
    dialog = open_dialog(app_window)
    origins = dialog.endpoints.origins
    assert [origins.item(i).text() for i in range(origins.count())] == [
        "https://tgi.example.com:8443", "http://127.0.0.1:8080"]
    origins.item(0).setSelected(True)
    QTest.mouseClick(dialog.endpoints.remove_origin_button, Qt.MouseButton.LeftButton)
    assert dialog.apply()
    assert live.settings.trusted_origins() == ["http://127.0.0.1:8080"]
    assert not live.trust.allows("https://tgi.example.com:8443/x")
    assert live.trust.allows("http://127.0.0.1:8080/x")
    assert not live.trust.allows("http://127.0.0.1:8081/x")
    dialog.reject()


def test_changes_made_elsewhere_show_in_the_open_dialog(app_window: MainWindow,
                                                        live: LiveSettings) -> None:
    dialog = open_dialog(app_window)
    live.settings.set_endpoints([NamedEndpoint("added", "https://added.example.com")])
    assert dialog.endpoints.endpoints() == [NamedEndpoint("added", "https://added.example.com")]
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
