"""The vocabulary of the task catalog: what a task takes, what it returns.

Pure Python (no Qt): the catalog is the single source for forms, validation, requests and viewers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


class Group(StrEnum):
    NATURAL_LANGUAGE = "Natural language"
    AUDIO = "Audio"
    COMPUTER_VISION = "Computer vision"
    MULTIMODAL = "Multimodal"
    TABULAR = "Tabular"
    CUSTOM = "Custom"


class InputKind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    IMAGE = "image"
    AUDIO = "audio"
    TABLE = "table"
    TEXT_LIST = "text_list"  # one string per entry (sentences, labels)
    CONVERSATION = "conversation"
    JSON = "json"
    CHOICE = "choice"
    FILE = "file"  # any binary file, sent as is (custom requests)


class PageKind(StrEnum):
    """What a task's page is: a form of inputs (generated from the spec) or the chat."""

    FORM = "form"
    CHAT = "chat"


class ParamType(StrEnum):
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    STRING = "string"
    CHOICE = "choice"
    STRING_LIST = "string_list"


class OutputKind(StrEnum):
    LABELS = "labels"  # [{label, score}] as sorted bars
    FILL_MASK = "fill_mask"  # [{token_str, score, sequence}]
    ZERO_SHOT = "zero_shot"  # [{sequence, labels, scores}]
    TEXT = "text"  # {generated_text | summary_text | translation_text | text}
    TEXT_STREAM = "text_stream"  # text_generation_stream events
    ANSWER_SPAN = "answer_span"  # {answer, score, start, end} over the input context
    DOC_ANSWER = "doc_answer"  # {answer, score?} beside the input image
    ENTITIES = "entities"  # token classification over the input text
    DETECTION = "detection"  # boxes over the input image
    SEGMENTATION = "segmentation"  # masks over the input image
    IMAGE = "image"  # Blob image
    AUDIO = "audio"  # Blob audio
    AUDIO_SOURCES = "audio_sources"  # audio_to_audio: one clip per source
    TABLE_ANSWER = "table_answer"  # answer + selected cells of the input table
    CONVERSATION = "conversation"
    EMBEDDINGS = "embeddings"  # nested lists of numbers
    SIMILARITY = "similarity"  # one score per input sentence
    NUMBERS = "numbers"  # tabular: one value per row
    RAW = "raw"  # any JSON or Blob (custom requests)
    CHAT = "chat"  # a chat thread (the chat page): its messages, branches and replies


@dataclass(frozen=True)
class InputField:
    key: str  # where the value goes in the call: "inputs", "data", "inputs.question", ...
    kind: InputKind
    label: str
    required: bool = True
    help: str = ""
    placeholder: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Parameter:
    name: str
    type: ParamType
    default: object = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    help: str = ""


@dataclass(frozen=True)
class Example:
    """A ready-made form. ``model``: the model it is meant for, put in the model field;
    "" leaves the field as it is (the task's default). A task without a default model gives
    every example one: the Hub's task list is not a default to rely on."""

    title: str
    values: Mapping[str, object]  # InputField.key → value; files as "examples/cats.png"
    parameters: Mapping[str, object] = field(default_factory=dict)
    model: str = ""


@dataclass(frozen=True)
class FileValue:
    """A binary input as the form holds it: already read (in a worker) and checked."""

    name: str
    data: bytes
    mime: str
    path: str | None = None

    def __repr__(self) -> str:
        return f"FileValue(name={self.name!r}, mime={self.mime!r}, size={len(self.data)})"


@dataclass(frozen=True)
class TaskSpec:
    id: str  # the Hub's task id ("text-classification"), or ours for non-Hub entries
    method: str  # the HfInference method it calls
    title: str
    group: Group
    icon: str  # file name under resources/icons/
    summary: str
    inputs: tuple[InputField, ...]
    parameters: tuple[Parameter, ...]
    output: OutputKind
    default_model: str
    examples: tuple[Example, ...] = ()
    streaming: bool = False
    page: PageKind = PageKind.FORM
    #: Shown first in the sidebar, above the groups (the chat).
    pinned: bool = False
