"""The models the engine holds in memory: loaded on demand in a thread of their own, within a
memory budget, the least recently used unloaded to make room."""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import CachedModel
    from .tasks.base import TaskRunner

MB = 1024 * 1024
#: Bytes of weights read and set up per second, for the 503's ``estimated_time``.
LOAD_BYTES_PER_S = 100 * MB
#: The engine's own share that weights' files do not show (activations, tokenizer, torch).
OVERHEAD_BYTES = 64 * MB


class OverBudgetError(Exception):
    """The model does not fit in the memory budget even with every other model unloaded."""


class LoadError(Exception):
    """The model's files did not load: the reason is the message."""


@dataclass
class Loaded:
    model: CachedModel
    value: Any  # what the runner's load returned
    bytes: int


def needed_bytes(model: CachedModel) -> int:
    return model.size_bytes + OVERHEAD_BYTES


def estimated_load_s(model: CachedModel) -> float:
    return round(1.0 + model.size_bytes / LOAD_BYTES_PER_S, 1)


class Registry:
    """Loaded models keyed by (model id, the runner's load function): runners that share a
    load function (feature extraction and sentence similarity) share the loaded model."""

    def __init__(self, budget_bytes: int, device: str | None = None) -> None:
        self.budget_bytes = budget_bytes
        self.device = device  # None: "cuda" when torch sees a GPU, else "cpu" (at first load)
        self._lock = threading.Lock()
        self._loaded: OrderedDict[tuple[str, object], Loaded] = OrderedDict()
        self._loading: dict[tuple[str, object], Future[Loaded]] = {}
        # One load at a time: transformers builds a model on the "meta" device under a
        # context that other threads see too, so a model loaded beside another could keep
        # meta tensors ("Tensor on device meta is not on the expected device cpu!" at its
        # first run); and room is made for one load at a time, within the budget.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine-load")
        self._prepare_lock = threading.Lock()
        self._prepared = False

    def get(self, model: CachedModel, runner: TaskRunner) -> Loaded | Future[Loaded]:
        """The loaded model (now the most recently used), or the future of its load, started
        here when none runs. A load that failed is reported once by its future, then retried."""
        key = (model.id, runner.load)
        with self._lock:
            loaded = self._loaded.get(key)
            if loaded is not None and loaded.model.commit == model.commit:
                self._loaded.move_to_end(key)
                return loaded
            future = self._loading.get(key)
            if future is None:
                if needed_bytes(model) > self.budget_bytes:
                    raise OverBudgetError(
                        f"{model.id} needs about {needed_bytes(model) // MB} MB, more than the "
                        f"engine's memory budget of {self.budget_bytes // MB} MB: raise the "
                        "budget (the app's Settings ▸ Local servers ▸ Local engine, or "
                        "--memory-budget-mb) or choose a smaller model"
                    )
                future = self._pool.submit(self._load, key, model, runner)
                self._loading[key] = future
            return future

    def loaded_ids(self) -> list[str]:
        with self._lock:
            return [key[0] for key in self._loaded]

    def _load(self, key: tuple[str, object], model: CachedModel, runner: TaskRunner) -> Loaded:
        try:
            self._make_room(needed_bytes(model))
            try:
                value = runner.load(model.folder, self.prepare())
            except Exception as exc:  # any reason a folder fails to load is the answer's
                raise LoadError(
                    f"{model.id} failed to load (its files in the local cache may be damaged "
                    f"or incomplete: download the model again): {type(exc).__name__}: {exc}"
                ) from exc
            loaded = Loaded(model, value, needed_bytes(model))
            with self._lock:
                self._loaded[key] = loaded
            return loaded
        finally:
            with self._lock:
                self._loading.pop(key, None)

    def prepare(self) -> str:
        """Import torch and transformers (with its pipelines) and choose the device, once.
        The engine's warm-up calls it at start and every load waits for it: two threads
        importing these packages at once can each see the other's module half initialised
        (Python breaks an import deadlock that way), which failed a first load at random."""
        with self._prepare_lock:
            if not self._prepared:
                import torch
                import transformers.pipelines  # noqa: F401 (most of what a load imports)
                from transformers.utils import logging

                logging.disable_progress_bar()  # stderr is the app's log: no progress bars
                logging.set_verbosity_error()
                if self.device is None:
                    self.device = "cuda" if torch.cuda.is_available() else "cpu"
                self._prepared = True
        assert self.device is not None
        return self.device

    def _make_room(self, wanted: int) -> None:
        """Unload the least recently used models until ``wanted`` more bytes fit."""
        with self._lock:
            used = sum(item.bytes for item in self._loaded.values())
            while self._loaded and used + wanted > self.budget_bytes:
                _, dropped = self._loaded.popitem(last=False)
                used -= dropped.bytes
        gc.collect()  # requests still running keep their model until they end

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
