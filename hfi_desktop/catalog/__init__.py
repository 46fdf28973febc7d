"""The task catalog: what each task takes and returns, and how a form becomes a call.

Pure Python, no Qt. ``CATALOG`` holds one :class:`TaskSpec` per method of the seed's
``HfInference`` (all but ``endpoint``); :func:`build_request` checks a form's values and
builds the call that :func:`invoke` makes.
"""

from .calls import CallRequest, build_request, form_error_of, invoke, normalize_model
from .examples import example_files, example_values
from .model import (
    Example,
    FileValue,
    Group,
    InputField,
    InputKind,
    OutputKind,
    Parameter,
    ParamType,
    TaskSpec,
)
from .tasks import CATALOG, GROUP_ICONS, by_group, task
from .validation import FormError

__all__ = [
    "CATALOG",
    "GROUP_ICONS",
    "CallRequest",
    "Example",
    "FileValue",
    "FormError",
    "Group",
    "InputField",
    "InputKind",
    "OutputKind",
    "ParamType",
    "Parameter",
    "TaskSpec",
    "build_request",
    "by_group",
    "example_files",
    "example_values",
    "form_error_of",
    "invoke",
    "normalize_model",
    "task",
]
