from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import InputField, InputKind
from hfi_desktop.ui.inputs import (
    AudioDropZone,
    ChipsInput,
    ChoiceInput,
    ConversationInput,
    FileDropZone,
    ImageDropZone,
    JsonInput,
    LoaderBinding,
    Loaders,
    LongTextInput,
    TableEditor,
    TextInput,
    input_for,
)

T = TypeVar("T")

EXPECTED = {
    InputKind.TEXT: TextInput,
    InputKind.LONG_TEXT: LongTextInput,
    InputKind.IMAGE: ImageDropZone,
    InputKind.AUDIO: AudioDropZone,
    InputKind.TABLE: TableEditor,
    InputKind.TEXT_LIST: ChipsInput,
    InputKind.CONVERSATION: ConversationInput,
    InputKind.JSON: JsonInput,
    InputKind.CHOICE: ChoiceInput,
    InputKind.FILE: FileDropZone,
}


def test_every_kind_has_a_widget() -> None:
    assert set(EXPECTED) == set(InputKind)


@pytest.mark.parametrize("kind", list(InputKind))
def test_input_for(qtbot: QtBot, kind: InputKind) -> None:
    field = InputField(
        key="inputs", kind=kind, label="Input", help="What to send", choices=("a", "b")
    )
    widget = input_for(field)
    qtbot.addWidget(widget)
    assert type(widget) is EXPECTED[kind]
    assert widget.accessibleName() == "Input"
    assert widget.toolTip() == "What to send"
    assert widget.objectName() == "input:inputs"
    widget.clear()
    assert widget.problem() is None or isinstance(widget.problem(), str)


def test_placeholders_and_choices(qtbot: QtBot) -> None:
    text = input_for(InputField("inputs.question", InputKind.TEXT, "Question", placeholder="Ask"))
    qtbot.addWidget(text)
    assert isinstance(text, TextInput) and text.editor.placeholderText() == "Ask"
    choice = input_for(InputField("task_hint", InputKind.CHOICE, "Task", choices=("x", "y")))
    qtbot.addWidget(choice)
    assert choice.value() == "x"
    optional = input_for(InputField("task_hint", InputKind.CHOICE, "Task", required=False,
                                    choices=("x", "y")))
    qtbot.addWidget(optional)
    assert optional.value() == "", "nothing chosen: an example without one leaves it blank"
    optional.set_value("y")
    optional.clear()
    assert optional.value() == ""


def test_sentences_are_not_split_on_commas(qtbot: QtBot) -> None:
    sentences = input_for(InputField("inputs.sentences", InputKind.TEXT_LIST, "Sentences"))
    labels = input_for(InputField("parameters.candidate_labels", InputKind.TEXT_LIST, "Labels"))
    qtbot.addWidget(sentences)
    qtbot.addWidget(labels)
    assert isinstance(sentences, ChipsInput) and isinstance(labels, ChipsInput)
    sentences.editor.setText("Hi, there")
    sentences.commit()
    labels.editor.setText("a, b")
    labels.commit()
    assert (sentences.value(), labels.value()) == (["Hi, there"], ["a", "b"])


def test_loaders_are_bound(qtbot: QtBot) -> None:
    async def run(fn: Callable[[], T]) -> T:
        return fn()

    loaders = Loaders.over(run, max_image_bytes=10, max_audio_bytes=10)
    for kind in (InputKind.IMAGE, InputKind.AUDIO, InputKind.TABLE, InputKind.FILE):
        widget = input_for(InputField("inputs", kind, "File"), loaders=loaders)
        qtbot.addWidget(widget)
        assert widget.findChild(LoaderBinding) is not None
    bare = input_for(InputField("inputs", InputKind.IMAGE, "File"))
    qtbot.addWidget(bare)
    assert bare.findChild(LoaderBinding) is None
