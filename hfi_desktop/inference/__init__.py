"""A pure-Python client of the Hugging Face Inference API (no Qt here, ever).

Mirrors the seed's ``HfInference``: one method per task, keyword arguments, plain JSON-like
results, :class:`Blob` for binary ones, one exception hierarchy rooted at
:class:`InferenceError`, and a :class:`CallControl` to cancel a call from another thread.
"""

from ._client import HfInference, HfInferenceEndpoint, PreparedRequest
from ._control import CallControl
from ._errors import (
    AuthenticationError,
    InferenceCancelledError,
    InferenceConnectionError,
    InferenceError,
    InferenceHTTPError,
    InferenceInputError,
    InferenceOutputError,
    InferenceTimeoutError,
    ModelLoadingError,
    ModelNotFoundError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    StreamError,
    StreamInterruptedError,
)
from ._sse import SSEDecoder, SSEEvent
from ._stream import PYTHON_LANE, EventBatches, EventStream
from ._types import Blob, Options, ResponseInfo

__all__ = [
    "PYTHON_LANE",
    "AuthenticationError",
    "Blob",
    "CallControl",
    "EventBatches",
    "EventStream",
    "HfInference",
    "HfInferenceEndpoint",
    "InferenceCancelledError",
    "InferenceConnectionError",
    "InferenceError",
    "InferenceHTTPError",
    "InferenceInputError",
    "InferenceOutputError",
    "InferenceTimeoutError",
    "ModelLoadingError",
    "ModelNotFoundError",
    "Options",
    "PreparedRequest",
    "RateLimitError",
    "ResponseInfo",
    "ResponseTooLargeError",
    "SSEDecoder",
    "SSEEvent",
    "ServerError",
    "StreamError",
    "StreamInterruptedError",
]
