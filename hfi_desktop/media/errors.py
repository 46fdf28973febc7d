"""The one error type of the media package."""

from __future__ import annotations


class MediaError(ValueError):
    """A file the app can't use, with a message that names it and says what to do.

    The message is shown as is, inline, next to the input that refused the file.
    """

