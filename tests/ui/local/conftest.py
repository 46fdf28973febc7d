"""The application over the REAL local engine (``python -m hfi_desktop.engine --port 0``, the
LocalSourcesService's default command) on tiny models the tests build offline.

``engine_cache``: an HF_HOME whose Hub cache holds the tiny models of tests/support/
tiny_models.py and tiny_models_media.py, each card with a ``pipeline_tag`` (built once a
session, in a child process: tests/support/engine_cache.py). ``local_services``: a
LocalSourcesService with that HF_HOME, offline, its engine started once per test module (the
module's tests share it: starting one imports torch) and stopped at the module's end. Give it
to a window with ``services.local = local_services``."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from hfi_desktop.ui.local import EngineState, LocalSourcesService
from tests.support.engine_cache import build_in_child
from tests.support.engine_process import NO_ENGINE_EXTRA, engine_extra_missing

if engine_extra_missing():
    pytest.skip(NO_ENGINE_EXTRA, allow_module_level=True)

ENGINE_START_S = 120.0


@pytest.fixture(scope="session")
def engine_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where ``engine_cache`` builds (empty until it is asked for)."""
    return tmp_path_factory.mktemp("engine_hf_home")


@pytest.fixture(scope="session")
def engine_cache(engine_home: Path) -> Path:
    """HF_HOME with every tiny model (text, image, audio, seq2seq) in its Hub cache, built
    in a child process (tests/support/engine_cache.py)."""
    return build_in_child(engine_home)


def wait_running(service: LocalSourcesService) -> None:
    """Start the engine (unless it is starting) and process Qt events until it runs (no
    asyncio loop here)."""
    engine = service.engine
    engine.start()
    deadline = time.monotonic() + ENGINE_START_S
    while engine.state is EngineState.STARTING and time.monotonic() < deadline:
        QTest.qWait(20)
    assert engine.is_running(), f"the local engine did not start: {engine.message}"


@pytest.fixture(scope="module")
def local_services(engine_home: Path, qapp: object, request: pytest.FixtureRequest
                   ) -> Iterator[LocalSourcesService]:
    """The app's LocalSourcesService with its default command (the real engine), its HF_HOME
    the tiny models' cache, offline; started here, once for the module; stopped after it.
    The engine starts (and imports torch) while the models are built: it looks a model up
    in the cache when a request names it."""
    with pytest.MonkeyPatch.context() as env:
        for name in [n for n in os.environ if n.startswith("HF_")]:
            env.delenv(name)
        env.setenv("HF_HOME", str(engine_home))
        env.setenv("HF_HUB_OFFLINE", "1")
        service = LocalSourcesService()
        try:
            service.engine.start()  # the process takes the environment it starts with
            request.getfixturevalue("engine_cache")
            wait_running(service)
            yield service
        finally:
            service.shutdown()
