"""Saving a chat: Markdown (the branch on show, its images as files beside it) and JSON
(every message and branch, images as data URLs)."""

from __future__ import annotations

import base64
import json
import mimetypes
from typing import TYPE_CHECKING, Any

from hfi_desktop.catalog.chat import SETTINGS
from hfi_desktop.chat import ChatThread, chat_document, chat_markdown

from ..filenames import sanitize_filename
from .formats import ExportFormat
from .plan import Artifact
from .source import ExportError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from hfi_desktop.catalog.model import FileValue

    from .source import ExportSource

CHAT_MARKDOWN = ExportFormat(
    "md", "Markdown", ".md", "The conversation on show, to read or share (its images beside "
    "it)", multiple=True)
CHAT_JSON = ExportFormat(
    "json", "JSON", ".json", "Every message and every version of it; the messages can be "
    "sent again as they are")
CHAT_FORMATS = (CHAT_MARKDOWN, CHAT_JSON)


def render_chat(source: ExportSource, fmt: ExportFormat, stem: str) -> list[Artifact]:
    thread = source.result
    if not isinstance(thread, ChatThread):
        raise ExportError("this is not a chat")
    if fmt.id == "json":
        return [Artifact(sanitize_filename(stem, ".json"), "json",
                         lambda _files: _json_bytes(source, thread), primary=True)]
    if fmt.id != "md":
        raise ExportError(f"a chat cannot be saved as {fmt.id!r}")
    images = [image for message in thread.path() for image in message.images]
    keys = {id(image): f"image:{index}" for index, image in enumerate(images)}
    artifacts = [Artifact(sanitize_filename(stem, ".md"), "markdown",
                          lambda names: _markdown_bytes(source, thread, keys, names),
                          primary=True)]
    for index, image in enumerate(images):
        label = f"image-{index + 1}"
        extension = mimetypes.guess_extension(image.mime) or ".png"
        artifacts.append(Artifact(sanitize_filename(f"{stem}-{label}", extension), "image",
                                  image.data, key=keys[id(image)], label=label))
    return artifacts


def _markdown_bytes(source: ExportSource, thread: ChatThread, keys: Mapping[int, str],
                    names: Mapping[str, str]) -> bytes:
    def link(image: FileValue) -> str:
        return names.get(keys.get(id(image), ""), "").replace(" ", "%20")

    return chat_markdown(thread, model=source.model, image_link=link).encode("utf-8")


def _json_bytes(source: ExportSource, thread: ChatThread) -> bytes:
    settings: dict[str, Any] = {key: source.inputs.get(key) for key in SETTINGS}
    document = chat_document(thread, model=source.model, parameters=source.parameters,
                             settings=settings,
                             image_url=_data_url)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _data_url(image: FileValue) -> str:
    return f"data:{image.mime};base64,{base64.b64encode(image.data).decode('ascii')}"
