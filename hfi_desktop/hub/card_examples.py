"""A model card's widget entries as examples of a task: each entry's keys (``text``, ``src``,
``context``, ``candidate_labels``, ``table``…) put at the task's InputField keys.

An entry that cannot fill every required input of the task is left out. File inputs hold the
URL of the file (``src``), to be downloaded when the example is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from hfi_desktop.catalog.model import InputField, InputKind, TaskSpec

from .models import WidgetExample

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

FILE_KINDS = (InputKind.IMAGE, InputKind.AUDIO)
#: How many examples of one card are offered, at most.
MAX_EXAMPLES = 8

# Widget keys that may fill an input, in order of preference, by InputField key.
_SOURCES: Mapping[str, tuple[str, ...]] = {
    "inputs": ("text", "inputs"),
    "inputs.question": ("question", "text"),
    "inputs.context": ("context",),
    "inputs.query": ("query", "text"),
    "inputs.table": ("table",),
    "inputs.data": ("structured_data", "table"),
    "inputs.source_sentence": ("source_sentence",),
    "inputs.sentences": ("sentences",),
    "parameters.candidate_labels": ("candidate_labels",),
}


def widget_examples(
    entries: Iterable[Mapping[str, Any]], spec: TaskSpec, hub_url: str
) -> list[WidgetExample]:
    """The entries that fit ``spec``'s inputs, as examples (titles made unique)."""
    examples: list[WidgetExample] = []
    titles: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        values = _values(entry, spec.inputs, hub_url)
        if values is None:
            continue
        title = _title(entry, number, titles)
        titles.add(title)
        examples.append(WidgetExample(title, values, _parameters(entry, spec)))
        if len(examples) >= MAX_EXAMPLES:
            break
    return examples


def _title(entry: Mapping[str, Any], number: int, taken: set[str]) -> str:
    raw = entry.get("example_title")
    title = " ".join(raw.split()) if isinstance(raw, str) and raw.strip() else f"Example {number}"
    title = title if len(title) <= 40 else title[:39] + "…"
    unique, n = title, 2
    while unique in taken:
        unique, n = f"{title} ({n})", n + 1
    return unique


def _values(
    entry: Mapping[str, Any], fields: Sequence[InputField], hub_url: str
) -> dict[str, object] | None:
    values: dict[str, object] = {}
    for field in fields:
        value = _value_for(entry, field, hub_url)
        if value is None:
            if field.required:
                return None
            continue
        values[field.key] = value
    return values or None


def _value_for(entry: Mapping[str, Any], field: InputField, hub_url: str) -> object | None:
    if field.kind in FILE_KINDS:
        src = entry.get("src")
        if not isinstance(src, str) or not src.strip():
            return None
        return urljoin(hub_url.rstrip("/") + "/", src.strip())
    convert = _CONVERTERS.get(field.kind)
    if convert is None:  # JSON, CHOICE, FILE: custom requests take no card examples
        return None
    for name in _SOURCES.get(field.key, ()):
        value = convert(entry.get(name))
        if value is not None:
            return value
    return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _text_list(value: object) -> tuple[str, ...] | None:
    if isinstance(value, str):  # candidate_labels: "refund, legal, faq"
        items = [part.strip() for part in value.split(",")]
    elif isinstance(value, list):
        items = [str(item).strip() for item in value if isinstance(item, str | int | float)]
    else:
        return None
    items = [item for item in items if item]
    return tuple(items) or None


def _table(value: object) -> dict[str, tuple[str, ...]] | None:
    if isinstance(value, dict) and isinstance(value.get("data"), dict):
        value = value["data"]  # structured_data: {"data": {...}} in some cards
    if not isinstance(value, dict) or not value:
        return None
    table: dict[str, tuple[str, ...]] = {}
    for name, cells in value.items():
        if not isinstance(cells, list):
            return None
        table[str(name)] = tuple("" if cell is None else str(cell) for cell in cells)
    if len({len(cells) for cells in table.values()}) != 1:
        return None  # ragged: not a table the form would accept
    return table


def _conversation(value: object) -> dict[str, object] | None:
    text = _text(value)
    if text is None:
        return None
    return {"past_user_inputs": (), "generated_responses": (), "text": text}


_CONVERTERS: Mapping[InputKind, Callable[[object], object | None]] = {
    InputKind.TEXT: _text,
    InputKind.LONG_TEXT: _text,
    InputKind.TEXT_LIST: _text_list,
    InputKind.TABLE: _table,
    InputKind.CONVERSATION: _conversation,
}


def _parameters(entry: Mapping[str, Any], spec: TaskSpec) -> dict[str, object]:
    names = {param.name for param in spec.parameters}
    multi = entry.get("multi_class", entry.get("multi_label"))
    if "multi_label" in names and isinstance(multi, bool):
        return {"multi_label": multi}
    return {}
