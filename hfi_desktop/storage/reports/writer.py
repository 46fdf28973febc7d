"""Writing a report to disk: one self-contained ``.html`` file, or a ``.md`` file with its
pictures in a folder beside it (``<name>_files/``).

Every file is written atomically (``storage.atomic``): the pictures first, the ``.md``
last, so a report that exists is whole; no copy of the access token is written (an error
message or a parameter may quote one). The plots are drawn here too: call
:func:`write_report` in a worker (the bridge).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hfi_desktop.redaction import redact
from hfi_desktop.report import render_html, render_markdown, report_plots
from hfi_desktop.storage.atomic import atomic_write

if TYPE_CHECKING:
    import os

    from hfi_desktop.report import Report

FILES_SUFFIX = "_files"


@dataclass(frozen=True)
class ReportFormat:
    key: str
    suffix: str
    suffixes: tuple[str, ...]  # the suffixes a chosen name may already have


HTML = ReportFormat("html", ".html", (".html", ".htm"))
MARKDOWN = ReportFormat("markdown", ".md", (".md", ".markdown"))
FORMATS = (HTML, MARKDOWN)


class ReportFileError(ValueError):
    """A report that cannot be written; the message names the file and says why."""


def report_path(path: str | os.PathLike[str], fmt: ReportFormat) -> Path:
    """``path`` with the format's suffix, unless it has one of its suffixes already."""
    target = Path(path)
    if target.suffix.lower() in fmt.suffixes:
        return target
    return target.with_name(target.name + fmt.suffix)


def files_folder(path: Path) -> Path:
    """The folder beside a Markdown report that holds its pictures."""
    return path.with_name(path.stem + FILES_SUFFIX)


def write_report(path: str | os.PathLike[str], report: Report, fmt: ReportFormat) -> Path:
    """Draw the report's plots, lay it out and write it; returns the report's path (the
    format's suffix added if missing). Raises :class:`ReportFileError`."""
    target = report_path(path, fmt)
    try:
        plots = report_plots(report)
        if fmt is MARKDOWN:
            folder = files_folder(target)
            markdown = render_markdown(report, plots, folder=folder.name)
            if markdown.files:
                folder.mkdir(exist_ok=True)
                for name, data in markdown.files.items():
                    atomic_write(folder / name, data)
            atomic_write(target, redact(markdown.text))
        else:
            atomic_write(target, redact(render_html(report, plots)))
    except OSError as error:
        raise ReportFileError(f"Cannot save {target.name}: {error.strerror or error}"
                              ) from error
    return target
