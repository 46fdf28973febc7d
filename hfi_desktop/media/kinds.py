"""Which files an input takes: MIME patterns ("image/*", "audio/flac") ↔ file extensions.

Used by the drop zones to refuse an obviously wrong file while it is still being dragged, and
to build the Browse… dialog's filter. The content decides in the end (see images/audio).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PIL import Image

if TYPE_CHECKING:
    from collections.abc import Iterable

# The formats people drop; the rest of what Pillow reads is accepted too (under "image/*").
_COMMON_IMAGES: dict[str, tuple[str, ...]] = {
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "image/webp": (".webp",),
    "image/gif": (".gif",),
    "image/bmp": (".bmp", ".dib"),
    "image/tiff": (".tif", ".tiff"),
}

AUDIO_TYPES: dict[str, tuple[str, ...]] = {
    "audio/flac": (".flac",),
    "audio/wav": (".wav", ".wave"),
    "audio/mpeg": (".mp3", ".mp2"),
    "audio/ogg": (".ogg", ".oga", ".opus", ".spx"),
    "audio/mp4": (".m4a", ".mp4", ".m4b", ".aac"),
    "audio/aac": (".aac", ".adts"),
    "audio/webm": (".webm",),
    "audio/x-matroska": (".mka", ".mkv"),
    "audio/aiff": (".aif", ".aiff", ".aifc"),
    "audio/x-ms-wma": (".wma",),
    "audio/x-wavpack": (".wv",),
    "audio/ape": (".ape",),
}

_NAMES = {"image": "an image", "audio": "an audio file"}
ANY = "*/*"


@cache
def image_types() -> dict[str, tuple[str, ...]]:
    """MIME type → extensions for every format Pillow can open here."""
    Image.init()
    types: dict[str, list[str]] = {mime: list(exts) for mime, exts in _COMMON_IMAGES.items()}
    for ext, fmt in Image.registered_extensions().items():
        if fmt not in Image.OPEN:
            continue  # Pillow can write it, not read it
        mime = Image.MIME.get(fmt, f"image/x-{fmt.lower()}")
        if ext not in types.setdefault(mime, []):
            types[mime].append(ext)
    return {mime: tuple(exts) for mime, exts in types.items()}


def _all_types() -> dict[str, tuple[str, ...]]:
    return {**image_types(), **AUDIO_TYPES}


def matches(mime: str, patterns: Iterable[str]) -> bool:
    """Whether ``mime`` is one of ``patterns`` ("image/*" matches every image type)."""
    for pattern in patterns:
        if pattern in (mime, ANY) or (pattern.endswith("/*") and mime.startswith(pattern[:-1])):
            return True
    return False


def accepts_any(patterns: Iterable[str]) -> bool:
    return ANY in tuple(patterns)


def extensions_for(patterns: Iterable[str]) -> frozenset[str]:
    """Lower-case extensions (with the dot) of the types ``patterns`` name."""
    patterns = tuple(patterns)
    return frozenset(
        ext for mime, exts in _all_types().items() if matches(mime, patterns) for ext in exts
    )


def short_names(patterns: Iterable[str]) -> str:
    """ "PNG, JPEG or WebP" for ("image/png", "image/jpeg", "image/webp"); "any image" for
    ("image/*",)."""
    names: list[str] = []
    for pattern in patterns:
        major, _, minor = pattern.partition("/")
        if pattern == ANY:
            names.append("any file")
        elif minor == "*":
            names.append(f"any {'image' if major == 'image' else major + ' file'}")
        else:
            names.append(minor.removeprefix("x-").upper().replace("MPEG", "MP3"))
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def noun_for(patterns: Iterable[str]) -> str:
    """ "an image" / "an audio file" / "a file", for prompts ("Drop an image here")."""
    majors = {pattern.partition("/")[0] for pattern in patterns}
    return _NAMES.get(majors.pop(), "a file") if len(majors) == 1 else "a file"


def dialog_filter(patterns: Iterable[str], title: str) -> str:
    """A QFileDialog name filter: "Images (*.png *.jpg …);;All files (*)"."""
    patterns = tuple(patterns)
    if accepts_any(patterns):
        return "All files (*)"
    globs = " ".join(f"*{ext}" for ext in sorted(extensions_for(patterns)))
    return f"{title} ({globs});;All files (*)"
