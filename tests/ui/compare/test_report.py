"""The comparison's "Save report…": the file dialog's filter chooses HTML (one file, checked
in headless Chromium) or Markdown (pictures beside it); the differences are marked as in the
window; a server's reply that looks like HTML stays text; a report that cannot be written
says why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from hfi_desktop.storage.reports import HTML
from hfi_desktop.ui.compare import ComparisonView
from hfi_desktop.ui.compare.report import save_report_to
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from tests.report.browser import dump_dom, screenshot
from tests.support.fake_api import FakeInferenceAPI, respond_error
from tests.support.qt_async import RunAsync
from tests.ui.report_dialog import collect_on_the_gui_thread as collect_on_the_gui_thread
from tests.ui.report_dialog import report_saved

from .helpers import open_comparison, program, run_all

SCRIPT = "<script>document.title='PWNED'</script>"


pytestmark = pytest.mark.usefixtures("collect_on_the_gui_thread")


def box(label: str, x: int, score: float = 0.9) -> dict[str, object]:
    return {"label": label, "score": score,
            "box": {"xmin": x, "ymin": 10, "xmax": x + 100, "ymax": 110}}


async def saved_through_dialog(view: ComparisonView, target: Path, filter_index: int) -> None:
    """Save the report as ``target`` through the dialog (the name typed without its
    suffix), until the window says it is saved."""
    view.report_button.click()
    await report_saved(view, view.message, target, filter_index)


def test_an_html_report_of_a_detection_comparison_opens_in_a_browser(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    program(fake_api, {"o/a": [box("cat", 10), box("cat", 300)],
                       "o/b": [box("cat", 12, 0.8), box(SCRIPT, 200, 0.4)],
                       "o/down": respond_error(500, "boom <img src=x onerror=alert(1)>")})
    view = run_async(open_comparison(window, "object-detection", ["o/a", "o/b", "o/down"]))
    run_async(run_all(view))
    target = tmp_path / "cats.html"
    run_async(saved_through_dialog(view, target, 0), timeout=90)
    html = target.read_text(encoding="utf-8")
    assert "<script" not in html and "<img src=x" not in html
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html), "nothing is fetched"

    dom = dump_dom(target, tmp_path)
    assert "PWNED" not in dom.split("<body", 1)[0], "the script did not run"
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom, "shown as text"
    assert "&lt;img src=x onerror=alert(1)&gt;" in dom
    pictures = re.findall(r"<img [^>]*src=\"data:image/(png|jpeg);base64,", dom)
    # the input, the latency, score and by-label plots; each answer's boxes over the input
    assert pictures.count("png") == 1 + 3 and pictures.count("jpeg") == 2, pictures
    assert dom.count("<table") >= 2
    results = dom.split("<table class=\"results\">", 1)[1].split("</table>", 1)[0]
    assert results.count("<td") == 3 and "reference" in results
    assert "only this model" in results and "not found by this model" in results
    assert "The server failed" in results

    shot = screenshot(target, tmp_path, tmp_path / "report.png")
    with Image.open(shot) as picture:
        colours = picture.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 200, "the page was drawn"


def test_the_markdown_filter_writes_markdown_with_its_pictures_beside(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    program(fake_api, {"t/a": [{"generated_text": "The cat sat on the mat."}],
                       "t/b": [{"generated_text": f"The dog sat on the mat {SCRIPT}"}]})
    view = run_async(open_comparison(window, "text-generation", ["t/a", "t/b"]))
    run_async(run_all(view))
    target = tmp_path / "cats.md"
    run_async(saved_through_dialog(view, target, 1), timeout=90)
    text = target.read_text(encoding="utf-8")
    assert "<mark>dog</mark>" in text, "the changed word is marked"
    assert "Against the reference: " in text and "<mark>changed words</mark>" in text
    assert "<script" not in text and "&lt;script&gt;" in text
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert "cats_files/latency.png" in links
    for link in links:
        assert (tmp_path / link).is_file(), link


def test_a_report_that_cannot_be_written_says_why(
        window: MainWindow, services: Services, fake_api: FakeInferenceAPI,
        run_async: RunAsync, tmp_path: Path) -> None:
    program(fake_api, {"t/a": [{"generated_text": "a"}], "t/b": [{"generated_text": "b"}]})
    view = run_async(open_comparison(window, "text-generation", ["t/a", "t/b"]))
    run_async(run_all(view))
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    written = run_async(save_report_to(view, services.bridge,
                                       not_a_folder / "report", HTML), timeout=60)
    assert written is None
    assert "Cannot save report.html" in view.message.message()
