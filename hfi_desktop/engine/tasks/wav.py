"""WAV in and out, without ffmpeg (scipy's reader: PCM 8/16/24/32-bit and float WAV, any
channel count and rate). Other formats (FLAC, MP3, OGG) are refused with a message saying so."""
from __future__ import annotations

import io
import struct
from math import gcd

import numpy as np
import numpy.typing as npt

from hfi_desktop.engine.tasks.base import RunnerInputError

_OTHER_FORMATS = ((b"fLaC", "FLAC"), (b"OggS", "OGG"), (b"ID3", "MP3"), (b"\xff\xfb", "MP3"))
Samples = npt.NDArray[np.float32]


def read_wav(data: bytes, rate: int) -> Samples:
    """The WAV file's sound as mono float32 samples in [-1, 1] at ``rate`` Hz."""
    from scipy.io import wavfile  # type: ignore[import-untyped]
    from scipy.signal import resample_poly  # type: ignore[import-untyped]

    if not data:
        raise RunnerInputError("the input audio is empty (0 bytes)")
    if not data.startswith(b"RIFF"):
        fmt = next((name for sig, name in _OTHER_FORMATS if data.startswith(sig)), None)
        what = f"a {fmt} file" if fmt else "not a WAV file"
        raise RunnerInputError(
            f"the input audio is {what}: the local engine reads WAV audio only"
        )
    if _cut_short(data):
        raise RunnerInputError("the input audio is a WAV file cut short (its data is incomplete)")
    try:
        source_rate, samples = wavfile.read(io.BytesIO(data))
    except (ValueError, EOFError, OSError, struct.error) as exc:
        raise RunnerInputError(f"the input audio is a damaged WAV file ({exc})") from None
    if samples.size == 0:
        raise RunnerInputError("the input audio has no samples")
    sound = _as_float(samples)
    if sound.ndim == 2:
        sound = sound.mean(axis=1)
    if source_rate != rate:
        step = gcd(int(source_rate), rate)
        sound = resample_poly(sound, rate // step, int(source_rate) // step)
    return np.asarray(sound, dtype=np.float32)


def _cut_short(data: bytes) -> bool:
    """Whether the WAV's data chunk ends past the file's end (scipy would only warn)."""
    position = 12  # after "RIFF", the size, "WAVE"
    while position + 8 <= len(data):
        size = int.from_bytes(data[position + 4:position + 8], "little")
        if data[position:position + 4] == b"data":
            return position + 8 + size > len(data)
        position += 8 + size + (size & 1)
    return False


def _as_float(samples: npt.NDArray[np.generic]) -> npt.NDArray[np.float64]:
    sound = samples.astype(np.float64)
    if samples.dtype.kind == "f":
        return sound
    if samples.dtype == np.uint8:  # 8-bit WAV is unsigned
        return (sound - 128.0) / 128.0
    return sound / (2.0 ** (8 * samples.dtype.itemsize - 1))


def write_wav(samples: npt.ArrayLike, rate: int) -> bytes:
    """16-bit PCM WAV of float samples (clipped to [-1, 1]): one channel, or one row per
    channel (a pipeline's ``(channels, samples)``)."""
    from scipy.io import wavfile

    sound = np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0)
    sound = sound.T if sound.ndim == 2 else sound.reshape(-1)
    buffer = io.BytesIO()
    wavfile.write(buffer, rate, (sound * 32767.0).astype(np.int16))
    return buffer.getvalue()
