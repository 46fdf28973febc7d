"""A qualitative palette and a stable colour per label.

Colours are ``#rrggbb`` strings (no Qt needed). The same label gets the same colour in
every result; labels of one result never share a colour while the palette has room.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

#: Tableau 10 without its brown and grey (too dull over photos), then four more vivid
#: hues: tell-apart colours that stay readable as pale fills under text and as outlines on
#: light and dark backgrounds.
PALETTE: tuple[str, ...] = (
    "#4e79a7",  # blue
    "#f28e2b",  # orange
    "#e15759",  # red
    "#76b7b2",  # teal
    "#59a14f",  # green
    "#edc948",  # yellow
    "#b07aa1",  # purple
    "#ff9da7",  # pink
    "#17becf",  # cyan
    "#e377c2",  # magenta
    "#bcbd22",  # olive
    "#9467bd",  # violet
)


def _preferred_index(label: str) -> int:
    return zlib.crc32(label.casefold().encode("utf-8")) % len(PALETTE)


def colour_for(label: str) -> str:
    """The label's own colour (the same on every call, in every process)."""
    return PALETTE[_preferred_index(label)]


def assign_colours(labels: Iterable[str]) -> dict[str, str]:
    """Colours for the distinct labels of one result, in first-seen order.

    Each label gets its own colour (:func:`colour_for`) unless an earlier label of the
    same result took it; then the next free palette entry. Past the palette's size,
    colours repeat.
    """
    out: dict[str, str] = {}
    used: set[int] = set()
    for label in labels:
        if label in out:
            continue
        index = _preferred_index(label)
        if len(used) < len(PALETTE):
            while index in used:
                index = (index + 1) % len(PALETTE)
        used.add(index)
        out[label] = PALETTE[index]
    return out
