"""The HTML report: one self-contained file (inline style, pictures as data: URIs, no
script, nothing fetched), untrusted text shown as text, checked in headless Chromium."""

from __future__ import annotations

import base64
import dataclasses
import re
from pathlib import Path

from PIL import Image

from hfi_desktop.report import render_html, report_plots
from hfi_desktop.storage.reports import HTML, MARKDOWN, write_report

from .browser import dump_dom, screenshot
from .samples import IMG_ONERROR, SCRIPT, hostile_report


def test_the_file_holds_everything_and_fetches_nothing() -> None:
    report = hostile_report()
    html = render_html(report, report_plots(report))
    assert html.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script" not in html.lower()
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert not re.search(r"""(src|href)=["']?(https?:|//|file:)""", html)
    sources = re.findall(r'<img [^>]*src="([^"]+)"', html)
    assert sources and all(s.startswith(("data:image/png;base64,", "data:image/jpeg;base64,"))
                           for s in sources)
    embedded = base64.b64decode(sources[0].split(",", 1)[1])
    assert embedded.startswith(b"\x89PNG"), "the pictures are the bytes themselves"


def test_untrusted_text_is_escaped_everywhere() -> None:
    html = render_html(hostile_report())
    assert SCRIPT not in html and IMG_ONERROR not in html
    assert html.count("&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;") >= 4
    assert "&lt;img src=x onerror=&quot;document.body.dataset.pwned=&#x27;yes&#x27;&quot;&gt;" \
        in html
    assert "org/beta &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<svg" not in html and "evil.svg (image/svg+xml, 17 bytes; not shown)" in html


def test_differences_are_marked_as_in_the_compare_window() -> None:
    html = render_html(hostile_report())
    assert '<mark class="changed" title="was: there,">dear</mark>' in html
    assert '<ins class="added">' in html
    assert '<li class="missing"><span class="label">fox</span><span class="score">—</span>' \
        in html
    assert '<li class="only_here">' in html and '<li class="missed">' in html
    assert '<span class="ref-tag">reference</span>' in html
    assert '<td class="reference">' in html


def test_chromium_shows_the_tables_and_pictures_and_runs_nothing(tmp_path: Path) -> None:
    page = write_report(tmp_path / "report", hostile_report(), HTML)
    assert page == tmp_path / "report.html"

    dom = dump_dom(page, tmp_path)
    head, body = dom.split("<body", 1)
    assert "<title>Greeting models &lt;script&gt;" in head, \
        "no script ran (it would have set the title to PWNED)"
    assert "data-pwned" not in dom, "no onerror handler ran"
    assert "<script" not in body
    assert re.search(r"<table class=\"results\">", body)
    assert body.count("<table") == 4  # models, parameters, results, leaderboard
    results = body.split('<table class="results">', 1)[1].split("</table>", 1)[0]
    assert results.count("<tr>") == 3 and results.count("<td") == 6
    images = re.findall(r'<img [^>]*src="data:image/png;base64,', body)
    assert len(images) == 4, "the input, a result's picture, the latency and score plots"
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in body, "shown as text"

    shot = screenshot(page, tmp_path, tmp_path / "report.png", height=1600)
    with Image.open(shot) as picture:
        assert picture.size == (1280, 1600)
        rgb = picture.convert("RGB")
        colours = rgb.getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 300, "text, tables and plots drawn"
        # the latency plot's first bar (the first palette colour) is on the screen
        assert any(abs(r - 0x3B) < 12 and abs(g - 0x6F) < 12 and abs(b - 0xB6) < 12
                   for _count, (r, g, b) in colours)



def test_no_access_token_is_written(tmp_path: Path) -> None:
    token = "hf_" + "abcdefghijklmnopqrstuvwxyz1234"
    report = hostile_report()
    failed = dataclasses.replace(report.rows[0].cells[2], error=f"401 for Bearer {token}")
    row = dataclasses.replace(report.rows[0], cells=(*report.rows[0].cells[:2], failed))
    report = dataclasses.replace(report, rows=(row, *report.rows[1:]),
                                 parameters=(("header", token),))
    for fmt in (HTML, MARKDOWN):
        path = write_report(tmp_path / "leak", report, fmt)
        text = path.read_text(encoding="utf-8")
        assert token not in text and "401 for Bearer" in text
