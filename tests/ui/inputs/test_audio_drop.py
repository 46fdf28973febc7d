from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
from pytestqt.qtbot import QtBot

from hfi_desktop.media import load_audio
from hfi_desktop.ui.inputs import AudioDropZone, DragState
from hfi_desktop.ui.inputs.audio_drop import NO_MICROPHONE, NO_SPEAKERS
from tests.support.paths import example

from .conftest import MB, SyncLoader, drag_and_drop, drag_enter, file_mime


def _flac_duration(data: bytes) -> float:
    """Total samples / sample rate, read from the FLAC STREAMINFO block by hand."""
    packed = int.from_bytes(data[8 + 10 : 8 + 18], "big")
    return (packed & ((1 << 36) - 1)) / (packed >> 44)


@pytest.fixture
def zone(qtbot: QtBot) -> AudioDropZone:
    widget = AudioDropZone()
    qtbot.addWidget(widget)
    widget.resize(520, 220)
    widget.show()
    return widget


@pytest.fixture
def served(zone: AudioDropZone) -> SyncLoader:
    return SyncLoader(zone, load_audio, max_bytes=20 * MB)


def test_flac_loads_with_its_real_duration(
    qtbot: QtBot, zone: AudioDropZone, served: SyncLoader
) -> None:
    path = example("sample1.flac")
    expected = _flac_duration(path.read_bytes())
    with qtbot.waitSignal(zone.changed, timeout=1000):
        drag_and_drop(zone, file_mime(path))
    loaded = zone.loaded()
    assert loaded is not None
    assert loaded.duration_s == pytest.approx(expected, abs=0.01)
    assert zone.details_text() == (
        f"sample1.flac \u2014 0:{expected:04.1f} · FLAC · 16 kHz · mono · 275.8 KB"
    )
    assert loaded.file.mime == "audio/flac" and zone.value() == loaded.file
    assert loaded.play_path == str(path)


def test_record_button_follows_the_microphones(zone: AudioDropZone) -> None:
    microphones = QMediaDevices.audioInputs()
    assert zone.record_button.isEnabled() == bool(microphones)
    if microphones:
        assert zone.record_button.toolTip() == "Record from the microphone"
    else:  # offscreen CI: none
        assert zone.record_button.toolTip() == NO_MICROPHONE
        assert NO_MICROPHONE in zone.empty_hint.text()
        zone.toggle_record()
        assert zone.message() == f"{NO_MICROPHONE}: connect one, or drop a recording instead."
        assert not zone.is_recording()


def test_play_button_needs_audio_and_speakers(zone: AudioDropZone, served: SyncLoader) -> None:
    assert not zone.play_button.isEnabled()
    zone.set_value(str(example("sample1.flac")))
    speakers = bool(QMediaDevices.audioOutputs())
    assert zone.play_button.isEnabled() == speakers
    if not speakers:
        assert zone.play_button.toolTip() == NO_SPEAKERS


def test_play_uses_the_file(qtbot: QtBot, zone: AudioDropZone, served: SyncLoader) -> None:
    path = example("sample1.flac")
    zone.set_value(str(path))
    zone.toggle_play()
    if not QMediaDevices.audioOutputs():  # offscreen CI: nothing to play on
        assert zone.player() is None
        assert zone.message() == "Can't play sample1.flac: no audio output device found."
        return
    player = zone.player()
    assert player is not None
    assert player.source() == QUrl.fromLocalFile(str(path))
    opened = (
        QMediaPlayer.MediaStatus.LoadedMedia,
        QMediaPlayer.MediaStatus.BufferedMedia,
        QMediaPlayer.MediaStatus.EndOfMedia,
    )
    qtbot.waitUntil(lambda: player.mediaStatus() in opened, timeout=5000)
    zone.clear()
    assert not zone.is_playing()


def test_bytes_play_from_a_temporary_copy(zone: AudioDropZone, served: SyncLoader) -> None:
    data = example("sample1.flac").read_bytes()
    zone.set_value(data)
    loaded = zone.loaded()
    assert loaded is not None and loaded.file.path is None
    assert Path(loaded.play_path).read_bytes() == data


def test_image_named_flac_is_refused(
    zone: AudioDropZone, served: SyncLoader, tmp_path: Path
) -> None:
    path = tmp_path / "song.flac"
    path.write_bytes(example("cats.png").read_bytes())
    drag_and_drop(zone, file_mime(path))
    assert zone.value() is None
    assert zone.message().startswith("song.flac is not an audio file: it looks like a PNG image.")


def test_image_is_refused_while_dragging(zone: AudioDropZone, served: SyncLoader) -> None:
    drag_enter(zone, file_mime(example("cats.png")))
    assert zone.drag_state() is DragState.REFUSE
    assert zone.message() == (
        "cats.png is not an audio file (.png files can't be used here). Drop any audio file."
    )


def test_empty_and_too_big(zone: AudioDropZone, tmp_path: Path) -> None:
    SyncLoader(zone, load_audio, max_bytes=1024)
    empty = tmp_path / "empty.wav"
    empty.touch()
    drag_and_drop(zone, file_mime(empty))
    assert zone.message() == "empty.wav is empty (0 bytes)."
    drag_and_drop(zone, file_mime(example("sample1.flac")))
    assert zone.message() == "sample1.flac is 275.8 KB; the limit is 1 KB (Settings)."


def test_accessible_controls(zone: AudioDropZone) -> None:
    for control in (
        zone,
        zone.browse_button,
        zone.record_button,
        zone.play_button,
        zone.clear_button,
    ):
        assert control.accessibleName()
