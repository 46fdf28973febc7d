"""Small pictures of a batch's image inputs (and image results) for its table: decoded and
scaled in a worker (a QImage, which any thread may make), made QPixmaps on the GUI thread."""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPixmap

from hfi_desktop.batch.model import FileRef
from hfi_desktop.image_decode import ImageError, open_image

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from hfi_desktop.batch.model import BatchInput
    from hfi_desktop.bridge import Bridge

log = logging.getLogger(__name__)

SIDE_PX = 40
#: Inputs decoded per worker call: the first rows get their pictures soon.
CHUNK = 16
MAX_FILE_BYTES = 20 * 1024 * 1024


def image_refs(inputs: Sequence[BatchInput]) -> list[tuple[str, FileRef]]:
    """(input key, its first image file) for the inputs that have one."""
    found = []
    for item in inputs:
        ref = next((v for v in item.values.values()
                    if isinstance(v, FileRef) and v.mime.startswith("image/")), None)
        if ref is not None:
            found.append((item.key, ref))
    return found


def thumbnail(ref: FileRef, side: int = SIDE_PX) -> QImage | None:
    """``ref``'s picture at most ``side`` px wide and high (blocking; None if unreadable)."""
    if ref.size > MAX_FILE_BYTES:
        return None
    try:
        with open(ref.path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        log.info("no thumbnail for %s: %s", ref.name, error)
        return None
    return thumbnail_of(data, ref.name, side)


def thumbnail_of(data: bytes, name: str, side: int = SIDE_PX) -> QImage | None:
    """The picture in ``data`` at most ``side`` px wide and high (None if unreadable)."""
    if len(data) > MAX_FILE_BYTES:
        return None
    try:
        image = open_image(data, name)
        image.draft("RGB", (side * 2, side * 2))  # JPEGs decode smaller at once
        image = image.convert("RGBA")
        image.thumbnail((side, side))
    except (OSError, ImageError) as error:
        log.info("no thumbnail for %s: %s", name, error)
        return None
    raw = image.tobytes("raw", "RGBA")
    return QImage(raw, image.width, image.height, image.width * 4,
                  QImage.Format.Format_RGBA8888).copy()  # not over the Python buffer


def _thumbnails(refs: Sequence[tuple[str, FileRef]]) -> list[tuple[str, QImage | None]]:
    return [(key, thumbnail(ref)) for key, ref in refs]


async def load_thumbnails(bridge: Bridge, inputs: Sequence[BatchInput],
                          show: Callable[[dict[str, QPixmap]], None]) -> None:
    """Make the inputs' thumbnails in workers, a chunk at a time; ``show`` each chunk's."""
    refs = image_refs(inputs)
    for start in range(0, len(refs), CHUNK):
        chunk = refs[start:start + CHUNK]
        images = await bridge.run(functools.partial(_thumbnails, chunk))
        show({key: QPixmap.fromImage(image) for key, image in images if image is not None})
