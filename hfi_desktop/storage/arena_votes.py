"""The arena's votes, kept in the data folder: ``arena.sqlite3`` (one row per vote) and the
input files behind them in a content store of their own (``arena_files/``: the history's
:class:`ContentStore`, without a size cap, so that the history's clean-ups never take a file
a vote refers to). Text inputs are kept as text, files by reference (sha256, name, type).

One connection, used from the bridge's worker threads one call at a time (a lock). CSV
exports of the leaderboard and of the votes: :func:`leaderboard_csv`, :func:`votes_csv`.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hfi_desktop.arena import Pair, Target, Verdict, Vote
from hfi_desktop.redaction import redact, redact_data
from hfi_desktop.storage.atomic import atomic_write
from hfi_desktop.storage.history.content_store import ContentStore, file_ref
from hfi_desktop.storage.history.text import storable
from hfi_desktop.storage.paths import data_dir
from hfi_desktop.storage.records import FileRef, files_in

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from hfi_desktop.arena.ratings import Standing

ARENA_DB_NAME = "arena.sqlite3"
ARENA_FILES_DIR_NAME = "arena_files"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id TEXT NOT NULL,
    time REAL NOT NULL,
    model_a TEXT NOT NULL, provider_a TEXT,
    model_b TEXT NOT NULL, provider_b TEXT,
    verdict TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    input_summary TEXT NOT NULL DEFAULT '',
    latency_a REAL, latency_b REAL,
    inputs TEXT NOT NULL DEFAULT '{}',
    parameters TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS votes_by_task ON votes (task_id, time);
"""
_COLUMNS = ("id, task_id, time, model_a, provider_a, model_b, provider_b, verdict, note, "
            "input_summary, latency_a, latency_b, inputs, parameters")


class ArenaVotes:
    """The votes database at ``path`` (created if needed); ``files``: where input files go
    (None: files are referenced by hash only, their bytes not kept)."""

    def __init__(self, path: Path, files: ContentStore | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.files = files
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                                     timeout=5.0)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)

    @classmethod
    def open(cls, base: Path | None = None) -> ArenaVotes:
        """The votes in ``base`` (default: the data folder, :func:`paths.data_dir`)."""
        folder = base if base is not None else data_dir()
        return cls(folder / ARENA_DB_NAME, ContentStore(folder / ARENA_FILES_DIR_NAME))

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        if self.files is not None:
            self.files.owner.close()

    # -- writing ------------------------------------------------------------------------------

    def add(self, vote: Vote) -> Vote:
        """Keep ``vote`` (its inputs may hold FileValues: their bytes go to the content
        store); returns it as stored: with its ``id``, JSON-safe inputs and parameters."""
        inputs = redact_data(storable(dict(vote.inputs), self._put))
        parameters = redact_data(storable(dict(vote.parameters), self._put))
        stamp = vote.time or time.time()
        row = (vote.task_id, stamp, vote.pair.a.model, vote.pair.a.provider, vote.pair.b.model,
               vote.pair.b.provider, vote.verdict.value, redact(vote.note),
               redact(vote.input_summary), vote.latency_a_s, vote.latency_b_s,
               json.dumps(inputs, ensure_ascii=False), json.dumps(parameters, ensure_ascii=False))
        with self._lock:
            cursor = self._conn.execute(
                "INSERT INTO votes (task_id, time, model_a, provider_a, model_b, provider_b, "
                "verdict, note, input_summary, latency_a, latency_b, inputs, parameters) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            vote_id = cursor.lastrowid
        if self.files is not None:
            self.files.release(ref.sha256 for ref in files_in(inputs))
        return dataclasses.replace(vote, id=vote_id, time=stamp, note=redact(vote.note),
                                   input_summary=redact(vote.input_summary),
                                   inputs=inputs, parameters=parameters)

    def _put(self, data: bytes, name: str, mime: str) -> FileRef:
        if self.files is None:
            return file_ref(data, name, mime)
        return self.files.put(data, name, mime)

    # -- reading ------------------------------------------------------------------------------

    def votes(self, task_id: str | None = None) -> list[Vote]:
        """Every vote (of ``task_id``), oldest first."""
        where, args = ("WHERE task_id = ?", (task_id,)) if task_id is not None else ("", ())
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM votes {where} ORDER BY time, id", args).fetchall()
        return [_vote(row) for row in rows]

    def tasks(self) -> list[str]:
        """The tasks that have votes."""
        with self._lock:
            rows = self._conn.execute("SELECT DISTINCT task_id FROM votes ORDER BY task_id")
            return [str(row[0]) for row in rows]

    def file(self, reference: Mapping[str, Any]) -> bytes | None:
        """The bytes of an input file a vote refers to (None: not kept)."""
        if self.files is None:
            return None
        return self.files.get(FileRef.from_json(dict(reference)))


def _vote(row: Sequence[Any]) -> Vote:
    (vote_id, task_id, stamp, model_a, provider_a, model_b, provider_b, verdict, note,
     summary, latency_a, latency_b, inputs, parameters) = row
    return Vote(str(task_id), Pair(Target(model_a, provider_a), Target(model_b, provider_b)),
                Verdict(verdict), input_summary=summary, note=note, time=float(stamp),
                latency_a_s=latency_a, latency_b_s=latency_b, inputs=json.loads(inputs),
                parameters=json.loads(parameters), id=int(vote_id))


# ---------------------------------------------------------------------------------- CSV
LEADERBOARD_HEADER = ("rank", "model", "provider", "rating", "ci_low", "ci_high", "votes",
                      "wins", "ties", "losses", "both_bad")
VOTES_HEADER = ("id", "time", "task", "model_a", "provider_a", "model_b", "provider_b",
                "verdict", "winner", "latency_a_s", "latency_b_s", "input", "note")


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def leaderboard_csv(standings: Sequence[Standing]) -> str:
    """The leaderboard, best first (ratings on the Elo scale, rounded to 0.1)."""
    return _csv(LEADERBOARD_HEADER, (
        (rank, s.target.model, s.target.provider or "", f"{s.rating:.1f}", f"{s.low:.1f}",
         f"{s.high:.1f}", s.votes, s.wins, s.ties, s.losses, s.both_bad)
        for rank, s in enumerate(standings, start=1)))


def winner(vote: Vote) -> str:
    """The winning target's label; "tie" or "both bad" otherwise."""
    if vote.verdict is Verdict.A:
        return vote.pair.a.label()
    if vote.verdict is Verdict.B:
        return vote.pair.b.label()
    return "tie" if vote.verdict is Verdict.TIE else "both bad"


def _seconds(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else ""


def votes_csv(votes: Sequence[Vote]) -> str:
    """One line per vote: who was A and B, the verdict, latencies, the input, the note."""
    return _csv(VOTES_HEADER, (
        (v.id if v.id is not None else "",
         time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(v.time)), v.task_id,
         v.pair.a.model, v.pair.a.provider or "", v.pair.b.model, v.pair.b.provider or "",
         v.verdict.value, winner(v), _seconds(v.latency_a_s), _seconds(v.latency_b_s),
         v.input_summary, v.note) for v in votes))


def write_csv(path: str | Path, text: str) -> Path:
    """Write a CSV export (UTF-8 with a BOM, so spreadsheets read the accents) atomically."""
    return atomic_write(path, "\ufeff" + text)
