"""Audio players: one per clip, labelled, with a source the media player can open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.audio_devices import NO_SPEAKERS
from hfi_desktop.ui.viewers import AudioViewer, audio_player
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


def test_without_an_output_device_the_player_says_so(
        show_sample: ShowSample, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audio_player, "has_speakers", lambda: False)
    viewer, _ = show_sample("text-to-speech")
    assert isinstance(viewer, AudioViewer)
    (player,) = viewer.players()
    assert player.no_speakers.isVisible()
    assert player.no_speakers.text().startswith(NO_SPEAKERS)  # the input's wording
    assert player.button.toolTip() == NO_SPEAKERS
    qtbot.mouseClick(player.button, Qt.MouseButton.LeftButton)
    assert player.player.source().isEmpty()  # nothing was opened to play
    assert not player.slider.isEnabled()


def test_with_an_output_device_no_note(show_sample: ShowSample,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audio_player, "has_speakers", lambda: True)
    viewer, _ = show_sample("text-to-speech")
    assert isinstance(viewer, AudioViewer)
    (player,) = viewer.players()
    assert not player.no_speakers.isVisible()
    assert player.button.isEnabled() and player.button.toolTip() == "Play"
