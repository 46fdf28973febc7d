"""What a file's first bytes look like, for messages such as "it looks like a PDF document".

The signatures are the app's one table (:mod:`hfi_desktop.inference.sniff`); this module
only says them in words, and tells text from binary data.
"""

from __future__ import annotations

import codecs

from hfi_desktop.inference.sniff import sniff_mime

# By the MIME type the signature gives.
_DESCRIPTIONS: dict[str, str] = {
    "image/png": "a PNG image",
    "image/jpeg": "a JPEG image",
    "image/gif": "a GIF image",
    "image/webp": "a WebP image",
    "audio/wav": "a WAV audio file",
    "video/x-msvideo": "an AVI video",
    "image/bmp": "a BMP image",
    "image/tiff": "a TIFF image",
    "application/pdf": "a PDF document",
    "application/zip": "a ZIP archive (or an Office document)",
    "audio/flac": "a FLAC audio file",
    "audio/mpeg": "an MP3 audio file",
    "audio/ogg": "an Ogg audio file",
    "video/webm": "a WebM/Matroska media file",
    "video/mp4": "an MP4/M4A media file",
    "application/x-7z-compressed": "a 7-Zip archive",
    "application/gzip": "a gzip archive",
    "application/vnd.rar": "a RAR archive",
    "application/x-executable": "a program (ELF executable)",
    "application/x-msdownload": "a Windows program",
    "application/vnd.sqlite3": "an SQLite database",
}

_SAMPLE = 4096
_SNIPPET = 40


def looks_like(data: bytes) -> str:
    """A short phrase for what ``data`` seems to be: "a PDF document", "a text file (…)"."""
    mime = sniff_mime(data)
    if mime is not None:
        return _DESCRIPTIONS.get(mime, f"a {mime} file")
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
