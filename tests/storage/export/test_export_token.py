"""The access token never reaches a saved file: runs made with a token set on the client,
saved in every format, all at once (manifest) and as drag files — no byte of it."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.inference import HfInference
from hfi_desktop.storage.export.drag import drag_file
from hfi_desktop.storage.export.save import export, formats_for, save_all
from tests.storage.export.export_runs import real_run
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api

TOKEN = "hf_secret_TEST"
FORBIDDEN = [TOKEN.encode(), TOKEN.encode("utf-16-le"), TOKEN.lower().encode(),
             base64.b64encode(TOKEN.encode()).rstrip(b"="),
             base64.b64encode(b"Bearer " + TOKEN.encode()).rstrip(b"=")]


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    made = HfInference(access_token=TOKEN, base_url=fake_api.url, hub_url=fake_api.url,
                       timeout=(2.0, 10.0))
    yield made
    made.close()


@pytest.mark.qt_log_ignore("Could not open media")  # audio-to-audio's cut recording (WAV)
def test_no_saved_file_holds_the_token(client: HfInference, fake_api: FakeInferenceAPI,
                                       tmp_path: Path, qapp: Any) -> None:
    runs = [real_run(client, spec.id) for spec in CATALOG if spec.page is PageKind.FORM]
    calls = [r for r in fake_api.requests if r.path.startswith("/models/")]
    assert calls and all(r.header("authorization") == f"Bearer {TOKEN}" for r in calls)

    for run in runs:
        for fmt in formats_for(run):
            folder = tmp_path / "single" / run.spec.id / fmt.id
            folder.mkdir(parents=True)
            try:
                export(run, fmt, folder / f"out{fmt.extension}")
            except Exception as error:  # only the WAV of a cut clip fails
                assert run.spec.id == "audio-to-audio" and fmt.id == "wav", error
        drag_file(run, folder=tmp_path / "drag")
    save_all(runs, tmp_path / "all")

    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert len(written) > 150
    for path in written:
        data = path.read_bytes()
        for needle in FORBIDDEN:
            assert needle not in data, f"{path} holds the token"
