"""Audio players: one per clip, labelled, with a source the media player can open."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.viewers import AudioViewer
from hfi_desktop.ui.viewers.audio_player import clock
from tests.ui.viewers.conftest import ShowSample

READY = (
    QMediaPlayer.MediaStatus.LoadedMedia,
    QMediaPlayer.MediaStatus.BufferedMedia,
    QMediaPlayer.MediaStatus.EndOfMedia,
)


def test_one_player_with_the_clip_duration(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("text-to-speech")
    assert isinstance(viewer, AudioViewer)
    (player,) = viewer.players()
    assert player.title.text() == "Generated audio"
    assert player.info.text() == "0:14 · FLAC · 275.8 KB"
    assert player.time.text() == "0:00 / 0:14"
    assert player.slider.maximum() == 13690


def test_player_opens_its_source(show_sample: ShowSample, qtbot: QtBot) -> None:
    viewer, _ = show_sample("text-to-speech")
    assert isinstance(viewer, AudioViewer)
    (player,) = viewer.players()
    assert player.player.source().isEmpty()  # opened on demand
    player.load()
    assert player.player.source() == QUrl.fromLocalFile(player.clip.path)
    qtbot.waitUntil(lambda: player.player.mediaStatus() in READY, timeout=5000)
    assert abs(player.player.duration() - 13690) < 50
    assert player.slider.maximum() == player.player.duration()


def test_audio_sources_one_labelled_player_each(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("audio-to-audio")
    assert isinstance(viewer, AudioViewer)
    assert [p.title.text() for p in viewer.players()] == ["label_0", "label_1"]
    assert len({p.clip.path for p in viewer.players()}) == 2
    viewer.clear()
    assert viewer.players() == []


def test_clock() -> None:
    assert [clock(s) for s in (0, 7.4, 59.6, 754, 3723)] == [
        "0:00",
        "0:07",
        "1:00",
        "12:34",
        "1:02:03",
    ]
