"""The report's pictures, drawn with matplotlib: latency per target, score distributions,
one input's scores by label, and detection boxes over an input image.

Each is a ``matplotlib.figure.Figure`` printed by the Agg canvas to PNG bytes: no pyplot
and its global state (these run in worker threads, several at once). matplotlib is
imported when a picture is drawn (it takes a while to load; the app does not need it to
start). Texts from servers and files reach matplotlib with their ``$`` escaped (a ``$`` pair
would be read as mathematics, and may not parse).
"""

from __future__ import annotations

import io
import statistics
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .figures import target_figures
from .model import Attachment

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .figures import TargetFigures
    from .model import Report

#: One colour per target (at most six), the same in every plot of a report.
PALETTE = ("#3b6fb6", "#e07b39", "#3a9a5b", "#c2464a", "#7d62b3", "#8c6d4f")
INK = "#24292f"
GRID = "#d8dee4"
DPI = 110
WIDTH_IN = 6.4
BOX_PLOT_FROM = 5  # values per target from which the spread is drawn as a box plot
LABEL_CHARS = 30
MAX_LABELS = 12  # labels in the scores-by-label plot


def report_plots(report: Report) -> tuple[Attachment, ...]:
    """The plots worth drawing for ``report``: its ratings (if any), latency when any cell
    has one, scores when any has a score, one input's scores by label when there is a
    single input."""
    figures = target_figures(report)
    plots = [ratings_plot(report), latency_plot(figures), score_plot(figures),
             label_scores_plot(report)]
    return tuple(plot for plot in plots if plot is not None)


def ratings_plot(report: Report) -> Attachment | None:
    """Each rating as a point with its interval, best first."""
    if not report.ratings:
        return None
    ratings = sorted(report.ratings, key=lambda r: -r.value)
    colours = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(report.targets)}
    fig, ax = _figure(len(ratings))
    for place, rating in enumerate(ratings):
        colour = colours.get(rating.target, INK)
        ax.errorbar([rating.value], [place], xerr=[[rating.value - rating.low],
                                                   [rating.high - rating.value]],
                    fmt="o", color=colour, ecolor=colour, elinewidth=2.5, capsize=4,
                    markersize=7)
        ax.text(rating.high, place, f"  {rating.value:.0f}", va="center", fontsize=10,
                color=INK)
    ax.set_yticks(range(len(ratings)), [_label(r.target.label()) for r in ratings])
    ax.set_ylim(len(ratings) - 0.5, -0.5)
    low, high = min(r.low for r in ratings), max(r.high for r in ratings)
    ax.set_xlim(low - (high - low) * 0.05 - 1, high + (high - low) * 0.12 + 1)
    ax.set_title(report.ratings_title, loc="left", fontsize=13, color=INK, pad=10)
    return _attachment(fig, "ratings.png", f"{report.ratings_title}: " + "; ".join(
        f"{r.target.label()} {r.value:.0f} ({r.low:.0f} to {r.high:.0f})" for r in ratings))


def latency_plot(figures: Sequence[TargetFigures]) -> Attachment | None:
    return _per_target(figures, [f.latencies for f in figures], title="Latency per model",
                       axis="seconds", unit=" s", name="latency.png")


def score_plot(figures: Sequence[TargetFigures]) -> Attachment | None:
    values = [f.scores for f in figures]
    several = any(len(v) > 1 for v in values)
    return _per_target(figures, values, title="Score distribution per model" if several
                       else "Top score per model", axis="top score", unit="",
                       name="scores.png", limit=1.05)


def _per_target(figures: Sequence[TargetFigures], values: Sequence[Sequence[float]], *,
                title: str, axis: str, unit: str, name: str, limit: float | None = None
                ) -> Attachment | None:
    """One row per target: its values' spread (None when no target has a value)."""
    if not any(values):
        return None
    fig, ax = _figure(len(figures))
    _spread(ax, [_label(f.target.label()) for f in figures], values, unit=unit)
    if limit is not None:
        ax.set_xlim(0, limit)
    ax.set_xlabel(axis)
    ax.set_title(title, loc="left", fontsize=13, color=INK, pad=10)
    return _attachment(fig, name, f"{title}: " + "; ".join(
        f"{f.target.label()} {_mean(v)}" for f, v in zip(figures, values, strict=True)))


def label_scores_plot(report: Report) -> Attachment | None:
    """A single input's labels (the reference's order) with every target's score: the
    bars side by side, a missing label without a bar."""
    if len(report.rows) != 1:
        return None
    row = report.rows[0]
    labels: list[str] = []
    for cell in row.cells:
        for line in cell.lines:
            if line.score is not None and line.label not in labels and line.mark != "missed":
                labels.append(line.label)
    labels = labels[:MAX_LABELS]
    if not labels:
        return None
    from matplotlib.figure import Figure

    drawn = [(index, cell, target) for index, (cell, target)
             in enumerate(zip(row.cells, report.targets, strict=False)) if cell.lines]
    count = len(drawn)
    fig = Figure(figsize=(WIDTH_IN, 1.4 + 0.2 * len(labels) * max(count, 2)), dpi=DPI)
    ax = fig.subplots()
    _style(ax)
    height = 0.8 / max(count, 1)
    for place, (index, cell, target) in enumerate(drawn):
        scores: dict[str, float] = {}
        for line in cell.lines:  # a label's best (detection: several boxes of a label)
            if line.score is not None and line.mark != "missed":
                scores[line.label] = max(line.score, scores.get(line.label, 0.0))
        positions = [i + (place - (count - 1) / 2) * height for i in range(len(labels))]
        widths = [scores.get(label, 0.0) for label in labels]
        ax.barh(positions, widths, height=height * 0.92, color=PALETTE[index % len(PALETTE)],
                label=_escape(target.label()))
    ax.set_yticks(range(len(labels)), [_label(label) for label in labels])
    ax.invert_yaxis()
    ax.set_xlim(0, 1.0)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=min(count, 3),
              frameon=False, fontsize=9)
    ax.set_title("Scores by label", loc="left", fontsize=13, color=INK, pad=10)
    return _attachment(fig, "labels.png", "Scores by label for every model")


@dataclass(frozen=True)
class BoxDrawing:
    """A box to draw over an image, in its pixels: ``solid`` (matched), ``dashed`` (only
    this model has it), ``dotted`` (this model did not find it)."""

    label: str
    xmin: float
    ymin: float
    xmax: float
    ymax: float
    colour: str
    style: Literal["solid", "dashed", "dotted"] = "solid"


def annotated_image(image: Attachment, boxes: Sequence[BoxDrawing], name: str
                    ) -> Attachment | None:
    """``image`` with ``boxes`` drawn over it, as a JPEG (None: the image cannot be
    read)."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(image.data)) as opened:
            original_width = opened.size[0]
            opened.thumbnail((1600, 1600))
            pixels = opened.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    width, height = pixels.size
    ratio = width / original_width if original_width else 1.0
    scale = WIDTH_IN / max(width, height)
    fig = Figure(figsize=(width * scale, height * scale), dpi=DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.imshow(pixels, extent=(0, width, height, 0))
    ax.set_axis_off()
    styles = {"solid": "-", "dashed": "--", "dotted": ":"}
    for box in boxes:
        x, y = box.xmin * ratio, box.ymin * ratio
        ax.add_patch(Rectangle((x, y), (box.xmax - box.xmin) * ratio,
                               (box.ymax - box.ymin) * ratio, fill=False,
                               edgecolor=box.colour, linewidth=2.2,
                               linestyle=styles[box.style]))
        ax.text(x + 2, y + 2, _escape(box.label), color="white", fontsize=10, va="top",
                bbox={"facecolor": box.colour, "edgecolor": "none", "pad": 1.5,
                      "alpha": 0.85})
    return _attachment(fig, name, image.alt or "image with the boxes found", tight=False,
                       jpeg=True)


def thumbnail(image: Attachment, max_px: int = 320) -> Attachment:
    """``image`` scaled down to ``max_px`` at most, as a JPEG (a batch of many images stays
    a file one can mail); ``image`` itself when it is small already or cannot be read."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(image.data)) as opened:
            if max(opened.size) <= max_px and image.is_image:
                return image
            opened.thumbnail((max_px, max_px))
            buffer = io.BytesIO()
            opened.convert("RGB").save(buffer, "JPEG", quality=85)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return image
    return Attachment(image.name, "image/jpeg", buffer.getvalue(), image.alt)


# -------------------------------------------------------------------------- drawing
def _figure(rows: int) -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, 1.3 + 0.55 * max(rows, 1)), dpi=DPI)
    ax = fig.subplots()
    _style(ax)
    return fig, ax


def _style(ax: Axes) -> None:
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(GRID)
    ax.tick_params(colors=INK, labelsize=11, length=0)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def _spread(ax: Axes, labels: Sequence[str], values: Sequence[Sequence[float]],
            *, unit: str) -> None:
    """Box plots (with the points) where a target has many values; else bars of the mean
    with the range as an error bar and the mean written at the bar's end."""
    positions = list(range(len(labels)))
    colours = [PALETTE[i % len(PALETTE)] for i in positions]
    if max(map(len, values)) >= BOX_PLOT_FROM:
        for p, v in zip(positions, values, strict=True):
            if v:
                _box(ax, p, v, colours[p])
    else:
        means = [sum(v) / len(v) if v else 0.0 for v in values]
        low = [m - min(v) if v else 0.0 for m, v in zip(means, values, strict=True)]
        high = [max(v) - m if v else 0.0 for m, v in zip(means, values, strict=True)]
        spread = any(len(v) > 1 for v in values)
        ax.barh(positions, means, height=0.55, color=colours,
                xerr=[low, high] if spread else None,
                error_kw={"ecolor": INK, "capsize": 3, "linewidth": 1})
        top = max((max(v) for v in values if v), default=0.0)
        for p, (mean, v) in enumerate(zip(means, values, strict=True)):
            if v:
                ax.text(mean + top * 0.015, p, f"{mean:.2f}{unit}", va="center",
                        fontsize=9, color=INK)
        ax.set_xlim(0, top * 1.18 if top > 0 else 1)
    ax.set_yticks(positions, list(labels))
    ax.invert_yaxis()


def _box(ax: Axes, position: int, values: Sequence[float], colour: str) -> None:
    """A box (quartiles), its median, whiskers to the extremes and the values as points.
    Drawn from primitives: ``Axes.boxplot`` reads every rcParam, which has matplotlib
    import pyplot to settle its backend (global state, from a worker)."""
    ordered = sorted(values)
    q1, median, q3 = statistics.quantiles(ordered, n=4) if len(ordered) > 1 \
        else (ordered[0],) * 3
    ax.hlines(position, ordered[0], q1, color=colour, linewidth=1.2)
    ax.hlines(position, q3, ordered[-1], color=colour, linewidth=1.2)
    ax.vlines([ordered[0], ordered[-1]], position - 0.12, position + 0.12, color=colour,
              linewidth=1.2)
    ax.barh(position, q3 - q1, left=q1, height=0.55, color=colour, alpha=0.3,
            edgecolor=colour, linewidth=1.2)
    ax.vlines(median, position - 0.275, position + 0.275, color=INK, linewidth=1.8)
    offsets = [((i * 37) % 11 - 5) * 0.025 for i in range(len(values))]  # jitter, fixed
    ax.scatter(list(values), [position + o for o in offsets], s=9, color=colour, alpha=0.7,
               linewidths=0, zorder=3)


def _attachment(fig: Figure, name: str, alt: str, *, tight: bool = True, jpeg: bool = False
                ) -> Attachment:
    """The figure as a PNG (a JPEG for photographs: a tenth of the size)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="jpeg" if jpeg else "png", dpi=DPI,
                bbox_inches="tight" if tight else None, facecolor="white",
                pil_kwargs={"quality": 88} if jpeg else None)
    return Attachment(name, "image/jpeg" if jpeg else "image/png", buffer.getvalue(), alt)


def _label(text: str) -> str:
    wrapped = textwrap.shorten(text, LABEL_CHARS * 2, placeholder="…")
    return _escape("\n".join(textwrap.wrap(wrapped, LABEL_CHARS)) or wrapped)


def _escape(text: str) -> str:
    return text.replace("$", r"\$")


def _mean(values: Sequence[float]) -> str:
    return f"mean {sum(values) / len(values):.3g}" if values else "none"
