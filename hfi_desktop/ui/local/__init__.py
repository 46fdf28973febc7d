"""Models on this computer in the application: the local engine's process, the sources the
provider picker lists, and where a call with a local choice goes."""

from .engine_process import EngineProcess, EngineState, EngineStopped
from .routing import Route, is_local_request, route
from .sources_service import LocalSourcesService

__all__ = [
    "EngineProcess",
    "EngineState",
    "EngineStopped",
    "LocalSourcesService",
    "Route",
    "is_local_request",
    "route",
]
