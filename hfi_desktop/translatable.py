"""Marking strings for translation where they are defined, below the UI (no Qt there).

``QT_TRANSLATE_NOOP("Tasks", "Text classification")`` returns the text as it is; lupdate
finds it by this name and puts it in the translation file under its context; the UI shows
it with ``QCoreApplication.translate(context, text)``. (PySide6's own QT_TRANSLATE_NOOP is
typed to return ``object``; this one is a ``str``.)
"""

from __future__ import annotations

#: The context of the task catalog's strings (task and group names, summaries, input labels,
#: help, example titles): they are defined below the UI, and collected for lupdate from the
#: catalog itself (see ui/i18n_build).
CATALOG_CONTEXT = "Catalog"
#: The context of the errors' titles and next steps (present/error_messages).
ERROR_CONTEXT = "ErrorMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """``text``, marked for translation in ``context``."""
    return text


class Text(str):
    """A text made below the UI for the user to read: the English (what ``str`` gives, what
    logs, tests and saved files keep), with the marked template it was made from and its
    values, for the UI to show it translated (``ui.i18n.shown``). A value may be a Text of
    its own (translated in turn); an empty ``context`` means "shown as it is" (a server's
    words, or lines joined)."""

    context: str
    template: str
    values: dict[str, object]

    def __new__(cls, context: str, template: str, /, **values: object) -> Text:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.context, made.template, made.values = context, template, values
        return made

    def __getnewargs_ex__(self) -> tuple[tuple[str, str], dict[str, object]]:
        return (self.context, self.template), self.values  # copies and pickles stay Texts

    @classmethod
    def verbatim(cls, text: str) -> Text:
        """``text`` as it is, in every language."""
        return cls("", text)

    @classmethod
    def lines(cls, *parts: str) -> Text:
        """``parts`` one per line (each translated, if it is a Text)."""
        return cls.joined("\n", *parts)

    @classmethod
    def joined(cls, separator: str, *parts: str) -> Text:
        """``parts`` with ``separator`` between them (each translated, if it is a Text)."""
        names = [f"part{i}" for i in range(len(parts))]
        return cls("", separator.join(f"{{{name}}}" for name in names),
                   **dict(zip(names, parts, strict=True)))
