"""A typed ``QT_TRANSLATE_NOOP``: marks a string for lupdate where it is written (a module
constant, an enum's caption) and returns it unchanged; the code that shows it translates it
with ``QCoreApplication.translate(context, text)``. (PySide6's own returns ``object``.)"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context  # read by lupdate only
    return text
