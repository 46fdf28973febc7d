"""Values written as Python or JavaScript source: one line when short, one item a line when
not. Strings are JSON string literals, which both languages read the same way."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence

from .request import FileRef

WIDTH = 88
FileRenderer = Callable[[FileRef], str]
_JS_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class _Writer:
    def __init__(self, *, python: bool, step: int, file: FileRenderer) -> None:
        self.python = python
        self.step = step
        self.file = file

    def scalar(self, value: object) -> str | None:
        if isinstance(value, FileRef):
            return self.file(value)
        if isinstance(value, bool):
            return ("True" if value else "False") if self.python else ("true" if value else "false")
        if value is None:
            return "None" if self.python else "null"
        if isinstance(value, int | float):
            return repr(value)
        if isinstance(value, str):
            return string(value)
        return None

    def key(self, name: object) -> str:
        text = str(name)
        if not self.python and _JS_IDENTIFIER.fullmatch(text):
            return text
        return string(text)

    def write(self, value: object, indent: int, lead: int = 0) -> str:
        """``lead``: what the line holds before the value (its budget is smaller)."""
        simple = self.scalar(value)
        if simple is not None:
            return simple
        if isinstance(value, Mapping):
            items = [f"{self.key(k)}: {self.write(v, indent + self.step, len(str(k)) + 2)}"
                     for k, v in value.items()]
            return self._wrap("{", items, "}", indent, lead)
        if isinstance(value, Sequence) and not isinstance(value, str | bytes):
            items = [self.write(v, indent + self.step) for v in value]
            return self._wrap("[", items, "]", indent, lead)
        raise TypeError(f"cannot write a {type(value).__name__} as code")

    def _wrap(self, opening: str, items: list[str], closing: str, indent: int,
              lead: int = 0) -> str:
        pad_inside = " " if opening == "{" and not self.python and items else ""
        one_line = opening + pad_inside + ", ".join(items) + pad_inside + closing
        if "\n" not in one_line and indent + lead + len(one_line) <= WIDTH:
            return one_line
        pad = " " * (indent + self.step)
        body = "".join(f"{pad}{item},\n" for item in items)
        return f"{opening}\n{body}{' ' * indent}{closing}"


def python(value: object, indent: int = 0, *, file: FileRenderer | None = None,
           lead: int = 0) -> str:
    """``value`` as a Python expression (tuples as lists); FileRefs as their path. ``lead``:
    the width of what precedes it on its first line."""
    return _Writer(python=True, step=4, file=file or (lambda ref: string(ref.path))).write(
        value, indent, lead)


def javascript(value: object, indent: int = 0, *, file: FileRenderer | None = None,
               lead: int = 0) -> str:
    """``value`` as a JavaScript expression; FileRefs through ``file`` (default: the path)."""
    return _Writer(python=False, step=2, file=file or (lambda ref: string(ref.path))).write(
        value, indent, lead)


def python_call(function: str, args: Sequence[tuple[str | None, str]]) -> str:
    """``function(args)`` with the arguments already written: on one line when it fits, else
    one argument a line. ``args``: (keyword or None for a positional, source)."""
    parts = [value if name is None else f"{name}={value}" for name, value in args]
    one_line = f"{function}({', '.join(parts)})"
    if "\n" not in one_line and len(one_line) <= WIDTH:
        return one_line
    return function + "(\n" + "".join(f"    {part},\n" for part in parts) + ")"
