"""A model field and its provider picker for one of several targets (a comparison's column,
a batch's model row): the page's widgets, narrower, the Hub link hidden, the choices of
the picker not remembered for the task."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.model_search import ModelSearchContext
from hfi_desktop.ui.providers import PageProviders, ProviderContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.ui.services import Services


def target_fields(spec: TaskSpec, services: Services, parent: QWidget, model: str, *,
                  model_chars: int, provider_chars: int) -> tuple[ModelField, PageProviders]:
    """The field (set to ``model``; empty: the task's default) and its providers."""
    field = ModelField(spec.default_model, parent,
                       search=ModelSearchContext.for_task(services, spec),
                       examples=False)  # no use for card examples here
    field.combo.setMinimumContentsLength(model_chars)
    field.hub_button.hide()
    field.set_recent(services.recent_models.get(spec.id))
    providers = PageProviders(spec, ProviderContext.for_services(services), field, parent,
                              remember=False)
    providers.picker.combo.setMinimumContentsLength(provider_chars)
    if model:
        field.set_model(model)
    return field, providers
