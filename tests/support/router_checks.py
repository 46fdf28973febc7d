"""Payload checks and deterministic answers shared by the fake router's routes
(``fake_router.py``), all written from docs/…/PROVIDERS.md (/work/shared/reference).

A check returns the problems it found as short sentences (empty: the payload is right);
the router turns them into a violation and a 422 answer, so a client test fails loudly
at the request that was wrong rather than later, on a confusing answer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable, Mapping
from email import policy
from email.parser import BytesParser
from typing import Any

_DATA_URL = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+);base64,(?P<data>.*)", re.S)
_SIZE = re.compile(r"[1-9]\d*x[1-9]\d*")


def split_data_url(url: str) -> tuple[str, bytes] | None:
    """(MIME type, bytes) of a ``data:<mime>;base64,...`` URL; None if ``url`` is not a
    well-formed one."""
    match = _DATA_URL.fullmatch(url)
    if match is None:
        return None
    try:
        return match["mime"], base64.b64decode(match["data"], validate=True)
    except (binascii.Error, ValueError):
        return None


def media_url_problem(value: Any, what: str, kinds: Iterable[str]) -> str | None:
    """An input file given as a URL (§3.1 image parts, §4.2 ``u``, §4.3 ``audio_url``):
    https, or a non-empty base64 data URL whose MIME type starts with one of ``kinds``
    (``"image/"``, ``"audio/"``...)."""
    if not isinstance(value, str):
        return f"{what} must be a URL string, not {type(value).__name__}"
    if value.startswith("https://"):
        return None
    if not value.startswith("data:"):
        return f"{what} must be an https or a data: URL, not {value[:40]!r}"
    parsed = split_data_url(value)
    if parsed is None:
        return f"{what} is not a valid base64 data URL ({value[:40]!r}...)"
    mime, data = parsed
    if not mime.startswith(tuple(kinds)):
        return f"{what} is labelled {mime!r}, expected {' or '.join(kinds)}*"
    if not data:
        return f"{what} holds no bytes"
    return None


def base64_problem(value: Any, what: str) -> str | None:
    """A bare base64 string (hf-inference ``inputs`` of a file)."""
    if not isinstance(value, str) or not value:
        return f"{what} must be a non-empty base64 string"
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return f"{what} is not valid base64"
    return None


def text_problem(body: Mapping[str, Any], key: str, *, empty_ok: bool = False) -> str | None:
    """``body[key]`` must be a string (non-empty unless ``empty_ok``)."""
    value = body.get(key)
    if not isinstance(value, str) or not (value or empty_ok):
        return f'"{key}" must be a{"" if empty_ok else " non-empty"} string, got {value!r}'
    return None


def size_problem(body: Mapping[str, Any], *, provider: str) -> list[str]:
    """nscale/zai-org take the size as ``"size": "WxH"`` (§4.1), never bare width/height."""
    problems = [f'{provider} takes the size as "size": "WxH", not "{key}"'
                for key in ("width", "height") if key in body]
    size = body.get("size")
    if size is not None and not (isinstance(size, str) and _SIZE.fullmatch(size)):
        problems.append(f'"size" must look like "1024x768", got {size!r}')
    return problems


def unexpected_keys(body: Mapping[str, Any], allowed: Iterable[str], where: str) -> list[str]:
    extra = sorted(set(body) - set(allowed))
    return [f"{where} has unexpected keys {extra}"] if extra else []


def null_keys(body: Mapping[str, Any]) -> list[str]:
    """PY drops None values before sending (§3.1): a null parameter is a client bug."""
    return [f'"{key}" is null: leave unset parameters out' for key, value in body.items()
            if value is None]


def multipart_fields(content_type: str, body: bytes
                     ) -> dict[str, tuple[str | None, bytes]] | None:
    """The fields of a ``multipart/form-data`` body, name -> (file name, bytes); None when
    it is not one. Parsed with the stdlib ``email`` parser, as a MIME document."""
    if not content_type.startswith("multipart/form-data") or "boundary=" not in content_type:
        return None
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        return None
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str):
            fields[name] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return fields


# ------------------------------------------------------------------ deterministic answers
def word_pieces(text: str) -> list[str]:
    """``text`` cut before each word, spaces kept: joined they give ``text`` back."""
    return re.findall(r"\s*\S+", text) or [text]


def word_count(text: str) -> int:
    return len(text.split())


def embedding(text: str, size: int = 8) -> list[float]:
    """A fixed vector per text (from its SHA-256), so tests can compare results."""
    digest = hashlib.sha256(text.encode()).digest()
    return [round((byte - 128) / 128, 4) for byte in digest[:size]]


def heard(audio: bytes | str) -> str:
    """The fake transcript: says how much audio arrived (or which URL), so a test can tell
    that the whole file was sent."""
    if isinstance(audio, str):
        return f"Heard {audio}."
    return f"Heard {len(audio)} bytes."


def echo(text: str) -> str:
    return f"Echo: {text}"
