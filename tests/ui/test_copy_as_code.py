"""Copy as code on a task page: a menu of three flavours in the result actions (four for
chat: the openai client); the snippet of the request on screen is copied and shown in a
non-modal window; a form error shows inline; the curl snippet, run against the local server,
gets what the app's run got; through the router, the snippets name the provider."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from hfi_desktop.catalog import CATALOG, task
from hfi_desktop.catalog.served import served_default
from hfi_desktop.codegen import Flavour
from hfi_desktop.inference import HfInference
from hfi_desktop.ui.code_snippets import CopyAsCode, SnippetDialog
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router
from tests.support.paths import example
from tests.support.qt_async import RunAsync, wait_until

from .conftest import MakeWindow
from .pages import chat_spec, fill_first_example, run_page

SECRET = "hf_SECRETvalueNeverShown42"


def _copy(page: TaskPage, flavour: Flavour, run_async: RunAsync) -> SnippetDialog:
    """Choose ``flavour`` in the menu (the loop runs, as in the app) and wait for the copy."""
    copier: CopyAsCode = page.copy_as_code

    async def main() -> None:
        copier.actions[flavour].trigger()
        task = copier._task
        assert task is not None
        await wait_until(task.done)

    run_async(main())
    assert copier.dialog is not None, page.status.label.text()
    return copier.dialog


def test_the_button_and_its_menu(window: MainWindow) -> None:
    page = window.show_task("text-classification")
    button = page.copy_as_code.button
    layout = page.result_actions
    items = [layout.itemAt(i) for i in range(layout.count())]
    assert button in [item.widget() for item in items if item is not None]
    assert button.text() == "Copy as code \u25be"
    assert [a.text() for a in page.copy_as_code.menu.actions()] == ["Python", "JavaScript",
                                                                    "curl"]


@pytest.fixture
def secret_client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    with HfInference(SECRET, base_url=fake_api.url, hub_url=fake_api.url) as made:
        yield made


def test_copies_and_shows_each_flavour_without_the_token(
    window: MainWindow, services: Services, secret_client: HfInference, run_async: RunAsync,
    fake_api: FakeInferenceAPI
) -> None:
    services.client = lambda: secret_client
    page = window.show_task("image-classification")
    run_async(fill_first_example(page))
    cheetah = str(example("cheetah.png"))
    for flavour, expected in ((Flavour.PYTHON, f'client.image_classification("{cheetah}")'),
                              (Flavour.JAVASCRIPT, "client.imageClassification({ inputs: image })"),
                              (Flavour.CURL, f"--data-binary @{cheetah}")):
        dialog = _copy(page, flavour, run_async)
        text = QGuiApplication.clipboard().text()
        assert expected in text, text
        assert SECRET not in text
        assert dialog.text() == text and dialog.flavour is flavour
        assert dialog.isVisible() and not dialog.isModal()
        assert dialog.copied.text() == f"\u2713 {flavour.label} copied to the clipboard"
    dialog.show_flavour(Flavour.PYTHON)  # the other flavours without a new capture
    assert "from huggingface_hub import InferenceClient" in dialog.text()
    assert all(SECRET not in text for text in dialog._snippets.values())
    assert not [r for r in fake_api.requests if r.path.startswith("/models/")]  # nothing ran
    assert page.status.label.text() == "Copied the request as curl"
    dialog.close()


def test_a_form_error_shows_inline(window: MainWindow, run_async: RunAsync) -> None:
    page = window.show_task("text-classification")  # nothing typed: the text is required

    async def main() -> None:
        assert page.copy_as_code.copy(Flavour.PYTHON) is None

    run_async(main())
    assert page.inputs["inputs"].message() == "Text: required"
    assert page.copy_as_code.dialog is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
    assert page.status.label.text() == "Not copied: Text: required"


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("task_id", ["question-answering", "image-classification",
                                     "text-generation-stream"])
def test_curl_gets_what_the_app_got(window: MainWindow, fake_api: FakeInferenceAPI,
                                    run_async: RunAsync, tmp_path: Path, task_id: str) -> None:
    page = window.show_task(task_id)

    async def main() -> str:
        await fill_first_example(page)
        return await run_page(page)

    assert run_async(main()) == "done"
    assert page.last_run is not None
    app_result = page.last_run.result
    (app_request,) = [r for r in fake_api.requests if r.path.startswith("/models/")]
    fake_api.clear_requests()
    snippet = _copy(page, Flavour.CURL, run_async).text()
    done = subprocess.run(["bash", "-c", "set -euo pipefail\n" + snippet], capture_output=True,
                          text=True, cwd=tmp_path, timeout=30, check=False,
                          env={**os.environ, "HF_TOKEN": "hf_shell"})
    assert done.returncode == 0, done.stderr
    (curl_request,) = fake_api.requests
    assert (curl_request.raw_path, curl_request.body) == (app_request.raw_path, app_request.body)
    if page.spec.streaming:
        events = [json.loads(line[5:]) for line in done.stdout.splitlines()
                  if line.startswith("data:")]
        assert events == app_result
    else:
        assert json.loads(done.stdout) == app_result


# -- through Inference Providers -------------------------------------------------------------

@pytest.fixture
def provider_client(fake_router: FakeRouter) -> Iterator[HfInference]:
    """A client whose calls go to together through the (local) router, billed to acme."""
    with HfInference(SECRET, router_url=fake_router.url, hub_url=fake_router.url,
                     provider="together", bill_to="acme") as made:
        yield made


def test_copy_names_the_provider(window: MainWindow, services: Services,
                                 provider_client: HfInference, fake_router: FakeRouter,
                                 run_async: RunAsync) -> None:
    model = served_default(task("text-to-image"))  # the page's model when the field is empty
    fake_router.map_model(model, "together", "stabilityai/sd2", "text-to-image")
    services.client = lambda: provider_client
    page = window.show_task("text-to-image")
    run_async(fill_first_example(page))
    page.provider_picker.set_choice("together", remember=False)  # what a user picks
    assert [a.text() for a in page.copy_as_code.menu.actions()] == ["Python", "JavaScript",
                                                                    "curl"]
    dialog = _copy(page, Flavour.PYTHON, run_async)
    text = QGuiApplication.clipboard().text()
    assert 'provider="together",' in text and 'bill_to="acme",' in text
    assert f'model="{model}"' in text and SECRET not in text
    assert not dialog.findChild(QPushButton, "snippet:openai").isVisible()  # chat only
    dialog = _copy(page, Flavour.CURL, run_async)
    assert QGuiApplication.clipboard().text().startswith(
        f"curl {fake_router.url}/together/v1/images/generations \\\n")
    assert [r.path for r in fake_router.requests if not r.path.startswith("/api/")] == []
    dialog.close()


def test_chat_copies_as_the_openai_client_too(make_window: MakeWindow, services: Services,
                                              provider_client: HfInference,
                                              fake_router: FakeRouter,
                                              run_async: RunAsync) -> None:
    fake_router.map_model("openai/gpt-oss-120b", "together", "openai/gpt-oss-120b",
                          "conversational")
    services.client = lambda: provider_client
    page = make_window([*CATALOG, chat_spec()]).show_task("chat")
    run_async(fill_first_example(page))
    page.provider_picker.set_choice("together", remember=False)  # what a user picks
    assert [a.text() for a in page.copy_as_code.menu.actions()] == [
        "Python", "JavaScript", "curl", "Python (openai)"]
    dialog = _copy(page, Flavour.OPENAI, run_async)
    text = QGuiApplication.clipboard().text()
    assert "from openai import OpenAI" in text
    assert f'base_url="{fake_router.url}/v1",' in text
    assert 'model="openai/gpt-oss-120b:together",' in text
    assert 'default_headers={"X-HF-Bill-To": "acme"},' in text and SECRET not in text
    assert dialog.note.text() == ("Needs openai (pip install openai). The token is read from "
                                  "the HF_TOKEN environment variable.")
    assert dialog.findChild(QPushButton, "snippet:openai").isVisible()
    dialog.show_flavour(Flavour.PYTHON)
    assert "client.chat.completions.create(" in dialog.text()
    dialog.close()
