"""The form a comparison sends to every model: taken from a page, summarised, turned into
one request per model."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from hfi_desktop.catalog import CallRequest, FileValue, TaskSpec, build_request
from hfi_desktop.storage.comparison_file import FormSnapshot
from hfi_desktop.ui.options_form import options_from_values

if TYPE_CHECKING:
    from hfi_desktop.ui.page_api import PageApi

PREVIEW_CHARS = 60
SHORT_NAME_CHARS = 28


def snapshot_of(page: PageApi) -> FormSnapshot:
    """The page's form as it is now (inputs, parameters, options)."""
    form = page.form()
    return FormSnapshot(values=dict(form.values), parameters=dict(form.parameters),
                        options=dict(form.options))


def request_for(spec: TaskSpec, snapshot: FormSnapshot, model: str) -> CallRequest:
    """The call for ``model`` (empty: the task's default); FormError names a bad field
    ("model" for a bad model id or URL)."""
    return build_request(spec, snapshot.values, snapshot.parameters,
                         model=model.strip() or spec.default_model,
                         options=options_from_values(snapshot.options))


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
    for field in spec.inputs:
        value = snapshot.values.get(field.key)
        if value in (None, "", [], {}):
            continue
        parts.append(f"{field.label}: {_preview(value)}")
    params = [f"{name}={_preview(value)}" for name, value in snapshot.parameters.items()
              if value not in (None, "", [])]
    if params:
        parts.append("Parameters: " + ", ".join(params))
    return " · ".join(parts) if parts else "(empty form)"


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
