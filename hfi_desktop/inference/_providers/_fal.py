"""fal-ai: synchronous calls for text-to-image, speech recognition and text-to-speech (as
huggingface_hub does), its queue for image-to-image and segmentation. Results are URLs on
fal's CDN (fetched without the token) or ``data:`` URLs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .._errors import InferenceInputError, InferenceOutputError
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
    dig,
    json_object,
    size_of,
    sniff_type,
    without,
)

if TYPE_CHECKING:
    from .._transport import Reply

QUEUE = "?_subdomain=queue"
QUEUE_INTERVAL_S = 0.5
QUEUE_MAX_POLLS = 1200  # ten minutes
#: fal reads the label of a data URL and accepts only these for audio ("Unsupported data URL").
_FAL_AUDIO = {"audio/mpeg": "audio/mpeg", "audio/wav": "audio/x-wav", "video/webm": "video/webm"}
LORA_BASE = "stabilityai/stable-diffusion-xl-base-1.0"


def _lora(call: Call) -> dict[str, Any]:
    target = call.target
    if target.adapter != "lora" or not target.adapter_weights_path:
        return {}
    extra: dict[str, Any] = {
        "loras": [
            {
                "path": f"https://huggingface.co/{target.hf_id}/resolve/main/"
                f"{target.adapter_weights_path}",
                "scale": 1,
            }
        ]
    }
    if target.provider_id == "fal-ai/lora":
        extra["model_name"] = LORA_BASE
    return extra


def _image_size(params: dict[str, Any]) -> dict[str, Any]:
    size = size_of(params)
    rest = without(params, "width", "height", "target_size")
    if size is not None:
        rest["image_size"] = {"width": size[0], "height": size[1]}
    return rest


# -- text-to-image (sync) -------------------------------------------------------------------


def _build_text_to_image(call: Call) -> Outgoing:
    body = {"prompt": call.inputs["prompt"], **_image_size(call.parameters), **_lora(call)}
    return Outgoing(f"/{call.target.provider_id}", body)


def _read_images(call: Call, reply: Reply) -> Outcome:
    return asset_url(dig(json_object(reply, "fal-ai"), "images", 0, "url"), "fal-ai image")


text_to_image = TaskRoute(_build_text_to_image, _read_images)


# -- automatic-speech-recognition, text-to-speech (sync) --------------------------------------


def _build_speech_recognition(call: Call) -> Outgoing:
    audio: bytes = call.inputs["audio"]
    mime = sniff_type(audio, "application/octet-stream")
    label = _FAL_AUDIO.get(mime)
    if label is None:
        raise InferenceInputError(
            "data",
            f"fal-ai takes WAV, MP3 or WebM audio, not {mime}: convert the file, "
            "or choose another provider",
        )
    body = {"audio_url": data_url(audio, label), **without(call.parameters, "audio_url")}
    return Outgoing(f"/{call.target.provider_id}", body)


def _read_transcript(call: Call, reply: Reply) -> Outcome:
    answer = json_object(reply, "fal-ai")
    text = answer.get("text", answer.get("output"))
    if not isinstance(text, str):
        raise InferenceOutputError("fal-ai: expected {text: string}")
    result = {**answer, "text": text}
    segments = answer.get("segments")
    if "chunks" not in answer and isinstance(segments, list):
        result["chunks"] = [
            {"text": s.get("text", ""), "timestamp": [s.get("start"), s.get("end")]}
            for s in segments
            if isinstance(s, dict)
        ]
    return Done(result)


speech_recognition = TaskRoute(_build_speech_recognition, _read_transcript)


def _build_text_to_speech(call: Call) -> Outgoing:
    body = {"text": call.inputs["text"], **without(call.parameters, "text")}
    return Outgoing(f"/{call.target.provider_id}", body)


def _read_audio(call: Call, reply: Reply) -> Outcome:
    return asset_url(dig(json_object(reply, "fal-ai"), "audio", "url"), "fal-ai audio")


text_to_speech = TaskRoute(_build_text_to_speech, _read_audio)


# -- the queue: image-to-image, image-segmentation ------------------------------------------


def _build_image_to_image(call: Call) -> Outgoing:
    image: bytes = call.inputs["image"]
    url = data_url(image, sniff_type(image, "image/jpeg"))
    body = {"image_url": url, "image_urls": [url], **_image_size(call.parameters), **_lora(call)}
    return Outgoing(f"/{call.target.provider_id}{QUEUE}", body)


def _build_segmentation(call: Call) -> Outgoing:
    image: bytes = call.inputs["image"]
    url = data_url(image, sniff_type(image, "image/jpeg"))
    body = {"image_url": url, "sync_mode": True, **without(call.parameters, "image_url")}
    return Outgoing(f"/{call.target.provider_id}{QUEUE}", body)


def _queued(result: Any) -> Any:
    """A reader for the submit answer: poll the ticket's status, then read the result with
    ``result`` (the ticket's ``response_url`` path is kept: it may differ from the id)."""

    def read(call: Call, reply: Reply) -> Outcome:
        ticket = json_object(reply, "fal-ai queue")
        response_url = ticket.get("response_url")
        if not isinstance(response_url, str) or not urlsplit(response_url).path.strip("/"):
            raise InferenceOutputError("fal-ai queue: the ticket has no response_url")
        path = urlsplit(response_url).path

        def status(reply: Reply) -> Outcome | None:
            state = json_object(reply, "fal-ai queue status").get("status")
            if state == "COMPLETED":
                return Poll(f"{path}{QUEUE}", lambda r: result(call, r), 0.0, 1)
            if state in ("FAILED", "ERROR", "CANCELLED"):
                raise InferenceOutputError(f"fal-ai: the job ended with status {state}")
            return None

        return Poll(f"{path}/status{QUEUE}", status, QUEUE_INTERVAL_S, QUEUE_MAX_POLLS)

    return read


def _read_mask(call: Call, reply: Reply) -> Outcome:
    url = dig(json_object(reply, "fal-ai"), "image", "url")
    if not isinstance(url, str) or not url:
        raise InferenceOutputError("fal-ai segmentation: the answer names no mask")
    return FetchAsset(url)


image_to_image = TaskRoute(_build_image_to_image, _queued(_read_images))
image_segmentation = TaskRoute(_build_segmentation, _queued(_read_mask))
