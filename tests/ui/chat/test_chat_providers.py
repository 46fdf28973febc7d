"""The chat page's provider picker, driven as a user does against the local router: a
provider chosen beside the model takes the reply to its route (with the mapping's
providerId), a policy goes to the auto router as the model's suffix (PROVIDERS.md §1, §3.4);
the reply's figures and cost name the provider that answered; the choice is remembered for
chat."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CATALOG
from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from tests.support.fake_router import FakeRouter
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.providers.conftest import click_choice, titles

from .conftest import PROVIDER, chat_requests
from .drive import send

MODEL = CHAT.default_model


@pytest.fixture(autouse=True)
def _two_providers(fake_router: FakeRouter) -> None:
    """together serves the chat's model too (groq's prices are higher), before the page
    looks its providers up."""
    fake_router.map_model(MODEL, "together", "openai/gpt-oss-120b", "conversational")
    fake_router.add_catalog_model(MODEL, [
        {"provider": PROVIDER, "pricing": {"input": 9.0, "output": 9.0}},
        {"provider": "together", "pricing": {"input": 1.0, "output": 2.0}}])


def _settled(chat: ChatPage, run_async: RunAsync) -> None:
    picker = chat.provider_picker
    run_async(wait_until(lambda: picker.found() is not None
                         and picker.found().model == MODEL, timeout=10))


def test_the_picker_sits_beside_the_model_and_lists_the_providers(
        chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    _settled(chat, run_async)
    picker = chat.provider_picker
    assert picker.isVisibleTo(chat) and picker.combo.accessibleName() == "Provider"
    assert chat.model_row.indexOf(picker) == chat.model_row.indexOf(chat.model_field) + 2
    assert {"Auto (fastest)", "Cheapest", "Preferred", PROVIDER, "together"} <= set(titles(picker))
    rows = {row.title: row for row in picker.rows()}
    assert rows["Cheapest"].enabled  # the router's price policy is a chat one
    assert "$1.00 in" in rows["together"].detail


def test_a_chosen_provider_answers_on_its_route_and_prices_the_reply(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    _settled(chat, run_async)
    run_async(click_choice(chat.provider_picker, "together"))
    assert chat.provider_picker.provider() == "together"
    send(qtbot, chat, run_async, "who answers?")
    [sent] = fake_router.requests_to("/together/v1/chat/completions")
    assert sent.json()["model"] == "openai/gpt-oss-120b"  # together's providerId
    assert not fake_router.requests_to("/v1/chat/completions")
    reply = chat.thread_view.views()[1]
    assert reply.message.text == "Echo: who answers?"
    run_async(wait_until(lambda: reply.message.stats is not None
                         and reply.message.stats.cost_usd is not None))
    stats = reply.message.stats
    assert stats is not None and stats.provider == "together"
    assert stats.cost_usd == (stats.prompt_tokens * 1.0 + stats.completion_tokens * 2.0) / 1e6
    run_async(wait_until(lambda: "together" in reply.stats.text() and "$" in reply.stats.text()))


def test_a_policy_goes_to_the_auto_router_as_the_models_suffix(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    _settled(chat, run_async)
    run_async(click_choice(chat.provider_picker, "cheapest"))
    send(qtbot, chat, run_async, "the cheapest please")
    (body,) = chat_requests(fake_router)
    assert body["model"] == f"{MODEL}:cheapest"
    stats = chat.thread_view.views()[1].message.stats
    # The router chose (its first live provider here) and said which: the figures name it.
    assert stats is not None and stats.provider == "together"


def test_the_choice_is_remembered_for_chat(window: MainWindow, chat: ChatPage,
                                           services: Services, run_async: RunAsync) -> None:
    _settled(chat, run_async)
    run_async(click_choice(chat.provider_picker, PROVIDER))
    assert window.show_task("text-to-image").provider_picker.choice() == "auto"
    again = MainWindow(CATALOG, services)  # as after a restart
    try:
        again.sidebar.select_task(CHAT.id)
        page = again.stack.currentWidget()
        assert isinstance(page, ChatPage)
        assert page.provider_picker.choice() == PROVIDER
    finally:
        again.deleteLater()
