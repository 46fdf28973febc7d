"""Providers that speak OpenAI's API shapes (together, nscale, scaleway, deepinfra, novita,
featherless-ai…): images, embeddings, completions, transcriptions and speech. The model goes
in the body as the provider's id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import urllib3

from .._errors import InferenceInputError, InferenceOutputError
from .._types import Blob
from ._wire import (
    Call,
    Done,
    Outcome,
    Outgoing,
    TaskRoute,
    b64_blob,
    data_url,
    dig,
    json_object,
    size_of,
    sniff_type,
    without,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .._transport import Reply

# -- text-to-image, image-to-image ------------------------------------------------------------


def together_image(call: Call) -> Outgoing:
    params = call.parameters
    body: dict[str, Any] = {
        "prompt": call.inputs.get("prompt") or params.pop("prompt", "") or "",
        "model": call.target.provider_id,
        "response_format": "base64",
    }
    if "num_inference_steps" in params:
        body["steps"] = params.pop("num_inference_steps")
    image = call.inputs.get("image")
    if image is not None:  # image-to-image
        url = data_url(image, sniff_type(image, "image/jpeg"))
        if "kontext" in call.target.provider_id.lower():
            body["image_url"] = url
        else:
            body["reference_images"] = [url]
    body.update(without(params, "target_size"))
    return Outgoing("/v1/images/generations", body)


def nscale_image(call: Call) -> Outgoing:
    params = call.parameters
    body: dict[str, Any] = {
        "prompt": call.inputs["prompt"],
        "model": call.target.provider_id,
        "response_format": "b64_json",
    }
    size = size_of(params)
    if size is not None:
        body["size"] = f"{size[0]}x{size[1]}"
    body.update(without(params, "width", "height", "num_inference_steps", "cfg_scale"))
    return Outgoing("/v1/images/generations", body)


def read_b64_image(call: Call, reply: Reply) -> Outcome:
    answer = json_object(reply, call.target.provider)
    return b64_blob(dig(answer, "data", 0, "b64_json"), f"{call.target.provider} image")


# -- feature-extraction ----------------------------------------------------------------------


def embeddings(path: str) -> TaskRoute:
    def build(call: Call) -> Outgoing:
        body = {"input": call.inputs["inputs"], "model": call.target.provider_id}
        return Outgoing(path, {**body, **without(call.parameters, "input", "model")})

    def read(call: Call, reply: Reply) -> Outcome:
        data = json_object(reply, call.target.provider).get("data")
        vectors = [dig(item, "embedding") for item in data] if isinstance(data, list) else None
        if not vectors or any(not isinstance(v, list) for v in vectors):
            raise InferenceOutputError(
                f"{call.target.provider}: expected {{data: [{{embedding: [number]}}]}}"
            )
        single = isinstance(call.inputs["inputs"], str)
        return Done(vectors[0] if single else vectors)

    return TaskRoute(build, read)


# -- text-generation -------------------------------------------------------------------------

#: TGI parameters with an OpenAI name; TGI-only ones are not sent.
_COMPLETION_NAMES = {"max_new_tokens": "max_tokens", "repetition_penalty": "frequency_penalty"}
_TGI_ONLY = frozenset(
    {
        "details",
        "decoder_input_details",
        "return_full_text",
        "do_sample",
        "watermark",
        "truncate",
        "top_n_tokens",
        "best_of",
        "typical_p",
        "adapter_id",
        "grammar",
    }
)


def completions(path: str) -> TaskRoute:
    def build(call: Call) -> Outgoing:
        body: dict[str, Any] = {"model": call.target.provider_id, "prompt": call.inputs["prompt"]}
        for key, value in call.parameters.items():
            if key not in _TGI_ONLY and value is not None:
                body[_COMPLETION_NAMES.get(key, key)] = value
        if call.inputs.get("stream"):
            body["stream"] = True
        return Outgoing(path, body)

    def read(call: Call, reply: Reply) -> Outcome:
        answer = json_object(reply, call.target.provider)
        text = dig(answer, "choices", 0, "text")
        if not isinstance(text, str):
            raise InferenceOutputError(
                f"{call.target.provider}: expected {{choices: [{{text: string}}]}}"
            )
        result: dict[str, Any] = {"generated_text": text}
        finish = dig(answer, "choices", 0, "finish_reason")
        if finish is not None:
            result["finish_reason"] = finish
        if isinstance(answer.get("usage"), dict):
            result["usage"] = answer["usage"]
        return Done(result)

    return TaskRoute(build, read, tgi_events)


def tgi_events() -> Callable[[Any], dict[str, Any]]:
    """A completion stream's chunks as text-generation stream events (the seed's shape): a
    token per chunk; the chunk with a finish reason also carries the whole text."""
    parts: list[str] = []

    def event(chunk: Any) -> dict[str, Any]:
        choice = dig(chunk, "choices", 0)
        text = dig(choice, "text")
        if type(chunk) is not dict or (choice is not None and type(text) is not str):
            raise InferenceOutputError(
                "a completion stream event: expected {choices: [{text: string}]}"
            )
        piece = text if choice is not None else ""
        parts.append(piece)
        finish = dig(choice, "finish_reason")
        done = isinstance(finish, str)
        return {
            "token": {"id": 0, "text": piece, "logprob": 0.0, "special": choice is None},
            "generated_text": "".join(parts) if done else None,
            "details": {"finish_reason": finish, **_usage(chunk)} if done else None,
        }

    return event


def _usage(chunk: dict[str, Any]) -> dict[str, Any]:
    return {"usage": chunk["usage"]} if isinstance(chunk.get("usage"), dict) else {}


# -- automatic-speech-recognition, text-to-speech ---------------------------------------------


def transcriptions(path: str) -> TaskRoute:
    def build(call: Call) -> Outgoing:
        audio: bytes = call.inputs["audio"]
        mime = sniff_type(audio, "audio/wav")
        extension = mime.split("/")[1].removeprefix("x-").replace("mpeg", "mp3")
        fields: dict[str, Any] = {
            "model": call.target.provider_id,
            **{k: str(v) for k, v in without(call.parameters, "model", "file").items()},
            "file": (f"audio.{extension}", audio, mime),
        }
        body, content_type = urllib3.encode_multipart_formdata(fields)
        return Outgoing(path, data=body, content_type=content_type)

    def read(call: Call, reply: Reply) -> Outcome:
        answer = json_object(reply, call.target.provider)
        if not isinstance(answer.get("text"), str):
            raise InferenceOutputError(f"{call.target.provider}: expected {{text: string}}")
        return Done(answer)

    return TaskRoute(build, read)


def speech(path: str, *, needs_voice: bool) -> TaskRoute:
    def build(call: Call) -> Outgoing:
        params = call.parameters
        if needs_voice and not params.get("voice"):
            raise InferenceInputError(
                "parameters.voice", f"{call.target.provider} needs a voice for text-to-speech"
            )
        body = {"input": call.inputs["text"], "model": call.target.provider_id}
        return Outgoing(path, {**body, **without(params, "input", "model")})

    def read(call: Call, reply: Reply) -> Outcome:
        if reply.is_json or not reply.body:
            raise InferenceOutputError(
                f"{call.target.provider}: expected audio, got "
                f"{reply.info.content_type or 'no content type'}"
            )
        mime = reply.info.content_type.split(";")[0].strip()
        return Done(Blob(reply.body, mime or sniff_type(reply.body, "audio/mpeg")))

    return TaskRoute(build, read)
