"""Where streamed Markdown may be cut: the end of a block that no later text can change.

A reply is rendered in two parts: the blocks that are complete (rendered once) and the
block still growing (rendered again each frame). A cut is safe after a blank line, outside
a fenced code block, before a line that starts a new block at the left margin: a line that
is indented or starts a list item could still belong to the list or code above it.
Pure Python: the view (ui/chat/markdown_view.py) asks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
#: A line that may continue the block before a blank line: indented, or a list item.
_CONTINUES = re.compile(r"[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]")


def cuts(text: str, start: int, end: int) -> Iterator[int]:
    """The safe cuts in ``text[start:end]``, in order (only whole lines are read; ``start``
    is a cut or 0)."""
    fence: str | None = None
    position = start
    blank_before = False
    while True:
        newline = text.find("\n", position, end)
        if newline < 0:
            return
        line = text[position:newline]
        opener = _FENCE.match(line)
        if fence is None:
            if blank_before and line.strip() and not _CONTINUES.match(line):
                yield position
            if opener is not None:
                marker = opener.group(1)
                if marker[0] != "`" or "`" not in line[opener.end():]:
                    fence = marker
            blank_before = not line.strip()
        else:
            if (opener is not None and opener.group(1)[0] == fence[0]
                    and len(opener.group(1)) >= len(fence) and not line[opener.end():].strip()):
                fence = None
            blank_before = False
        position = newline + 1
