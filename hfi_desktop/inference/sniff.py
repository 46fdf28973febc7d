"""What bytes are, from their first bytes: the app's one table of file signatures.

The client uses it to type the images and audio it sends and receives; the layers above
use it too (results without a type, the "it looks like a PDF document" of a refused input,
placeholders in JSON), so a signature is added here once. No Qt, no I/O.
"""

from __future__ import annotations

import codecs

# ((offset, bytes) that must all be there, MIME type); the first match wins. WebM/Matroska
# and MP4 hold audio or video: their "video/" type is the one given unless audio is expected.
_Parts = tuple[tuple[int, bytes], ...]
_SIGNATURES: tuple[tuple[_Parts, str], ...] = (
    (((0, b"\x89PNG\r\n\x1a\n"),), "image/png"),
    (((0, b"\xff\xd8\xff"),), "image/jpeg"),
    (((0, b"GIF8"),), "image/gif"),
    (((0, b"RIFF"), (8, b"WEBP")), "image/webp"),
    (((0, b"RIFF"), (8, b"WAVE")), "audio/wav"),
    (((0, b"RIFF"), (8, b"AVI ")), "video/x-msvideo"),
    (((0, b"BM"),), "image/bmp"),
    (((0, b"II*\x00"),), "image/tiff"),
    (((0, b"MM\x00*"),), "image/tiff"),
    (((0, b"%PDF"),), "application/pdf"),
    (((0, b"PK\x03\x04"),), "application/zip"),
    (((0, b"fLaC"),), "audio/flac"),
    (((0, b"ID3"),), "audio/mpeg"),
    (((0, b"OggS"),), "audio/ogg"),
    (((0, b"\x1a\x45\xdf\xa3"),), "video/webm"),
    (((4, b"ftyp"),), "video/mp4"),
    (((0, b"7z\xbc\xaf\x27\x1c"),), "application/x-7z-compressed"),
    (((0, b"\x1f\x8b"),), "application/gzip"),
    (((0, b"Rar!"),), "application/vnd.rar"),
    (((0, b"\x7fELF"),), "application/x-executable"),
    (((0, b"MZ"),), "application/x-msdownload"),
    (((0, b"SQLite format 3\x00"),), "application/vnd.sqlite3"),
)
_AUDIO_OR_VIDEO = {"video/webm": "audio/webm", "video/mp4": "audio/mp4"}


def sniff_mime(data: bytes, expected: str = "") -> str | None:
    """The MIME type ``data`` starts like (images, audio, video, documents, archives,
    programs), or None when no signature matches (text, unknown or empty data).

    ``expected`` is the type (or ``"audio/"``) the caller expects: a container that holds
    audio or video (WebM, MP4) is then typed ``audio/…``, else ``video/…``.
    """
    mime = next((m for parts, m in _SIGNATURES
                 if all(data[at:at + len(part)] == part for at, part in parts)), None)
    if mime is None:
        return "audio/mpeg" if _mpeg_frame(data) else None
    audio = _AUDIO_OR_VIDEO.get(mime)
    if audio is not None and expected.startswith("audio/"):
        return audio
    return mime


def _mpeg_frame(data: bytes) -> bool:
    """An MP3 without an ID3 tag starts with a frame: 11 set bits (sync), a version that
    is not "reserved" and a layer; not the UTF-16 byte-order mark (FF FE) of a text."""
    if len(data) < 2 or data[0] != 0xFF or data[1] & 0xE0 != 0xE0:
        return False
    version, layer = (data[1] >> 3) & 0x3, (data[1] >> 1) & 0x3
    return version != 1 and layer != 0 and not data.startswith(codecs.BOM_UTF16_LE)
