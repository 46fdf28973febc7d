"""Save all: every file in one folder (a subfolder per run for comparisons), a manifest
listing each with its sha256, nothing written outside the folder, nothing replaced
without the overwrite callback saying so."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from hfi_desktop.inference import HfInference
from hfi_desktop.storage.export.save import plan_save_all, save_all
from hfi_desktop.storage.filenames import UnsafePathError
from tests.storage.export.export_runs import answer, real_run
from tests.support.fake_api import FakeInferenceAPI, Respond
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api

SEGMENTATION_PATH = "/models/facebook/detr-resnet-50-panoptic"


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    made = HfInference(base_url=fake_api.url, hub_url=fake_api.url, timeout=(2.0, 10.0))
    yield made
    made.close()


def _files_on_disk(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def _check_manifest(manifest_path: Path, *, exact: bool = True) -> dict[str, Any]:
    """The manifest lists every file the save wrote (``exact``: and the folder holds
    nothing else), with the right size and sha256."""
    folder = manifest_path.parent
    manifest = json.loads(manifest_path.read_text("utf-8"))
    listed = {entry["path"] for entry in manifest["files"]} | {manifest_path.name}
    on_disk = _files_on_disk(folder)
    assert listed == on_disk if exact else listed <= on_disk
    for entry in manifest["files"]:
        data = (folder / entry["path"]).read_bytes()
        assert entry["size"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["kind"] and entry["run"] and entry["task"]
    return manifest


def test_one_result_goes_straight_into_the_folder(client: HfInference, tmp_path: Path) -> None:
    run = real_run(client, "object-detection")
    manifest_path = save_all([run], tmp_path / "out")
    assert manifest_path == tmp_path.resolve() / "out" / "manifest.json"
    manifest = _check_manifest(manifest_path)
    assert {e["path"]: e["kind"] for e in manifest["files"]} == {
        "object-detection.png": "boxes", "object-detection.csv": "csv",
        "object-detection.json": "json"}
    assert manifest["runs"] == [{"run": run.id, "task": "object-detection",
                                 "model": run.model, "state": "done", "folder": "."}]
    assert all(e["model"] == "facebook/detr-resnet-50" for e in manifest["files"])


def test_a_comparison_gets_one_subfolder_per_run(client: HfInference, tmp_path: Path) -> None:
    runs = [real_run(client, "text-to-image"), real_run(client, "text-to-image"),
            real_run(client, "image-segmentation")]
    manifest = _check_manifest(save_all(runs, tmp_path))
    folders = [entry["folder"] for entry in manifest["runs"]]
    assert folders == ["stabilityai--stable-diffusion-2", "stabilityai--stable-diffusion-2 (2)",
                       "facebook--detr-resnet-50-panoptic"]
    paths = {e["path"] for e in manifest["files"]}
    assert "stabilityai--stable-diffusion-2/text-to-image.jpg" in paths
    assert "stabilityai--stable-diffusion-2 (2)/text-to-image.jpg" in paths
    masks = [e for e in manifest["files"] if e["kind"] == "mask"]
    assert len(masks) == len(runs[2].result)
    assert {e["label"] for e in masks} == {item["label"] for item in runs[2].result}
    # The JSON names the files saved beside it instead of holding their bytes.
    image_json = json.loads((tmp_path / folders[0] / "text-to-image.json").read_text())
    assert image_json["result"] == {"binary": f"<image/jpeg, {len(runs[0].result.data)} bytes>",
                                    "file": "text-to-image.jpg"}
    seg_json = json.loads((tmp_path / folders[2] / "image-segmentation.json").read_text())
    for item in seg_json["result"]:
        assert (tmp_path / folders[2] / item["mask"]["file"]).is_file()


def test_conflicts_are_asked_about_and_never_lost(client: HfInference, tmp_path: Path) -> None:
    run = real_run(client, "text-classification")
    first = save_all([run], tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in _files_on_disk(tmp_path)}

    asked: list[list[Path]] = []
    second = save_all([run], tmp_path, overwrite=answer(asked, False))
    assert sorted(p.name for p in asked[0]) == [
        "manifest.json", "text-classification.csv", "text-classification.json"]
    assert second.name == "manifest (2).json"
    for name, data in before.items():
        assert (tmp_path / name).read_bytes() == data  # kept
    manifest = _check_manifest(second, exact=False)
    assert {e["path"] for e in manifest["files"]} == {
        "text-classification (2).csv", "text-classification (2).json"}
    assert first.read_bytes() == before["manifest.json"]

    asked.clear()
    (tmp_path / "text-classification.json").write_text("edited by the user")
    third = save_all([run], tmp_path, overwrite=answer(asked, True))
    assert len(asked) == 1 and third == first
    assert (tmp_path / "text-classification.json").read_bytes() == before[
        "text-classification.json"]  # replaced, as the answer said


def test_without_a_callback_nothing_is_replaced(client: HfInference, tmp_path: Path) -> None:
    run = real_run(client, "fill-mask")
    (tmp_path / "fill-mask.csv").write_text("mine")
    manifest = _check_manifest(save_all([run], tmp_path), exact=False)
    assert (tmp_path / "fill-mask.csv").read_text() == "mine"
    assert "fill-mask (2).csv" in {e["path"] for e in manifest["files"]}


def _png(size: tuple[int, int] = (8, 6)) -> str:
    buffer = io.BytesIO()
    Image.new("L", size, 255).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


HOSTILE_LABELS = ["../../../escaped", "/etc/passwd", "..", "CON", "a\x00b", "\\\\server\\x",
                  ".bashrc", "x" * 600, "dup", "DUP", "manifest"]


def test_hostile_labels_cannot_write_outside_the_folder(
        client: HfInference, fake_api: FakeInferenceAPI, tmp_path: Path) -> None:
    body = json.dumps([{"label": label, "score": 0.5, "mask": _png()}
                       for label in HOSTILE_LABELS]).encode()
    fake_api.program(SEGMENTATION_PATH, Respond(200, body))
    run = real_run(client, "image-segmentation")
    folder = tmp_path / "chosen"
    before = set(os.listdir(tmp_path))
    manifest = _check_manifest(save_all([run], folder))
    assert set(os.listdir(tmp_path)) == before | {"chosen"}  # nothing beside the folder
    names = [e["path"] for e in manifest["files"] if e["kind"] == "mask"]
    assert len(names) == len(HOSTILE_LABELS)
    assert len({name.casefold() for name in names}) == len(names)  # no two share a name
    for name in names:
        assert "/" not in name and not name.startswith(".")
        assert (folder / name).resolve().parent == folder.resolve()
        assert len(name.encode()) <= 160
    assert "image-segmentation-CON.png" in names  # not a device name with a prefix


def test_a_symlinked_subfolder_pointing_out_is_refused(client: HfInference,
                                                       tmp_path: Path) -> None:
    runs = [real_run(client, "text-classification"), real_run(client, "fill-mask")]
    folder = tmp_path / "chosen"
    outside = tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "bert-base-uncased").symlink_to(outside)
    with pytest.raises(UnsafePathError):
        plan_save_all(runs, folder)
    assert list(outside.iterdir()) == []


def test_a_format_that_fails_is_listed_and_the_rest_is_saved(
        client: HfInference, fake_api: FakeInferenceAPI, tmp_path: Path) -> None:
    body = json.dumps([{"label": "cat", "score": 0.9, "mask": "bm90IGFuIGltYWdl"}]).encode()
    fake_api.program(SEGMENTATION_PATH, Respond(200, body))
    run = real_run(client, "image-segmentation")
    manifest = _check_manifest(save_all([run], tmp_path))
    assert [e["path"] for e in manifest["files"]] == ["image-segmentation.json"]
    [problem] = manifest["problems"]
    assert problem["format"] == "masks" and "is not an image" in problem["message"]
