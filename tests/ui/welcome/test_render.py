"""The welcome at the small window size (1024x640), at 100 % and 200 % (QT_SCALE_FACTOR=2,
in a subprocess: the factor is read at start-up), light and dark: rendered at the scaled
size, nothing scrolled sideways or cut off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(("scale", "theme"), [("1", "light"), ("2", "dark")])
def test_the_welcome_fits_the_small_window_at_any_scale(tmp_path: Path, scale: str,
                                                        theme: str) -> None:
    out = tmp_path / f"welcome-{scale}-{theme}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.support.render_window", str(out), "1024", "640", theme],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
        check=False)
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout.strip().splitlines()[-1])
    assert shown["image"] == [1024 * int(scale), 640 * int(scale)]
    assert shown["cut"] == [] and not shown["sideways_scroll"]
    assert out.is_file()
