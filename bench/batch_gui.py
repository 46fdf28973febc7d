"""The GUI thread while a batch's results arrive in its window (bench/batch.py's second part).

A real MainWindow (offscreen) set up as the app sets it up (settings in a temporary folder,
``tune_runtime`` once it is shown), on a qasync loop; the text-classification page's
"Batch…" window with 200 lines x the 3 scripted models, run with Run batch against the fake
API (a child process) answering in ``latency_ms`` (short by default: the results arrive as
fast as the client can fetch them, the GUI's worst case). A 2 ms heartbeat (bench/gui_timing)
stamps the GUI thread from the first result shown to the last (and its summary), plus a
short tail; ``batch_gui_max_ms`` is its longest gap (target <= 16 ms). The click itself
(the batch file written, the empty table of 200 rows laid out) is measured apart, up to the
first result, and printed beside it.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from bench.gui_timing import CpuUse, Gaps, GcRuns, Heartbeat, start_server

GUI_LATENCY_MS = (2.0, 10.0)
GUI_CONCURRENCY = 8
TAIL_S = 0.3
TIMEOUT_S = 120.0
REPEATS = 2


async def _wait(predicate: object, timeout: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("the batch did not finish in time")
        await asyncio.sleep(0.01)


async def _one_batch(window: object, lines: list[str], models: list[str], folder: Path,
                     heartbeat: Heartbeat) -> tuple[Gaps, Gaps, float]:
    """One batch in the window: (gaps from the click to the first result shown, gaps while
    the results arrive until the last one is shown, wall seconds)."""
    from PySide6.QtWidgets import QPushButton

    from hfi_desktop.ui.batch import BATCH_BUTTON_NAME
    from hfi_desktop.ui.batch.session import State

    window.batches.folder = folder  # type: ignore[attr-defined]
    page = window.show_task("text-classification")  # type: ignore[attr-defined]
    page.findChild(QPushButton, BATCH_BUTTON_NAME).click()
    view = window.batches.windows[-1]  # type: ignore[attr-defined]
    view.resize(1280, 860)
    view.sources.tabs.setCurrentIndex(view.sources.tabs.count() - 1)
    view.sources.lines.setPlainText("\n".join(lines))
    while len(view.targets.rows) < len(models):
        view.targets.add_target("")
    for row, model in zip(view.targets.rows, models, strict=True):
        row.model_field.set_model(model)
    view.targets.concurrency.setValue(GUI_CONCURRENCY)
    await asyncio.sleep(0.3)
    cells = len(lines) * len(models)
    heartbeat.start()
    started = time.perf_counter()
    view.run_button.click()
    await _wait(lambda: view.model.outcomes())
    start_gaps = heartbeat.stop()  # the click: the batch file written, the table laid out
    heartbeat.start()
    await _wait(lambda: view.session.state is State.FINISHED
                and len(view.model.outcomes()) == cells and not view.is_reading())
    wall = time.perf_counter() - started
    await asyncio.sleep(TAIL_S)
    gaps = heartbeat.stop()
    view.close()
    return start_gaps, gaps, wall


def measure_gui(latency_ms: tuple[float, float] = GUI_LATENCY_MS, inputs: int = 200,
                repeats: int = REPEATS) -> tuple[Gaps, Gaps]:
    """Run the batch window ``repeats`` times (after one unmeasured run); the pooled gaps
    (from the click to the first result, while the results arrive)."""
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import CATALOG
    from hfi_desktop.inference import HfInference
    from hfi_desktop.runtime import tune_runtime
    from hfi_desktop.storage.recent_models import RecentModels
    from hfi_desktop.storage.settings import Settings
    from hfi_desktop.ui.main_window import MainWindow
    from hfi_desktop.ui.services import Services
    from tests.support.batch_run import MODELS

    proc, url = start_server(str(Path(__file__).with_name("batch.py")),
                             "--latency-ms", *map(str, latency_ms))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    pooled, starts = Gaps(), Gaps()
    try:
        with tempfile.TemporaryDirectory(prefix="hfi-bench-batch-gui-") as workdir:
            folder = Path(workdir)
            qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
            bridge = Bridge()
            client = HfInference(base_url=url, hub_url=url, router_url=url,
                                 timeout=(5.0, 60.0))
            services = Services.create(client, bridge=bridge,
                                       recent_models=RecentModels(qsettings),
                                       settings=Settings(qsettings))
            window = MainWindow(CATALOG, services)
            window.show()
            collector = tune_runtime(bridge.idle_s)
            heartbeat, gc_runs, cpu = Heartbeat(), GcRuns(), CpuUse(proc.pid)
            lines = [f"review number {i + 1}: the plot was fine" for i in range(inputs)]

            async def main() -> None:
                for index in range(repeats + 1):
                    gc_runs.start()
                    cpu.start()
                    start, gaps, wall = await _one_batch(window, lines, list(MODELS),
                                                         folder / f"run-{index}", heartbeat)
                    label = "warm-up (not counted)" if index == 0 else f"run {index}"
                    print(f"GUI {label}: {inputs * len(MODELS)} results in {wall:.2f} s; "
                          f"arriving: {gaps.summary()}; click to first result: max "
                          f"{start.max:.1f} ms; {gc_runs.stop()}; "
                          f"other processes {cpu.others_percent():.0f}% CPU")
                    if index:
                        pooled.extend(gaps)
                        starts.extend(start)

            with loop:
                loop.run_until_complete(main())
            collector.stop()
            bridge.shutdown()
            client.close()
            window.close()
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(5)
    return starts, pooled
