"""Highlighted spans: the answer in its context, entities with a legend."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import ResultContext, prepare
from hfi_desktop.ui.viewers import SpansViewer
from tests.ui.viewers.conftest import ShowSample


def shown_entities(qtbot: QtBot, result: list[dict[str, object]], text: str) -> SpansViewer:
    viewer = SpansViewer()
    qtbot.addWidget(viewer)
    viewer.show_result(prepare(OutputKind.ENTITIES, result, ResultContext(text=text)))
    return viewer


def test_answer_highlighted_in_the_context(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("question-answering")
    assert isinstance(viewer, SpansViewer)
    assert viewer.highlighted_spans() == ["Paris"]
    assert viewer.answer_text() == "Paris"
    assert viewer.text_view().toPlainText() == "The capital of France is Paris."
    assert viewer.note_text() == ""


def test_answer_missing_from_the_context_is_said(qtbot: QtBot) -> None:
    viewer = SpansViewer()
    qtbot.addWidget(viewer)
    result = {"answer": "Lyon", "score": 0.2, "start": 0, "end": 4}
    viewer.show_result(prepare(OutputKind.ANSWER_SPAN, result, ResultContext(text="Paris")))
    assert viewer.highlighted_spans() == []
    assert viewer.note_text() == "The answer was not found in the context."


def test_entities_highlighted_with_tags_and_legend(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("token-classification")
    assert isinstance(viewer, SpansViewer)
    assert viewer.highlighted_spans() == ["Sarah Jessica Parker", "Jessica"]
    assert viewer.legend().texts() == ["PER (person) \N{MULTIPLICATION SIGN} 2"]
    assert viewer.legend().isVisible()
    assert viewer.text_view().original_text() == (
        "My name is Sarah Jessica Parker but you can call me Jessica"
    )
    # The tags are drawn in the text, after each entity.
    assert "Parker PER but" in viewer.text_view().toPlainText()


def test_entity_spans_across_lines_and_astral_characters(qtbot: QtBot) -> None:
    text = "😀 Ann lives\nin Oslo 🇳🇴 with Bob"
    result = [
        {"entity_group": "PER", "score": 0.9, "word": "Ann", "start": 2, "end": 5},
        {"entity_group": "LOC", "score": 0.9, "word": "Oslo", "start": 15, "end": 19},
        {"entity_group": "PER", "score": 0.9, "word": "Bob", "start": 28, "end": 31},
    ]
    viewer = shown_entities(qtbot, result, text)
    assert viewer.highlighted_spans() == ["Ann", "Oslo", "Bob"]
    assert viewer.legend().texts() == ["PER (person) \N{MULTIPLICATION SIGN} 2",
                                       "LOC (location)"]


def test_unplaced_entities_are_listed(qtbot: QtBot) -> None:
    result = [{"entity_group": "ORG", "score": 0.9, "word": "Acme"}]
    viewer = shown_entities(qtbot, result, "nothing")
    assert viewer.highlighted_spans() == []
    assert viewer.note_text() == "Not found in the text: “Acme”"


def test_palette_change_keeps_the_highlights(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("token-classification")
    assert isinstance(viewer, SpansViewer)
    palette = viewer.palette()
    palette.setColor(palette.ColorRole.Base, palette.color(palette.ColorRole.Text))
    viewer.text_view().setPalette(palette)
    assert viewer.highlighted_spans() == ["Sarah Jessica Parker", "Jessica"]


def test_entity_tags_say_what_they_mean(qtbot: QtBot) -> None:
    """Raw tags (PER, B-ORG) get their meaning in the legend and in the tooltip of the
    highlighted words; a model's own label is shown as it is."""
    text = "Ada works at Acme in Oslo"
    tags = {"Ada": ("entity", "B-PER"), "Acme": ("entity_group", "ORG"),
            "Oslo": ("entity_group", "LABEL_7")}
    scores = {"Ada": 0.99, "Acme": 0.9, "Oslo": 0.8}
    result: list[dict[str, object]] = [
        {key: tag, "score": scores[word], "word": word, "start": text.index(word),
         "end": text.index(word) + len(word)} for word, (key, tag) in tags.items()]
    viewer = shown_entities(qtbot, result, text)
    assert viewer.legend().texts() == ["B-PER (person, first word)", "ORG (organization)",
                                       "LABEL_7"]
    assert "ORG (organization)" in viewer.legend().text()  # what is drawn
    view = viewer.text_view()
    for word, tip in (("Acme", "ORG (organization) · 90.0%"), ("Oslo", "LABEL_7 · 80.0%")):
        cursor = view.document().find(word)
        assert cursor.charFormat().toolTip() == tip
