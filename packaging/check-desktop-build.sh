#!/usr/bin/env bash
# Build the one-folder desktop build (build-desktop.sh) and start the built program offscreen:
# `--version` must print this checkout's version, `--smoke-test` must paint the window and
# exit 0 with no missing file and no traceback. Prints the build's size and start-up time.
#
#   bash packaging/check-desktop-build.sh            # PYTHON= as for build-desktop.sh
#
# .ci/run runs it after the test suite: the build takes minutes, too long for a pytest test.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_DIR="$ROOT/dist/hfi-desktop"
APP="$APP_DIR/hfi-desktop"

say() { printf '[check-desktop-build] %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

bash "$ROOT/packaging/build-desktop.sh"
[ -x "$APP" ] || die "no program at $APP"
for left_out in torch transformers hfi_desktop/engine; do
    [ ! -e "$APP_DIR/_internal/$left_out" ] || die "the build holds $left_out (the local engine's)"
done

# A throw-away profile (settings, data, keyring), away from the checkout (nothing of it is
# importable from there).
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for name in XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME HF_HOME; do
    mkdir -p "$tmp/$name"
    export "$name=$tmp/$name"
done
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    mkdir -m 700 "$tmp/runtime"
    export XDG_RUNTIME_DIR="$tmp/runtime"
fi
export QT_QPA_PLATFORM=offscreen HFI_DESKTOP_DATA_DIR="$tmp/data"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
unset PYTHONPATH
cd "$tmp"

expected="hfi-desktop $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/hfi_desktop/__init__.py")"
version="$("$APP" --version </dev/null)" || die "--version exited with $?"
[ "$version" = "$expected" ] || die "--version printed '$version', not '$expected'"

started=$(date +%s.%N)
if ! "$APP" --smoke-test </dev/null >"$tmp/stdout" 2>"$tmp/stderr"; then
    cat "$tmp/stderr" >&2
    die "--smoke-test failed"
fi
ended=$(date +%s.%N)
grep -q "window painted" "$tmp/stderr" || { cat "$tmp/stderr" >&2; die "the window did not paint"; }
if grep -E "Traceback|Cannot open|No module named|ERROR" "$tmp/stderr" >&2; then
    die "--smoke-test complained (above)"
fi
say "ok: $version; size $(du -sh "$APP_DIR" | cut -f1); first paint $(sed -n 's/^first_paint_s=\([^ ]*\).*/\1/p' "$tmp/stdout") s after start, exit after $(awk "BEGIN { printf \"%.2f\", $ended - $started }") s"
