"""Simplified Chinese: every string translated (lupdate's view of the code), the committed
.qm compiled from the committed .ts, and the translated texts fit their widgets."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtGui import Qt  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CATALOG, FormError, task
from hfi_desktop.catalog.validation import check_input
from hfi_desktop.inference import AuthenticationError, InferenceOutputError
from hfi_desktop.local.download import OFFLINE_MESSAGE, Progress, progress_text
from hfi_desktop.local.engine_start import missing_message
from hfi_desktop.local.profiles import ServerProfile
from hfi_desktop.local.sources import SourceKind
from hfi_desktop.media import load_file
from hfi_desktop.present import PresentError
from hfi_desktop.present.embeddings import stats
from hfi_desktop.present.error_messages import error_text, error_view
from hfi_desktop.sizes import human_size
from hfi_desktop.storage.settings import Language, NamedEndpoint, SettingsValues
from hfi_desktop.ui.i18n import (
    catalog_text,
    form_error_text,
    install_translations,
    kept_error_title,
    said,
    shown,
)
from hfi_desktop.ui.i18n_build import compile_qm, qm_path, ts_path, update_ts
from hfi_desktop.ui.inputs.image_drop import ImageDropZone
from hfi_desktop.ui.main_window import DEFAULT_SIZE, MainWindow
from hfi_desktop.ui.task_page import TaskPage
from hfi_desktop.ui.viewers.audio_player import AudioPlayer
from hfi_desktop.ui.viewers.legend import Legend
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.paths import example
from tests.support.qt_async import RunAsync, wait_until

from .conftest import MakeWindow
from .inputs.conftest import drag_and_drop, file_mime
from .pages import run_page

LOCALE = "zh_CN"
#: "{name}" and "%n", "%1" …: what a translation must keep of its source.
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:![rsa])?(?::[^}]*)?\}|%n|%\d")


def _untranslated(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""]
            where = f"{name}: {source!r}"
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is {translation.get('type')}")
            elif not all(form.strip() for form in forms):
                problems.append(f"{where} has no translation")
            else:
                wanted = sorted(PLACEHOLDER.findall(source))
                problems.extend(f"{where}: {form!r} does not keep {wanted}" for form in forms
                                if sorted(PLACEHOLDER.findall(form)) != wanted)
    return problems


def test_every_string_of_the_code_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / ts_path(LOCALE).name
    shutil.copy(ts_path(LOCALE), ts)
    report = update_ts(ts)  # the strings of the code as it is now, with the translations
    problems = _untranslated(ts)
    assert not problems, (f"{len(problems)} string(s) to translate in {ts_path(LOCALE)} "
                          "(python -m hfi_desktop.ui.i18n_build, then translate them):\n"
                          + "\n".join(problems) + "\n" + report)


#: The code whose strings have all been put through translate(): a text literal given to a
#: widget there fails (lupdate cannot see it). Add folders as they are swept.
SWEPT = ("hfi_desktop/app.py", "hfi_desktop/ui/*.py", "hfi_desktop/ui/settings/*.py",
         "hfi_desktop/ui/help/*.py", "hfi_desktop/ui/welcome/*.py",
         *(f"hfi_desktop/ui/{folder}/*.py" for folder in (
             "chat", "compare", "history", "export", "inputs", "viewers", "providers", "local",
             "model_search")))
#: Calls that show their text arguments to the user.
SHOWN_BY = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "NoticeBar", "setText", "setToolTip", "setPlaceholderText",
    "setWindowTitle", "setStatusTip", "setWhatsThis", "setAccessibleName",
    "setAccessibleDescription", "setTitle", "addRow", "addTab", "addItem", "addAction",
    "addButton", "showMessage", "show_message", "setInformativeText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "add_clear_button", "add_action", "add_text", "add_button",
    "note", "group", "finish", "hold", "set_text", "show_status"})
#: A word to translate: letters with a lower-case one (JSON, URL and the like stay as they are).
WORDS = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
TAG = re.compile(r"<[^>]*>|&\w+;")  # markup and entities (&nbsp;)


def _untranslated_literals(path: Path) -> list[str]:
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call):
            continue
        name = getattr(call.func, "attr", getattr(call.func, "id", ""))
        if name not in SHOWN_BY:
            continue
        for argument in [*call.args, *(k.value for k in call.keywords)]:
            for item in getattr(argument, "elts", [argument]):
                if isinstance(item, ast.Constant) and isinstance(item.value, str):
                    text = item.value
                elif isinstance(item, ast.JoinedStr):
                    text = "".join(part.value for part in item.values
                                   if isinstance(part, ast.Constant))
                else:
                    continue
                if WORDS.search(TAG.sub("", text)):
                    found.append(f"{path}:{item.lineno}: {text!r}")
    return found


def test_the_swept_code_shows_no_untranslated_literal() -> None:
    root = Path(__file__).resolve().parents[2]
    found = [problem for pattern in SWEPT for path in sorted(root.glob(pattern))
             for problem in _untranslated_literals(path)]
    assert not found, "texts shown without translate():\n" + "\n".join(found)


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    compile_qm(ts_path(LOCALE), fresh)
    assert fresh.read_bytes() == qm_path(LOCALE).read_bytes(), (
        f"{qm_path(LOCALE)} is stale: run python -m hfi_desktop.ui.i18n_build")


def test_the_system_locale_chooses_the_language_unless_a_setting_does(
        qapp: QApplication) -> None:
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    for language, system, translated in (
            (Language.SYSTEM, chinese, True), (Language.SYSTEM, english, False),
            (Language.ENGLISH, chinese, False), (Language.SIMPLIFIED_CHINESE, english, True),
            (Language.SYSTEM, QLocale(QLocale.Language.French, QLocale.Country.France), False)):
        installed = install_translations(qapp, language, system)
        try:
            assert bool(installed) is translated, (language, system.name())
            text = QCoreApplication.translate("Menus", "&File")
            assert (text != "&File") is translated
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def _text_of(widget: QAbstractButton | QLabel) -> str:
    return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shows_its_text_on_one_line(widget: QAbstractButton | QLabel) -> bool:
    if isinstance(widget, QLabel):
        return not widget.wordWrap() and not Qt.mightBeRichText(widget.text())
    if isinstance(widget, QToolButton):
        return widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    return True


def _cut_texts(top: QWidget) -> set[str]:
    """The buttons, check boxes and one-line labels shown in ``top`` narrower than their
    text needs."""
    cut = set()
    widgets: list[QAbstractButton | QLabel] = [*top.findChildren(QAbstractButton),
                                               *top.findChildren(QLabel)]
    for widget in widgets:
        if (not widget.isVisibleTo(top) or not _text_of(widget)
                or not _shows_its_text_on_one_line(widget)):
            continue
        needed = widget.sizeHint().width()
        if widget.width() < needed:
            cut.add(f"{type(widget).__name__} {_text_of(widget)!r}: {widget.width()} px "
                    f"wide, its text needs {needed} px")
    return cut


def _settle() -> None:
    for _ in range(3):  # the layouts' posted requests, and those they post in turn
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def test_in_chinese_no_text_is_cut_at_the_default_size(
        in_chinese: list[QTranslator], make_window: MakeWindow) -> None:
    window: MainWindow = make_window()
    window.resize(*DEFAULT_SIZE)
    assert window.menuBar().actions()[0].text() != "&File", "the window is in Chinese"
    found: dict[str, set[str]] = {}
    for spec in CATALOG:
        window.show_task(spec.id)
        _settle()
        cut = _cut_texts(window)
        if cut:
            found[spec.id] = cut
    assert not found, f"texts cut in zh_CN at {DEFAULT_SIZE}: {found}"


def test_a_form_error_is_shown_in_chinese_and_kept_in_english(
        in_chinese: list[QTranslator]) -> None:
    field = next(s for s in CATALOG if s.id == "text-classification").inputs[0]
    with pytest.raises(FormError) as raised:
        check_input(field, " ")
    assert raised.value.message == "Text: required"  # what logs and tests read
    assert form_error_text(raised.value) == "文本: 必填"


def test_an_error_is_shown_in_chinese_and_kept_in_english(
        in_chinese: list[QTranslator]) -> None:
    error = AuthenticationError(401, "Invalid credentials", "https://router.huggingface.co/x",
                                request_id="req-401")
    title, message = error_text(error)
    assert title == "Access denied"  # what logs, history and saved files read
    assert message.splitlines()[1].startswith("The access token is missing or invalid")
    assert shown(title) == "访问被拒绝"
    server, action, request = shown(message).splitlines()
    assert server == "HTTP 401: Invalid credentials"  # the server's words, as it said them
    assert action.startswith("访问令牌缺失或无效") and "设置 ▸ 账户" in action
    assert "Make calls to Inference Providers" in action  # the permission's name on the Hub
    assert request.startswith("请求 ID") and "req-401" in request


def test_the_task_an_error_names_is_shown_by_its_chinese_name(
        in_chinese: list[QTranslator]) -> None:
    error = InferenceOutputError("the server's answer has an unexpected shape")
    error.answer = [{"generated_text": "x"}]
    view = error_view(error, task("summarization"))
    assert view.title == "This model answers like a Text generation model"
    assert shown(view.title).startswith("此模型的应答像")
    assert catalog_text("Text generation") in shown(view.title)
    assert catalog_text("Summarization") in shown(view.message)


def test_a_page_shows_a_failed_run_in_chinese_and_keeps_it_in_english(
        in_chinese: list[QTranslator], make_window: MakeWindow, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    fake_api.program("/models/distilbert-base-uncased-finetuned-sst-2-english",
                     respond_json({"error": "Model is overloaded"}, 503), times=1)
    page = make_window().show_task("text-classification")
    page.inputs["inputs"].set_value("I like you.")
    assert run_async(run_page(page)) == "error"
    box = page.result_panel.error_box
    assert box.title.text() == "服务器出错"
    server, action = box.message.text().splitlines()
    assert server == "HTTP 503: Model is overloaded"
    assert action.startswith("本机上的服务器无法运行此模型")  # the fake server is on this computer
    run = page.last_run
    assert run is not None and run.error_text == (
        "The server failed", "HTTP 503: Model is overloaded\nThe server on this computer could "
        "not run this model (its message says why): choose another model, or restart the "
        "server, then run again.")


def test_the_local_engine_and_download_messages_are_shown_in_chinese(
        in_chinese: list[QTranslator]) -> None:
    message = missing_message(["torch", "uvicorn"])
    assert message.startswith("The local engine needs torch and uvicorn, which")
    assert shown(message).startswith("本地引擎需要 torch 和 uvicorn")
    assert str(OFFLINE_MESSAGE).startswith("Downloads are off while offline")
    assert shown(OFFLINE_MESSAGE).startswith("离线时无法下载")


def test_a_settings_problem_is_shown_in_chinese_and_kept_in_english(
        in_chinese: list[QTranslator]) -> None:
    values = SettingsValues(endpoints=(NamedEndpoint("mine", "ftp://x"),),
                            local_servers=(ServerProfile("Bad Name", SourceKind.OPENAI,
                                                         "http://127.0.0.1:8080"),))
    problems = values.problems()
    assert problems["endpoints.0"] == "mine: expected a URL starting with https:// (or http://)"
    assert shown(problems["endpoints.0"]).startswith("mine: 应为以 https://")
    assert shown(problems["local_servers.0"]).startswith("名称 'Bad Name' 不符合要求")
    assert "小写字母" in shown(problems["local_servers.0"])  # the rule, translated too


def test_an_error_title_kept_in_the_history_is_shown_in_chinese(
        in_chinese: list[QTranslator]) -> None:
    assert kept_error_title("Access denied") == "访问被拒绝"  # as a record keeps it
    assert kept_error_title("A title of another version") == "A title of another version"
    view = error_view(AuthenticationError(401, "no", "https://x/m"), task("text-classification"))
    assert kept_error_title(view.title) == "访问被拒绝"


async def click_run(qtbot: QtBot, page: TaskPage) -> str:
    """Click Run; the state the run finished in."""
    states: list[str] = []
    page.run_finished.connect(states.append)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: states, timeout=10)
    return states[0]


def test_sizes_and_times_are_shown_in_chinese_and_kept_in_english(
        in_chinese: list[QTranslator], make_window: MakeWindow, qtbot: QtBot,
        run_async: RunAsync) -> None:
    page = make_window().show_task("text-classification")
    page.inputs["inputs"].set_value("I like you.")
    assert run_async(click_run(qtbot, page), timeout=20) == "done"
    status = page.status.label.text()
    assert re.search(r" · \d+\.\d\d 秒 · \d+ 字节$", status), status  # time; size under 1 KB
    assert "bytes" not in status
    details = page.result_panel.details.values()
    assert re.fullmatch(r"\d+\.\d\d 秒", details["Time"]), details
    assert str(human_size(1536)) == "1.5 KB" and shown(human_size(1)) == "1 字节"
    progress = progress_text(Progress(done=3 * 1024**2, total=40 * 1024**2,
                                      speed=2 * 1024**2, file="model.safetensors"))
    assert progress == "3 MB of 40 MB · 2 MB/s · about 18 s left"  # as logs read it
    assert shown(progress) == "3 MB / 40 MB · 2 MB/秒 · 剩余约 18 秒"


def test_a_result_that_cannot_be_shown_is_said_in_chinese_and_kept_in_english(
        in_chinese: list[QTranslator], make_window: MakeWindow, fake_api: FakeInferenceAPI,
        qtbot: QtBot, run_async: RunAsync) -> None:
    spec = task("sentence-similarity")
    fake_api.program(f"/models/{spec.default_model}", respond_json([0.5]), times=1)
    page = make_window().show_task(spec.id)
    [chip] = [button for button in page.findChildren(QPushButton, "exampleChip")
              if button.text() == catalog_text(spec.examples[0].title)]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # three sentences; one score comes back
    assert run_async(click_run(qtbot, page), timeout=20) == "error"
    box = page.result_panel.error_box
    assert box.title.text() == kept_error_title("Cannot show this result")
    assert box.message.text() == "意外的结果：1 个相似度得分对应 3 个句子"  # noqa: RUF001
    run = page.last_run
    assert run is not None and run.error_text == (
        "Cannot show this result", "unexpected result: 1 similarity score for 3 sentences")


def test_a_refused_image_is_said_in_chinese(
        in_chinese: list[QTranslator], make_window: MakeWindow, tmp_path: Path,
        run_async: RunAsync) -> None:
    page = make_window().show_task("image-classification")
    [zone] = page.inputs.values()
    assert isinstance(zone, ImageDropZone)
    notes = tmp_path / "notes.png"
    notes.write_text("Meeting notes\n", encoding="utf-8")

    async def drop_notes() -> None:
        drag_and_drop(zone, file_mime(notes))
        await wait_until(lambda: not zone.is_busy() and zone.message(), timeout=10)

    run_async(drop_notes(), timeout=20)
    assert zone.message() == ("notes.png 不是图像：它看起来是文本文件（开头是“Meeting notes”）。"  # noqa: RUF001
                              "请使用 PNG、JPEG、WebP、GIF、BMP 或 TIFF 文件。")


def test_a_file_kind_is_shown_in_chinese_and_kept_in_english(
        in_chinese: list[QTranslator]) -> None:
    loaded = load_file(example("cats.png").read_bytes(), name="cats.png", max_bytes=2**30)
    assert str(loaded.description).startswith("A PNG image · image/png · ")
    assert shown(loaded.description).startswith("PNG 图像 · image/png · ")


def test_the_shape_a_result_should_have_is_said_in_chinese(
        in_chinese: list[QTranslator]) -> None:
    with pytest.raises(PresentError) as raised:
        stats([[0.5], []])
    assert str(raised.value) == ("unexpected result: expected a list of numbers, nested up to 4 "
                                 "levels (found an empty list), got list [[0.5], []]")
    assert shown(said(raised.value)) == (
        "意外的结果：应为 数字列表（最多嵌套 4 层）（发现了空列表），实际为 list [[0.5], []]")  # noqa: RUF001


#: The English words a page may show in zh_CN: names (of the Hub, formats, keys, protocols,
#: languages, tools, model families), terms kept as they are (top-p), code (the request's
#: JSON keys, the Hub's task ids).
LEGITIMATELY_ENGLISH = frozenset({
    "API", "BERT", "Backspace", "CSV", "Ctrl", "Enter", "Esc", "GitHub", "Go", "Hello", "Hub",
    "ID", "JSON", "JavaScript", "Markdown", "MASK", "mask", "Python", "RoBERTa", "Rust",
    "Shift", "TGI", "Top", "URL", "curl", "openai", "inputs", "parameters",
    *(spec.id for spec in CATALOG)})
#: Texts shown as they are: examples' own words, sent to English models.
ENGLISH_CONTENT = frozenset({"Paris is the [MASK] of France.", "Hello world",
                             '"I like you. I love you."'})
#: A run of ASCII: a word when it is letters only (ids, URLs, code and numbers hold others).
_RUN = re.compile(r"[\w'./:@#=<>\[\]-]+", re.ASCII)
_WORD = re.compile(r"[A-Za-z]{2,}(?:'[a-z]+)?[.,;:!?)]*")


def _shown_texts(top: QWidget) -> dict[str, str]:
    """What ``top``'s visible widgets show and tell (texts, placeholders, tooltips,
    accessible names), by the widget's class and name; not the examples' tooltips (their
    words)."""
    texts: dict[str, str] = {}
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        said = [widget.accessibleName(), widget.accessibleDescription()]
        if widget.objectName() not in ("exampleChip", "chatExample"):
            said.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            said.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            said.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            said.extend(widget.itemText(i) for i in range(widget.count()))
        for text in said:
            if text and text not in ENGLISH_CONTENT:
                texts[f"{where}: {text[:60]!r}"] = text
    return texts


def _english_words(text: str) -> set[str]:
    plain = re.sub(r"<[^>]+>", " ", text)  # rich text's tags
    return {run.rstrip(".,;:!?)") for run in _RUN.findall(plain)
            if _WORD.fullmatch(run)} - LEGITIMATELY_ENGLISH


def test_in_chinese_a_page_shows_no_english_word(
        in_chinese: list[QTranslator], make_window: MakeWindow) -> None:
    window: MainWindow = make_window()
    found: dict[str, set[str]] = {}
    for spec in CATALOG:
        window.show_task(spec.id)
        _settle()
        for where, text in _shown_texts(window).items():
            words = _english_words(text)
            if words:
                found.setdefault(" ".join(sorted(words)), set()).add(f"{spec.id}: {where}")
    assert not found, "English words shown in zh_CN:\n" + "\n".join(
        f"{words}  <- {sorted(places)[:3]}" for words, places in sorted(found.items()))


@pytest.mark.parametrize(("task_id", "widget", "chinese"), [
    ("token-classification", Legend, "（人物）"),  # noqa: RUF001
    ("text-to-speech", AudioPlayer, "生成的音频"),
])
def test_what_the_app_says_of_a_result_is_in_chinese(
        task_id: str, widget: type[QWidget], chinese: str, in_chinese: list[QTranslator],
        make_window: MakeWindow, qtbot: QtBot, run_async: RunAsync) -> None:
    page = make_window().show_task(task_id)
    qtbot.mouseClick(page.findChildren(QPushButton, "exampleChip")[0], Qt.MouseButton.LeftButton)
    assert run_async(click_run(qtbot, page), timeout=20) == "done"
    [shown_in] = [w for w in page.result_panel.findChildren(widget) if w.isVisibleTo(page)]
    texts = " ".join(label.text() for label in (shown_in, *shown_in.findChildren(QLabel))
                     if isinstance(label, QLabel))
    assert chinese in texts, texts
