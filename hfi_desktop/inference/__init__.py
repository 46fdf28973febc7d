"""A pure-Python client of the Hugging Face Inference API (no Qt here, ever).

Mirrors the seed's ``HfInference``: one method per task, keyword arguments, plain JSON-like
results, :class:`Blob` for binary ones, one exception hierarchy rooted at
:class:`InferenceError`, and a :class:`CallControl` to cancel a call from another thread.
Grown into today's API: Inference Providers behind the router (``provider=`` on every task
method, resolved through the Hub's provider mapping) and chat completion
(``chat_completion``, ``chat_completion_stream``, :class:`ChatStreamAssembler`).
"""

from ._chat import ChatStreamAssembler, image_part
from ._chat_models import ChatModel, ChatProvider
from ._client import (
    DEFAULT_CALL_DEADLINE_S,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_STREAM_IDLE_S,
    DEFAULT_TIMEOUT,
    HfInference,
    HfInferenceEndpoint,
)
from ._control import CallControl
from ._errors import (
    AuthenticationError,
    EndpointRetiredError,
    EventTooLargeError,
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
    ModelNotServedError,
    NoProviderEnabledError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RedirectRefusedError,
    ResponseTooLargeError,
    ServerError,
    StreamError,
    StreamInterruptedError,
)
from ._mapping import ProviderMapping, parse_mapping
from ._prepare import PreparedRequest
from ._providers import known_providers, tasks_of
from ._sse import SSEDecoder, SSEEvent
from ._stream import PYTHON_LANE, EventBatches, EventStream
from ._types import Blob, Options, ResponseInfo
from .sniff import sniff_mime

__all__ = [
    "DEFAULT_CALL_DEADLINE_S",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_STREAM_IDLE_S",
    "DEFAULT_TIMEOUT",
    "PYTHON_LANE",
    "AuthenticationError",
    "Blob",
    "CallControl",
    "ChatModel",
    "ChatProvider",
    "ChatStreamAssembler",
    "EndpointRetiredError",
    "EventBatches",
    "EventStream",
    "EventTooLargeError",
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
    "ModelNotServedError",
    "NoProviderEnabledError",
    "Options",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PreparedRequest",
    "ProviderMapping",
    "RateLimitError",
    "RedirectRefusedError",
    "ResponseInfo",
    "ResponseTooLargeError",
    "SSEDecoder",
    "SSEEvent",
    "ServerError",
    "StreamError",
    "StreamInterruptedError",
    "image_part",
    "known_providers",
    "parse_mapping",
    "sniff_mime",
    "tasks_of",
]
