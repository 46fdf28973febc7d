"""Crash safety of the history: the application is killed (SIGKILL) mid-stream, then the
history is opened again, fresh: nothing finished is lost, the stream is kept as partial."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.content_store import ContentStore
from hfi_desktop.storage.history.store import HistoryFilter, HistoryStore
from tests.support.fake_api import FakeInferenceAPI, Stream
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.sse import numbered_tokens, token_frames

from .harness import AppChild, damaged_files, integrity_check

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

FLAN_PATH = "/models/google/flan-t5-xxl"


def test_a_kill_mid_stream_keeps_every_run_and_the_partial_text(
        fake_api: FakeInferenceAPI, tmp_path: Path) -> None:
    tokens = numbered_tokens(3000)
    fake_api.program(FLAN_PATH, Stream(token_frames(tokens), delay_s=0.01))  # ~30 s
    sent = "".join(tokens)
    data = tmp_path / "data"

    with AppChild("stream", data, fake_api.url) as child:
        finished = [child.wait_for("DONE", timeout=30), child.wait_for("DONE")]
        streaming = child.wait_for("STREAMING")
        child.kill()

    db = data / "history.sqlite3"
    assert integrity_check(db) == "ok"
    files = ContentStore(data / "files")
    store = HistoryStore(db, files)  # opening recovers what the kill left running
    try:
        assert store.integrity_check() == "ok"
        assert store.recovered == 1
        for run_id in finished:
            record = store.get(run_id)
            assert record is not None and record.state is RunState.DONE, record
            assert record.result is not None
        record = store.get(streaming)
        assert record is not None
        assert record.state is RunState.INTERRUPTED and record.partial
        assert record.text and sent.startswith(record.text)
        assert len(record.text) < len(sent)
        assert store.count() == 3
        assert [s.id for s in store.query(HistoryFilter(state=RunState.INTERRUPTED))] \
            == [streaming]
        assert files.hashes(), "the image run's input file is in the store"
        assert store.referenced_hashes() == files.hashes()
        assert damaged_files(data / "files") == []
    finally:
        store.close()
