"""The Markdown report: its pictures as files beside it (relative links), untrusted text
escaped (no HTML, no Markdown of its own), differences marked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hfi_desktop.report import escape_markdown, render_markdown
from hfi_desktop.storage.reports import MARKDOWN, write_report

from .samples import hostile_report


@pytest.mark.parametrize(("text", "shown"), [
    ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"),
    ("a | b", "a \\| b"),
    ("# title", "\\# title"),
    ("- item", "\\- item"),
    ("---", "\\---"),
    ("12. item", "12\\. item"),
    ("0.84 s", "0.84 s"),
    ("*bold* _it_ `code` ~~x~~", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~"),
    ("[a](http://x.example/)", "\\[a\\]\\(http://x.example/\\)"),
    ("![p](http://x.example/p.png)", "\\!\\[p\\]\\(http://x.example/p.png\\)"),
    ("one\ntwo\r\nthree", "one<br>two<br>three"),
    ("$x$ & y", "\\$x\\$ &amp; y"),
    ("back\\slash", "back\\\\slash"),
])
def test_escape(text: str, shown: str) -> None:
    assert escape_markdown(text) == shown


def test_pictures_go_beside_with_relative_links() -> None:
    rendered = render_markdown(hostile_report(), folder="my report_files")
    assert set(rendered.files) == {"cat-photo.png", "boxes-2.png"}
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", rendered.text)
    assert links == ["my%20report_files/cat-photo.png", "my%20report_files/boxes-2.png"]
    assert "evil.svg \\(image/svg+xml, 17 bytes; not shown\\)" in rendered.text


def test_untrusted_text_cannot_make_html_or_markdown() -> None:
    text = render_markdown(hostile_report(), folder="f").text
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "\n# not a heading" not in text and "\\# not a heading" in text
    assert "\\[link\\]\\(http://evil.example/\\)" in text
    for line in text.splitlines():  # a table row keeps its cells: every | is escaped or ours
        if line.startswith("| **Row"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 5, line


def test_differences_and_figures_are_in_the_results_table() -> None:
    text = render_markdown(hostile_report(), folder="f").text
    assert "| Input | org/alpha-7b · together \\(reference\\) |" in text
    assert "Hello <mark>dear</mark> friend<ins>" in text
    assert "fox —" in text
    assert "~~dog 0.400~~ *in alpha-7b, not found by this model*" in text
    assert "0.42 s · 18 tokens · \\$0.0001" in text
    assert "| org/gamma | nebius | 0 | 1 | — | — | — | — |" in text


def test_written_with_its_files_and_plots(tmp_path: Path) -> None:
    path = write_report(tmp_path / "run.md", hostile_report(), MARKDOWN)
    assert path == tmp_path / "run.md"
    text = path.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert "run_files/latency.png" in links and "run_files/scores.png" in links
    for link in links:
        assert (tmp_path / link).read_bytes().startswith(b"\x89PNG"), link
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".partial")]
