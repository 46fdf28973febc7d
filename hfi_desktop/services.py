"""The services the window and its pages share, created once by the application and handed
to them through their constructors (tests hand in their own)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hfi_desktop.bridge import Bridge
from hfi_desktop.inference import HfInference
from hfi_desktop.storage.recent_models import RecentModels
from hfi_desktop.ui.inputs import Loaders

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024


@dataclass
class Services:
    bridge: Bridge
    client: Callable[[], HfInference]  # the current client (settings may replace it)
    recent_models: RecentModels
    loaders: Loaders

    @classmethod
    def create(cls, client: HfInference, *, bridge: Bridge | None = None,
               recent_models: RecentModels | None = None,
               max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> Services:
        bridge = bridge or Bridge()
        return cls(
            bridge=bridge,
            client=lambda: client,
            recent_models=recent_models or RecentModels(),
            loaders=Loaders.over(lambda fn: bridge.run(fn), max_image_bytes=max_input_bytes,
                                 max_audio_bytes=max_input_bytes),
        )
