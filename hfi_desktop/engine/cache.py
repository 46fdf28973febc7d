"""Models in the local Hub cache (``$HF_HUB_CACHE``, else ``$HF_HOME/hub``): where a model's
files are, its task and its size, read from the documented folder layout
(``models--<org>--<name>/refs/main`` -> ``snapshots/<commit>/``) without loading anything."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .model_tasks import task_from_config

#: Weights' files, by preference: a repository often holds the same weights in several
#: formats (safetensors and a pytorch_model.bin; ONNX/OpenVINO copies); transformers loads the
#: first format present, so that one alone is the model's size.
_WEIGHT_FORMATS = ((".safetensors",), (".bin",), (".pt", ".pth", ".ckpt"), (".gguf",))
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(\n|\Z)", re.DOTALL)
_PIPELINE_TAG = re.compile(r"^pipeline_tag:\s*['\"]?([\w-]+)['\"]?\s*$", re.MULTILINE)
_LIBRARY_NAME = re.compile(r"^library_name:\s*['\"]?([\w.-]+)['\"]?\s*$", re.MULTILINE)


def hub_cache() -> Path:
    """The cache folder huggingface_hub uses, from the same variables."""
    explicit = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("HF_HOME")
    if home:
        return Path(home).expanduser() / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "huggingface" / "hub"


def offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class CachedModel:
    id: str
    folder: Path  # the snapshot: the model's files
    commit: str
    task: str | None
    library: str | None
    size_bytes: int  # the weights' files, the estimate of the memory the model needs
    files: tuple[str, ...]  # relative paths, "/"-separated (the Hub's siblings)

    @property
    def sentence_transformers(self) -> bool:
        return (self.folder / "modules.json").is_file()


def _folder_name(model_id: str) -> str:
    return "models--" + model_id.replace("/", "--")


def _snapshot(repo: Path) -> Path | None:
    ref = repo / "refs" / "main"
    snapshots = repo / "snapshots"
    if ref.is_file():
        commit = ref.read_text(encoding="utf-8").strip()
        if commit and (snapshots / commit).is_dir():
            return snapshots / commit
    if not snapshots.is_dir():
        return None
    candidates = [path for path in snapshots.iterdir() if path.is_dir()]
    return max(candidates, key=lambda path: path.stat().st_mtime) if candidates else None


#: Snapshots described already, with the folder's modification time then: a request looks
#: its model up without walking its files again.
_described: dict[Path, tuple[int, CachedModel]] = {}
#: Models found by their ``refs/main``, by (cache folder, id), with the modification times of
#: that file and of the snapshot then: while neither changed, a request's look-up is two
#: stats (reading the ref and walking the path took 0.15 ms of the event loop per request).
_found: dict[tuple[str, str], tuple[int, int, CachedModel]] = {}


def _stamp(path: str | Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def find(model_id: str) -> CachedModel | None:
    """The model ``model_id`` as the cache holds it; None when it is not there."""
    if not model_id or ".." in model_id.split("/") or model_id.count("/") > 1:
        return None
    root = hub_cache()
    key = (str(root), model_id)
    ref = os.path.join(key[0], _folder_name(model_id), "refs", "main")
    known = _found.get(key)
    if known is not None:
        if _stamp(ref) == known[0] and _stamp(known[2].folder) == known[1]:
            return known[2]
        _found.pop(key, None)
    ref_stamp = _stamp(ref)  # before reading it: a ref changed meanwhile looks changed later
    model = _find(root, model_id)
    described = None if model is None else _described.get(model.folder)
    if (
        model is not None
        and described is not None
        and described[1] is model
        and ref_stamp is not None
        and _read_text(Path(ref)).strip() == model.commit
    ):
        _found[key] = (ref_stamp, described[0], model)
    return model


def _find(root: Path, model_id: str) -> CachedModel | None:
    snapshot = _snapshot(root / _folder_name(model_id))
    if snapshot is None:
        return None
    try:
        stamp = snapshot.stat().st_mtime_ns
    except OSError:
        return None
    known = _described.get(snapshot)
    if known is not None and known[0] == stamp:
        return known[1]
    model = describe(model_id, snapshot)
    _described[snapshot] = (stamp, model)
    return model


def describe(model_id: str, snapshot: Path) -> CachedModel:
    files = tuple(
        sorted(
            path.relative_to(snapshot).as_posix()
            for path in snapshot.rglob("*")
            if path.is_file() and not path.name.startswith(".")
        )
    )
    card = _read_text(snapshot / "README.md")
    front = _FRONT_MATTER.match(card)
    meta = front.group(1) if front else ""
    tag = _PIPELINE_TAG.search(meta)
    library = _LIBRARY_NAME.search(meta)
    size = 0
    for suffixes in _WEIGHT_FORMATS:
        size = sum((snapshot / name).stat().st_size for name in files if name.endswith(suffixes))
        if size:
            break
    return CachedModel(
        id=model_id,
        folder=snapshot,
        commit=snapshot.name,
        task=tag.group(1) if tag else _task_from_files(snapshot),
        library=library.group(1) if library else None,
        size_bytes=size,
        files=files,
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _task_from_files(snapshot: Path) -> str | None:
    """From the config's architectures (and what the model takes in), else modules.json ->
    sentence similarity."""
    task = task_from_config(snapshot)
    if task is None and (snapshot / "modules.json").is_file():
        return "sentence-similarity"
    return task


def all_models() -> list[CachedModel]:
    """Every model in the cache, by id."""
    root = hub_cache()
    if not root.is_dir():
        return []
    found = []
    for repo in sorted(root.glob("models--*")):
        model_id = repo.name.removeprefix("models--").replace("--", "/", 1)
        snapshot = _snapshot(repo)
        if snapshot is not None:
            found.append(describe(model_id, snapshot))
    return found
