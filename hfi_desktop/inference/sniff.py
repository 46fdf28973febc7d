"""What bytes are, from their first bytes: the app's one table of file signatures, and
whether they read as text.

The client uses it to type the images and audio it sends and receives; the layers above
use it too (results without a type, the "it looks like a PDF document" of a refused input,
placeholders in JSON), so a signature is added here once. No Qt, no I/O.
"""

from __future__ import annotations

import codecs

# ((offset, bytes) that must all be there, MIME type, what it is in words); the first match
# wins. WebM/Matroska and MP4 hold audio or video: their "video/" type is the one given
# unless audio is expected.
_Parts = tuple[tuple[int, bytes], ...]
_SIGNATURES: tuple[tuple[_Parts, str, str], ...] = (
    (((0, b"\x89PNG\r\n\x1a\n"),), "image/png", "a PNG image"),
    (((0, b"\xff\xd8\xff"),), "image/jpeg", "a JPEG image"),
    (((0, b"GIF8"),), "image/gif", "a GIF image"),
    (((0, b"RIFF"), (8, b"WEBP")), "image/webp", "a WebP image"),
    (((0, b"RIFF"), (8, b"WAVE")), "audio/wav", "a WAV audio file"),
    (((0, b"RIFF"), (8, b"AVI ")), "video/x-msvideo", "an AVI video"),
    (((0, b"BM"),), "image/bmp", "a BMP image"),
    (((0, b"II*\x00"),), "image/tiff", "a TIFF image"),
    (((0, b"MM\x00*"),), "image/tiff", "a TIFF image"),
    (((0, b"%PDF"),), "application/pdf", "a PDF document"),
    (((0, b"PK\x03\x04"),), "application/zip", "a ZIP archive (or an Office document)"),
    (((0, b"fLaC"),), "audio/flac", "a FLAC audio file"),
    (((0, b"ID3"),), "audio/mpeg", "an MP3 audio file"),
    (((0, b"OggS"),), "audio/ogg", "an Ogg audio file"),
    (((0, b"\x1a\x45\xdf\xa3"),), "video/webm", "a WebM/Matroska media file"),
    (((4, b"ftyp"),), "video/mp4", "an MP4/M4A media file"),
    (((0, b"7z\xbc\xaf\x27\x1c"),), "application/x-7z-compressed", "a 7-Zip archive"),
    (((0, b"\x1f\x8b"),), "application/gzip", "a gzip archive"),
    (((0, b"Rar!"),), "application/vnd.rar", "a RAR archive"),
    (((0, b"\x7fELF"),), "application/x-executable", "a program (ELF executable)"),
    (((0, b"MZ"),), "application/x-msdownload", "a Windows program"),
    (((0, b"SQLite format 3\x00"),), "application/vnd.sqlite3", "an SQLite database"),
)
#: Every phrase :func:`looks_like` may start with (for translators: ``ui.i18n_build``).
KINDS: tuple[str, ...] = (
    *dict.fromkeys(description for _, _, description in _SIGNATURES),
    "binary data of an unknown kind", "a text file with only blank space in it", "a text file",
    "a JSON or text file", "an HTML/XML/SVG text file",
)
_SAMPLE = 4096
_SNIPPET = 40
_AUDIO_OR_VIDEO = {"video/webm": "audio/webm", "video/mp4": "audio/mp4"}


def sniff_mime(data: bytes, expected: str = "") -> str | None:
    """The MIME type ``data`` starts like (images, audio, video, documents, archives,
    programs), or None when no signature matches (text, unknown or empty data).

    ``expected`` is the type (or ``"audio/"``) the caller expects: a container that holds
    audio or video (WebM, MP4) is then typed ``audio/…``, else ``video/…``.
    """
    mime = _match(data)[0]
    audio = _AUDIO_OR_VIDEO.get(mime or "")
    if audio is not None and expected.startswith("audio/"):
        return audio
    return mime


def looks_like(data: bytes) -> str:
    """A short phrase for what ``data`` seems to be, for messages such as "x.png is not an
    image: it looks like a PDF document": "a PDF document", "a text file (it starts with
    “…”)", "binary data of an unknown kind"."""
    description = _match(data)[1]
    if description is not None:
        return description
    text = _as_text(data[:_SAMPLE])
    if text is None:
        return "binary data of an unknown kind"
    stripped = text.lstrip()
    if not stripped:
        return "a text file with only blank space in it"
    kind = "a text file"
    if stripped[0] in "{[":
        kind = "a JSON or text file"
    elif stripped[0] == "<":
        kind = "an HTML/XML/SVG text file"
    first_line = stripped.splitlines()[0]
    snippet = first_line[:_SNIPPET] + ("…" if len(first_line) > _SNIPPET else "")
    return f"{kind} (it starts with “{snippet}”)"


def is_text(data: bytes) -> bool:
    """Whether the first 4 KB read as text (UTF-8, UTF-16 with a BOM, or Latin-1)."""
    return _as_text(data[:_SAMPLE]) is not None


def _match(data: bytes) -> tuple[str | None, str | None]:
    """(MIME type, description) of the first signature ``data`` has, else (None, None)."""
    for parts, mime, description in _SIGNATURES:
        if all(data[at:at + len(part)] == part for at, part in parts):
            return mime, description
    if _mpeg_frame(data):
        return "audio/mpeg", "an MP3 audio file"
    return None, None


def _mpeg_frame(data: bytes) -> bool:
    """An MP3 without an ID3 tag starts with a frame: 11 set bits (sync), a version that
    is not "reserved" and a layer; not the UTF-16 byte-order mark (FF FE) of a text."""
    if len(data) < 2 or data[0] != 0xFF or data[1] & 0xE0 != 0xE0:
        return False
    version, layer = (data[1] >> 3) & 0x3, (data[1] >> 1) & 0x3
    return version != 1 and layer != 0 and not data.startswith(codecs.BOM_UTF16_LE)


def _as_text(sample: bytes) -> str | None:
    """``sample`` decoded when it reads as text (UTF-8/UTF-16 with BOM), else None."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return sample.decode("utf-16", errors="replace")
    if b"\x00" in sample:
        return None
    try:
        # A sample may cut a multi-byte character in two: decode incrementally.
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(sample, final=False)
    except UnicodeDecodeError:
        text = sample.decode("latin-1")
    printable = sum(ch.isprintable() or ch in "\t\r\n\f" for ch in text)
    return text if text and printable / len(text) >= 0.95 else None
