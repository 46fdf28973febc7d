"""A scripted text-classification model for batch tests and the batch bench, served by
:class:`~tests.support.fake_api.FakeInferenceAPI`: every answer, latency and fault is a
function of (seed, model, input, attempt), so two runs of one batch (one killed and resumed,
one not) meet the same server.

    script = BatchScript(seed=7, latency=(0.002, 0.01), faults=True)
    script.install(api, ["org/a", "org/b"])
    ... HfInference(base_url=api.url) ... text_classification(inputs=..., model="org/a")

Faults (with ``faults``): about 4 % of cells always answer 500; 8 % answer 429 with
``Retry-After: 1`` on their first try; 6 % answer 503 "loading" with ``estimated_time`` on
their first try. The script records the latency it served (``served_s``), the calls in
flight per Host header at most (``max_in_flight``) and each cell's tries.
"""

from __future__ import annotations

import hashlib
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field

from .fake_api import Exchange, FakeInferenceAPI

LABELS = ("POSITIVE", "NEGATIVE", "NEUTRAL")


def unit(*parts: object) -> float:
    """A number in [0, 1) that depends only on ``parts``."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


@dataclass
class BatchScript:
    seed: int = 0
    latency: tuple[float, float] = (0.002, 0.01)
    faults: bool = True
    estimated_time: float = 0.05
    retry_after: str = "1"
    served_s: float = 0.0
    max_in_flight: Counter[str] = field(default_factory=Counter)
    tries: Counter[tuple[str, str]] = field(default_factory=Counter)
    _in_flight: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def install(self, api: FakeInferenceAPI, models: list[str]) -> None:
        for model in models:
            api.program(f"/models/{model}", self)

    # -- what a cell gets ---------------------------------------------------------------------

    def fault(self, model: str, text: str) -> str | None:
        """"500" (always), "429" or "503" (first try only), or None."""
        if not self.faults:
            return None
        r = unit(self.seed, "fault", model, text)
        return "500" if r < 0.04 else "429" if r < 0.12 else "503" if r < 0.18 else None

    def answer(self, model: str, text: str) -> list[dict[str, object]]:
        """Labels with scores; models agree on the top label for most inputs."""
        top = LABELS[int(unit(self.seed, "label", text) * 3)]
        if unit(self.seed, "disagree", model, text) < 0.2:
            top = LABELS[(LABELS.index(top) + 1) % 3]
        score = round(0.5 + unit(self.seed, "score", model, text) / 2, 4)
        others = [label for label in LABELS if label != top]
        return [{"label": top, "score": score},
                {"label": others[0], "score": round((1 - score) * 0.7, 4)},
                {"label": others[1], "score": round((1 - score) * 0.3, 4)}]

    def delay(self, model: str, text: str, attempt: int) -> float:
        low, high = self.latency
        return low + (high - low) * unit(self.seed, "latency", model, text, attempt)

    # -- serving ------------------------------------------------------------------------------

    def serve(self, ex: Exchange) -> None:
        # The headers and the body go out as two writes: without this, Nagle's algorithm
        # holds the body until the client acknowledges the headers (a delayed ACK later),
        # which would be counted as the batch's overhead.
        ex.handler.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        model = ex.request.path.removeprefix("/models/")
        text = str(ex.request.json().get("inputs"))
        host = ex.request.header("host") or ""
        with self._lock:
            self.tries[(model, text)] += 1
            attempt = self.tries[(model, text)]
            self._in_flight[host] += 1
            self.max_in_flight[host] = max(self.max_in_flight[host], self._in_flight[host])
        try:
            delay = self.delay(model, text, attempt)
            if not ex.wait(delay):
                ex.drop()
                return
            with self._lock:
                self.served_s += delay
            fault = self.fault(model, text)
            if fault == "500":
                ex.send_json(500, {"error": f"scripted failure of {text[:20]}"})
            elif fault == "429" and attempt == 1:
                ex.send_json(429, {"error": "Rate limit reached"},
                             {"Retry-After": self.retry_after})
            elif fault == "503" and attempt == 1:
                ex.send_json(503, {"error": f"Model {model} is currently loading",
                                   "estimated_time": self.estimated_time})
            else:
                ex.send_json(200, [self.answer(model, text)])
        finally:
            with self._lock:
                self._in_flight[host] -= 1
