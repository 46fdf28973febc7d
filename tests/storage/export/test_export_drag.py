"""Drag files: the one real file a result is dragged out as."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from hfi_desktop import temp_files
from hfi_desktop.inference import HfInference
from hfi_desktop.storage.export.drag import drag_file
from tests.storage.export.export_runs import real_run
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    made = HfInference(base_url=fake_api.url, hub_url=fake_api.url, timeout=(2.0, 10.0))
    yield made
    made.close()


@pytest.mark.parametrize(("task_id", "suffix"), [
    ("text-to-image", ".jpg"),  # as the server sent it
    ("text-to-speech", ".flac"),
    ("object-detection", ".png"),  # with its boxes
    ("image-segmentation", ".png"),  # the overlay
    ("audio-to-audio", ".json"),  # two clips: the JSON holds them both
    ("text-classification", ".json"),
    ("text-generation-stream", ".txt"),  # the text alone
    ("summarization", ".txt"),
])
def test_each_result_drags_as_one_complete_file(client: HfInference, tmp_path: Path,
                                                task_id: str, suffix: str) -> None:
    run = real_run(client, task_id)
    path = drag_file(run, folder=tmp_path)
    assert path.suffix == suffix
    assert path.parent == tmp_path.resolve() / run.id
    assert path.name.startswith(f"{task_id}-")
    assert list(path.parent.iterdir()) == [path]
    if suffix == ".json":
        assert json.loads(path.read_text())["run"] == run.id
    elif suffix == ".txt":
        text = path.read_text(encoding="utf-8").strip()
        result = run.result[0] if isinstance(run.result, list) else run.result
        generated = run.text or result["summary_text"]  # streamed, or the summary
        assert text == generated.strip() != ""
    elif suffix in (".png", ".jpg"):
        with Image.open(path) as image:
            image.load()
    else:
        assert path.read_bytes() == run.result.data


def test_drag_files_go_to_the_process_temp_folder(client: HfInference, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(temp_files, "_folder", None)
    monkeypatch.setattr(temp_files.tempfile, "tempdir", str(tmp_path))
    run = real_run(client, "summarization")
    path = drag_file(run)
    folder = temp_files.temp_folder()
    assert folder.parent == tmp_path and folder.name.startswith("hfi-desktop-")
    assert path.parent == folder / run.id
