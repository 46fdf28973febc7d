"""Replicate: every task is a prediction. ``Prefer: wait`` holds the request until the output
is ready (about a minute); a prediction still running then is polled at its ``urls.get``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .._errors import InferenceOutputError
from ._wire import (
    Call,
    Done,
    FetchAsset,
    Outcome,
    Outgoing,
    Poll,
    TaskRoute,
    asset_url,
    data_url,
    json_object,
    sniff_type,
    without,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .._transport import Reply

POLL_INTERVAL_S = 1.0
MAX_POLLS = 600
_FAILED = ("failed", "canceled", "aborted")


def _prediction(call: Call, inputs: dict[str, Any]) -> Outgoing:
    model, _, version = call.target.provider_id.partition(":")
    body: dict[str, Any] = {"input": {**inputs, **without(call.parameters, *inputs)}}
    if call.target.adapter == "lora":
        body["input"]["lora_weights"] = f"https://huggingface.co/{call.target.hf_id}"
    headers = {"Prefer": "wait"}
    if version:
        body["version"] = version
        return Outgoing("/v1/predictions", body, headers=headers)
    return Outgoing(f"/v1/models/{model}/predictions", body, headers=headers)


def _reader(output: Callable[[Call, Any], Outcome]) -> Any:
    """A reader of a prediction: ``output(call, value)`` once it has one, else a poll."""

    def outcome(call: Call, prediction: dict[str, Any]) -> Outcome | None:
        status = prediction.get("status")
        if status in _FAILED:
            error = prediction.get("error")
            raise InferenceOutputError(
                f"replicate: the prediction {status}" + (f": {error}" if error else "")
            )
        if prediction.get("output") is not None:
            return output(call, prediction["output"])
        return None

    def read(call: Call, reply: Reply) -> Outcome:
        prediction = json_object(reply, "replicate")
        ready = outcome(call, prediction)
        if ready is not None:
            return ready
        get = (
            prediction.get("urls", {}).get("get")
            if isinstance(prediction.get("urls"), dict)
            else None
        )
        path = urlsplit(get).path if isinstance(get, str) else ""
        if not path.startswith("/v1/predictions/"):
            raise InferenceOutputError("replicate: the prediction has no output and no urls.get")
        return Poll(
            path,
            lambda r: outcome(call, json_object(r, "replicate")),
            POLL_INTERVAL_S,
            MAX_POLLS,
        )

    return read


def _asset(call: Call, output: Any) -> Outcome:
    return asset_url(output, f"replicate {call.task}")


def _transcript(call: Call, output: Any) -> Outcome:
    if isinstance(output, list):
        output = "".join(str(part) for part in output)
    if isinstance(output, dict):
        for key in ("transcription", "translation"):
            if isinstance(output.get(key), str):
                return Done({**output, "text": output[key]})
        if isinstance(output.get("txt_file"), str):
            return FetchAsset(output["txt_file"], as_text=True)
    if isinstance(output, str):
        return Done({"text": output})
    raise InferenceOutputError("replicate: the transcript is not text")


def _build_text_to_image(call: Call) -> Outgoing:
    return _prediction(call, {"prompt": call.inputs["prompt"]})


def _build_image_to_image(call: Call) -> Outgoing:
    image: bytes = call.inputs["image"]
    url = data_url(image, sniff_type(image, "image/jpeg"))
    return _prediction(
        call, {"image": url, "images": [url], "input_image": url, "input_images": [url]}
    )


def _build_speech_recognition(call: Call) -> Outgoing:
    audio: bytes = call.inputs["audio"]
    return _prediction(call, {"audio": data_url(audio, sniff_type(audio, "audio/wav"))})


def _build_text_to_speech(call: Call) -> Outgoing:
    return _prediction(call, {"text": call.inputs["text"]})


text_to_image = TaskRoute(_build_text_to_image, _reader(_asset))
image_to_image = TaskRoute(_build_image_to_image, _reader(_asset))
speech_recognition = TaskRoute(_build_speech_recognition, _reader(_transcript))
text_to_speech = TaskRoute(_build_text_to_speech, _reader(_asset))
