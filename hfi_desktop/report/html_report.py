"""The HTML report: ONE self-contained file that opens offline in any browser.

The style sheet is inline, every picture a ``data:`` URI, there is no script and nothing
is fetched (a Content-Security-Policy in the file says so to the browser as well). Every
text from a result, an input or a name is HTML-escaped (``html.escape``, quotes too): a
server's reply or a file may hold ``<script>`` and is shown as text. Pictures are embedded
only for the raster types of ``IMAGE_MIMES``; another MIME type (SVG can hold scripts) is
described instead.
"""

from __future__ import annotations

import base64
from html import escape
from typing import TYPE_CHECKING

from .figures import score_text
from .layout import (
    FIGURE_COLUMNS,
    FIGURE_NUMERIC,
    byline,
    cell_parts,
    figure_rows,
    inputs_listed,
    legend_of,
    line_note,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .model import Attachment, Cell, Fragment, Line, Report, ReportInput, Section

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
REFERENCE_TD = "<td class=\"reference\">"
_FRAGMENT_TAGS = {"added": "ins", "changed": "mark", "removed": "del"}

STYLE = """
:root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --soft:#f6f8fa; --accent:#3b6fb6;
  --added:#2e9d4f; --changed:#d99a1e; --removed:#d64545; --missed:#8a8a8a; }
* { box-sizing: border-box; }
body { margin:0; background:#fff; color:var(--ink);
  font:15px/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica,
  Arial, "DejaVu Sans", sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 40px 32px 56px; }
header { border-bottom: 1px solid var(--line); padding-bottom: 18px; margin-bottom: 8px; }
.kicker { margin:0; color:var(--accent); font-weight:600; font-size:13px;
  letter-spacing:.04em; text-transform:uppercase; }
h1 { font-size: 28px; line-height:1.25; margin: 6px 0 6px; font-weight: 650; }
.byline { margin:0; color:var(--muted); font-size: 14px; }
h2 { font-size: 19px; margin: 36px 0 12px; font-weight: 620; }
h3 { font-size: 15px; margin: 18px 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align:left; vertical-align: top; padding: 8px 10px;
  border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-weight: 600; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.results { table-layout: fixed; }
.results td, .results th { overflow-wrap: anywhere; }
.results tbody th { width: 14%; font-weight: 600; background: #fbfcfd; }
.results thead th .provider { display:block; font-weight: 400; color: var(--muted); }
.ref-tag { display:inline-block; font-size: 11px; font-weight: 600; color: var(--accent);
  border: 1px solid var(--accent); border-radius: 10px; padding: 0 6px; margin-left: 4px; }
td.reference { background: #f7faff; }
.text { white-space: pre-wrap; }
ins.added { background: #d5f0dd; text-decoration: none; border-bottom: 2px solid var(--added); }
mark.changed { background: #fbecc7; border-bottom: 2px solid var(--changed); color: inherit; }
del.removed { color: var(--removed); }
.lines { list-style: none; margin: 0; padding: 0; }
.lines li { display: grid; grid-template-columns: minmax(0,1fr) 52px; gap: 2px 8px;
  padding: 3px 0; }
.lines .label { overflow-wrap:anywhere; }
.lines .score { text-align:right; font-variant-numeric: tabular-nums; color: var(--muted); }
.lines .bar { grid-column: 1 / span 2; height: 4px; background: #eef1f4; border-radius: 2px; }
.lines .bar span { display:block; height: 4px; background: var(--accent); border-radius: 2px; }
.lines .detail, .lines .why { grid-column: 1 / span 2; color: var(--muted); font-size: 13px; }
.lines li.missing .score { color: var(--missed); }
.lines li.only_here .label { border-bottom: 2px dashed var(--removed); }
.lines li.other_label .label { border-bottom: 2px dashed var(--changed); }
.lines li.missed { color: var(--missed); }
.lines li.missed .label { border-bottom: 2px dotted var(--missed); }
.note { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
.figures { color: var(--muted); font-size: 12.5px; margin: 8px 0 0;
  font-variant-numeric: tabular-nums; }
.error { color: #a40e26; background: #fff0f0; border-left: 3px solid var(--removed);
  padding: 6px 8px; white-space: pre-wrap; }
.muted { color: var(--muted); }
img { max-width: 100%; height: auto; border-radius: 4px; }
.cell-image { display:block; margin-top: 6px; border: 1px solid var(--line); }
.plots { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr));
  gap: 16px; margin-top: 18px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.input { border: 1px solid var(--line); border-radius: 6px; padding: 4px 14px 12px;
  margin-bottom: 12px; }
.input dt { font-weight: 600; margin-top: 8px; color: var(--muted); font-size: 13px; }
.input dd { margin: 2px 0 0; white-space: pre-wrap; overflow-wrap:anywhere; }
.input img { max-height: 360px; }
.row-input { font-weight: 400; font-size: 13px; }
.row-input dl { margin: 4px 0 0; }
.row-input dt { color: var(--muted); font-size: 12px; }
.row-input dd { margin: 0 0 4px; white-space: pre-wrap; }
.row-input img { max-height: 120px; }
.kv { width: auto; min-width: 40%; }
.legend { display:flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; color: var(--muted);
  margin: 0 0 10px; padding: 0; list-style: none; }
.legend li.missing { color: var(--missed); }
.legend li.only_here span { border-bottom: 2px dashed var(--removed); }
.legend li.other_label span { border-bottom: 2px dashed var(--changed); }
.legend li.missed span { border-bottom: 2px dotted var(--missed); }
footer { margin-top: 48px; color: var(--muted); font-size: 12.5px;
  border-top: 1px solid var(--line); padding-top: 12px; }
@media print { main { padding: 0; } figure, tr { break-inside: avoid; } }
"""


def render_html(report: Report, plots: Sequence[Attachment] = ()) -> str:
    """The whole report as one HTML document (``plots``: from ``report_plots``)."""
    body = [
        _header(report),
        _models(report, plots),
        *(_section(section) for section in report.sections),
        _inputs(report.inputs) if inputs_listed(report) else "",
        _parameters(report.parameters),
        _results(report),
        "<footer>Made with HF Inference Desktop. Results are shown as the servers sent "
        "them.</footer>",
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{escape(report.title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(part for part in body if part) + "\n</main>\n"
        "</body>\n</html>\n"
    )


# ------------------------------------------------------------------------- sections
def _header(report: Report) -> str:
    kicker = f"<p class=\"kicker\">{escape(report.source)} report</p>" if report.source else ""
    return (f"<header>{kicker}<h1>{escape(report.title)}</h1>"
            f"<p class=\"byline\">{escape(byline(report))}</p></header>")


def _models(report: Report, plots: Sequence[Attachment]) -> str:
    table = _table(FIGURE_COLUMNS, figure_rows(report), FIGURE_NUMERIC)
    figures = "".join(
        f"<figure>{_image(plot)}</figure>"
        for plot in plots if plot.is_image)
    return (f"<section id=\"models\"><h2>Models</h2>{table}"
            + (f"<div class=\"plots\">{figures}</div>" if figures else "") + "</section>")


def _inputs(inputs: Sequence[ReportInput]) -> str:
    if not inputs:
        return ""
    blocks = [f"<div class=\"input\" id=\"input-{number}\"><h3>{escape(item.label)}</h3>"
              f"{_fields(item)}</div>" for number, item in enumerate(inputs, 1)]
    return "<section id=\"inputs\"><h2>Inputs</h2>" + "".join(blocks) + "</section>"


def _fields(item: ReportInput) -> str:
    return "<dl>" + "".join(
        f"<dt>{escape(field.name)}</dt><dd>"
        + (_image(field.image) if field.image is not None else escape(field.text))
        + "</dd>" for field in item.fields) + "</dl>"


def _parameters(parameters: Sequence[tuple[str, str]]) -> str:
    if not parameters:
        return ("<section id=\"parameters\"><h2>Parameters</h2><p class=\"muted\">The "
                "models' defaults (none set).</p></section>")
    return ("<section id=\"parameters\"><h2>Parameters</h2>"
            + _table(("Name", "Value"), parameters, frozenset(), css="kv") + "</section>")


def _results(report: Report) -> str:
    numbers = {item.key: index for index, item in enumerate(report.inputs, 1)}
    reference = next((row.reference for row in report.rows if row.reference is not None), None)
    heads = ["<th scope=\"col\">Input</th>"]
    for index, target in enumerate(report.targets):
        tag = "<span class=\"ref-tag\">reference</span>" if index == reference else ""
        provider = (f"<span class=\"provider\">{escape(target.provider)}</span>"
                    if target.provider else "")
        heads.append(f"<th scope=\"col\">{escape(target.model)}{tag}{provider}</th>")
    listed = inputs_listed(report)
    rows = []
    for row in report.rows:
        item = report.input(row.input_key)
        label = escape(item.label if item is not None else row.input_key)
        number = numbers.get(row.input_key)
        if not listed:  # the input itself, here
            link = label + (f"<div class=\"row-input\">{_fields(item)}</div>"
                            if item is not None else "")
        else:
            link = f"<a href=\"#input-{number}\">{label}</a>" if number is not None else label
        cells = "".join(
            (REFERENCE_TD if index == row.reference else "<td>") + _cell(cell) + "</td>"
            for index, cell in enumerate(row.cells))
        rows.append(f"<tr><th scope=\"row\">{link}</th>{cells}</tr>")
    legend = ""
    if report.compared:
        legend = "<ul class=\"legend\">" + "".join(
            f"<li class=\"{kind}\">{_legend_sample(kind, text)}</li>"
            for kind, text in legend_of(report)) + "</ul>"
    return (f"<section id=\"results\"><h2>{escape(report.results_title)}</h2>" + legend
            + "<table class=\"results\"><thead><tr>" + "".join(heads) + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></section>")


def _legend_sample(kind: str, text: str) -> str:
    tag = _FRAGMENT_TAGS.get(kind)
    if tag is not None:
        return f"<{tag} class=\"{kind}\">{escape(text)}</{tag}>"
    return f"<span>{escape(text)}</span>"


def _section(section: Section) -> str:
    text = f"<p>{escape(section.text)}</p>" if section.text else ""
    return (f"<section><h2>{escape(section.title)}</h2>{text}"
            + _table(section.columns, section.rows, section.numeric) + "</section>")


# ---------------------------------------------------------------------------- cells
def _cell(cell: Cell) -> str:
    if cell.status in ("not run", "absent"):
        return "<span class=\"muted\">" + ("not run" if cell.status == "not run" else "—") \
            + "</span>"
    return "".join(cell_parts(cell, _CellHtml()))


class _CellHtml:
    """:class:`CellWriter` for HTML."""

    def error(self, text: str) -> str:
        return f"<div class=\"error\">{escape(text)}</div>"

    def text(self, fragments: Sequence[Fragment]) -> str:
        return "<div class=\"text\">" + "".join(map(_fragment, fragments)) + "</div>"

    def lines(self, lines: Sequence[Line]) -> list[str]:
        return ["<ul class=\"lines\">" + "".join(map(_line, lines)) + "</ul>"]

    def image(self, image: Attachment) -> str:
        return _image(image, "cell-image")

    def note(self, text: str) -> str:
        return f"<p class=\"note\">{escape(text)}</p>"

    def figures(self, text: str) -> str:
        return f"<p class=\"figures\">{escape(text)}</p>"


def _fragment(fragment: Fragment) -> str:
    tag = _FRAGMENT_TAGS.get(fragment.mark or "")
    text = escape(fragment.text)
    if tag is None:
        return text
    title = f" title=\"{escape(fragment.note)}\"" if fragment.note else ""
    return f"<{tag} class=\"{fragment.mark}\"{title}>{text}</{tag}>"


def _line(line: Line) -> str:
    css = f" class=\"{line.mark}\"" if line.mark else ""
    score = score_text(line.score)
    bar = ""
    if line.score is not None and line.mark != "missed":
        width = max(0.0, min(line.score, 1.0)) * 100
        bar = f"<span class=\"bar\"><span style=\"width:{width:.1f}%\"></span></span>"
    detail = f"<span class=\"detail\">{escape(line.detail)}</span>" if line.detail else ""
    why = line_note(line.mark, line.note)
    note = f"<span class=\"why\">{escape(why)}</span>" if why else ""
    return (f"<li{css}><span class=\"label\">{escape(line.label)}</span>"
            f"<span class=\"score\">{score}</span>{bar}{detail}{note}</li>")


def _image(image: Attachment, css: str = "") -> str:
    if not image.is_image:
        return (f"<span class=\"muted\">{escape(image.name)} ({escape(image.mime)}, "
                f"{len(image.data):,} bytes; not shown)</span>")
    data = base64.b64encode(image.data).decode("ascii")
    klass = f" class=\"{css}\"" if css else ""
    return f"<img{klass} src=\"data:{image.mime};base64,{data}\" alt=\"{escape(image.alt)}\">"


def _table(columns: Sequence[str], rows: Iterable[Sequence[str]], numeric: frozenset[int],
           *, css: str = "") -> str:
    def cell(tag: str, index: int, text: str) -> str:
        klass = " class=\"num\"" if index in numeric else ""
        return f"<{tag}{klass}>{escape(text)}</{tag}>"

    head = "".join(cell("th", i, c) for i, c in enumerate(columns))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>"
                   for row in rows)
    klass = f" class=\"{css}\"" if css else ""
    return f"<table{klass}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
