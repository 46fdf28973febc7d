"""Screenshots of the application's main screens, in English and Simplified Chinese, for the
README and the AppStream metainfo:

    .venv/bin/python packaging/screenshots.py [--out docs/screenshots] [--languages en zh_CN]

Each language renders in a process of its own (the translators are installed at start), offscreen,
with the real main window at 1280x800 over the fake router and Inference API of the tests
(tests/support/, on 127.0.0.1: nothing reaches the internet), and a throwaway profile
(data, settings, keyring and Hub cache in a temporary folder: yours are not read or touched).
It writes OUT/<language>/<screen>.png, one per screen of SCREENS.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "zh_CN")
#: The screens, in the order they are taken (the welcome first: a run ends it).
PAGE_SHOTS = ("text-classification", "object-detection")
SCREENS = ("welcome", *PAGE_SHOTS, "compare", "chat", "settings")
SIZE = (1280, 800)
#: A made-up token in the profile's environment: the fake router wants one, and none of it
#: is shown (Settings opens on Appearance).
TOKEN = "hf_screenshotsNotARealToken"
#: The second model of the comparison and its answer (the first is the task's default,
#: answered by the tests' recordings).
OTHER_MODEL = "siebert/sentiment-roberta-large-english"
OTHER_LABELS = [{"label": "POSITIVE", "score": 0.9987}, {"label": "NEGATIVE", "score": 0.0013}]
CHAT_PROVIDER = "groq"
#: What the chat asks (the fake router's model echoes it).
CHAT_QUESTION = {"en": "In one line: what does a tokenizer do?",
                 "zh_CN": "用一句话说明：分词器是做什么的？"}  # noqa: RUF001

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hfi_desktop.ui.main_window import MainWindow
    from tests.support.fake_router import FakeRouter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--render", choices=LANGUAGES, help=argparse.SUPPRESS)  # the child
    args = parser.parse_args(argv)
    if args.render:
        return render(args.render, args.out / args.render)
    for language in args.languages:
        with tempfile.TemporaryDirectory(prefix="hfi-screenshots-") as profile:
            done = subprocess.run(
                [sys.executable, __file__, "--out", str(args.out), "--render", language],
                env=_environment(language, Path(profile)), cwd=ROOT, check=False)
        if done.returncode:
            print(f"screenshots: {language} failed (exit {done.returncode})", file=sys.stderr)
            return done.returncode
    return 0


def _environment(language: str, profile: Path) -> dict[str, str]:
    """The child's: offscreen, in ``language``, every place the app reads or writes inside
    ``profile``, no proxy, no token or server from the user's environment."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("HF_", "HUGGING", "XDG_")) and "proxy" not in k.lower()}
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": language, "LC_ALL": "C.UTF-8",
        "HOME": str(profile), "XDG_CONFIG_HOME": str(profile / "config"),
        "XDG_DATA_HOME": str(profile / "data"), "XDG_CACHE_HOME": str(profile / "cache"),
        "HFI_DESKTOP_DATA_DIR": str(profile / "data" / "hfi_desktop"),
        "HF_HOME": str(profile / "hf"), "HF_HUB_OFFLINE": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "NO_PROXY": "127.0.0.1,localhost", "HF_TOKEN": TOKEN,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    })
    return env


def render(language: str, out: Path) -> int:
    """In this process: the window over a fake router, each screen saved into ``out``."""
    from tests.support.fake_router import FakeRouter

    out.mkdir(parents=True, exist_ok=True)
    with FakeRouter() as router:
        for name in ("HF_ROUTER_URL", "HF_ENDPOINT"):
            os.environ[name] = router.url  # the settings' defaults
        _program(router)
        try:
            return _run_app(language, router, out)
        finally:
            if router.violations or router.errors:
                print(f"fake router: {router.violations} {router.errors}", file=sys.stderr)


def _program(router: FakeRouter) -> None:
    """The models on show, served by hf-inference through the router: the recorded answers
    of the tasks' defaults, a made-up one for the comparison's second model; the chat's
    model on a chat provider (it echoes the question)."""
    from hfi_desktop.catalog import CATALOG
    from hfi_desktop.catalog.served import SERVED_DEFAULTS
    from hfi_desktop.catalog.tasks_chat import CHAT
    from tests.support.fake_api import respond_json
    from tests.support.tapes import load_tapes

    tapes = {tape.path: tape for tape in load_tapes()}
    served = {OTHER_MODEL: ("text-classification", OTHER_LABELS)}
    for spec in CATALOG:
        if spec.id in PAGE_SHOTS:
            tape = tapes[f"/models/{spec.default_model}"]
            served[SERVED_DEFAULTS[spec.id]] = (spec.id, json.loads(tape.response_body))
    for model, (task, answer) in served.items():
        router.map_model(model, "hf-inference", model, task)
        router.program(f"/hf-inference/models/{model}", respond_json(answer))
    router.map_model(CHAT.default_model, CHAT_PROVIDER, "gpt-oss-120b", "conversational")


def _run_app(language: str, router: FakeRouter, out: Path) -> int:
    """The application as app.main() assembles it, driven through the screens."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from hfi_desktop.app import APP_NAME
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import CATALOG
    from hfi_desktop.credentials.secrets import resolve_token
    from hfi_desktop.storage import settings as keys
    from hfi_desktop.storage.history.service import HistoryService
    from hfi_desktop.storage.settings import Settings
    from hfi_desktop.ui.i18n import install_translations
    from hfi_desktop.ui.main_window import MainWindow
    from hfi_desktop.ui.settings import LiveSettings, install_settings

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    app = QApplication([sys.argv[0]])
    settings = Settings()
    settings.set(keys.LANGUAGE, language)
    settings.add_trusted_origin(router.url)  # the token may go to the fake router
    install_translations(app, settings.language())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bridge = Bridge()
    live = LiveSettings(settings, token=resolve_token())
    services = live.services(bridge)
    history = services.history = HistoryService.open(settings=services.settings)
    window = MainWindow(CATALOG, services)
    install_settings(window, live, bridge)
    window.resize(*SIZE)
    window.show()
    try:
        with loop:
            loop.run_until_complete(_take(window, language, out))
    finally:
        for page in window.pages.values():
            page.cancel()
        bridge.shutdown()
        history.close()
        live.close()
        asyncio.set_event_loop(None)
    return 0


async def _take(window: MainWindow, language: str, out: Path) -> None:
    from hfi_desktop.catalog.served import SERVED_DEFAULTS
    from hfi_desktop.catalog.tasks_chat import CHAT
    from tests.support.qt_async import wait_until
    from tests.ui.compare.helpers import settle
    from tests.ui.pages import fill_first_example, run_page

    await _save(window, out / "welcome.png")
    for task in PAGE_SHOTS:
        page = window.show_task(task)
        await fill_first_example(page)
        page.model_field.set_model(SERVED_DEFAULTS[task])
        state = await run_page(page, timeout=30)
        if state != "done":
            await _save(window, out / f"{task}-failed.png")
            raise RuntimeError(f"{task}: the run ended {state!r}")
        await _save(window, out / f"{task}.png")

    page = window.show_task("text-classification")
    view = window.compare.compare(page)
    while len(view.columns) < 2:
        view.add_column("")
    view.columns[1].set_model(OTHER_MODEL)
    view.resize(*SIZE)
    await asyncio.gather(*view.run_all())
    await settle(view, timeout=30)
    await _save(view, out / "compare.png")
    view.close()

    window.activateWindow()
    window.sidebar.select_task(CHAT.id)
    chat = window.stack.currentWidget()
    chat.composer.edit.setPlainText(CHAT_QUESTION[language])
    chat.send()
    await wait_until(lambda: not chat.is_running() and len(chat.thread_view.views()) == 2
                     and all(view.markdown is None or view.markdown.caught_up()
                             for view in chat.thread_view.views()), timeout=30)
    await _save(window, out / "chat.png")

    dialog = window.settings_hooks.open_dialog()  # type: ignore[attr-defined]
    dialog.tabs.setCurrentWidget(dialog.appearance)
    await _save(dialog, out / "settings.png")
    dialog.reject()


async def _save(widget: QWidget, path: Path) -> None:
    """``widget`` once its layout and paints settled, as an optimised PNG."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    await asyncio.sleep(0.5)  # the loop runs Qt's events meanwhile
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    image.convert("RGB").quantize(256, dither=Image.Dither.NONE).save(path, optimize=True)


if __name__ == "__main__":
    sys.exit(main())
