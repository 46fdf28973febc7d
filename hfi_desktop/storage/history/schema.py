"""The history database's schema: tables, indices, the search index, and its version.

``runs`` keeps one row per run. The light columns come first (what the panel lists), the
heavy ones (form, result, streamed text) last, so listing a page reads little. ``seq`` is the
rowid: the tie-breaker of "newest first" and the key of the search tables. Every filter has
an index ending with ``started_at`` (and, implicitly, the rowid), so "newest first" under a
filter is a backwards index scan with no sort.

Search: ``run_search`` holds each run's lower-cased searchable text in a narrow table (a
LIKE scan reads only that). Where the sqlite3 build has FTS5 (with the trigram tokenizer,
SQLite >= 3.34), ``runs_fts`` indexes it as external content, kept up to date by triggers;
substring terms of 3+ characters are looked up there, shorter ones with LIKE.

Schema 2 added ``value_format`` (0: a row of schema 1, whose form and result never escaped
data that reads as a file reference; 1: escaped, see :mod:`hfi_desktop.storage.records`)
and ``owner`` (the id of the instance that wrote the run, :mod:`.owners`: recovery
interrupts a RUNNING run only when its owner is gone). Opening a schema 1 file adds them.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 2

TABLES = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    task_id TEXT NOT NULL,
    model TEXT NOT NULL,
    state TEXT NOT NULL,
    partial INTEGER NOT NULL DEFAULT 0,
    started_at REAL NOT NULL,
    elapsed_s REAL,
    http_status INTEGER,
    response_bytes INTEGER,
    tokens INTEGER,
    snippet TEXT NOT NULL DEFAULT '',
    error_title TEXT,
    form TEXT NOT NULL DEFAULT '{}',
    parameters TEXT NOT NULL DEFAULT '{}',
    options TEXT NOT NULL DEFAULT '{}',
    error TEXT,
    result TEXT,
    text TEXT NOT NULL DEFAULT '',
    value_format INTEGER NOT NULL DEFAULT 0,
    owner TEXT
);
CREATE INDEX IF NOT EXISTS runs_by_time ON runs (started_at);
CREATE INDEX IF NOT EXISTS runs_by_task ON runs (task_id, started_at);
CREATE INDEX IF NOT EXISTS runs_by_model ON runs (model, started_at);
CREATE INDEX IF NOT EXISTS runs_by_state ON runs (state, started_at);
CREATE TABLE IF NOT EXISTS run_search (
    seq INTEGER PRIMARY KEY REFERENCES runs (seq) ON DELETE CASCADE,
    search TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS run_files (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (run_id, sha256)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS run_files_by_sha ON run_files (sha256);
"""

FTS_TABLE = """
CREATE VIRTUAL TABLE IF NOT EXISTS runs_fts USING fts5 (
    search, content='run_search', content_rowid='seq', tokenize='trigram'
);
"""

FTS_TRIGGERS = {
    "run_search_ai": """
        CREATE TRIGGER run_search_ai AFTER INSERT ON run_search BEGIN
            INSERT INTO runs_fts (rowid, search) VALUES (new.seq, new.search);
        END""",
    "run_search_ad": """
        CREATE TRIGGER run_search_ad AFTER DELETE ON run_search BEGIN
            INSERT INTO runs_fts (runs_fts, rowid, search) VALUES ('delete', old.seq, old.search);
        END""",
    "run_search_au": """
        CREATE TRIGGER run_search_au AFTER UPDATE ON run_search BEGIN
            INSERT INTO runs_fts (runs_fts, rowid, search) VALUES ('delete', old.seq, old.search);
            INSERT INTO runs_fts (rowid, search) VALUES (new.seq, new.search);
        END""",
}


class SchemaError(RuntimeError):
    """The database cannot be used by this version of the application."""


def fts5_available(conn: sqlite3.Connection) -> bool:
    """Whether this sqlite3 build has FTS5 with the trigram tokenizer."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts_probe USING fts5 (x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp.fts_probe")
    return True


def create(conn: sqlite3.Connection) -> None:
    """Create (or check) the schema. Call inside a transaction."""
    for statement in _statements(TABLES):
        conn.execute(statement)
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    if row is None:
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
    elif row[0] > SCHEMA_VERSION:
        raise SchemaError(f"the history was written by a newer version of the application "
                          f"(schema {row[0]}, this version reads up to {SCHEMA_VERSION})")
    elif row[0] == 1:
        conn.execute("ALTER TABLE runs ADD COLUMN value_format INTEGER NOT NULL DEFAULT 0")
        conn.execute("ALTER TABLE runs ADD COLUMN owner TEXT")
        conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))


def set_up_search(conn: sqlite3.Connection, use_fts: bool) -> None:
    """Keep ``runs_fts`` in step with ``run_search`` (use_fts) or stop maintaining it. When
    the triggers come back after a time without them, the index is rebuilt. Call inside a
    transaction."""
    present = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'run_search_a_'")}
    if not use_fts:
        for name in present:
            conn.execute(f"DROP TRIGGER {name}")
        return
    conn.execute(FTS_TABLE)
    missing = [name for name in FTS_TRIGGERS if name not in present]
    for name in missing:
        conn.execute(FTS_TRIGGERS[name])
    if missing:
        conn.execute("INSERT INTO runs_fts (runs_fts) VALUES ('rebuild')")


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
