"""A token in every encoding a server or a file may carry it in, computed here independently
of the app's redaction, for tests that plant copies and then look for them.

``planted(token)``: name -> the text a hostile server puts in a body (as the wire carries
it: bytes). ``needles(token)``: the byte strings that betray the token in a file or a
screen's text (base64 at each alignment, the ends that depend on neighbours cut off).
"""

from __future__ import annotations

import base64
import json
from urllib.parse import quote


def planted(token: str) -> dict[str, bytes]:
    raw = token.encode()
    return {
        "plain": raw,
        "url-encoded": quote(f"Bearer {token}").encode(),
        "base64": base64.b64encode(b"Authorization: Bearer " + raw),
        "base64-urlsafe-shifted": base64.urlsafe_b64encode(b"xy" + raw),
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
        "utf-16-le": token.encode("utf-16-le"),
        "utf-16-be": token.encode("utf-16-be"),
        "json-escaped": "".join(f"\\u{ord(c):04x}" for c in token).encode(),
    }


def needles(token: str) -> list[bytes]:
    raw = token.encode()
    found = [raw, token.encode("utf-16-le"), token.encode("utf-16-be"), raw.hex().encode(),
             raw.hex().upper().encode(), quote(token, safe="").encode(),
             "".join(f"\\u{ord(c):04x}" for c in token).encode(),
             json.dumps(token.encode("utf-16-le").decode("latin-1"))[1:-1].encode()]
    for text in (raw, b"Bearer " + raw):
        for shift in range(3):
            for encode in (base64.b64encode, base64.urlsafe_b64encode):
                found.append(encode(b"x" * shift + text)[4:-4])
    return found


def texts(token: str) -> list[str]:
    """The needles as text (what a label or a log line would show)."""
    return [needle.decode("latin-1") for needle in needles(token)]
