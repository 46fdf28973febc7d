"""Test-wide setup: offscreen Qt, a throw-away profile, and a check for leaked windows."""

from __future__ import annotations

import os

# Before anything imports Qt: no display is needed (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import shutil
import sys
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

# Hypothesis times every example (a 200 ms deadline) and its data generation (too_slow):
# on a loaded machine those fail tests that are slow, not wrong. Timing is for the tests
# that measure it.
settings.register_profile("loaded-machine", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("loaded-machine")

# ------------------------------------------------------------------ throw-away profile
# Set at configure time, before test modules are imported, so nothing (platformdirs,
# QStandardPaths, QSettings, huggingface caches) ever sees the real user's profile.
# Subprocesses started by tests inherit the same environment.
_PROFILE_VARS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "HF_HOME")
_saved_env: dict[str, str | None] = {}
_profile_root: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _profile_root
    _profile_root = Path(tempfile.mkdtemp(prefix="hfi-test-profile-"))
    names = list(_PROFILE_VARS)
    if not os.environ.get("XDG_RUNTIME_DIR"):
        # Otherwise Qt warns "XDG_RUNTIME_DIR not set", which qt_log_level_fail turns red.
        names.append("XDG_RUNTIME_DIR")
    for name in names:
        path = _profile_root / name.lower()
        path.mkdir(mode=0o700)
        _saved_env[name] = os.environ.get(name)
        os.environ[name] = str(path)

    # English, whatever language the machine speaks (tests assert on the source strings;
    # Qt takes the system locale from LANGUAGE first, then LC_ALL / LC_MESSAGES / LANG).
    # The app started in a subprocess inherits it; the tests of the translations install
    # theirs explicitly.
    for name, value in (("LANGUAGE", "en_US"), ("LC_ALL", "C.UTF-8")):
        _saved_env[name] = os.environ.get(name)
        os.environ[name] = value

    # No test reads or writes the user's real keyring: "no backend works" unless a test
    # installs one (keyring.set_keyring).
    _saved_env["PYTHON_KEYRING_BACKEND"] = os.environ.get("PYTHON_KEYRING_BACKEND")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    settings_dir = str(_profile_root / "qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, settings_dir)


def pytest_unconfigure(config: pytest.Config) -> None:
    for name, value in _saved_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    _saved_env.clear()
    if _profile_root is not None:
        shutil.rmtree(_profile_root, ignore_errors=True)


@pytest.fixture
def profile_dir() -> Path:
    """Root of this session's throw-away profile (XDG dirs, QSettings, HF_HOME)."""
    assert _profile_root is not None
    return _profile_root


# ------------------------------------------------------------ leaked top-level widgets
# napari-style: a test must not leave a window without a parent behind. Widgets handed
# to qtbot.addWidget() are closed and deleted by pytest-qt before this check runs.


_CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


def _top_level_widgets() -> list[QWidget]:
    app = QCoreApplication.instance()
    return QApplication.topLevelWidgets() if isinstance(app, QApplication) else []


def _is_leak(widget: QWidget) -> bool:
    if widget.parent() is not None:
        return False
    # Visible windows always count. Hidden ones count when they are our own classes
    # (Python subclasses); Qt keeps some hidden internal ones (tooltips, popups) on purpose.
    return widget.isVisible() or not type(widget).__module__.startswith("PySide6")


# The engine's tests run its runners in this process: torch and transformers bring several
# hundred thousand objects that live as long as the process, and the full collection below
# walked them all after every later test (0.4-0.7 s each, against 20 ms without them: most of
# the suite's time). Once torch is imported, what is alive after a test's collection (modules
# above all) is frozen whenever new modules came: out of the collector's reach, as the app
# does after start-up (hfi_desktop/runtime.py).
_modules_when_frozen = 0


def _freeze_new_modules() -> None:
    global _modules_when_frozen
    if "torch" in sys.modules and len(sys.modules) != _modules_when_frozen:
        gc.freeze()
        _modules_when_frozen = len(sys.modules)


@pytest.fixture(autouse=True)
def _fail_on_leaked_widgets(request: pytest.FixtureRequest) -> Iterator[None]:
    before = {id(w): w for w in _top_level_widgets()}  # values keep the wrappers alive
    yield
    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    _freeze_new_modules()
    leaked = [w for w in _top_level_widgets() if id(w) not in before and _is_leak(w)]
    if not leaked:
        return
    names = ", ".join(f"{type(w).__name__}({w.objectName()!r})" for w in leaked)
    for widget in leaked:  # don't let them spill into the next test
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if request.node.get_closest_marker("allow_leaked_widgets"):
        return
    if request.node.stash.get(_CALL_FAILED, False):
        return  # the failure itself is the news; its traceback may hold the widget
    pytest.fail(
        f"test left top-level widget(s) without a parent: {names}. "
        "Register them with qtbot.addWidget() or give them a parent.",
        pytrace=False,
    )
