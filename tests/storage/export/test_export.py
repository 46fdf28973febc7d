"""Save as… for every kind of result: each task's example is run on the fake server, then
saved in every format offered, and the files are read back (Pillow, csv, json, wave)."""

from __future__ import annotations

import base64
import csv
import io
import json
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.inference import Blob, HfInference
from hfi_desktop.resources import resource_path
from hfi_desktop.runs import Run
from hfi_desktop.storage.export.save import ExportError, export, formats_for, plan_export
from tests.storage.export.export_runs import answer, real_run
from tests.support.fake_api import FakeInferenceAPI, Respond
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api

EXPECTED_FORMATS = {
    "conversational": ["md", "txt", "json"],
    "feature-extraction": ["csv", "npy", "json"],
    "fill-mask": ["csv", "json"],
    "question-answering": ["txt", "md", "json"],
    "sentence-similarity": ["csv", "json"],
    "summarization": ["txt", "md", "json"],
    "table-question-answering": ["csv", "txt", "md", "json"],
    "text-classification": ["csv", "json"],
    "text-generation": ["txt", "md", "json"],
    "text-generation-stream": ["txt", "md", "json"],
    "token-classification": ["csv", "json"],
    "translation": ["txt", "md", "json"],
    "zero-shot-classification": ["csv", "json"],
    "audio-classification": ["csv", "json"],
    "audio-to-audio": ["audio", "wav", "json"],
    "automatic-speech-recognition": ["txt", "md", "json"],
    "text-to-speech": ["audio", "wav", "json"],
    "image-classification": ["csv", "json"],
    "image-segmentation": ["masks", "json"],
    "image-to-image": ["jpeg", "png", "webp", "json"],  # the server's own format first
    "image-to-text": ["txt", "md", "json"],
    "object-detection": ["boxes", "csv", "json"],
    "text-to-image": ["jpeg", "png", "webp", "json"],
    "zero-shot-image-classification": ["csv", "json"],
    "document-question-answering": ["csv", "txt", "md", "json"],
    "visual-question-answering": ["csv", "txt", "md", "json"],
    "tabular-classification": ["csv", "json"],
    "tabular-regression": ["csv", "json"],
    "custom-request": ["json"],
    "custom-streaming-request": ["txt", "md", "json"],
}
JSON_KEYS = {"application", "format_version", "run", "task", "task_title", "model", "state",
             "partial", "parameters", "options", "inputs", "timing", "result"}


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    made = HfInference(base_url=fake_api.url, hub_url=fake_api.url, timeout=(2.0, 10.0))
    yield made
    made.close()


def test_every_task_is_covered() -> None:
    # the chat's own formats: tests/storage/export/test_chat_export.py
    assert set(EXPECTED_FORMATS) == {spec.id for spec in CATALOG if spec.page is PageKind.FORM}


@pytest.mark.parametrize("task_id", sorted(EXPECTED_FORMATS))
def test_every_result_saves_in_every_format_it_offers(
        client: HfInference, tmp_path: Path, task_id: str, qapp: Any) -> None:
    run = real_run(client, task_id)
    formats = formats_for(run)
    assert [fmt.id for fmt in formats] == EXPECTED_FORMATS[task_id]
    assert formats[-1].id == "json"
    for fmt in formats:
        folder = tmp_path / fmt.id
        folder.mkdir()
        target = folder / f"saved{fmt.extension}"
        if task_id == "audio-to-audio" and fmt.id == "wav":
            continue  # the recorded clips are cut short: see test_a_cut_clip_is_no_wav
        written = export(run, fmt, target)
        assert written, fmt.id
        assert all(path.parent == folder and path.stat().st_size > 0 for path in written)
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
        CHECKS[fmt.id](run, written)


# ------------------------------------------------------------------------------ checks
def _json(run: Run, written: list[Path]) -> None:
    [path] = written
    document = json.loads(path.read_text("utf-8"))
    assert set(document) >= JSON_KEYS
    assert document["task"] == run.spec.id
    assert document["model"] == run.model
    assert document["state"] == "done"
    timing = document["timing"]
    assert timing["http_status"] == 200
    assert timing["response_bytes"] == run.response.bytes if run.response else False
    assert timing["elapsed_s"] is not None and timing["started_at"].endswith("Z")
    text = path.read_text("utf-8")
    for key, value in run.form.items():
        if hasattr(value, "data"):
            described = document["inputs"][key]
            assert described == {"file": value.name, "mime": value.mime, "size": len(value.data)}
            assert base64.b64encode(value.data[:300]).decode()[:200] not in text
            assert str(Path(value.path).parent) not in text  # the user's folders stay private
    if isinstance(run.result, Blob):
        assert document["result"] == f"<{run.result.type}, {len(run.result.data)} bytes>"


def _image(run: Run, written: list[Path]) -> None:
    [path] = written
    assert isinstance(run.result, Blob)
    original = Image.open(io.BytesIO(run.result.data))
    with Image.open(path) as saved:
        saved.load()
        assert saved.size == original.size
        assert saved.format == {".png": "PNG", ".jpg": "JPEG", ".webp": "WEBP"}[path.suffix]
    if saved.format == original.format:
        assert path.read_bytes() == run.result.data  # not re-encoded


def _clips(run: Run) -> list[bytes]:
    if isinstance(run.result, Blob):
        return [run.result.data]
    return [base64.b64decode(item["blob"]) for item in run.result]


def _audio(run: Run, written: list[Path]) -> None:
    clips = _clips(run)
    assert [path.read_bytes() for path in written] == clips
    assert all(path.suffix == ".flac" for path in written)
    if len(clips) > 1:
        labels = [item["label"] for item in run.result]
        assert [p.name for p in written] == [f"saved-{label}.flac" for label in labels]


def _wav(run: Run, written: list[Path]) -> None:
    [path] = written
    with wave.open(str(path)) as wav:
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == 16000 and wav.getnchannels() == 1
        assert wav.getnframes() / wav.getframerate() == pytest.approx(13.69, abs=0.01)


def _text(run: Run, written: list[Path]) -> None:
    [path] = written
    text = path.read_text("utf-8")
    assert text.strip()
    result = run.result
    if run.spec.streaming:
        assert text == run.text
    elif isinstance(result, dict):
        found = [v for k, v in result.items() if k in ("generated_text", "summary_text",
                                                        "translation_text", "text", "answer")]
        if run.spec.id == "conversational":
            assert f"Model: {result['generated_text']}" in text
        else:
            assert found and found[0] in text


def _markdown(run: Run, written: list[Path]) -> None:
    [path] = written
    text = path.read_text("utf-8")
    assert text.startswith(f"# {run.spec.title}\n")
    assert f"`{run.model}`" in text
    assert "## Input" in text and "## Result" in text


def _csv(run: Run, written: list[Path]) -> None:
    [path] = written
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    header, body = rows[0], rows[1:]
    assert body, "a CSV with no rows"
    result = run.result
    task_id = run.spec.id
    if task_id == "object-detection":
        assert header == ["label", "score", "xmin", "ymin", "xmax", "ymax"]
        assert len(body) == len(result)
    elif task_id == "feature-extraction":
        assert len(header) > 1 and all(len(row) == len(header) for row in body)
    elif task_id in ("text-classification", "image-classification", "audio-classification",
                     "zero-shot-image-classification"):
        assert header == ["label", "score"]
        assert {row[0] for row in body} == {item["label"] for item in result}
    elif task_id == "fill-mask":
        assert header[:2] == ["token_str", "score"] and len(body) == len(result)
    elif task_id == "zero-shot-classification":
        assert header == ["sequence", "label", "score"]
        assert len(body) == sum(len(item["labels"]) for item in result)
    elif task_id == "sentence-similarity":
        assert header == ["sentence", "score"]
        assert [row[0] for row in body] == list(run.form["inputs.sentences"])
    elif task_id in ("tabular-classification", "tabular-regression"):
        table = run.form["inputs.data"]
        assert header == ["Prediction", *table]
        assert len(body) == len(result)
    elif task_id == "token-classification":
        assert header[:2] == ["entity_group", "word"] and len(body) == len(result)
    elif task_id == "table-question-answering":
        assert header == ["answer", "aggregator", "cell", "row", "column"]
    elif task_id in ("document-question-answering", "visual-question-answering"):
        assert header == ["answer", "score", "start", "end"]
    else:  # pragma: no cover - every CSV task is listed
        raise AssertionError(task_id)


def _npy(run: Run, written: list[Path]) -> None:
    [path] = written
    data = path.read_bytes()
    assert data.startswith(b"\x93NUMPY\x01\x00")
    header_len = int.from_bytes(data[8:10], "little")
    assert (10 + header_len) % 64 == 0
    header = data[10:10 + header_len].decode("latin-1")
    shape = _shape(run.result)
    dims = ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "")
    assert f"'shape': ({dims})" in header and "'<f4'" in header
    count = 1
    for n in shape:
        count *= n
    assert len(data) == 10 + header_len + 4 * count


def _shape(value: Any) -> tuple[int, ...]:
    return (len(value), *_shape(value[0])) if isinstance(value, list) else ()


def _input_image_size(run: Run) -> tuple[int, int]:
    files = [v for v in run.form.values() if hasattr(v, "data")]
    return Image.open(io.BytesIO(files[0].data)).size


def _masks(run: Run, written: list[Path]) -> None:
    overlay, *masks = written
    assert overlay.name == "saved.png"
    assert len(masks) == len(run.result)
    with Image.open(overlay) as image:
        assert image.size == _input_image_size(run)
    labels = [item["label"] for item in run.result]
    for path, label in zip(masks, labels, strict=True):
        assert path.name.startswith(f"saved-{label}")
        with Image.open(path) as mask:
            mask.load()  # complete PNGs (the recorded masks were cut short: repaired)
            assert mask.format == "PNG"


def _boxes(run: Run, written: list[Path]) -> None:
    [path] = written
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == _input_image_size(run)
        original = Image.open(io.BytesIO(next(
            v for v in run.form.values() if hasattr(v, "data")).data)).convert("RGB")
        assert image.convert("RGB").tobytes() != original.tobytes()  # boxes were drawn


CHECKS = {"json": _json, "png": _image, "jpeg": _image, "webp": _image, "audio": _audio,
          "wav": _wav, "txt": _text, "md": _markdown, "csv": _csv, "npy": _npy,
          "masks": _masks, "boxes": _boxes}


# ----------------------------------------------------------------------- more cases
def test_jpeg_puts_transparency_on_white(client: HfInference, fake_api: FakeInferenceAPI,
                                         tmp_path: Path) -> None:
    transparent = Image.new("RGBA", (40, 30), (255, 0, 0, 0))
    buffer = io.BytesIO()
    transparent.save(buffer, "PNG")
    fake_api.program("/models/stabilityai/stable-diffusion-2",
                     Respond(200, buffer.getvalue(), "image/png"))
    run = real_run(client, "text-to-image")
    assert [f.id for f in formats_for(run) if f.bundle] == ["png", "json"]
    export(run, "jpeg", tmp_path / "x.jpg")
    with Image.open(tmp_path / "x.jpg") as image:
        assert image.mode == "RGB"
        pixel = image.getpixel((20, 15))
        assert isinstance(pixel, tuple) and all(channel > 245 for channel in pixel)
    export(run, "png", tmp_path / "x.png")
    assert (tmp_path / "x.png").read_bytes() == buffer.getvalue()
    export(run, "webp", tmp_path / "x.webp")
    with Image.open(tmp_path / "x.webp") as image:
        assert image.mode == "RGBA"


def test_audio_sources_convert_to_wav_one_file_per_clip(
        client: HfInference, fake_api: FakeInferenceAPI, tmp_path: Path, qapp: Any) -> None:
    flac = resource_path("examples", "sample1.flac").read_bytes()
    body = json.dumps([
        {"label": "speech", "blob": base64.b64encode(flac).decode(), "content-type": "audio/flac"},
        {"label": "../noise", "blob": base64.b64encode(flac).decode(),
         "content-type": "audio/flac"},
    ]).encode()
    fake_api.program("/models/speechbrain/sepformer-wham", Respond(200, body))
    run = real_run(client, "audio-to-audio")
    written = export(run, "wav", tmp_path / "clips.wav")
    assert [p.name for p in written] == ["clips-speech.wav", "clips-.._noise.wav"]
    for path in written:
        with wave.open(str(path)) as wav:
            assert wav.getnframes() == 219040
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


@pytest.mark.qt_log_ignore("Could not open media")
def test_a_cut_clip_is_no_wav(client: HfInference, tmp_path: Path, qapp: Any) -> None:
    """The recorded audio-to-audio clips are cut-off FLAC files: a clear error, and
    nothing is written."""
    run = real_run(client, "audio-to-audio")
    with pytest.raises(ExportError, match="could not be converted to WAV"):
        export(run, "wav", tmp_path / "x.wav")
    assert list(tmp_path.iterdir()) == []


def test_a_custom_request_answering_an_image_saves_as_an_image(
        client: HfInference, fake_api: FakeInferenceAPI, tmp_path: Path) -> None:
    png = resource_path("examples", "bird_canny.png").read_bytes()
    fake_api.program("/models/distilbert-base-uncased-finetuned-sst-2-english",
                     Respond(200, png, "image/png"))
    run = real_run(client, "custom-request")
    assert [f.id for f in formats_for(run)] == ["png", "jpeg", "webp", "json"]
    export(run, "png", tmp_path / "out.png")
    assert (tmp_path / "out.png").read_bytes() == png


def test_extra_files_are_never_replaced_without_asking(client: HfInference,
                                                       tmp_path: Path) -> None:
    run = real_run(client, "image-segmentation")
    (tmp_path / "seg.png").write_bytes(b"the user's old overlay")
    (tmp_path / "seg-cat.png").write_bytes(b"precious")
    plan = plan_export(run, "masks", tmp_path / "seg.png")
    assert plan.conflicts == [tmp_path.resolve() / "seg-cat.png"]  # seg.png: the dialog asked

    asked: list[list[Path]] = []
    written = export(run, "masks", tmp_path / "seg.png",
                     overwrite=answer(asked, False))
    assert asked == [[tmp_path.resolve() / "seg-cat.png"]]
    assert (tmp_path / "seg-cat.png").read_bytes() == b"precious"
    assert (tmp_path / "seg.png").read_bytes() != b"the user's old overlay"
    names = [p.name for p in written]
    assert "seg-cat.png" not in names and "seg-cat (2).png" in names

    export(run, "masks", tmp_path / "seg.png", overwrite=lambda conflicts: True)
    assert (tmp_path / "seg-cat.png").read_bytes() != b"precious"


def test_an_unknown_format_is_refused(client: HfInference, tmp_path: Path) -> None:
    run = real_run(client, "text-classification")
    with pytest.raises(ExportError, match="cannot be saved as 'png'"):
        export(run, "png", tmp_path / "x.png")
    assert list(tmp_path.iterdir()) == []
