"""A pure-Python client of the Hugging Face Inference API (no Qt here, ever).

Mirrors the seed's ``HfInference``: one method per task, keyword arguments, plain JSON-like
results, :class:`Blob` for binary ones, one exception hierarchy rooted at
:class:`InferenceError`, and a :class:`CallControl` to cancel a call from another thread.
"""

from ._client import HfInference, HfInferenceEndpoint, PreparedRequest
from ._control import CallControl
from ._errors import (
    AuthenticationError,
    EndpointRetiredError,
    InferenceCancelledError,
    InferenceConnectionError,
    InferenceError,
    InferenceHTTPError,
    InferenceInputError,
    InferenceOutputError,
    InferenceTimeoutError,
    InvalidRequestError,
    ModelLoadingError,
    ModelNotFoundError,
    NoProviderEnabledError,
    PaymentRequiredError,
    PermissionDeniedError,
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
    "EndpointRetiredError",
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
    "InvalidRequestError",
    "ModelLoadingError",
    "ModelNotFoundError",
    "NoProviderEnabledError",
    "Options",
    "PaymentRequiredError",
    "PermissionDeniedError",
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
