"""How fast the history panel opens and filters with 10,000 runs in the history.

    .venv/bin/python bench/history_filter.py [--runs N] [--repeats R]

A history (SQLite + content store) in a temporary folder is filled with N varied runs
(every task, a dozen models per task, the five states, inputs of 5-60 words, results,
streamed texts of up to 2,000 characters). Then, offscreen, on a qasync loop as in the app,
with the history on its worker thread:

- open: a HistoryPanel is created and shown until its model holds the first page
  (the ``loaded`` signal; what View ▸ History costs on first use);
- filter: a filter (a task and a free-text word, both) is applied until the view's model
  is reset with the matching rows (the typing debounce, 250 ms by design, is left out);
  a word alone (no task, so thousands of matches) is timed too, for information.

Each is measured REPEATS times (filters: a different task and word each time) after one
unmeasured warm-up; the figures are medians. Both text-search paths are measured: FTS5
(trigram index; the default where the sqlite3 build has it) and the LIKE scan (the
fallback). Target: <= 100 ms for each.

The last line is ``RESULT history_open_ms=<median> history_filter_ms=<median>`` (FTS path).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hfi_desktop.catalog import CATALOG  # noqa: E402
from hfi_desktop.runs import RunState  # noqa: E402
from hfi_desktop.storage.history.service import HistoryService  # noqa: E402
from hfi_desktop.storage.history.store import HistoryFilter, HistoryStore  # noqa: E402
from hfi_desktop.storage.paths import history_db_path  # noqa: E402
from hfi_desktop.storage.records import RunRecord  # noqa: E402
from hfi_desktop.storage.settings import Settings  # noqa: E402
from hfi_desktop.ui.history import HistoryPanel  # noqa: E402

RUNS = 10_000
REPEATS = 15
TARGET_MS = 100.0
VOCABULARY = """cat dog bird horse river mountain city night morning coffee music story robot
paint garden ocean forest winter summer light shadow window letter friend teacher market
train bridge castle dragon planet rocket engine doctor kitchen recipe bread cheese apple
orange lemon sugar salt pepper storm cloud rain snow wind fire stone glass paper pencil
book library museum theatre movie camera photo picture color yellow purple silver golden
happy sad angry calm quiet loud fast slow bright dark warm cold sweet bitter young old
question answer reason memory dream travel journey holiday weekend birthday wedding party
"""
WORDS = tuple(VOCABULARY.split())
STATES = (RunState.DONE,) * 6 + (RunState.ERROR, RunState.CANCELLED, RunState.INTERRUPTED)


def sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def make_record(n: int, rng: random.Random, t0: float) -> RunRecord:
    spec = CATALOG[n % len(CATALOG)]
    model = f"{rng.choice(['acme', 'openlab', 'nlp-team'])}/{spec.id}-{rng.randint(1, 12)}"
    state = rng.choice(STATES)
    form: dict[str, object] = {}
    for field in spec.inputs:
        if field.kind.value in ("image", "audio", "file"):
            form[field.key] = {"$file": f"{rng.getrandbits(256):064x}", "name":
                               f"{rng.choice(WORDS)}.png", "mime": "image/png",
                               "size": rng.randint(10_000, 900_000), "stored": False}
        else:
            form[field.key] = sentence(rng, 5, 60)
    text = ""
    result: object = None
    error = None
    if spec.streaming:
        text = sentence(rng, 20, 300)[:2000]
    if state is RunState.ERROR:
        error = {"title": "The server failed", "message": sentence(rng, 4, 12)}
    elif state is RunState.DONE and not spec.streaming:
        result = rng.choice([
            [{"label": rng.choice(WORDS), "score": rng.random()} for _ in range(5)],
            {"generated_text": sentence(rng, 10, 80)},
            {"answer": rng.choice(WORDS), "score": rng.random()},
        ])
    return RunRecord(spec.id, model, form, {"max_new_tokens": rng.randint(10, 200)},
                     {"use_cache": True, "wait_for_model": False}, id=f"{n:032x}",
                     started_at=t0 + n * 7.0, state=state,
                     elapsed_s=rng.uniform(0.05, 20.0), http_status=200, result=result,
                     error=error, text=text, tokens=len(text.split()) if text else None)


def fill(data_dir: Path, runs: int) -> float:
    rng = random.Random(1234)
    t0 = time.time() - runs * 7.0
    started = time.perf_counter()
    store = HistoryStore(history_db_path(data_dir))
    store.finish_many(make_record(n, rng, t0) for n in range(runs))
    store.close()
    return time.perf_counter() - started


async def until_loaded(panel: HistoryPanel) -> None:
    done = asyncio.get_running_loop().create_future()

    def loaded() -> None:
        if not done.done():
            done.set_result(None)

    panel.model.loaded.connect(loaded)
    try:
        await asyncio.wait_for(done, 10)
    finally:
        panel.model.loaded.disconnect(loaded)


Measured = tuple[list[float], list[float], list[int], list[float]]


async def measure(history: HistoryService, repeats: int) -> Measured:
    """(open times, filter times, matches per filter, text-only filter times), in ms."""
    opens: list[float] = []
    filters: list[float] = []
    matches: list[int] = []
    text_only: list[float] = []
    rng = random.Random(99)
    for i in range(repeats + 1):  # the first one warms up (not counted)
        started = time.perf_counter()
        panel = HistoryPanel(history)
        panel.resize(1200, 400)
        waiting = until_loaded(panel)
        panel.show()
        await waiting
        opened = (time.perf_counter() - started) * 1000
        assert panel.model.rowCount() > 0
        spec = CATALOG[rng.randrange(len(CATALOG))]
        where = HistoryFilter(task=spec.id, text=rng.choice(WORDS))
        started = time.perf_counter()
        waiting = until_loaded(panel)
        panel.set_filter(where)
        await waiting
        filtered = (time.perf_counter() - started) * 1000
        total = panel.model.total
        started = time.perf_counter()
        waiting = until_loaded(panel)
        panel.set_filter(HistoryFilter(text=rng.choice(WORDS)))  # no task: many more rows
        await waiting
        if i:
            opens.append(opened)
            filters.append(filtered)
            matches.append(total)
            text_only.append((time.perf_counter() - started) * 1000)
        panel.close()
        panel.deleteLater()
        await asyncio.sleep(0)
    return opens, filters, matches, text_only


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)  # each measured panel is a window that closes
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="hfi-bench-history-") as folder:
        data_dir = Path(folder)
        seconds = fill(data_dir, args.runs)
        size_mb = history_db_path(data_dir).stat().st_size / 1e6
        print(f"filled {args.runs:,} runs in {seconds:.1f} s ({size_mb:.1f} MB database)")
        settings = Settings(QSettings(str(data_dir / "settings.ini"),
                                      QSettings.Format.IniFormat))
        for name, fts in (("like", False), ("fts", True)):
            history = HistoryService.open(data_dir, settings=settings, fts=fts)
            assert history.wait_open(60), history.error
            assert history.uses_fts is fts, "FTS5 (trigram) is missing from this sqlite3"
            with loop:
                opens, filters, matches, text_only = loop.run_until_complete(
                    measure(history, args.repeats))
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            history.close()
            results[name] = (statistics.median(opens), statistics.median(filters))
            print(f"{name:>4}: open median {results[name][0]:.1f} ms (max {max(opens):.1f}), "
                  f"filter median {results[name][1]:.1f} ms (max {max(filters):.1f}); "
                  f"matches per filter: median {statistics.median(matches):.0f}; "
                  f"a word alone (no task): median {statistics.median(text_only):.1f} ms")
    open_ms, filter_ms = results["fts"]
    verdict = "ok" if max(open_ms, filter_ms) <= TARGET_MS else "OVER TARGET"
    print(f"target <= {TARGET_MS:.0f} ms: {verdict}; LIKE fallback: open "
          f"{results['like'][0]:.1f} ms, filter {results['like'][1]:.1f} ms")
    print(f"RESULT history_open_ms={open_ms:.1f} history_filter_ms={filter_ms:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
