"""Record from the default microphone to a temporary file (QtMultimedia does the writing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtMultimedia import (
    QAudioInput,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaFormat,
    QMediaRecorder,
)

from hfi_desktop.temp_files import temp_path


def _wave_format() -> QMediaFormat | None:
    wave = QMediaFormat(QMediaFormat.FileFormat.Wave)
    wave.setAudioCodec(QMediaFormat.AudioCodec.Wave)
    return wave if wave.isSupported(QMediaFormat.ConversionMode.Encode) else None


class MicRecorder(QObject):
    """One recording at a time; ``finished(path)`` once the file is complete.

    WAV when the backend can write it (lossless, every model reads it), else the backend's
    default audio format. The file goes to the app's temporary folder.
    """

    started = Signal()
    finished = Signal(str)
    failed = Signal(str)
    duration_changed = Signal(int)  # milliseconds

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = QMediaCaptureSession(self)
        self._input = QAudioInput(QMediaDevices.defaultAudioInput(), self)
        self._recorder = QMediaRecorder(self)
        self._session.setAudioInput(self._input)
        self._session.setRecorder(self._recorder)
        wave = _wave_format()
        self._suffix = ".wav"
        if wave is not None:
            self._recorder.setMediaFormat(wave)
        else:
            self._suffix = ""
        self._recorder.setQuality(QMediaRecorder.Quality.HighQuality)
        self._recorder.recorderStateChanged.connect(self._on_state)
        self._recorder.errorOccurred.connect(self._on_error)
        self._recorder.durationChanged.connect(self.duration_changed)
        self._recording = False

    def is_recording(self) -> bool:
        return self._recording

    def start(self) -> None:
        if self._recording:
            return
        self._input.setDevice(QMediaDevices.defaultAudioInput())
        self._recorder.setOutputLocation(
            QUrl.fromLocalFile(str(temp_path("recording", self._suffix)))
        )
        self._recording = True
        self._recorder.record()

    def stop(self) -> None:
        if self._recording:
            self._recorder.stop()

    def _on_state(self, state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.RecordingState:
            self.started.emit()
        elif state == QMediaRecorder.RecorderState.StoppedState and self._recording:
            self._recording = False
            path = self._recorder.actualLocation().toLocalFile()
            if path:
                self.finished.emit(path)
            else:
                self.failed.emit(
                    QCoreApplication.translate("MicRecorder", "The recording could not be saved.")
                )

    def _on_error(self, error: QMediaRecorder.Error, message: str) -> None:
        self._recording = False
        self.failed.emit(
            QCoreApplication.translate("MicRecorder", "Recording failed: {why}.").format(
                why=message or error.name
            )
        )
