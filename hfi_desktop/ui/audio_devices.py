"""Whether there is a microphone to record from and a device to play sound on, and how the
app says there is none: one wording for the input's player and the results' players."""

from __future__ import annotations

from PySide6.QtMultimedia import QMediaDevices

from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

#: Shown translated: QCoreApplication.translate("AudioDevices", NO_MICROPHONE).
NO_MICROPHONE = QT_TRANSLATE_NOOP("AudioDevices", "No microphone found")
NO_SPEAKERS = QT_TRANSLATE_NOOP("AudioDevices", "No audio output device found")


def has_microphone() -> bool:
    return bool(QMediaDevices.audioInputs())


def has_speakers() -> bool:
    return bool(QMediaDevices.audioOutputs())
