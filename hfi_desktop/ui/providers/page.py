"""A page's providers: the picker beside its model field, the note under the field when the
model will not run, the default model the Hub says is served, and the switch offered when a
run fails on a provider that does not serve the model.

    providers = PageProviders(spec, ProviderContext.for_services(services), field, page)
    layout.addWidget(providers.picker); layout.addWidget(providers.note)
    request = build_request(..., provider=providers.provider())
    providers.offer_switch(run, panel, run_again)     # after a failed run
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog.served import provider_task, served_default
from hfi_desktop.hub import HubError, is_hub_id, pipeline_tag_for
from hfi_desktop.local.clients import ENGINE_ID, is_local
from hfi_desktop.local.hub_cache import fitting
from hfi_desktop.present.error_messages import error_link, error_providers
from hfi_desktop.storage.settings import CLIENT_KEYS
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.local.download_dialog import open_download

from .choices import AUTO, CHEAPEST, HF_INFERENCE, PREFERRED, SEED
from .note import Chip, ServedNote
from .picker import ProviderPicker
from .served import served_default as hub_default
from .served import served_models

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.runs import Run
    from hfi_desktop.ui.model_field import ModelField
    from hfi_desktop.ui.viewers import ResultPanel

    from .context import ProviderContext

log = logging.getLogger(__name__)

SUGGESTIONS_LABEL = QT_TRANSLATE_NOOP("PageProviders", "Models that run:")
#: The providers offered as buttons under an error (the message names them all).
MAX_SWITCHES = 4
_POLICIES = (AUTO, CHEAPEST, PREFERRED)


class PageProviders(QObject):
    """The providers of one page (a child of ``parent``, the page; or of a comparison's
    column, whose choices are not remembered: ``remember=False``)."""

    def __init__(self, spec: TaskSpec, context: ProviderContext, field: ModelField,
                 parent: QWidget, *, remember: bool = True) -> None:
        super().__init__(parent)
        self.spec = spec
        self.context = context
        self.field = field
        self.task = provider_task(spec)
        self.pipeline_tag = pipeline_tag_for(spec)
        self.picker = ProviderPicker(context, parent, remember=remember)
        self.note = ServedNote(parent)
        self._suggesting: asyncio.Task[None] | None = None
        self._defaulting: asyncio.Task[None] | None = None
        self.picker.set_task(self.task)
        self.picker.looked_up.connect(lambda _found: self._update_note())
        self.picker.changed.connect(lambda _provider: self._update_note())
        field.model_changed.connect(lambda _text: self.note.clear_note())
        field.model_chosen.connect(lambda _model: self._follow_field())
        if context.settings is not None:  # a new Inference API URL: providers may not apply
            context.settings.service.changed.connect(self._on_settings_changed)
        self.picker.changed.connect(lambda _provider: self._follow_cache())
        if context.local is not None:
            context.local.cache.changed.connect(self._follow_cache)
        self._use_served_default()
        self._follow_field()
        self._follow_cache()

    def provider(self) -> str | None:
        """The ``provider=`` of the page's calls now (None: the 2023 call)."""
        return self.picker.provider()

    # -- the model ---------------------------------------------------------------------------

    def _follow_field(self) -> None:
        self.picker.set_model(self.field.effective_model())
        self._update_note()

    def _on_settings_changed(self, keys: frozenset[str]) -> None:
        if keys & CLIENT_KEYS and shiboken6.isValid(self.field):
            # The client was rebuilt first (its owner listens since the application began).
            if not self.context.providers_apply():
                self.field.set_default_model(self.spec.default_model)
            self._use_served_default()
            self.picker.refresh(self.field.effective_model())
            self._update_note()

    def _use_served_default(self) -> None:
        """The field's default: a model served today (the Hub's most liked, else the
        catalog's), where providers apply; the 2023 default elsewhere."""
        if self.task is None or not self.context.providers_apply():
            return
        self.field.set_default_model(served_default(self.spec))
        if self.pipeline_tag is None or not _loop_runs():
            return
        self._defaulting = create_task(self._hub_default(self.pipeline_tag, self.task),
                                       name=f"default model of {self.spec.id}")

    async def _hub_default(self, pipeline_tag: str, task: str) -> None:
        try:
            model = await hub_default(self.context, pipeline_tag, task)
        except asyncio.CancelledError:
            return
        if model and shiboken6.isValid(self.field):
            self.field.set_default_model(model)
            if not self.field.model_id():
                self._follow_field()

    # -- the local Hub cache (the page runs on the local engine) ------------------------------

    def _follow_cache(self) -> None:
        """On the local engine, the field lists the cached models that fit the page first."""
        local = self.context.local
        models = None
        if local is not None and self.picker.choice() == ENGINE_ID:
            models = local.cache.models()
            if models is None:
                local.cache.refresh(self.context.bridge)
        if shiboken6.isValid(self.field):
            self.field.set_cached(fitting(models, self.pipeline_tag) if models else [])
            self._update_note()

    def _note_cache(self, model: str) -> None:
        """Before Run: a model the local engine cannot run because it is not in the cache."""
        local = self.context.local
        cache = local.cache if local is not None else None
        if (cache is None or cache.models() is None or not is_hub_id(model)
                or cache.find(model) is not None):
            self.note.clear_note()
            return
        self.note.show_note(
            QCoreApplication.translate(
                "PageProviders", "{model} is not in your Hub cache: the local engine cannot run "
                "it until it is downloaded.").format(model=model),
            [(QCoreApplication.translate("PageProviders", "Download…"),
              QCoreApplication.translate(
                  "PageProviders", "Download {model} from the Hub into your cache").format(
                      model=model),
              lambda: self.download(model))])

    def download(self, model: str = "") -> None:
        """The download dialog, with ``model`` filled in."""
        local, parent = self.context.local, self.parent()
        if local is not None and isinstance(parent, QWidget):
            open_download(self.context.bridge, self.context.client, local, parent.window(),
                          model)

    # -- the note ----------------------------------------------------------------------------

    def _update_note(self) -> None:
        """Say whether the model in the field will run, once its providers are known."""
        found, task = self.picker.found(), self.task
        model = self.field.effective_model()
        choice = self.picker.choice()
        if choice == ENGINE_ID:
            self._note_cache(model)
            return
        if (found is None or task is None or found.model != model or not self.picker.applies()
                or is_local(choice)):  # on this computer: whatever the providers serve
            self.note.clear_note()
            return
        serving = found.serving(task)
        if not serving:
            others = sorted({e.task for e in found.entries})
            if others:
                text = QCoreApplication.translate(
                    "PageProviders", "No Inference Provider serves {model} for {task} "
                    "(only for {others}): it will not run.")
            else:
                text = QCoreApplication.translate(
                    "PageProviders", "No Inference Provider serves {model} for {task}: "
                    "it will not run.")
            self.note.show_note(text.format(model=model, task=task, others=", ".join(others)))
            self._suggest(model)
            return
        if choice in _POLICIES or choice in serving or (
                choice == SEED and HF_INFERENCE in serving):
            self.note.clear_note()
            return
        chosen = "hf-inference" if choice == SEED else choice
        if len(serving) == 1:
            text = QCoreApplication.translate(
                "PageProviders", "{chosen} does not serve {model} for {task}; {serving} serves it.")
        else:
            text = QCoreApplication.translate(
                "PageProviders", "{chosen} does not serve {model} for {task}; {serving} serve it.")
        self.note.show_note(text.format(chosen=chosen, model=model, task=task,
                                        serving=", ".join(serving)),
                            [self._switch_chip(p) for p in serving],
                            QCoreApplication.translate("PageProviders", "Use instead:"))

    def _switch_chip(self, provider: str) -> Chip:
        return (provider, QCoreApplication.translate(
                    "PageProviders", "Send this page's calls to {provider}").format(
                        provider=provider),
                lambda: self.picker.set_choice(provider, remember=True))

    def _suggest(self, model: str) -> None:
        if self._suggesting is not None and not self._suggesting.done():
            self._suggesting.cancel()
        if self.pipeline_tag is None or self.task is None or not _loop_runs():
            return
        self._suggesting = create_task(self._suggestions(model, self.pipeline_tag, self.task),
                                       name=f"models that run for {self.spec.id}")

    async def _suggestions(self, model: str, pipeline_tag: str, task: str) -> None:
        try:
            hits = await served_models(self.context, pipeline_tag, task)
        except asyncio.CancelledError:
            return
        except HubError as error:
            log.info("no models to suggest for %s: %s", task, error)
            return
        if not shiboken6.isValid(self.note) or self.field.effective_model() != model:
            return
        tip = QCoreApplication.translate("PageProviders", "Use {model} (served by {providers})")
        chips = [(hit.id, tip.format(model=hit.id, providers=", ".join(hit.providers_for(task))),
                  self._chooser(hit.id)) for hit in hits if hit.id != model]
        if chips:
            self.note.add_chips(chips, QCoreApplication.translate("PageProviders",
                                                                  SUGGESTIONS_LABEL))

    def _chooser(self, model: str) -> Callable[[], None]:
        def choose() -> None:
            self.field.set_model(model)
            self.field.setFocus()
        return choose

    # -- a failed run ------------------------------------------------------------------------

    def offer_switch(self, run: Run, panel: ResultPanel, run_again: Callable[[], None]) -> None:
        """Under a failed run's error: one button per provider that serves the model (it
        switches the picker and runs again), or the page where the user enables providers."""
        if run.error is None:
            return
        actions: list[tuple[str, str, Callable[[], None]]] = []
        current = self.picker.provider()
        offered = [p for p in error_providers(run.error) if p != current]
        for provider in offered[:MAX_SWITCHES] if is_hub_id(run.model) else ():
            actions.append((
                QCoreApplication.translate("PageProviders", "Run with {provider}").format(
                    provider=provider),
                QCoreApplication.translate(
                    "PageProviders", "Choose {provider} in the Provider list and run again"
                ).format(provider=provider),
                self._switch_and_run(provider, run_again)))
        link = error_link(run.error)
        if link is not None:
            text, url = link
            actions.append((f"{shown(text)} \u2197", url, lambda: _open(url)))
        if actions:
            panel.error_box.set_actions(actions)

    def _switch_and_run(self, provider: str, run_again: Callable[[], None]
                        ) -> Callable[[], None]:
        def switch() -> None:
            self.picker.set_choice(provider, remember=True)
            run_again()
        return switch

def _open(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def _loop_runs() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no asyncio loop runs the GUI (a bare page in a test)
        return False
    return True
