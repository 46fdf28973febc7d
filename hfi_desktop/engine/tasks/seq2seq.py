"""Question answering and the text-to-text tasks (summarization, translation,
text2text-generation).

transformers 5.x dropped these pipelines, so they run here over the model classes: question
answering decodes AutoModelForQuestionAnswering's start/end logits as the 4.x pipeline did;
the others call AutoModelForSeq2SeqLM.generate()."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from hfi_desktop.engine.tasks.base import EngineRequest, RunnerInputError, TaskRunner
from hfi_desktop.engine.tasks.params import (
    generate_kwargs,
    optional_bool,
    optional_choice,
    optional_int,
    optional_text,
    text_input,
    text_inputs,
)
from hfi_desktop.engine.tasks.spans import Span, best_spans

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

_TRUNCATIONS = ("do_not_truncate", "longest_first", "only_first", "only_second")


@dataclass(frozen=True)
class Loaded:
    model: Any
    tokenizer: Any
    # The tokenizer's src_lang is state: one request at a time sets it and encodes.
    lock: threading.Lock = field(default_factory=threading.Lock)


def _load(model_class: str) -> Callable[[Path, str], Loaded]:
    def load(folder: Path, device: str) -> Loaded:
        import transformers

        model = getattr(transformers, model_class).from_pretrained(str(folder))
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder))
        return Loaded(model.to(device).eval(), tokenizer)

    return load


# -------------------------------------------------------------------- question answering


def _question_context(inputs: Any) -> tuple[str, str]:
    if not isinstance(inputs, dict):
        raise RunnerInputError("'inputs' must be an object {question, context}")
    return (
        text_input(inputs.get("question"), "inputs.question"),
        text_input(inputs.get("context"), "inputs.context"),
    )


def _answer_questions(loaded: Loaded, request: EngineRequest) -> Any:
    import torch

    question, context = _question_context(request.inputs)
    params = request.parameters
    top_k = optional_int(params, "top_k", 1) or 1
    max_answer_len = optional_int(params, "max_answer_len", 1) or 15
    max_seq_len = optional_int(params, "max_seq_len", 16) or min(
        384, loaded.tokenizer.model_max_length
    )
    doc_stride = optional_int(params, "doc_stride", 0)
    impossible = bool(optional_bool(params, "handle_impossible_answer"))
    if not loaded.tokenizer.is_fast:
        raise RunnerInputError("this model's tokenizer has no character offsets (not a fast one)")
    stride = _stride(loaded.tokenizer, question, max_seq_len, doc_stride)
    encoded = loaded.tokenizer(
        question,
        context,
        truncation="only_second",
        max_length=max_seq_len,
        stride=stride,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
        padding=True,
        return_tensors="pt",
    )
    offsets = encoded.pop("offset_mapping").tolist()
    encoded.pop("overflow_to_sample_mapping", None)
    with torch.inference_mode():
        out = loaded.model(**{k: v.to(loaded.model.device) for k, v in encoded.items()})
    starts = out.start_logits.float().cpu().numpy()
    ends = out.end_logits.float().cpu().numpy()
    null_score = 1.0
    best: dict[tuple[int, int], dict[str, Any]] = {}  # windows overlap: one answer a span
    for chunk, chunk_offsets in enumerate(offsets):
        in_context = np.array([sid == 1 for sid in encoded.sequence_ids(chunk)])
        found, null = best_spans(starts[chunk], ends[chunk], in_context, max_answer_len, top_k)
        null_score = min(null_score, null)
        for span in found:
            answer = _answer(context, chunk_offsets, span)
            key = (answer["start"], answer["end"])
            if key not in best or best[key]["score"] < answer["score"]:
                best[key] = answer
    answers = list(best.values())
    if impossible:
        answers.append({"answer": "", "score": null_score, "start": 0, "end": 0})
    answers = sorted(answers, key=lambda a: -float(a["score"]))[:top_k]
    if not answers:
        raise RunnerInputError("no answer fits in the context (try a larger max_answer_len)")
    return answers[0] if top_k == 1 else answers


def _stride(tokenizer: Any, question: str, max_seq_len: int, doc_stride: int | None) -> int:
    """How many tokens consecutive windows of a long context share (half of the room the
    question leaves, at most 128, unless the request says)."""
    question_tokens = len(tokenizer(question, add_special_tokens=False)["input_ids"])
    room = max_seq_len - question_tokens - int(tokenizer.num_special_tokens_to_add(pair=True))
    if room < 1:
        raise RunnerInputError(
            f"the question is too long ({question_tokens} tokens) for max_seq_len {max_seq_len}"
        )
    if doc_stride is None:
        return min(128, room // 2)
    if doc_stride >= room:
        raise RunnerInputError(
            f"parameter 'doc_stride' must be less than {room} (what max_seq_len leaves "
            "beside the question)"
        )
    return doc_stride


def _answer(context: str, offsets: list[list[int]], span: Span) -> dict[str, Any]:
    start, end = offsets[span.start][0], offsets[span.end][1]
    return {"answer": context[start:end], "score": span.score, "start": start, "end": end}


# ------------------------------------------------------------------------- text to text


def _truncation(params: dict[str, Any]) -> bool | str:
    value = optional_choice(params, "truncation", _TRUNCATIONS)
    if value is None:
        return True
    return False if value == "do_not_truncate" else value


def _task_prefix(model: Any, task: str, src: str | None, tgt: str | None) -> str | None:
    """T5-style models' prefix for the task ("summarize: ", "translate English to German: "),
    from their config: the entry for the task, for ``translation_{src}_to_{tgt}``, or the
    only one whose name starts with the task; None when there is none."""
    specific = getattr(model.config, "task_specific_params", None) or {}
    names = [task] if task in specific else sorted(k for k in specific if k.startswith(task))
    if src and tgt and f"{task}_{src}_to_{tgt}" in specific:
        names = [f"{task}_{src}_to_{tgt}"]
    return str(specific[names[0]].get("prefix") or "") if len(names) == 1 else None


def _language_token(tokenizer: Any, language: str) -> int:
    """The id of a language's token: "de" for M2M100 (``get_lang_id``), else the token
    itself ("de_DE" for mBART, "deu_Latn" for NLLB)."""
    if hasattr(tokenizer, "get_lang_id"):
        try:
            return int(tokenizer.get_lang_id(language))
        except KeyError:
            pass
    token_id = tokenizer.convert_tokens_to_ids(language)
    if token_id is None or token_id == tokenizer.unk_token_id:
        raise RunnerInputError(f"this model does not know the language {language!r}")
    return int(token_id)


@contextmanager
def _languages(
    loaded: Loaded, src: str | None, tgt: str | None, kwargs: dict[str, Any]
) -> Iterator[None]:
    """Multilingual models (mBART, NLLB, M2M100): the source language set on the tokenizer
    (one request at a time), the target's token forced first."""
    tokenizer = loaded.tokenizer
    with loaded.lock:
        if src is not None:
            if not hasattr(tokenizer, "src_lang"):
                raise RunnerInputError("this model takes no 'src_lang'")
            tokenizer.src_lang = src
        if tgt is not None:
            kwargs["forced_bos_token_id"] = _language_token(tokenizer, tgt)
        yield


def _generate(loaded: Loaded, request: EngineRequest, task: str, key: str) -> list[dict[str, str]]:
    import torch

    texts, _ = text_inputs(request.inputs)
    params = request.parameters
    kwargs = generate_kwargs(params)
    clean = optional_bool(params, "clean_up_tokenization_spaces")
    src, tgt = optional_text(params, "src_lang"), optional_text(params, "tgt_lang")
    prefix = _task_prefix(loaded.model, task, src, tgt)
    if prefix is not None:  # a T5-style model: the prefix names the languages
        src = tgt = None
    with _languages(loaded, src, tgt, kwargs):
        encoded = loaded.tokenizer(
            [(prefix or "") + text for text in texts],
            truncation=_truncation(params),
            padding=True,
            return_tensors="pt",
        )
    with torch.inference_mode():
        ids = loaded.model.generate(
            input_ids=encoded["input_ids"].to(loaded.model.device),
            attention_mask=encoded["attention_mask"].to(loaded.model.device),
            **kwargs,
        )
    decoded = loaded.tokenizer.batch_decode(
        ids, skip_special_tokens=True, clean_up_tokenization_spaces=bool(clean)
    )
    return [{key: str(text)} for text in decoded]


def _summarize(loaded: Loaded, request: EngineRequest) -> list[dict[str, str]]:
    return _generate(loaded, request, "summarization", "summary_text")


def _translate(loaded: Loaded, request: EngineRequest) -> list[dict[str, str]]:
    return _generate(loaded, request, "translation", "translation_text")


def _text2text(loaded: Loaded, request: EngineRequest) -> list[dict[str, str]]:
    return _generate(loaded, request, "text2text-generation", "generated_text")


_SEQ2SEQ = _load("AutoModelForSeq2SeqLM")

RUNNERS: dict[str, TaskRunner] = {
    runner.task: runner
    for runner in (
        TaskRunner("question-answering", _load("AutoModelForQuestionAnswering"),
                   _answer_questions),
        TaskRunner("summarization", _SEQ2SEQ, _summarize),
        TaskRunner("translation", _SEQ2SEQ, _translate),
        TaskRunner("text2text-generation", _SEQ2SEQ, _text2text),
    )
}
