"""Copy as code on the chat page, as a user does it: the menu beside Save as… has the four
flavours (the openai client's among them); a flavour chosen copies the conversation on show
(the thread so far and the message being written), the parameters and the provider, never
the token; nothing to say yet is said at the message box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from hfi_desktop.codegen import Flavour
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.code_snippets import SnippetDialog
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import ROUTER_TOKEN
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.providers.conftest import click_choice

from .conftest import PROVIDER
from .drive import send


def _copy(chat: ChatPage, flavour: Flavour, run_async: RunAsync) -> SnippetDialog:
    """Open the menu's ``flavour`` (as a click on it does) and wait for the copy."""
    copier = chat.copy_as_code

    async def main() -> None:
        copier.actions[flavour].trigger()
        await wait_until(lambda: copier.dialog is not None and copier.dialog.isVisible()
                         and copier.dialog.flavour is flavour, timeout=10)

    run_async(main())
    assert copier.dialog is not None
    return copier.dialog


def test_the_menu_has_the_four_flavours(chat: ChatPage) -> None:
    button = chat.copy_as_code.button
    assert button.isVisibleTo(chat) and button.text() == "Copy as code \u25be"
    assert [a.text() for a in chat.copy_as_code.menu.actions()] == [
        "Python", "JavaScript", "curl", "Python (openai)"]


def test_copies_the_conversation_parameters_and_provider(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    picker = chat.provider_picker
    run_async(wait_until(lambda: picker.found() is not None, timeout=10))
    run_async(click_choice(picker, PROVIDER))
    chat.settings.system_edit.setPlainText("Answer in French.")
    send(qtbot, chat, run_async, "first question")
    max_tokens = chat.settings.parameters.fields["max_tokens"]
    max_tokens.setFocus()
    qtbot.keyClick(max_tokens, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(max_tokens, "64")
    qtbot.keyClicks(chat.composer.edit, "and a follow-up")
    sent_before = len(fake_router.requests)

    dialog = _copy(chat, Flavour.OPENAI, run_async)
    text = QGuiApplication.clipboard().text()
    assert dialog.text() == text
    assert "from openai import OpenAI" in text
    assert f'model="{chat.model()}:{PROVIDER}",' in text
    for said in ("Answer in French.", "first question", "Echo: first question",
                 "and a follow-up", "max_tokens=64"):
        assert said in text, said
    assert ROUTER_TOKEN not in text and "HF_TOKEN" in text

    dialog = _copy(chat, Flavour.PYTHON, run_async)
    text = QGuiApplication.clipboard().text()
    assert f'provider="{PROVIDER}"' in text and "and a follow-up" in text
    assert ROUTER_TOKEN not in text
    dialog = _copy(chat, Flavour.CURL, run_async)
    text = QGuiApplication.clipboard().text()
    assert f"{fake_router.url}/{PROVIDER}/openai/v1/chat/completions" in text
    assert ROUTER_TOKEN not in text and "and a follow-up" in text
    assert len(fake_router.requests) == sent_before  # nothing was sent
    assert chat.composer.text() == "and a follow-up"  # the message stays in the box
    assert chat.status.text() == "Copied the request as curl"
    dialog.close()


def test_nothing_to_say_yet_is_said_at_the_message_box(chat: ChatPage,
                                                         run_async: RunAsync) -> None:
    async def main() -> None:
        chat.copy_as_code.actions[Flavour.PYTHON].trigger()

    run_async(main())
    assert chat.copy_as_code.dialog is None
    assert chat.status.text() == "Not copied: Message: write a message first"
    assert chat.error_box.isVisibleTo(chat)
    assert chat.composer.edit.hasFocus() or QGuiApplication.focusWindow() is None
