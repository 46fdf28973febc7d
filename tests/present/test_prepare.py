"""prepare() for every OutputKind, from the recorded real answers (tests/data/tapes.json)."""

from __future__ import annotations

import base64
import json
import os
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtGui import QImage

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import (
    AnswerSpanPrepared,
    AudioPrepared,
    ConversationPrepared,
    DetectionPrepared,
    DocAnswerPrepared,
    EmbeddingsPrepared,
    EntitiesPrepared,
    FillMaskPrepared,
    ImagePrepared,
    LabelsPrepared,
    NumbersPrepared,
    Prepared,
    RawPrepared,
    ResultContext,
    SegmentationPrepared,
    SimilarityPrepared,
    TableAnswerPrepared,
    TextPrepared,
    ZeroShotPrepared,
    colour_for,
    prepare,
)
from tests.present.samples import Sample, sample, samples
from tests.support.tapes import tape

EXPECTED_TYPES: dict[OutputKind, type[Prepared]] = {
    OutputKind.LABELS: LabelsPrepared,
    OutputKind.FILL_MASK: FillMaskPrepared,
    OutputKind.ZERO_SHOT: ZeroShotPrepared,
    OutputKind.TEXT: TextPrepared,
    OutputKind.TEXT_STREAM: TextPrepared,
    OutputKind.ANSWER_SPAN: AnswerSpanPrepared,
    OutputKind.DOC_ANSWER: DocAnswerPrepared,
    OutputKind.ENTITIES: EntitiesPrepared,
    OutputKind.DETECTION: DetectionPrepared,
    OutputKind.SEGMENTATION: SegmentationPrepared,
    OutputKind.IMAGE: ImagePrepared,
    OutputKind.AUDIO: AudioPrepared,
    OutputKind.AUDIO_SOURCES: AudioPrepared,
    OutputKind.TABLE_ANSWER: TableAnswerPrepared,
    OutputKind.CONVERSATION: ConversationPrepared,
    OutputKind.EMBEDDINGS: EmbeddingsPrepared,
    OutputKind.SIMILARITY: SimilarityPrepared,
    OutputKind.NUMBERS: NumbersPrepared,
    OutputKind.RAW: RawPrepared,
}


def run(name: str) -> Prepared:
    found = sample(name)
    return prepare(found.kind, found.result, found.context)


def test_every_output_kind_has_a_sample_and_a_type() -> None:
    panel_kinds = set(OutputKind) - {OutputKind.CHAT}  # a chat thread is the chat page's own
    assert {s.kind for s in samples()} == panel_kinds
    assert set(EXPECTED_TYPES) == panel_kinds


@pytest.mark.parametrize("found", samples(), ids=lambda s: s.name)
def test_prepares_the_recorded_answer(found: Sample) -> None:
    prepared = prepare(found.kind, found.result, found.context)
    assert type(prepared) is EXPECTED_TYPES[found.kind]
    assert prepared.kind is found.kind
    assert prepared.raw_json
    assert not re.search(r"[A-Za-z0-9+/=]{200}", prepared.raw_json)  # no base64 walls


# ----------------------------------------------------------------------- scores
def test_labels_best_first_from_the_2023_nested_list() -> None:
    prepared = run("text-classification")
    assert isinstance(prepared, LabelsPrepared)
    assert [s.label for s in prepared.scores] == ["POSITIVE", "NEGATIVE"]
    assert prepared.scores[0].score == pytest.approx(0.9998763799667358)


def test_labels_are_sorted_whatever_the_answer_order() -> None:
    prepared = prepare(
        OutputKind.LABELS, [{"label": "b", "score": 0.1}, {"label": "a", "score": 0.7}]
    )
    assert isinstance(prepared, LabelsPrepared)
    assert [s.label for s in prepared.scores] == ["a", "b"]


def test_visual_question_answers_read_as_labels() -> None:
    prepared = prepare(OutputKind.LABELS, tape("30b6ce74").response_json())
    assert isinstance(prepared, LabelsPrepared)
    assert [s.label for s in prepared.scores][:2] == ["2", "3"]


def test_fill_mask_tokens_and_best_sequence() -> None:
    prepared = run("fill-mask")
    assert isinstance(prepared, FillMaskPrepared)
    assert [s.label for s in prepared.scores] == ["the", "my", "hello", "wonderful", "a"]
    assert prepared.sequence == "the world!"
    assert prepared.scores[2].detail == "hello world!"


def test_zero_shot_one_group_per_sequence() -> None:
    prepared = run("zero-shot-classification")
    assert isinstance(prepared, ZeroShotPrepared)
    (group,) = prepared.groups
    assert group.title.startswith("Hi, I recently bought a device")
    assert [s.label for s in group.scores] == ["refund", "faq", "legal"]


def test_zero_shot_today_shape_uses_the_input_text() -> None:
    result = [{"label": "faq", "score": 0.2}, {"label": "refund", "score": 0.8}]
    prepared = prepare(OutputKind.ZERO_SHOT, result, ResultContext(text="my order"))
    assert isinstance(prepared, ZeroShotPrepared)
    assert prepared.groups[0].title == "my order"
    assert [s.label for s in prepared.scores] == ["refund", "faq"]


def test_similarity_pairs_sentences_with_scores_best_first() -> None:
    prepared = run("sentence-similarity")
    assert isinstance(prepared, SimilarityPrepared)
    assert prepared.source_sentence == "That is a happy person"
    assert [(s.label, round(s.score, 3)) for s in prepared.scores] == [
        ("That is a very happy person", 0.938),
        ("That is a happy dog", 0.662),
        ("Today is a sunny day", 0.23),
    ]


# ------------------------------------------------------------------------- text
@pytest.mark.parametrize(
    ("name", "source", "start"),
    [
        ("text-generation", "generated_text", "The answer to the universe is"),
        ("summarization", "summary_text", "The tower is 324 metres"),
        ("translation", "translation_text", "Mein Name ist Wolfgang"),
        ("automatic-speech-recognition", "text", "GOING ALONG SLUSHY"),
        ("image-to-text", "generated_text", "a large brown and white giraffe"),
    ],
)
def test_text_from_each_key(name: str, source: str, start: str) -> None:
    prepared = run(name)
    assert isinstance(prepared, TextPrepared)
    assert prepared.source == source
    assert prepared.text.startswith(start)


def test_stream_events_join_tokens_without_special_ones() -> None:
    prepared = run("text-generation-stream")
    assert isinstance(prepared, TextPrepared)
    assert prepared.text == "one two three four"  # no "</s>"
    assert prepared.tokens == 5


def test_answer_span_from_offsets() -> None:
    prepared = run("question-answering")
    assert isinstance(prepared, AnswerSpanPrepared)
    assert prepared.question == "What is the capital of France?"
    assert prepared.span is not None
    assert prepared.context[prepared.span.start : prepared.span.end] == "Paris"
    assert prepared.span.located == "offsets"


def test_answer_span_found_by_search_when_offsets_are_missing_or_wrong() -> None:
    context = ResultContext(text="The capital of France is Paris.")
    for result in (
        {"answer": "paris", "score": 0.5},
        {"answer": "Paris", "score": 0.5, "start": 2, "end": 9},
    ):
        prepared = prepare(OutputKind.ANSWER_SPAN, result, context)
        assert isinstance(prepared, AnswerSpanPrepared)
        assert prepared.span is not None
        assert (prepared.span.text, prepared.span.located) == ("Paris", "search")


def test_answer_not_in_context_has_no_span() -> None:
    result = {"answer": "Lyon", "score": 0.1, "start": 99, "end": 120}
    prepared = prepare(OutputKind.ANSWER_SPAN, result, ResultContext(text="Paris."))
    assert isinstance(prepared, AnswerSpanPrepared)
    assert prepared.span is None
    assert prepared.answer == "Lyon"


def test_entities_spans_legend_and_colours() -> None:
    prepared = run("token-classification")
    assert isinstance(prepared, EntitiesPrepared)
    assert [span.text for span in prepared.spans] == ["Sarah Jessica Parker", "Jessica"]
    assert [(e.label, e.count, e.meaning) for e in prepared.legend] == [("PER", 2, "person")]
    assert prepared.spans[0].colour == prepared.legend[0].colour
    assert prepared.spans[0].meaning == "person"
    assert prepared.unplaced == ()


def test_entities_without_offsets_are_searched_in_order() -> None:
    text = "Jessica met Jessica in Paris"
    result = [
        {"entity": "PER", "score": 0.9, "word": "Jessica"},
        {"entity": "PER", "score": 0.9, "word": "jessica"},
        {"entity": "LOC", "score": 0.8, "word": "##Paris"},
        {"entity": "ORG", "score": 0.8, "word": "Acme"},
    ]
    prepared = prepare(OutputKind.ENTITIES, result, ResultContext(text=text))
    assert isinstance(prepared, EntitiesPrepared)
    assert [(s.start, s.end, s.label) for s in prepared.spans] == [
        (0, 7, "PER"),
        (12, 19, "PER"),
        (23, 28, "LOC"),
    ]
    assert prepared.unplaced == ("Acme",)
    assert len({e.colour for e in prepared.legend}) == 3


def test_conversation_turns_and_the_new_ones() -> None:
    prepared = run("conversational")
    assert isinstance(prepared, ConversationPrepared)
    assert [(t.role, t.text) for t in prepared.turns] == [
        ("user", "Which movie is the best ?"),
        ("model", "It is Die Hard for sure."),
        ("user", "Can you explain why ?"),
        ("model", "It's the best movie ever."),
    ]
    assert prepared.first_new == 2
    assert prepared.warnings and "pad_token_id" in prepared.warnings[0]


def test_conversation_without_history_in_the_answer_uses_the_context() -> None:
    context = ResultContext(
        text="And then?", past_user_inputs=("Hi",), generated_responses=("Hello!",)
    )
    prepared = prepare(OutputKind.CONVERSATION, {"generated_text": "Bye."}, context)
    assert isinstance(prepared, ConversationPrepared)
    assert [t.text for t in prepared.turns] == ["Hi", "Hello!", "And then?", "Bye."]
    assert prepared.first_new == 2


# ----------------------------------------------------------------------- vision
def test_detection_boxes_over_the_decoded_input_image() -> None:
    prepared = run("object-detection")
    assert isinstance(prepared, DetectionPrepared)
    assert prepared.image is not None
    assert (prepared.image.width, prepared.image.height) == (640, 420)
    assert not prepared.image.image.isNull()
    assert len(prepared.boxes) == 6
    scores = [box.score for box in prepared.boxes]
    assert scores == sorted(scores, reverse=True)
    best = prepared.boxes[0]
    assert (best.xmin, best.ymin, best.xmax, best.ymax) == (246, 232, 478, 402)
    assert [(e.label, e.count) for e in prepared.legend] == [("cat", 6)]


def test_panoptic_masks_decode_to_images_of_the_input_size() -> None:
    prepared = run("image-segmentation")
    assert isinstance(prepared, SegmentationPrepared)
    assert len(prepared.masks) == 7
    for mask in prepared.masks:
        assert isinstance(mask.image, QImage)
        assert (mask.image.width(), mask.image.height()) == (640, 420)
        assert 0 < mask.coverage < 1
        # The recording cut every mask at 750 bytes: the rows it has are kept.
        assert mask.truncated
    # Each mask its own colour and name: the six cats can be told apart.
    assert len({mask.colour for mask in prepared.masks}) == 7
    assert [mask.name for mask in prepared.masks] == [
        "cat 1", "cat 2", "cat 3", "cat 4", "cat 5", "cat 6", "LABEL_199"]
    assert prepared.masks[0].colour == colour_for("cat")  # the first keeps its label's


def test_mask_pixels_are_tinted_where_the_mask_is_set() -> None:
    prepared = run("image-segmentation")
    assert isinstance(prepared, SegmentationPrepared)
    background = next(m for m in prepared.masks if m.label == "LABEL_199")
    # LABEL_199 (the wall behind the cats) covers the image's top-left corner.
    pixel = background.image.pixelColor(5, 5)
    assert pixel.alpha() == 255
    assert pixel.name() == background.colour


def test_generated_image_blob_is_decoded() -> None:
    prepared = run("text-to-image")
    assert isinstance(prepared, ImagePrepared)
    image = prepared.image
    assert (image.width, image.height, image.format, image.mime) == (458, 458, "PNG", "image/png")
    assert image.image.size().toTuple() == (458, 458)
    assert image.byte_size == 54145


def test_document_answer_beside_a_thumbnail() -> None:
    prepared = run("document-question-answering")
    assert isinstance(prepared, DocAnswerPrepared)
    assert (prepared.answer, round(prepared.score or 0, 3)) == ("us-001", 0.604)
    assert prepared.question == "What is the invoice number?"
    assert prepared.image is not None
    assert (prepared.image.width, prepared.image.height) == (750, 1061)
    assert max(prepared.image.image.width(), prepared.image.image.height()) <= 1061


def test_visual_answer_keeps_the_other_answers() -> None:
    prepared = run("visual-question-answering")
    assert isinstance(prepared, DocAnswerPrepared)
    assert prepared.answer == "2"
    assert [a.label for a in prepared.alternatives] == ["3", "1", "4", "5"]


def test_document_answer_without_score() -> None:
    prepared = prepare(OutputKind.DOC_ANSWER, tape("7cb3c977").response_json())
    assert isinstance(prepared, DocAnswerPrepared)
    assert (prepared.answer, prepared.score, prepared.image) == ("us-001", None, None)


# ------------------------------------------------------------------------ audio
def test_audio_blob_is_written_for_the_player() -> None:
    prepared = run("text-to-speech")
    assert isinstance(prepared, AudioPrepared)
    (clip,) = prepared.clips
    assert clip.path.endswith(".flac") and os.path.getsize(clip.path) == 282378
    assert (clip.mime, clip.byte_size) == ("audio/flac", 282378)
    assert clip.duration_s == pytest.approx(13.69)


def test_audio_sources_one_clip_per_source() -> None:
    prepared = run("audio-to-audio")
    assert isinstance(prepared, AudioPrepared)
    assert [clip.label for clip in prepared.clips] == ["label_0", "label_1"]
    assert len({clip.path for clip in prepared.clips}) == 2


def test_recorded_audio_sources_decode_as_they_are() -> None:
    prepared = prepare(OutputKind.AUDIO_SOURCES, tape("e84857f5").response_json())
    assert isinstance(prepared, AudioPrepared)
    for clip in prepared.clips:
        with open(clip.path, "rb") as file:
            assert file.read(4) == b"fLaC"
        assert clip.byte_size == 750


# ----------------------------------------------------------------------- tables
def test_table_answer_selects_the_answer_cells() -> None:
    prepared = run("table-question-answering")
    assert isinstance(prepared, TableAnswerPrepared)
    assert prepared.columns == ("Repository", "Stars", "Contributors", "Programming language")
    assert prepared.selected == frozenset({(0, 1)})
    assert prepared.rows[0][1] == "36542"
    assert (prepared.answer, prepared.aggregator) == ("AVERAGE > 36542", "AVERAGE")


def test_numbers_put_the_prediction_first() -> None:
    prepared = run("tabular-regression")
    assert isinstance(prepared, NumbersPrepared)
    assert prepared.columns[0] == "Prediction" and prepared.value_column == "Prediction"
    assert [row[0] for row in prepared.rows] == ["270.547", "313.684", "328.373"]
    assert prepared.rows[0][1:] == ("11.52", "23.2", "25.4", "30", "Bream", "4.02")
    assert prepared.selected == frozenset({(0, 0), (1, 0), (2, 0)})


def test_class_numbers_stay_whole() -> None:
    prepared = run("tabular-classification")
    assert isinstance(prepared, NumbersPrepared)
    assert [row[0] for row in prepared.rows] == ["5", "5", "7"]


# ------------------------------------------------------------------- embeddings
X, DASH = "\N{MULTIPLICATION SIGN}", "\N{EN DASH}"


@pytest.mark.parametrize(
    ("name", "shape", "count"),
    [
        ("feature-extraction", f"1 {X} 7 {X} 768", 5376),
        ("feature-extraction-batch", f"2 {X} 1 {X} 3{DASH}7 {X} 768", 7680),
        ("sentence-embedding", "768", 768),
    ],
)
def test_embedding_shapes(name: str, shape: str, count: int) -> None:
    prepared = run(name)
    assert isinstance(prepared, EmbeddingsPrepared)
    assert prepared.shape_text == shape
    assert prepared.count == count
    assert prepared.minimum <= prepared.mean <= prepared.maximum
    assert prepared.norm > 0
    assert len(prepared.strip) == 768
    assert prepared.first_values == prepared.strip[:12]


def test_embedding_stats_are_right() -> None:
    prepared = prepare(OutputKind.EMBEDDINGS, [[3.0, -4.0], [1.0, 0.0]])
    assert isinstance(prepared, EmbeddingsPrepared)
    assert prepared.shape == (2, 2)
    assert (prepared.minimum, prepared.maximum, prepared.mean) == (-4.0, 3.0, 0.0)
    assert prepared.norm == 5.0  # of the first vector
    assert prepared.std == pytest.approx(2.5495, abs=1e-4)


# -------------------------------------------------------------------------- raw
def test_raw_json_is_pretty_json() -> None:
    prepared = run("custom-request")
    assert isinstance(prepared, RawPrepared)
    assert prepared.content_type == "application/json"
    assert json.loads(prepared.raw_json) == tape("45d0b012").response_json()
    assert prepared.image is None and prepared.audio is None


def test_raw_blob_image_is_decoded_and_summarised() -> None:
    prepared = run("custom-request-image")
    assert isinstance(prepared, RawPrepared)
    assert prepared.image is not None and prepared.image.width == 564
    assert prepared.raw_json == '"<image/png, 28.4 KB>"'


def test_raw_json_replaces_base64_masks_with_placeholders() -> None:
    prepared = run("image-segmentation")
    assert '"mask": "<image/png, 750 bytes, base64>"' in prepared.raw_json
    assert "iVBORw0KGgo" not in prepared.raw_json


# ------------------------------------------------------------------- threading
def test_prepared_in_a_worker_thread_is_usable_after() -> None:
    found = sample("image-segmentation")
    with ThreadPoolExecutor(1) as pool:
        prepared = pool.submit(prepare, found.kind, found.result, found.context).result()
    assert isinstance(prepared, SegmentationPrepared)
    assert prepared.image is not None
    copy = prepared.image.image.copy()  # owns its pixels: no dangling Python buffer
    assert copy.pixelColor(100, 100).isValid()
    assert prepared.masks[0].image.constBits() is not None


def test_context_from_the_calls_arguments() -> None:
    qa = ResultContext.from_call(
        {"inputs": {"question": "Q?", "context": "Some text."}, "model": "m"}
    )
    assert (qa.question, qa.text) == ("Q?", "Some text.")
    zero_shot = ResultContext.from_call(
        {"inputs": ["A text"], "parameters": {"candidate_labels": "a, b"}}
    )
    assert (zero_shot.text, zero_shot.candidate_labels) == ("A text", ("a", "b"))
    image = b"\x89PNG\r\n\x1a\n..."
    doc = ResultContext.from_call({"inputs": {"image": image, "question": "Total?"}})
    assert (doc.image, doc.question) == (image, "Total?")
    table = ResultContext.from_call({"inputs": {"query": "How many?", "table": {"a": ["1"]}}})
    assert (dict(table.table), table.question) == ({"a": ("1",)}, "How many?")
    similarity = ResultContext.from_call(
        {"inputs": {"source_sentence": "s", "sentences": ["x", "y"]}}
    )
    assert (similarity.source_sentence, similarity.sentences) == ("s", ("x", "y"))
    detection = ResultContext.from_call({"data": memoryview(image)})
    assert detection.image == image


def test_context_reads_an_image_path(tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "x.png")
    with open(path, "wb") as file:
        file.write(b"data")
    assert ResultContext.from_call({"data": path}).image == b"data"


def test_base64_encoded_audio_roundtrip_sanity() -> None:
    blob = tape("e84857f5").response_json()[0]["blob"]
    assert base64.b64decode(blob)[:4] == b"fLaC"
