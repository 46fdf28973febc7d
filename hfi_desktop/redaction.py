"""The one redaction: every copy of a registered access token, in every encoding a server or
a file may carry it in, replaced by :data:`REDACTED` — applied wherever text or data leaves
the process (error messages, logs, history, exports, snippets, the clipboard).

A token is registered once (:func:`register_secret`: the client, the settings) and then
found as: itself; URL-encoded; base64 (standard and URL-safe, at each of the three byte
alignments a prefix can give it, so inside ``base64("Authorization: Bearer …")`` too); hex
(lower and upper case); UTF-16 LE and BE (as text decoded byte for byte, and as JSON writes
it, ``h\\u0000f\\u0000…``); JSON ``\\uXXXX`` escapes. Plus, for tokens never registered,
whatever follows ``Bearer`` and anything shaped like a Hugging Face token (``hf_…``).

Bottom layer: no imports of the application, so that the client and credentials share it.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from typing import Any
from urllib.parse import quote, quote_plus

#: What a token is replaced with.
REDACTED = "hf_***"
#: Shorter "tokens" are not registered: replacing them would mangle ordinary text.
MIN_SECRET_CHARS = 8

_TOKEN_PATTERN = r"\bhf_[A-Za-z0-9_]{16,}"
# A credential's characters only: "Bearer $HF_TOKEN", "Bearer {os.environ[…]}" (snippets)
# stay as they are.
_BEARER_PATTERN = re.compile(r"(?i)(bearer\s+)(?!hf_\*\*\*)[A-Za-z0-9._~+/-]{8,}=*")

_lock = threading.Lock()
_secrets: frozenset[str] = frozenset()
_forms: tuple[str, ...] = ()  # every registered token's encodings, longest first
_byte_forms: tuple[bytes, ...] = ()
_HF_TOKEN_TEXT = re.compile(_TOKEN_PATTERN)
_HF_TOKEN_BYTES = re.compile(_TOKEN_PATTERN.encode())


def _base64_cores(data: bytes) -> set[str]:
    """The base64 characters that depend on ``data`` alone, whatever precedes or follows it:
    for each alignment (0, 1, 2 bytes before it), the groups made of its bytes only."""
    cores: set[str] = set()
    for shift in range(3):
        start = 4 if shift else 0
        end = 4 * ((shift + len(data)) // 3)
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            core = encode(b"\0" * shift + data).decode("ascii")[start:end]
            if len(core) >= MIN_SECRET_CHARS:
                cores.add(core)
    return cores


def encodings(token: str) -> set[str]:
    """Every text form of ``token`` that :func:`redact` removes."""
    raw = token.encode("utf-8")
    forms = {token, quote(token, safe=""), quote_plus(token), raw.hex(), raw.hex().upper(),
             "".join(f"\\u{ord(c):04x}" for c in token),
             "".join(f"\\u{ord(c):04X}" for c in token)}
    for order in ("utf-16-le", "utf-16-be"):
        wide = token.encode(order).decode("latin-1")  # the bytes read one by one
        forms |= {wide, json.dumps(wide)[1:-1],  # and that text as JSON writes it
                  "".join(f"\\u{ord(c):04x}" for c in wide)}
    forms |= _base64_cores(raw)
    return forms


def register_secret(token: str) -> None:
    """Redact ``token`` (in every encoding) from now on."""
    global _secrets, _forms, _byte_forms
    token = token.strip()
    if len(token) < MIN_SECRET_CHARS:
        return
    with _lock:
        if token in _secrets:
            return
        _secrets = _secrets | {token}
        forms: set[str] = set()
        for secret in _secrets:
            forms |= encodings(secret)
        _forms = tuple(sorted(forms, key=len, reverse=True))  # the longest copy first
        _byte_forms = tuple(sorted({f.encode("utf-8") for f in forms}, key=len, reverse=True))


def redact(text: str) -> str:
    """``text`` without any copy of a token."""
    if not text:
        return text
    for form in _forms:  # `in` is a fast scan; most texts hold none of them
        if form in text:
            text = text.replace(form, REDACTED)
    text = _HF_TOKEN_TEXT.sub(REDACTED, text)
    return _BEARER_PATTERN.sub(lambda m: m.group(1) + REDACTED, text)


def redact_bytes(data: bytes) -> bytes:
    """``data`` (a file's bytes, in any text encoding) without any copy of a token."""
    if not data:
        return data
    for form in _byte_forms:
        if form in data:
            data = data.replace(form, REDACTED.encode())
    return _HF_TOKEN_BYTES.sub(REDACTED.encode(), data)


def redact_data(value: Any) -> Any:
    """A JSON-like value (dicts, lists, tuples, strings) with every string and key redacted;
    other values (numbers, bytes of images and sounds, objects) as they are."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact_data(k): redact_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_data(item) for item in value]
    if isinstance(value, tuple):
        return tuple(redact_data(item) for item in value)
    return value
