"""The local engine's process on its own: a start that never says its address times out
with a clear message (and the process is ended); the GUI process imports no torch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hfi_desktop.local.engine_start import EngineStartError
from hfi_desktop.ui.local import EngineProcess, EngineState
from tests.support.qt_async import RunAsync

ROOT = Path(__file__).resolve().parents[3]
SILENT = [sys.executable, "-c", "import sys; sys.stdin.read()"]


def test_a_silent_start_times_out_with_a_clear_message(run_async: RunAsync) -> None:
    engine = EngineProcess(SILENT, start_timeout_s=1.0)

    async def main() -> str:
        try:
            await engine.ready()
        except EngineStartError as error:
            return str(error)
        raise AssertionError("a silent engine was taken as started")

    try:
        message = run_async(main(), timeout=20)
        assert message == ("The local engine could not start: the local engine did not say "
                           "its address within 1 s.")
        assert engine.state is EngineState.FAILED and engine.pid() == 0
    finally:
        engine.stop()


def test_a_command_that_is_not_there_is_a_clear_failure(run_async: RunAsync) -> None:
    engine = EngineProcess(["/nonexistent/python-for-the-engine"])

    async def main() -> str:
        try:
            await engine.ready()
        except EngineStartError as error:
            return str(error)
        raise AssertionError("a missing program was taken as started")

    message = run_async(main(), timeout=20)
    assert message.startswith("The local engine could not start:")
    assert engine.state is EngineState.FAILED


def test_the_gui_side_never_imports_torch() -> None:
    """Nor, at start-up, huggingface_hub (0.3 s and 15 MB: bench/startup.py; the cache
    listing and downloads import it in their workers), NumPy (the arena's ratings, ~30 MB)
    or matplotlib (the reports' plots): their workers import them when needed."""
    code = ("import sys\n"
            "import hfi_desktop.app\n"
            "from hfi_desktop.ui.main_window import MainWindow\n"
            "from hfi_desktop.ui.local import LocalSourcesService\n"
            "from hfi_desktop.local.engine_start import missing_modules\n"
            "missing_modules()\n"
            "heavy = {'torch', 'transformers', 'starlette', 'uvicorn', 'hfi_desktop.engine',\n"
            "         'huggingface_hub', 'numpy', 'matplotlib'}\n"
            "print(sorted(heavy & set(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]", done.stderr
