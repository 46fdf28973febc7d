"""``hfi-desktop FILE.hficompare`` (the first launch, as a double-click on a saved comparison
does) opens the comparison in a window of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.ui.test_single_instance import comparison_file

# Runs the real entry point; once the main window has taken its launch, waits for the
# comparison's window and prints its file, then quits.
_WATCH = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hfi_desktop import app
from hfi_desktop.ui.compare.view import ComparisonView

def watch(tries=[0]):
    views = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, ComparisonView) and w.isVisible() and w.path is not None]
    tries[0] += 1
    if views or tries[0] > 600:
        print("opened=" + ";".join(str(v.path) for v in views), flush=True)
        QApplication.instance().exit(0 if views else 1)
    else:
        QTimer.singleShot(100, watch)

QTimer.singleShot(0, watch)  # runs once the app's loop does
sys.exit(app.main(sys.argv[1:]))
"""


def test_a_comparison_file_given_at_launch_opens(tmp_path: Path) -> None:
    saved = comparison_file(tmp_path / "saved.hficompare")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "HFI_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-c", _WATCH, "saved.hficompare"], cwd=tmp_path,
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=90, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"opened={saved}" in proc.stdout.splitlines()
