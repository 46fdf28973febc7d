"""Write audio results to temp files QMediaPlayer can open; read their duration cheaply."""

from __future__ import annotations

import importlib
import io
import re

from hfi_desktop.temp_files import write_temp_file
from hfi_desktop.translatable import QT_TRANSLATE_NOOP

from .errors import PresentError
from .result_type import sniff_mime
from .types import AudioClip

_SUFFIXES = {
    "audio/flac": ".flac",
    "audio/x-flac": ".flac",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/wave": ".wav",
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/ogg": ".ogg",
    "audio/webm": ".webm",
    "audio/mp4": ".m4a",
    "audio/aac": ".aac",
}

def write_clip(data: bytes, mime: str, *, label: str) -> AudioClip:
    """Write one clip to a new temp file; ``mime`` falls back to what the bytes look like."""
    if not data:
        raise PresentError.saying(
            QT_TRANSLATE_NOOP("PresentError", "audio {label} is empty (0 bytes)"),
            label=repr(label))
    mime = (mime or "").split(";")[0].strip().lower()
    if not mime.startswith("audio/"):
        mime = sniff_mime(data) or mime or "application/octet-stream"
    suffix = _SUFFIXES.get(mime) or _SUFFIXES.get(sniff_mime(data) or "", ".audio")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", label)[:40] or "audio"
    path = str(write_temp_file(stem, suffix, data))
    return AudioClip(
        label=label, path=path, mime=mime, byte_size=len(data), duration_s=duration_of(data)
    )


def duration_of(data: bytes) -> float | None:
    """Seconds of audio: from the FLAC / WAV header, else mutagen if installed, else None."""
    mime = sniff_mime(data)
    if mime == "audio/flac":
        return _flac_duration(data)
    if mime == "audio/wav":
        return _wav_duration(data)
    return _mutagen_duration(data)


def _flac_duration(data: bytes) -> float | None:
    # STREAMINFO is the first metadata block: 20 bits sample rate, 3 channels, 5 bits per
    # sample, 36 bits total samples, starting 10 bytes into the block (byte 18 of the file).
    if len(data) < 26 or data[4] & 0x7F != 0:
        return None
    packed = int.from_bytes(data[18:26], "big")
    rate = packed >> 44
    samples = packed & ((1 << 36) - 1)
    return samples / rate if rate and samples else None


def _wav_duration(data: bytes) -> float | None:
    position, byte_rate = 12, 0
    while position + 8 <= len(data):
        chunk = data[position : position + 4]
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        body = position + 8
        if chunk == b"fmt " and size >= 12:
            byte_rate = int.from_bytes(data[body + 8 : body + 12], "little")
        elif chunk == b"data":
            if not byte_rate:
                return None
            size = min(size, len(data) - body)  # streamed WAVs may claim 0xFFFFFFFF
            return size / byte_rate
        position = body + size + (size & 1)
    return None


def _mutagen_duration(data: bytes) -> float | None:
    try:
        mutagen = importlib.import_module("mutagen")
    except ImportError:
        return None
    try:
        info = mutagen.File(io.BytesIO(data))
    except Exception:  # mutagen raises many types for unknown data; the duration is optional
        return None
    length = getattr(getattr(info, "info", None), "length", None)
    return float(length) if isinstance(length, int | float) and length > 0 else None
