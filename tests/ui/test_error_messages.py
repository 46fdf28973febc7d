"""The title, text and suggested action the app shows for each error, with the server's
request id; and, on a page, the request id in the response details."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hfi_desktop.inference import (
    AuthenticationError,
    EndpointRetiredError,
    InferenceConnectionError,
    InferenceHTTPError,
    InferenceTimeoutError,
    InvalidRequestError,
    ModelLoadingError,
    ModelNotFoundError,
    NoProviderEnabledError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RedirectRefusedError,
    ServerError,
    StreamError,
    StreamInterruptedError,
)
from hfi_desktop.inference._errors import register_secret
from hfi_desktop.present.error_messages import (
    error_action,
    error_message,
    error_request_id,
    error_title,
)
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.qt_async import RunAsync

from .pages import run_page

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"
URL = "https://router.huggingface.co/hf-inference/models/x"


@dataclass(frozen=True)
class Shown:
    error: InferenceHTTPError
    title: str
    action: tuple[str, ...]  # words of the suggested action


SHOWN = [
    Shown(EndpointRetiredError(410, "api-inference.huggingface.co is no longer supported",
                               URL, request_id="req-410"),
          "This Inference API address is retired",
          ("api-inference.huggingface.co", "retired", "Switch to the default",
           "https://router.huggingface.co/hf-inference", "Settings ▸ Connection",
           "clear the Inference API URL")),
    Shown(NoProviderEnabledError(400, "The requested model 'x' is not supported by any "
                                      "provider you have enabled.", URL),
          "No provider you enabled serves this model",
          ("https://huggingface.co/settings/inference-providers", "choose a provider")),
    Shown(PermissionDeniedError(403, "This authentication method does not have sufficient "
                                     "permissions to call Inference Providers", URL),
          "The token may not call Inference Providers",
          ("“Make calls to Inference Providers”", "https://huggingface.co/settings/tokens",
           "Settings ▸ Account")),
    Shown(AuthenticationError(401, "Invalid credentials", URL), "Access denied",
          ("missing or invalid", "Settings ▸ Account", "Make calls to Inference Providers")),
    Shown(AuthenticationError(403, "Access to model x is restricted", URL), "Access denied",
          ("no permission", "gated", "accept its conditions", "private", "organization")),
    Shown(PaymentRequiredError(402, "You have exceeded your monthly included credits", URL),
          "Out of Inference Providers credits",
          ("add credits", "https://huggingface.co/settings/billing", "organization")),
    Shown(InvalidRequestError(422, "body.inputs: Field required", URL),
          "The server rejected the request", ("Correct the input or parameter",)),
    Shown(ModelNotFoundError(404, "Model x does not exist", URL), "Model not found",
          ("Check the model id",)),
    Shown(ModelNotFoundError(404, "Model x does not exist", URL,
                             providers=("together", "groq")), "Model not found",
          ("served by together, groq", "choose one of these providers")),
    Shown(RateLimitError(429, "Rate limit reached", URL, retry_after=30.0), "Too many requests",
          ("Try again in 30 s",)),
    Shown(ModelLoadingError(503, "loading", URL, estimated_time=20.0),
          "The model is still loading", ("about 20 s", "Wait for the model to load")),
    Shown(ServerError(500, "boom", URL, request_id="req-500"), "The server failed",
          ("Try again later",)),
    Shown(ServerError(500, "LoadError: no runner for GitForCausalLM",
                      "http://127.0.0.1:8123/models/tiny/git"),
          "The server failed", ("server on this computer", "choose another model", "restart")),
    Shown(ServerError(507, "needs 900 MB, more than the memory budget of 512 MB", URL),
          "The server failed", ("does not fit", "smaller")),
]


@pytest.mark.parametrize("shown", SHOWN, ids=lambda s: f"{type(s.error).__name__}-"
                         f"{s.error.status}")
def test_each_error_has_a_title_a_text_and_an_action(shown: Shown) -> None:
    error = shown.error
    assert error_title(error) == shown.title
    action = error_action(error)
    for words in shown.action:
        assert words in action
    message = error_message(error)
    lines = message.split("\n")
    assert lines[0] == f"HTTP {error.status}: {error.server_message}"
    assert lines[1] == action
    if error.request_id:
        assert lines[2] == (f"Request id: {error.request_id} "
                            "(quote it if you report this problem)")
        assert error_request_id(error) == error.request_id
    else:
        assert len(lines) == 2 and "Request id" not in message
        assert error_request_id(error) is None


def test_an_http_error_without_advice_shows_its_text_and_request_id() -> None:
    error = InferenceHTTPError(409, "Conflict", URL, request_id="abc")
    assert error_title(error) == "The server refused the request"
    assert error_action(error) == ""
    assert error_message(error) == ("HTTP 409: Conflict\n"
                                    "Request id: abc (quote it if you report this problem)")


def test_other_errors_keep_their_text() -> None:
    assert error_message(InferenceConnectionError("cannot reach x")).startswith(
        "cannot reach x\n")
    assert error_request_id(InferenceConnectionError("x")) is None
    assert error_action(StreamError("overloaded")) == ""
    assert error_message(ValueError("bad")) == "ValueError: bad"
    assert error_title(ValueError("bad")) == "Something went wrong"


@pytest.mark.parametrize(("error", "words"), [
    (InferenceTimeoutError("no answer within 60 s"), "Settings ▸ Connection ▸ Timeouts"),
    (InferenceConnectionError("cannot reach router.huggingface.co"), "network connection"),
    (StreamInterruptedError("the stream ended before its final event"), "Run again"),
], ids=["timeout", "connection", "interrupted"])
def test_errors_without_a_server_answer_say_what_to_do_next(
        error: Exception, words: str) -> None:
    action = error_action(error)
    assert words in action
    assert error_message(error) == f"{error}\n{action}"


def test_a_refused_redirect_explains_itself_without_network_advice() -> None:
    error = RedirectRefusedError("https://router.huggingface.co", "http://elsewhere")
    assert error_action(error) == ""


def test_the_enriched_not_found_error_names_the_providers_in_the_app() -> None:
    error = ModelNotFoundError(404, "Model x is not on hf-inference", URL, request_id="r")
    enriched = ModelNotFoundError.with_providers(error, ["novita"])
    message = error_message(enriched)
    assert "served by novita" in message and message.endswith(
        "Request id: r (quote it if you report this problem)")


def test_no_token_in_the_text_the_app_shows() -> None:
    token = "hf_ui_error_messages_secret_12345"
    register_secret(token)
    error = AuthenticationError(401, f"Bearer {token} is invalid", URL, request_id=token,
                                code=token)
    for text in (error_message(error), error_action(error), error_request_id(error) or ""):
        assert token not in text


# --------------------------------------------------------------------------- on a page
@pytest.mark.parametrize(("status", "body", "title", "words"), [
    (410, {"error": "https://api-inference.huggingface.co is no longer supported."},
     "This Inference API address is retired", "clear the Inference API URL"),
    (400, {"error": "The requested model 'x' is not supported by any provider you have "
                    "enabled."},
     "No provider you enabled serves this model", "settings/inference-providers"),
    (403, {"error": "This authentication method does not have sufficient permissions to "
                    "call Inference Providers on behalf of user alice"},
     "The token may not call Inference Providers", "settings/tokens"),
    (402, {"error": "You have exceeded your monthly included credits for Inference "
                    "Providers."},
     "Out of Inference Providers credits", "settings/billing"),
    (422, {"detail": [{"loc": ["body", "inputs"], "msg": "Field required"}]},
     "The server rejected the request", "body.inputs: Field required"),
], ids=["410", "400-no-provider", "403-permission", "402", "422"])
def test_a_page_shows_the_error_its_action_and_the_request_id(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync, status: int,
        body: object, title: str, words: str) -> None:
    fake_api.program(SST2_PATH, respond_json(body, status, {"X-Request-Id": "Root=1-feed"}),
                     times=1)
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you.")
    assert run_async(run_page(page)) == "error"
    panel = page.result_panel
    assert panel.error_box.title.text() == title
    message = panel.error_box.message.text()
    assert words in message
    assert message.endswith("Request id: Root=1-feed (quote it if you report this problem)")
    assert panel.details.values()["Request id"] == "Root=1-feed"
    assert panel.details.values()["Status"].startswith(str(status))


def test_a_successful_run_shows_its_request_id(window: MainWindow, fake_api: FakeInferenceAPI,
                                               run_async: RunAsync) -> None:
    labels = [{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]
    fake_api.program(SST2_PATH, respond_json(labels, 200, {"X-Amzn-Trace-Id": "Root=1-ok"}),
                     times=1)
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you.")
    assert run_async(run_page(page)) == "done"
    assert page.result_panel.details.values()["Request id"] == "Root=1-ok"
    # the next run's response has none: no stale id
    assert run_async(run_page(page)) == "done"
    assert page.result_panel.details.values()["Request id"] == "—"
