"""The local engine as a real child process for tests: ``python -m hfi_desktop.engine
--port 0`` with HF_HOME at a test cache, offline; its first stdout line gives URL and token."""

from __future__ import annotations

import importlib.util
import json
import os
import selectors
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import requests

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 90.0
#: The skip reason of tests that need the local extra (the engine's packages).
NO_ENGINE_EXTRA = "the local engine's extra is not installed"


def engine_extra_missing() -> bool:
    """Whether torch or uvicorn is missing, found without importing them: torch in the test
    process would make every later test's garbage collection slower (tests/conftest.py)."""
    return any(importlib.util.find_spec(name) is None for name in ("torch", "uvicorn"))


@dataclass
class EngineProcess:
    process: subprocess.Popen[bytes]
    url: str
    token: str
    log: Path

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        headers = {**self.auth, **kwargs.pop("headers", {})}
        return requests.post(f"{self.url}{path}", json=body, headers=headers, timeout=120, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        headers = {**self.auth, **kwargs.pop("headers", {})}
        return requests.get(f"{self.url}{path}", headers=headers, timeout=60, **kwargs)

    def explain(self, reply: requests.Response) -> str:
        """A failed assertion's message: the answer and the end of the engine's log."""
        tail = "\n".join(self.log.read_text(errors="replace").splitlines()[-30:])
        return f"{reply.status_code} {reply.text[:2000]}\nthe engine's log ends with:\n{tail}"

    def client(self) -> Any:
        from hfi_desktop.inference import HfInference

        return HfInference(self.token, base_url=self.url, hub_url=self.url)

    def stop(self) -> int:
        """Close its stdin (as the app ending does) and wait for it to end."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
            raise
        finally:
            if self.process.stdout is not None:
                self.process.stdout.close()


def _first_line(stream: IO[bytes], process: subprocess.Popen[bytes], log: Path) -> bytes:
    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    deadline = time.monotonic() + START_TIMEOUT_S
    line = b""
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not selector.select(timeout=left):
            process.kill()
            raise AssertionError(f"the engine printed no URL in time; its log:\n{log.read_text()}")
        chunk = os.read(stream.fileno(), 1)
        if not chunk:
            raise AssertionError(f"the engine ended before its URL; its log:\n{log.read_text()}")
        line += chunk
    return line


def start_engine(hf_home: Path, log: Path, *arguments: str) -> EngineProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HF_")}
    env.update(HF_HOME=str(hf_home), HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT))
    with log.open("wb") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "hfi_desktop.engine", "--port", "0", *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            cwd=hf_home,
        )
    assert process.stdout is not None
    start = json.loads(_first_line(process.stdout, process, log))
    return EngineProcess(process, start["url"], start["token"], log)
