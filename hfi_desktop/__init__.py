"""hfi_desktop: a PySide6 desktop app to try Hugging Face models.

Drop an input on a task, run it against one or more models side by side, and save the
results. ``hfi_desktop.inference`` is the HTTP client (no Qt); the rest is the Qt app.
"""

__version__ = "0.1.0"
