"""The models in the local Hub cache as the GUI process lists them (no torch: read with
huggingface_hub's cache scan, in a worker): each model's id, task and size on disk.

The task is the model card's ``pipeline_tag``; a model whose card has none is listed with
no task (the engine, which reads its config, still knows it)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hfi_desktop.sizes import human_size

if TYPE_CHECKING:
    from hfi_desktop.translatable import Text


@dataclass(frozen=True)
class CachedModel:
    id: str
    task: str | None  # the card's pipeline_tag (None: the card does not say)
    size_bytes: int  # its snapshot's files on disk

    @property
    def size(self) -> Text:
        return human_size(self.size_bytes)


def cache_folder() -> Path:
    """Where huggingface_hub keeps models now: $HF_HUB_CACHE, else $HF_HOME/hub, else
    ~/.cache/huggingface/hub (read at each call: huggingface_hub reads them once)."""
    named = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    home = Path(os.environ.get("HF_HOME") or
                Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "huggingface")
    return Path(named).expanduser() if named else home.expanduser() / "hub"


def cached_models(cache_dir: Path | None = None) -> list[CachedModel]:
    """The models (not datasets, not spaces) with a complete snapshot in the cache, by id.
    Blocking: run it in a worker. A missing cache folder is an empty cache."""
    # Imported here, in the worker: huggingface_hub takes 0.3 s and 15 MB to import, and the
    # window's start-up has no need of it (bench/startup.py).
    from huggingface_hub import CacheNotFound, scan_cache_dir

    try:
        info = scan_cache_dir(cache_dir or cache_folder())
    except CacheNotFound:
        return []
    found = []
    for repo in info.repos:
        if repo.repo_type != "model" or not repo.revisions:
            continue
        revision = next((r for r in repo.revisions if "main" in r.refs), None)
        if revision is None:  # no refs/main: an unfinished download (see download.py)
            continue
        found.append(CachedModel(repo.repo_id, _card_task(revision.snapshot_path),
                                 revision.size_on_disk))
    return sorted(found, key=lambda m: m.id.casefold())


def _card_task(snapshot: Path) -> str | None:
    from huggingface_hub.repocard import metadata_load

    card = snapshot / "README.md"
    if not card.is_file():
        return None
    try:
        meta = metadata_load(card) if card.stat().st_size < 1 << 20 else None
        tag = meta.get("pipeline_tag") if meta else None
    except Exception:  # unreadable, or malformed YAML (its own error types)
        return None
    return tag if isinstance(tag, str) and tag else None


def fitting(models: list[CachedModel], task: str | None) -> list[CachedModel]:
    """The models that fit a page of ``task`` (the pipeline tag): those of the task first,
    then those whose task is unknown; all of them for no task."""
    if task is None:
        return list(models)
    return ([m for m in models if m.task == task]
            + [m for m in models if m.task is None])
