"""The local engine's chat against ``transformers serve``'s, on the same model and requests:
should the engine hand chat to ``transformers serve`` (issue 14 asks to measure it)?

    pip install fastapi accelerate   # transformers serve needs them; the app does not
    .venv/bin/python bench/transformers_serve.py

The tests' random-weight chat model (tests/support/tiny_models.py, ``tiny/gpt2-chat``, with a
chat template) in a temporary Hub cache, offline. Both servers start from the same cache:
the engine (``python -m hfi_desktop.engine --port 0``) and ``transformers serve --port P``.
Each gets the same OpenAI chat request, greedy (temperature 0), 64 new tokens at most,
streamed; calls alternate between the two (WARMUP each first, then CALLS each):

- ``*_first_token_ms``: median time from sending to the first content chunk;
- ``*_tokens_per_s``: median content chunks per second after the first one;
- ``*_cold_s``: from spawning the server to the first answer (start, imports, model load).

Both processes run with the engine's OpenMP setting (engine.__main__.wait_politely), the
client is a plain ``requests`` session. The last line is ``RESULT engine_first_token_ms=...
serve_first_token_ms=... engine_tokens_per_s=... serve_tokens_per_s=... engine_cold_s=...
serve_cold_s=...``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from hfi_desktop.engine.__main__ import wait_politely  # noqa: E402 (needs ROOT on the path)

MODEL = "tiny/gpt2-chat"
WARMUP = 3
CALLS = 20
MAX_TOKENS = 64
START_TIMEOUT_S = 180.0
MESSAGES = [{"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Tell me about machine learning models on this computer"}]


def build_cache(hf_home: Path) -> None:
    from tests.support.tiny_models import build_model, snapshot_folder

    folder = snapshot_folder(hf_home, MODEL)
    build_model("gpt2", folder)
    (folder / "README.md").write_text("---\npipeline_tag: text-generation\n---\n")


def server_env(hf_home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HF_")}
    env.update(HF_HOME=str(hf_home), HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT),
               NO_PROXY="127.0.0.1,localhost", TRANSFORMERS_VERBOSITY="error")
    wait_politely(env)
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def engine(hf_home: Path) -> Iterator[tuple[str, dict[str, str], float]]:
    """(base URL, headers, monotonic spawn time) of a running engine."""
    spawned = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "hfi_desktop.engine", "--port", "0"], cwd=ROOT,
        env=server_env(hf_home), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL)
    assert process.stdout is not None and process.stdin is not None
    try:
        first = json.loads(process.stdout.readline())
        yield first["url"], {"Authorization": f"Bearer {first['token']}"}, spawned
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def transformers_serve(hf_home: Path) -> Iterator[tuple[str, dict[str, str], float]]:
    command = shutil.which("transformers", path=str(Path(sys.executable).parent))
    if command is None:
        raise SystemExit("no `transformers` command beside this Python")
    port = free_port()
    spawned = time.monotonic()
    process = subprocess.Popen(
        [command, "serve", "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
        env=server_env(hf_home), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = spawned + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                assert process.stderr is not None
                said = process.stderr.read().decode()[-2000:]
                raise SystemExit("transformers serve ended (it needs fastapi and accelerate: "
                                 f"pip install fastapi accelerate):\n{said}")
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("transformers serve did not answer /health")
            time.sleep(0.2)
        yield url, {}, spawned
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def chat_stream(session: requests.Session, url: str, headers: dict[str, str]
                ) -> tuple[float, list[float]]:
    """(seconds to the first content chunk, the times of every content chunk)."""
    body = {"model": MODEL, "messages": MESSAGES, "max_tokens": MAX_TOKENS, "stream": True,
            "temperature": 0}
    started = time.perf_counter()
    stamps: list[float] = []
    with session.post(f"{url}/v1/chat/completions", json=body, headers=headers, stream=True,
                      timeout=120) as reply:
        reply.raise_for_status()
        for line in reply.iter_lines():
            if not line.startswith(b"data:"):
                continue
            data = line[5:].strip()
            if data == b"[DONE]":
                break
            event: dict[str, Any] = json.loads(data)
            choices = event.get("choices") or [{}]
            if (choices[0].get("delta") or {}).get("content"):
                stamps.append(time.perf_counter())
    if not stamps:
        raise SystemExit(f"{url}: the stream had no content")
    return stamps[0] - started, stamps


def tokens_per_s(stamps: list[float]) -> float:
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0


def main() -> None:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="hfi-bench-serve-") as tmp:
        hf_home = Path(tmp)
        build_cache(hf_home)
        with engine(hf_home) as ours, transformers_serve(hf_home) as theirs:
            servers = {"engine": ours, "serve": theirs}
            sessions = {name: requests.Session() for name in servers}
            for session in sessions.values():
                session.trust_env = False
            for name, (url, headers, spawned) in servers.items():
                chat_stream(sessions[name], url, headers)
                figures[f"{name}_cold_s"] = time.monotonic() - spawned
            first: dict[str, list[float]] = {name: [] for name in servers}
            rates: dict[str, list[float]] = {name: [] for name in servers}
            chunks: dict[str, list[int]] = {name: [] for name in servers}
            for round_ in range(WARMUP + CALLS):
                for name, (url, headers, _) in servers.items():
                    ttft, stamps = chat_stream(sessions[name], url, headers)
                    if round_ >= WARMUP:
                        first[name].append(ttft * 1000)
                        rates[name].append(tokens_per_s(stamps))
                        chunks[name].append(len(stamps))
        for name in servers:
            print(f"{name}: first token median {statistics.median(first[name]):.1f} ms, "
                  f"{statistics.median(rates[name]):.0f} chunks/s, "
                  f"{statistics.median(chunks[name]):.0f} chunks a reply, "
                  f"cold {figures[f'{name}_cold_s']:.1f} s")
            figures[f"{name}_first_token_ms"] = statistics.median(first[name])
            figures[f"{name}_tokens_per_s"] = statistics.median(rates[name])
    order = ("engine_first_token_ms", "serve_first_token_ms", "engine_tokens_per_s",
             "serve_tokens_per_s", "engine_cold_s", "serve_cold_s")
    print("RESULT " + " ".join(f"{key}={figures[key]:.2f}" for key in order))


if __name__ == "__main__":
    main()
