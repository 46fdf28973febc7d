"""What the user reads when a run fails: a short title and an actionable message.

For an HTTP error the message is the status and the server's own words, then what to do
(:func:`error_action`), then the server's request id, to quote in a bug report. An answer
of the wrong shape is said in plain words, with the task it looks like (the model is likely
one of that task) and the raw detail kept apart (:func:`error_view`).

The one place errors are worded for the user (pages, history, comparisons); no Qt. The texts
are Text values: their str() is the English (what is kept in the history and in files), the UI
shows them in its language (``ui.i18n.shown``); the server's words, URLs and ids as they are."""

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
    RedirectRefusedError,
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
from hfi_desktop.translatable import CATALOG_CONTEXT, ERROR_CONTEXT, QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from hfi_desktop.catalog import TaskSpec

# Subclasses before their base classes: the first match wins.
_TITLES: tuple[tuple[type[BaseException], str], ...] = (
    (EndpointRetiredError, QT_TRANSLATE_NOOP("ErrorMessages",
                                             "This Inference API address is retired")),
    (NoProviderEnabledError, QT_TRANSLATE_NOOP("ErrorMessages",
                                               "No provider you enabled serves this model")),
    (PermissionDeniedError, QT_TRANSLATE_NOOP("ErrorMessages",
                                              "The token may not call Inference Providers")),
    (AuthenticationError, QT_TRANSLATE_NOOP("ErrorMessages", "Access denied")),
    (PaymentRequiredError, QT_TRANSLATE_NOOP("ErrorMessages",
                                             "Out of Inference Providers credits")),
    (InvalidRequestError, QT_TRANSLATE_NOOP("ErrorMessages", "The server rejected the request")),
    (ModelNotFoundError, QT_TRANSLATE_NOOP("ErrorMessages", "Model not found")),
    (RateLimitError, QT_TRANSLATE_NOOP("ErrorMessages", "Too many requests")),
    (ModelLoadingError, QT_TRANSLATE_NOOP("ErrorMessages", "The model is still loading")),
    (ServerError, QT_TRANSLATE_NOOP("ErrorMessages", "The server failed")),
    (InferenceHTTPError, QT_TRANSLATE_NOOP("ErrorMessages", "The server refused the request")),
    (ModelNotServedError, QT_TRANSLATE_NOOP("ErrorMessages",
                                            "The provider does not serve this model")),
    (InferenceInputError, QT_TRANSLATE_NOOP("ErrorMessages", "Invalid input")),
    (InferenceOutputError, QT_TRANSLATE_NOOP("ErrorMessages",
                                             "Unexpected answer from the server")),
    (InferenceTimeoutError, QT_TRANSLATE_NOOP("ErrorMessages", "No answer in time")),
    (InferenceConnectionError, QT_TRANSLATE_NOOP("ErrorMessages", "Cannot reach the server")),
    (StreamError, QT_TRANSLATE_NOOP("ErrorMessages", "The model reported an error")),
    (StreamInterruptedError, QT_TRANSLATE_NOOP("ErrorMessages", "The stream was interrupted")),
    (ResponseTooLargeError, QT_TRANSLATE_NOOP("ErrorMessages", "The answer is too large")),
    (InferenceCancelledError, QT_TRANSLATE_NOOP("ErrorMessages", "Cancelled")),
    (PresentError, QT_TRANSLATE_NOOP("ErrorMessages", "Cannot show this result")),
)


def _text(template: str, /, **values: object) -> Text:
    """A text of this module: ``template`` (marked for translation) with ``values``; the UI
    translates it (``ui.i18n.shown``)."""
    return Text(ERROR_CONTEXT, template, **values)


def error_title(error: BaseException) -> Text:
    for kind, title in _TITLES:
        if isinstance(error, kind):
            return _text(title)
    return _text(QT_TRANSLATE_NOOP("ErrorMessages", "Something went wrong"))


def error_text(error: BaseException) -> tuple[Text, Text]:
    """(title, message): what a failure shows, wherever it is shown or kept."""
    return error_title(error), error_message(error)


@dataclass(frozen=True)
class ErrorView:
    """A failure as a page shows it: ``title`` and ``message`` up front, the raw
    ``details`` behind a disclosure ("" when there are none), and ``other_task``: the task
    whose page suits the model, to offer (None when there is none)."""

    title: Text
    message: Text
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
            _text(QT_TRANSLATE_NOOP(
                "ErrorMessages",
                "The answer does not have the shape of {a_task} result: the model may be made "
                "for another task (its page on the Hub says which)."), a_task=_a(spec.title)),
            error_message(error))
    return ErrorView(
        _text(QT_TRANSLATE_NOOP("ErrorMessages", "This model answers like {a_task} model"),
              a_task=_a(other.title)),
        _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Its answer has the shape of {a_task} result, which the {task} page cannot show. "
            "Open the model on the {other} page, with your inputs."),
            a_task=_a(other.title), task=_task(spec.title), other=_task(other.title)),
        error_message(error), other)


def _task(title: str) -> Text:
    """A task's title (the catalog's: the UI translates it in the catalog's context)."""
    return Text(CATALOG_CONTEXT, title)


def _a(title: str) -> Text:
    """``title`` after its article: "an Image segmentation", "a Text to image"."""
    if title[:1].lower() in "aeio":
        return _text(QT_TRANSLATE_NOOP("ErrorMessages", "an {task}"), task=_task(title))
    return _text(QT_TRANSLATE_NOOP("ErrorMessages", "a {task}"), task=_task(title))


def error_message(error: BaseException) -> Text:
    """The error's own message, plus what to do about it where we know, plus the server's
    request id if any; never a token (a server may echo the Authorization header back in
    its error)."""
    if isinstance(error, InferenceHTTPError):
        lines = [Text.verbatim(redact(f"HTTP {error.status}: {error.server_message}"))]
        action = error_action(error)
        if action:
            lines.append(action)
        if error.request_id:
            lines.append(_text(QT_TRANSLATE_NOOP(
                "ErrorMessages", "Request id: {request_id} (quote it if you report this "
                "problem)"), request_id=redact(error.request_id)))
        return Text.lines(*lines)
    message = str(error)
    if not isinstance(error, InferenceError | PresentError):
        message = f"{type(error).__name__}: {message}"
    own = error.args[0] if isinstance(error, PresentError) and len(error.args) == 1 else None
    text = (own if isinstance(own, Text) and redact(message) == message  # shown translated
            else Text.verbatim(redact(message)))
    action = error_action(error)
    return Text.lines(text, action) if action else text


def error_action(error: BaseException) -> Text:
    """What the user can do about ``error``, as a sentence; "" if nothing specific."""
    return _action(error)


def error_request_id(error: BaseException) -> str | None:
    """The server's id of the failed request (to quote in a bug report), if it sent one."""
    request_id = getattr(error, "request_id", None) if isinstance(error, InferenceError) else None
    return redact(request_id) if isinstance(request_id, str) and request_id else None


def _action(error: BaseException) -> Text:
    if isinstance(error, InferenceTimeoutError):
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Run again; for a slow model (a large one, a long input) allow more time in "
            "Settings ▸ Connection ▸ Timeouts."))
    if isinstance(error, InferenceConnectionError) and not isinstance(error, RedirectRefusedError):
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Check the network connection (and the proxy, if you use one), and that a server "
            "on this computer is running, then run again."))
    if isinstance(error, StreamInterruptedError):
        return _text(QT_TRANSLATE_NOOP("ErrorMessages", "Run again for the whole answer."))
    if not isinstance(error, InferenceHTTPError):
        return _NO_ACTION
    if isinstance(error, EndpointRetiredError):
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "This app is set to use the old address {retired}, which is retired. Switch to "
            "the default, {default}: open Settings ▸ Connection and clear the Inference API "
            "URL."), retired=RETIRED_HOST, default=DEFAULT_BASE_URL)
    if isinstance(error, NoProviderEnabledError):
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "Enable a provider that serves this model at {page}, or choose a provider for the "
            "model."), page=PROVIDERS_PAGE)
    if isinstance(error, PermissionDeniedError):
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The access token may not call Inference Providers: enable “{permission}” for it "
            "at {page}, or use another token in Settings ▸ Account."),
            permission=PROVIDERS_PERMISSION, page=TOKENS_PAGE)
    if isinstance(error, AuthenticationError):
        if error.status == 401:
            return _text(QT_TRANSLATE_NOOP(
                "ErrorMessages",
                "The access token is missing or invalid: set one in Settings ▸ Account. A "
                "fine-grained token needs the permission “{permission}”."),
                permission=PROVIDERS_PERMISSION)
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The access token has no permission for this model. If the model is gated, accept "
            "its conditions on its page on huggingface.co; if it is private, or your "
            "organization's policy forbids the call, use a token that has access."))
    if isinstance(error, PaymentRequiredError):
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The included credits for Inference Providers are used up: add credits or "
            "subscribe at {page}, or bill an organization you belong to."), page=BILLING_PAGE)
    if isinstance(error, InvalidRequestError):
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages", "Correct the input or parameter the server names, then run again."))
    if isinstance(error, ModelNotFoundError):
        if error.providers:
            return _text(QT_TRANSLATE_NOOP(
                "ErrorMessages",
                "The model is served by {providers}: choose one of these providers."),
                providers=redact(", ".join(error.providers)))
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages", "Check the model id (owner/name) or pick one from the list."))
    if isinstance(error, RateLimitError):
        if error.retry_after is not None:
            return _text(QT_TRANSLATE_NOOP("ErrorMessages", "Try again in {seconds:.0f} s."),
                         seconds=error.retry_after)
        return _text(QT_TRANSLATE_NOOP("ErrorMessages", "Wait a little, then try again."))
    if isinstance(error, ModelLoadingError):
        if error.estimated_time:
            return _text(QT_TRANSLATE_NOOP(
                "ErrorMessages",
                "Try again shortly (about {seconds:.0f} s), or tick “Wait for the model to "
                "load”."), seconds=error.estimated_time)
        return _text(QT_TRANSLATE_NOOP(
            "ErrorMessages", "Try again shortly, or tick “Wait for the model to load”."))
    if isinstance(error, ServerError):
        if error.status == INSUFFICIENT_STORAGE:  # no room for the model (the local engine's
            return _text(QT_TRANSLATE_NOOP(
                "ErrorMessages",
                "The model does not fit: make room as the server says, or choose a smaller "
                "one."))
        if _on_this_computer(error):  # the local engine or a local server: waiting won't help
            return _text(QT_TRANSLATE_NOOP(
                "ErrorMessages",
                "The server on this computer could not run this model (its message says "
                "why): choose another model, or restart the server, then run again."))
        return _text(QT_TRANSLATE_NOOP("ErrorMessages",
                                       "Try again later, or with another provider."))
    return _NO_ACTION


_NO_ACTION = Text.verbatim("")


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


def error_link(error: BaseException) -> tuple[Text, str] | None:
    """(text, URL) of the page where the user fixes ``error``, if there is one."""
    if isinstance(error, NoProviderEnabledError):
        return (_text(QT_TRANSLATE_NOOP("ErrorMessages",
                                        "Choose your providers on huggingface.co")),
                PROVIDERS_PAGE)
    return None
