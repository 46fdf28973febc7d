"""What the local engine costs over calling the pipeline directly, how long it takes to start,
and the GUI's memory while it runs.

    .venv/bin/python bench/local_engine.py

Two random-weight BERT text classifiers are built offline in a temporary Hub cache (the test
suite's tokenizer, tests/support/tiny_models.py): *tiny* (the tests' tiny/bert-classifier)
and *base* (hidden 256, 4 layers, a ~190-token input, so that a direct call takes over 20 ms
on a CPU).

(a) ``engine_added_ms``: median of the engine call minus median of the direct call, on tiny.
    Engine call: the app's client of the engine (``local_client``: ``HfInference`` with the
    engine's token, no proxy from the environment) -> HTTP -> the
    engine process (``python -m hfi_desktop.engine --port 0``) -> the same transformers
    pipeline. Direct call: that pipeline, loaded in this process from the same folder, called
    with the same list the engine's runner passes, with the engine's OpenMP setting (waiting
    threads sleep: engine.__main__.wait_politely), so that neither process's spinning
    threads take the cores from the other's. Calls alternate (direct, engine, ...) so
    that both see the same machine; CALLS of each after WARMUP. (target <= 3 ms)
(b) ``engine_overhead``: engine median / direct median, on base. (target <= 1.15)
(c) ``cold_start_s``: from spawning the engine to the first result on tiny (interpreter,
    imports, model load and the call).
(d) ``gui_rss_mb``: peak RSS (VmHWM) of a GUI child that builds the window as the app does,
    starts the local engine through the app's LocalSourcesService, runs one classification
    on it, then shows every task page; ``gui_rss_no_engine_mb``: the same child without the
    engine (bench/startup.py's measure), in the same run. (target: within 10 MB)

Offscreen. The last line is ``RESULT engine_added_ms=... engine_overhead=...
cold_start_s=... gui_rss_mb=... gui_rss_no_engine_mb=...``.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # no progress bars on the figures
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from hfi_desktop.engine.__main__ import wait_politely  # noqa: E402 (needs ROOT on the path)

wait_politely(os.environ)  # before torch is imported

TINY = "tiny/bert-classifier"
BASE = "bench/bert-base-classifier"
WARMUP = 5
CALLS = 40
MIN_DIRECT_MS = 20.0
TINY_TEXT = "this movie was great and I loved it"
BASE_TEXT = " ".join(["the cat sat on the mat and the dog ran in the park with a ball"] * 12)
START_TIMEOUT_S = 120.0


def build_cache(root: Path) -> None:
    from tests.support import tiny_models

    folder = tiny_models.snapshot_folder(root, TINY)
    tiny_models.build_model("sequence", folder)
    (folder / "README.md").write_text("---\npipeline_tag: text-classification\n---\n")
    tiny_models.bert_classifier(tiny_models.snapshot_folder(root, BASE),
                                hidden_size=256, layers=4, heads=4)


def engine_env(hf_home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HF_")}
    env.update(HF_HOME=str(hf_home), HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT),
               NO_PROXY="127.0.0.1,localhost")
    return env


def start_engine(hf_home: Path) -> tuple[subprocess.Popen[bytes], str, str, float]:
    """The engine process, its URL and token, and the monotonic time it was spawned."""
    spawned = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "hfi_desktop.engine", "--port", "0"], cwd=ROOT,
        env=engine_env(hf_home), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        raise SystemExit(f"the engine ended before printing its URL (exit {process.wait()})")
    first = json.loads(line)
    return process, first["url"], first["token"], spawned


def stop_engine(process: subprocess.Popen[bytes]) -> None:
    assert process.stdin is not None
    process.stdin.close()  # the engine exits when its stdin closes
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def direct_pipeline(folder: Path) -> Any:
    from transformers import pipeline

    return pipeline("text-classification", model=str(folder), device="cpu")


def timed_ms(call: Any) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def side_by_side(direct: Any, engine: Any) -> tuple[list[float], list[float]]:
    """(direct ms, engine ms), alternating, after WARMUP of each."""
    for _ in range(WARMUP):
        direct()
        engine()
    direct_ms: list[float] = []
    engine_ms: list[float] = []
    for _ in range(CALLS):
        direct_ms.append(timed_ms(direct))
        engine_ms.append(timed_ms(engine))
    return direct_ms, engine_ms


def describe(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    return (f"{name}: median {statistics.median(ordered):.2f} ms, "
            f"p10 {ordered[len(ordered) // 10]:.2f}, p90 {ordered[len(ordered) * 9 // 10]:.2f}")


def snapshot(hf_home: Path, model: str) -> Path:
    from tests.support.tiny_models import snapshot_folder

    return snapshot_folder(hf_home, model)


def measure_engine(hf_home: Path) -> dict[str, float]:
    import torch

    from hfi_desktop.local.clients import local_client
    from hfi_desktop.local.sources import LocalSource, SourceKind

    process, url, token, spawned = start_engine(hf_home)
    try:
        source = LocalSource("local", "Local engine", SourceKind.ENGINE, url, token)
        with local_client(source, timeout=(5.0, START_TIMEOUT_S)) as client:
            client.text_classification(inputs=TINY_TEXT, model=TINY,
                                       options={"wait_for_model": True})
            cold_start = time.monotonic() - spawned
            print(f"cold start: {cold_start:.2f} s from spawn to the first result on {TINY}")
            # The engine's runs use the threads torch gives each process; so does this one.
            print(f"torch threads here: {torch.get_num_threads()}")
            medians: dict[str, tuple[float, float]] = {}  # model -> (direct, engine)
            for model, text in ((TINY, TINY_TEXT), (BASE, BASE_TEXT)):
                pipe = direct_pipeline(snapshot(hf_home, model))
                client.text_classification(inputs=text, model=model,
                                           options={"wait_for_model": True})  # loaded

                def direct(pipe: Any = pipe, text: str = text) -> Any:
                    return pipe([text], top_k=None)  # as the engine's runner calls it

                def engine(model: str = model, text: str = text) -> Any:
                    return client.text_classification(inputs=text, model=model)

                if direct() != [engine()]:
                    raise SystemExit(f"{model}: the engine's answer differs from the pipeline's")
                direct_ms, engine_ms = side_by_side(direct, engine)
                print(f"{model}:\n  {describe('direct', direct_ms)}\n  "
                      f"{describe('engine', engine_ms)}")
                medians[model] = statistics.median(direct_ms), statistics.median(engine_ms)
    finally:
        stop_engine(process)
    tiny_direct, tiny_engine = medians[TINY]
    base_direct, base_engine = medians[BASE]
    if base_direct < MIN_DIRECT_MS:
        raise SystemExit(f"the base model's direct call took {base_direct:.1f} ms "
                         f"(< {MIN_DIRECT_MS:.0f} ms): make its input longer")
    return {"cold_start_s": cold_start, "engine_added_ms": tiny_engine - tiny_direct,
            "engine_overhead": base_engine / base_direct}


# ------------------------------------------------------------------------------- GUI memory
def measure_gui_rss(hf_home: Path, with_engine: bool) -> float:
    from bench.startup import printed_rss_mb

    env = {**engine_env(hf_home), "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="hfi-bench-data-") as data:
        env["HFI_DESKTOP_DATA_DIR"] = data
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--rss-child",
             *(["--engine"] if with_engine else [])],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
            timeout=300, check=False)
    return printed_rss_mb(proc, "the GUI child")


def rss_child(with_engine: bool) -> None:
    """As bench/startup.py's child, plus (with_engine) the app's engine started and used."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from bench.startup import peak_rss_mb
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import CATALOG
    from hfi_desktop.inference import HfInference
    from hfi_desktop.ui.local import LocalSourcesService
    from hfi_desktop.ui.main_window import MainWindow
    from hfi_desktop.ui.services import Services

    app = QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bridge = Bridge()
    client = HfInference()
    services = Services.create(client, bridge=bridge)
    local = services.local = LocalSourcesService()
    window = MainWindow(CATALOG, services)

    async def run() -> None:
        window.show()
        if with_engine:
            local.engine.start()
            deadline = time.monotonic() + START_TIMEOUT_S
            while not local.engine.is_running():
                if time.monotonic() > deadline:
                    raise SystemExit(f"the engine did not start: {local.engine.message}")
                await asyncio.sleep(0.05)
            source = local.engine_source()
            engine_client = local.client_for(source, None)
            labels = await bridge.run(lambda: engine_client.text_classification(
                inputs=TINY_TEXT, model=TINY, options={"wait_for_model": True}))
            if not labels:
                raise SystemExit("the engine gave no labels")
            if "torch" in sys.modules:
                raise SystemExit("the GUI process imported torch")
        for spec in CATALOG:
            window.show_task(spec.id)
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)

    try:
        with loop:
            loop.run_until_complete(run())
    finally:
        local.shutdown()
        bridge.shutdown()
        client.close()
    print(f"rss_mb={peak_rss_mb():.1f}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="hfi-bench-engine-") as tmp:
        hf_home = Path(tmp)
        started = time.monotonic()
        build_cache(hf_home)
        print(f"models built in {time.monotonic() - started:.1f} s")
        figures = measure_engine(hf_home)
        no_engine = measure_gui_rss(hf_home, with_engine=False)
        with_engine = measure_gui_rss(hf_home, with_engine=True)
    print(f"GUI peak RSS: {with_engine:.1f} MB with the engine running and used, "
          f"{no_engine:.1f} MB without (target: within 10 MB)")
    print(f"engine added {figures['engine_added_ms']:.2f} ms per call on the tiny model "
          f"(target <= 3); {figures['engine_overhead']:.3f}x on the base model (target <= 1.15)")
    print(f"RESULT engine_added_ms={figures['engine_added_ms']:.2f} "
          f"engine_overhead={figures['engine_overhead']:.3f} "
          f"cold_start_s={figures['cold_start_s']:.2f} gui_rss_mb={with_engine:.1f} "
          f"gui_rss_no_engine_mb={no_engine:.1f}")


if __name__ == "__main__":
    if "--rss-child" in sys.argv[1:]:
        rss_child("--engine" in sys.argv[1:])
    else:
        main()
