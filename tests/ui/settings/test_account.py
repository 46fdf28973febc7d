"""The Account tab: where the token came from, who it belongs to, Replace… and Remove."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.credentials.secrets import TokenSource, save_token
from hfi_desktop.storage import settings as keys
from hfi_desktop.ui.settings import LiveSettings, SettingsDialog
from hfi_desktop.ui.settings.account import AccountTab
from tests.credentials.keyrings import BrokenKeyring, MemoryKeyring, RefusingKeyring, UseKeyring
from tests.support.fake_api import FakeInferenceAPI, respond_error, respond_json
from tests.support.qt_async import RunAsync, wait_until

from .conftest import MakeLive

WHOAMI = {"type": "user", "name": "julien", "fullname": "Julien C",
          "orgs": [{"name": "huggingface"}],
          "auth": {"accessToken": {"displayName": "laptop", "role": "read"}}}
T = TypeVar("T")
APP_TOKEN = "hf_account_tab_app_token_42"
ENV_TOKEN = "hf_account_tab_env_token_43"
CLI_TOKEN = "hf_account_tab_cli_token_44"


@pytest.fixture
def whoami_ok(fake_api: FakeInferenceAPI) -> FakeInferenceAPI:
    fake_api.program("/api/whoami-v2", respond_json(WHOAMI))
    return fake_api


def make_tab(qtbot: QtBot, live: LiveSettings, bridge: Bridge) -> AccountTab:
    live.trust.allow(live.settings.get(keys.BASE_URL))  # the fake Hub may see the token
    tab = AccountTab(live, bridge)
    qtbot.addWidget(tab)
    return tab


def shown_text(tab: AccountTab) -> str:
    return "\n".join(w.text() for w in tab.findChildren(QLabel))


async def settled(tab: AccountTab) -> None:
    await wait_until(lambda: not tab.busy() and tab.who.message() != "Checking…")


async def on_loop(action: Callable[[], T]) -> T:
    """Run ``action`` while the loop runs (as slots do in the app: they start tasks)."""
    return action()


def test_from_the_app_keyring(qtbot: QtBot, make_live: MakeLive, bridge: Bridge,
                              use_keyring: UseKeyring, whoami_ok: FakeInferenceAPI,
                              run_async: RunAsync) -> None:
    use_keyring(MemoryKeyring())
    save_token(APP_TOKEN)
    tab = run_async(on_loop(lambda: make_tab(qtbot, make_live(token=None), bridge)))
    run_async(settled(tab))
    assert tab.source_label.text() == "From the app's keyring"
    assert tab.token_label.text().endswith("n_42") and APP_TOKEN not in shown_text(tab)
    assert tab.who.message() == (
        "julien (Julien C) · organizations: huggingface · “laptop”: read")
    assert whoami_ok.requests_to("/api/whoami-v2")[0].header("authorization") == (
        f"Bearer {APP_TOKEN}")
    assert tab.remove_button.isEnabled()
    assert not tab.storage_note.isVisible()


def test_from_hf_token(qtbot: QtBot, make_live: MakeLive, bridge: Bridge,
                       monkeypatch: pytest.MonkeyPatch, whoami_ok: FakeInferenceAPI,
                       run_async: RunAsync) -> None:
    monkeypatch.setenv("HF_TOKEN", ENV_TOKEN)
    tab = run_async(on_loop(lambda: make_tab(qtbot, make_live(token=None), bridge)))
    run_async(settled(tab))
    assert tab.source_label.text() == "From HF_TOKEN"
    assert not tab.remove_button.isEnabled()
    assert "unset HF_TOKEN" in tab.hint.message()
    assert tab.who.message().startswith("julien")


def test_from_the_hf_cli_file(qtbot: QtBot, make_live: MakeLive, bridge: Bridge,
                              own_profile: Path, whoami_ok: FakeInferenceAPI,
                              run_async: RunAsync) -> None:
    (own_profile / "hf_home").mkdir()
    (own_profile / "hf_home" / "token").write_text(CLI_TOKEN)
    tab = run_async(on_loop(lambda: make_tab(qtbot, make_live(token=None), bridge)))
    run_async(settled(tab))
    assert tab.source_label.text() == f"From {own_profile / 'hf_home' / 'token'}"
    assert "hf auth logout" in tab.hint.message()
    assert CLI_TOKEN not in shown_text(tab)


def test_no_token(qtbot: QtBot, make_live: MakeLive, bridge: Bridge,
                  fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    tab = run_async(on_loop(lambda: make_tab(qtbot, make_live(token=None), bridge)))
    run_async(settled(tab))
    assert tab.token_label.text() == "No token"
    assert tab.source_label.text() == "None found"
    assert "public models" in tab.who.message()
    assert fake_api.requests == []


def test_an_invalid_token_says_so(qtbot: QtBot, live: LiveSettings, bridge: Bridge,
                                  fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    fake_api.program("/api/whoami-v2", respond_error(401, "Invalid credentials"))
    tab = run_async(on_loop(lambda: make_tab(qtbot, live, bridge)))
    run_async(settled(tab))
    assert "token invalid" in tab.who.message()


def test_whoami_is_not_sent_to_an_untrusted_hub(qtbot: QtBot, live: LiveSettings,
                                                bridge: Bridge, fake_api: FakeInferenceAPI,
                                                run_async: RunAsync) -> None:
    tab = run_async(on_loop(lambda: AccountTab(live, bridge)))
    qtbot.addWidget(tab)
    run_async(settled(tab))
    assert "not trusted" in tab.who.message()
    assert fake_api.requests == []


def test_replace_with_a_failing_keyring_uses_a_0600_file_and_says_so(
        qtbot: QtBot, make_live: MakeLive, bridge: Bridge, use_keyring: UseKeyring,
        monkeypatch: pytest.MonkeyPatch, own_profile: Path, whoami_ok: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    use_keyring(BrokenKeyring())
    monkeypatch.setenv("HF_TOKEN", ENV_TOKEN)
    live = make_live(token=None)
    dialog = SettingsDialog(live, bridge)
    qtbot.addWidget(dialog)
    live.trust.allow(live.settings.get(keys.BASE_URL))
    tab = dialog.account
    old_client = live.client()

    tab.replace_button.click()
    editor = tab.findChild(QLineEdit, "tokenEditor")
    assert editor is tab.editor and editor.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(editor, APP_TOKEN)
    run_async(on_loop(tab.save_button.click))
    assert editor.text() == ""  # not kept in the widget
    run_async(wait_until(lambda: live.token.source is TokenSource.APP_FILE))
    run_async(settled(tab))

    path = own_profile / "config" / "hfi_desktop" / "token"
    assert path.read_text() == APP_TOKEN
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert tab.source_label.text() == "From the app's token file (readable only by you)"
    assert "No system keyring works here" in tab.storage_note.message()
    assert "0600" in tab.storage_note.message()
    assert "0600" in tab.message.message()
    assert live.client() is not old_client and live.client().has_token
    assert whoami_ok.requests_to("/api/whoami-v2")[-1].header("authorization") == (
        f"Bearer {APP_TOKEN}")


def test_remove_falls_back_to_the_users_own_token(
        qtbot: QtBot, make_live: MakeLive, bridge: Bridge, use_keyring: UseKeyring,
        monkeypatch: pytest.MonkeyPatch, whoami_ok: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    use_keyring(MemoryKeyring())
    save_token(APP_TOKEN)
    monkeypatch.setenv("HF_TOKEN", ENV_TOKEN)
    live = make_live(token=None)
    tab = run_async(on_loop(lambda: make_tab(qtbot, live, bridge)))
    run_async(settled(tab))
    assert live.token.source is TokenSource.APP_KEYRING
    run_async(on_loop(tab.remove_button.click))
    run_async(wait_until(lambda: live.token.source is TokenSource.ENV))
    run_async(settled(tab))
    assert tab.message.message() == "Removed from this app. Now using the token from HF_TOKEN."
    assert tab.source_label.text() == "From HF_TOKEN"
    assert not tab.remove_button.isEnabled()


def test_an_empty_replacement_is_refused(qtbot: QtBot, live: LiveSettings,
                                         bridge: Bridge) -> None:
    tab = make_tab(qtbot, live, bridge)  # no loop running: the whoami check is skipped
    tab.begin_replace()
    tab.save()
    assert tab.message.message() == "Paste a token first."


def test_a_keyring_that_refuses_shows_the_token_really_in_use(
        qtbot: QtBot, make_live: MakeLive, bridge: Bridge, use_keyring: UseKeyring,
        whoami_ok: FakeInferenceAPI, run_async: RunAsync) -> None:
    """Fault 12: the keyring holds APP_TOKEN and refuses to save or delete. Replace and
    Remove say so, and the tab and the client keep the token really in effect."""
    ring = RefusingKeyring()
    ring.passwords[("hfi_desktop", "hf_token")] = APP_TOKEN
    use_keyring(ring)
    live = make_live(token=None)
    tab = run_async(on_loop(lambda: make_tab(qtbot, live, bridge)))
    run_async(settled(tab))
    assert live.token == (APP_TOKEN, TokenSource.APP_KEYRING)

    tab.replace_button.click()
    qtbot.keyClicks(tab.editor, "hf_account_tab_new_token_45")
    run_async(on_loop(tab.save_button.click))
    run_async(wait_until(lambda: tab.message.message().startswith("Not saved")))
    run_async(settled(tab))
    assert "keyring refused" in tab.message.message()
    assert "older token stays in use" in tab.message.message()
    assert live.token == (APP_TOKEN, TokenSource.APP_KEYRING)
    assert tab.source_label.text() == "From the app's keyring"
    assert tab.token_label.text().endswith(APP_TOKEN[-4:])

    run_async(on_loop(tab.remove_button.click))
    run_async(wait_until(lambda: tab.message.message().startswith("Not removed")))
    run_async(settled(tab))
    assert "keyring refused to delete" in tab.message.message()
    assert live.token == (APP_TOKEN, TokenSource.APP_KEYRING)
    assert tab.token_label.text().endswith(APP_TOKEN[-4:])
    assert live.client().has_token
