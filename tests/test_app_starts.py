"""The app starts: the main window in-process, and the real entry point in a subprocess."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop import app
from hfi_desktop.ui.main_window import MainWindow


def test_main_window_shows_with_title(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.isVisible()
    assert window.windowTitle() == "Hugging Face Inference"
    assert window.statusBar() is not None
    assert window.centralWidget() is not None


def test_excepthook_logs_uncaught_exceptions(caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise RuntimeError("boom from an asyncSlot")
    except RuntimeError as exc:
        exc_info = (type(exc), exc, exc.__traceback__)

    with caplog.at_level(logging.ERROR, logger="hfi_desktop"):
        app.log_uncaught_exception(*exc_info)

    assert "Uncaught exception" in caplog.text
    assert "boom from an asyncSlot" in caplog.text


def test_smoke_test_subprocess_exits_zero() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "hfi_desktop", "--smoke-test"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "window painted" in proc.stderr
