"""The result as pretty JSON for the raw view, with binary payloads replaced by short
placeholders (``"<image/jpeg, 34 KB>"``) and lists of numbers kept on a few lines."""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Mapping

from hfi_desktop.sizes import counted, human_size

from .result_type import sniff_mime

WIDTH = 100  # characters per line for wrapped lists of numbers and strings
#: Lists longer than this have an item per line, however long (a stream's 5,000 events:
#: 5,000 lines rather than 25,000, written some 5 times faster).
LONG_LIST_ITEMS = 1_000
LONG_LINE = 4 * WIDTH  # longest line such an item may take
MAX_CHARS = 4_000_000  # beyond this the text is cut (a note says how much was left out)
_BASE64_MIN = 256  # strings at least this long are checked for base64 binary payloads
#: A value on one line (C encoder; NaN and what is not JSON raise, for the slow way).
_INLINE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def pretty_json(value: object) -> str:
    """Pretty JSON of a result (JSON-like values, Blob-likes with ``data`` and ``type``)."""
    parts: list[str] = []
    _write(value, 0, parts)
    text = "".join(parts)
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        cut = cut if cut > 0 else MAX_CHARS
        text = f"{text[:cut]}\n… ({counted(len(text) - cut, 'more character')} not shown)"
    return text


def placeholder(mime: str, size: int, *, base64_encoded: bool = False) -> str:
    suffix = ", base64" if base64_encoded else ""
    return f"<{mime}, {human_size(size)}{suffix}>"


def _write(value: object, indent: int, out: list[str], used: int = 0) -> None:
    """Append ``value`` at ``indent``; ``used`` characters of the line are already taken."""
    inline = _inline(value, WIDTH - indent - used)
    if inline is not None:
        out.append(inline)
    elif isinstance(value, Mapping):
        _write_object(value, indent, out)
    elif isinstance(value, list | tuple):
        _write_array(value, indent, out)
    else:
        out.append(_scalar(value))


def _inline(value: object, budget: int) -> str | None:
    """``value`` on one line if it fits in ``budget`` characters, else None."""
    if isinstance(value, Mapping | list | tuple):
        if 3 * len(value) > budget:  # each item takes 3 characters at least ("1, ")
            return None
        try:  # the C encoder writes what the code below would, some 20 times faster
            text = _INLINE.encode(value)
        except (TypeError, ValueError):  # bytes, Blobs, NaN: the slow way
            pass
        else:
            return text if len(text) <= budget else None
    if isinstance(value, Mapping):
        items = [(json.dumps(str(k), ensure_ascii=False) + ": ", v) for k, v in value.items()]
        opening, closing = "{", "}"
    elif isinstance(value, list | tuple):
        items = [("", v) for v in value]
        opening, closing = "[", "]"
    else:
        text = _scalar(value)
        return text if len(text) <= budget else None
    parts: list[str] = []
    length = 2
    for prefix, item in items:
        part = _inline(item, budget - length - len(prefix))
        if part is None:
            return None
        parts.append(prefix + part)
        length += len(prefix) + len(part) + 2
        if length > budget + 2:
            return None
    return opening + ", ".join(parts) + closing


def _write_object(value: Mapping[object, object], indent: int, out: list[str]) -> None:
    pad = " " * (indent + 2)
    out.append("{\n")
    for index, (key, item) in enumerate(value.items()):
        name = f"{json.dumps(str(key), ensure_ascii=False)}: "
        out.append(pad + name)
        _write(item, indent + 2, out, len(name))
        out.append(",\n" if index < len(value) - 1 else "\n")
    out.append(" " * indent + "}")


def _write_array(value: list[object] | tuple[object, ...], indent: int, out: list[str]) -> None:
    pad = " " * (indent + 2)
    if all(_is_flat(item) for item in value):  # numbers and short strings: fill the lines
        lines: list[str] = []
        line = ""
        for entry in (_scalar(item) for item in value):
            if line and len(pad) + len(line) + len(entry) + 1 > WIDTH:
                lines.append(pad + line.rstrip())
                line = ""
            line += entry + ", "
        lines.append(pad + line.rstrip(", "))
        out.append("[\n" + "\n".join(lines) + "\n" + " " * indent + "]")
        return
    long_list = len(value) > LONG_LIST_ITEMS
    out.append("[\n")
    for index, item in enumerate(value):
        out.append(pad)
        on_one_line = _one_line(item) if long_list else None
        if on_one_line is not None:
            out.append(on_one_line)
        else:
            _write(item, indent + 2, out)
        out.append(",\n" if index < len(value) - 1 else "\n")
    out.append(" " * indent + "]")


def _one_line(value: object) -> str | None:
    """``value`` on one line, or None if the C encoder cannot write it or the line would be
    over LONG_LINE (a long string may be base64 data, which the slow way replaces)."""
    try:
        line = _INLINE.encode(value)
    except (TypeError, ValueError):
        return None
    return line if len(line) <= LONG_LINE else None


def _is_flat(value: object) -> bool:
    return (
        value is None
        or isinstance(value, bool | int | float)
        or (isinstance(value, str) and len(value) <= 40)
    )


def _scalar(value: object) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return json.dumps(str(value))
    if isinstance(value, str):
        return json.dumps(_binary_string(value) or value, ensure_ascii=False)
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return json.dumps(placeholder(sniff_mime(data) or "binary", len(data)))
    blob_data = getattr(value, "data", None)
    blob_type = getattr(value, "type", None)
    if isinstance(blob_data, bytes) and isinstance(blob_type, str):  # Blob
        return json.dumps(placeholder(blob_type or "binary", len(blob_data)))
    if value is None or isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(str(value), ensure_ascii=False)


def _binary_string(value: str) -> str | None:
    """A placeholder for a long base64 string holding an image or audio, else None."""
    if len(value) < _BASE64_MIN or " " in value[:64]:
        return None
    try:
        head = base64.b64decode(value[:64], validate=True)
    except (binascii.Error, ValueError):
        return None
    mime = sniff_mime(head)
    if mime is None:
        return None
    size = len(value) * 3 // 4 - value[-2:].count("=")
    return placeholder(mime, size, base64_encoded=True)
