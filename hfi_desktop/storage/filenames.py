"""File names built from server data (labels, model ids), made safe to write.

Nothing a server replies can name a file outside the folder the user chose:
:func:`sanitize_name` turns any text into ONE harmless path component (no separators, no
``..``, no control or invisible characters, no Windows-reserved device names, no leading
dot, bounded length), and :func:`safe_join` refuses any name that would still resolve
outside its folder (symlinks included). :func:`unique_path` picks ``name (2).png`` when a
name is taken.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Collection

#: Longest file name we build, in UTF-8 bytes. Filesystems allow 255; the rest leaves room
#: for `` (999)`` and for :mod:`hfi_desktop.storage.atomic`'s temporary-file decoration.
MAX_NAME_BYTES = 150
FALLBACK = "untitled"

# Characters Windows (and therefore many shared drives) refuses, and both separators.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"_{2,}")
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{base}{n}" for base in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
# Unicode categories dropped: controls, format characters (bidi overrides that disguise an
# extension, zero-width joiners), separators other than space, surrogates, unassigned.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


class UnsafePathError(ValueError):
    """A name that would leave its folder (``..``, a separator, an absolute path, a symlink
    pointing elsewhere)."""


def sanitize_name(text: object, *, fallback: str = FALLBACK,
                  max_bytes: int = MAX_NAME_BYTES) -> str:
    """One safe path component made from ``text`` (any value; ``str()`` of non-strings).

    NFC-normalized; path separators and characters Windows forbids become ``_``;
    control/invisible characters are dropped; whitespace runs become one space; leading
    dots and spaces and trailing dots and spaces are removed (hidden files, Windows
    trimming); Windows device names (``CON``, ``com1.txt`` …) get a ``_`` prefix; cut to
    ``max_bytes`` UTF-8 bytes at a character boundary. Never empty, never ``.``/``..``.
    """
    value = unicodedata.normalize("NFC", text if isinstance(text, str) else str(text))
    value = "".join(
        " " if ch.isspace() else ch
        for ch in value
        if ch.isspace() or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    value = _FORBIDDEN.sub("_", value)
    value = _REPEATS.sub("_", _SPACES.sub(" ", value))
    value = _truncate(value.strip(" ."), max_bytes).strip(" .")
    if not value:
        value = _truncate(sanitize_name(fallback, fallback=FALLBACK), max_bytes) or FALLBACK
    if value.split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        value = _truncate("_" + value, max_bytes)
    return value


def sanitize_filename(stem: object, extension: str = "", *,
                      max_bytes: int = MAX_NAME_BYTES) -> str:
    """``sanitize_name(stem)`` + ``extension`` (e.g. ``".png"``), the stem shortened so the
    whole name fits ``max_bytes``; the extension is sanitized too."""
    ext = ""
    if extension:
        ext = "." + sanitize_name(extension.lstrip("."), fallback="bin", max_bytes=16)
    room = max(16, max_bytes - len(ext.encode("utf-8")))
    return sanitize_name(stem, max_bytes=room) + ext


def model_slug(model: object) -> str:
    """A file-name-friendly form of a model id or endpoint URL: ``owner/name`` →
    ``owner--name``; ``https://host/path`` → ``host--path``."""
    text = str(model or "").strip()
    if text.lower().startswith(("http://", "https://")):
        parts = urlsplit(text)
        text = "/".join(p for p in (parts.hostname or "", parts.path.strip("/")) if p)
    return sanitize_name(text.replace("/", "--").replace("\\", "--"), fallback="model")


def _truncate(value: str, max_bytes: int) -> str:
    encoded = value.encode("utf-8")
    if len(encoded) <= max_bytes:
        return value
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def _is_single_component(part: str) -> bool:
    return (
        bool(part)
        and part not in (".", "..")
        and "/" not in part
        and "\\" not in part
        and "\x00" not in part
        and not os.path.isabs(part)
        and not (len(part) >= 2 and part[1] == ":")  # "C:name" (a drive-relative path)
    )


def safe_join(folder: str | os.PathLike[str], *parts: str) -> Path:
    """``folder / part / …``, refusing anything that would resolve outside ``folder``.

    Each part must be one path component (use :func:`sanitize_name` on server data first);
    the joined path is resolved (symlinks followed, for the parts that exist) and must stay
    inside the resolved folder. Raises :class:`UnsafePathError` otherwise.
    """
    if not parts:
        raise UnsafePathError("no file name given")
    for part in parts:
        if not _is_single_component(part):
            raise UnsafePathError(f"not a plain file name: {part!r}")
    root = Path(folder).resolve()
    joined = root.joinpath(*parts)
    resolved = joined.resolve()
    if resolved != root and root not in resolved.parents:
        raise UnsafePathError(f"{'/'.join(parts)!r} resolves outside {str(root)!r}")
    if resolved == root:
        raise UnsafePathError(f"{'/'.join(parts)!r} is the folder itself")
    return joined


def numbered(name: str, number: int) -> str:
    """``"name.png"`` → ``"name (2).png"`` (the number before the last extension)."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return f"{name} ({number})"
    return f"{stem} ({number}).{ext}"


def unique_name(name: str, taken: Collection[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… — the first not in ``taken`` (compared
    case-insensitively, as on Windows and macOS volumes)."""
    folded = {item.casefold() for item in taken}
    candidate, number = name, 1
    while candidate.casefold() in folded:
        number += 1
        candidate = numbered(name, number)
    return candidate


def unique_path(path: str | os.PathLike[str], taken: Collection[str] = ()) -> Path:
    """``path``, or ``path (2)``… — the first that does not exist on disk and is not in
    ``taken`` (names in the same folder, compared case-insensitively)."""
    target = Path(path)
    number = 1
    candidate = target
    folded = {item.casefold() for item in taken}
    while os.path.lexists(candidate) or candidate.name.casefold() in folded:
        number += 1
        candidate = target.with_name(numbered(target.name, number))
    return candidate
