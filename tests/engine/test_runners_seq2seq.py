"""Question answering and the text-to-text runners, in process, on tiny random models."""

from __future__ import annotations

import os
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"

from hfi_desktop.engine.tasks import RUNNERS
from hfi_desktop.engine.tasks.base import EngineRequest, RunnerInputError
from hfi_desktop.engine.tasks.seq2seq import Loaded, _task_prefix
from hfi_desktop.engine.tasks.spans import best_spans
from hfi_desktop.inference import _outputs as out
from tests.support import tiny_models_media as tiny

QUESTION = "who sat"
CONTEXT = "the cat sat on the mat"


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return tiny.loaded_runner(tmp_path_factory.getbasetemp(), "question-answering",
                              tiny.question_answering)


@pytest.fixture(scope="module")
def seq2seq(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return tiny.loaded_runner(tmp_path_factory.getbasetemp(), "summarization", tiny.seq2seq)


def run(task: str, loaded: Any, inputs: Any, **parameters: Any) -> Any:
    return RUNNERS[task].run(loaded, EngineRequest(inputs, parameters))


# ------------------------------------------------------------------------ span decoding

# [CLS] who sat [SEP] | the cat sat on the mat [SEP]
IN_CONTEXT = [False, False, False, False, True, True, True, True, True, True, False]


def logits(*peaks: tuple[int, float]) -> list[float]:
    values = [0.0] * len(IN_CONTEXT)
    for index, value in peaks:
        values[index] = value
    return values


def test_the_best_span_is_the_start_and_end_peaks() -> None:
    spans, _ = best_spans(logits((8, 5.0)), logits((9, 5.0)), IN_CONTEXT, 15, 1)
    assert [(s.start, s.end) for s in spans] == [(8, 9)]
    assert 0.0 < spans[0].score <= 1.0


def test_tokens_outside_the_context_are_never_an_answer() -> None:
    # the question's tokens (1, 2) have the highest logits
    spans, _ = best_spans(logits((1, 9.0), (5, 2.0)), logits((2, 9.0), (6, 2.0)),
                          IN_CONTEXT, 15, 3)
    assert spans[0][:2] == (5, 6)
    assert all(IN_CONTEXT[s.start] and IN_CONTEXT[s.end] for s in spans)


def test_an_answer_is_at_most_max_answer_len_tokens_and_never_ends_before_it_starts() -> None:
    start, end = logits((4, 6.0), (9, 1.0)), logits((9, 6.0), (4, 1.0))
    spans, _ = best_spans(start, end, IN_CONTEXT, 2, 5)
    assert spans
    assert all(0 <= s.end - s.start < 2 for s in spans)
    long_spans, _ = best_spans(start, end, IN_CONTEXT, 15, 1)
    assert long_spans[0][:2] == (4, 9)


def test_top_k_spans_come_best_first_with_the_softmax_product_score() -> None:
    import numpy as np

    start, end = logits((5, 3.0), (6, 2.0)), logits((7, 3.0))
    spans, null = best_spans(start, end, IN_CONTEXT, 15, 2)
    assert [s[:2] for s in spans] == [(5, 7), (6, 7)]
    allowed = np.array(IN_CONTEXT)
    allowed[0] = True  # [CLS], for "no answer"
    p_start = np.exp(start) * allowed / (np.exp(start) * allowed).sum()
    p_end = np.exp(end) * allowed / (np.exp(end) * allowed).sum()
    assert spans[0].score == pytest.approx(p_start[5] * p_end[7])
    assert null == pytest.approx(p_start[0] * p_end[0])


@dataclass
class FakeOutput:
    start_logits: Any
    end_logits: Any


class FakeQaModel:
    """Logits that peak on the given tokens; only the decoding around the model is tested."""

    def __init__(self, start: int, end: int) -> None:
        import torch

        self.start, self.end = start, end
        self.device = torch.device("cpu")

    def __call__(self, input_ids: Any, **_: Any) -> FakeOutput:
        import torch

        starts = torch.zeros(input_ids.shape)
        ends = torch.zeros(input_ids.shape)
        starts[:, self.start] = 8.0
        ends[:, self.end] = 8.0
        return FakeOutput(starts, ends)


def test_the_answer_is_the_span_s_characters_in_the_context() -> None:
    tokenizer = tiny.wordpiece_tokenizer()
    encoded = tokenizer(QUESTION, CONTEXT, return_offsets_mapping=True)
    in_context = [sid == 1 for sid in encoded.sequence_ids()]
    # the tokens of the second "the" and of "mat"
    first = next(i for i, (a, _) in enumerate(encoded["offset_mapping"])
                 if in_context[i] and a == 15)
    last = next(i for i, (_, b) in enumerate(encoded["offset_mapping"])
                if in_context[i] and b == 22)
    answer = run("question-answering", Loaded(FakeQaModel(first, last), tokenizer),
                 {"question": QUESTION, "context": CONTEXT})
    assert answer["answer"] == "the mat"
    assert (answer["start"], answer["end"]) == (15, 22)
    assert answer["score"] == pytest.approx(1.0, abs=0.01)


# ------------------------------------------------------------------- real tiny models


def test_question_answering_answers_as_hf_inference(qa: Any) -> None:
    answer = run("question-answering", qa, {"question": QUESTION, "context": CONTEXT})
    assert set(answer) == {"answer", "score", "start", "end"}
    assert isinstance(answer["start"], int) and isinstance(answer["end"], int)
    assert isinstance(answer["score"], float) and 0.0 < answer["score"] <= 1.0
    assert answer["answer"] == CONTEXT[answer["start"]:answer["end"]] != ""
    assert out.check_question_answering(answer) == answer


def test_question_answering_top_k_is_a_list_best_first(qa: Any) -> None:
    answers = run("question-answering", qa, {"question": QUESTION, "context": CONTEXT},
                  top_k=3, max_answer_len=2)
    assert isinstance(answers, list) and len(answers) == 3
    scores = [a["score"] for a in answers]
    assert scores == sorted(scores, reverse=True)
    assert all(a["answer"] == CONTEXT[a["start"]:a["end"]] for a in answers)


def test_a_long_context_is_read_in_overlapping_windows(qa: Any) -> None:
    context = " ".join([CONTEXT] * 12)
    answer = run("question-answering", qa, {"question": QUESTION, "context": context},
                 max_seq_len=24, doc_stride=4)
    assert answer["answer"] == context[answer["start"]:answer["end"]]
    # the windows overlap: a span they share is one answer
    answers = run("question-answering", qa, {"question": QUESTION, "context": context},
                  max_seq_len=24, doc_stride=8, top_k=20)
    spans = [(a["start"], a["end"]) for a in answers]
    assert len(spans) == len(set(spans)) == 20


@pytest.mark.parametrize(
    ("inputs", "parameters", "message"),
    [
        ("who sat", {}, "'inputs' must be an object {question, context}"),
        ({"question": QUESTION}, {}, "'inputs.context' must be a string"),
        ({"question": " ", "context": CONTEXT}, {}, "'inputs.question' is empty"),
        ({"question": QUESTION, "context": CONTEXT}, {"top_k": "3"}, "'top_k' must be an integer"),
        ({"question": QUESTION, "context": CONTEXT}, {"top_k": 0}, "'top_k' must be at least 1"),
        ({"question": "who sat " * 20, "context": CONTEXT}, {"max_seq_len": 16},
         r"the question is too long \(40 tokens\) for max_seq_len 16"),
        ({"question": QUESTION, "context": CONTEXT}, {"max_seq_len": 20, "doc_stride": 30},
         "'doc_stride' must be less than 15"),
    ],
)
def test_question_answering_refuses_bad_inputs(
    qa: Any, inputs: Any, parameters: dict[str, Any], message: str
) -> None:
    with pytest.raises(RunnerInputError, match=message):
        run("question-answering", qa, inputs, **parameters)


@pytest.mark.parametrize(
    ("task", "key", "check"),
    [
        ("summarization", "summary_text", out.check_summarization),
        ("translation", "translation_text", out.check_translation),
        ("text2text-generation", "generated_text", out.check_text_generation),
    ],
)
def test_text_to_text_answers_a_list_of_one_object(
    seq2seq: Any, task: str, key: str, check: Any
) -> None:
    result = run(task, seq2seq, CONTEXT, generate_parameters={"max_new_tokens": 3})
    assert isinstance(result, list) and len(result) == 1
    assert list(result[0]) == [key] and isinstance(result[0][key], str)
    assert check(result) == result[0]


def test_max_new_tokens_limits_the_generated_tokens(seq2seq: Any) -> None:
    # the tiny model says "cat" each step
    short = run("text2text-generation", seq2seq, "the dog", max_new_tokens=2)
    longer = run("text2text-generation", seq2seq, "the dog", max_new_tokens=5)
    assert short[0]["generated_text"].split().count("cat") <= 2
    assert longer[0]["generated_text"].split().count("cat") > 2


def test_translation_of_a_list_answers_one_object_per_text(seq2seq: Any) -> None:
    result = run("translation", seq2seq, ["the cat", "a dog sat"], max_new_tokens=2)
    assert out.generated_list("translation_text")(result) == result
    assert len(result) == 2


@pytest.mark.parametrize(
    ("inputs", "parameters", "message"),
    [
        (["the cat", 3], {}, r"'inputs\[1\]' must be a string"),
        ("", {}, "'inputs' is empty"),
        (CONTEXT, {"max_new_tokens": "5"}, "'max_new_tokens' must be an integer"),
        (CONTEXT, {"generate_parameters": {"beams": 2}}, "generate_parameters.beams is not"),
        (CONTEXT, {"generate_parameters": 2}, "'generate_parameters' must be an object"),
        (CONTEXT, {"truncation": "middle"}, "'truncation' must be one of"),
        (CONTEXT, {"tgt_lang": "xx_XX"}, "does not know the language 'xx_XX'"),
        (CONTEXT, {"src_lang": "en"}, "takes no 'src_lang'"),
    ],
)
def test_text_to_text_refuses_bad_inputs(
    seq2seq: Any, inputs: Any, parameters: dict[str, Any], message: str
) -> None:
    with pytest.raises(RunnerInputError, match=message):
        run("translation", seq2seq, inputs, **parameters)



def test_tgt_lang_forces_the_language_token_first(seq2seq: Any) -> None:
    # a word of the tiny vocabulary stands in for a language token ("de_DE", "deu_Latn")
    result = run("translation", seq2seq, "the dog", tgt_lang="paris", max_new_tokens=3)
    assert result[0]["translation_text"].split()[0] == "paris"


def test_t5_style_task_prefixes_come_from_the_config() -> None:
    prefixes = {
        "summarization": {"prefix": "summarize: "},
        "translation_en_to_de": {"prefix": "translate English to German: "},
        "translation_en_to_fr": {"prefix": "translate English to French: "},
    }
    model = SimpleNamespace(config=SimpleNamespace(task_specific_params=prefixes))
    assert _task_prefix(model, "summarization", None, None) == "summarize: "
    assert _task_prefix(model, "translation", "en", "fr") == "translate English to French: "
    assert _task_prefix(model, "translation", None, None) is None  # which one: unknown
    assert _task_prefix(model, "text2text-generation", None, None) is None
