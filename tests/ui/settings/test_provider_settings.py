"""Settings for today's Hugging Face: the router URL, the Hub or a mirror of it, the default
provider policy, who is billed (the organizations whoami lists, per token), and the switch
from the retired api-inference.huggingface.co to the router — typed, chosen and clicked as
a user does, applied live."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from hfi_desktop.credentials.secrets import FoundToken, TokenSource
from hfi_desktop.storage import settings as keys
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.notice import NoticeBar
from hfi_desktop.ui.settings import LiveSettings, SettingsDialog
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.qt_async import RunAsync, wait_until

from ..pages import run_page
from .conftest import TOKEN, MakeAppWindow, hooks

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"
RETIRED = "https://api-inference.huggingface.co"
WHOAMI = {"type": "user", "name": "julien", "orgs": [{"name": "huggingface"},
                                                     {"name": "acme-research"}]}
OTHER_TOKEN = "hf_another_token_of_the_user_987"


def open_dialog(window: MainWindow) -> SettingsDialog:
    return hooks(window).open_dialog()


async def open_on_loop(window: MainWindow) -> SettingsDialog:
    """Open the dialog while the loop runs (as File ▸ Settings… does: whoami starts)."""
    return open_dialog(window)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def click_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


# -- the router ------------------------------------------------------------------------------

def test_the_router_url_applies_live_and_the_api_follows(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings) -> None:
    live.settings.set(keys.BASE_URL, "")  # the default: hf-inference below the router
    dialog = open_dialog(app_window)
    connection = dialog.connection
    assert connection.router_url.placeholderText() == "https://router.huggingface.co (default)"
    retype(qtbot, connection.router_url, "https://router.example.com")
    assert connection.base_url.placeholderText() == (
        "https://router.example.com/hf-inference (default)")
    assert connection.router_url_message.message() == (
        "router.example.com is not a Hugging Face host: the app will ask before sending your "
        "token there.")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    client = live.client()
    assert client.router_url == "https://router.example.com"
    assert client.base_url == "https://router.example.com/hf-inference"


def test_hf_router_url_is_the_default_shown(app_window: MainWindow, live: LiveSettings,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ROUTER_URL", "https://router.corp.example")
    fresh = SettingsDialog(live, hooks(app_window).bridge, app_window)
    assert fresh.connection.router_url.placeholderText() == (
        "https://router.corp.example (from HF_ROUTER_URL)")
    assert live.settings.router_url() == "https://router.corp.example"
    fresh.deleteLater()


def test_a_bad_router_url_is_refused_with_what_is_wrong(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings) -> None:
    dialog = open_dialog(app_window)
    connection = dialog.connection
    for typed, message in (
            ("router.huggingface.co", "expected a URL starting with https:// (or http://)"),
            ("https://router.example.com/?org=1",
             "a base URL cannot have a query (?…) or a fragment (#…)"),
            (RETIRED, "api-inference.huggingface.co is retired (it answers 410 Gone): the "
                      "router is https://router.huggingface.co")):
        retype(qtbot, connection.router_url, typed)
        assert connection.router_url_message.message() == message  # as it is typed
        dialog.tabs.setCurrentWidget(dialog.defaults)
        click_ok(qtbot, dialog)
        assert dialog.isVisible()  # refused
        assert dialog.tabs.currentWidget() is connection
        assert connection.router_url_message.message() == message
    assert live.settings.router_url() == "https://router.huggingface.co"
    dialog.reject()


# -- the Hub or a mirror ---------------------------------------------------------------------

def test_a_hub_mirror_serves_look_ups_without_the_token(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings,
        fake_api: FakeInferenceAPI) -> None:
    mirror = fake_api.url.replace("127.0.0.1", "localhost")  # a host nobody trusted
    fake_api.program("/api/models/google/gemma-3-27b-it", respond_json({
        "id": "google/gemma-3-27b-it", "inferenceProviderMapping": {"scaleway": {
            "status": "live", "providerId": "gemma-3-27b-it", "task": "conversational"}}}))
    dialog = open_dialog(app_window)
    retype(qtbot, dialog.connection.hub_url, mirror)
    assert dialog.connection.hub_url_message.message() == (
        "localhost is not a Hugging Face host: Hub look-ups and searches go there without "
        "your token, unless you trust it (Endpoints).")
    click_ok(qtbot, dialog)
    client = live.client()
    assert client.hub_url == mirror
    (entry,) = client.provider_mapping("google/gemma-3-27b-it")
    assert entry.provider == "scaleway"
    (looked_up,) = fake_api.requests_to("/api/models/google/gemma-3-27b-it")
    assert (looked_up.header("host") or "").startswith("localhost")
    assert looked_up.header("authorization") is None


# -- the default provider ----------------------------------------------------------------------

def test_the_default_provider_policy_is_chosen_and_kept(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings) -> None:
    dialog = open_dialog(app_window)
    dialog.tabs.setCurrentWidget(dialog.defaults)
    combo = dialog.defaults.provider_policy
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Auto (fastest)", "Cheapest", "Preferred (your order on huggingface.co)"]
    assert combo.currentText() == "Auto (fastest)"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert live.settings.default_provider_policy() == "cheapest"
    dialog.reject()
    assert open_dialog(app_window).defaults.provider_policy.currentText() == "Cheapest"


# -- bill to -------------------------------------------------------------------------------------

def test_bill_to_lists_the_organizations_and_bills_the_one_chosen(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings, fake_api: FakeInferenceAPI,
        run_async: RunAsync, tmp_path: Path) -> None:
    live.trust.allow(live.settings.get(keys.BASE_URL))
    fake_api.program("/api/whoami-v2", respond_json(WHOAMI))
    live.settings.set(keys.ROUTER_URL, fake_api.url)  # the fake server plays the router
    account = run_async(open_on_loop(app_window)).account
    combo = account.bill_to

    def items() -> list[str]:
        return [combo.itemText(i) for i in range(combo.count())]

    run_async(wait_until(lambda: combo.count() == 3, timeout=10))
    assert items() == ["Personal account", "huggingface", "acme-research"]
    assert combo.isEnabled() and combo.currentText() == "Personal account"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "acme-research"
    assert account.bill_to_message.message() == (
        "Calls through Inference Providers are billed to acme-research.")
    assert live.settings.bill_to(TOKEN) == "acme-research"
    page = app_window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you")
    assert run_async(run_page(page)) == "done"
    (sent,) = fake_api.requests_to(SST2_PATH)
    assert sent.header("x-hf-bill-to") == "acme-research"
    live.settings.qsettings.sync()
    assert TOKEN not in Path(live.settings.qsettings.fileName()).read_text()

    # Another token: its own choice (none yet); back to the first: acme-research again.
    live.set_token(FoundToken(OTHER_TOKEN, TokenSource.ENV))
    assert combo.currentText() == "Personal account"
    assert live.client()._bill_to is None
    live.set_token(FoundToken(TOKEN, TokenSource.ENV))
    assert combo.currentText() == "acme-research"
    assert live.client()._bill_to == "acme-research"


def test_bill_to_an_organization_one_left_says_so(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    live.trust.allow(live.settings.get(keys.BASE_URL))
    live.settings.set_bill_to(TOKEN, "old-team")
    fake_api.program("/api/whoami-v2", respond_json(WHOAMI))
    account = run_async(open_on_loop(app_window)).account
    run_async(wait_until(lambda: account.bill_to.count() == 4, timeout=10))
    assert account.bill_to.currentText() == "old-team"
    assert account.bill_to_message.message() == (
        "You are not a member of old-team, the Hub says: calls billed to it will be refused.")


def test_without_a_token_nobody_is_billed(app_window: MainWindow, live: LiveSettings) -> None:
    live.set_token(FoundToken("", TokenSource.NONE))
    combo = open_dialog(app_window).account.bill_to
    assert not combo.isEnabled() and combo.currentText() == "Personal account"


# -- the retired host ----------------------------------------------------------------------------

def test_settings_offer_the_switch_from_the_retired_host(
        qtbot: QtBot, app_window: MainWindow, live: LiveSettings) -> None:
    live.settings.set(keys.BASE_URL, RETIRED)
    dialog = open_dialog(app_window)
    connection = dialog.connection
    dialog.tabs.setCurrentWidget(connection)
    assert connection.retired.isVisible()
    assert "api-inference.huggingface.co is retired" in connection.retired.label.text()
    qtbot.mouseClick(connection.switch_button, Qt.MouseButton.LeftButton)
    assert live.settings.get(keys.BASE_URL) == ""  # done at once
    assert live.client().base_url == "https://router.huggingface.co/hf-inference"
    assert not connection.retired.isVisible()
    assert connection.base_url.text() == ""
    assert connection.base_url_message.message() == (
        "Switched: the Inference API is https://router.huggingface.co/hf-inference.")
    assert not dialog.apply_button.isEnabled()
    retype(qtbot, connection.base_url, RETIRED + "/")  # typed again: offered again
    assert connection.retired.isVisible()
    dialog.reject()


@pytest.fixture
def retired_window(make_app_window: MakeAppWindow, live: LiveSettings) -> MainWindow:
    """The main window at start-up, the Inference API saved on the retired host."""
    live.settings.set(keys.BASE_URL, RETIRED)
    return make_app_window()


def test_start_up_offers_the_switch_to_the_router(
        qtbot: QtBot, retired_window: MainWindow, live: LiveSettings) -> None:
    notice = hooks(retired_window).retired_notice
    assert notice is not None and notice.isVisible()
    assert notice.window() is retired_window  # in the window, not a dialog
    assert not QApplication.activeModalWidget()
    assert "api-inference.huggingface.co is retired" in notice.label.text()
    qtbot.mouseClick(notice.switch_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert live.settings.get(keys.BASE_URL) == ""
    assert live.client().base_url == "https://router.huggingface.co/hf-inference"
    assert retired_window.statusBar().currentMessage() == (
        "Switched to the router: the Inference API is "
        "https://router.huggingface.co/hf-inference.")


def test_the_start_up_notice_can_be_closed_and_follows_settings(
        qtbot: QtBot, retired_window: MainWindow, live: LiveSettings) -> None:
    notice = hooks(retired_window).retired_notice
    assert notice is not None and notice.close_button is not None
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert live.settings.base_url_is_retired()  # closed: nothing changed
    notice.show()
    dialog = open_dialog(retired_window)
    qtbot.mouseClick(dialog.connection.switch_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()  # switched in Settings: the notice goes too
    dialog.reject()


def test_no_start_up_notice_when_the_api_is_fine(app_window: MainWindow) -> None:
    assert hooks(app_window).retired_notice is None
    assert app_window.findChildren(NoticeBar) == []
