"""Startup time and peak memory of the desktop app.

    .venv/bin/python bench/startup.py

(a) ``startup_s``: median over 5 runs of the time from spawning ``python -m hfi_desktop
--smoke-test`` to its first painted main window (target <= 1.0 s). The app prints
``first_paint_s=... monotonic=...`` once the window has painted; CLOCK_MONOTONIC is
system-wide, so the figure is that stamp minus the parent's clock just before the spawn
(interpreter start, imports, window construction and the first paint; not the exit).
(b) ``rss_mb``: the peak resident memory (VmHWM) of a child that builds the window as the app
does, shows it, then shows every task page once and lets each paint (target <= 200 MB).

Offscreen (QT_QPA_PLATFORM=offscreen), so no display is needed. The last line is
``RESULT startup_s=<median s> rss_mb=<peak MB>``.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
WARMUP_RUNS = 1  # the first spawn after a while reads the files from disk, not the cache
PAGE_PAINT_TIMEOUT_S = 2.0
BENCH_DATA = Path(tempfile.gettempdir()) / f"hfi-bench-startup-{os.getuid()}"


def _child_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # An installed app starts from bytecode caches (pip writes them, a first start does):
    # the warm-up spawn writes them here too, even where the shell says not to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A data folder of its own: with the user's, an app already open there would take the
    # launch (one instance per data folder) and nothing would be painted here.
    env["HFI_DESKTOP_DATA_DIR"] = str(BENCH_DATA)
    return env


def time_startup() -> tuple[float, float | None]:
    """One spawn: (seconds from spawn to first paint, the app's own since-start figure)."""
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "hfi_desktop", "--smoke-test"],
        cwd=ROOT, env=_child_env(), stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=60, check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"the app failed (exit {proc.returncode}):\n{proc.stderr}")
    for line in proc.stdout.splitlines():
        if line.startswith("first_paint_s="):
            fields = dict(part.split("=", 1) for part in line.split())
            own = fields["first_paint_s"]
            return float(fields["monotonic"]) - started, None if own == "unknown" else float(own)
    raise SystemExit(f"no first_paint_s line in the app's output:\n{proc.stdout}")


def measure_peak_rss() -> float:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--rss-child"],
        cwd=ROOT, env=_child_env(), stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=120, check=False,
    )
    return printed_rss_mb(proc, "the RSS child")


def printed_rss_mb(proc: subprocess.CompletedProcess[str], child: str) -> float:
    """The peak RSS a memory child (``--rss-child``) printed as ``rss_mb=``; exits with what
    it wrote when it failed or printed none. ``child``: what it is, for the message."""
    if proc.returncode != 0:
        raise SystemExit(f"{child} failed (exit {proc.returncode}):\n{proc.stderr}")
    for line in proc.stdout.splitlines():
        if line.startswith("rss_mb="):
            return float(line.removeprefix("rss_mb="))
    raise SystemExit(f"no rss_mb line in the output of {child}:\n{proc.stdout}")


def peak_rss_mb() -> float:
    """This process's resident-memory high-water mark (VmHWM), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_child() -> None:
    """Build the window as ``app.main`` does, show every task page once, print the peak RSS."""
    sys.path.insert(0, str(ROOT))
    import qasync
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import CATALOG
    from hfi_desktop.inference import HfInference
    from hfi_desktop.ui.main_window import MainWindow
    from hfi_desktop.ui.services import Services

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.add(id(watched))
            return False

    app = QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bridge = Bridge()
    client = HfInference()
    window = MainWindow(CATALOG, Services.create(client, bridge=bridge))
    counter = PaintCounter()

    async def show_all() -> int:
        window.show()
        unpainted = 0
        for spec in CATALOG:
            page = window.show_task(spec.id)
            page.installEventFilter(counter)
            deadline = time.monotonic() + PAGE_PAINT_TIMEOUT_S
            while id(page) not in counter.painted and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            unpainted += id(page) not in counter.painted
            page.removeEventFilter(counter)
        await asyncio.sleep(0.05)
        return unpainted

    try:
        with loop:
            unpainted = loop.run_until_complete(show_all())
    finally:
        bridge.shutdown()
        client.close()
    if unpainted:
        print(f"warning: {unpainted} page(s) did not paint", file=sys.stderr)
    print(f"pages={len(window.pages)}")
    print(f"rss_mb={peak_rss_mb():.1f}")


def main() -> None:
    for _ in range(WARMUP_RUNS):
        time_startup()
    spawn_s: list[float] = []
    for run in range(1, RUNS + 1):
        seconds, own = time_startup()
        spawn_s.append(seconds)
        shown = "?" if own is None else f"{own:.2f}"
        print(f"run {run}: first paint {seconds:.3f} s after spawn "
              f"(the app's own count from its process start: {shown} s)")
    startup = statistics.median(spawn_s)
    print(f"startup: median {startup:.3f} s, min {min(spawn_s):.3f}, max {max(spawn_s):.3f} "
          f"(target <= 1.0 s)")
    rss = measure_peak_rss()
    print(f"peak RSS after showing every task page: {rss:.1f} MB (target <= 200 MB)")
    print(f"RESULT startup_s={startup:.3f} rss_mb={rss:.1f}")


if __name__ == "__main__":
    if "--rss-child" in sys.argv[1:]:
        rss_child()
    else:
        main()
