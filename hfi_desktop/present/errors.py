"""The one error preparation raises: a result the viewers cannot show, said plainly."""

from __future__ import annotations

from hfi_desktop.translatable import Text

#: The context of the messages made with :meth:`PresentError.saying` (the UI translates
#: them: ``ui.i18n.shown``).
CONTEXT = "PresentError"


class PresentError(ValueError):
    """A result (or its context) that cannot be prepared for display.

    The message is meant for the user: it says what was expected and what came instead,
    e.g. ``"mask 2 ('cat') is not a PNG image (starts with b'GIF89a')"``.
    """

    @classmethod
    def saying(cls, template: str, /, **values: object) -> PresentError:
        """The error with ``template`` (marked for translation in this module's context)
        filled with ``values``: a Text, whose str() is the English (logs, history)."""
        return cls(Text(CONTEXT, template, **values))


def numbered(n: int, one: str, many: str) -> Text:
    """``n`` things, ``one`` and ``many`` being the marked templates ("{n} row", "{n} rows")."""
    return Text(CONTEXT, one if n == 1 else many, n=f"{n:,}")
