"""The real entry point starts, paints its window and exits cleanly (in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_smoke_test_subprocess_exits_zero() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "hfi_desktop", "--smoke-test"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "window painted" in proc.stderr
