from __future__ import annotations

import struct
import wave
from pathlib import Path

import pytest

from hfi_desktop.media import LoadedAudio, MediaError, format_duration, load_audio
from hfi_desktop.temp_files import temp_folder

MB = 1024 * 1024


def _load(source: str | bytes, **kwargs: object) -> LoadedAudio:
    kwargs.setdefault("max_bytes", 20 * MB)
    return load_audio(source, **kwargs)  # type: ignore[arg-type]


def _streaminfo(data: bytes) -> tuple[int, int, int]:
    """(sample rate, channels, total samples) read from a FLAC STREAMINFO block by hand."""
    assert data[:4] == b"fLaC" and data[4] & 0x7F == 0  # the first block is STREAMINFO
    info = data[8 : 8 + 34]
    packed = int.from_bytes(info[10:18], "big")
    rate = packed >> 44
    channels = ((packed >> 41) & 0x7) + 1
    total = packed & ((1 << 36) - 1)
    return rate, channels, total


def _write_wav(path: Path, *, seconds: float, rate: int = 22050, channels: int = 2) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = int(seconds * rate)
        out.writeframes(struct.pack("<h", 0) * frames * channels)
    return path


# ------------------------------------------------------------------------- successes
def test_flac_example(flac: Path) -> None:
    rate, channels, total = _streaminfo(flac.read_bytes())
    loaded = _load(str(flac))
    assert loaded.duration_s == pytest.approx(total / rate, abs=0.01)
    assert (loaded.sample_rate, loaded.channels) == (rate, channels)
    assert loaded.file.mime == "audio/flac"
    assert loaded.format == "FLAC"
    assert loaded.play_path == str(flac)
    assert loaded.description == "0:13.7 · FLAC · 16 kHz · mono · 275.8 KB"


def test_bytes_get_a_temporary_file_to_play(flac: Path) -> None:
    data = flac.read_bytes()
    loaded = _load(data, name="clip")
    assert loaded.file.path is None
    play = Path(loaded.play_path)
    assert play.parent == temp_folder()
    assert play.suffix == ".flac"
    assert play.read_bytes() == data


def test_wav(tmp_path: Path) -> None:
    loaded = _load(str(_write_wav(tmp_path / "tone.wav", seconds=1.5)))
    assert loaded.duration_s == pytest.approx(1.5, abs=0.001)
    assert (loaded.sample_rate, loaded.channels) == (22050, 2)
    assert (loaded.format, loaded.file.mime) == ("WAV", "audio/wav")
    assert loaded.description.startswith("0:01.5 · WAV · 22.05 kHz · stereo · ")


def test_format_from_content_not_extension(tmp_path: Path, flac: Path) -> None:
    path = tmp_path / "speech.mp3"
    path.write_bytes(flac.read_bytes())
    assert _load(str(path)).file.mime == "audio/flac"


def test_webm_is_accepted_without_a_duration() -> None:
    data = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + bytes(200)
    loaded = _load(data, name="voice.webm")
    assert loaded.duration_s is None
    assert (loaded.format, loaded.file.mime) == ("WebM", "audio/webm")
    assert loaded.description.startswith("duration unknown · WebM")
    assert Path(loaded.play_path).suffix == ".webm"


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.04, "0:00.0"), (13.69, "0:13.7"), (62.0, "1:02.0"), (3723, "1:02:03")]
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


# -------------------------------------------------------------------------- refusals
def _refusal(source: str | bytes, **kwargs: object) -> str:
    with pytest.raises(MediaError) as info:
        _load(source, **kwargs)
    return str(info.value)


def test_missing(tmp_path: Path) -> None:
    assert "was not found" in _refusal(str(tmp_path / "a.flac"))


def test_zero_bytes(tmp_path: Path) -> None:
    path = tmp_path / "silence.wav"
    path.touch()
    assert _refusal(str(path)) == "silence.wav is empty (0 bytes)."


def test_too_big(flac: Path) -> None:
    assert _refusal(str(flac), max_bytes=100 * 1024) == (
        "sample1.flac is 275.8 KB; the limit is 100 KB (Settings)."
    )


def test_text_renamed_mp3(tmp_path: Path) -> None:
    path = tmp_path / "lyrics.mp3"
    path.write_text("La la la\n", encoding="utf-8")
    assert _refusal(str(path)) == (
        "lyrics.mp3 is not an audio file: it looks like a text file (it starts with "
        "\u201cLa la la\u201d). Use a FLAC, WAV, MP3, OGG, M4A or WebM file."
    )


def test_image_renamed_flac(cats: Path) -> None:
    message = _refusal(cats.read_bytes(), name="cats.flac")
    assert message.startswith("cats.flac is not an audio file: it looks like a PNG image.")


def test_corrupt_flac(flac: Path) -> None:
    data = flac.read_bytes()
    message = _refusal(data[:4] + bytes(60), name="broken.flac")
    assert message.startswith("broken.flac looks like a FLAC audio file but is damaged")


def test_truncated_flac_header(flac: Path) -> None:
    message = _refusal(flac.read_bytes()[:30], name="cut.flac")
    assert "damaged or incomplete" in message


def test_wav_without_audio(tmp_path: Path) -> None:
    path = _write_wav(tmp_path / "nothing.wav", seconds=0)
    assert _refusal(str(path)) == (
        "nothing.wav is a WAV file with no audio in it (0 seconds). Choose another recording."
    )


def test_broken_wav() -> None:
    message = _refusal(b"RIFF\x10\x00\x00\x00WAVEjunk", name="x.wav")
    assert message.startswith("x.wav looks like a WAV audio file but is damaged")


def test_other_kinds_named_mp3_are_not_parsed_as_mp3(cats: Path) -> None:
    # The MP3 parser finds "frames" in almost any bytes; the content's signature wins.
    message = _refusal(cats.read_bytes(), name="cats.mp3")
    assert message.startswith("cats.mp3 is not an audio file: it looks like a PNG image.")
