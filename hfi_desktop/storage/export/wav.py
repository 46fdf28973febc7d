"""Audio for export: the server's bytes as they are, or converted to WAV.

WAV conversion decodes with Qt Multimedia's :class:`QAudioDecoder` (the FFmpeg backend the
PySide6 wheels ship: FLAC, MP3, Ogg/Opus/Vorbis, AAC/M4A, WebM …), no extra dependency,
and writes 16-bit PCM with the standard library's :mod:`wave`. The decoder needs an event
loop, so :func:`to_wav` runs a local one: call it in a worker thread (the bridge), in a
process that has a QCoreApplication. A WAV source is copied as it is.
"""

from __future__ import annotations

import importlib.util
import io
import wave

from hfi_desktop.inference.sniff import sniff_mime

from .source import Binary, ExportError

DECODE_TIMEOUT_MS = 60_000
_EXTENSIONS = {
    "audio/flac": ".flac", "audio/x-flac": ".flac", "audio/wav": ".wav", "audio/x-wav": ".wav",
    "audio/wave": ".wav", "audio/vnd.wave": ".wav", "audio/mpeg": ".mp3", "audio/mp3": ".mp3",
    "audio/ogg": ".ogg", "audio/opus": ".opus", "audio/webm": ".webm", "audio/mp4": ".m4a",
    "audio/aac": ".aac", "audio/x-m4a": ".m4a",
}
_LABELS = {".flac": "FLAC", ".wav": "WAV", ".mp3": "MP3", ".ogg": "Ogg", ".opus": "Opus",
           ".webm": "WebM", ".m4a": "M4A", ".aac": "AAC"}


def audio_extension(binary: Binary) -> str:
    """``.flac`` for ``audio/flac`` …; ``.audio`` for a type we do not know."""
    return _EXTENSIONS.get(binary.mime, ".audio")


def audio_label(mime: str) -> str:
    return _LABELS.get(_EXTENSIONS.get(mime, ""), mime.removeprefix("audio/").upper() or "Audio")


def is_wav(binary: Binary) -> bool:
    data = binary.data or b""
    return audio_extension(binary) == ".wav" or sniff_mime(data) == "audio/wav"


def wav_conversion_available() -> bool:
    return importlib.util.find_spec("PySide6.QtMultimedia") is not None


def to_wav(binary: Binary) -> bytes:
    """The audio as a 16-bit PCM WAV file. Raises ExportError when it cannot be decoded."""
    if binary.data is None:
        raise ExportError("the audio's bytes were not kept")
    if is_wav(binary):
        return binary.data
    pcm, rate, channels = _decode(binary.data)
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return out.getvalue()


def _decode(data: bytes) -> tuple[bytes, int, int]:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QTimer
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    if QCoreApplication.instance() is None:
        raise ExportError("converting audio to WAV needs the application running")
    loop = QEventLoop()
    decoder = QAudioDecoder()
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    wanted = QAudioFormat()
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder.setAudioFormat(wanted)
    decoder.setSourceDevice(source)
    pcm = bytearray()
    found: dict[str, int] = {}
    errors: list[str] = []

    def ready() -> None:
        buffer = decoder.read()
        fmt = buffer.format()
        if fmt.sampleFormat() != QAudioFormat.SampleFormat.Int16:
            errors.append(f"the decoder gave {fmt.sampleFormat().name} samples, not 16-bit")
            loop.quit()
            return
        found["rate"], found["channels"] = fmt.sampleRate(), fmt.channelCount()
        pcm.extend(bytes(buffer.constData()))

    def failed(_error: QAudioDecoder.Error) -> None:
        errors.append(decoder.errorString() or "unknown decoder error")
        loop.quit()

    def timed_out() -> None:
        errors.append(f"decoding took longer than {DECODE_TIMEOUT_MS // 1000} s")
        loop.quit()

    decoder.bufferReady.connect(ready)
    decoder.finished.connect(loop.quit)
    decoder.error.connect(failed)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(timed_out)
    timer.start(DECODE_TIMEOUT_MS)
    decoder.start()
    if not errors:
        loop.exec()
    timer.stop()
    decoder.stop()
    source.close()
    if errors:
        raise ExportError(f"the audio could not be converted to WAV: {errors[0]}")
    if not pcm or not found:
        raise ExportError("the audio could not be converted to WAV: no samples decoded")
    return bytes(pcm), found["rate"], found["channels"]
