"""A card-less model's task, from its config's architectures and what it takes in: each tiny
model family the runners are tested on, put in a Hub cache without a model card, is listed
with its own task (an audio classifier is not a text classifier, CLIP is zero-shot image
classification, Whisper-like audio generation is speech recognition)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hfi_desktop.engine import cache
from hfi_desktop.engine.model_tasks import task_from_config
from tests.support import tiny_models_media as tiny
from tests.support.tiny_models import add_folder

#: The task each builder's model is for, beyond tiny.BUILDERS (keyed by their task).
TEXT_BUILDERS: dict[str, Any] = {
    "question-answering": tiny.question_answering,
    "text2text-generation": tiny.seq2seq,
}


def built(root: Path, build: Any) -> Path:
    """The folder ``build`` makes under ``root`` (the runner tests' folders, reused)."""
    folder = root / build.__name__
    if not folder.exists():
        build(folder)
    return folder


@pytest.mark.parametrize("task", [*tiny.BUILDERS, *TEXT_BUILDERS])
def test_a_card_less_tiny_model_of_each_family_gets_its_task(
        task: str, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    build = {**tiny.BUILDERS, **TEXT_BUILDERS}[task]
    source = built(tmp_path_factory.getbasetemp(), build)
    assert not (source / "README.md").exists()  # no card: no pipeline_tag to go by
    assert task_from_config(source) == task
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    add_folder(tmp_path, f"tiny/{build.__name__}", source)
    found = cache.find(f"tiny/{build.__name__}")
    assert found is not None and found.task == task


def write_config(folder: Path, config: dict[str, Any],
                 preprocessor: dict[str, Any] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(config))
    if preprocessor is not None:
        (folder / "preprocessor_config.json").write_text(json.dumps(preprocessor))
    return folder


AUDIO_EXTRACTOR = {"feature_extractor_type": "WhisperFeatureExtractor", "sampling_rate": 16000}
IMAGE_PROCESSOR = {"image_processor_type": "BlipImageProcessor"}


@pytest.mark.parametrize(("config", "preprocessor", "task"), [
    ({"architectures": ["WhisperForConditionalGeneration"], "model_type": "whisper"},
     AUDIO_EXTRACTOR, "automatic-speech-recognition"),
    ({"architectures": ["WhisperForConditionalGeneration"], "model_type": "whisper"},
     None, "automatic-speech-recognition"),  # its model_type says audio
    ({"architectures": ["BlipForConditionalGeneration"], "model_type": "blip"},
     IMAGE_PROCESSOR, "image-to-text"),
    ({"architectures": ["BlipForConditionalGeneration"], "model_type": "blip"},
     None, "image-to-text"),
    ({"architectures": ["T5ForConditionalGeneration"], "model_type": "t5"},
     None, "text2text-generation"),
    ({"architectures": ["HubertForSequenceClassification"], "model_type": "hubert"},
     None, "audio-classification"),
    ({"architectures": ["DistilBertForSequenceClassification"], "model_type": "distilbert"},
     None, "text-classification"),
    ({"architectures": ["SiglipModel"], "model_type": "siglip"},
     IMAGE_PROCESSOR, "zero-shot-image-classification"),
    ({"architectures": ["SpeechT5ForTextToSpeech"], "model_type": "speecht5"},
     None, "text-to-speech"),
    ({"architectures": ["BertModel"], "model_type": "bert"}, None, None),
    ({"model_type": "bert"}, None, None),
])
def test_configs_of_known_families_map_by_what_they_take_in(
        config: dict[str, Any], preprocessor: dict[str, Any] | None, task: str | None,
        tmp_path: Path) -> None:
    assert task_from_config(write_config(tmp_path, config, preprocessor)) == task


def test_broken_config_files_tell_no_task(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json")
    (tmp_path / "preprocessor_config.json").write_text("[1]")
    assert task_from_config(tmp_path) is None
    write_config(tmp_path, {"architectures": ["Wav2Vec2ForCTC", 5]})
    assert task_from_config(tmp_path) == "automatic-speech-recognition"
