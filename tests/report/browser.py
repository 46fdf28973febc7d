"""Headless Chromium from the system packages (packaging/bootstrap.sh installs it in test
mode): a report's DOM after loading, and a screenshot. No skip when it is missing: the test
fails and says how to install it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

TIMEOUT_S = 90


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("headless Chromium is missing: `apt-get install -y --no-install-recommends "
                    "chromium` (bash packaging/bootstrap.sh test installs it)")
    return found


def run_chromium(page: Path, work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Chromium on ``page`` (a local file) with a profile of its own under ``work``; no
    network (every host name resolves to nothing), a time limit."""
    profile = work / "chromium-profile"
    profile.mkdir(parents=True, exist_ok=True)
    command = [chromium(), "--headless", "--disable-gpu", "--no-first-run",
               "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
               "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
               f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    if os.geteuid() == 0:  # Chromium's sandbox refuses to run as root
        command.insert(2, "--no-sandbox")
    completed = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S,
                               check=False, env={**os.environ, "HOME": str(work)})
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed


def dump_dom(page: Path, work: Path) -> str:
    """The page's DOM once loaded (scripts, if any could run, would have run)."""
    return run_chromium(page, work, "--virtual-time-budget=2000", "--dump-dom").stdout


def screenshot(page: Path, work: Path, out: Path, width: int = 1280, height: int = 2200
               ) -> Path:
    run_chromium(page, work, f"--screenshot={out}", f"--window-size={width},{height}")
    assert out.is_file(), "Chromium wrote no screenshot"
    return out
