"""What a result's bytes are (results without a type, placeholders in JSON).

The signatures are the app's one table, :mod:`hfi_desktop.inference.sniff`; here a
container that holds audio or video (WebM, MP4) is taken as audio, as results in one are
(text-to-speech, audio-to-audio).
"""

from __future__ import annotations

from hfi_desktop.inference.sniff import sniff_mime as _sniff_mime


def sniff_mime(data: bytes) -> str | None:
    """The MIME type the bytes look like (WebM and MP4 as audio), or None."""
    return _sniff_mime(data, "audio/")
