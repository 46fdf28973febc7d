"""What the user reads when a run fails: a short title and an actionable message.

For an HTTP error the message is the status and the server's own words, then what to do
(:func:`error_action`), then the server's request id, to quote in a bug report. An answer
of the wrong shape is said in plain words, with the task it looks like (the model is likely
one of that task) and the raw detail kept apart (:func:`error_view`).

The one place errors are worded for the user (pages, history, comparisons); no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from hfi_desktop.catalog.answers import task_answering_like
from hfi_desktop.credentials.secrets import redact
from hfi_desktop.credentials.trust import is_loopback
from hfi_desktop.inference import (
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
    ModelNotServedError,
    NoProviderEnabledError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    StreamError,
    StreamInterruptedError,
)
from hfi_desktop.inference.urls import (
    BILLING_PAGE,
    DEFAULT_BASE_URL,
    PROVIDERS_PAGE,
    PROVIDERS_PERMISSION,
    RETIRED_HOST,
    TOKENS_PAGE,
)
from hfi_desktop.present.errors import PresentError

if TYPE_CHECKING:
    from hfi_desktop.catalog import TaskSpec

# Subclasses before their base classes: the first match wins.
_TITLES: tuple[tuple[type[BaseException], str], ...] = (
    (EndpointRetiredError, "This Inference API address is retired"),
    (NoProviderEnabledError, "No provider you enabled serves this model"),
    (PermissionDeniedError, "The token may not call Inference Providers"),
    (AuthenticationError, "Access denied"),
    (PaymentRequiredError, "Out of Inference Providers credits"),
    (InvalidRequestError, "The server rejected the request"),
    (ModelNotFoundError, "Model not found"),
    (RateLimitError, "Too many requests"),
    (ModelLoadingError, "The model is still loading"),
    (ServerError, "The server failed"),
    (InferenceHTTPError, "The server refused the request"),
    (ModelNotServedError, "The provider does not serve this model"),
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


def error_text(error: BaseException) -> tuple[str, str]:
    """(title, message): what a failure shows, wherever it is shown or kept."""
    return error_title(error), error_message(error)


@dataclass(frozen=True)
class ErrorView:
    """A failure as a page shows it: ``title`` and ``message`` up front, the raw
    ``details`` behind a disclosure ("" when there are none), and ``other_task``: the task
    whose page suits the model, to offer (None when there is none)."""

    title: str
    message: str
    details: str = ""
    other_task: TaskSpec | None = None


#: HTTP 507: the server has no room (memory, disk) for the model asked for.
INSUFFICIENT_STORAGE = 507

def error_view(error: BaseException, spec: TaskSpec) -> ErrorView:
    """How a run of ``spec`` that failed with ``error`` is shown."""
    answer = error.answer if isinstance(error, InferenceOutputError) else None
    if answer is None:
        return ErrorView(*error_text(error))
    other = task_answering_like(answer, spec)
    if other is None:
        return ErrorView(
            error_title(error),
            f"The answer does not have the shape of {_a(spec.title)} result: the model may "
            "be made for another task (its page on the Hub says which).",
            error_message(error))
    return ErrorView(
        f"This model answers like {_a(other.title)} model",
        f"Its answer has the shape of {_a(other.title)} result, which the {spec.title} page "
        f"cannot show. Open the model on the {other.title} page, with your inputs.",
        error_message(error), other)


def _a(title: str) -> str:
    """``title`` after its article: "an Image segmentation", "a Text to image"."""
    return f"{'an' if title[:1].lower() in 'aeio' else 'a'} {title}"


def error_message(error: BaseException) -> str:
    """The error's own message, plus what to do about it where we know, plus the server's
    request id if any; never a token (a server may echo the Authorization header back in
    its error)."""
    return redact(_message(error))


def error_action(error: BaseException) -> str:
    """What the user can do about ``error``, as a sentence; "" if nothing specific."""
    return redact(_action(error))


def error_request_id(error: BaseException) -> str | None:
    """The server's id of the failed request (to quote in a bug report), if it sent one."""
    request_id = getattr(error, "request_id", None) if isinstance(error, InferenceError) else None
    return redact(request_id) if isinstance(request_id, str) and request_id else None


def _message(error: BaseException) -> str:
    if isinstance(error, InferenceHTTPError):
        lines = [f"HTTP {error.status}: {error.server_message}"]
        action = _action(error)
        if action:
            lines.append(action)
        if error.request_id:
            lines.append(f"Request id: {error.request_id} (quote it if you report this problem)")
        return "\n".join(lines)
    message = str(error)
    if not isinstance(error, InferenceError | PresentError):
        message = f"{type(error).__name__}: {message}"
    return message


def _action(error: BaseException) -> str:
    if not isinstance(error, InferenceHTTPError):
        return ""
    if isinstance(error, EndpointRetiredError):
        return (
            f"This app is set to use the old address {RETIRED_HOST}, which is retired. "
            f"Switch to the default, {DEFAULT_BASE_URL}: open Settings ▸ Connection and "
            "clear the Inference API URL."
        )
    if isinstance(error, NoProviderEnabledError):
        return (
            f"Enable a provider that serves this model at {PROVIDERS_PAGE}, "
            "or choose a provider for the model."
        )
    if isinstance(error, PermissionDeniedError):
        return (
            f"The access token may not call Inference Providers: enable “{PROVIDERS_PERMISSION}”"
            f" for it at {TOKENS_PAGE}, or use another token in Settings ▸ Account."
        )
    if isinstance(error, AuthenticationError):
        if error.status == 401:
            return (
                "The access token is missing or invalid: set one in Settings ▸ Account. "
                f"A fine-grained token needs the permission “{PROVIDERS_PERMISSION}”."
            )
        return (
            "The access token has no permission for this model. If the model is gated, accept "
            "its conditions on its page on huggingface.co; if it is private, or your "
            "organization's policy forbids the call, use a token that has access."
        )
    if isinstance(error, PaymentRequiredError):
        return (
            "The included credits for Inference Providers are used up: add credits or "
            f"subscribe at {BILLING_PAGE}, or bill an organization you belong to."
        )
    if isinstance(error, InvalidRequestError):
        return "Correct the input or parameter the server names, then run again."
    if isinstance(error, ModelNotFoundError):
        if error.providers:
            return (
                f"The model is served by {', '.join(error.providers)}: choose one of these "
                "providers."
            )
        return "Check the model id (owner/name) or pick one from the list."
    if isinstance(error, RateLimitError):
        if error.retry_after is not None:
            return f"Try again in {error.retry_after:.0f} s."
        return "Wait a little, then try again."
    if isinstance(error, ModelLoadingError):
        wait = f" (about {error.estimated_time:.0f} s)" if error.estimated_time else ""
        return f"Try again shortly{wait}, or tick “Wait for the model to load”."
    if isinstance(error, ServerError):
        if error.status == INSUFFICIENT_STORAGE:  # no room for the model (the local engine's
            return "The model does not fit: make room as the server says, or choose a smaller one."
        if _on_this_computer(error):  # the local engine or a local server: waiting won't help
            return (
                "The server on this computer could not run this model (its message says why): "
                "choose another model, or restart the server, then run again."
            )
        return "Try again later, or with another provider."
    return ""


def _on_this_computer(error: InferenceHTTPError) -> bool:
    try:
        host = urlsplit(error.url).hostname
    except ValueError:
        return False
    return host is not None and is_loopback(host)


def error_providers(error: BaseException) -> tuple[str, ...]:
    """The Inference Providers that serve the model a failed call named, when the error
    knows them (a 404, or a provider that does not serve the model): to offer a switch."""
    if isinstance(error, ModelNotFoundError | ModelNotServedError):
        return tuple(error.providers)
    return ()


def error_link(error: BaseException) -> tuple[str, str] | None:
    """(text, URL) of the page where the user fixes ``error``, if there is one."""
    if isinstance(error, NoProviderEnabledError):
        return "Choose your providers on huggingface.co", PROVIDERS_PAGE
    return None
