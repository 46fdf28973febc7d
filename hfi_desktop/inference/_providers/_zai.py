"""zai-org: chat needs two extra headers; text-to-image is an async job polled every 5 s."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import InferenceOutputError
from ._wire import (
    Call,
    Outcome,
    Outgoing,
    Poll,
    TaskRoute,
    asset_url,
    dig,
    json_object,
    size_of,
)

if TYPE_CHECKING:
    from .._transport import Reply

CHAT_HEADERS = {"x-source-channel": "hugging_face", "accept-language": "en-US,en"}
POLL_INTERVAL_S = 5.0
MAX_POLLS = 60


def _build_text_to_image(call: Call) -> Outgoing:
    body: dict[str, Any] = {"model": call.target.provider_id, "prompt": call.inputs["prompt"]}
    size = size_of(call.parameters)
    if size is not None:
        body["size"] = f"{size[0]}x{size[1]}"
    return Outgoing("/api/paas/v4/async/images/generations", body, headers=CHAT_HEADERS)


def _result(reply: Reply) -> Outcome | None:
    answer = json_object(reply, "zai-org")
    status = answer.get("task_status")
    if status == "SUCCESS":
        return asset_url(dig(answer, "image_result", 0, "url"), "zai-org image")
    if status == "FAIL":
        raise InferenceOutputError("zai-org: the image generation failed")
    return None


def _read_ticket(call: Call, reply: Reply) -> Outcome:
    ready = _result(reply)
    if ready is not None:
        return ready
    ticket = json_object(reply, "zai-org")
    job = ticket.get("id")
    if not isinstance(job, str) or not job or "/" in job:
        raise InferenceOutputError("zai-org: the answer has no job id")
    return Poll(
        f"/api/paas/v4/async-result/{job}", _result, POLL_INTERVAL_S, MAX_POLLS, CHAT_HEADERS
    )


text_to_image = TaskRoute(_build_text_to_image, _read_ticket)
