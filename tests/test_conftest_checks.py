"""The conftest's leaked-widget check fails a leaky test and leaves clean ones alone."""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = Path(__file__).with_name("conftest.py")


def test_leaked_widget_check(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyprojecttoml(
        """
        [tool.pytest.ini_options]
        qt_api = "pyside6"
        markers = ["allow_leaked_widgets: allowed"]
        asyncio_default_fixture_loop_scope = "function"
        """
    )
    pytester.makepyfile(
        test_leaks="""
        import pytest
        from PySide6.QtWidgets import QLabel, QWidget

        KEEP = []

        class Panel(QWidget):
            pass

        def test_registered_with_qtbot(qtbot):
            w = QLabel("ok")
            qtbot.addWidget(w)
            w.show()

        def test_leaks_visible_window(qtbot):
            w = QLabel("leak")
            w.show()
            KEEP.append(w)

        def test_leaks_hidden_own_class(qtbot):
            KEEP.append(Panel())

        @pytest.mark.allow_leaked_widgets
        def test_allowed(qtbot):
            w = QLabel("allowed")
            w.show()
            KEEP.append(w)

        def test_child_widget_is_fine(qtbot):
            parent = QWidget()
            qtbot.addWidget(parent)
            QLabel("child", parent)

        def test_no_qt_at_all():
            assert True
        """
    )
    # in file order (pytest-randomly is installed): the lines below are matched in order
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:randomly")
    result.assert_outcomes(passed=6, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_leaks_visible_window*",
            "*without a parent: QLabel*",
            "*ERROR at teardown of test_leaks_hidden_own_class*",
            "*without a parent: Panel*",
        ]
    )
