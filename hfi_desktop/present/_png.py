"""Recover the rows of a truncated PNG (a cut-off download or recording).

Pillow refuses truncated images unless a process-wide switch is set, which other code
relies on being off. Instead: keep the complete chunks before the image data, inflate as
much of the image data as there is, pad the missing rows with zeros and wrap it all in a
fresh, valid PNG that Pillow decodes normally (it does the unfiltering, in C).
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_IEND_CHUNK = b"IEND\xaeB`\x82"  # type + CRC of the empty closing chunk
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # by PNG colour type


def is_truncated_png(data: bytes) -> bool:
    """A PNG without its closing chunk (trailing zero padding allowed): cut short."""
    return data.startswith(SIGNATURE) and not data.rstrip(b"\0").endswith(_IEND_CHUNK)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def repair_truncated_png(data: bytes) -> bytes | None:
    """A complete PNG holding what ``data`` had (missing rows zero), or None if the
    header itself is cut or the image is interlaced."""
    if not data.startswith(SIGNATURE):
        return None
    position = len(SIGNATURE)
    header: bytes | None = None
    before_data: list[bytes] = []
    compressed: list[bytes] = []
    while position + 8 <= len(data):
        length = struct.unpack(">I", data[position : position + 4])[0]
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        complete = len(body) == length
        if kind == b"IHDR" and complete:
            header = body
        elif kind == b"IDAT":
            compressed.append(body)
        elif kind == b"IEND":
            break
        elif complete and not compressed and kind[0:1].isupper():  # PLTE, tRNS, ...
            before_data.append(_chunk(kind, body))
        position += 12 + length
    if header is None or len(header) != 13 or not compressed:
        return None
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = _CHANNELS.get(colour_type)
    if channels is None or interlace != 0 or width == 0 or height == 0:
        return None
    row_bytes = (width * channels * depth + 7) // 8
    expected = height * (row_bytes + 1)
    try:
        raw = zlib.decompressobj().decompress(b"".join(compressed), expected)
    except zlib.error:
        return None
    raw = raw + bytes(expected - len(raw))
    return b"".join(
        [
            SIGNATURE,
            _chunk(b"IHDR", header),
            *before_data,
            _chunk(b"IDAT", zlib.compress(raw, 1)),
            _chunk(b"IEND", b""),
        ]
    )
