"""Starting the local engine (``python -m hfi_desktop.engine --port 0``), the parts with no
Qt: its command, whether its optional extra is installed (looked up without importing it:
the GUI process never imports torch), and the first line it prints, which is untrusted."""

from __future__ import annotations

import importlib.util
import json
import sys
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

#: What the engine needs beyond the application (the ``local`` extra).
EXTRA_MODULES = ("torch", "transformers", "starlette", "uvicorn")
INSTALL_COMMAND = 'pip install "hfi-desktop[local]"'
#: The first line is at most this long (a URL and a token): more is not the engine.
MAX_READY_LINE = 4096


class EngineStartError(Exception):
    """The engine did not start as it should; the text says why, for the user."""


def engine_command(memory_budget_mb: int = 0) -> list[str]:
    """The engine, run by this Python (the project's environment); its memory budget for
    models when one is set (0: the engine's default)."""
    budget = ["--memory-budget-mb", str(memory_budget_mb)] if memory_budget_mb > 0 else []
    return [sys.executable, "-m", "hfi_desktop.engine", "--port", "0", *budget]


def missing_modules(find_spec: Callable[[str], Any] | None = None) -> list[str]:
    """The modules of the extra this Python cannot import (found, never imported)."""
    find = find_spec or importlib.util.find_spec
    missing = []
    for name in EXTRA_MODULES:
        try:
            found = find(name)
        except (ImportError, ValueError):
            found = None
        if found is None:
            missing.append(name)
    return missing


def missing_message(missing: Sequence[str]) -> Text:
    """Why the engine cannot start without ``missing``, and how to add them. The desktop
    build (frozen: packaging/build-desktop.sh) leaves the engine and torch out."""
    if getattr(sys, "frozen", False):
        return Text("EngineStart", QT_TRANSLATE_NOOP(
            "EngineStart", "The local engine is not part of the desktop build: it runs from a "
            "Python installation. Install the app with its local extra ({command}) and start "
            "hfi-desktop from there, or add a local server in Settings."),
            command=INSTALL_COMMAND)
    names = (Text("EngineStart", QT_TRANSLATE_NOOP("EngineStart", "{some} and {last}"),
                  some=", ".join(missing[:-1]), last=missing[-1])
             if len(missing) > 1 else ", ".join(missing))
    return Text("EngineStart", QT_TRANSLATE_NOOP(
        "EngineStart", "The local engine needs {names}, which this Python does not have. "
        "Install the local extra into the application's environment: {command} (for "
        "{python}), then start the engine again."), names=names, command=INSTALL_COMMAND,
        python=sys.executable)


def parse_ready_line(line: bytes) -> tuple[str, str]:
    """The engine's URL and token from its first stdout line ``{"url": ..., "token": ...}``;
    EngineStartError unless the URL is http on 127.0.0.1 with a port and the token a
    plain string."""
    if len(line) > MAX_READY_LINE:
        raise EngineStartError("the local engine's first line is too long: not its address")
    try:
        ready = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EngineStartError("the local engine's first line is not its address "
                               "(JSON with url and token)") from None
    if not isinstance(ready, dict):
        raise EngineStartError("the local engine's first line is not a JSON object")
    url, token = ready.get("url"), ready.get("token")
    if not isinstance(url, str) or not _is_loopback_url(url):
        raise EngineStartError("the local engine gave no http://127.0.0.1:<port> address")
    if (not isinstance(token, str) or not token or len(token) > 512
            or not token.isascii() or not token.isprintable() or " " in token):
        raise EngineStartError("the local engine gave no usable token")
    return url.rstrip("/"), token


def _is_loopback_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    return (parts.scheme == "http" and parts.hostname == "127.0.0.1" and port is not None
            and not parts.username and not parts.password and parts.path in ("", "/")
            and not parts.query and not parts.fragment)
