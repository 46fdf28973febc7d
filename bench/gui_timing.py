"""What the GUI bench scripts share: the fake server in a child process, a heartbeat timer's
inter-tick gaps, Python's garbage collections, and the CPU other processes used."""

from __future__ import annotations

import gc
import itertools
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HEARTBEAT_MS = 2
TARGET_MAX_MS = 16.0


def start_server(script: str, *options: str) -> tuple[subprocess.Popen[str], str]:
    """Run ``script --serve [options]`` (its fake API, in a child process so that the server's
    threads don't share this process's GIL); return the process and the URL it printed."""
    proc = subprocess.Popen(
        [sys.executable, str(Path(script).resolve()), "--serve", *options],
        cwd=Path(__file__).resolve().parents[1], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://"):
        proc.kill()
        raise SystemExit("the fake server did not start")
    return proc, url


@dataclass
class Gaps:
    """Inter-tick intervals of the heartbeat, in ms."""

    values_ms: list[float] = field(default_factory=list)
    worst: list[tuple[float, float]] = field(default_factory=list)  # (gap ms, ended at)
    started: float = 0.0  # the first tick

    def extend(self, other: Gaps) -> None:
        self.values_ms.extend(other.values_ms)
        self.worst = sorted([*self.worst, *other.worst], reverse=True)[:5]

    def percentile(self, q: float) -> float:
        """Nearest-rank percentile."""
        ordered = sorted(self.values_ms)
        if not ordered:
            return 0.0
        rank = min(len(ordered), max(1, -(-len(ordered) * q // 100)))  # ceil
        return ordered[int(rank) - 1]

    @property
    def p50(self) -> float:
        return self.percentile(50)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    @property
    def max(self) -> float:
        return max(self.values_ms, default=0.0)

    def summary(self) -> str:
        over = sum(v > TARGET_MAX_MS for v in self.values_ms)
        return (f"{len(self.values_ms)} gaps: p50 {self.p50:.2f} ms, p99 {self.p99:.2f} ms, "
                f"max {self.max:.2f} ms ({over} over {TARGET_MAX_MS:.0f} ms)")


class Heartbeat:
    """A precise 2 ms QTimer on the GUI thread that stamps its ticks while recording."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._stamps: list[float] = []
        self._recording = False
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        if self._recording:
            self._stamps.append(time.perf_counter())

    def start(self) -> None:
        self._stamps = []
        self._recording = True

    def stop(self) -> Gaps:
        self._recording = False
        stamps = self._stamps
        gaps = Gaps(started=stamps[0] if stamps else 0.0)
        pairs = [((after - before) * 1000, after)
                 for before, after in itertools.pairwise(stamps)]
        gaps.values_ms = [gap for gap, _ in pairs]
        gaps.worst = sorted(pairs, reverse=True)[:5]
        return gaps


class GcRuns:
    """Python's garbage collections (any thread) and how long each took, while recording."""

    def __init__(self) -> None:
        self.runs: list[tuple[float, float, int, str]] = []  # (start, end, generation, thread)
        self._started = 0.0
        self._recording = False
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        elif self._recording:
            gui = threading.current_thread() is threading.main_thread()
            self.runs.append((self._started, time.perf_counter(), info["generation"],
                              "GUI" if gui else "worker"))

    def start(self) -> None:
        self.runs = []
        self._recording = True

    def stop(self) -> str:
        self._recording = False
        if not self.runs:
            return "no GC runs"
        start, end, generation, _ = max(self.runs, key=lambda run: run[1] - run[0])
        return (f"{len(self.runs)} GC runs, longest {(end - start) * 1000:.1f} ms "
                f"(generation {generation})")


class CpuUse:
    """CPU time taken by other processes than this bench (and its server) meanwhile, in % of
    all CPUs (from /proc)."""

    def __init__(self, server_pid: int) -> None:
        self._pids = ["self", str(server_pid)]
        self._start = (0, 0, 0)

    def _sample(self) -> tuple[int, int, int]:
        try:
            with open("/proc/stat") as stat:
                fields = [int(v) for v in stat.readline().split()[1:]]
            ours = 0
            for pid in self._pids:
                with open(f"/proc/{pid}/stat") as proc:
                    values = proc.read().rpartition(")")[2].split()
                ours += int(values[11]) + int(values[12])  # utime + stime
        except (OSError, ValueError, IndexError):
            return (0, 0, 0)
        idle = fields[3] + fields[4]  # idle + iowait
        return sum(fields), sum(fields) - idle, ours

    def start(self) -> None:
        self._start = self._sample()

    def others_percent(self) -> float:
        total, busy, ours = (b - a for a, b in zip(self._start, self._sample(), strict=True))
        return 100.0 * max(0, busy - ours) / total if total > 0 else 0.0


class ThreadCpu:
    """--diagnose: CPU time each thread of this process (by Python thread name) and the server
    process took meanwhile, in ms (from /proc; Linux only)."""

    def __init__(self, server_pid: int) -> None:
        self._server_pid = server_pid
        self._start: dict[str, float] = {}

    def _sample(self) -> dict[str, float]:
        names = {thread.native_id: thread.name for thread in threading.enumerate()}
        tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
        times: dict[str, float] = {}
        paths = [(f"/proc/self/task/{tid}/stat", names.get(int(tid), f"thread {tid}"))
                 for tid in os.listdir("/proc/self/task")]
        paths.append((f"/proc/{self._server_pid}/stat", "server process"))
        for path, name in paths:
            try:
                with open(path) as stat:
                    values = stat.read().rpartition(")")[2].split()
            except OSError:
                continue
            name = name.rstrip("0123456789").rstrip("_")  # one figure per worker pool
            times[name] = times.get(name, 0.0) + (int(values[11]) + int(values[12])) * tick_ms
        return times

    def start(self) -> None:
        self._start = self._sample()

    def summary(self) -> str:
        end = self._sample()
        used = {name: ms - self._start.get(name, 0.0) for name, ms in end.items()}
        return ", ".join(f"{name} {ms:.0f} ms" for name, ms in
                         sorted(used.items(), key=lambda item: -item[1]) if ms > 0)
