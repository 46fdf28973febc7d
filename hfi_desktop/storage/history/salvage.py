"""Reading what can still be read from a damaged history database, row by row.

sqlite3's ``.recover`` is in the command-line shell, which may not be installed, so this
does the part the history needs with the Python module: it lists the run numbers (``seq``)
every b-tree that holds them still yields (the table, forwards and backwards, and each
index), reading each until it meets a damaged page, then fetches each run on its own: a
damaged page loses the rows on it, not those after it.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

#: SQLITE_CORRUPT and SQLITE_NOTADB (primary result codes): the file itself is damaged.
_DAMAGE_CODES = frozenset({11, 26})
#: Beyond this, run numbers are not probed one by one between the ones listed.
MAX_PROBED = 1_000_000

_SEQ_SOURCES = (
    "SELECT seq FROM runs",
    "SELECT seq FROM runs ORDER BY seq DESC",
    "SELECT max(seq) FROM runs",
    "SELECT seq FROM runs INDEXED BY runs_by_time",
    "SELECT seq FROM runs INDEXED BY runs_by_task",
    "SELECT seq FROM runs INDEXED BY runs_by_state",
    "SELECT seq FROM runs INDEXED BY sqlite_autoindex_runs_1",
    "SELECT seq FROM run_search",
)


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` says the database file is damaged ("database disk image is
    malformed", "file is not a database"), as opposed to busy, locked, full or missing."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    text = str(error)
    return "malformed" in text or "not a database" in text


@dataclass
class Salvage:
    """The rows read (``columns`` of ``runs``, by seq) and how many runs the file listed."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    listed: int = 0


def salvage_runs(path: Path, columns: str) -> Salvage:
    """Every ``runs`` row of the damaged database at ``path`` that can be read (opened
    read-only: the file is left as it is)."""
    found = Salvage()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        log.warning("history salvage: cannot open %s: %s", path, error)
        return found
    try:
        seqs: set[int] = set()
        for sql in _SEQ_SOURCES:
            _collect(conn, sql, seqs)
        top = max(seqs, default=0)
        probed = range(1, top + 1) if top <= MAX_PROBED else sorted(seqs)
        selected = _present(conn, columns)
        read: set[int] = set()
        for seq in probed:
            try:
                row = conn.execute(f"SELECT {selected} FROM runs WHERE seq = ?",
                                   (seq,)).fetchone()
            except sqlite3.DatabaseError:
                continue  # on a damaged page
            if row is not None:
                found.rows.append(tuple(row))
                read.add(seq)
        found.listed = len(seqs | read)
    finally:
        conn.close()
    return found


def _present(conn: sqlite3.Connection, columns: str) -> str:
    """``columns`` with those an older schema's file lacks read as NULL (a file written
    before a column was added is salvaged too)."""
    try:
        have = {str(row[1]) for row in conn.execute("PRAGMA table_info(runs)")}
    except sqlite3.DatabaseError:
        return columns  # the schema page is damaged: try them as they are
    if not have:
        return columns
    wanted = [name.strip() for name in columns.split(",")]
    return ", ".join(name if name in have else f"NULL AS {name}" for name in wanted)


def _collect(conn: sqlite3.Connection, sql: str, seqs: set[int]) -> None:
    """The run numbers ``sql`` yields until it meets damage (or a missing index)."""
    try:
        for (seq,) in conn.execute(sql):
            if isinstance(seq, int):
                seqs.add(seq)
    except sqlite3.DatabaseError as error:
        log.debug("history salvage: %s stopped: %s", sql, error)
