"""Audio results: a player per clip (play/pause, position slider, time, duration)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.present import AudioClip, AudioPrepared, Prepared, RawPrepared
from hfi_desktop.sizes import human_size
from hfi_desktop.ui.audio_devices import NO_SPEAKERS, has_speakers
from hfi_desktop.ui.i18n import shown

from .base import ResultViewer
from .widgets import Caption, clear_layout, insert_before_stretch, scroll_column


def clock(seconds: float) -> str:
    """``0:07``, ``12:34``, ``1:02:03``."""
    total = max(round(seconds), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class AudioPlayer(QWidget):
    """One clip: its label and facts, a play/pause button, a seek slider and the time.

    The file is opened on demand (first play or seek, or ``load()``): a result with many
    clips does not start a decoder per clip, and the duration shown before that comes from
    the prepared clip (read from the file's header in the worker).
    """

    def __init__(self, clip: AudioClip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clip = clip
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self._duration_ms = int((clip.duration_s or 0) * 1000)
        self._seeking = False

        self.title = QLabel(shown(clip.label), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        kind = clip.mime.split("/")[-1].upper()
        facts = [kind, shown(human_size(clip.byte_size))]
        if clip.duration_s is not None:
            facts.insert(0, clock(clip.duration_s))
        self.info = Caption(" · ".join(facts), self)
        self.button = QToolButton(self)
        self.button.setToolTip(QCoreApplication.translate("AudioPlayer", "Play"))
        self.button.setAccessibleName(
            QCoreApplication.translate("AudioPlayer", "Play {clip}").format(clip=shown(clip.label)))
        self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, self._duration_ms)
        self.slider.setAccessibleName(
            QCoreApplication.translate("AudioPlayer", "Position in {clip}").format(
                clip=shown(clip.label)))
        self.slider.sliderPressed.connect(self._start_seek)
        self.slider.sliderReleased.connect(self._end_seek)
        self.time = QLabel(self)
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("00:00 / 00:00"))
        self.error = Caption("", self)
        self.error.hide()
        self.no_speakers = Caption(QCoreApplication.translate(
            "AudioPlayer", "{no_speakers}: the clip cannot be played here (Save as\u2026 keeps it)."
        ).format(no_speakers=QCoreApplication.translate("AudioDevices", NO_SPEAKERS)), self)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._update_output)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.info, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addLayout(controls)
        layout.addWidget(self.error)
        layout.addWidget(self.no_speakers)

        self.player.durationChanged.connect(self._on_duration)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        self._on_position(0)
        self._update_output()

    # ------------------------------------------------------------------ control
    def load(self) -> None:
        """Open the clip's file in the player (once)."""
        if self.player.source().isEmpty():
            self.player.setSource(QUrl.fromLocalFile(self.clip.path))

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.load()
            self.player.play()

    def stop(self) -> None:
        self.player.stop()

    def release(self) -> None:
        """Stop and let go of the file (before the widget goes away)."""
        self.player.stop()
        self.player.setSource(QUrl())

    # ------------------------------------------------------------------ updates
    def _start_seek(self) -> None:
        self._seeking = True
        self.load()

    def _end_seek(self) -> None:
        self._seeking = False
        self.player.setPosition(self.slider.value())

    def _on_duration(self, duration_ms: int) -> None:
        if duration_ms > 0:
            self._duration_ms = duration_ms
            self.slider.setRange(0, duration_ms)
            self._on_position(self.player.position())

    def _on_position(self, position_ms: int) -> None:
        if not self._seeking:
            self.slider.setValue(position_ms)
        self.time.setText(f"{clock(position_ms / 1000)} / {clock(self._duration_ms / 1000)}")

    def _update_output(self) -> None:
        """Play only with a device to play on; without one, say so (as the input does)."""
        speakers = has_speakers()
        self.button.setEnabled(speakers)
        self.slider.setEnabled(speakers)
        self.button.setToolTip(QCoreApplication.translate("AudioPlayer", "Play") if speakers
                               else QCoreApplication.translate("AudioDevices", NO_SPEAKERS))
        self.no_speakers.setVisible(not speakers)

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MediaPause if playing else pixmap.SP_MediaPlay
        self.button.setIcon(self.style().standardIcon(icon))
        if playing:
            self.button.setToolTip(QCoreApplication.translate("AudioPlayer", "Pause"))
            name = QCoreApplication.translate("AudioPlayer", "Pause {clip}")
        else:
            self.button.setToolTip(QCoreApplication.translate("AudioPlayer", "Play"))
            name = QCoreApplication.translate("AudioPlayer", "Play {clip}")
        self.button.setAccessibleName(name.format(clip=shown(self.clip.label)))

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.error.setText(QCoreApplication.translate(
                "AudioPlayer", "Cannot play this clip: {why}").format(why=message or error.name))
            self.error.show()


class AudioViewer(ResultViewer):
    """AUDIO and AUDIO_SOURCES: one player per clip, labelled; one plays at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        area, self._column = scroll_column(self)
        self._column.setSpacing(16)
        layout.addWidget(area)
        self._players: list[AudioPlayer] = []

    def players(self) -> list[AudioPlayer]:
        return list(self._players)

    def clear(self) -> None:
        for player in self._players:
            player.release()
        self._players = []
        clear_layout(self._column, keep_last=1)

    def show_result(self, prepared: Prepared) -> None:
        if isinstance(prepared, RawPrepared):
            clips: tuple[AudioClip, ...] = (prepared.audio,) if prepared.audio else ()
        else:
            clips = self._expect(prepared, AudioPrepared).clips
        self.clear()
        for clip in clips:
            player = AudioPlayer(clip, self)
            player.player.playbackStateChanged.connect(
                lambda state, source=player: self._only(source, state)
            )
            self._players.append(player)
            insert_before_stretch(self._column, player)
        if not clips:
            insert_before_stretch(self._column, Caption(
                QCoreApplication.translate("AudioViewer", "No audio in the result."), self))

    def _only(self, source: AudioPlayer, state: QMediaPlayer.PlaybackState) -> None:
        if state == QMediaPlayer.PlaybackState.PlayingState:
            for player in self._players:
                if player is not source:
                    player.player.pause()
