#!/usr/bin/env bash
# The one-folder desktop build: dist/hfi-desktop/ (the program is dist/hfi-desktop/hfi-desktop).
#
#   bash packaging/build-desktop.sh
#
# PyInstaller (the `build` extra: `pip install -e ".[build]"`; bootstrap.sh installs it);
# packaging/README.md says why PyInstaller. The interpreter is .venv/bin/python unless PYTHON=
# names another. The build holds Python, Qt and the app with its resources; not the local
# engine (torch and the other modules of the `local` extra are left out: the engine runs
# from a Python installation, see the app's Local engine page).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
WORK="$ROOT/build/pyinstaller"

say() { printf '[build-desktop] %s\n' "$*" >&2; }

if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    say "ERROR: PyInstaller is missing for $PY: pip install -e \".[build]\""
    exit 1
fi

# resources/ goes where an installed wheel has it: hfi_desktop/_resources (package data),
# the same files as setup.py ships (translations compiled: *.qm, not the *.ts sources).
data=()
for files in icons/*.svg examples/* i18n/*.qm; do
    if compgen -G "$ROOT/resources/$files" >/dev/null; then
        data+=(--add-data "$ROOT/resources/$files:hfi_desktop/_resources/${files%/*}")
    fi
done
# The local engine and its libraries (the `local` extra): never in the desktop build; nor the
# development tools of the environment that optional imports would pull in.
excludes=()
for module in hfi_desktop.engine torch torchvision torchaudio transformers \
    sentence_transformers tokenizers safetensors scipy sklearn numpy starlette uvicorn \
    tensorflow jax PySide6.QtWebEngineCore PySide6.QtWebEngineWidgets \
    hypothesis _hypothesis_globals pytest _pytest mypy mypyc ast_serialize IPython \
    pydantic pydantic_core click typer tkinter; do
    excludes+=(--exclude-module "$module")
done

say "PyInstaller $("$PY" -m PyInstaller --version) -> $ROOT/dist/hfi-desktop/"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --onedir --name hfi-desktop \
    --distpath "$ROOT/dist" --workpath "$WORK" --specpath "$WORK" --paths "$ROOT" \
    "${data[@]}" "${excludes[@]}" "$ROOT/hfi_desktop/__main__.py"
say "built: $ROOT/dist/hfi-desktop/hfi-desktop ($(du -sh "$ROOT/dist/hfi-desktop" | cut -f1))"
