"""The audio runners, in process, on tiny random models; WAV in (any rate, channels, sample
format) and out; other or damaged audio refused with a clear message."""

from __future__ import annotations

import base64
import io
import os
import wave
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

os.environ["HF_HUB_OFFLINE"] = "1"

from hfi_desktop.engine.tasks import RUNNERS, audio
from hfi_desktop.engine.tasks.base import EngineRequest, RunnerInputError
from hfi_desktop.engine.tasks.outputs import BinaryOutput
from hfi_desktop.engine.tasks.wav import read_wav, write_wav
from hfi_desktop.inference import _outputs as out
from tests.support import tiny_models_media as tiny
from tests.support.tiny_models_media import TinyRunners as Runners

WAV = tiny.tone_wav()


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Runners:
    return Runners(tmp_path_factory.getbasetemp())


def test_speech_recognition_answers_the_text(models: Runners) -> None:
    result = models.run("automatic-speech-recognition", WAV)
    assert list(result) == ["text"] and isinstance(result["text"], str)
    assert set(result["text"]) <= set(tiny.LETTERS.upper() + " ")
    assert out.check_automatic_speech_recognition(result) == result


def test_speech_recognition_takes_base64_json_other_rates_and_stereo(models: Runners) -> None:
    stereo_8k = base64.b64encode(tiny.tone_wav(rate=8000, channels=2)).decode()
    assert isinstance(models.run("automatic-speech-recognition", stereo_8k)["text"], str)


class RecordingPipe:
    """A speech recognition pipeline that says what it was called with."""

    type = "ctc"
    feature_extractor = SimpleNamespace(sampling_rate=tiny.SAMPLING_RATE)

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, samples: Any, **kwargs: Any) -> dict[str, str]:
        self.calls.append(kwargs)
        return {"text": "HI"}


def test_speech_recognition_reads_long_audio_in_windows(
    models: Runners, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "_CHUNK_SECONDS", 1)
    pipe = RecordingPipe()
    run = RUNNERS["automatic-speech-recognition"].run
    run(pipe, EngineRequest(tiny.tone_wav(seconds=2.5)))
    run(pipe, EngineRequest(tiny.tone_wav(seconds=0.5)))
    assert [call.get("chunk_length_s") for call in pipe.calls] == [1, None]
    # the real pipeline takes the windows
    result = models.run("automatic-speech-recognition", tiny.tone_wav(seconds=2.5))
    assert isinstance(result["text"], str)


def test_speech_recognition_word_timestamps(models: Runners) -> None:
    result = models.run("automatic-speech-recognition", WAV, return_timestamps=True)
    assert isinstance(result["chunks"], list)
    for chunk in result["chunks"]:
        assert isinstance(chunk["text"], str) and len(chunk["timestamp"]) == 2


def test_a_ctc_model_takes_no_generation_parameters(models: Runners) -> None:
    with pytest.raises(RunnerInputError, match="takes no generation parameters"):
        models.run("automatic-speech-recognition", WAV,
            generation_parameters={"max_new_tokens": 3})


def test_audio_classification_answers_the_top_5_labels(models: Runners) -> None:
    labels = models.run("audio-classification", WAV)
    assert len(labels) == 5  # of 7
    assert all(set(item) == {"label", "score"} for item in labels)
    scores = [item["score"] for item in labels]
    assert scores == sorted(scores, reverse=True)
    assert out.check_audio_classification(labels) == labels
    assert len(models.run("audio-classification", WAV, top_k=2)) == 2


def test_text_to_speech_answers_a_wav_file(models: Runners) -> None:
    result = models.run("text-to-speech", "the cat sat")
    assert isinstance(result, BinaryOutput) and result.content_type == "audio/wav"
    with wave.open(io.BytesIO(result.body)) as sound:
        assert sound.getframerate() == tiny.SAMPLING_RATE
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        assert sound.getnframes() > 0


def test_text_to_speech_needs_text(models: Runners) -> None:
    with pytest.raises(RunnerInputError, match="'inputs' must be a string"):
        models.run("text-to-speech", {"text": "hi"})


def riff_header_only() -> bytes:
    return WAV[:30]


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (b"", "the input audio is empty"),
        (b"fLaC" + bytes(40), "is a FLAC file: the local engine reads WAV audio only"),
        (b"ID3\x04" + bytes(40), "is a MP3 file"),
        (b"just some text", "is not a WAV file"),
        (riff_header_only(), "the input audio is a damaged WAV file"),
        (WAV[:1000], "the input audio is a WAV file cut short"),
        ("%%%", "'inputs' is not base64-encoded data"),
        (["a"], "'inputs' must be the audio file as the request body or base64"),
    ],
    ids=["empty", "flac", "mp3", "text", "header-only", "cut-short", "bad-base64", "a-list"],
)
def test_bad_audio_is_refused_with_a_clear_message(
    models: Runners, inputs: Any, message: str
) -> None:
    for task in ("automatic-speech-recognition", "audio-classification"):
        with pytest.raises(RunnerInputError, match=message):
            models.run(task, inputs)


def wav_of(samples: np.ndarray, rate: int) -> bytes:
    from scipy.io import wavfile

    buffer = io.BytesIO()
    wavfile.write(buffer, rate, samples)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "samples",
    [
        np.array([0, 16384, -16384, 32767], dtype=np.int16),
        np.array([128, 192, 64, 255], dtype=np.uint8),
        np.array([0.0, 0.5, -0.5, 1.0], dtype=np.float32),
        np.array([0, 1 << 30, -(1 << 30), (1 << 31) - 1], dtype=np.int32),
    ],
)
def test_wav_samples_of_each_format_read_as_floats_in_one_range(samples: np.ndarray) -> None:
    sound = read_wav(wav_of(samples, 16000), 16000)
    assert sound.dtype == np.float32
    assert sound == pytest.approx([0.0, 0.5, -0.5, 1.0], abs=0.01)


def test_wav_channels_are_mixed_and_the_rate_converted() -> None:
    stereo = np.stack([np.full(800, 0.5), np.full(800, -0.1)], axis=1).astype(np.float32)
    sound = read_wav(wav_of(stereo, 8000), 16000)
    assert len(sound) == 1600
    assert float(np.median(sound)) == pytest.approx(0.2, abs=0.01)


def test_written_wav_reads_back() -> None:
    samples = np.array([0.0, 0.25, -0.25, 2.0])  # 2.0 is clipped
    assert read_wav(write_wav(samples, 22050), 22050) == pytest.approx(
        [0.0, 0.25, -0.25, 1.0], abs=0.001
    )


def test_a_stereo_answer_is_written_as_two_channels() -> None:
    left_right = np.stack([np.full(100, 0.5), np.full(100, -0.5)])  # (channels, samples)
    with wave.open(io.BytesIO(write_wav(left_right, 16000))) as sound:
        assert (sound.getnchannels(), sound.getnframes()) == (2, 100)
