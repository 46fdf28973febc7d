"""The local engine's start, the parts with no Qt: its first stdout line is untrusted (only
an http://127.0.0.1:<port> address and a plain token pass), and the extra is looked for
without being imported."""

from __future__ import annotations

import json
import sys

import pytest

from hfi_desktop.local.engine_start import (
    EngineStartError,
    engine_command,
    missing_message,
    missing_modules,
    parse_ready_line,
)


def line(value: object) -> bytes:
    return json.dumps(value).encode()


def test_a_good_line_gives_the_url_and_token() -> None:
    assert parse_ready_line(line({"url": "http://127.0.0.1:5123/", "token": "abc-DEF_1"})) == (
        "http://127.0.0.1:5123", "abc-DEF_1")


@pytest.mark.parametrize("ready", [
    {"url": "http://example.com:5123", "token": "t"},  # not this machine
    {"url": "http://localhost:5123", "token": "t"},  # a name, which may resolve elsewhere
    {"url": "https://127.0.0.1:5123", "token": "t"},
    {"url": "http://127.0.0.1", "token": "t"},  # no port
    {"url": "http://user:pw@127.0.0.1:5123", "token": "t"},
    {"url": "http://127.0.0.1:5123/elsewhere", "token": "t"},
    {"url": "http://127.0.0.1:99999", "token": "t"},
    {"url": 5123, "token": "t"},
    {"url": "http://127.0.0.1:5123", "token": ""},
    {"url": "http://127.0.0.1:5123", "token": 42},
    {"url": "http://127.0.0.1:5123", "token": "two words"},
    {"url": "http://127.0.0.1:5123", "token": "line\nbreak"},
    {"url": "http://127.0.0.1:5123"},
    ["http://127.0.0.1:5123", "t"],
])
def test_anything_else_is_refused(ready: object) -> None:
    with pytest.raises(EngineStartError):
        parse_ready_line(line(ready))


@pytest.mark.parametrize("raw", [b"Loading models...", b"\xff\xfe", b"{", b"x" * 5000])
def test_a_line_that_is_not_json_is_refused(raw: bytes) -> None:
    with pytest.raises(EngineStartError, match="first line"):
        parse_ready_line(raw)


def test_the_extra_is_looked_for_not_imported() -> None:
    asked: list[str] = []

    def find_spec(name: str) -> object | None:
        asked.append(name)
        if name == "starlette":
            raise ValueError("a broken install")
        return None if name == "torch" else object()

    assert missing_modules(find_spec) == ["torch", "starlette"]
    assert asked == ["torch", "transformers", "starlette", "uvicorn"]
    message = missing_message(["torch", "starlette"])
    assert "needs torch and starlette" in message
    assert 'pip install "hfi-desktop[local]"' in message and sys.executable in message


def test_the_command_is_the_engine_module_on_this_python() -> None:
    assert engine_command() == [sys.executable, "-m", "hfi_desktop.engine", "--port", "0"]


def test_the_desktop_build_says_the_engine_needs_a_python_installation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    message = missing_message(["torch"])
    assert "not part of the desktop build" in message
    assert 'pip install "hfi-desktop[local]"' in message and sys.executable not in message
