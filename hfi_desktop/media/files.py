"""Load any file to send as is (custom requests): read, check, name its type (worker thread)."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.image_decode import KINDS_CONTEXT, kind_of
from hfi_desktop.inference.sniff import is_text, sniff_mime
from hfi_desktop.media.sources import read_source
from hfi_desktop.sizes import human_size
from hfi_desktop.translatable import Text

_GENERIC = "application/octet-stream"


@dataclass(frozen=True)
class LoadedFile:
    """A file sent as is; ``description`` is "a PNG image · 178.5 KB"."""

    file: FileValue
    description: str

    @property
    def size_bytes(self) -> int:
        return len(self.file.data)


def load_file(source: str | bytes, *, name: str | None = None, max_bytes: int) -> LoadedFile:
    """Read a file of any kind; refuses missing, folders, 0 bytes, more than ``max_bytes``.

    The MIME type comes from the content's signature, then from the name's extension, else
    ``application/octet-stream``. Runs in a worker thread.
    """
    src = read_source(source, name=name, max_bytes=max_bytes, fallback_name="file")
    mime = sniff_mime(src.data)
    if mime is None:
        guessed, _ = mimetypes.guess_type(src.name, strict=False)
        mime = guessed or ("text/plain" if is_text(src.data) else _GENERIC)
    kind = kind_of(src.data, capital=True, start=False)
    if kind.startswith("Binary data"):
        kind = Text(KINDS_CONTEXT, "A file")
    return LoadedFile(
        file=FileValue(name=src.name, data=src.data, mime=mime, path=src.path),
        description=Text.joined(" · ", kind, mime, human_size(len(src.data))),
    )
