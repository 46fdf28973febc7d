"""Text generation over a causal language model, token by token: the non-streaming answer,
the TGI-style stream and chat all come from :func:`generate`, so a stream's joined texts are
the non-streaming answer. Generation stops when the request's cancel flag is set."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import cancel
from .base import RunnerInputError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

LOG = logging.getLogger("hfi_desktop.engine")
DEFAULT_MAX_NEW_TOKENS = 64
MAX_NEW_TOKENS_LIMIT = 4096


@dataclass
class CausalLM:
    model: Any  # a transformers PreTrainedModel with a language-model head
    tokenizer: Any


@dataclass(frozen=True)
class Token:
    id: int
    text: str
    logprob: float
    special: bool


@dataclass(frozen=True)
class Generated:
    text: str  # every token's text joined
    prompt_tokens: int
    tokens: int
    finish_reason: str  # "length", "stop" (end of sequence or a stop string)


def load_causal_lm(folder: Path, device: str) -> CausalLM:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder).to(device)
    model.eval()
    return CausalLM(model, tokenizer)


@dataclass(frozen=True)
class Settings:
    max_new_tokens: int
    do_sample: bool
    temperature: float | None
    top_p: float | None
    top_k: int | None
    repetition_penalty: float | None
    stop: tuple[str, ...]
    seed: int | None


def _number(params: dict[str, Any], name: str, kind: type, low: float) -> Any:
    value = params.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RunnerInputError(f"parameters.{name}: expected a number, got {value!r}")
    if kind is int and value != int(value):
        raise RunnerInputError(f"parameters.{name}: expected an integer, got {value!r}")
    if value < low:
        raise RunnerInputError(f"parameters.{name}: must be at least {low}, got {value!r}")
    return kind(value)


def settings(params: dict[str, Any], *, sample_default: bool = False) -> Settings:
    """The generation settings a request's parameters ask for (a clear error when wrong)."""
    max_new = _number(params, "max_new_tokens", int, 1)
    if max_new is None:
        max_new = DEFAULT_MAX_NEW_TOKENS
    if max_new > MAX_NEW_TOKENS_LIMIT:
        raise RunnerInputError(f"parameters.max_new_tokens: at most {MAX_NEW_TOKENS_LIMIT}")
    temperature = _number(params, "temperature", float, 0)
    do_sample = params.get("do_sample")
    if do_sample is None:
        do_sample = sample_default
    elif not isinstance(do_sample, bool):
        raise RunnerInputError(f"parameters.do_sample: expected true or false, got {do_sample!r}")
    if temperature == 0:
        do_sample = False  # temperature 0 is greedy
    stop = params.get("stop", params.get("stop_sequences")) or ()
    if isinstance(stop, str):
        stop = (stop,)
    if not isinstance(stop, list | tuple) or not all(isinstance(s, str) for s in stop):
        raise RunnerInputError("parameters.stop: expected a list of strings")
    return Settings(
        max_new_tokens=max_new,
        do_sample=do_sample,
        temperature=temperature,
        top_p=_number(params, "top_p", float, 0),
        top_k=_number(params, "top_k", int, 0),
        repetition_penalty=_number(params, "repetition_penalty", float, 0),
        stop=tuple(s for s in stop if s),
        seed=_number(params, "seed", int, 0),
    )


def generate(
    lm: CausalLM,
    prompt_ids: list[int],
    chosen: Settings,
    on_token: Callable[[Token], None] | None = None,
) -> Generated:
    """Generate after ``prompt_ids``; ``on_token`` gets each token with the text it adds
    (decoding all tokens so far, so the pieces join to exactly the final text)."""
    import torch
    from transformers import LogitsProcessor, LogitsProcessorList, StoppingCriteria
    from transformers.generation.streamers import BaseStreamer

    flag = cancel.current()
    tokenizer = lm.tokenizer
    special_ids = set(tokenizer.all_special_ids)
    state: dict[str, Any] = {"ids": [], "logprobs": None, "prompt_seen": False}
    text = StreamedText(chosen.stop)

    class RecordLogprobs(LogitsProcessor):  # type: ignore[misc]
        def __call__(self, input_ids: Any, scores: Any) -> Any:
            state["logprobs"] = torch.log_softmax(scores.float(), dim=-1)[0]
            return scores

    class Streamer(BaseStreamer):  # type: ignore[misc]
        def put(self, value: Any) -> None:
            if not state["prompt_seen"]:
                state["prompt_seen"] = True  # generate puts the prompt first
                return
            token_id = int(value.reshape(-1)[0])
            state["ids"].append(token_id)
            piece = text.update(tokenizer.decode(state["ids"], skip_special_tokens=True))
            logprobs = state["logprobs"]
            logprob = float(logprobs[token_id]) if logprobs is not None else 0.0
            if on_token is not None:
                on_token(Token(token_id, piece, round(logprob, 4), token_id in special_ids))

        def end(self) -> None:
            pass

    class Stop(StoppingCriteria):  # type: ignore[misc]
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            done = text.stopped or (flag is not None and flag.is_set())
            return torch.full((input_ids.shape[0],), done, dtype=torch.bool)

    kwargs: dict[str, Any] = {
        "max_new_tokens": chosen.max_new_tokens,
        "do_sample": chosen.do_sample,
        "logits_processor": LogitsProcessorList([RecordLogprobs()]),
        "stopping_criteria": [Stop()],
        "streamer": Streamer(),
        "pad_token_id": tokenizer.pad_token_id
        if tokenizer.pad_token_id is not None
        else tokenizer.eos_token_id,
    }
    if chosen.do_sample:
        for name in ("temperature", "top_p", "top_k"):
            if getattr(chosen, name) is not None:
                kwargs[name] = getattr(chosen, name)
    else:  # greedy: no sampling settings from the model's generation config either
        kwargs.update(temperature=None, top_p=None, top_k=None)
    if chosen.repetition_penalty is not None:
        kwargs["repetition_penalty"] = chosen.repetition_penalty
    ids = torch.tensor([prompt_ids], dtype=torch.long, device=lm.model.device)
    with torch.inference_mode():  # calls on one model run side by side (no state of its own)
        if chosen.seed is not None:
            torch.manual_seed(chosen.seed)
        lm.model.generate(ids, attention_mask=torch.ones_like(ids), **kwargs)
    if flag is not None and flag.is_set():
        LOG.info("generation stopped after %d tokens: its client went away", len(state["ids"]))
        raise cancel.Cancelled
    tokens = state["ids"]
    tail = text.finish()
    if tail and on_token is not None:  # text held back in case a stop string began there
        on_token(Token(tokens[-1], tail, 0.0, tokens[-1] in special_ids))
    finish = "length" if len(tokens) >= chosen.max_new_tokens and not text.stopped else "stop"
    return Generated(text.emitted, len(prompt_ids), len(tokens), finish)


class StreamedText:
    """The generated text handed out in pieces that join to the final text. The text is
    decoded from all tokens so far each time (a token may complete a character or change the
    spacing); a stop string ends it and is left out, and an end that may begin one is held
    back until it does not."""

    def __init__(self, stops: tuple[str, ...]) -> None:
        self._stops = stops
        self._latest = ""
        self.emitted = ""
        self.stopped = False

    def update(self, decoded: str) -> str:
        """The new piece, given the text of all tokens so far."""
        if self.stopped or decoded.endswith("\ufffd"):  # half a character: wait for the rest
            return ""
        self._latest = decoded
        cuts = [index for index in (decoded.find(stop) for stop in self._stops) if index >= 0]
        if cuts:
            self.stopped = True
            return self._emit(decoded[: min(cuts)])
        held = max(
            (k for stop in self._stops for k in range(1, len(stop)) if decoded.endswith(stop[:k])),
            default=0,
        )
        return self._emit(decoded[: len(decoded) - held])

    def finish(self) -> str:
        """What was held back, once generation ended without a stop string."""
        return "" if self.stopped else self._emit(self._latest)

    def _emit(self, visible: str) -> str:
        if not visible.startswith(self.emitted):
            return ""  # decoding changed text handed out already: keep what was handed out
        piece = visible[len(self.emitted) :]
        self.emitted = visible
        return piece


def encode(lm: CausalLM, text: str) -> list[int]:
    ids: list[int] = lm.tokenizer(text)["input_ids"]
    if not ids:
        raise RunnerInputError("inputs: the prompt has no tokens")
    return ids


def chat_prompt(lm: CausalLM, messages: list[dict[str, Any]]) -> list[int]:
    """The messages as the model's chat template lays them out, ready to generate."""
    if not getattr(lm.tokenizer, "chat_template", None):
        raise RunnerInputError("this model has no chat template: call it as text generation")
    try:
        text = lm.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, tokenize=False
        )
    except Exception as exc:  # the template's own errors (roles it refuses...)
        raise RunnerInputError(f"messages: the chat template refused them: {exc}") from exc
    ids: list[int] = lm.tokenizer(text, add_special_tokens=False)["input_ids"]
    return ids
