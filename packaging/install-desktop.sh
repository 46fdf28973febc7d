#!/usr/bin/env bash
# Install the desktop integration for this user (~/.local/share, or $XDG_DATA_HOME): the
# application menu entry, the .hficompare file type (double-click opens it), the icon and
# the AppStream metainfo (packaging/linux/).
#
#   bash packaging/install-desktop.sh                    # the hfi-desktop on PATH (pip install)
#   bash packaging/install-desktop.sh dist/hfi-desktop   # the desktop build (build-desktop.sh):
#                                                        # copied to <data>/hfi-desktop/app
#   bash packaging/install-desktop.sh /path/to/hfi-desktop
#   bash packaging/install-desktop.sh --uninstall
#
# Then refreshes the menu, file-type and icon caches with update-desktop-database,
# update-mime-database and gtk-update-icon-cache, each when it is installed.
set -euo pipefail

APP_ID="io.github.hfi_desktop.HfiDesktop"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINUX="$ROOT/packaging/linux"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"

say() { printf '[install-desktop] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" || say "WARNING: update-desktop-database failed"
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" || say "WARNING: update-mime-database failed"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || say "WARNING: gtk-update-icon-cache failed"
    fi
}

installed_files() {  # the files this script installs, relative to $DATA
    printf '%s\n' "applications/$APP_ID.desktop" "mime/packages/$APP_ID.xml" \
        "metainfo/$APP_ID.metainfo.xml" "icons/hicolor/scalable/apps/$APP_ID.svg"
    local png
    for png in "$LINUX"/icons/hicolor/*/apps/"$APP_ID".png; do
        printf '%s\n' "icons/${png#"$LINUX/icons/"}"
    done
}

if [ "${1:-}" = --uninstall ]; then
    while read -r file; do rm -f "$DATA/$file"; done < <(installed_files)
    rm -rf "$DATA/hfi-desktop/app"
    refresh_caches
    say "removed from $DATA"
    exit 0
fi

# --------------------------------------------------------------------- the program
target="${1:-}"
if [ -z "$target" ]; then
    target="$(command -v hfi-desktop)" ||
        die "no hfi-desktop on PATH: pip install it, or name the program or the desktop build"
elif [ -d "$target" ]; then  # the one-folder desktop build
    [ -x "$target/hfi-desktop" ] || die "$target has no hfi-desktop program (bash packaging/build-desktop.sh)"
    rm -rf "$DATA/hfi-desktop/app"
    mkdir -p "$DATA/hfi-desktop"
    cp -a "$target" "$DATA/hfi-desktop/app"
    target="$DATA/hfi-desktop/app/hfi-desktop"
fi
[ -x "$target" ] || die "$target is not a program"
target="$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"
case "$target" in *[[:space:]\"\'\\\$\`]*) die "the program's path has spaces or quotes: $target" ;; esac

# ----------------------------------------------------------------------- the files
mkdir -p "$DATA/applications"
sed "s|^Exec=hfi-desktop |Exec=$target |" "$LINUX/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
chmod 644 "$DATA/applications/$APP_ID.desktop"
install -D -m 644 "$LINUX/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
install -D -m 644 "$LINUX/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$ROOT/resources/icons/hfi-desktop.svg" \
    "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$LINUX"/icons/hicolor/*/apps/"$APP_ID".png; do
    install -D -m 644 "$png" "$DATA/icons/${png#"$LINUX/icons/"}"
done
refresh_caches
say "installed for $(id -un): $DATA/applications/$APP_ID.desktop (runs $target)"
