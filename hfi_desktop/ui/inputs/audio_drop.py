"""AudioDropZone: an audio input — drop, Browse…, record; shows the duration; plays it back."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

from hfi_desktop.media import LoadedAudio, format_duration
from hfi_desktop.ui.audio_devices import NO_MICROPHONE, NO_SPEAKERS, has_microphone, has_speakers
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._drop_parts import PreviewPage
from hfi_desktop.ui.inputs._widgets import IconKind, KindIcon
from hfi_desktop.ui.inputs.drop_zone import DropZone
from hfi_desktop.ui.inputs.microphone import MicRecorder

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QPushButton, QWidget

    from hfi_desktop.ui.inputs.loading import AudioLoader

class AudioDropZone(DropZone):
    """An audio input.

    ``AudioDropZone(parent=None, *, loader=None, accepted_kinds=("audio/*",))``; ``loader``
    is an async ``(source, name) -> LoadedAudio`` (see ``loading.audio_loader``). Record uses
    the default microphone (disabled, saying "No microphone found", when there is none); a
    recording is a temporary WAV file that then goes through the loader like a dropped file.
    Play uses the loaded file's ``play_path``.
    """

    icon_kind = IconKind.AUDIO
    dialog_caption = QT_TRANSLATE_NOOP("DropZone", "Choose an audio file")
    dialog_title = QT_TRANSLATE_NOOP("DropZone", "Audio files")
    result_type = LoadedAudio

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        loader: AudioLoader | None = None,
        accepted_kinds: Sequence[str] = ("audio/*",),
    ) -> None:
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._recorder: MicRecorder | None = None
        super().__init__(parent, loader=loader, accepted_kinds=accepted_kinds)
        self.setAccessibleName(QCoreApplication.translate("AudioDropZone", "Audio input"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "AudioDropZone",
                "Drop an audio file here, or press Enter to browse, or use Record.",
            )
        )
        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self._update_buttons)
        self._devices.audioOutputsChanged.connect(self._update_buttons)
        self._update_buttons()

    def loaded(self) -> LoadedAudio | None:
        result = super().loaded()
        return result if isinstance(result, LoadedAudio) else None

    def details_text(self) -> str:
        return self._preview_page.text()

    def is_recording(self) -> bool:
        return self._recorder is not None and self._recorder.is_recording()

    def is_playing(self) -> bool:
        return (
            self._player is not None
            and self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        )

    def player(self) -> QMediaPlayer | None:
        """The media player, once Play was used."""
        return self._player

    # ---------------------------------------------------------------- DropZone
    def _build_preview(self) -> PreviewPage:
        return PreviewPage(self, leading=KindIcon(IconKind.AUDIO, None, size=48))

    def _extra_buttons(self) -> list[QPushButton]:
        self.record_button = self._button(
            QCoreApplication.translate("AudioDropZone", "Record"),
            QCoreApplication.translate("AudioDropZone", "Record from the microphone"),
            self.toggle_record,
        )
        self.play_button = self._button(
            QCoreApplication.translate("AudioDropZone", "Play"),
            QCoreApplication.translate("AudioDropZone", "Play the audio"),
            self.toggle_play,
        )
        return [self.record_button, self.play_button]

    def _empty_hint_text(self) -> str:
        return QCoreApplication.translate("AudioDropZone", "or use Browse\u2026 or Record")

    def _show_result(self, result: LoadedAudio) -> None:
        self._preview_page.show_file(result.file.name, shown(result.description))

    def _clear_result(self) -> None:
        if self._player is not None:
            self._player.stop()  # the source stays: unloading it mid-open makes FFmpeg warn
        self._preview_page.show_file("", "")

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not hasattr(self, "record_button"):
            return  # called from the base constructor
        microphone = has_microphone()
        recording = self.is_recording()
        no_microphone = QCoreApplication.translate("AudioDevices", NO_MICROPHONE)
        self.record_button.setEnabled((microphone and not self._busy) or recording)
        self.record_button.setText(
            QCoreApplication.translate("AudioDropZone", "Stop recording")
            if recording
            else QCoreApplication.translate("AudioDropZone", "Record")
        )
        self.record_button.setToolTip(
            QCoreApplication.translate("AudioDropZone", "Stop and use the recording")
            if recording
            else QCoreApplication.translate("AudioDropZone", "Record from the microphone")
            if microphone
            else no_microphone
        )
        self.record_button.setAccessibleDescription("" if microphone else no_microphone)
        speakers = has_speakers()
        self.play_button.setEnabled(self.has_value() and speakers and not self._busy)
        self.play_button.setText(
            QCoreApplication.translate("AudioDropZone", "Stop")
            if self.is_playing()
            else QCoreApplication.translate("AudioDropZone", "Play")
        )
        self.play_button.setToolTip(
            QCoreApplication.translate("AudioDropZone", "Play the audio")
            if speakers
            else QCoreApplication.translate("AudioDevices", NO_SPEAKERS)
        )
        self.empty_hint.setText(
            self._empty_hint_text()
            if microphone
            else QCoreApplication.translate("AudioDropZone", "or use Browse\u2026")
            + "\n"
            + no_microphone
        )

    # --------------------------------------------------------------- playback
    def toggle_play(self) -> None:
        audio = self.loaded()
        if audio is None:
            return
        if not has_speakers():
            self.show_error(
                QCoreApplication.translate("AudioDropZone", "Can't play {name}: {why}.").format(
                    name=audio.file.name,
                    why=QCoreApplication.translate("AudioDevices", NO_SPEAKERS).lower(),
                )
            )
            return
        player = self._ensure_player()
        if self.is_playing():
            player.stop()
            return
        source = QUrl.fromLocalFile(audio.play_path)
        if player.source() != source:
            player.setSource(source)
        player.play()

    def _ensure_player(self) -> QMediaPlayer:
        if self._player is None:
            self._output = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            self._player.playbackStateChanged.connect(self._update_buttons)
            self._player.errorOccurred.connect(self._on_player_error)
        return self._player

    def _on_player_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            name = self._preview_page.name.full_text()
            self.show_error(
                QCoreApplication.translate("AudioDropZone", "Can't play {name}: {why}.").format(
                    name=name, why=message or error.name
                )
            )

    # --------------------------------------------------------------- recording
    def toggle_record(self) -> None:
        if self.is_recording():
            assert self._recorder is not None
            self._recorder.stop()
            return
        if not has_microphone():
            self.show_error(
                QCoreApplication.translate(
                    "AudioDropZone", "{no_microphone}: connect one, or drop a recording instead."
                ).format(no_microphone=QCoreApplication.translate("AudioDevices", NO_MICROPHONE))
            )
            return
        if self._player is not None:
            self._player.stop()
        if self._recorder is None:
            self._recorder = MicRecorder(self)
            self._recorder.finished.connect(self._on_recorded)
            self._recorder.failed.connect(self._on_record_failed)
            self._recorder.duration_changed.connect(self._on_record_progress)
        self._recorder.start()
        self.show_info(
            QCoreApplication.translate(
                "AudioDropZone", "Recording\u2026 press Stop recording when you are done."
            )
        )
        self._update_buttons()

    def _on_record_progress(self, ms: int) -> None:
        self.show_info(
            QCoreApplication.translate(
                "AudioDropZone", "Recording {duration} \u2026 press Stop recording when done."
            ).format(duration=format_duration(ms / 1000))
        )

    def _on_recorded(self, path: str) -> None:
        self._update_buttons()
        self.begin_load(path, os.path.basename(path))

    def _on_record_failed(self, message: str) -> None:
        self._update_buttons()
        self.show_error(message)
