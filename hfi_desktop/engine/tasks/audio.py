"""Audio tasks over transformers' pipelines: speech recognition, audio classification,
text-to-speech (the text-to-audio pipeline; the answer is a WAV file)."""
from __future__ import annotations

from typing import Any

from hfi_desktop.engine.tasks.base import EngineRequest, RunnerInputError, TaskRunner
from hfi_desktop.engine.tasks.loading import label_scores, pipeline_loader
from hfi_desktop.engine.tasks.outputs import BinaryOutput
from hfi_desktop.engine.tasks.params import (
    classification_kwargs,
    generate_kwargs,
    optional_bool,
    text_input,
)
from hfi_desktop.engine.tasks.payload import request_bytes
from hfi_desktop.engine.tasks.wav import Samples, read_wav, write_wav

#: Speech recognition reads audio longer than this in windows, with the models that can.
_CHUNK_SECONDS = 30
_CHUNKING = ("ctc", "ctc_with_lm", "seq2seq_whisper")


def _samples(pipe: Any, request: EngineRequest) -> Samples:
    """The request's audio at the model's sampling rate."""
    data = request_bytes(request.inputs, "inputs", "audio")
    return read_wav(data, int(pipe.feature_extractor.sampling_rate))


def _transcribe(pipe: Any, request: EngineRequest) -> dict[str, Any]:
    params = request.parameters
    kwargs: dict[str, Any] = {}
    if optional_bool(params, "return_timestamps"):
        kwargs["return_timestamps"] = "word" if pipe.type.startswith("ctc") else True
    generation = generate_kwargs(params)
    if generation:
        if not pipe.type.startswith("seq2seq"):
            raise RunnerInputError("this model takes no generation parameters (no generate)")
        kwargs["generate_kwargs"] = generation
    samples = _samples(pipe, request)
    rate = int(pipe.feature_extractor.sampling_rate)
    if len(samples) > _CHUNK_SECONDS * rate and pipe.type in _CHUNKING:
        kwargs["chunk_length_s"] = _CHUNK_SECONDS  # long audio: in overlapping windows
    result = pipe(samples, **kwargs)
    out: dict[str, Any] = {"text": str(result["text"]).strip()}
    if "chunks" in result:
        out["chunks"] = [
            {"text": str(chunk["text"]), "timestamp": [_time(t) for t in chunk["timestamp"]]}
            for chunk in result["chunks"]
        ]
    return out


def _time(value: Any) -> float | None:
    return None if value is None else float(value)


def _classify_audio(pipe: Any, request: EngineRequest) -> list[dict[str, Any]]:
    kwargs = classification_kwargs(request.parameters)
    return label_scores(pipe(_samples(pipe, request), **kwargs))


def _speak(pipe: Any, request: EngineRequest) -> BinaryOutput:
    text = text_input(request.inputs)
    generation = generate_kwargs(request.parameters)
    result = pipe(text, **({"generate_kwargs": generation} if generation else {}))
    return BinaryOutput(write_wav(result["audio"], int(result["sampling_rate"])), "audio/wav")


RUNNERS: dict[str, TaskRunner] = {
    runner.task: runner
    for runner in (
        TaskRunner("automatic-speech-recognition",
                   pipeline_loader("automatic-speech-recognition"), _transcribe,
                   binary_inputs=True),
        TaskRunner("audio-classification", pipeline_loader("audio-classification"),
                   _classify_audio, binary_inputs=True),
        TaskRunner("text-to-speech", pipeline_loader("text-to-audio"), _speak),
    )
}
