"""Audio for the local engine: it reads WAV only (its process has no FFmpeg), and the files
people drop are FLAC, MP3, Ogg… (the app's own examples are FLAC). A recording in another
format is converted to 16-bit PCM WAV here, with Qt Multimedia's decoder (the one export
uses), before it is sent. Where it cannot be converted it is sent as it is: the engine's
answer then names its format."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from hfi_desktop.inference.sniff import sniff_mime
from hfi_desktop.storage.export.source import Binary, ExportError
from hfi_desktop.storage.export.wav import is_wav, to_wav, wav_conversion_available

if TYPE_CHECKING:
    from hfi_desktop.catalog import CallRequest

log = logging.getLogger(__name__)


def _audio_mime(value: object) -> str:
    """The type of a file sent as bytes when it is audio the engine cannot read; ""."""
    if not isinstance(value, bytes):
        return ""
    mime = sniff_mime(value) or ""
    if not mime.startswith("audio/") or is_wav(Binary(mime, len(value), value)):
        return ""
    return mime


def needs_wav(request: CallRequest) -> bool:
    """Whether ``request`` sends audio the engine cannot read (cheap: on the GUI thread)."""
    return wav_conversion_available() and any(map(_audio_mime, request.kwargs.values()))


def with_wav_audio(request: CallRequest) -> CallRequest:
    """``request`` with the audio it sends as WAV (in a worker: decoding runs a local loop).
    Its ``files`` (the user's, kept by history) stay as they are."""
    kwargs = dict(request.kwargs)
    for key, value in request.kwargs.items():
        mime = _audio_mime(value)
        if not mime:
            continue
        assert isinstance(value, bytes)
        try:
            kwargs[key] = to_wav(Binary(mime, len(value), value))
        except ExportError as error:
            log.info("audio sent as it is to the local engine: %s", error)
    return dataclasses.replace(request, kwargs=kwargs)
