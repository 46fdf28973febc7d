"""Update the translation sources and compile them: ``python -m hfi_desktop.ui.i18n_build``
(from a source checkout; the .ts and the .qm are committed).

Runs PySide6's lupdate over the package's Python files (new strings are added, unfinished;
strings gone from the code are dropped), then lrelease (the .qm the app loads). Translate
in the .ts (Qt Linguist, or any XML editor), then run this again.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

from hfi_desktop import ui
from hfi_desktop.catalog import CATALOG, Group
from hfi_desktop.image_decode import KINDS_CONTEXT
from hfi_desktop.inference.sniff import KINDS
from hfi_desktop.resources import resource_path
from hfi_desktop.translatable import CATALOG_CONTEXT
from hfi_desktop.ui.parameters import parameter_label
from hfi_desktop.ui.shortcuts import CONTEXT as SHORTCUTS_CONTEXT
from hfi_desktop.ui.shortcuts import declared

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


def catalog_strings() -> list[str]:
    """The catalog's texts the UI shows (translated with ``catalog_text``), in order."""
    found = [group.value for group in Group]
    for spec in CATALOG:
        found += [spec.title, spec.summary, *(e.title for e in spec.examples)]
        for field in spec.inputs:
            found += [field.label, field.help, field.placeholder]
        for param in spec.parameters:
            found += [parameter_label(param), param.help]
    # JSON placeholders (a schema, a list of tools) are code: shown as they are.
    return list(dict.fromkeys(text for text in found if text and text[0] not in "{[\""))


def shortcut_strings() -> list[str]:
    """The declared shortcuts' descriptions and places (every UI module imported, so that
    each declaration has run)."""
    for module in pkgutil.walk_packages(ui.__path__, f"{ui.__name__}."):
        importlib.import_module(module.name)
    found = [text for s in declared() for text in (s.where, s.description)]
    return list(dict.fromkeys(found))


def file_kind_strings() -> list[str]:
    """What files look like (``inference.sniff``), as in messages and as a preview's first
    words (capitalised: ``image_decode.kind_of``)."""
    return [text for kind in (*KINDS, "a file")
            for text in (kind, kind[:1].upper() + kind[1:])]


def _marks(folder: Path) -> Path:
    """A Python file of QT_TRANSLATE_NOOP marks for the texts defined as data (lupdate reads
    marks; the catalog builds its texts from parts, shortcuts are declared in many places)."""
    marks = folder / "data_strings.py"
    lines = [f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})\n"
             for context, texts in ((CATALOG_CONTEXT, catalog_strings()),
                                    (SHORTCUTS_CONTEXT, shortcut_strings()),
                                    (KINDS_CONTEXT, file_kind_strings()))
             for text in texts]
    marks.write_text("".join(lines), encoding="utf-8")
    return marks


def _tool(name: str) -> str:
    exe = Path(PySide6.__file__).resolve().parent / name
    return str(exe.with_suffix(".exe") if sys.platform == "win32" else exe)


def update_ts(ts: Path) -> str:
    """Bring ``ts`` up to date with the sources and the catalog; lupdate's report (its
    statistics)."""
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [_tool("lupdate"), *map(str, sources()), str(_marks(Path(folder))),
             "-ts", str(ts), "-no-obsolete", "-locations", "none"],
            capture_output=True, text=True, check=True)
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
