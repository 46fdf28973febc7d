"""The comparison algorithms: word diff, label alignment, box and span matching."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import (
    Box,
    DetectionPrepared,
    EntitiesPrepared,
    LabelsPrepared,
    Score,
    ScoreGroup,
    Span,
    TextPrepared,
    ZeroShotPrepared,
)
from hfi_desktop.present.compare import (
    AlignedRow,
    ItemComparison,
    ItemMark,
    TextDiff,
    align_groups,
    align_labels,
    aligned_prepared,
    box_iou,
    compare_results,
    is_missing,
    match_boxes,
    match_spans,
    span_overlap,
    tokens,
    word_diff,
)


# --------------------------------------------------------------------------- word diff
def marked(text: str, diff: TextDiff) -> list[tuple[str, str]]:
    return [(span.op, text[span.start : span.end]) for span in diff.spans]


def test_identical_texts_have_no_differences() -> None:
    diff = word_diff("The cat sat.", "The cat sat.")
    assert diff.identical and diff.similarity == 1.0
    assert diff.summary() == "identical"


def test_spacing_alone_is_no_difference() -> None:
    assert word_diff("The cat  sat.", "The  cat sat .").identical


def test_a_changed_word_is_a_replace_that_remembers_the_reference() -> None:
    other = "The dog sat on the mat."
    diff = word_diff("The cat sat on the mat.", other)
    assert marked(other, diff) == [("replace", "dog")]
    assert diff.spans[0].was == "cat"
    assert not diff.deletions
    assert 0.8 < diff.similarity < 1.0
    assert diff.summary().endswith("1 changed")


def test_added_words_are_inserts_and_missing_ones_deletions() -> None:
    other = "The big cat sat"
    diff = word_diff("The cat sat on the mat", other)
    assert marked(other, diff) == [("insert", "big")]
    assert [(d.at, d.text) for d in diff.deletions] == [(len(other), "on the mat")]
    assert "1 added" in diff.summary() and "1 removed" in diff.summary()


def test_a_deletion_in_the_middle_sits_before_the_next_word() -> None:
    other = "one three"
    diff = word_diff("one two three", other)
    assert [(d.at, d.text) for d in diff.deletions] == [(other.index("three"), "two")]


def test_punctuation_is_its_own_token() -> None:
    other = "Hello, world!"
    diff = word_diff("Hello world.", other)
    assert marked(other, diff) == [("insert", ","), ("replace", "!")]


def test_empty_texts() -> None:
    assert word_diff("", "").identical
    diff = word_diff("", "new words")
    assert marked("new words", diff) == [("insert", "new words")]
    assert word_diff("old words", "").deletions[0].text == "old words"


@given(st.text(alphabet="ab .,\n", max_size=40), st.text(alphabet="ab .,\n", max_size=40))
def test_diff_offsets_are_always_inside_the_text(ref: str, other: str) -> None:
    diff = word_diff(ref, other)
    for span in diff.spans:
        assert 0 <= span.start < span.end <= len(other)
        assert other[span.start : span.end].strip()
    for deletion in diff.deletions:
        assert 0 <= deletion.at <= len(other) and deletion.text
    same_tokens = [t for *_, t in tokens(ref)] == [t for *_, t in tokens(other)]
    assert diff.identical == same_tokens


# ------------------------------------------------------------------------------ labels
def scores(*pairs: tuple[str, float]) -> tuple[Score, ...]:
    return tuple(Score(label, value) for label, value in pairs)


def test_labels_follow_the_reference_then_the_best_score_elsewhere() -> None:
    rows = align_labels(
        [
            scores(("cat", 0.9), ("dog", 0.05)),
            scores(("dog", 0.6), ("fox", 0.3), ("cat", 0.1)),
            None,
            scores(("owl", 0.5), ("fox", 0.2)),
        ],
        reference=0,
    )
    assert rows == (
        AlignedRow("cat", (0.9, 0.1, None, None)),
        AlignedRow("dog", (0.05, 0.6, None, None)),
        AlignedRow("owl", (None, None, None, 0.5)),
        AlignedRow("fox", (None, 0.3, None, 0.2)),
    )


def test_another_reference_reorders_the_rows() -> None:
    columns = [scores(("cat", 0.9), ("dog", 0.05)), scores(("dog", 0.6), ("cat", 0.1))]
    assert [row.label for row in align_labels(columns, reference=1)] == ["dog", "cat"]


def test_aligned_prepared_marks_missing_labels_and_keeps_details() -> None:
    def labels(*pairs: tuple[str, float]) -> LabelsPrepared:
        return LabelsPrepared(kind=OutputKind.LABELS, raw_json="[]",
                              groups=(ScoreGroup("", tuple(Score(lab, v, f"d-{lab}")
                                                           for lab, v in pairs)),))

    a, b = labels(("cat", 0.9)), labels(("dog", 0.8), ("cat", 0.2))
    groups = align_groups([a, b], reference=0)
    shown_a = aligned_prepared(a, groups, 0)
    shown_b = aligned_prepared(b, groups, 1)
    assert [s.label for s in shown_a.scores] == ["cat", "dog"] == [s.label for s in shown_b.scores]
    assert shown_a.scores[0].score == 0.9 and is_missing(shown_a.scores[1].score)
    assert [s.score for s in shown_b.scores] == [0.2, 0.8]
    assert shown_b.scores[0].detail == "d-cat"
    assert isinstance(shown_b, LabelsPrepared)


def test_zero_shot_groups_align_by_position() -> None:
    def zero_shot(title: str, *pairs: tuple[str, float]) -> ZeroShotPrepared:
        return ZeroShotPrepared(kind=OutputKind.ZERO_SHOT, raw_json="[]",
                                groups=(ScoreGroup(title, scores(*pairs)),))

    groups = align_groups([zero_shot("hi", ("a", 0.7), ("b", 0.3)), None,
                           zero_shot("hi", ("b", 0.9), ("a", 0.1))], reference=0)
    assert groups == (("hi", (AlignedRow("a", (0.7, None, 0.1)),
                              AlignedRow("b", (0.3, None, 0.9)))),)


# ------------------------------------------------------------------------------- boxes
def box(label: str, x: float, y: float, w: float = 10, h: float = 10) -> Box:
    return Box(label, 0.9, x, y, x + w, y + h, "#ff0000")


def test_iou() -> None:
    assert box_iou(box("a", 0, 0), box("a", 0, 0)) == 1.0
    assert box_iou(box("a", 0, 0), box("a", 20, 0)) == 0.0
    assert box_iou(box("a", 0, 0), box("a", 5, 0)) == pytest.approx(50 / 150)
    assert box_iou(box("a", 0, 0, 0, 0), box("a", 0, 0, 0, 0)) == 0.0


def test_boxes_match_by_overlap_same_label_first() -> None:
    ref = [box("cat", 0, 0), box("dog", 100, 100)]
    other = [box("dog", 101, 101), box("cat", 1, 0), box("cat", 300, 300)]
    matching = match_boxes(ref, other)
    assert [(m.reference, m.other, m.same_label) for m in matching.pairs] == [
        (0, 1, True), (1, 0, True)]
    assert matching.reference_only == () and matching.other_only == (2,)


def test_a_box_with_another_label_matches_after_the_same_labels() -> None:
    ref = [box("cat", 0, 0)]
    other = [box("dog", 0, 0), box("cat", 2, 0)]  # the dog overlaps more, the cat enough
    matching = match_boxes(ref, other)
    assert [(m.other, m.same_label) for m in matching.pairs] == [(1, True)]
    assert matching.other_only == (0,)
    relabelled = match_boxes(ref, [box("dog", 0, 0)])
    assert [(m.other, m.same_label) for m in relabelled.pairs] == [(0, False)]


def test_boxes_below_the_threshold_do_not_match() -> None:
    matching = match_boxes([box("cat", 0, 0)], [box("cat", 6, 0)])  # IoU 4/16 = 0.25
    assert matching.pairs == () and matching.reference_only == (0,)


def test_greedy_matching_is_one_to_one() -> None:
    ref = [box("cat", 0, 0), box("cat", 1, 0)]
    other = [box("cat", 0, 0)]
    matching = match_boxes(ref, other)
    assert len(matching.pairs) == 1 and matching.reference_only == (1,)


# ------------------------------------------------------------------------------- spans
def span(start: int, end: int, label: str = "PER") -> Span:
    return Span(start, end, "x" * (end - start), label, "#00ff00")


def test_span_overlap() -> None:
    assert span_overlap(span(0, 10), span(5, 15)) == pytest.approx(5 / 15)
    assert span_overlap(span(0, 5), span(5, 10)) == 0.0


def test_spans_match_on_any_overlap() -> None:
    matching = match_spans([span(11, 31), span(52, 59)], [span(11, 16), span(40, 45, "LOC")])
    assert [(m.reference, m.other) for m in matching.pairs] == [(0, 0)]
    assert matching.reference_only == (1,) and matching.other_only == (1,)


# ----------------------------------------------------------------------------- results
def detection(*boxes: Box) -> DetectionPrepared:
    return DetectionPrepared(kind=OutputKind.DETECTION, raw_json="[]", image=None,
                             boxes=boxes, legend=())


def test_compare_detections_flags_what_each_column_found_alone() -> None:
    ref = detection(box("cat", 0, 0), box("cat", 100, 0))
    results = [ref, detection(box("cat", 0, 0), box("dog", 200, 200)),
               detection(box("dog", 100, 0)), None]
    compared = compare_results(results, reference=0)
    assert compared[0] == ItemComparison({0: ItemMark("missed_by", columns=(2,)),
                                          1: ItemMark("missed_by", columns=(1,))})
    assert compared[1] == ItemComparison({1: ItemMark("only_here")}, missed=(1,))
    assert compared[2] == ItemComparison({0: ItemMark("other_label", "cat")}, missed=(0,))
    assert compared[3] is None


def test_compare_entities() -> None:
    def entities(*spans: Span) -> EntitiesPrepared:
        return EntitiesPrepared(kind=OutputKind.ENTITIES, raw_json="[]", text="x" * 60,
                                spans=spans, legend=())

    compared = compare_results([entities(span(11, 31), span(52, 59)),
                                entities(span(11, 31, "ORG"))], reference=1)
    assert compared[1] == ItemComparison({}, missed=())  # the reference: nothing missed
    assert compared[0] == ItemComparison({1: ItemMark("only_here"),
                                          0: ItemMark("other_label", "ORG")})


def test_compare_texts_against_the_reference() -> None:
    def text(value: str) -> TextPrepared:
        return TextPrepared(kind=OutputKind.TEXT, raw_json="{}", text=value)

    compared = compare_results([text("a b c"), text("a x c"), None], reference=0)
    assert compared[0] is None and compared[2] is None
    assert isinstance(compared[1], TextDiff) and compared[1].spans[0].was == "b"


def test_no_reference_result_means_no_comparison() -> None:
    assert compare_results([None, detection(box("cat", 0, 0))], reference=0) == [None, None]
    assert compare_results([detection()], reference=3) == [None]


def test_compare_labels_aligns_every_column() -> None:
    def labels(*pairs: tuple[str, float]) -> LabelsPrepared:
        return LabelsPrepared(kind=OutputKind.LABELS, raw_json="[]",
                              groups=(ScoreGroup("", scores(*pairs)),))

    compared = compare_results([labels(("a", 0.6), ("b", 0.4)), labels(("c", 1.0))], 0)
    first, second = compared
    assert isinstance(first, LabelsPrepared) and isinstance(second, LabelsPrepared)
    assert [s.label for s in first.scores] == ["a", "b", "c"] == [s.label for s in second.scores]
    assert [math.isnan(s.score) for s in second.scores] == [True, True, False]
