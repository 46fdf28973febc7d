"""A qualitative palette and a stable colour per label.

Colours are ``#rrggbb`` strings (no Qt needed). The same label gets the same colour in
every result; labels of one result never share a colour while the palette has room.
"""

from __future__ import annotations

import colorsys
import zlib
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

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


#: The golden ratio's fraction: hues this far apart, again and again, stay far apart.
_HUE_STEP = 0.618033988749895


def instance_colours(labels: Sequence[str]) -> list[str]:
    """A colour per item, for results whose items are instances (masks: one per cat):
    instances of one label must be told apart. The first item of a label gets the label's
    colour (:func:`assign_colours`), the next ones the palette's colours no label took, in
    turn; past those, the label's colour turned round the colour wheel."""
    label_colours = assign_colours(labels)
    spare = [colour for colour in PALETTE if colour not in label_colours.values()]
    out: list[str] = []
    seen: set[str] = set()
    for label in labels:
        if label not in seen:
            seen.add(label)
            out.append(label_colours[label])
        elif spare:
            out.append(spare.pop(0))
        else:
            out.append(_turned(label_colours[label], len(out)))
    return out


def instance_names(labels: Sequence[str]) -> list[str]:
    """``cat 1``, ``cat 2``, … for a label that several items have; the label alone for
    the only one."""
    totals = Counter(labels)
    numbers: Counter[str] = Counter()
    names = []
    for label in labels:
        numbers[label] += 1
        names.append(f"{label} {numbers[label]}" if totals[label] > 1 else label)
    return names


def _turned(colour: str, steps: int) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    turned = colorsys.hls_to_rgb((hue + steps * _HUE_STEP) % 1.0, lightness, saturation)
    return "#" + "".join(f"{round(channel * 255):02x}" for channel in turned)
