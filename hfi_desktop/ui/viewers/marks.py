"""Marks that a comparison puts on the items of a result (detection boxes, entity spans)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MarkStyle = Literal["extra", "missed", "note"]


@dataclass(frozen=True)
class Mark:
    """A note on one item of a result, added to its tag and tooltip.

    - ``extra``: only this result has the item (drawn dashed, or with a wavy underline);
    - ``missed``: an item another result has and this one lacks (drawn as a grey ghost);
    - ``note``: nothing but the note (e.g. "cat in A" for a box another model labels cat).
    """

    style: MarkStyle
    note: str = ""


#: Colours of the marks (the same on light and dark themes).
EXTRA_COLOUR = "#d64545"
MISSED_COLOUR = "#8a8a8a"
