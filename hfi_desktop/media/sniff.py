"""What a file's first bytes look like, for messages such as "it looks like a PDF document"."""

from __future__ import annotations

import codecs

# (prefix, offset, description, MIME type); the first match wins.
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image", "image/png"),
    (b"\xff\xd8\xff", 0, "a JPEG image", "image/jpeg"),
    (b"GIF8", 0, "a GIF image", "image/gif"),
    (b"WEBP", 8, "a WebP image", "image/webp"),
    (b"WAVE", 8, "a WAV audio file", "audio/wav"),
    (b"AVI ", 8, "an AVI video", "video/x-msvideo"),
    (b"BM", 0, "a BMP image", "image/bmp"),
    (b"II*\x00", 0, "a TIFF image", "image/tiff"),
    (b"MM\x00*", 0, "a TIFF image", "image/tiff"),
    (b"%PDF", 0, "a PDF document", "application/pdf"),
    (b"PK\x03\x04", 0, "a ZIP archive (or an Office document)", "application/zip"),
    (b"fLaC", 0, "a FLAC audio file", "audio/flac"),
    (b"ID3", 0, "an MP3 audio file", "audio/mpeg"),
    (b"OggS", 0, "an Ogg audio file", "audio/ogg"),
    (b"\x1a\x45\xdf\xa3", 0, "a WebM/Matroska media file", "video/webm"),
    (b"ftyp", 4, "an MP4/M4A media file", "video/mp4"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive", "application/x-7z-compressed"),
    (b"\x1f\x8b", 0, "a gzip archive", "application/gzip"),
    (b"Rar!", 0, "a RAR archive", "application/vnd.rar"),
    (b"\x7fELF", 0, "a program (ELF executable)", "application/x-executable"),
    (b"MZ", 0, "a Windows program", "application/x-msdownload"),
    (b"SQLite format 3\x00", 0, "an SQLite database", "application/vnd.sqlite3"),
)

_SAMPLE = 4096
_SNIPPET = 40


def looks_like(data: bytes) -> str:
    """A short phrase for what ``data`` seems to be: "a PDF document", "a text file (…)"."""
    for prefix, offset, description, _ in _SIGNATURES:
        if data[offset : offset + len(prefix)] == prefix:
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


def sniff_mime(data: bytes) -> str | None:
    """The MIME type the content's signature says, "text/plain" for text, else None."""
    for prefix, offset, _, mime in _SIGNATURES:
        if data[offset : offset + len(prefix)] == prefix:
            return mime
    return "text/plain" if is_text(data) else None


def is_text(data: bytes) -> bool:
    return _as_text(data[:_SAMPLE]) is not None


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
