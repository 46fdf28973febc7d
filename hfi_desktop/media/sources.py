"""Read an input file (or take given bytes) with the checks every kind of media shares."""

from __future__ import annotations

import os
from dataclasses import dataclass

from hfi_desktop.media.errors import MediaError
from hfi_desktop.sizes import human_size
from hfi_desktop.translatable import QT_TRANSLATE_NOOP

_FOLDER = QT_TRANSLATE_NOOP("MediaError", "{name} is a folder. Choose a file inside it instead.")


@dataclass(frozen=True)
class Source:
    data: bytes
    name: str
    path: str | None


def display_name(source: str | bytes | object, name: str | None, fallback: str) -> str:
    if name:
        return name
    if isinstance(source, str):
        return os.path.basename(source.rstrip("/\\")) or source
    return fallback


def read_source(
    source: str | bytes, *, name: str | None, max_bytes: int | None, fallback_name: str
) -> Source:
    """The bytes of ``source`` (a path, or the content itself), refused when unusable.

    Refuses: a missing path, a folder, an unreadable file, 0 bytes, more than ``max_bytes``.
    The size is checked before reading, so a huge file is never read into memory.
    """
    shown = display_name(source, name, fallback_name)
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _check_size(shown, len(data), max_bytes)
        return Source(data, shown, None)
    path = os.path.abspath(os.fspath(source))
    try:
        if os.path.isdir(path):
            raise MediaError.saying(_FOLDER, name=shown)
        size = os.path.getsize(path)
        _check_size(shown, size, max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(size + 1 if max_bytes is None else max_bytes + 1)
    except FileNotFoundError:
        raise MediaError.saying(QT_TRANSLATE_NOOP(
            "MediaError", "{name} was not found: it may have been moved or deleted."),
            name=shown) from None
    except PermissionError:
        raise MediaError.saying(QT_TRANSLATE_NOOP(
            "MediaError", "{name} can't be read: permission denied."), name=shown) from None
    except IsADirectoryError:
        raise MediaError.saying(_FOLDER, name=shown) from None
    except OSError as exc:
        raise MediaError.saying(QT_TRANSLATE_NOOP("MediaError", "{name} can't be read: {error}."),
                                name=shown, error=str(exc.strerror or exc)) from None
    _check_size(shown, len(data), max_bytes)  # it may have changed since the stat
    return Source(data, shown, path)


def _check_size(name: str, size: int, max_bytes: int | None) -> None:
    if size == 0:
        raise MediaError.saying(QT_TRANSLATE_NOOP("MediaError", "{name} is empty (0 bytes)."),
                                name=name)
    if max_bytes is not None and size > max_bytes:
        raise MediaError.saying(QT_TRANSLATE_NOOP(
            "MediaError", "{name} is {size}; the limit is {limit} (Settings)."),
            name=name, size=human_size(size), limit=human_size(max_bytes))
