"""The client's exceptions: one base class, one subclass per thing a user can act on."""

from __future__ import annotations

import threading

#: What a token is replaced with in error messages.
REDACTED = "hf_***"
_secrets: tuple[str, ...] = ()
_secrets_lock = threading.Lock()


def register_secret(token: str) -> None:
    """Never let ``token`` appear in an error's text (a server may echo it back). Every
    client's token is registered when the client is made."""
    global _secrets
    token = token.strip()
    if token:
        with _secrets_lock:
            if token not in _secrets:
                _secrets = (*_secrets, token)


def scrub(text: str) -> str:
    """``text`` with every registered token replaced by ``REDACTED``."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class InferenceError(Exception):
    """Base class of every error raised by :mod:`hfi_desktop.inference`. Its text never holds
    an access token (see :func:`register_secret`)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(scrub(a) if isinstance(a, str) else a for a in args))


class InferenceInputError(InferenceError, ValueError):
    """An argument is missing, of the wrong type or unusable; raised before anything is sent."""

    def __init__(self, argument: str, problem: str) -> None:
        problem = scrub(problem)
        super().__init__(f"{argument}: {problem}")
        self.argument = argument
        self.problem = problem


class ModelNotServedError(InferenceInputError):
    """The chosen provider does not serve the model for this task (the Hub's provider mapping
    says so); raised before any inference request. ``providers``: those that do (maybe none)."""

    def __init__(
        self, model: str, task: str, provider: str, problem: str, providers: tuple[str, ...] = ()
    ) -> None:
        if providers:
            problem += f"; providers that serve it for {task}: {', '.join(providers)}"
        else:
            problem += f"; no provider serves it for {task}"
        super().__init__("provider" if providers else "model", problem)
        self.model = model
        self.task = task
        self.provider = provider
        self.providers = providers


class InferenceHTTPError(InferenceError):
    """The server answered with an error status."""

    def __init__(self, status: int, message: str, url: str = "") -> None:
        message, url = scrub(message), scrub(url)
        super().__init__(f"HTTP {status}: {message}")
        self.status = status
        self.message = message
        self.url = url


class AuthenticationError(InferenceHTTPError):
    """401/403: the access token is missing, invalid or lacks permission."""


class ModelNotFoundError(InferenceHTTPError):
    """404: no such model (or it is private and the token cannot see it)."""


class RateLimitError(InferenceHTTPError):
    """429: too many requests; ``retry_after`` is the server's Retry-After in seconds, if any."""

    def __init__(
        self, status: int, message: str, url: str = "", *, retry_after: float | None = None
    ) -> None:
        super().__init__(status, message, url)
        self.retry_after = retry_after


class ModelLoadingError(InferenceHTTPError):
    """503: the model is loading; ``estimated_time`` is the server's estimate in seconds."""

    def __init__(
        self, status: int, message: str, url: str = "", *, estimated_time: float | None = None
    ) -> None:
        super().__init__(status, message, url)
        self.estimated_time = estimated_time


class ServerError(InferenceHTTPError):
    """A 5xx answer other than a loading model."""


class InferenceOutputError(InferenceError):
    """The server answered 200 with something that is not the task's output."""


class InferenceConnectionError(InferenceError):
    """The server could not be reached, or dropped the connection."""


class InferenceTimeoutError(InferenceError):
    """The server did not connect or answer within the configured timeout."""


class StreamError(InferenceError):
    """The server sent an ``error`` event in a stream."""

    def __init__(self, message: str, error_type: str | None = None) -> None:
        message = scrub(message)
        error_type = scrub(error_type) if error_type else error_type
        super().__init__(message if not error_type else f"{message} ({error_type} error)")
        self.message = message
        self.error_type = error_type


class StreamInterruptedError(InferenceError):
    """The stream ended before its final event."""


class InferenceCancelledError(InferenceError):
    """The call was cancelled through its :class:`CallControl`."""


class ResponseTooLargeError(InferenceError):
    """The response body exceeds the client's ``max_response_bytes``."""
