"""Locate result fragments (answers, entity words) in the input text."""

from __future__ import annotations

from typing import Literal

_SUBWORD_MARKS = ("##", "Ġ", "▁")

Location = tuple[int, int, Literal["offsets", "search"]]


def _clean(fragment: str) -> str:
    fragment = fragment.strip()
    for mark in _SUBWORD_MARKS:
        if fragment.startswith(mark):
            fragment = fragment[len(mark) :]
    return fragment.strip()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _loose(text: str) -> str:
    """For comparing a model's word with the text: no spaces, subword marks or case."""
    for mark in _SUBWORD_MARKS:
        text = text.replace(mark, "")
    return "".join(text.split()).casefold()


def search(text: str, fragment: str, start: int = 0) -> tuple[int, int] | None:
    """``fragment`` in ``text`` at or after ``start``: exact first, then ignoring case."""
    fragment = _clean(fragment)
    if not fragment:
        return None
    for begin in (start, 0) if start else (0,):
        found = text.find(fragment, begin)
        if found < 0 and len(text.lower()) == len(text):
            found = text.lower().find(fragment.lower(), begin)
        if found >= 0:
            return found, found + len(fragment)
    return None


def locate(
    text: str,
    fragment: str,
    start: object = None,
    end: object = None,
    *,
    search_from: int = 0,
) -> Location | None:
    """Where ``fragment`` stands in ``text``.

    The result's ``start``/``end`` offsets are used when they are whole numbers inside the
    text and the text there is the fragment, give or take case, spaces and subword marks
    (``##``, ``Ġ``, ``▁``). Otherwise (no offsets, offsets in another unit, a context that
    is not the one the model saw) the fragment is searched for, from ``search_from`` first.
    None when it is nowhere.
    """
    if (
        isinstance(start, int)
        and isinstance(end, int)
        and not isinstance(start, bool)
        and not isinstance(end, bool)
        and 0 <= start < end <= len(text)
    ):
        begin, stop = _trim(text, start, end)
        if begin < stop and (not fragment.strip() or _loose(text[begin:stop]) == _loose(fragment)):
            return begin, stop, "offsets"
    found = search(text, fragment, search_from)
    if found is None:
        return None
    return found[0], found[1], "search"
