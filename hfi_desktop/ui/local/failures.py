"""What a run on this computer shows when its source is not there: the engine could not
start (its extra missing: how to install it), or it stopped, mid-call too ("The local engine
stopped (exit code N)", with a button that restarts it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfi_desktop.inference import InferenceHTTPError
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

from .engine_process import EngineState, stopped_text

if TYPE_CHECKING:
    from hfi_desktop.ui.services import Services
    from hfi_desktop.ui.viewers.panel import ErrorAction

STOPPED_TITLE = QT_TRANSLATE_NOOP("EngineFailures", "The local engine stopped")
MISSING_TITLE = QT_TRANSLATE_NOOP("EngineFailures", "The local engine is not installed")
FAILED_TITLE = QT_TRANSLATE_NOOP("EngineFailures", "The local engine did not start")
NOT_THERE_TITLE = QT_TRANSLATE_NOOP("EngineFailures", "Not sent")
RESTART_TEXT = QT_TRANSLATE_NOOP("EngineFailures", "Restart the local engine")
#: How long a call that lost its connection waits to learn whether the engine ended.
DEATH_WAIT_S = 5.0


async def engine_died(services: Services, error: BaseException) -> bool:
    """Whether the local engine's process ended: why a call to it failed (an answer of the
    engine's, an HTTP error, is not that)."""
    local = services.local
    if local is None or isinstance(error, InferenceHTTPError):
        return False
    engine = local.engine
    return await engine.wait_ended(DEATH_WAIT_S) and engine.died


def stopped_message(services: Services) -> tuple[str, str, list[ErrorAction]]:
    """(title, message, the restart button) for a call the engine's end cut short."""
    assert services.local is not None
    engine = services.local.engine
    return (QCoreApplication.translate("EngineFailures", STOPPED_TITLE),
            stopped_text(engine.exit_code), restart_actions(services))


def start_failure_title(services: Services) -> str:
    """The title of a call its local source was not there for (nothing was sent)."""
    state = services.local.engine.state if services.local is not None else None
    if state is EngineState.MISSING:
        title = MISSING_TITLE
    else:
        title = FAILED_TITLE if state is EngineState.FAILED else NOT_THERE_TITLE
    return QCoreApplication.translate("EngineFailures", title)


def restart_actions(services: Services) -> list[ErrorAction]:
    """A button that (re)starts the engine, unless it cannot start (its extra is missing)."""
    local = services.local
    if local is None or local.engine.state is EngineState.MISSING:
        return []
    engine = local.engine
    return [(QCoreApplication.translate("EngineFailures", RESTART_TEXT),
             QCoreApplication.translate(
                 "EngineFailures", "Start the local engine again; then run again"),
             engine.restart)]
