"""Checking one form value at a time, with errors that name the field.

:func:`check_input` and :func:`check_parameter` return the value to send, or None when an
optional value is empty and is left out. Both use the same value checks, which report a problem
through ``fail`` (it builds the FormError naming the field). A problem is an English template
marked for translation (context "FormError") and its values: the UI shows it translated.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence

from hfi_desktop.translatable import QT_TRANSLATE_NOOP

from .model import FileValue, InputField, InputKind, Parameter, ParamType

FILE_KINDS = frozenset({InputKind.IMAGE, InputKind.AUDIO, InputKind.FILE})


class FormError(ValueError):
    """A value the form cannot send. ``field`` is the InputField key, ``"parameters.<name>"``
    or ``"model"``; the message starts with the field's label."""

    def __init__(self, field: str, message: str, *, label: str = "", problem: str = "",
                 values: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        #: The message's parts, when it is ``f"{label}: {problem.format(**values)}"``.
        self.label = label
        self.problem = problem
        self.values = dict(values or {})


Fail = Callable[..., FormError]


def _failing(field: str, label: str) -> Fail:
    def fail(problem: str, **values: object) -> FormError:
        return FormError(field, f"{label}: {problem.format(**values)}", label=label,
                         problem=problem, values=values)
    return fail


def form_error(field: str, label: str, problem: str, **values: object) -> FormError:
    """The FormError of ``field`` (shown as ``label``): ``problem``, a template marked for
    translation, filled with ``values``."""
    return _failing(field, label)(problem, **values)


def check_input(field: InputField, value: object) -> object | None:
    """The value to send for ``field`` (files stay FileValues); None: left out."""
    fail = _failing(field.key, field.label)
    if _is_blank(value):
        if field.required:
            raise fail(QT_TRANSLATE_NOOP("FormError", "required"))
        return None
    match field.kind:
        case InputKind.TEXT | InputKind.LONG_TEXT:
            return _as_text(value, fail)
        case InputKind.CHOICE:
            return _as_choice(value, field.choices, fail)
        case InputKind.IMAGE | InputKind.AUDIO | InputKind.FILE:
            return _as_file(value, fail)
        case InputKind.TEXT_LIST:
            entries = _as_texts(value, fail, strip=True)
            if not entries and field.required:
                raise fail(QT_TRANSLATE_NOOP("FormError", "add at least one entry"))
            return entries or None
        case InputKind.TABLE:
            return _as_table(value, fail)
        case InputKind.CONVERSATION:
            return _as_conversation(value, fail)
        case InputKind.JSON:
            return _as_json(value, fail, object_only=field.key == "parameters")
    raise AssertionError(f"unknown input kind {field.kind!r}")


def check_parameter(param: Parameter, value: object) -> object | None:
    """The value to send for ``param``; None when it is unset (None, "", an empty list)."""
    if _is_blank(value) or (isinstance(value, list | tuple) and not value):
        return None
    fail = _failing(f"parameters.{param.name}", param.name)
    match param.type:
        case ParamType.INT | ParamType.FLOAT:
            return _as_number(value, param, fail, whole=param.type is ParamType.INT)
        case ParamType.BOOL:
            return _as_bool(value, fail)
        case ParamType.STRING:
            return _as_text(value, fail)
        case ParamType.CHOICE:
            return _as_choice(value, param.choices, fail)
        case ParamType.STRING_LIST:
            # Sent as typed: a stop sequence may well be a space or a newline.
            return _as_texts(value, fail, strip=False)
    raise AssertionError(f"unknown parameter type {param.type!r}")


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _type_name(value: object) -> str:
    return type(value).__name__


# -- value checks ----------------------------------------------------------------------------


def _as_text(value: object, fail: Fail) -> str:
    if not isinstance(value, str):
        raise fail(QT_TRANSLATE_NOOP("FormError", "expected text, got {kind}"),
                   kind=_type_name(value))
    return value


def _as_bool(value: object, fail: Fail) -> bool:
    if not isinstance(value, bool):
        raise fail(QT_TRANSLATE_NOOP("FormError", "expected true or false, got {kind}"),
                   kind=_type_name(value))
    return value


def _as_choice(value: object, choices: Sequence[str], fail: Fail) -> str:
    if value not in choices:
        if len(choices) <= 8:
            raise fail(QT_TRANSLATE_NOOP("FormError", "{value!r} is not one of {choices}"),
                       value=value, choices=", ".join(choices))
        raise fail(QT_TRANSLATE_NOOP("FormError", "{value!r} is not one of the choices"),
                   value=value)
    return str(value)


def _as_file(value: object, fail: Fail) -> FileValue:
    if not isinstance(value, FileValue):
        raise fail(QT_TRANSLATE_NOOP("FormError", "expected a file, got {kind}"),
                   kind=_type_name(value))
    if not isinstance(value.data, bytes) or not value.data:
        raise fail(QT_TRANSLATE_NOOP("FormError", "the file {name!r} is empty"), name=value.name)
    return value


def _as_texts(value: object, fail: Fail, *, strip: bool) -> list[str]:
    """A list of texts, none of them empty (or blank, when ``strip``ped)."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise fail(QT_TRANSLATE_NOOP("FormError", "expected a list of texts, got {kind}"),
                   kind=_type_name(value))
    entries = []
    for number, entry in enumerate(value, 1):
        if not isinstance(entry, str):
            raise fail(QT_TRANSLATE_NOOP("FormError", "entry {number} is not text ({kind})"),
                       number=number, kind=_type_name(entry))
        entry = entry.strip() if strip else entry
        if not entry:
            raise fail(QT_TRANSLATE_NOOP("FormError", "entry {number} is empty"), number=number)
        entries.append(entry)
    return entries


def _as_number(value: object, param: Parameter, fail: Fail, *, whole: bool) -> int | float:
    if isinstance(value, str):
        text = value.strip()
        try:
            value = float(text)
        except ValueError:
            raise fail(QT_TRANSLATE_NOOP("FormError", "{text!r} is not a number"),
                       text=text) from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(QT_TRANSLATE_NOOP("FormError", "expected a number, got {kind}"),
                   kind=_type_name(value))
    if not math.isfinite(value):
        raise fail(QT_TRANSLATE_NOOP("FormError", "must be a finite number"))
    low, high = param.minimum, param.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            raise fail(QT_TRANSLATE_NOOP(
                "FormError", "must be between {low:g} and {high:g}, got {value:g}"),
                low=low, high=high, value=value)
        if low is not None:
            raise fail(QT_TRANSLATE_NOOP("FormError", "must be at least {low:g}, got {value:g}"),
                       low=low, value=value)
        raise fail(QT_TRANSLATE_NOOP("FormError", "must be at most {high:g}, got {value:g}"),
                   high=high, value=value)
    if not whole:
        return float(value)
    if not float(value).is_integer():
        raise fail(QT_TRANSLATE_NOOP("FormError", "must be a whole number, got {value:g}"),
                   value=value)
    return int(value)


def _as_conversation(value: object, fail: Fail) -> dict[str, object]:
    if not isinstance(value, Mapping):
        raise fail(QT_TRANSLATE_NOOP("FormError", "expected a conversation, got {kind}"),
                   kind=_type_name(value))
    text = value.get("text")
    if not isinstance(text, str) or _is_blank(text):
        raise fail(QT_TRANSLATE_NOOP("FormError", "write a message"))
    turns: dict[str, list[str]] = {}
    for key in ("past_user_inputs", "generated_responses"):
        items = value.get(key) or ()
        if isinstance(items, str) or not isinstance(items, Sequence) or not all(
            isinstance(item, str) for item in items
        ):
            raise fail(QT_TRANSLATE_NOOP("FormError", "{key} must be a list of texts"), key=key)
        turns[key] = list(items)
    if len(turns["past_user_inputs"]) != len(turns["generated_responses"]):
        raise fail(QT_TRANSLATE_NOOP("FormError",
                                     "every earlier message needs the model's response"))
    return {**turns, "text": text}


def parse_json(text: str) -> object:
    """``text`` parsed as JSON; ValueError saying where it is not ("invalid JSON at line 2,
    column 5: Expecting ',' delimiter")."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None


def _as_json(value: object, fail: Fail, *, object_only: bool) -> object | None:
    """JSON text parsed (a syntax error gives its line and column), or a JSON-able value."""
    if isinstance(value, str):
        try:
            parsed: object = parse_json(value)
        except ValueError as exc:
            raise fail("{error}", error=str(exc)) from None
    else:
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError):
            raise fail(QT_TRANSLATE_NOOP("FormError", "cannot be sent as JSON ({kind})"),
                       kind=_type_name(value)) from None
        parsed = value
    if object_only and parsed is not None and not isinstance(parsed, dict):
        raise fail(QT_TRANSLATE_NOOP("FormError", "must be a JSON object, like {example}"),
                   example='{"top_k": 3}')
    return parsed


def _as_table(value: object, fail: Fail) -> dict[str, list[str]]:
    """A column → cells table; also takes (header, cells) pairs, where headers may repeat."""
    if isinstance(value, Mapping):
        columns = list(value.items())
    elif isinstance(value, Sequence) and not isinstance(value, str) and all(
        isinstance(pair, Sequence) and not isinstance(pair, str) and len(pair) == 2
        for pair in value
    ):
        columns = [(pair[0], pair[1]) for pair in value]
    else:
        raise fail(QT_TRANSLATE_NOOP("FormError", "expected a table, got {kind}"),
                   kind=_type_name(value))
    if not columns:
        raise fail(QT_TRANSLATE_NOOP("FormError", "add at least one column"))
    table: dict[str, list[str]] = {}
    for number, (header, cells) in enumerate(columns, 1):
        name = header.strip() if isinstance(header, str) else ""
        if not name:
            raise fail(QT_TRANSLATE_NOOP("FormError", "column {number} has no header"),
                       number=number)
        if name in table:
            raise fail(QT_TRANSLATE_NOOP("FormError", "two columns are named {name!r}"),
                       name=name)
        if isinstance(cells, str) or not isinstance(cells, Sequence):
            raise fail(QT_TRANSLATE_NOOP("FormError", "column {name!r}: expected a list of cells"),
                       name=name)
        table[name] = [_as_cell(cell, fail, name, row) for row, cell in enumerate(cells, 1)]
    lengths = {len(cells) for cells in table.values()}
    if len(lengths) > 1:
        detail = ", ".join(f"{name!r}: {len(cells)}" for name, cells in table.items())
        raise fail(QT_TRANSLATE_NOOP("FormError",
                                     "the columns have different numbers of rows ({detail})"),
                   detail=detail)
    if lengths == {0}:
        raise fail(QT_TRANSLATE_NOOP("FormError", "add at least one row"))
    return table


def _as_cell(cell: object, fail: Fail, column: str, row: int) -> str:
    """Cells go on the wire as text; numbers typed in a table are written out."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool) and math.isfinite(cell):
        return str(cell)
    raise fail(QT_TRANSLATE_NOOP("FormError",
                                 "column {column!r}, row {row}: expected text, got {kind}"),
               column=column, row=row, kind=_type_name(cell))
