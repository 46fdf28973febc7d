"""Parsing snippets with the real tools: Python's parser, ``node --check``, ``bash -n``."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

NODE = shutil.which("node")
BASH = shutil.which("bash")


def python_parses(source: str) -> None:
    ast.parse(source)


def javascript_parses(source: str, tmp_path: Path) -> None:
    if NODE is None:
        pytest.skip("node is not installed")
    path = tmp_path / "snippet.mjs"
    path.write_text(source, encoding="utf-8")
    checked = subprocess.run([NODE, "--check", str(path)], capture_output=True, text=True,
                             timeout=30, check=False)
    assert checked.returncode == 0, checked.stderr + "\n" + source


def bash_parses(source: str) -> None:
    assert BASH is not None, "bash is needed"
    checked = subprocess.run([BASH, "-n"], input=source, capture_output=True, text=True,
                             timeout=30, check=False)
    assert checked.returncode == 0, checked.stderr + "\n" + source


def literal_keywords(call: ast.Call, *, others: bool = True) -> dict[str | None, object]:
    """A call's keyword arguments, literals evaluated; the others (os.environ[...]) as their
    source, or left out (``others`` False)."""
    found: dict[str | None, object] = {}
    for keyword in call.keywords:
        try:
            found[keyword.arg] = ast.literal_eval(keyword.value)
        except ValueError:
            if others:
                found[keyword.arg] = ast.unparse(keyword.value)
    return found
