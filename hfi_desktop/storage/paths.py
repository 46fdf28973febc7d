"""Where the application keeps its data: the history database and the content store.

``HFI_DESKTOP_DATA_DIR`` overrides the platform's user data directory (tests, portable
installs); otherwise ``platformdirs.user_data_dir("hfi_desktop")`` (on Linux
``$XDG_DATA_HOME/hfi_desktop``, usually ``~/.local/share/hfi_desktop``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hfi_desktop"
DATA_DIR_ENV = "HFI_DESKTOP_DATA_DIR"
HISTORY_DB_NAME = "history.sqlite3"
FILES_DIR_NAME = "files"


def data_dir() -> Path:
    """The user data directory (not created here)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def history_db_path(base: Path | None = None) -> Path:
    """The history database in ``base`` (default: :func:`data_dir`)."""
    return (base if base is not None else data_dir()) / HISTORY_DB_NAME


def files_dir(base: Path | None = None) -> Path:
    """The content store's root in ``base`` (default: :func:`data_dir`)."""
    return (base if base is not None else data_dir()) / FILES_DIR_NAME
