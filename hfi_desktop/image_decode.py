"""The app's one way to open an image file it did not make (Pillow, no Qt).

Every image that comes in, an input file, a result, a mask, a history entry, is opened
here with one policy:

- refused when it is empty, is not an image, is damaged or cut short, or has more pixels
  than Pillow's ``Image.MAX_IMAGE_PIXELS`` (about 89 megapixels): the strictest limit the
  app applied (inputs and results; exports allowed twice that). Above it a file is likely
  a decompression bomb: a few KB that unpack to gigabytes.
- every refusal is an :class:`ImageError` whose message names the file and says what is
  wrong, without a closing period; each layer adds what the user can do and raises its
  own error type.

Thread-safe (worker threads): the warnings filters, which are process-wide, are left
alone; Pillow's bomb warning, an error where warnings are errors, is caught as a refusal.
A leaf module like ``threads`` and ``resources``: every layer may import it.
"""

from __future__ import annotations

import io
import struct
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal

from PIL import Image, UnidentifiedImageError

from hfi_desktop.inference.sniff import looks_like, sniff_mime

if TYPE_CHECKING:
    from collections.abc import Iterator

ImageProblem = Literal["empty", "not an image", "too large", "damaged"]
TIMES = "\u00d7"  # the multiplication sign, as in "640 x 420"
#: What Pillow raises on damaged data, besides its own errors.
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError)


class ImageError(ValueError):
    """An image that can't be opened; ``str()`` names it and says why (no closing period)."""

    def __init__(self, message: str, *, name: str, problem: ImageProblem) -> None:
        super().__init__(message)
        self.name = name
        self.problem = problem


def open_image(data: bytes, name: str) -> Image.Image:
    """The image in ``data``, identified and its size checked but not decoded yet (cheap:
    the header only). ``name`` (a file name, "the input image") is used in messages."""
    if not data:
        raise ImageError(f"{name} is empty (0 bytes)", name=name, problem="empty")
    try:
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        fmt = _signature_format(data)
        if fmt is not None:  # an image's signature, then nothing Pillow can read
            raise _damaged(name, fmt, "its header can't be read") from None
        raise ImageError(f"{name} is not an image: it looks like {looks_like(data)}",
                         name=name, problem="not an image") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large(name, None) from None
    except DECODE_ERRORS as exc:
        raise _damaged(name, _signature_format(data) or "image", exc) from None
    width, height = image.size
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and width * height > limit:
        image.close()
        raise _too_large(name, (width, height))
    return image


def load_image(data: bytes, name: str) -> Image.Image:
    """The image in ``data``, decoded (a truncated or damaged file is refused here)."""
    image = open_image(data, name)
    with decoding(name, image.format or "image"):
        image.load()
    return image


@contextmanager
def decoding(name: str, fmt: str = "image") -> Iterator[None]:
    """Pillow's errors while decoding (``load``, ``verify``, ``draft``) as an
    :class:`ImageError` saying the ``fmt`` file ("PNG") is damaged."""
    try:
        yield
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large(name, None) from None
    except DECODE_ERRORS as exc:
        raise _damaged(name, fmt, exc) from None


def _signature_format(data: bytes) -> str | None:
    """ "PNG", "JPEG", "WEBP" (Pillow's names) for an image's signature, else None."""
    mime = sniff_mime(data) or ""
    return mime.removeprefix("image/").upper() if mime.startswith("image/") else None


def _too_large(name: str, size: tuple[int, int] | None) -> ImageError:
    limit = Image.MAX_IMAGE_PIXELS or 0
    dims = f" is {size[0]:,} {TIMES} {size[1]:,} pixels, which" if size else ""
    return ImageError(
        f"{name}{dims} is too large to open safely (more than {limit / 1e6:.3g} megapixels; "
        "it may be a decompression bomb)", name=name, problem="too large")


def _damaged(name: str, fmt: str, exc: BaseException | str) -> ImageError:
    detail = exc if isinstance(exc, str) else str(exc).rstrip(".") or type(exc).__name__
    article = "an" if fmt == "image" else "a"
    return ImageError(
        f"{name} looks like {article} {fmt} file but is damaged or incomplete ({detail})",
        name=name, problem="damaged")
