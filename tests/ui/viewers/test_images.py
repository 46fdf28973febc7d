"""Generated images (zoom, pan, fit, 100%) and document answers beside their image."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.viewers import DocAnswerViewer, ImageViewer
from tests.ui.viewers.conftest import ShowSample


def wheel(widget: QWidget, point: QPoint, steps: int) -> None:
    event = QWheelEvent(
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_generated_image_fits_without_enlarging(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("text-to-image")
    assert isinstance(viewer, ImageViewer)
    view = viewer.image.view
    assert view.has_image() and view.fitting
    assert view.zoom == 1.0  # 458 px fits in 900 by 600 as it is
    assert viewer.image.info_text() == "458 \N{MULTIPLICATION SIGN} 458 px · PNG · 52.9 KB"


def test_large_image_fits_the_window(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("custom-request-image")  # 564 by 846: taller than the view
    view = viewer.image.view  # type: ignore[attr-defined]
    assert view.zoom < 1.0
    shown = view.mapFromScene(view.image_rect()).boundingRect()
    assert shown.height() <= view.viewport().height() + 1


def test_wheel_zooms_around_the_cursor(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("custom-request-image")
    view = viewer.image.view  # type: ignore[attr-defined]
    fitted = view.zoom
    point = QPoint(view.viewport().width() // 2 + 60, view.viewport().height() // 2 + 40)
    under = view.mapToScene(point)
    wheel(view.viewport(), point, 6)
    assert abs(view.zoom - fitted * 1.25**6) < 1e-6
    assert not view.fitting
    after = view.mapToScene(point)
    assert abs(after.x() - under.x()) < 1.5 and abs(after.y() - under.y()) < 1.5
    wheel(view.viewport(), point, -2)
    assert abs(view.zoom - fitted * 1.25**4) < 1e-6


def test_fit_and_actual_size_buttons(show_sample: ShowSample, qtbot: QtBot) -> None:
    viewer, _ = show_sample("custom-request-image")
    view = viewer.image.view  # type: ignore[attr-defined]
    view.actual_size()
    assert view.zoom == 1.0 and not view.fitting
    view.zoom_by(1000)
    assert view.zoom == 32.0  # capped
    view.fit()
    assert view.fitting and view.zoom < 1.0


def test_doc_answer_beside_the_image(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("document-question-answering")
    assert isinstance(viewer, DocAnswerViewer)
    assert viewer.answer_text() == "us-001"
    assert viewer.view().isVisible() and viewer.view().has_image()
    assert viewer.view().image_rect().size().toTuple() == (750, 1061)
    assert viewer._others.isHidden()


def test_visual_answer_lists_other_answers(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("visual-question-answering")
    assert isinstance(viewer, DocAnswerViewer)
    assert viewer.answer_text() == "2"
    assert viewer._others.labels() == ["3", "1", "4", "5"]
