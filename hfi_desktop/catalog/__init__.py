"""The task catalog: what each task takes and returns, and how a form becomes a call.

Pure Python, no Qt. ``CATALOG`` holds the chat (its own page kind, pinned first) and one
:class:`TaskSpec` per method of the seed's ``HfInference`` (all but ``endpoint``);
:func:`build_request` checks a form's values and builds the call that :func:`invoke` makes
(:func:`build_chat_request` the chat's).
"""

from .calls import CallRequest, build_request, form_error_of, invoke, normalize_model
from .chat import build_chat_request, normalize_chat_model, response_format, turn_spec
from .examples import example_files, example_values
from .model import (
    Example,
    FileValue,
    Group,
    InputField,
    InputKind,
    OutputKind,
    PageKind,
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
    "PageKind",
    "ParamType",
    "Parameter",
    "TaskSpec",
    "build_chat_request",
    "build_request",
    "by_group",
    "example_files",
    "example_values",
    "form_error_of",
    "invoke",
    "normalize_chat_model",
    "normalize_model",
    "response_format",
    "task",
    "turn_spec",
]
