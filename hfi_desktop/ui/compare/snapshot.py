"""The form a comparison sends to every model: taken from a page, summarised, turned into
each column's form (its model and provider on the shared inputs, parameters and options)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from hfi_desktop.catalog import FileValue, TaskSpec
from hfi_desktop.catalog.tasks_chat import SYSTEM
from hfi_desktop.storage.comparison_file import FormSnapshot
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.page_api import PageForm

if TYPE_CHECKING:
    from hfi_desktop.ui.page_api import FormSource

PREVIEW_CHARS = 60
SHORT_NAME_CHARS = 28
#: The key of a form's options that holds its calls' provider (``TaskPage.form``).
PROVIDER = "provider"


def snapshot_of(page: FormSource) -> FormSnapshot:
    """The page's form as it is now (inputs, parameters, the options' boxes; the page's
    provider is not part of it: each column has its own)."""
    form = page.form()
    return FormSnapshot(values=dict(form.values), parameters=dict(form.parameters),
                        options={k: bool(v) for k, v in form.options.items() if k != PROVIDER})


def page_provider(page: FormSource) -> str | None:
    """The provider of the page's calls now (None: the 2023 call)."""
    provider = page.form().options.get(PROVIDER)
    return provider if isinstance(provider, str) else None


def form_for(snapshot: FormSnapshot, model: str, provider: str | None) -> PageForm:
    """The form ``snapshot`` makes for one column: its ``model`` and ``provider`` (None:
    the 2023 call); ``run_controller.request_for`` turns it into the column's request."""
    options: dict[str, object] = dict(snapshot.options)
    if provider is not None:
        options[PROVIDER] = provider
    return PageForm(model, snapshot.values, snapshot.parameters, options)


def short_name(model: str) -> str:
    """A model's name for notes and tags: ``detr-resnet-50`` for ``facebook/detr-resnet-50``,
    the host and last part of an endpoint URL."""
    text = model.strip()
    if text.startswith(("http://", "https://")):
        split = urlsplit(text)
        last = split.path.rstrip("/").rsplit("/", 1)[-1]
        text = f"{split.hostname or ''}/{last}" if last else (split.hostname or text)
    else:
        text = text.rsplit("/", 1)[-1]
    return text if len(text) <= SHORT_NAME_CHARS else text[: SHORT_NAME_CHARS - 1] + "…"


def summary(spec: TaskSpec, snapshot: FormSnapshot) -> str:
    """One line: each input (text quoted and cut, files by name), then set parameters."""
    parts = []
    system = snapshot.values.get(SYSTEM)  # a chat's form: its system prompt first
    if isinstance(system, str) and system.strip():
        parts.append(QCoreApplication.translate("CompareSnapshot", "System prompt: {text}")
                     .format(text=_preview(system)))
    for field in spec.inputs:
        value = snapshot.values.get(field.key)
        if value in (None, "", [], {}):
            continue
        parts.append(f"{catalog_text(field.label)}: {_preview(value)}")
    params = [f"{name}={_preview(value)}" for name, value in snapshot.parameters.items()
              if value not in (None, "", [])]
    if params:
        parts.append(QCoreApplication.translate("CompareSnapshot", "Parameters: {list}").format(
                list=", ".join(params)))
    return " · ".join(parts) if parts else QCoreApplication.translate("CompareSnapshot",
                                                                      "(empty form)")


def _preview(value: object) -> str:
    if isinstance(value, FileValue):
        return value.name
    if isinstance(value, str):
        text = " ".join(value.split())
        cut = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
        return f"“{cut}”"
    if isinstance(value, list | tuple):
        return ", ".join(_preview(v) for v in value[:4]) + ("…" if len(value) > 4 else "")
    if isinstance(value, dict):
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except ValueError:
            text = str(value)
        return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
    return str(value)
