"""Comparing one model across providers: the providers that serve it for the comparison's
task, one column each ("Same model, other providers"), and which column was the fastest and
which the cheapest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hfi_desktop.catalog.served import provider_task
from hfi_desktop.hub import is_hub_id
from hfi_desktop.present.run_stats import RunStats, fastest_and_cheapest
from hfi_desktop.runs import RunState
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.providers import ProviderContext
from hfi_desktop.ui.providers.choices import CHAT, HF_INFERENCE, can_call
from hfi_desktop.ui.providers.lookup import LookupFailed, look_up

from .stats import CHEAPEST_BADGE, FASTEST

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.ui.services import Services

    from .column import ModelColumn

FILL_TIP = str(QT_TRANSLATE_NOOP(
    "CompareByProvider", "Fill the columns with the reference's model on each provider that "
    "serves it for this task (live ones first, at most {})"))


class NotAcrossProviders(Exception):
    """Why a model cannot be compared across providers; the text says it to the user."""


async def serving(services: Services, spec: TaskSpec, column: ModelColumn, limit: int
                  ) -> tuple[str, list[str | None]]:
    """``column``'s model and the providers (``provider=`` values, live ones first, at most
    ``limit``) that serve it for ``spec``'s task and that this application can call; for a
    task other than chat, hf-inference is the 2023 call (None). Raises NotAcrossProviders
    (or CancelledError)."""
    model = column.effective_model()
    task = provider_task(spec)
    context = ProviderContext.for_services(services)
    if task is None:
        raise NotAcrossProviders(QCoreApplication.translate(
            "CompareByProvider", "No Inference Provider serves {task}: its calls go "
            "to hf-inference as in 2023.").format(task=catalog_text(spec.title)))
    if not context.providers_apply():
        raise NotAcrossProviders(QCoreApplication.translate(
            "CompareByProvider", "Providers don't apply: the Inference API URL is a server "
            "of your own (Settings ▸ Connection)."))
    if not is_hub_id(model):
        text = (QCoreApplication.translate(
            "CompareByProvider", "{model} is not a model of the Hub: providers serve Hub "
            "models only.") if model else QCoreApplication.translate(
            "CompareByProvider", "The model is not a model of the Hub: providers serve Hub "
            "models only."))
        raise NotAcrossProviders(text.format(model=model))
    found = column.provider_picker.found()
    if found is None or found.model != model:
        try:
            found = await look_up(context, model, task)
        except LookupFailed as failed:
            raise NotAcrossProviders(QCoreApplication.translate(
                "CompareByProvider", "Cannot list the providers of {model}: {why}").format(
                model=model, why=failed)) from None
    providers = [p for p in found.serving(task) if can_call(p, task)]
    if len(providers) < 2:
        only = (QCoreApplication.translate("CompareByProvider", "only {provider} serves it").format(
                provider=providers[0])
                if providers else QCoreApplication.translate("CompareByProvider",
                                                             "no provider serves it"))
        raise NotAcrossProviders(QCoreApplication.translate(
            "CompareByProvider",
            "{model} cannot be compared across providers: {only} for {task}.").format(
            model=model, only=only, task=task))
    return model, [None if p == HF_INFERENCE and task != CHAT else p
                   for p in providers[:limit]]


def badges(columns: Sequence[ModelColumn]) -> list[tuple[str, ...]]:
    """Each column's marks: "Fastest" (the least time) and "Cheapest" (the lowest cost), of
    the columns whose run ended well; none where fewer than two have that figure."""
    done: dict[int, RunStats] = {
        index: stats for index, column in enumerate(columns)
        if column.state is RunState.DONE and (stats := column.run_stats) is not None}
    fastest, cheapest = fastest_and_cheapest(done)
    return [tuple(badge for badge, best in ((FASTEST, fastest), (CHEAPEST_BADGE, cheapest))
                  if best == index) for index in range(len(columns))]
