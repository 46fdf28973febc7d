"""A batch over the local router: each target's provider chosen in its picker, the calls on
that provider's route, the usage as tokens and, where the router lists prices, the cost."""

from __future__ import annotations

from pathlib import Path

from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_router import FakeRouter
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.batch.helpers import finished, open_batch, type_lines

from .conftest import click_choice
from .test_compare_providers import LLM, TEXT_GENERATION
from .test_compare_providers import llm as llm


def test_a_batch_on_two_providers_shows_tokens_and_cost(
        window: MainWindow, llm: FakeRouter, run_async: RunAsync, tmp_path: Path) -> None:
    async def main() -> None:
        view = open_batch(window, tmp_path / "batches", task_id=TEXT_GENERATION)
        type_lines(view, ["Once upon a time", "In a land far away"])
        view.targets.add_button.click()
        for row, provider in zip(view.targets.rows, ("together", "featherless-ai"),
                                 strict=True):
            row.model_field.set_model(LLM)
            picker = row.provider_picker
            await wait_until(lambda p=picker: (f := p.found()) is not None and f.model == LLM,
                             timeout=10)
            await click_choice(picker, provider)
        view.run_button.click()
        await finished(view)

    run_async(main(), timeout=60)
    view = window.batches.windows[-1]
    model = view.model
    assert len(llm.requests_to("/together/v1/completions")) == 2
    assert len(llm.requests_to("/featherless-ai/v1/completions")) == 2
    row = next(r for r in range(2) if model.index(r, 0).data() == "Once upon a time")
    # "Once upon a time": 4 words in; "Echo: Once upon a time": 5 out (the fake's tokens)
    assert model.index(row, model.column_of(0, "tokens")).data() == "9"
    assert model.index(row, model.column_of(0, "cost")).data() == "$0.0000038"
    assert model.index(row, model.column_of(1, "cost")).data() is None, "no prices listed"
    assert not view.results.table.isColumnHidden(model.column_of(0, "cost"))
    assert view.summary.per_target.item(0, 3).text().startswith("$")
