"""The server's request id goes where the response details go: a saved comparison keeps it
(and reads files from before it existed), a JSON export names it."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hfi_desktop.inference import HfInference, ResponseInfo
from hfi_desktop.runs import RunState
from hfi_desktop.storage.comparison_file import (
    MANIFEST,
    ComparisonDocument,
    FormSnapshot,
    SavedColumn,
    read_comparison,
    write_comparison,
)
from hfi_desktop.storage.export.save import export, formats_for
from tests.storage.export.export_runs import real_run
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"


def comparison(response: ResponseInfo) -> ComparisonDocument:
    return ComparisonDocument(
        task_id="text-classification",
        form=FormSnapshot(values={"inputs": "hi"}, parameters={}, options={}),
        columns=[SavedColumn("owner/a", RunState.DONE, result=[{"label": "A", "score": 1.0}],
                             elapsed_s=0.5, started_at=1.0, response=response)],
    )


def rewrite_response(path: Path, change: Any) -> None:
    """Edit the saved response of the first column in the file's manifest."""
    with zipfile.ZipFile(path) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(entries[MANIFEST])
    change(manifest["columns"][0]["response"])
    entries[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def test_a_comparison_keeps_the_request_id(tmp_path: Path) -> None:
    response = ResponseInfo("http://x/models/a", 200, "application/json", 12, 0.5,
                            request_id="Root=1-abc")
    path = write_comparison(tmp_path / "c.hficompare", comparison(response))
    assert read_comparison(path).columns[0].response == response


@pytest.mark.parametrize(("change", "expected"), [
    (lambda saved: saved.pop("request_id"), None),
    (lambda saved: saved.update(request_id={"not": "text"}), None),
    (lambda saved: saved.update(from_a_later_version=1), "Root=1-abc"),
], ids=["older-file", "not-text", "unknown-key"])
def test_a_comparison_from_another_version_still_reads(tmp_path: Path, change: Any,
                                                       expected: str | None) -> None:
    response = ResponseInfo("http://x/models/a", 200, "application/json", 12, 0.5,
                            request_id="Root=1-abc")
    path = write_comparison(tmp_path / "c.hficompare", comparison(response))
    rewrite_response(path, change)
    saved = read_comparison(path).columns[0].response
    assert saved is not None and saved.status == 200 and saved.request_id == expected


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    made = HfInference(base_url=fake_api.url, hub_url=fake_api.url)
    yield made
    made.close()


def test_the_json_export_names_the_request_id(client: HfInference, fake_api: FakeInferenceAPI,
                                              tmp_path: Path) -> None:
    fake_api.program(SST2_PATH, respond_json([{"label": "POSITIVE", "score": 1.0}], 200,
                                             {"X-Request-Id": "Root=1-export"}))
    run = real_run(client, "text-classification")
    [fmt] = [f for f in formats_for(run) if f.id == "json"]
    [path] = export(run, fmt, tmp_path / "run.json")
    timing = json.loads(path.read_text("utf-8"))["timing"]
    assert timing["request_id"] == "Root=1-export"
    assert timing["http_status"] == 200
