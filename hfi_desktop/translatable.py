"""Marking strings for translation where they are defined, below the UI (no Qt there).

``QT_TRANSLATE_NOOP("Tasks", "Text classification")`` returns the text as it is; lupdate
finds it by this name and puts it in the translation file under its context; the UI shows
it with ``QCoreApplication.translate(context, text)``. (PySide6's own QT_TRANSLATE_NOOP is
typed to return ``object``; this one is a ``str``.)
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """``text``, marked for translation in ``context``."""
    return text
