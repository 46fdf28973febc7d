"""A report from the arena of a task (``arena.summarize``): the leaderboard (Bradley-Terry
ratings with their intervals, as a table and a plot), each vote as a row (the two targets'
outcome and time, the others absent), and the inputs behind the votes."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from hfi_desktop.arena import Verdict
from hfi_desktop.report import (
    IMAGE_MIMES,
    Attachment,
    Cell,
    Fragment,
    InputField,
    Rating,
    Report,
    ReportInput,
    ResultRow,
    Section,
    Target,
    thumbnail,
)
from hfi_desktop.storage.records import files_in

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from hfi_desktop.arena import Target as ArenaTarget
    from hfi_desktop.arena import Vote
    from hfi_desktop.arena.summary import ArenaSummary

LEADERBOARD_COLUMNS = ("Rank", "Model", "Provider", "Rating", "Interval", "Votes", "Wins",
                       "Ties", "Losses", "Both bad")
_OUTCOME = {1.0: "won", 0.0: "lost"}


def arena_report(summary: ArenaSummary, *, task: str, title: str | None = None,
                 file: Callable[[Mapping[str, Any]], bytes | None] | None = None) -> Report:
    """The report of a task's arena; ``task``: its title; ``file``: the bytes of an input
    file a vote refers to (``storage.arena_votes.ArenaVotes.file``), to show its pictures
    (blocking: call this in a worker)."""
    targets = tuple(Target(s.target.model, s.target.provider) for s in summary.standings)
    index = {s.target: i for i, s in enumerate(summary.standings)}
    inputs = []
    rows = []
    for number, vote in enumerate(summary.votes, 1):
        key = f"vote-{vote.id if vote.id is not None else number}"
        fields = [InputField("Input", vote.input_summary or "(not kept)"),
                  *_pictures(vote, file)]
        if vote.note:
            fields.append(InputField("Note", vote.note))
        fields.append(InputField("Verdict", _verdict_text(vote)))
        inputs.append(ReportInput(key, f"Vote {number}", tuple(fields)))
        cells = [Cell(status="absent")] * len(targets)
        for side, seconds, score in ((vote.pair.a, vote.latency_a_s, vote.score_a()),
                                     (vote.pair.b, vote.latency_b_s, 1.0 - vote.score_a())):
            if side in index:
                outcome = _OUTCOME.get(score, "both bad" if vote.verdict is Verdict.BOTH_BAD
                                       else "tie")
                cells[index[side]] = Cell(text=(Fragment(outcome),), latency_s=seconds)
        rows.append(ResultRow(key, tuple(cells)))
    level = f"{summary.level:.0%}"
    standings = tuple(
        (str(rank), s.target.model, s.target.provider or "default", f"{s.rating:.0f}",
         f"{s.low:.0f} to {s.high:.0f}", str(s.votes), str(s.wins), str(s.ties),
         str(s.losses), str(s.both_bad))
        for rank, s in enumerate(summary.standings, 1))
    leaderboard = Section(
        "Leaderboard", LEADERBOARD_COLUMNS, standings,
        text=f"Bradley-Terry ratings on the Elo scale (1000 is the average), with {level} "
             f"intervals; {len(summary.votes)} votes.",
        numeric=frozenset({0, 3, 5, 6, 7, 8, 9}))
    return Report(
        title=title or f"{task}: arena of {len(targets)} models",
        task=task,
        created_at=time.time(),
        inputs=tuple(inputs),
        targets=targets,
        rows=tuple(rows),
        parameters=_parameters(summary.votes),
        sections=(leaderboard,),
        source="Arena",
        ratings=tuple(Rating(_target(s.target), s.rating, s.low, s.high)
                      for s in summary.standings),
        ratings_title=f"Rating with its {level} interval",
        results_title="Votes",
    )


def _target(target: ArenaTarget) -> Target:
    return Target(target.model, target.provider)


def _pictures(vote: Vote, file: Callable[[Mapping[str, Any]], bytes | None] | None
              ) -> list[InputField]:
    """The vote's input pictures the store kept, as thumbnails."""
    if file is None:
        return []
    out = []
    for ref in files_in(dict(vote.inputs)):
        if ref.mime not in IMAGE_MIMES or not ref.stored:
            continue
        data = file(ref.to_json())
        if data:
            out.append(InputField(ref.name, ref.name,
                                  thumbnail(Attachment(ref.name, ref.mime, data, ref.name))))
    return out


def _verdict_text(vote: Vote) -> str:
    a, b = vote.pair.a.label(), vote.pair.b.label()
    return {Verdict.A: f"{a} better than {b}", Verdict.B: f"{b} better than {a}",
            Verdict.TIE: f"{a} and {b} as good", Verdict.BOTH_BAD: f"{a} and {b} both bad"
            }[vote.verdict]


def _parameters(votes: tuple[Vote, ...]) -> tuple[tuple[str, str], ...]:
    """The votes' parameters when they all had the same; else a line saying they differ."""
    shown = {json.dumps(dict(v.parameters), sort_keys=True, default=str) for v in votes}
    if len(shown) > 1:
        return (("(each vote)", "the parameters differ between votes"),)
    if not votes:
        return ()
    return tuple((name, value if isinstance(value, str) else json.dumps(value, default=str))
                 for name, value in votes[0].parameters.items() if value not in (None, ""))
