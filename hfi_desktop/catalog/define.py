"""Helpers that keep the task declarations short: derived names and the common inputs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import (
    Example,
    Group,
    InputField,
    InputKind,
    OutputKind,
    PageKind,
    Parameter,
    TaskSpec,
)

if TYPE_CHECKING:
    from collections.abc import Iterable


def spec(
    task_id: str,
    title: str,
    group: Group,
    summary: str,
    *,
    inputs: Iterable[InputField],
    output: OutputKind,
    model: str,
    examples: Iterable[Example],
    parameters: Iterable[Parameter] = (),
    method: str | None = None,
    streaming: bool = False,
    page: PageKind = PageKind.FORM,
    pinned: bool = False,
) -> TaskSpec:
    """A TaskSpec whose method defaults to the snake_case id and whose icon is ``<id>.svg``."""
    return TaskSpec(
        id=task_id,
        method=method or task_id.replace("-", "_"),
        title=title,
        group=group,
        icon=f"{task_id}.svg",
        summary=summary,
        inputs=tuple(inputs),
        parameters=tuple(parameters),
        output=output,
        default_model=model,
        examples=tuple(examples),
        streaming=streaming,
        page=page,
        pinned=pinned,
    )


def text(help: str, label: str = "Text", placeholder: str = "") -> InputField:
    """The multi-line text sent as ``inputs``."""
    return InputField("inputs", InputKind.LONG_TEXT, label, help=help, placeholder=placeholder)


def audio_data(help: str) -> InputField:
    return InputField("data", InputKind.AUDIO, "Audio", help=help)


def image_data(help: str) -> InputField:
    return InputField("data", InputKind.IMAGE, "Image", help=help)


QUESTION = InputField("inputs.question", InputKind.TEXT, "Question", help="The question to ask.")

CANDIDATE_LABELS = InputField(
    "parameters.candidate_labels", InputKind.TEXT_LIST, "Candidate labels",
    help="The possible classes of the input, one per entry (at most 10: with too many, the "
    "results get misleading).",
    placeholder="Add a label",
)

TABLE_HELP = (
    "A table of data: each column has a header and a list of values, and all columns must have "
    "the same number of values."
)
