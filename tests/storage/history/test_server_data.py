"""Server data is never read as a content-store reference: a reply holding a "$file" key
(malformed, or naming an earlier input's sha256) is recorded and reopened as the reply it
was. And a history written before such keys were escaped (schema 1) still reads right."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.runs import RunState
from hfi_desktop.storage.export.source import Binary, source_of
from hfi_desktop.storage.history.content_store import ContentStore, sha256_of
from hfi_desktop.storage.history.schema import SCHEMA_VERSION
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.history.store import HistoryStore
from hfi_desktop.storage.history.text import storable
from hfi_desktop.storage.records import FileRef, RunRecord
from hfi_desktop.storage.settings import Settings
from tests.support.qt_async import AsyncRunner
from tests.support.qt_async import qasync_loop as qasync_loop

PNG = b"\x89PNG\r\n\x1a\n the user's own photo"
FIXTURE_V1 = Path(__file__).parents[2] / "data" / "history-v1"
#: The fixture's stored input file (tests/data/history-v1/files/…).
V1_IMAGE = b"\x89PNG\r\n\x1a\n the cat picture of the v1 fixture"


@pytest.fixture
def history(qasync_loop: AsyncRunner, tmp_path: Path) -> Iterator[HistoryService]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"),
                                  QSettings.Format.IniFormat))
    made = HistoryService.open(tmp_path / "data", settings=settings)
    assert made.wait_open(5), made.error
    yield made
    made.close()


def reply(text: str) -> object:
    return json.loads(text.encode())  # as the client parses a server's JSON


def finished(history: HistoryService, run: RunRecord) -> RunRecord:
    history.finish(run).result(10)
    found = history.submit(lambda store: store.get(run.id)).result(10)
    assert found is not None, "the run was not recorded"
    return found


def run(run_id: str, form: dict[str, object], result: object) -> RunRecord:
    return RunRecord("image-classification", "google/vit-base-patch16-224", form, {}, {},
                     id=run_id, state=RunState.DONE, result=result)


def test_a_malformed_file_key_in_a_reply_is_recorded_as_the_reply_said(
        history: HistoryService) -> None:
    said = reply('{"$file": "zzz", "label": "cat"}')
    record = finished(history, run("r-bad", {"inputs": "a cat"}, said))
    assert source_of(record, history.files.get).result == said


def test_a_reply_naming_an_earlier_input_does_not_reopen_as_that_input(
        history: HistoryService) -> None:
    first = finished(history, run("r-input", {"data": FileValue("me.png", PNG, "image/png")},
                                  [{"label": "person", "score": 0.9}]))
    sha = FileRef.from_json(first.form["data"]).sha256
    said = reply(json.dumps([{"$file": sha, "name": "me.png", "mime": "image/png",
                              "size": len(PNG), "stored": True}, {"$map": {"x": 1}}]))
    record = finished(history, run("r-forged", {"inputs": "x"}, said))

    reopened = source_of(record, history.files.get).result
    assert reopened == said, "the reply as it came, not the user's photo"
    assert not any(isinstance(part, Binary) for part in reopened)
    refs = history.submit(lambda store: store.referenced_hashes()).result(5)
    assert refs == {sha}
    history.submit(lambda store: store.delete("r-input")).result(5)
    assert history.files.hashes() == set(), "the reply does not keep the photo"


def test_a_history_written_before_the_escaping_still_reads_right(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_V1, data)
    store = HistoryStore(data / "history.sqlite3", ContentStore(data / "files"))
    try:
        assert store._conn.execute("SELECT version FROM schema_version").fetchone()[0] \
            == SCHEMA_VERSION
        with_file = store.get("v1-file")
        assert with_file is not None
        photo = source_of(with_file, store.files.get if store.files else None).files[0].binary
        assert photo.data == V1_IMAGE and sha256_of(V1_IMAGE) in store.referenced_hashes()

        literal = store.get("v1-map")
        assert literal is not None
        assert source_of(literal).result == {
            "$map": {"answer": 42}, "note": "a literal $map key the server sent"}

        interrupted = store.get("v1-running")  # no owner recorded: recovered as before
        assert interrupted is not None and interrupted.state is RunState.INTERRUPTED
        assert store.recovered == 1

        said = storable(reply('{"$file": "zzz"}'), lambda *_: pytest.fail("no file"))
        store.finish(run("new", {"inputs": "x"}, said))  # (as the service gives it)
        new = store.get("new")
        assert new is not None and source_of(new).result == {"$file": "zzz"}
    finally:
        store.close()
