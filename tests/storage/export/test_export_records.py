"""History's Save as…: a RunRecord (files as FileRefs in a content store) saves like a Run;
what history did not keep is described, never invented."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from hfi_desktop.resources import resource_path
from hfi_desktop.runs import RunState
from hfi_desktop.storage.export.drag import drag_file
from hfi_desktop.storage.export.save import (
    ExportError,
    formats_for,
    save_all,
    save_record_as,
)
from hfi_desktop.storage.records import FileRef, RunRecord


def _ref(data: bytes, name: str, mime: str, stored: bool = True) -> FileRef:
    return FileRef(hashlib.sha256(data).hexdigest(), name, mime, len(data), stored)


class Store:
    """A content store as history keeps one: bytes by sha256."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.reads: list[str] = []

    def put(self, data: bytes, name: str, mime: str) -> FileRef:
        self.files[hashlib.sha256(data).hexdigest()] = data
        return _ref(data, name, mime)

    def get(self, ref: FileRef) -> bytes | None:
        self.reads.append(ref.name)
        return self.files.get(ref.sha256) if ref.stored else None


def _detection_record(store: Store, *, keep_image: bool = True) -> RunRecord:
    cats = resource_path("examples", "cats.png").read_bytes()
    image = store.put(cats, "cats.png", "image/png") if keep_image else _ref(
        cats, "cats.png", "image/png", stored=False)
    return RunRecord(
        task_id="object-detection", model="facebook/detr-resnet-50",
        form={"data": image.to_json()}, parameters={}, options={"use_cache": True},
        state=RunState.DONE, elapsed_s=0.5, http_status=200, response_bytes=321,
        result=[{"label": "cat", "score": 0.99,
                 "box": {"xmin": 10, "ymin": 20, "xmax": 200, "ymax": 180}}])


def test_a_record_saves_like_a_run(tmp_path: Path) -> None:
    store = Store()
    record = _detection_record(store)
    assert [f.id for f in formats_for(record, files=store.get)] == ["boxes", "csv", "json"]
    [boxes] = save_record_as(record, "boxes", tmp_path / "cats.png", files=store.get)
    with Image.open(boxes) as image:
        assert image.size == (640, 420)
    [saved] = save_record_as(record, "json", tmp_path / "cats.json", files=store.get)
    document = json.loads(saved.read_text())
    assert document["inputs"] == {"data": {"file": "cats.png", "mime": "image/png",
                                           "size": 522676}}
    assert document["timing"]["http_status"] == 200
    assert document["timing"]["response_bytes"] == 321
    assert document["task_title"] == "Object detection"


def test_without_the_input_image_boxes_are_not_offered(tmp_path: Path) -> None:
    store = Store()
    for record, files in ((_detection_record(store, keep_image=False), store.get),
                          (_detection_record(store), None)):
        assert [f.id for f in formats_for(record, files=files)] == ["csv", "json"]
        with pytest.raises(ExportError, match="cannot be saved as 'boxes'"):
            save_record_as(record, "boxes", tmp_path / "x.png", files=files)


def test_a_generated_image_from_the_store(tmp_path: Path) -> None:
    store = Store()
    buffer = io.BytesIO()
    Image.new("RGB", (33, 22), "navy").save(buffer, "PNG")
    result = store.put(buffer.getvalue(), "result.png", "image/png")
    record = RunRecord(task_id="text-to-image", model="m/n", form={"inputs": "a ship"},
                       parameters={"guidance_scale": 7.5}, options={}, state=RunState.DONE,
                       result=result.to_json())
    assert [f.id for f in formats_for(record, files=store.get)] == [
        "png", "jpeg", "webp", "json"]
    manifest = json.loads(save_all([record], tmp_path, files=store.get).read_text())
    assert {e["path"] for e in manifest["files"]} == {"text-to-image.png", "text-to-image.json"}
    assert (tmp_path / "text-to-image.png").read_bytes() == buffer.getvalue()
    document = json.loads((tmp_path / "text-to-image.json").read_text())
    assert document["result"] == {"binary": f"<image/png, {len(buffer.getvalue())} bytes>",
                                  "file": "text-to-image.png"}
    assert drag_file(record, files=store.get, folder=tmp_path / "drag").suffix == ".png"
    # Evicted from the store: only the JSON, which still describes the image.
    store.files.clear()
    assert [f.id for f in formats_for(record, files=store.get)] == ["json"]


def test_a_stopped_stream_saves_its_partial_text(tmp_path: Path) -> None:
    record = RunRecord(task_id="text-generation-stream", model="google/flan-t5-xxl",
                       form={"inputs": "count"}, parameters={}, options={},
                       state=RunState.INTERRUPTED, text="one two thr")
    assert [f.id for f in formats_for(record)] == ["txt", "md", "json"]
    [txt] = save_record_as(record, "txt", tmp_path / "t.txt")
    assert txt.read_text() == "one two thr"
    [md] = save_record_as(record, "md", tmp_path / "t.md")
    assert "partial result" in md.read_text()
    [js] = save_record_as(record, "json", tmp_path / "t.json")
    document = json.loads(js.read_text())
    assert document["partial"] is True and document["text"] == "one two thr"
    assert document["state"] == "interrupted"


def test_a_record_of_an_unknown_task_still_saves_as_json(tmp_path: Path) -> None:
    record = RunRecord(task_id="retired-task", model="x", form={}, parameters={}, options={},
                       state=RunState.ERROR, error={"title": "Gone", "message": "no such task"})
    assert [f.id for f in formats_for(record)] == ["json"]
    [path] = save_record_as(record, "json", tmp_path / "r.json")
    assert json.loads(path.read_text())["error"] == {"title": "Gone", "message": "no such task"}
