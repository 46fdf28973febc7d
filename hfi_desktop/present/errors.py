"""The one error preparation raises: a result the viewers cannot show, said plainly."""

from __future__ import annotations


class PresentError(ValueError):
    """A result (or its context) that cannot be prepared for display.

    The message is meant for the user: it says what was expected and what came instead,
    e.g. ``"mask 2 ('cat') is not a PNG image (starts with b'GIF89a')"``.
    """
