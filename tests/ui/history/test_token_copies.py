"""Fault 11: a hostile local server plants the client's token, in every encoding, in an
error body and in a successful result. No copy may reach the screen, the exception's text,
the stored history record, the log, an export (txt/md/json, Save all) or the clipboard."""

from __future__ import annotations

import io
import json
import logging
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from hfi_desktop.credentials.secrets import RedactingFilter
from hfi_desktop.inference import HfInference, InferenceHTTPError
from hfi_desktop.present.error_messages import error_message
from hfi_desktop.redaction import encodings, redact, redact_bytes, register_secret
from hfi_desktop.storage.export.save import save_all
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.viewers.widgets import CopyButton
from tests.support.fake_api import Exchange, FakeInferenceAPI
from tests.support.qt_async import RunAsync
from tests.support.token_copies import needles, planted, texts
from tests.ui.history.conftest import stored
from tests.ui.pages import run_page

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"
TOKEN = "hf_COPYCHECK_" + secrets.token_hex(12)
COPIES = planted(TOKEN)


def holds_token(text: str) -> list[str]:
    """The copies of the token ``text`` shows (also with control characters and blanks
    between its letters, as a cleaned-up UTF-16 copy would read)."""
    squeezed = re.sub(r"[\s\x00-\x1f]", "", text)
    return [needle for needle in texts(TOKEN) if needle in text] + (
        ["spaced out"] if TOKEN in squeezed else [])


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    """The client of tests/ui/conftest.py, with the token (the local server is trusted)."""
    made = HfInference(TOKEN, base_url=fake_api.url, hub_url=fake_api.url, timeout=(2.0, 10.0),
                       token_policy=lambda url: True)
    yield made
    made.close()


@pytest.fixture
def log_text() -> Iterator[io.StringIO]:
    """The log as the app writes it: a handler with the redacting filter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(old_level)


class PlantInError:
    def __init__(self, copy: bytes) -> None:
        self.copy = copy

    def serve(self, ex: Exchange) -> None:
        ex.send(400, b'{"error": "rejected token ' + self.copy + b'"}',
                "application/json")


class PlantInResult:
    def __init__(self, copy: bytes) -> None:
        self.copy = copy

    def serve(self, ex: Exchange) -> None:
        label = self.copy.decode("latin-1")  # UTF-16's bytes as JSON carries them: \u0000…
        ex.send(200, json.dumps([{"label": f"echo {label}", "score": 0.9}]).encode(),
                "application/json")


@pytest.mark.parametrize("encoding", list(COPIES))
def test_a_token_in_an_error_body_is_redacted_everywhere(
        window: MainWindow, fake_api: FakeInferenceAPI, history: HistoryService,
        run_async: RunAsync, log_text: io.StringIO, client: HfInference,
        encoding: str) -> None:
    fake_api.program(SST2_PATH, PlantInError(COPIES[encoding]), times=2)
    with pytest.raises(InferenceHTTPError) as caught:
        client.text_classification(inputs="hi",
                                   model="distilbert-base-uncased-finetuned-sst-2-english")
    error = caught.value
    for text in (str(error), repr(error), error.message, error.server_message,
                 error_message(error)):
        assert holds_token(text) == [], text

    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you.")
    assert run_async(run_page(page)) == "error"
    assert holds_token(page.result_panel.error_box.message.text()) == []
    record = stored(history, page.last_run.id)
    assert record.error is not None and holds_token(json.dumps(record.error)) == []
    logging.getLogger("hfi_desktop.test").warning("failed: %s", error.server_message)
    logging.getLogger("hfi_desktop.test").warning("raw body: %s",
                                                  COPIES[encoding].decode("latin-1"))
    assert holds_token(log_text.getvalue()) == []


@pytest.mark.parametrize("encoding", list(COPIES))
def test_a_token_echoed_in_a_result_is_redacted_in_history_exports_and_copies(
        window: MainWindow, fake_api: FakeInferenceAPI, history: HistoryService,
        run_async: RunAsync, client: HfInference, tmp_path: Path, encoding: str) -> None:
    fake_api.program(SST2_PATH, PlantInResult(COPIES[encoding]), times=1)
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value(f"my token is {TOKEN}")
    assert run_async(run_page(page)) == "done"
    run = page.last_run
    assert run is not None
    record = stored(history, run.id)
    assert holds_token(json.dumps(record.to_json())) == [], record.to_json()
    run_async(history.flush())
    database = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    assert [n for n in needles(TOKEN) if n in database] == []

    folder = tmp_path / "exports"
    folder.mkdir()
    save_all([run, record], folder)  # Save all: every format of the run and the record
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert [n for n in needles(TOKEN) if n in data] == [], path.name

    buttons = page.result_panel.findChildren(CopyButton)
    assert buttons
    for button in buttons:  # the result's text and its raw JSON
        QGuiApplication.clipboard().clear()
        button.click()
        assert holds_token(QGuiApplication.clipboard().text()) == []


def test_every_encoding_of_an_odd_token_is_redacted() -> None:
    """A token that URL-encoding changes; every copy of it, text and bytes."""
    token = "tok/en+with=odd&chars_" + secrets.token_hex(6)
    register_secret(token)
    from urllib.parse import quote, quote_plus

    for copy in [quote(token, safe=""), quote_plus(token), *planted(token).values()]:
        text = copy if isinstance(copy, str) else copy.decode("latin-1")
        assert holds_any(redact(f"<{text}>"), token) == [], copy
        data = copy.encode("latin-1") if isinstance(copy, str) else copy
        assert [n for n in needles(token) if n in redact_bytes(b"<" + data + b">")] == []
    assert len(encodings(token)) > 10
    assert redact("Model gpt2 is loading") == "Model gpt2 is loading"


def holds_any(text: str, token: str) -> list[str]:
    from urllib.parse import quote

    return [n for n in [*texts(token), quote(token, safe="")] if n in text]
