"""The one error type of the media package."""

from __future__ import annotations

from hfi_desktop.translatable import Text

#: The context of the messages made with :meth:`MediaError.saying` (the UI translates
#: them: ``ui.i18n.said``).
CONTEXT = "MediaError"


class MediaError(ValueError):
    """A file the app can't use, with a message that names it and says what to do.

    The message is shown inline, next to the input that refused the file; made with
    :meth:`saying` it is a Text, shown in the UI's language (its str() the English).
    """

    @classmethod
    def saying(cls, template: str, /, **values: object) -> MediaError:
        """The error with ``template`` (marked for translation in this module's context)
        filled with ``values``."""
        return cls(Text(CONTEXT, template, **values))

