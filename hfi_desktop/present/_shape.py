"""Small checks of a result's shape that fail with a message naming what was expected."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NoReturn

from hfi_desktop.translatable import QT_TRANSLATE_NOOP

from .errors import PresentError


def describe(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:80]}{'…' if len(text) > 80 else ''}"


def fail(expected: str, value: object) -> NoReturn:
    raise PresentError.saying(QT_TRANSLATE_NOOP(
        "PresentError", "unexpected result: expected {expected}, got {value}"),
        expected=expected, value=describe(value))


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def records(value: object, expected: str) -> list[Mapping[str, Any]]:
    """A list of objects; accepts one object (wrapped) and a list of one list (2023)."""
    if isinstance(value, Mapping):
        value = [value]
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], list):
        value = value[0]
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        fail(expected, value)
    return list(value)


def first_record(value: object, expected: str) -> Mapping[str, Any]:
    items = records(value, expected)
    if not items:
        fail(expected, value)
    return items[0]


def text(item: Mapping[str, Any], key: str, expected: str) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        fail(expected, item)
    return value


def number(item: Mapping[str, Any], key: str, expected: str) -> float:
    value = item.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        fail(expected, item)
    return float(value)


def optional_number(item: Mapping[str, Any], key: str, expected: str) -> float | None:
    value = item.get(key)
    if value is None:
        return None
    if not is_number(value):
        fail(expected, item)
    return float(value)


def numbers(value: object, expected: str) -> list[float]:
    if not isinstance(value, list) or not all(is_number(item) for item in value):
        fail(expected, value)
    return [float(item) for item in value]
