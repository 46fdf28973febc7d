"""The report model: what a report says, whatever it came from (a comparison, a batch, the
arena) and whatever it is written as (HTML, Markdown).

Everything here is plain data: texts as received (the writers escape them: results and
input files are untrusted), pictures as bytes with their MIME type, and the differences
between results already worked out (``Fragment`` and ``Line`` marks, as the compare window
shows them), so the writers only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: How a piece of a result differs from the reference's:
#: ``added`` / ``changed`` / ``removed``: words of a text (``note``: the reference's words);
#: ``missing``: a label the reference has and this result lacks (no score);
#: ``only_here``: an item (box, entity) no reference item matches;
#: ``other_label``: an item matching a reference item of another label (``note`` says which);
#: ``missed``: a reference item this result has no match for (``note``: by whom, on the
#: reference's own column).
MarkKind = Literal["added", "changed", "removed", "missing", "only_here", "other_label",
                   "missed"]
#: ``not run``: the target was to answer and did not run; ``absent``: it had no part in this
#: row (an arena vote between two others).
CellStatus = Literal["done", "failed", "not run", "absent"]

#: The picture types a report embeds (anything else is described, never shown).
IMAGE_MIMES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


@dataclass(frozen=True)
class Attachment:
    """A picture: its bytes as they are, its MIME type, a file name (for the files beside a
    Markdown report) and a text alternative."""

    name: str
    mime: str
    data: bytes
    alt: str = ""

    @property
    def is_image(self) -> bool:
        return self.mime in IMAGE_MIMES


@dataclass(frozen=True)
class Fragment:
    """A stretch of a result's text, marked where it differs from the reference's."""

    text: str
    mark: MarkKind | None = None
    note: str = ""


@dataclass(frozen=True)
class Line:
    """One item of a result: a label and its score, a box, an entity (``detail``: its
    words or place), marked where it differs from the reference's."""

    label: str
    score: float | None = None
    detail: str = ""
    mark: MarkKind | None = None
    note: str = ""


@dataclass(frozen=True)
class Cell:
    """One input by one target. ``note``: the comparison's one line ("Against x: 92% same
    words · 1 changed"); ``score``: the result's headline score (its top label's), for the
    score distributions; ``error``: what went wrong (token-free, user-facing)."""

    status: CellStatus = "done"
    text: tuple[Fragment, ...] = ()
    lines: tuple[Line, ...] = ()
    images: tuple[Attachment, ...] = ()
    note: str = ""
    error: str = ""
    latency_s: float | None = None
    tokens: int | None = None
    cost_usd: float | None = None
    score: float | None = None


@dataclass(frozen=True)
class InputField:
    """One field of an input: a text, or a picture, or (other files) a description in
    ``text``."""

    name: str
    text: str = ""
    image: Attachment | None = None


@dataclass(frozen=True)
class ReportInput:
    key: str  # unique in the report
    label: str  # what the results table names it by
    fields: tuple[InputField, ...] = ()


@dataclass(frozen=True)
class Target:
    """A model, on a provider (None: the app's default)."""

    model: str
    provider: str | None = None

    def label(self) -> str:
        return f"{self.model} · {self.provider}" if self.provider else self.model


@dataclass(frozen=True)
class ResultRow:
    """The results of one input, a cell per target in the report's target order;
    ``reference``: the target the others were compared with (None: not compared)."""

    input_key: str
    cells: tuple[Cell, ...]
    reference: int | None = None


@dataclass(frozen=True)
class Section:
    """An extra table, such as a leaderboard: a title, an optional sentence, column
    headings and rows of text (``numeric``: the columns aligned to the right)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    text: str = ""
    numeric: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Rating:
    """A target's rating with its confidence interval (an arena's leaderboard), for the
    ratings plot."""

    target: Target
    value: float
    low: float
    high: float


@dataclass(frozen=True)
class Report:
    """A whole report. ``created_at``: ``time.time()``; ``source``: what it reports on
    ("Comparison", "Batch", "Arena"); ``parameters``: (name, value as shown)."""

    title: str
    task: str
    created_at: float
    inputs: tuple[ReportInput, ...]
    targets: tuple[Target, ...]
    rows: tuple[ResultRow, ...]
    parameters: tuple[tuple[str, str], ...] = ()
    sections: tuple[Section, ...] = ()
    source: str = ""
    compared: bool = False  # whether differences with a reference are marked
    ratings: tuple[Rating, ...] = ()
    ratings_title: str = "Ratings"  # the plot's title ("Rating with its 95% interval")
    results_title: str = "Results"  # the results table's heading ("Votes" in the arena)

    def input(self, key: str) -> ReportInput | None:
        return next((item for item in self.inputs if item.key == key), None)
