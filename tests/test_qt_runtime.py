"""The Qt modules the app needs load here: catches a system library bootstrap.sh missed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def test_qt_multimedia_creates_a_player(qtbot: QtBot) -> None:
    # Needs libpulse0 (a hard link-time dependency of Qt6Multimedia).
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    player = QMediaPlayer()
    output = QAudioOutput()
    player.setAudioOutput(output)
    assert player.error() == QMediaPlayer.Error.NoError


def test_qt_image_formats_include_the_common_ones(qtbot: QtBot) -> None:
    from PySide6.QtGui import QImageReader

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    assert {"png", "jpeg", "gif", "webp"} <= formats
