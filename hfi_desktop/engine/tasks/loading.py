"""Loading a transformers pipeline from a model folder, for the runners that use one."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def pipeline_loader(task: str) -> Callable[[Path, str], Any]:
    """A runner's ``load``: transformers' ``task`` pipeline over the folder's model."""

    def load(folder: Path, device: str) -> Any:
        import transformers  # heavy: imported when a model is first loaded

        make: Callable[..., Any] = transformers.pipeline  # typed per task name literal
        return make(task, model=str(folder), device=device)

    return load


def label_scores(items: Any) -> list[dict[str, Any]]:
    """A pipeline's ``[{label, score}]`` as plain JSON values."""
    return [{"label": str(item["label"]), "score": float(item["score"])} for item in items]
