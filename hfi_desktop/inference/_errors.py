"""The client's exceptions: one base class, one subclass per thing a user can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Re-exported: the client registers its token here; error texts go through ``scrub``.
from hfi_desktop.redaction import REDACTED as REDACTED
from hfi_desktop.redaction import redact as scrub
from hfi_desktop.redaction import register_secret as register_secret

from .urls import (
    BILLING_PAGE,
    DEFAULT_BASE_URL,
    PROVIDERS_PAGE,
    PROVIDERS_PERMISSION,
    RETIRED_HOST,
    TOKENS_PAGE,
)

if TYPE_CHECKING:
    from collections.abc import Iterable


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
    """The server answered with an error status.

    ``server_message`` is what the server said (scrubbed, bounded), ``advice`` what the user
    can do about it (empty when nothing specific), ``message`` both together; ``request_id``
    the server's request id (quote it in a bug report) and ``code`` its machine-readable
    error code (OpenAI ``error.code`` or TGI ``error_type``), when it sent them. The text is
    ``HTTP <status>: <message> (request id: <id>)``.
    """

    def __init__(
        self,
        status: int,
        message: str,
        url: str = "",
        *,
        request_id: str | None = None,
        code: str | None = None,
    ) -> None:
        self.status = status
        self.server_message = scrub(message)
        self.url = scrub(url)
        self.request_id = scrub(request_id) if request_id else None
        self.code = scrub(code) if code else None
        self.advice = scrub(self._advice())
        self.message = (
            f"{self.server_message} — {self.advice}" if self.advice else self.server_message
        )
        text = f"HTTP {status}: {self.message}"
        if self.request_id:
            text += f" (request id: {self.request_id})"
        super().__init__(text)

    def _advice(self) -> str:
        """What the user can do about this error ("" if nothing specific); subclasses say."""
        return ""

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only arguments would be lost by Exception's default (copy, pickle).
        return _restore, (type(self), self.args, dict(self.__dict__))


def _restore(
    cls: type[InferenceHTTPError], args: tuple[object, ...], state: dict[str, Any]
) -> InferenceHTTPError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class EndpointRetiredError(InferenceHTTPError):
    """410: the old serverless host ``api-inference.huggingface.co`` is retired; the same
    models are at ``https://router.huggingface.co/hf-inference`` (the default base URL)."""

    #: The base URL to use instead.
    replacement_url = DEFAULT_BASE_URL

    def _advice(self) -> str:
        return (
            f"the old Inference API host {RETIRED_HOST} is retired: use "
            f"{DEFAULT_BASE_URL} instead (the default: clear the Inference API URL in "
            "Settings ▸ Connection)"
        )


class InvalidRequestError(InferenceHTTPError):
    """400 or 422: the server rejected the request's content (its message names the field)."""

    def _advice(self) -> str:
        return "check the inputs and parameters the server names"


class NoProviderEnabledError(InferenceHTTPError):
    """400: none of the Inference Providers the user enabled serves the model."""

    def _advice(self) -> str:
        return (
            f"enable a provider that serves this model at {PROVIDERS_PAGE}, "
            "or choose a provider for the call"
        )


class AuthenticationError(InferenceHTTPError):
    """401/403: the access token is missing, invalid or lacks permission (403: a gated or
    private model, or an organization's policy; see :class:`PermissionDeniedError`)."""

    def _advice(self) -> str:
        if self.status == 401:
            return (
                "the access token is missing or invalid: set one in Settings ▸ Account "
                f"(a fine-grained token needs the permission “{PROVIDERS_PERMISSION}”)"
            )
        return (
            "the access token has no permission for this model: it may be gated (accept "
            "its conditions on the model's page on huggingface.co) or private, or an "
            "organization's policy forbids the call"
        )


class PermissionDeniedError(AuthenticationError):
    """403: the token may not call Inference Providers (a fine-grained token without the
    permission "Make calls to Inference Providers")."""

    def _advice(self) -> str:
        return (
            f"the access token may not call Inference Providers: enable “{PROVIDERS_PERMISSION}”"
            f" for it at {TOKENS_PAGE}, or use another token (Settings ▸ Account)"
        )


class PaymentRequiredError(InferenceHTTPError):
    """402: the account has used up its included Inference Providers credits."""

    def _advice(self) -> str:
        return (
            "the account is out of included credits for Inference Providers: add credits or "
            f"subscribe at {BILLING_PAGE}, or bill an organization you belong to"
        )


class ModelNotFoundError(InferenceHTTPError):
    """404: no such model (or it is private, or not served where the call went).

    ``providers``: the Inference Providers that do serve the model, when the caller found
    out (see :meth:`with_providers`); the message then names them."""

    def __init__(
        self,
        status: int,
        message: str,
        url: str = "",
        *,
        request_id: str | None = None,
        code: str | None = None,
        providers: tuple[str, ...] = (),
    ) -> None:
        self.providers = tuple(scrub(str(p)) for p in providers)
        super().__init__(status, message, url, request_id=request_id, code=code)

    @classmethod
    def with_providers(
        cls, error: InferenceHTTPError, providers: Iterable[str]
    ) -> ModelNotFoundError:
        """``error`` (a 404, typically) as a ModelNotFoundError naming the ``providers`` that
        serve the model; status, url, request id, code and the server's text are kept."""
        return cls(
            error.status,
            error.server_message,
            error.url,
            request_id=error.request_id,
            code=error.code,
            providers=tuple(providers),
        )

    def _advice(self) -> str:
        if self.providers:
            return (
                "the model is not served there; it is served by "
                f"{', '.join(self.providers)}: choose one of these providers"
            )
        return (
            "check the model id (owner/name); the model may be private, or not served "
            "by this provider"
        )


class RateLimitError(InferenceHTTPError):
    """429: too many requests; ``retry_after`` is the server's Retry-After in seconds, if any."""

    def __init__(
        self,
        status: int,
        message: str,
        url: str = "",
        *,
        retry_after: float | None = None,
        request_id: str | None = None,
        code: str | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(status, message, url, request_id=request_id, code=code)

    def _advice(self) -> str:
        if self.retry_after is not None:
            return f"wait {self.retry_after:.0f} s and try again"
        return "wait a little and try again"


class ModelLoadingError(InferenceHTTPError):
    """503: the model is loading; ``estimated_time`` is the server's estimate in seconds."""

    def __init__(
        self,
        status: int,
        message: str,
        url: str = "",
        *,
        estimated_time: float | None = None,
        request_id: str | None = None,
        code: str | None = None,
    ) -> None:
        self.estimated_time = estimated_time
        super().__init__(status, message, url, request_id=request_id, code=code)

    def _advice(self) -> str:
        wait = f" (about {self.estimated_time:.0f} s)" if self.estimated_time else ""
        return f"try again shortly{wait}"


class ServerError(InferenceHTTPError):
    """A 5xx answer other than a loading model."""

    def _advice(self) -> str:
        return "the server failed: try again later (or with another provider)"


class InferenceOutputError(InferenceError):
    """The server answered 200 with something that is not the task's output. ``answer``:
    the JSON it sent, when it was JSON of another shape (another task's output, say); None
    when it was not JSON."""

    answer: object = None


class InferenceConnectionError(InferenceError):
    """The server could not be reached, or dropped the connection."""


class RedirectRefusedError(InferenceConnectionError):
    """The server redirected a call that carries the user's inputs or the access token to
    another origin (scheme, host, port): not followed, so neither went there. ``target``:
    the origin it pointed to."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__(
            f"{source} redirected the call to {target}, another origin (scheme, host or "
            "port): the redirect was not followed, so neither the inputs nor the access "
            f"token were sent to {target}; check the URL in the settings"
        )
        self.target = scrub(target)


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


class EventTooLargeError(InferenceOutputError, ResponseTooLargeError):
    """A stream event (or one line of it) exceeds the client's ``max_event_bytes``."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"the server sent a stream event larger than the limit of {limit:,} bytes; "
            "it was not read further"
        )
        self.limit = limit
