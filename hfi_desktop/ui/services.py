"""The services the window and its pages share, created once by the application and handed
to them through their constructors (tests hand in their own)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from hfi_desktop.bridge import Bridge
from hfi_desktop.storage.recent_models import RecentModels
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.inputs import Loaders

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.inference import HfInference
    from hfi_desktop.runs import Run
    from hfi_desktop.storage.history.service import HistoryService
    from hfi_desktop.ui.local import LocalSourcesService

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024


class RunGate(Protocol):
    """Asked before a run is sent (``await before_run(run, parent, asking)``); False: don't
    send it (the user declined to send the token to a host that isn't Hugging Face's).
    ``asking()`` is called when the answer waits for the user (the run's clock waits too).
    See hfi_desktop/ui/settings/token_gate.py."""

    def __call__(self, run: Run, parent: QWidget, asking: Callable[[], None]
                 ) -> Awaitable[bool]: ...


@dataclass
class Services:
    bridge: Bridge
    client: Callable[[], HfInference]  # the current client (settings may replace it)
    recent_models: RecentModels
    loaders: Loaders
    settings: Settings = field(default_factory=Settings)
    before_run: RunGate | None = None
    history: HistoryService | None = None  # None: runs are not recorded (app.py makes one)
    local: LocalSourcesService | None = None  # None: no models on this computer (app.py: one)

    @classmethod
    def create(cls, client: HfInference | Callable[[], HfInference], *,
               bridge: Bridge | None = None,
               recent_models: RecentModels | None = None,
               max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
               loaders: Loaders | None = None, settings: Settings | None = None,
               before_run: RunGate | None = None,
               history: HistoryService | None = None,
               local: LocalSourcesService | None = None) -> Services:
        bridge = bridge or Bridge()
        current = client if callable(client) else (lambda: client)
        return cls(
            bridge=bridge,
            client=current,
            recent_models=recent_models or RecentModels(),
            loaders=loaders or Loaders.over(lambda fn: bridge.run(fn),
                                            max_image_bytes=max_input_bytes,
                                            max_audio_bytes=max_input_bytes),
            settings=settings if settings is not None else Settings(),
            before_run=before_run,
            history=history,
            local=local,
        )
