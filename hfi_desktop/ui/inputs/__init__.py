"""Input widgets of a task's form: text, drop zones (image, audio, any file), table editor,
chips, conversation, JSON, choice.

Every input is an :class:`InputWidget`: ``changed`` signal, ``value()``, ``set_value(v)``,
``clear()``, ``problem()``, and an inline message line (errors are never dialogs).

Loading design: widgets do no I/O. A drop zone (or the table editor's CSV import) emits
``load_requested(LoadRequest)`` and shows a busy state; the answer comes back through
``set_loaded(result, token)`` / ``set_error(message, token)``, stale tokens ignored. Give a
widget ``loader=`` (an async ``(source, name) -> result``, e.g. ``image_loader(bridge.run,
max_bytes=…)``) and :func:`bind_loader` wires the two as an asyncio task on the Qt loop; in
tests a plain slot can answer synchronously. See :mod:`hfi_desktop.ui.inputs.loading`.
"""

from hfi_desktop.ui.inputs._drop_parts import DragState
from hfi_desktop.ui.inputs.audio_drop import AudioDropZone
from hfi_desktop.ui.inputs.base import InputWidget
from hfi_desktop.ui.inputs.chips import ChipsInput
from hfi_desktop.ui.inputs.conversation import ConversationInput
from hfi_desktop.ui.inputs.drop_zone import DropZone
from hfi_desktop.ui.inputs.factory import Loaders, input_for
from hfi_desktop.ui.inputs.file_drop import FileDropZone
from hfi_desktop.ui.inputs.image_drop import ImageDropZone
from hfi_desktop.ui.inputs.json_input import JsonInput
from hfi_desktop.ui.inputs.loading import (
    LoaderBinding,
    LoadRequest,
    audio_loader,
    bind_loader,
    csv_loader,
    file_loader,
    image_loader,
)
from hfi_desktop.ui.inputs.message import Level
from hfi_desktop.ui.inputs.table_editor import TableEditor
from hfi_desktop.ui.inputs.table_model import TableModel
from hfi_desktop.ui.inputs.text import ChoiceInput, LongTextInput, TextInput

__all__ = [
    "AudioDropZone",
    "ChipsInput",
    "ChoiceInput",
    "ConversationInput",
    "DragState",
    "DropZone",
    "FileDropZone",
    "ImageDropZone",
    "InputWidget",
    "JsonInput",
    "Level",
    "LoadRequest",
    "LoaderBinding",
    "Loaders",
    "LongTextInput",
    "TableEditor",
    "TableModel",
    "TextInput",
    "audio_loader",
    "bind_loader",
    "csv_loader",
    "file_loader",
    "image_loader",
    "input_for",
]
