"""Load an input audio file: read, check, identify format and duration with mutagen (worker).

mutagen is imported on the first load, in the worker: its parsers take some 45 ms to import,
which the app's start-up need not pay.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.inference.sniff import looks_like
from hfi_desktop.media.errors import MediaError
from hfi_desktop.media.sources import read_source
from hfi_desktop.sizes import human_size
from hfi_desktop.temp_files import write_temp_file
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    import mutagen


@functools.cache
def _formats() -> dict[type[mutagen.FileType], tuple[str, str, str]]:
    """mutagen type → (shown format, MIME type, extension for a temp copy). Only audio
    containers: mutagen also reads MIDI and video-only Ogg, which no speech/audio model takes."""
    from mutagen.aac import AAC
    from mutagen.aiff import AIFF
    from mutagen.asf import ASF
    from mutagen.flac import FLAC
    from mutagen.monkeysaudio import MonkeysAudio
    from mutagen.mp3 import MP3
    from mutagen.mp4 import MP4
    from mutagen.oggflac import OggFLAC
    from mutagen.oggopus import OggOpus
    from mutagen.oggspeex import OggSpeex
    from mutagen.oggvorbis import OggVorbis
    from mutagen.wave import WAVE
    from mutagen.wavpack import WavPack

    return {
        FLAC: ("FLAC", "audio/flac", ".flac"),
        WAVE: ("WAV", "audio/wav", ".wav"),
        MP3: ("MP3", "audio/mpeg", ".mp3"),
        OggVorbis: ("Ogg Vorbis", "audio/ogg", ".ogg"),
        OggOpus: ("Ogg Opus", "audio/ogg", ".opus"),
        OggFLAC: ("Ogg FLAC", "audio/ogg", ".oga"),
        OggSpeex: ("Ogg Speex", "audio/ogg", ".spx"),
        MP4: ("M4A", "audio/mp4", ".m4a"),
        AAC: ("AAC", "audio/aac", ".aac"),
        AIFF: ("AIFF", "audio/aiff", ".aiff"),
        ASF: ("WMA", "audio/x-ms-wma", ".wma"),
        WavPack: ("WavPack", "audio/x-wavpack", ".wv"),
        MonkeysAudio: ("Monkey's Audio", "audio/ape", ".ape"),
    }


_EBML_MAGIC = b"\x1a\x45\xdf\xa3"  # WebM / Matroska: mutagen can't read them
_FALLBACK_NAME = "audio"


@dataclass(frozen=True)
class LoadedAudio:
    """A checked audio file.

    ``play_path`` is a file a media player can open: the original file, or a temporary copy
    written here when the audio came as bytes. ``duration_s`` is None where the format does not
    say (WebM/Matroska).
    """

    file: FileValue
    duration_s: float | None
    sample_rate: int | None
    channels: int | None
    description: str
    play_path: str
    format: str = ""

    @property
    def size_bytes(self) -> int:
        return len(self.file.data)


def load_audio(source: str | bytes, *, name: str | None = None, max_bytes: int) -> LoadedAudio:
    """Read and check an audio file; raise :class:`MediaError` saying why it can't be used.

    Refuses: missing file, folder, 0 bytes, more than ``max_bytes``, content that is not audio,
    damaged files (unreadable headers), and files with no audio in them. Runs in a worker.
    """
    src = read_source(source, name=name, max_bytes=max_bytes, fallback_name=_FALLBACK_NAME)
    if src.data.startswith(_EBML_MAGIC):
        fmt, mime, ext = _matroska_kind(src.data)
        duration = sample_rate = channels = None
    else:
        audio = _identify(src.data, src.name)
        fmt, mime, ext = _formats()[type(audio)]
        info = audio.info
        duration = float(getattr(info, "length", 0.0) or 0.0)
        sample_rate = getattr(info, "sample_rate", None) or None
        channels = getattr(info, "channels", None) or None
        if duration <= 0:
            raise MediaError(
                f"{src.name} is a {fmt} file with no audio in it (0 seconds). "
                "Choose another recording."
            )
    play_path = src.path or _write_temp(src.data, ext)
    return LoadedAudio(
        file=FileValue(name=src.name, data=src.data, mime=mime, path=src.path),
        duration_s=duration,
        sample_rate=sample_rate,
        channels=channels,
        description=_describe(fmt, duration, sample_rate, channels, len(src.data)),
        play_path=play_path,
        format=fmt,
    )


def _identify(data: bytes, name: str) -> mutagen.FileType:
    # By content first: mutagen also scores by extension, and a name would outweigh the bytes.
    # The name only helps for formats without a signature (an MP3 without ID3 tag, raw AAC).
    import mutagen

    formats = list(_formats())
    audio = None
    try:
        audio = mutagen.File(io.BytesIO(data), options=formats)
        if audio is None and not _known_non_audio(data):
            named = io.BytesIO(data)
            named.name = name
            audio = mutagen.File(named, options=formats)
    except mutagen.MutagenError as exc:
        raise _damaged_or_foreign(data, name, exc) from None
    if audio is None or audio.info is None:
        raise MediaError(
            f"{name} is not an audio file: it looks like {looks_like(data)}. "
            "Use a FLAC, WAV, MP3, OGG, M4A or WebM file."
        )
    return audio  # type: ignore[no-any-return]  # mutagen.File is typed as returning Any


def _known_non_audio(data: bytes) -> bool:
    """Whether the content has another kind's signature (an MP3 parser finds "frames" in
    almost anything, so a PNG named .mp3 must not get that far)."""
    kind = looks_like(data)
    return not ("audio" in kind or "media" in kind or kind.startswith("binary data"))


def _damaged_or_foreign(data: bytes, name: str, exc: BaseException) -> MediaError:
    kind = looks_like(data)
    if "audio" in kind or "media" in kind:
        detail = str(exc).rstrip(".") or type(exc).__name__
        return MediaError(
            f"{name} looks like {kind} but is damaged or incomplete ({detail}). "
            "Try another copy of it."
        )
    return MediaError(
        f"{name} is not an audio file: it looks like {kind}. "
        "Use a FLAC, WAV, MP3, OGG, M4A or WebM file."
    )


def _matroska_kind(data: bytes) -> tuple[str, str, str]:
    if b"webm" in data[:64]:
        return "WebM", "audio/webm", ".webm"
    return "Matroska", "audio/x-matroska", ".mka"


def _write_temp(data: bytes, ext: str) -> str:
    return str(write_temp_file("audio", ext, data))


def format_duration(seconds: float) -> str:
    """ "0:13.7", "1:02:03" """
    if seconds >= 3600:
        whole = round(seconds)
        return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:04.1f}"


def _describe(
    fmt: str, duration: float | None, rate: int | None, channels: int | None, size: int
) -> Text:
    """ "0:13.7 · WAV · 16 kHz · mono · 420 KB" (translated where shown)."""
    parts: list[str] = [format_duration(duration) if duration is not None
                        else _fact(QT_TRANSLATE_NOOP("AudioFacts", "duration unknown")), fmt]
    if rate:
        parts.append(f"{rate / 1000:g} kHz")
    if channels == 1:
        parts.append(_fact(QT_TRANSLATE_NOOP("AudioFacts", "mono")))
    elif channels == 2:
        parts.append(_fact(QT_TRANSLATE_NOOP("AudioFacts", "stereo")))
    elif channels:
        parts.append(_fact(QT_TRANSLATE_NOOP("AudioFacts", "{count} channels"), count=channels))
    parts.append(human_size(size))
    return Text.joined(" · ", *parts)


def _fact(template: str, /, **values: object) -> Text:
    return Text("AudioFacts", template, **values)
