"""Before a run to a host that is not Hugging Face's, with a token set, the page asks."""

from __future__ import annotations

import asyncio
import re
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hfi_desktop.runs import RunState
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import NamedEndpoint
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.settings import LiveSettings
from hfi_desktop.ui.settings.token_gate import target_url
from hfi_desktop.ui.task_page import TaskPage
from tests.support.as_user import act, click
from tests.support.fake_api import Delayed, FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until

from ..pages import run_page
from .conftest import TOKEN, MakeLive

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"


def text_page(window: MainWindow) -> TaskPage:
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you. I love you.")
    return page


async def answer(live: LiveSettings, label: str, origin: str | None = None) -> str:
    """Wait for the question, check it, press the button whose text starts with ``label``."""
    await wait_until(lambda: live.gate.box is not None and live.gate.box.isVisible())
    box = live.gate.box
    assert box is not None
    origin = origin or live.settings.get(keys.BASE_URL)
    assert box.text() == f"Send your access token to <b>{origin}</b>?"
    assert box.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    texts = [b.text() for b in box.buttons()]
    assert texts and any(t.startswith("Yes for this server") for t in texts)
    assert any(t.startswith("No (send without token)") for t in texts)
    button = next(b for b in box.buttons() if b.text().replace("&", "").startswith(label))
    button.click()
    return box.text()


async def run_answering(page: TaskPage, live: LiveSettings, label: str,
                        origin: str | None = None) -> str:
    run = asyncio.ensure_future(run_page(page))
    await answer(live, label, origin)
    return await run


def test_cancel_sends_nothing(app_window: MainWindow, live: LiveSettings,
                              fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    page = text_page(app_window)
    assert run_async(run_answering(page, live, "Cancel")) == "cancelled"
    assert fake_api.requests == []  # not the call, not a Hub look-up: nothing
    assert page.result_panel.error_box.title.text() == "Not sent"
    assert live.settings.trusted_origins() == []
    # Asked again next time: a Cancel decides nothing.
    assert run_async(run_answering(page, live, "Cancel")) == "cancelled"
    assert fake_api.requests == []


def test_no_sends_without_the_token_and_asks_no_more(app_window: MainWindow, live: LiveSettings,
                                                     fake_api: FakeInferenceAPI,
                                                     run_async: RunAsync) -> None:
    page = text_page(app_window)
    assert run_async(run_answering(page, live, "No")) == "done"
    sent = fake_api.requests_to(SST2_PATH)
    assert [r.header("authorization") for r in sent] == [None]
    assert run_async(run_page(page)) == "done"  # no question this time
    assert [r.header("authorization") for r in fake_api.requests_to(SST2_PATH)] == [None, None]
    assert live.settings.trusted_origins() == []  # "No" holds for this session only


def test_yes_sends_the_token_and_is_remembered(app_window: MainWindow, live: LiveSettings,
                                               make_live: MakeLive, fake_api: FakeInferenceAPI,
                                               run_async: RunAsync) -> None:
    page = text_page(app_window)
    assert run_async(run_answering(page, live, "Yes")) == "done"
    assert run_async(run_page(page)) == "done"
    headers = [r.header("authorization") for r in fake_api.requests_to(SST2_PATH)]
    assert headers == [f"Bearer {TOKEN}"] * 2
    assert live.settings.trusted_origins() == [fake_api.url]  # scheme, host and port
    assert make_live().trust.allows(f"{fake_api.url}/x")  # the next session too


def test_yes_for_one_port_is_not_yes_for_another_port(
        app_window: MainWindow, live: LiveSettings, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    """Fault 13: "Yes" for 127.0.0.1:PORT was kept as the host 127.0.0.1, and another
    server on another port of the same machine got the token without a question."""
    page = text_page(app_window)
    assert run_async(run_answering(page, live, "Yes")) == "done"
    with FakeInferenceAPI() as other:
        assert other.url != fake_api.url
        live.settings.set(keys.BASE_URL, other.url)
        page = text_page(app_window)
        assert run_async(run_answering(page, live, "No", other.url)) == "done"
        assert [r.header("authorization") for r in other.requests_to(SST2_PATH)] == [None]
    assert live.settings.trusted_origins() == [fake_api.url]


def test_a_trusted_endpoint_is_not_asked_about(app_window: MainWindow, live: LiveSettings,
                                               fake_api: FakeInferenceAPI,
                                               run_async: RunAsync) -> None:
    live.settings.set_endpoints([NamedEndpoint("local", fake_api.url, trusted=True)])
    page = text_page(app_window)
    assert run_async(run_page(page)) == "done"
    assert live.gate.box is None
    assert fake_api.requests_to(SST2_PATH)[0].header("authorization") == f"Bearer {TOKEN}"


def test_without_a_token_nothing_is_asked(qtbot: object, make_live: MakeLive,
                                          fake_api: FakeInferenceAPI, bridge: object,
                                          run_async: RunAsync) -> None:
    from hfi_desktop.catalog import CATALOG
    from hfi_desktop.ui.settings import install_settings

    live = make_live(token="")
    window = MainWindow(CATALOG, live.services(bridge))  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    install_settings(window, live, bridge)  # type: ignore[arg-type]
    page = text_page(window)
    assert run_async(run_page(page)) == "done"
    assert live.gate.box is None
    assert fake_api.requests_to(SST2_PATH)[0].header("authorization") is None


def test_a_model_url_on_another_host_is_asked_about(app_window: MainWindow, live: LiveSettings,
                                                    fake_api: FakeInferenceAPI,
                                                    run_async: RunAsync) -> None:
    """The model field holds a URL: its host is the one asked about (here the fake server
    under the name "localhost", while the base URL's host 127.0.0.1 is trusted)."""
    live.trust.allow(live.settings.get(keys.BASE_URL))
    other = fake_api.url.replace("127.0.0.1", "localhost")
    page = text_page(app_window)
    page.model_field.set_model(f"{other}{SST2_PATH}")

    async def scenario() -> str:
        run = asyncio.ensure_future(run_page(page))
        await wait_until(lambda: live.gate.box is not None and live.gate.box.isVisible())
        assert live.gate.box is not None
        assert "localhost" in live.gate.box.text()
        next(b for b in live.gate.box.buttons() if b.text() == "Cancel").click()
        return await run

    assert run_async(scenario()) == "cancelled"
    assert fake_api.requests == []


def test_concurrent_runs_share_one_question(app_window: MainWindow, live: LiveSettings,
                                            fake_api: FakeInferenceAPI,
                                            run_async: RunAsync) -> None:
    first = text_page(app_window)
    second = app_window.show_task("fill-mask")
    second.inputs["inputs"].set_value("The answer is [MASK].")

    async def scenario() -> list[str]:
        runs = [asyncio.ensure_future(run_page(p)) for p in (first, second)]
        await wait_until(lambda: live.gate.box is not None and live.gate.box.isVisible())
        boxes = [w for w in app_window.findChildren(QMessageBox) if w.isVisible()]
        assert len(boxes) == 1
        await answer(live, "No")
        return list(await asyncio.gather(*runs))

    assert run_async(scenario()) == ["done", "done"]
    assert all(r.header("authorization") is None for r in fake_api.requests)


def test_target_url(live: LiveSettings) -> None:
    client = live.client()
    assert target_url(client, "gpt2") == f"{client.base_url}/models/gpt2"
    assert target_url(client, " https://x.example.com/y ") == "https://x.example.com/y"


def test_the_clock_starts_when_the_request_does(app_window: MainWindow, live: LiveSettings,
                                                fake_api: FakeInferenceAPI,
                                                run_async: RunAsync) -> None:
    """While the question waits nothing is sent: the status says so, with no clock."""
    fake_api.program(SST2_PATH, Delayed(1.0))  # the recorded answer, a second later
    page = text_page(app_window)
    status = page.status.label

    def clock() -> float | None:
        found = re.fullmatch(r"Running… (\d+\.\d) s", status.text())
        return float(found.group(1)) if found else None

    async def scenario() -> float:
        await act(click, page.run_button)
        await wait_until(lambda: live.gate.box is not None and live.gate.box.isVisible())
        assert status.text() == "Waiting for your answer…"
        await asyncio.sleep(1.0)  # time passes; no clock counts it
        assert status.text() == "Waiting for your answer…"
        assert fake_api.requests == []
        box = live.gate.box
        assert box is not None
        yes = next(b for b in box.buttons() if b.text().replace("&", "").startswith("Yes"))
        answered = time.monotonic()
        await act(click, yes)
        await wait_until(lambda: fake_api.requests_to(SST2_PATH))
        await wait_until(lambda: (clock() or 0) > 0)  # counting the request's time
        shown = clock()
        assert shown is not None and shown <= time.monotonic() - answered + 0.05
        await wait_until(lambda: page.last_run is not None and page.last_run.finished,
                         timeout=10)
        return answered

    answered = run_async(scenario(), timeout=20)
    run = page.last_run
    assert run is not None and run.state is RunState.DONE
    assert run.elapsed_s is not None and run.elapsed_s <= time.monotonic() - answered
    assert status.text().startswith("Done · HTTP 200")
