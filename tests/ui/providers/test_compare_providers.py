"""Comparing across providers, over the local router: each column has its own provider picker
(the page's choice by default) and its calls reach that provider's route; "Same model, other
providers" fills the columns from the mapping; each column's stats line says its latency,
tokens/s, the usage the answer reports and, where the router lists prices, the cost; the
fastest and the cheapest are marked; saving and reopening keeps providers and stats; Copy as
code of a column names its provider."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QWidget

from hfi_desktop.codegen import Flavour
from hfi_desktop.runs import RunState
from hfi_desktop.storage.comparison_file import read_comparison
from hfi_desktop.ui.compare import COMPARE_BUTTON_NAME, ComparisonView, ModelColumn
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.providers import SEED
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_router import FakeRouter
from tests.support.paths import COMPARISON_BEFORE_PROVIDERS
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.compare.helpers import settle

from .conftest import FLUX, TEXT_TO_IMAGE, click_choice

LLM = "acme/llm-7b"
TEXT_GENERATION = "text-generation"


@pytest.fixture
def llm(fake_router: FakeRouter) -> FakeRouter:
    """A text-generation model three providers serve (novita in staging, listed first by
    the Hub), one more whose route this application cannot call for the task (groq: chat
    only), and one for chat only; prices for two of them in the router's catalogue."""
    fake_router.add_hub_model(LLM, pipeline_tag=TEXT_GENERATION, likes=50)
    fake_router.map_model(LLM, "novita", "acme/llm", TEXT_GENERATION, "staging")
    fake_router.map_model(LLM, "together", "acme-llm", TEXT_GENERATION)
    fake_router.map_model(LLM, "groq", "llm-7b-groq", TEXT_GENERATION)
    fake_router.map_model(LLM, "featherless-ai", "acme/llm-7b", TEXT_GENERATION)
    fake_router.map_model(LLM, "cerebras", "llm-7b", "conversational")
    fake_router.add_catalog_model(LLM, [
        {"provider": "together", "pricing": {"input": 0.2, "output": 0.6},
         "first_token_latency_ms": 350, "throughput": 85.4},
        {"provider": "novita", "pricing": {"input": 0.1, "output": 0.3}},
        {"provider": "featherless-ai", "context_length": 32768}])  # no prices
    return fake_router


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


async def found(column_or_page: ModelColumn | TaskPage, model: str) -> None:
    """Until the picker beside the model field lists ``model``'s providers."""
    picker = column_or_page.provider_picker
    await wait_until(lambda: (f := picker.found()) is not None and f.model == model,
                     timeout=10)


async def choose(column: ModelColumn, model: str, provider: str) -> None:
    """``model`` in the column's field, then ``provider`` clicked in its picker."""
    column.set_model(model)
    await found(column, model)
    await click_choice(column.provider_picker, provider)


async def open_from_page(window: MainWindow, task_id: str, model: str, prompt: str,
                         provider: str | None = None) -> ComparisonView:
    """The task's page with ``model`` and ``prompt`` (and ``provider`` chosen in its picker),
    then its Compare… button."""
    page = window.show_task(task_id)
    page.model_field.set_model(model)
    await found(page, model)
    if provider is not None:
        await click_choice(page.provider_picker, provider)
    page.inputs["inputs"].set_value(prompt)
    button = page.findChild(QPushButton, COMPARE_BUTTON_NAME)
    assert button is not None
    click(button)
    (view,) = window.compare.views
    return view


async def run_all(view: ComparisonView) -> None:
    click(view.run_button)
    await wait_until(view.is_running)
    await settle(view, timeout=20)


async def fill_by_provider(view: ComparisonView, count: int) -> None:
    click(view.same_model_button)
    await wait_until(lambda: len(view.columns) == count and "Run all" in view.message.message(),
                     timeout=10)


def providers(view: ComparisonView) -> list[str | None]:
    return [column.provider() for column in view.columns]


def test_each_column_sends_its_calls_to_its_own_provider(
        window: MainWindow, flux: FakeRouter, run_async: RunAsync) -> None:
    flux.map_model(FLUX, "together", "bfl/flux-dev-tg", TEXT_TO_IMAGE)

    async def main() -> ComparisonView:
        view = await open_from_page(window, TEXT_TO_IMAGE, FLUX, "a red panda", "fal-ai")
        assert providers(view) == ["fal-ai", "fal-ai"], "the page's choice, in every column"
        await choose(view.columns[1], FLUX, "replicate")
        click(view.add_button)
        assert view.columns[2].provider() == "fal-ai"
        await choose(view.columns[2], FLUX, "together")
        await run_all(view)
        return view

    view = run_async(main(), timeout=60)
    assert providers(view) == ["fal-ai", "replicate", "together"]
    for path in ("/fal-ai/fal-ai/flux/dev", "/replicate/v1/models/bfl/flux-dev/predictions",
                 "/together/v1/images/generations"):
        (sent,) = flux.requests_to(path)
        assert "a red panda" in sent.body.decode(), path
    assert [c.state for c in view.columns] == [RunState.DONE] * 3
    assert [c.panel.details.values()["Provider"] for c in view.columns] == [
        "fal-ai", "replicate", "together"]
    assert window.page(TEXT_TO_IMAGE).provider_picker.choice() == "fal-ai", \
        "a column's choice is not the page's"
    for column in view.columns:  # images: latency, and no tokens or cost to speak of
        text = column.stats.plain_text()
        assert "total" in text and "token" not in text and "≈" not in text, text
    assert sorted(b for c in view.columns for b in c.stats.badges) == ["Fastest"]


def test_same_model_other_providers_fills_the_columns_live_first(
        window: MainWindow, llm: FakeRouter, run_async: RunAsync) -> None:
    async def main() -> ComparisonView:
        view = await open_from_page(window, TEXT_GENERATION, LLM, "Once upon a time")
        assert view.same_model_button.isVisible()
        await fill_by_provider(view, 3)
        return view

    view = run_async(main(), timeout=30)
    assert [c.model_text() for c in view.columns] == [LLM] * 3
    assert providers(view) == ["together", "featherless-ai", "novita"]  # groq: chat only
    assert view.reference is view.columns[0]
    assert view.message.message() == (f"{LLM} on 3 providers: together, featherless-ai, "
                                      "novita. Run all to compare them.")


def test_stats_show_usage_and_cost_where_prices_exist(
        window: MainWindow, llm: FakeRouter, run_async: RunAsync) -> None:
    async def main() -> ComparisonView:
        view = await open_from_page(window, TEXT_GENERATION, LLM, "Once upon a time")
        await fill_by_provider(view, 3)
        await run_all(view)
        return view

    view = run_async(main(), timeout=60)
    together, featherless, novita = view.columns
    for column, path, provider_id in ((together, "/together/v1/completions", "acme-llm"),
                                      (featherless, "/featherless-ai/v1/completions",
                                       "acme/llm-7b"),
                                      (novita, "/novita/v3/openai/completions", "acme/llm")):
        (sent,) = llm.requests_to(path)
        assert sent.json()["model"] == provider_id
        assert column.state is RunState.DONE
    # "Once upon a time": 4 words in; "Echo: Once upon a time": 5 out (the fake's tokens)
    assert "4 in + 5 out tokens · ≈ $0.0000038" in together.stats.plain_text()
    assert "4 in + 5 out tokens" in featherless.stats.plain_text()
    assert "≈" not in featherless.stats.plain_text(), "no prices listed: no cost"
    assert "≈ $0.0000019" in novita.stats.plain_text()
    assert "first byte" in together.stats.plain_text()
    assert "Cheapest" in novita.stats.badges
    assert sum("Fastest" in c.stats.badges for c in view.columns) == 1
    tip = together.stats.toolTip()
    assert "together's prices for acme/llm-7b" in tip and f"{llm.url}/v1/models" in tip
    assert "No cost: the router lists no prices of acme/llm-7b on featherless-ai" in \
        featherless.stats.toolTip()
    # Auto: the provider that answered is the one whose prices count
    first = view.columns[0]
    first.set_provider("auto")
    run_async(_run_one(view, first), timeout=30)
    assert first.run_stats is not None and first.run_stats.provider == "together"
    assert "≈ $0.0000038" in first.stats.plain_text()


async def _run_one(view: ComparisonView, column: ModelColumn) -> None:
    click(column.run_button)
    await wait_until(column.is_running)
    await settle(view, timeout=20)


def test_streams_show_tokens_per_second_and_no_cost_without_usage(
        window: MainWindow, llm: FakeRouter, run_async: RunAsync) -> None:
    async def main() -> ComparisonView:
        view = await open_from_page(window, "text-generation-stream", LLM,
                                    "one two three four five six", "together")
        await choose(view.columns[1], LLM, "featherless-ai")
        await run_all(view)
        return view

    view = run_async(main(), timeout=60)
    assert providers(view) == ["together", "featherless-ai"]
    for column in view.columns:
        text = column.stats.plain_text()
        assert column.tokens == 7  # "Echo:" and six words, the last with its end
        assert "first token" in text and "tok/s" in text and "7 tokens" in text, text
        assert "≈" not in text, "a stream that reports no usage has no cost"
        assert column.tokens_per_s is not None


def test_save_and_reopen_keeps_providers_and_stats(
        window: MainWindow, llm: FakeRouter, run_async: RunAsync, tmp_path: Path) -> None:
    target = tmp_path / "providers.hficompare"

    async def main() -> ComparisonView:
        view = await open_from_page(window, TEXT_GENERATION, LLM, "Once upon a time")
        await fill_by_provider(view, 3)
        await run_all(view)
        click(view.save_button)
        await wait_until(lambda: view.findChild(QFileDialog, "comparisonFileDialog"))
        dialog = view.findChild(QFileDialog, "comparisonFileDialog")
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(tmp_path))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        QTest.keyClicks(edit, "providers")
        QTest.keyClick(edit, Qt.Key.Key_Return)
        await wait_until(lambda: "Saved as" in view.message.message(), timeout=10)
        return view

    view = run_async(main(), timeout=60)
    saved = read_comparison(target)
    assert [c.provider for c in saved.columns] == ["together", "featherless-ai", "novita"]
    assert saved.columns[0].stats is not None and saved.columns[0].stats.price is not None
    lines = [c.stats.plain_text() for c in view.columns]
    sent = len(llm.requests)
    view.close()

    async def reopen() -> ComparisonView:
        again = await window.compare.open_file(target)
        assert again is not None
        await settle(again)
        return again

    again = run_async(reopen())
    assert not [r.path for r in llm.requests[sent:]
                if not r.path.startswith(("/api/", "/v1/models"))], "no call is sent again"
    assert providers(again) == ["together", "featherless-ai", "novita"]
    assert [c.stats.plain_text() for c in again.columns] == lines
    assert "Cheapest" in again.columns[2].stats.badges
    assert [c.panel.details.values()["Provider"] for c in again.columns] == [
        "together", "featherless-ai", "novita"]


def test_a_comparison_saved_before_providers_opens_as_the_2023_call(
        window: MainWindow, run_async: RunAsync) -> None:
    async def main() -> ComparisonView:
        view = await window.compare.open_file(COMPARISON_BEFORE_PROVIDERS)
        assert view is not None, window.statusBar().currentMessage()
        await settle(view)
        return view

    view = run_async(main())
    assert [c.model_text() for c in view.columns] == ["gpt2", "distilgpt2",
                                                      "EleutherAI/gpt-neo-125m"]
    assert [c.provider_picker.choice() for c in view.columns] == [SEED] * 3
    assert providers(view) == [None, None, None]
    first, failed, never = view.columns
    assert first.state is RunState.DONE and first.stats.plain_text() == "total 0.84 s"
    assert failed.state is RunState.ERROR and not failed.stats.isVisible()
    assert never.state is None


def test_copy_as_code_of_a_column_names_its_provider(
        window: MainWindow, flux: FakeRouter, run_async: RunAsync) -> None:
    async def main() -> ComparisonView:
        view = await open_from_page(window, TEXT_TO_IMAGE, FLUX, "a red panda", "fal-ai")
        await choose(view.columns[1], FLUX, "replicate")
        copier = view.columns[1].copy_as_code
        assert copier is not None and copier.button.isVisible()
        copier.actions[Flavour.PYTHON].trigger()  # the menu's Python
        assert copier._task is not None
        await wait_until(copier._task.done)
        return view

    view = run_async(main(), timeout=30)
    text = QGuiApplication.clipboard().text()
    assert 'provider="replicate",' in text and f'model="{FLUX}"' in text
    assert "a red panda" in text
    copier = view.columns[1].copy_as_code
    assert copier is not None and copier.dialog is not None
    assert copier.dialog.text() == text
    copier.dialog.close()
    assert not [r for r in flux.requests if not r.path.startswith("/api/")], "nothing was run"


def test_same_model_other_providers_says_why_it_cannot(
        window: MainWindow, flux: FakeRouter, run_async: RunAsync) -> None:
    flux.map_model("acme/solo", "fal-ai", "fal-ai/solo", TEXT_TO_IMAGE)

    async def main() -> ComparisonView:
        view = await open_from_page(window, TEXT_TO_IMAGE, "acme/solo", "a cat")
        click(view.same_model_button)
        await wait_until(lambda: view.message.message(), timeout=10)
        return view

    view = run_async(main())
    assert view.message.message() == ("acme/solo cannot be compared across providers: only "
                                      "fal-ai serves it for text-to-image.")
    assert len(view.columns) == 2 and view.columns[1].model_text() != "acme/solo"
    legacy = window.compare.compare(window.show_task("conversational"))
    assert not legacy.same_model_button.isVisibleTo(legacy), "no provider serves that page"
