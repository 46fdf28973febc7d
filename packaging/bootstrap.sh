#!/usr/bin/env bash
# One command from a fresh clone (Debian 12, Python >= 3.11) to a running app or a test run.
#
#   bash packaging/bootstrap.sh run  [app args...]     # start the desktop app
#   bash packaging/bootstrap.sh test [pytest args...]  # ruff, mypy, lint-imports, then pytest
#
# Steps: install the Debian libraries Qt needs (only the missing ones), create .venv,
# `pip install -e ".[test,local,build]"` (skipped when .venv/.bootstrap-stamp matches
# pyproject.toml; `local` is the local engine's torch (CPU build), transformers and server, which
# its tests need; `build` is PyInstaller, for the desktop build .ci/run checks).
# Environment: PYTHON=/path/to/python3.x to choose the interpreter; HFI_SKIP_APT=1 to skip apt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMP="$VENV/.bootstrap-stamp"

# Shared libraries the PySide6 wheels link against but do not ship (checked with ldd on the
# Qt libraries and plugins in the venv): xcb platform plugin, OpenGL/EGL, fonts, D-Bus,
# QtMultimedia (libpulse; pipewire and VA-API are loaded at run time and only warn when
# absent), QtNetwork (GSSAPI), the Wayland plugin.
APT_PACKAGES=(
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 fonts-dejavu-core
    # Chinese glyphs for the zh_CN interface (and its tests, which measure translated text).
    fonts-wqy-microhei
    libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 libgssapi-krb5-2
    libx11-6 libx11-xcb1 libxext6 libxrender1 libxrandr2
    libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxcb-glx0
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    libpulse0 libpipewire-0.3-0 libva2 libva-drm2 libva-x11-2
    # The tests of the desktop integration (packaging/linux/): desktop-file-validate,
    # appstreamcli, update-desktop-database and update-mime-database.
    desktop-file-utils appstream shared-mime-info
)
# Test mode only: the HTML reports are checked in a real browser (headless Chromium;
# tests/report/browser.py).
TEST_APT_PACKAGES=(chromium)

say() { printf '[bootstrap] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

usage() {
    cat >&2 <<'EOF'
usage: bash packaging/bootstrap.sh run  [app args...]
       bash packaging/bootstrap.sh test [pytest args...]
EOF
    exit 2
}

# --------------------------------------------------------------------------- python
python_ok() {  # $1: interpreter; true when it runs and is >= 3.11
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# ---------------------------------------------------------------------- system libs
apt_missing() {  # prints the packages of "$@" that dpkg does not have installed
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_system_packages() {  # "$@": packages wanted
    if [ "${HFI_SKIP_APT:-}" = 1 ]; then
        say "HFI_SKIP_APT=1: not checking system packages"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "not a Debian-like system (no dpkg/apt-get): install Qt's runtime libraries yourself"
        return 0
    fi
    local missing
    mapfile -t missing < <(apt_missing "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    say "missing system packages: ${missing[*]}"

    local -a sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            say "WARNING: not root and no sudo; skipping. Install them with:"
            say "  apt-get install ${missing[*]}"
            return 0
        fi
        sudo=(sudo)
        [ -t 0 ] || sudo=(sudo -n)  # no terminal: never wait for a password prompt
    fi
    export DEBIAN_FRONTEND=noninteractive
    if "${sudo[@]}" apt-get update -qq &&
        "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
        say "installed: ${missing[*]}"
    else
        say "WARNING: could not install ${missing[*]} (continuing; Qt may fail to load)"
        say "  run: sudo apt-get install ${missing[*]}"
    fi
}

# ------------------------------------------------------------------------------ venv
requirements_hash() {
    { cat pyproject.toml; "$VENV/bin/python" -VV; } | sha256sum | cut -d' ' -f1
}

installed_here() {  # the editable install points at this checkout
    [ "$("$VENV/bin/python" -c 'import hfi_desktop, pathlib; print(pathlib.Path(hfi_desktop.__file__).resolve().parent.parent)' 2>/dev/null)" = "$ROOT" ]
}

ensure_venv() {  # $1: interpreter
    if [ -x "$VENV/bin/python" ] && ! python_ok "$VENV/bin/python"; then
        say "$VENV is broken or older than Python 3.11: recreating it"
        rm -rf "$VENV"
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating $VENV with $1 ($("$1" -V 2>&1))"
        "$1" -m venv "$VENV"
    fi
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(requirements_hash)" ] && installed_here; then
        return 0
    fi
    say "installing hfi-desktop and its dependencies into .venv (pip)"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test,local,build]"
    requirements_hash >"$STAMP"
}

# ------------------------------------------------------------------------------ main
[ $# -ge 1 ] || usage
mode="$1"
shift
case "$mode" in run | test) ;; *) usage ;; esac

PY="$(find_python)" || die "need Python >= 3.11 (apt-get install python3, or set PYTHON=)"

packages=("${APT_PACKAGES[@]}")
if [ "$mode" = test ]; then
    packages+=("${TEST_APT_PACKAGES[@]}")
fi
# Debian's own Python needs python3.X-venv for `python -m venv` (ensurepip).
if [ ! -x "$VENV/bin/python" ] && ! "$PY" -c 'import ensurepip' 2>/dev/null; then
    packages+=("python3.$("$PY" -c 'import sys; print(sys.version_info.minor)')-venv")
fi
install_system_packages "${packages[@]}"
ensure_venv "$PY"

case "$mode" in
run)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
        say "WARNING: no DISPLAY or WAYLAND_DISPLAY; try xvfb-run, or QT_QPA_PLATFORM=offscreen"
    fi
    exec "$VENV/bin/python" -m hfi_desktop "$@"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    say "ruff check ."
    "$VENV/bin/ruff" check .
    say "mypy hfi_desktop"
    "$VENV/bin/mypy" hfi_desktop
    say "lint-imports (the import contracts in pyproject.toml)"
    "$VENV/bin/lint-imports"
    say "pytest"
    exec "$VENV/bin/python" -m pytest -q "$@"
    ;;
esac
