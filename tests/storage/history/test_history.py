"""The history database: WAL, records in and out, recovery, filters, search, pages, deletion."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.content_store import ContentStore
from hfi_desktop.storage.history.schema import SCHEMA_VERSION, SchemaError
from hfi_desktop.storage.history.store import HistoryFilter, HistoryStore
from hfi_desktop.storage.records import RunRecord

T0 = 1_700_000_000.0


def record(n: int = 0, **changes: Any) -> RunRecord:
    values: dict[str, Any] = {
        "task_id": "text-classification",
        "model": "distilbert-base-uncased-finetuned-sst-2-english",
        "form": {"inputs": f"I like run number {n}"},
        "parameters": {},
        "options": {"use_cache": True},
        "id": f"run{n:05d}",
        "started_at": T0 + n,
        "state": RunState.DONE,
        "elapsed_s": 0.25,
        "http_status": 200,
        "response_bytes": 60,
        "result": [{"label": "POSITIVE", "score": 0.99}, {"label": "NEGATIVE", "score": 0.01}],
    }
    values.update(changes)
    return RunRecord(**values)


@pytest.fixture(params=[True, False], ids=["fts", "like"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HistoryStore]:
    made = HistoryStore(tmp_path / "history.sqlite3", ContentStore(tmp_path / "files"),
                        fts=request.param)
    assert made.fts is request.param
    yield made
    made.close()


def test_the_database_is_in_wal_mode_with_normal_sync(store: HistoryStore) -> None:
    assert store.journal_mode() == "wal"
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert store._conn.execute("SELECT version FROM schema_version").fetchone()[0] \
        == SCHEMA_VERSION
    assert store.integrity_check() == "ok"
    indices = {name for (name,) in store._conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'runs'")}
    assert {"runs_by_time", "runs_by_task", "runs_by_model", "runs_by_state"} <= indices


def test_a_run_goes_in_and_comes_back(store: HistoryStore) -> None:
    started = record(1, state=RunState.RUNNING, result=None, elapsed_s=None)
    store.start(started)
    assert store.get("run00001") == started
    finished = record(1)
    store.finish(finished)
    assert store.get("run00001") == finished
    assert store.get("missing") is None
    [summary] = store.query()
    assert summary.id == "run00001" and summary.state is RunState.DONE
    assert summary.snippet == "I like run number 1 → POSITIVE (0.99)"
    assert not summary.partial and summary.elapsed_s == 0.25 and summary.http_status == 200


def test_streamed_text_is_updated_while_running_only(store: HistoryStore) -> None:
    store.start(record(2, task_id="text-generation-stream", state=RunState.RUNNING,
                       result=None))
    assert store.update_text("run00002", "Once upon", tokens=2)
    assert store.update_text("run00002", "Once upon a time", tokens=4)
    got = store.get("run00002")
    assert got is not None and got.text == "Once upon a time" and got.tokens == 4
    assert got.partial
    store.finish(record(2, task_id="text-generation-stream", state=RunState.CANCELLED,
                        result=None, text="Once upon a time, there", tokens=5))
    assert not store.update_text("run00002", "late text")
    got = store.get("run00002")
    assert got is not None and got.text == "Once upon a time, there"
    assert store.query()[0].partial


def test_opening_recovers_runs_left_running(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    first = HistoryStore(path)
    first.start(record(1, state=RunState.RUNNING, result=None, text="partial te"))
    first.start(record(2, state=RunState.RUNNING, result=None))
    first.finish(record(3))
    first.close()

    second = HistoryStore(path)
    assert second.recovered == 2
    one, two, three = (second.get(f"run0000{n}") for n in (1, 2, 3))
    assert one is not None and one.state is RunState.INTERRUPTED and one.partial
    assert one.text == "partial te"
    assert two is not None and two.state is RunState.INTERRUPTED and not two.partial
    assert three is not None and three.state is RunState.DONE
    assert second.count(HistoryFilter(text="partial")) == 1, "the text is searchable now"
    second.close()


def fill(store: HistoryStore) -> None:
    store.finish(record(0))
    store.finish(record(1, model="gpt2", task_id="text-generation",
                        form={"inputs": "The answer to life"},
                        result={"generated_text": "is forty-two, said the computer"}))
    store.finish(record(2, model="openai/gpt2-large", task_id="text-generation",
                        state=RunState.ERROR, result=None,
                        error={"title": "Model not found", "message": "no such model"}))
    store.finish(record(3, task_id="image-classification", model="google/vit-base",
                        form={"data": {"$file": "ab" * 32, "name": "cats.png",
                                       "mime": "image/png", "size": 10, "stored": False}},
                        result=[{"label": "tabby cat", "score": 0.9}]))
    store.finish(record(4, task_id="text-generation-stream", model="google/flan-t5-xxl",
                        state=RunState.CANCELLED, result=None, text="Ünïcode Straße 100%_done"))


@pytest.mark.parametrize(("where", "expected"), [
    (HistoryFilter(), [4, 3, 2, 1, 0]),
    (HistoryFilter(task="text-generation"), [2, 1]),
    (HistoryFilter(model="GPT2"), [2, 1]),
    (HistoryFilter(model="gpt2-"), [2]),
    (HistoryFilter(state=RunState.ERROR), [2]),
    (HistoryFilter(task="text-generation", state=RunState.DONE), [1]),
    (HistoryFilter(text="forty"), [1]),
    (HistoryFilter(text="FORTY-TWO computer"), [1]),
    (HistoryFilter(text="42"), []),
    (HistoryFilter(text="positive"), [0]),
    (HistoryFilter(text="not found"), [2]),
    (HistoryFilter(text="cats.png"), [3]),
    (HistoryFilter(text="tabby"), [3]),
    (HistoryFilter(text="straße"), [4]),
    (HistoryFilter(text="STRASSE"), []),
    (HistoryFilter(text="ü"), [4]),
    (HistoryFilter(text="100%_"), [4]),
    (HistoryFilter(text='"quoted'), []),
    (HistoryFilter(text="%"), [4]),
    (HistoryFilter(text="flan"), [4]),
    (HistoryFilter(text="i", task="text-classification"), [0]),
    (HistoryFilter(text="like", model="gpt2"), [2]),
    (HistoryFilter(text="forty", model="gpt2-"), []),
])
def test_filters(store: HistoryStore, where: HistoryFilter, expected: list[int]) -> None:
    fill(store)
    assert [s.id for s in store.query(where)] == [f"run{n:05d}" for n in expected]
    assert store.count(where) == len(expected)


def test_pages_newest_first_by_offset_or_after_a_row(store: HistoryStore) -> None:
    for n in range(25):
        store.finish(record(n, started_at=T0 + n // 2))  # pairs share a start time
    everything = store.query(limit=100)
    assert [s.id for s in everything] == [f"run{n:05d}" for n in reversed(range(25))]
    by_offset = [s.id for offset in range(0, 25, 10) for s in store.query(limit=10,
                                                                           offset=offset)]
    assert by_offset == [s.id for s in everything]
    by_key: list[str] = []
    before = None
    while True:
        page = store.query(limit=7, before=before)
        if not page:
            break
        by_key.extend(s.id for s in page)
        before = (page[-1].started_at, page[-1].seq)
    assert by_key == [s.id for s in everything]


def test_delete_frees_files_no_other_run_uses(tmp_path: Path) -> None:
    files = ContentStore(tmp_path / "files")
    store = HistoryStore(tmp_path / "h.sqlite3", files)
    shared = files.put(b"shared image", "cats.png", "image/png").to_json()
    own = files.put(b"own result", "result.png", "image/png").to_json()
    store.finish(record(1, form={"data": shared}, result=own))
    store.finish(record(2, form={"data": shared}))
    assert store.delete("run00001") == 1
    assert files.hashes() == {shared["$file"]}
    assert store.delete(["run00002", "missing"]) == 1
    assert files.hashes() == set()
    assert store.count() == 0
    store.close()


def test_clear_deletes_every_run_and_file(tmp_path: Path) -> None:
    files = ContentStore(tmp_path / "files")
    store = HistoryStore(tmp_path / "h.sqlite3", files)
    ref = files.put(b"bytes", "a.png", "image/png").to_json()
    for n in range(5):
        store.finish(record(n, form={"data": ref, "inputs": "searchable words"}))
    store.clear()
    assert store.count() == 0 and store.query() == []
    assert store.count(HistoryFilter(text="searchable")) == 0
    assert files.hashes() == set()
    store.finish(record(9, form={"inputs": "searchable again"}))
    assert store.count(HistoryFilter(text="searchable")) == 1
    store.close()


def test_the_search_index_is_rebuilt_after_runs_made_without_it(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with_fts = HistoryStore(path, fts=True)
    with_fts.finish(record(1, form={"inputs": "apples"}))
    with_fts.close()
    without = HistoryStore(path, fts=False)
    without.finish(record(2, form={"inputs": "bananas"}))
    without.delete("run00001")
    without.close()
    again = HistoryStore(path, fts=True)
    assert [s.id for s in again.query(HistoryFilter(text="bananas"))] == ["run00002"]
    assert again.query(HistoryFilter(text="apples")) == []
    again.close()


def test_base64_data_is_not_searched_nor_shown(store: HistoryStore) -> None:
    mask = "iVBORw0KGgo" + "A" * 2000
    store.finish(record(1, task_id="image-segmentation",
                        result=[{"label": "cat", "score": 0.9, "mask": mask}]))
    assert store.count(HistoryFilter(text="AAAAAA")) == 0
    assert store.count(HistoryFilter(text="cat")) == 1
    assert "AAAA" not in store.query()[0].snippet


def test_a_damaged_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database, just some bytes" * 100)
    store = HistoryStore(path)
    assert store.count() == 0 and store.integrity_check() == "ok"
    store.close()
    assert [p.name for p in tmp_path.glob("history.sqlite3.damaged-*")]


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="newer version"):
        HistoryStore(path)
