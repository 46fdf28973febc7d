"""Texts with highlighted spans: question answering (the answer in its context) and token
classification (entities coloured by group, with a legend)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from hfi_desktop.present import (
    AnswerSpanPrepared,
    EntitiesPrepared,
    Prepared,
    Span,
)

from . import theme
from .bars import format_score
from .base import ResultViewer
from .legend import Legend, with_meaning
from .marks import EXTRA_COLOUR, MISSED_COLOUR, Mark
from .widgets import MARGIN, AnswerHeader, Caption, set_shown

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

SPAN_PROPERTY = QTextFormat.Property.UserProperty + 1  # index of the span (1-based)
TAG_PROPERTY = QTextFormat.Property.UserProperty + 2  # marks the inserted entity tags
MARK_PROPERTY = QTextFormat.Property.UserProperty + 3  # comparison: the Mark's style


class HighlightedText(QTextEdit):
    """Read-only text whose spans get a coloured background (and optionally a tag)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(10)
        self._text = ""
        self._spans: tuple[Span, ...] = ()
        self._tags = False
        self._marks: dict[int, Mark] = {}
        self._ghosts: tuple[tuple[Span, Mark], ...] = ()

    def set_text(self, text: str, spans: Sequence[Span], *, tags: bool) -> None:
        self._text, self._spans, self._tags = text, tuple(spans), tags
        self._marks, self._ghosts = {}, ()
        self._render()

    def set_marks(self, marks: Mapping[int, Mark], ghosts: Sequence[tuple[Span, Mark]] = ()
                  ) -> None:
        """Comparison marks on the spans (by index in the spans given to ``set_text``):
        "extra" spans get a red wavy underline and their note on the tag; "note" spans a
        dashed underline and their note in the tooltip. ``ghosts``:
        spans another result found and this one did not, shown with a grey dotted
        underline and their note (those overlapping a span of this text are left out)."""
        self._marks = dict(marks)
        self._ghosts = tuple(
            (span, mark) for span, mark in ghosts
            if not any(span.start < own.end and own.start < span.end for own in self._spans))
        self._render()

    def marked(self) -> list[tuple[str, str]]:
        """The marked stretches of text as shown, (style, text), tags excluded."""
        found: list[tuple[str, str]] = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                style = fmt.property(MARK_PROPERTY)
                if isinstance(style, str) and style and not fmt.property(TAG_PROPERTY):
                    found.append((style, fragment.text()))
                iterator += 1
            block = block.next()
        return found

    def original_text(self) -> str:
        return self._text

    def _render(self) -> None:
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        palette = self.palette()
        plain = QTextCharFormat()
        position = 0
        items: list[tuple[Span, Mark | None, bool]] = [
            (span, self._marks.get(index), False) for index, span in enumerate(self._spans)]
        items += [(span, mark, True) for span, mark in self._ghosts]
        number = 0
        for span, mark, ghost in sorted(items, key=lambda item: item[0].start):
            cursor.insertText(self._text[position : span.start], plain)
            marked = QTextCharFormat()
            if ghost:
                marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                marked.setUnderlineColor(QColor(MISSED_COLOUR))
            else:
                number += 1
                marked.setBackground(theme.tint(span.colour, palette, 0.45))
                marked.setProperty(SPAN_PROPERTY, number)
            score = f" · {format_score(span.score)}" if span.score is not None else ""
            note = f" · {mark.note}" if mark is not None and mark.note else ""
            marked.setToolTip(f"{with_meaning(span.label, span.meaning)}{score}{note}")
            if mark is not None:
                marked.setProperty(MARK_PROPERTY, mark.style)
                if mark.style == "extra":
                    marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    marked.setUnderlineColor(QColor(EXTRA_COLOUR))
                elif mark.style == "note":  # the note is in the tooltip: tags stay short
                    marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                    marked.setUnderlineColor(palette.color(theme.ROLE.Text))
            cursor.insertText(self._text[span.start : span.end], marked)
            if self._tags or mark is not None:
                tag = QTextCharFormat(marked)
                tag.setProperty(SPAN_PROPERTY, 0)
                tag.setProperty(TAG_PROPERTY, True)
                tag.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
                tag.setFontWeight(QFont.Weight.Bold)
                tag.setFontPointSize(max(self.document().defaultFont().pointSizeF() * 0.7, 6.0))
                colour = QColor(MISSED_COLOUR if ghost else span.colour)
                tag.setForeground(
                    colour.lighter(150) if theme.is_dark(palette) else colour.darker(150)
                )
                tag.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
                label = span.label if self._tags or ghost else ""
                tag_note = mark.note if mark is not None and mark.style != "note" else ""
                text = " ".join(filter(None, (label, tag_note)))
                cursor.insertText(f" {text}" if text else "", tag)
            position = span.end
        cursor.insertText(self._text[position:], plain)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def highlighted(self) -> list[str]:
        """The highlighted stretches of text, as the document shows them (tags excluded)."""
        found: dict[int, str] = {}
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                number = fragment.charFormat().property(SPAN_PROPERTY)
                if isinstance(number, int) and number > 0:
                    found[number] = found.get(number, "") + fragment.text()
                iterator += 1
            block = block.next()
        return [found[number] for number in sorted(found)]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()  # re-tint for the new palette


class SpansViewer(ResultViewer):
    """ANSWER_SPAN: question, answer and score above the context with the answer marked.
    ENTITIES: a legend (group, colour, count) above the text with every entity marked and
    tagged with its group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header = AnswerHeader(self)
        self._legend = Legend(self)
        self._note = Caption("", self)
        self._text = HighlightedText(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(6)
        for widget in (self._header, self._legend, self._note):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addWidget(self._text, 1)
        self.clear()

    # ---------------------------------------------------------------- queries
    def highlighted_spans(self) -> list[str]:
        return self._text.highlighted()

    def answer_text(self) -> str:
        return self._header.answer.text()

    def legend(self) -> Legend:
        return self._legend

    def note_text(self) -> str:
        return self._note.text() if not self._note.isHidden() else ""

    def text_view(self) -> HighlightedText:
        return self._text

    def set_marks(self, marks: Mapping[int, Mark], ghosts: Sequence[tuple[Span, Mark]] = ()
                  ) -> None:
        """Comparison marks on the entities (by index in the result's spans) and the
        entities another result found here and this one did not; see HighlightedText."""
        self._text.set_marks(marks, ghosts)

    # ---------------------------------------------------------------- results
    def clear(self) -> None:
        self._header.clear()
        self._legend.set_entries(())
        set_shown(self._note, "")
        self._text.set_text("", (), tags=False)

    def show_result(self, prepared: Prepared) -> None:
        self.clear()
        if isinstance(prepared, EntitiesPrepared):
            self._show_entities(prepared)
        else:
            self._show_answer(self._expect(prepared, AnswerSpanPrepared))

    def _show_answer(self, result: AnswerSpanPrepared) -> None:
        score = (QCoreApplication.translate("SpansViewer", "Score {score}").format(
            score=format_score(result.score)) if result.score is not None else "")
        self._header.set_answer(result.question, result.answer, score)
        if result.span is None and result.context:
            set_shown(self._note, QCoreApplication.translate(
                "SpansViewer", "The answer was not found in the context."))
        self._text.set_text(result.context, (result.span,) if result.span else (), tags=False)
        self._text.setAccessibleName(
            QCoreApplication.translate("SpansViewer", "Context, the answer highlighted"))

    def _show_entities(self, result: EntitiesPrepared) -> None:
        self._legend.set_entries(result.legend)
        if not result.legend:
            set_shown(self._note, QCoreApplication.translate("SpansViewer", "No entities found."))
        elif result.unplaced:
            words = ", ".join(f"“{w}”" for w in result.unplaced)
            set_shown(self._note, QCoreApplication.translate(
                "SpansViewer", "Not found in the text: {words}").format(words=words))
        self._text.set_text(result.text, result.spans, tags=True)
        self._text.setAccessibleName(
            QCoreApplication.translate("SpansViewer", "Text, the entities highlighted"))
