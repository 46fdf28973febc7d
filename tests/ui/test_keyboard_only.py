"""The whole path without a mouse: choose a task, type an input, run it, run a second
model, compare the two, save the comparison — key events only, as a keyboard user does
(Tab to a field, the shortcuts the menus and Help ▸ Keyboard shortcuts show)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from hfi_desktop.storage.comparison_file import read_comparison
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.compare.helpers import program, settle

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
LABELS = [{"label": "POSITIVE", "score": 0.8}, {"label": "NEGATIVE", "score": 0.2}]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(name: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key pressed: it goes to the widget with the focus."""
    QTest.keyClick(focused(), name, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(target: QWidget, most: int = 60) -> None:
    """Tab until the focus is in ``target`` (fails if Tab never gets there)."""
    for _ in range(most):
        widget = focused()
        if widget is target or target.isAncestorOf(widget):
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; the focus is on {focused()!r}")



def test_run_compare_and_save_with_the_keyboard_alone(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    program(fake_api, {"o/other": LABELS})
    window.activateWindow()
    run_async(wait_until(window.isActiveWindow))

    async def main() -> Path:
        key(Qt.Key.Key_F, CTRL)  # Ctrl+F: the task filter
        type_text("text classif")
        key(Qt.Key.Key_Return)  # the first task that matches
        page = window.pages["text-classification"]
        assert window.stack.currentWidget() is page
        states: list[str] = []
        page.run_finished.connect(states.append)

        tab_to(page.inputs["inputs"])
        type_text("I like you.")
        key(Qt.Key.Key_Return, CTRL)  # Run
        await wait_until(lambda: len(states) == 1, timeout=15)
        tab_to(page.model_field)  # a second model
        key(Qt.Key.Key_A, CTRL)
        type_text("o/other")
        key(Qt.Key.Key_Return, CTRL)
        await wait_until(lambda: len(states) == 2, timeout=15)
        assert states == ["done", "done"]

        key(Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Tools ▸ Compare…
        await wait_until(lambda: bool(window.compare.views), timeout=10)
        [view] = window.compare.views
        await wait_until(view.isActiveWindow, timeout=10)
        # the page's model, and the other one run on the page (the task's default)
        assert [c.effective_model() for c in view.columns] == [
            "o/other", "distilbert-base-uncased-finetuned-sst-2-english"]
        key(Qt.Key.Key_Return, CTRL)  # run every column
        await wait_until(view.is_running)
        await settle(view, timeout=15)
        assert [c.panel.state() for c in view.columns] == ["result", "result"]

        key(Qt.Key.Key_S, CTRL)  # save the comparison
        await wait_until(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog),
                         timeout=10)
        dialog = QApplication.activeModalWidget()
        assert isinstance(focused(), QLineEdit) and dialog.isAncestorOf(focused())
        type_text(str(tmp_path / "keyboard"))
        key(Qt.Key.Key_Return)
        await wait_until(lambda: "Saved as" in view.message.message(), timeout=10)
        return tmp_path / "keyboard.hficompare"

    saved = run_async(main(), timeout=90)
    assert len(read_comparison(saved).columns) >= 2
