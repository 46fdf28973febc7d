"""What the user reads when a run fails: a short title and an actionable message."""

from __future__ import annotations

from hfi_desktop.inference import (
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
from hfi_desktop.present import PresentError
from hfi_desktop.storage.secrets import redact

_TITLES: tuple[tuple[type[BaseException], str], ...] = (
    (AuthenticationError, "Access denied"),
    (ModelNotFoundError, "Model not found"),
    (RateLimitError, "Too many requests"),
    (ModelLoadingError, "The model is still loading"),
    (ServerError, "The server failed"),
    (InferenceHTTPError, "The server refused the request"),
    (InferenceInputError, "Invalid input"),
    (InferenceOutputError, "Unexpected answer from the server"),
    (InferenceTimeoutError, "No answer in time"),
    (InferenceConnectionError, "Cannot reach the server"),
    (StreamError, "The model reported an error"),
    (StreamInterruptedError, "The stream was interrupted"),
    (ResponseTooLargeError, "The answer is too large"),
    (InferenceCancelledError, "Cancelled"),
    (PresentError, "Cannot show this result"),
)


def error_title(error: BaseException) -> str:
    for kind, title in _TITLES:
        if isinstance(error, kind):
            return title
    return "Something went wrong"


def error_message(error: BaseException) -> str:
    """The error's own message, plus what to do about it where we know; never a token
    (a server may echo the Authorization header back in its error)."""
    return redact(_message(error))


def _message(error: BaseException) -> str:
    message = str(error)
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        message += f" — try again in {error.retry_after:.0f} s."
    elif isinstance(error, ModelLoadingError):
        wait = f" (about {error.estimated_time:.0f} s)" if error.estimated_time else ""
        message += f" — try again shortly{wait}, or tick “Wait for the model to load”."
    elif isinstance(error, ModelNotFoundError):
        message += " — check the model id (owner/name) or pick one from the list."
    elif not isinstance(error, InferenceError | PresentError):
        message = f"{type(error).__name__}: {message}"
    return message
