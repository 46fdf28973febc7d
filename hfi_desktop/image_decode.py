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
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from collections.abc import Iterator

ImageProblem = Literal["empty", "not an image", "too large", "damaged"]
#: The context of the refusals' messages (the UI shows them translated: ``ui.i18n.shown``).
CONTEXT = "ImageError"
#: The context of what bytes look like (``inference.sniff``'s phrases, marked for lupdate
#: by ``ui.i18n_build`` from ``sniff.KINDS``).
KINDS_CONTEXT = "FileKinds"
_STARTS_WITH = " (it starts with “"
TIMES = "\u00d7"  # the multiplication sign, as in "640 x 420"
#: What Pillow raises on damaged data, besides its own errors.
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError)


class ImageError(ValueError):
    """An image that can't be opened; ``str()`` names it and says why (no closing period).
    Its message is a Text (``args[0]``): the UI shows it in its language."""

    def __init__(self, message: Text, *, name: str, problem: ImageProblem) -> None:
        super().__init__(message)
        self.name = name
        self.problem = problem


def open_image(data: bytes, name: str) -> Image.Image:
    """The image in ``data``, identified and its size checked but not decoded yet (cheap:
    the header only). ``name`` (a file name, or a Text such as :data:`INPUT_IMAGE`) is used
    in messages."""
    if not data:
        raise ImageError(Text(CONTEXT, QT_TRANSLATE_NOOP("ImageError", "{name} is empty (0 bytes)"),
                              name=name), name=name, problem="empty")
    try:
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        fmt = _signature_format(data)
        if fmt is not None:  # an image's signature, then nothing Pillow can read
            raise _damaged(name, fmt, Text(CONTEXT, QT_TRANSLATE_NOOP(
                "ImageError", "its header can't be read"))) from None
        raise ImageError(Text(CONTEXT, QT_TRANSLATE_NOOP(
            "ImageError", "{name} is not an image: it looks like {kind}"),
            name=name, kind=kind_of(data)), name=name, problem="not an image") from None
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


def kind_of(data: bytes, *, capital: bool = False, start: bool = True) -> Text:
    """What ``data`` looks like ("a PDF document"; "A PDF document" with ``capital``), as
    :func:`~hfi_desktop.inference.sniff.looks_like` says it: a Text in :data:`KINDS_CONTEXT`
    (a text file's first words, unless not ``start``, are shown as they are)."""
    kind, _, words = looks_like(data).partition(_STARTS_WITH)
    if capital:
        kind = kind[:1].upper() + kind[1:]
    if not (start and words):
        return Text(KINDS_CONTEXT, kind)
    return Text(KINDS_CONTEXT, QT_TRANSLATE_NOOP("FileKinds", "{kind} (it starts with “{start}”)"),
                kind=Text(KINDS_CONTEXT, kind), start=words.removesuffix("”)"))


#: What the images the app decodes are called in messages.
INPUT_IMAGE = Text(CONTEXT, QT_TRANSLATE_NOOP("ImageError", "the input image"))
GENERATED_IMAGE = Text(CONTEXT, QT_TRANSLATE_NOOP("ImageError", "the generated image"))
RESULT_IMAGE = Text(CONTEXT, QT_TRANSLATE_NOOP("ImageError", "the result"))


def _too_large(name: str, size: tuple[int, int] | None) -> ImageError:
    limit = f"{(Image.MAX_IMAGE_PIXELS or 0) / 1e6:.3g}"
    message = (Text(CONTEXT, QT_TRANSLATE_NOOP(
        "ImageError", "{name} is {width} {times} {height} pixels, which is too large to open "
        "safely (more than {limit} megapixels; it may be a decompression bomb)"),
        name=name, width=f"{size[0]:,}", times=TIMES, height=f"{size[1]:,}", limit=limit)
        if size else Text(CONTEXT, QT_TRANSLATE_NOOP(
            "ImageError", "{name} is too large to open safely (more than {limit} megapixels; "
            "it may be a decompression bomb)"), name=name, limit=limit))
    return ImageError(message, name=name, problem="too large")


def _damaged(name: str, fmt: str, exc: BaseException | str) -> ImageError:
    detail = exc if isinstance(exc, str) else str(exc).rstrip(".") or type(exc).__name__
    template = (QT_TRANSLATE_NOOP("ImageError", "{name} looks like an image file but is damaged "
                                  "or incomplete ({detail})") if fmt == "image" else
                QT_TRANSLATE_NOOP("ImageError", "{name} looks like a {format} file but is "
                                  "damaged or incomplete ({detail})"))
    return ImageError(Text(CONTEXT, template, name=name, format=fmt, detail=detail),
                      name=name, problem="damaged")
