"""The sdist and wheel `python -m build` makes install into a fresh venv where the app finds
every icon and example (package data, not the checkout's resources/).

Nothing is downloaded: the build runs without isolation, and the fresh venv sees the
project's dependencies through a .pth naming this environment's site-packages (whose .pth
files, among them an editable install of the checkout, are not processed from there).
The checks run with the venv's Python from a temporary folder, without PYTHONPATH.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from hfi_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
CHECK = Path(__file__).with_name("installed_check.py")


def _run(command: list[str | Path], *, cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 300) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(part) for part in command], cwd=cwd, env=env, timeout=timeout,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{command}\n{proc.stdout}\n{proc.stderr}"
    return proc


def _source_copy(target: Path) -> Path:
    """The files git would commit (tracked and new, not ignored): a clean tree to build."""
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                  cwd=ROOT).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(source.read_bytes())
    return target


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist and wheel, the wheel built from the sdist (python -m build's default)."""
    source = _source_copy(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, source], cwd=source)
    return out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; its Python."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=venv)
    python = venv / "bin" / "python"
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                   cwd=venv).stdout.strip()
    (wheel,) = dist.glob("*.whl")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
          "--no-cache-dir", "--disable-pip-version-check", wheel], cwd=venv, env=_clean_env())
    # After the install: pip would take the editable install it sees there for this one.
    Path(purelib, "project-dependencies.pth").write_text("\n".join(site.getsitepackages()))
    return python


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def test_the_sdist_and_wheel_carry_the_resources(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        sdist_names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    (wheel,) = dist.glob("*.whl")
    wheel_names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((ROOT / "resources").rglob("*")):
        relative = path.relative_to(ROOT / "resources").as_posix()
        if path.is_file() and path.suffix != ".ts":
            assert f"resources/{relative}" in sdist_names, relative
            assert f"hfi_desktop/_resources/{relative}" in wheel_names, relative
    assert not any(name.endswith(".ts") for name in wheel_names)  # translation sources stay


def test_every_icon_and_example_loads_from_the_installed_wheel(
        installed: Path, tmp_path: Path) -> None:
    proc = _run([installed, CHECK], cwd=tmp_path, env=_clean_env(), timeout=120)
    package = proc.stdout.split("package=", 1)[1].split()[0]
    assert Path(package).is_relative_to(installed.parent.parent), package  # not the checkout


def test_the_installed_command_starts(installed: Path, tmp_path: Path) -> None:
    command = installed.parent / "hfi-desktop"
    version = _run([command, "--version"], cwd=tmp_path, env=_clean_env())
    assert version.stdout.strip() == f"hfi-desktop {__version__}"
    env = _clean_env(HFI_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    started = _run([command, "--smoke-test"], cwd=tmp_path, env=env, timeout=120)
    assert "window painted" in started.stderr
    assert "Cannot open" not in started.stderr, started.stderr
