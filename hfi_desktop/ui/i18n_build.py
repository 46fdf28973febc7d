"""Update the translation sources and compile them: ``python -m hfi_desktop.ui.i18n_build``
(from a source checkout; the .ts and the .qm are committed).

Runs PySide6's lupdate over the package's Python files (new strings are added, unfinished;
strings gone from the code are dropped), then lrelease (the .qm the app loads). Translate
in the .ts (Qt Linguist, or any XML editor), then run this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from hfi_desktop.resources import resource_path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
#: The languages the app is translated to (English is the source).
LOCALES = ("zh_CN",)


def ts_path(locale: str) -> Path:
    return resource_path("i18n", f"hfi_desktop_{locale}.ts")


def qm_path(locale: str) -> Path:
    return ts_path(locale).with_suffix(".qm")


def sources() -> list[Path]:
    """The Python files whose strings are translated (the whole package)."""
    return sorted(PACKAGE_DIR.rglob("*.py"))


def _tool(name: str) -> str:
    exe = Path(PySide6.__file__).resolve().parent / name
    return str(exe.with_suffix(".exe") if sys.platform == "win32" else exe)


def update_ts(ts: Path) -> str:
    """Bring ``ts`` up to date with the sources; lupdate's report (its statistics)."""
    done = subprocess.run(
        [_tool("lupdate"), *map(str, sources()), "-ts", str(ts), "-no-obsolete",
         "-locations", "none"], capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    for locale in LOCALES:
        print(update_ts(ts_path(locale)), end="")
        compile_qm(ts_path(locale), qm_path(locale))
        print(f"wrote {qm_path(locale)}")


if __name__ == "__main__":
    main()
