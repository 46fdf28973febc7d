"""How a number of bytes, or of things, is written, everywhere in the app (no Qt, no I/O).

A leaf module like ``threads`` and ``resources``: every layer may import it (the inference
client does not need it).
"""

from __future__ import annotations

from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

#: The context of the sizes' units (the UI translates them: ``ui.i18n.shown``).
CONTEXT = "Sizes"
_UNITS = (QT_TRANSLATE_NOOP("Sizes", "{size} KB"), QT_TRANSLATE_NOOP("Sizes", "{size} MB"),
          QT_TRANSLATE_NOOP("Sizes", "{size} GB"))


def human_size(n_bytes: int) -> Text:
    """``512 bytes``, ``1 byte``, ``1.5 KB``, ``31.2 MB``, ``20 MB``: a Text (its str() the
    English, for file names, logs and exports; the UI shows it translated).

    Binary multiples (1 KB = 1024 bytes), written KB/MB/GB as most people know them, because
    the app's own limits are binary: Settings' "Maximum input size" and "history size" are
    in MB of 1024 x 1024 bytes, and so are the download and response limits. A refusal
    such as "huge.png is 31.2 MB; the limit is 20 MB (Settings)." then repeats the number the
    user typed; decimal units would show that limit as "21 MB". One decimal, none when it is
    ``.0``.
    """
    if n_bytes < 1024:
        return Text(CONTEXT, QT_TRANSLATE_NOOP("Sizes", "{size} byte") if n_bytes == 1
                    else QT_TRANSLATE_NOOP("Sizes", "{size} bytes"), size=n_bytes)
    value = float(n_bytes)
    unit = _UNITS[0]
    for unit in _UNITS:
        value /= 1024
        if value < 1023.95 or unit == _UNITS[-1]:
            break
    return Text(CONTEXT, unit, size=f"{value:.1f}".removesuffix(".0"))


def counted(n: int, noun: str, plural: str | None = None, *, separators: bool = True) -> str:
    """``1 word``, ``0 words``, ``1,234 words``; ``plural`` when adding an "s" is wrong
    (``counted(2, "entry", "entries")``). ``separators``: thousands separated by commas."""
    number = f"{n:,}" if separators else str(n)
    return f"{number} {noun if n == 1 else plural or noun + 's'}"
