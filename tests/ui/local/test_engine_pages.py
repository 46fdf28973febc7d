"""Every task page the local engine serves, end to end on real transformers code: the page,
the "Local engine" chosen in its provider picker, the client, the engine process, the task's
pipeline on a tiny model (tests/ui/local/conftest.py), and the result in the page's viewer.

A user's way in each test: the model id typed in the model field, the engine clicked in the
picker, text typed, an image or a recording dropped on its zone, Run pressed."""

from __future__ import annotations

import dataclasses
import io
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CallRequest
from hfi_desktop.inference import HfInference
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.local import LocalSourcesService
from hfi_desktop.ui.local.engine_audio import needs_wav, with_wav_audio
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.task_page import TaskPage
from hfi_desktop.ui.viewers import (
    AudioViewer,
    DetectionViewer,
    EmbeddingsViewer,
    ScoresViewer,
    SegmentationViewer,
    SpansViewer,
    TextViewer,
)
from tests.support.fixtures import MakeClient
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import router_client as router_client
from tests.support.paths import example
from tests.support.qt_async import RunAsync, wait_until
from tests.support.tiny_models_media import tone_wav
from tests.ui.chat.conftest import settle
from tests.ui.chat.drive import type_and_send
from tests.ui.conftest import MakeWindow
from tests.ui.inputs.conftest import drag_and_drop, file_mime
from tests.ui.pages import run_page
from tests.ui.providers.conftest import click_choice
from tests.ui.providers.test_picker import choose_model

SHOTS = Path("/work/shots")
RUN_TIMEOUT_S = 60.0  # the first run of a model loads it in the engine
FILE_KINDS = {"IMAGE", "AUDIO", "FILE"}


@pytest.fixture
def client(router_client: MakeClient, no_internet: list[str]) -> HfInference:
    """The window's client on the local router and Hub, as the application's is by default
    (the Hub knows none of the tiny models: the picker lists only the local sources)."""
    return router_client(timeout=(2.0, 10.0))


@pytest.fixture
def local_window(make_window: MakeWindow, services: Services,
                 local_services: LocalSourcesService) -> MainWindow:
    services.local = local_services
    return make_window()


def shoot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def type_into(page: TaskPage, key: str, value: str | tuple[str, ...]) -> None:
    """Type ``value`` in the input ``key`` (each chip of a tuple ended with Return)."""
    widget = page.inputs[key]
    widget.clear()
    editor = widget.editor  # type: ignore[attr-defined]
    editor.setFocus()
    if isinstance(value, tuple):
        for chip in value:
            QTest.keyClicks(editor, chip)
            QTest.keyClick(editor, Qt.Key.Key_Return)
    else:
        QTest.keyClicks(editor, value)


def recording(folder: Path) -> Path:
    """A short WAV recording (a 440 Hz tone) in ``folder``."""
    path = folder / "tone.wav"
    path.write_bytes(tone_wav(seconds=1.0))
    return path


async def give_inputs(page: TaskPage, values: dict[str, str | tuple[str, ...] | Path],
                      folder: Path) -> None:
    """Text typed, files dropped on their zones (loaded in workers: awaited); the WAV
    recording is written in ``folder`` first."""
    for key, value in values.items():
        if value is WAV:
            value = recording(folder)
        if isinstance(value, Path):
            drag_and_drop(page.inputs[key], file_mime(value))
        else:
            type_into(page, key, value)
    files = [key for key, value in values.items() if isinstance(value, Path)]
    await wait_until(lambda: all(page.inputs[key].value() is not None for key in files),
                     timeout=20)


@dataclass(frozen=True)
class Case:
    task: str
    model: str
    inputs: dict[str, str | tuple[str, ...] | Path]
    check: Callable[[object], None]
    shot: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def scores(labels: set[str], count: int | None = None) -> Callable[[object], None]:
    def check(viewer: object) -> None:
        assert isinstance(viewer, ScoresViewer)
        [bars] = viewer.bar_groups()
        shown = bars.labels()
        assert shown and set(shown) <= labels, shown
        if count is not None:
            assert len(shown) == count, shown
    return check


def text_shown(viewer: object) -> None:
    assert isinstance(viewer, TextViewer)
    assert viewer.text().strip()


def spans_shown(viewer: object) -> None:
    assert isinstance(viewer, SpansViewer)
    assert viewer.highlighted_spans(), viewer.note_text()


def answer_shown(viewer: object) -> None:
    assert isinstance(viewer, SpansViewer)
    answer = viewer.answer_text()
    assert answer and viewer.highlighted_spans()


def embeddings_shown(viewer: object) -> None:
    assert isinstance(viewer, EmbeddingsViewer)
    assert viewer.shape_text()
    assert viewer.strip().values()


def boxes_shown(viewer: object) -> None:
    assert isinstance(viewer, DetectionViewer)
    assert viewer.box_items(), viewer.summary_text()


def masks_shown(viewer: object) -> None:
    assert isinstance(viewer, SegmentationViewer)
    assert viewer.mask_items()
    assert {box.text() for box in viewer.check_boxes()} <= {"sky", "road", "tree"}


def audio_shown(viewer: object) -> None:
    assert isinstance(viewer, AudioViewer)
    assert viewer.players()


WAV = Path("tone.wav")  # a recording the test writes
NER = {"O", "PER", "LOC"}
IMAGE_CLASSES = {"tabby", "beagle", "teapot", "kite", "sofa", "lamp", "cup"}
SOUNDS = {"yes", "no", "up", "down", "left", "right", "stop"}
CASES = [
    Case("text-classification", "tiny/bert-classifier", {"inputs": "this movie was great"},
         scores({"NEGATIVE", "NEUTRAL", "POSITIVE"}, 3)),
    Case("token-classification", "tiny/bert-ner",
         {"inputs": "John and Mary went to London"}, spans_shown),
    Case("fill-mask", "tiny/bert-mlm", {"inputs": "the cat sat on the [MASK]"},
         lambda viewer: scores(set(viewer.bar_groups()[0].labels()), 5)(viewer)),
    Case("zero-shot-classification", "tiny/bert-nli",
         {"inputs": "the food was terrible", "parameters.candidate_labels": ("food", "city")},
         scores({"food", "city"}, 2)),
    Case("feature-extraction", "tiny/bert-features", {"inputs": "hello world"},
         embeddings_shown),
    Case("sentence-similarity", "tiny/bert-similarity",
         {"inputs.source_sentence": "the cat sat on the mat",
          "inputs.sentences": ("a dog ran in the park", "the cat sat")},
         scores({"a dog ran in the park", "the cat sat"}, 2)),
    Case("text-generation", "tiny/gpt2-chat", {"inputs": "the cat sat"}, text_shown),
    Case("text-generation-stream", "tiny/gpt2-chat", {"inputs": "the cat sat"}, text_shown),
    Case("question-answering", "tiny/bert-qa",
         {"inputs.question": "where is the cat", "inputs.context": "the cat sat on the mat"},
         answer_shown, "i14-w2-e2e-question-answering.png"),
    Case("summarization", "tiny/bart-summarizer", {"inputs": "the cat sat on the mat"},
         text_shown),
    Case("translation", "tiny/bart-translator", {"inputs": "the cat sat on the mat"},
         text_shown),
    Case("image-classification", "tiny/vit-classifier", {"data": example("cheetah.png")},
         scores(IMAGE_CLASSES, 5)),
    Case("object-detection", "tiny/yolos-detector", {"data": example("cats.png")},
         boxes_shown, "i14-w2-e2e-object-detection.png"),
    Case("image-segmentation", "tiny/segformer", {"data": example("cats.png")},
         masks_shown, "i14-w2-e2e-image-segmentation.png"),
    Case("zero-shot-image-classification", "tiny/clip",
         {"inputs.image": example("cheetah.png"),
          "parameters.candidate_labels": ("animal", "toy", "car")},
         scores({"animal", "toy", "car"}, 3)),
    Case("image-to-text", "tiny/vit-captioner", {"data": example("cheetah.png")}, text_shown),
    Case("automatic-speech-recognition", "tiny/wav2vec2-ctc",  # FLAC: sent as WAV
         {"data": example("sample1.flac")}, text_shown),
    Case("audio-classification", "tiny/wav2vec2-classifier",
         {"data": WAV}, scores(SOUNDS, 5)),
    Case("text-to-speech", "tiny/vits", {"inputs": "the cat sat"}, audio_shown),
]


@pytest.mark.parametrize("case", CASES, ids=[case.task for case in CASES])
def test_the_page_runs_on_the_local_engine_and_its_viewer_shows_the_result(
        local_window: MainWindow, local_services: LocalSourcesService,
        run_async: RunAsync, tmp_path: Path, case: Case) -> None:
    page = local_window.show_task(case.task)
    assert isinstance(page, TaskPage)

    async def main() -> str:
        choose_model(page.model_field, case.model)
        await click_choice(page.provider_picker, "local")
        await give_inputs(page, case.inputs, tmp_path)
        return await run_page(page, timeout=RUN_TIMEOUT_S)

    state = run_async(main(), timeout=RUN_TIMEOUT_S + 30)
    panel = page.result_panel
    assert state == "done", panel.error_box.message.text()
    assert page.provider_picker.choice() == "local"
    assert panel.details.values()["Provider"] == "Local engine"
    assert panel.state() == "result"
    case.check(panel.viewer)
    if case.shot:
        shoot(page, case.shot)


def test_the_chat_page_streams_a_reply_of_the_local_engine(
        qtbot: QtBot, local_window: MainWindow, local_services: LocalSourcesService,
        run_async: RunAsync) -> None:
    page = local_window.show_task("chat-completion")
    assert isinstance(page, ChatPage)

    async def main() -> None:
        choose_model(page.model_field, "tiny/gpt2-chat")
        await click_choice(page.provider_picker, "local")
        type_and_send(qtbot, page, "hello there")
        await settle(page, timeout=RUN_TIMEOUT_S)

    run_async(main(), timeout=RUN_TIMEOUT_S + 30)
    assert page.provider_picker.choice() == "local"
    reply = page.chat.last()
    assert reply is not None and reply.error is None, reply
    assert reply.text.strip()
    assert [view.message.role for view in page.thread_view.views()] == ["user", "assistant"]
    shoot(page, "i14-w2-e2e-chat.png")


@pytest.mark.qt_log_ignore("Could not open media")  # the broken FLAC
def test_audio_the_engine_cannot_read_is_sent_as_wav(qapp: object) -> None:
    flac = example("sample1.flac").read_bytes()
    request = CallRequest("automatic-speech-recognition", "automatic_speech_recognition",
                          {"data": flac, "model": "tiny/wav2vec2-ctc"})
    assert needs_wav(request)
    sent = with_wav_audio(request).kwargs
    assert sent["model"] == "tiny/wav2vec2-ctc"
    with wave.open(io.BytesIO(sent["data"])) as read:  # type: ignore[arg-type]
        assert (read.getframerate(), read.getnchannels(), read.getsampwidth()) == (16000, 1, 2)
        assert read.getnframes() > 16000  # seconds of speech
    wav = tone_wav()
    as_is = dataclasses.replace(request, kwargs={"data": wav})
    assert not needs_wav(as_is)
    assert with_wav_audio(as_is).kwargs["data"] is wav
    broken = b"fLaC" + bytes(64)
    kept = with_wav_audio(dataclasses.replace(request, kwargs={"data": broken}))
    assert kept.kwargs["data"] is broken  # sent as it is: the engine's answer names its format
