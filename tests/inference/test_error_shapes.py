"""Error answers of today's router and providers: every body shape gives the server's own
message, every status its own exception saying what to do, the request id is kept (on
errors and on ResponseInfo), and hostile bodies neither crash the client nor leak the token."""

from __future__ import annotations

import copy
import json
import pickle
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hfi_desktop.inference import (
    AuthenticationError,
    CallControl,
    EndpointRetiredError,
    HfInference,
    InferenceError,
    InferenceHTTPError,
    InvalidRequestError,
    ModelLoadingError,
    ModelNotFoundError,
    NoProviderEnabledError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseInfo,
    ServerError,
)
from hfi_desktop.inference._errors import REDACTED, register_secret
from hfi_desktop.inference._transport import MAX_MESSAGE_CHARS, Reply, http_error
from tests.support.fake_api import FakeInferenceAPI, Respond, respond_json, respond_text
from tests.support.sse import token_stream_body

from .conftest import MakeClient
from .helpers import FLAN, FLAN_PATH, SST2, SST2_PATH

LABELS = [{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]
#: The text of an error can be no longer than this ("HTTP 400: " + message + advice + id).
MAX_TEXT = 1000


def call(hf: HfInference, control: CallControl | None = None) -> Any:
    return hf.text_classification(inputs="x", model=SST2, options={"retry_on_error": False},
                                  control=control)


def raised(hf: HfInference, fake_api: FakeInferenceAPI, reply: Respond) -> InferenceHTTPError:
    fake_api.program(SST2_PATH, reply)
    with pytest.raises(InferenceHTTPError) as info:
        call(hf)
    return info.value


def raw(status: int, body: bytes | str, content_type: str | None = "application/json",
        headers: Mapping[str, str] | None = None) -> Respond:
    data = body.encode() if isinstance(body, str) else body
    return Respond(status, data, content_type, dict(headers or {}))


# ------------------------------------------------------------------------- body shapes
@dataclass(frozen=True)
class Shape:
    id: str
    reply: Respond
    message: str
    code: str | None = None


SHAPES = [
    Shape("router-string", respond_json({"error": "Model is overloaded"}, 409),
          "Model is overloaded"),
    Shape("tgi-error-type", respond_json({"error": "Input validation error: `inputs` must "
                                                   "have less than 1024 tokens",
                                          "error_type": "validation"}, 409),
          "Input validation error: `inputs` must have less than 1024 tokens", "validation"),
    Shape("openai", respond_json({"error": {"message": "Unknown parameter 'topp'",
                                            "type": "invalid_request_error", "param": "topp",
                                            "code": "unknown_parameter"}}, 409),
          "Unknown parameter 'topp'", "unknown_parameter"),
    Shape("openai-null-code", respond_json({"error": {"message": "Bad", "type": "x",
                                                      "param": None, "code": None}}, 409),
          "Bad"),
    Shape("openai-int-code", respond_json({"error": {"message": "Bad", "code": 1234}}, 409),
          "Bad", "1234"),
    Shape("message", respond_json({"message": "Provider quota reached"}, 409),
          "Provider quota reached"),
    Shape("detail", respond_json({"detail": "Not authenticated"}, 409), "Not authenticated"),
    Shape("fastapi", respond_json({"detail": [
        {"loc": ["body", "max_tokens"], "msg": "Input should be a valid integer",
         "type": "int_parsing"},
        {"loc": ["body", "messages", 0, "role"], "msg": "Field required", "type": "missing"},
    ]}, 409), "body.max_tokens: Input should be a valid integer; "
              "body.messages.0.role: Field required"),
    Shape("hub-errors", respond_json({"errors": [{"message": "first"}, {"message": "second"}]},
                                     409), "first; second"),
    Shape("error-list", respond_json({"error": ["a", "b"]}, 409), "a; b"),
    Shape("plain-text", respond_text("upstream went\n  away\n", 409, "text/plain"),
          "upstream went away"),
    Shape("html", respond_text("<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                               "</head><body><h1>nginx</h1></body></html>", 409),
          "502 Bad Gateway"),
    Shape("html-no-title", respond_text("<html><body><script>var a = '<b>';</script>"
                                        "<h1>Oops</h1><p>Bad &amp; ugly</p></body></html>",
                                        409), "Oops Bad & ugly"),
    Shape("html-no-text", respond_text("<html><script>alert(1)</script></html>", 409),
          "Conflict"),
    Shape("json-as-text", raw(409, '{"error": "sent as text"}', "text/plain"),
          "sent as text"),
    Shape("problem-json", raw(409, '{"title": "x", "detail": "problem detail"}',
                              "application/problem+json"), "problem detail"),
    Shape("empty", raw(409, b"", None), "Conflict"),
    Shape("header-first", respond_json({"error": "body text"}, 409,
                                       {"X-Error-Message": "header text"}), "header text"),
    Shape("header-utf8", respond_json({}, 409, {
        "X-Error-Message": "Modèle introuvable".encode().decode("latin-1")}),
          "Modèle introuvable"),
    Shape("header-code", respond_json({"error": "Access to model x is restricted"}, 409,
                                      {"X-Error-Code": "GatedRepo"}),
          "Access to model x is restricted", "GatedRepo"),
]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.id)
def test_every_body_shape_gives_the_servers_message(
        hf: HfInference, fake_api: FakeInferenceAPI, shape: Shape) -> None:
    error = raised(hf, fake_api, shape.reply)
    assert type(error) is InferenceHTTPError  # a 409: nothing more specific
    assert error.server_message == shape.message
    assert error.message == shape.message  # no advice for a plain 409
    assert str(error) == f"HTTP 409: {shape.message}"
    assert error.code == shape.code
    assert error.request_id is None
    assert error.url == fake_api.url + SST2_PATH


# -------------------------------------------------------------------- status → class
NO_PROVIDER = ("The requested model 'deepseek-ai/DeepSeek-R1' is not supported by any "
               "provider you have enabled.")
RETIRED = ("https://api-inference.huggingface.co is no longer supported. Please use "
           "https://router.huggingface.co instead.")
NO_PERMISSION = ("This authentication method does not have sufficient permissions to call "
                 "Inference Providers on behalf of user alice")
CREDITS = ("You have exceeded your monthly included credits for Inference Providers. "
           "Subscribe to PRO to get 20x more monthly included credits.")


@dataclass(frozen=True)
class Case:
    id: str
    reply: Respond
    error: type[InferenceHTTPError]
    says: tuple[str, ...]  # in the message, beside the server's text
    not_a: tuple[type[InferenceHTTPError], ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict)


CASES = [
    Case("410-retired", respond_json({"error": RETIRED}, 410), EndpointRetiredError,
         (RETIRED, "api-inference.huggingface.co is retired",
          "https://router.huggingface.co/hf-inference", "clear the Inference API URL",
          "Settings")),
    Case("410-html", respond_text("<html><title>Gone</title></html>", 410),
         EndpointRetiredError, ("Gone", "https://router.huggingface.co/hf-inference")),
    Case("400-no-provider", respond_json({"error": NO_PROVIDER}, 400), NoProviderEnabledError,
         (NO_PROVIDER, "https://huggingface.co/settings/inference-providers",
          "choose a provider"), (InvalidRequestError,)),
    Case("400-no-provider-code", respond_json({"error": {
        "message": "The requested model 'x' is not a chat model.",
        "type": "invalid_request_error", "param": "model", "code": "model_not_supported"}}, 400),
         NoProviderEnabledError, ("not a chat model", "settings/inference-providers"),
         attrs={"code": "model_not_supported"}),
    Case("400-validation", respond_json({"error": "Input validation error: `temperature` must "
                                                  "be strictly positive",
                                         "error_type": "validation"}, 400),
         InvalidRequestError, ("`temperature` must be strictly positive",),
         (NoProviderEnabledError,), {"code": "validation"}),
    Case("422-fastapi", respond_json({"detail": [{"loc": ["body", "inputs"],
                                                  "msg": "Field required"}]}, 422),
         InvalidRequestError, ("body.inputs: Field required",)),
    Case("401", respond_json({"error": "Invalid credentials in Authorization header"}, 401),
         AuthenticationError, ("Invalid credentials", "Settings ▸ Account",
                               "Make calls to Inference Providers"), (PermissionDeniedError,)),
    Case("403-permission", respond_json({"error": NO_PERMISSION}, 403), PermissionDeniedError,
         (NO_PERMISSION, "Make calls to Inference Providers",
          "https://huggingface.co/settings/tokens")),
    Case("403-gated", respond_json({"error": "Access to model meta-llama/Llama-3.1-8B is "
                                             "restricted. You must have access to it."}, 403),
         AuthenticationError, ("restricted", "gated", "accept its conditions", "private",
                               "organization"), (PermissionDeniedError,)),
    Case("402", respond_json({"error": CREDITS}, 402), PaymentRequiredError,
         (CREDITS, "out of included credits", "https://huggingface.co/settings/billing",
          "organization")),
    Case("404", respond_json({"error": "Model x/y does not exist"}, 404), ModelNotFoundError,
         ("does not exist", "check the model id"), attrs={"providers": ()}),
    Case("429", respond_json({"error": "Rate limit reached"}, 429, {"Retry-After": "12"}),
         RateLimitError, ("Rate limit reached", "wait 12 s"), attrs={"retry_after": 12.0}),
    Case("503-loading", respond_json({"error": "Model x is currently loading",
                                      "estimated_time": 42.0}, 503),
         ModelLoadingError, ("currently loading", "about 42 s"),
         attrs={"estimated_time": 42.0}),
    Case("503-down", respond_json({"error": "Service unavailable"}, 503), ServerError,
         ("Service unavailable", "try again later"), (ModelLoadingError,)),
    Case("500", respond_json({"error": {"message": "upstream provider failed"}}, 500),
         ServerError, ("upstream provider failed", "try again later")),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_status_has_its_class_and_says_what_to_do(
        hf: HfInference, fake_api: FakeInferenceAPI, case: Case) -> None:
    error = raised(hf, fake_api, case.reply)
    assert isinstance(error, case.error)
    for other in case.not_a:
        assert not isinstance(error, other)
    assert error.status == case.reply.status
    text = str(error)
    assert text.startswith(f"HTTP {case.reply.status}: {error.server_message}")
    for words in case.says:
        assert words in text
        assert words in error.message
    assert error.advice and error.advice in error.message
    for name, value in case.attrs.items():
        assert getattr(error, name) == value


def test_the_new_classes_are_subclasses_the_old_catch_sites_still_catch() -> None:
    for kind in (EndpointRetiredError, InvalidRequestError, NoProviderEnabledError,
                 PaymentRequiredError, PermissionDeniedError):
        assert issubclass(kind, InferenceHTTPError) and issubclass(kind, InferenceError)
    assert issubclass(PermissionDeniedError, AuthenticationError)


def test_a_stream_gets_the_same_errors(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, respond_json({"error": NO_PROVIDER}, 400,
                                             {"X-Request-Id": "stream-1"}))
    with pytest.raises(NoProviderEnabledError) as info:
        list(hf.text_generation_stream(inputs="x", model=FLAN))
    assert info.value.request_id == "stream-1"
    assert str(info.value).endswith("(request id: stream-1)")


# ------------------------------------------------------------------------- request id
@pytest.mark.parametrize(("headers", "expected"), [
    ({"X-Request-Id": "Root=1-abc"}, "Root=1-abc"),
    ({"x-request-id": "lower-case"}, "lower-case"),
    ({"X-Amzn-Trace-Id": "Root=1-67891233-abcdef012345678912345678"},
     "Root=1-67891233-abcdef012345678912345678"),
    ({"X-Amz-Cf-Id": "cf-id=="}, "cf-id=="),
    ({"X-Amz-Cf-Id": "cf", "X-Amzn-Trace-Id": "trace", "X-Request-Id": "req"}, "req"),
    ({"X-Amz-Cf-Id": "cf", "X-Amzn-Trace-Id": "trace"}, "trace"),
    ({"X-Request-Id": "  ", "X-Amz-Cf-Id": "cf"}, "cf"),
    ({}, None),
], ids=["request-id", "lower", "amzn-trace", "cf", "all-three", "trace-over-cf",
        "blank-skipped", "none"])
def test_the_request_id_is_kept_on_errors_and_responses(
        hf: HfInference, fake_api: FakeInferenceAPI, headers: dict[str, str],
        expected: str | None) -> None:
    fake_api.program(SST2_PATH, respond_json({"error": "boom"}, 500, headers), times=1)
    control = CallControl()
    with pytest.raises(ServerError) as info:
        call(hf, control)
    error = info.value
    assert error.request_id == expected
    if expected is None:
        assert "request id" not in str(error)
    else:
        assert str(error).endswith(f"(request id: {expected})")
    assert control.response is not None and control.response.request_id == expected

    fake_api.program(SST2_PATH, respond_json(LABELS, 200, headers), times=1)
    control = CallControl()
    assert call(hf, control) == LABELS
    assert control.response is not None
    assert control.response.status == 200 and control.response.request_id == expected


def test_a_streams_response_has_its_request_id(hf: HfInference,
                                              fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, Respond(200, token_stream_body(2), "text/event-stream",
                                        {"X-Request-Id": "sse-7"}))
    control = CallControl()
    assert len(list(hf.text_generation_stream(inputs="x", model=FLAN, control=control))) == 2
    assert control.response is not None and control.response.request_id == "sse-7"


def test_response_info_request_id_defaults_to_none() -> None:
    assert ResponseInfo("http://x", 200, "application/json").request_id is None


def test_a_hostile_request_id_is_cleaned(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    error = raised(hf, fake_api, respond_json({"error": "x"}, 500, {
        "X-Request-Id": "a\x1b[31mb" + "c" * 5000}))
    assert error.request_id is not None
    assert "\x1b" not in error.request_id and len(error.request_id) <= 200
    assert error.request_id.endswith("…")


# -------------------------------------------------------- providers of a missing model
def test_model_not_found_with_providers_keeps_everything(
        hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    error = raised(hf, fake_api, respond_json({"error": {"message": "Model x not found",
                                                         "code": "model_not_found"}}, 404,
                                              {"X-Request-Id": "r-404"}))
    assert isinstance(error, ModelNotFoundError) and error.providers == ()
    enriched = ModelNotFoundError.with_providers(error, ["together", "groq"])
    assert isinstance(enriched, ModelNotFoundError)
    assert enriched.providers == ("together", "groq")
    for name in ("status", "url", "request_id", "code", "server_message"):
        assert getattr(enriched, name) == getattr(error, name)
    text = str(enriched)
    assert text.startswith("HTTP 404: Model x not found — ")
    assert "together, groq" in text and "choose one of these providers" in text
    assert "check the model id" not in text
    assert text.endswith("(request id: r-404)")


def test_with_providers_takes_any_http_error() -> None:
    error = InvalidRequestError(400, "model x is not served by hf-inference", "http://x",
                                request_id="r")
    enriched = ModelNotFoundError.with_providers(error, ("novita",))
    assert enriched.status == 400 and enriched.request_id == "r" and "novita" in str(enriched)


@pytest.mark.parametrize("error", [
    ModelNotFoundError(404, "gone", "http://x", request_id="r1", providers=("a",)),
    RateLimitError(429, "slow down", "http://x", retry_after=3.0, request_id="r2"),
    ModelLoadingError(503, "loading", estimated_time=4.0, code="c"),
    PermissionDeniedError(403, "no", request_id="r3"),
    InferenceHTTPError(418, "teapot"),
], ids=lambda e: type(e).__name__)
def test_errors_survive_copy_and_pickle(error: InferenceHTTPError) -> None:
    for clone in (copy.copy(error), pickle.loads(pickle.dumps(error))):
        assert type(clone) is type(error)
        assert str(clone) == str(error)
        assert clone.__dict__ == error.__dict__


# ---------------------------------------------------------------------- hostile bodies
HOSTILE = [
    ("deep-list", raw(500, "[" * 200_000 + "]" * 200_000)),
    ("deep-object", raw(500, '{"error": ' * 50_000 + "1" + "}" * 50_000)),
    ("deep-unclosed", raw(500, '{"error": ' * 200_000)),
    ("error-null", raw(500, '{"error": null}')),
    ("error-number", raw(500, '{"error": 5}')),
    ("error-bool", raw(500, '{"error": true, "message": false}')),
    ("error-object-message-object", raw(500, '{"error": {"message": {"a": [1, 2]}}}')),
    ("error-list-of-junk", raw(500, '{"error": [1, null, {"x": 2}, [["deep"]]]}')),
    ("detail-junk", raw(500, '{"detail": [{"loc": "body", "msg": 5}, 7, null]}')),
    ("errors-not-list", raw(500, '{"errors": {"message": "m"}}')),
    ("top-level-list", raw(500, "[1, 2, 3]")),
    ("top-level-string", raw(500, '"just a string"')),
    ("huge-int", raw(500, '{"error": ' + "9" * 10_000 + "}")),
    ("nan-estimated", raw(503, '{"error": "loading", "estimated_time": NaN}')),
    ("huge-estimated", raw(503, '{"error": "x", "estimated_time": ' + "9" * 400 + "}")),
    ("string-estimated", raw(503, '{"error": "model loading", "estimated_time": "soon"}')),
    ("not-utf8-json", raw(500, b'{"error": "caf\xe9 \xff\xfe"}')),
    ("not-utf8-text", raw(500, b"caf\xe9 \xff\xfe broken", "text/plain")),
    ("utf16-json", raw(500, '{"error": "utf-16 text"}'.encode("utf-16"))),
    ("binary", raw(500, bytes(range(256)) * 100, "application/octet-stream")),
    ("control-chars", raw(500, '{"error": "red \\u001b[31malert\\u0000 \\u202eevil"}')),
    ("5mb-text", raw(500, "E" * (5 * 1024 * 1024), "text/plain")),
    ("5mb-json-string", raw(500, json.dumps({"error": "x" * (5 * 1024 * 1024)}))),
    ("5mb-html-scripts", raw(500, "<html><body>" + "<script" * 700_000, "text/html")),
    ("5mb-html-titles", raw(500, "<title>" * 700_000, "text/html")),
    ("5mb-angles", raw(500, "<" * (5 * 1024 * 1024), "text/html")),
    ("retry-after-junk", raw(429, '{"error": "slow"}', headers={"Retry-After": "²"})),
    ("retry-after-huge", raw(429, '{"error": "slow"}', headers={"Retry-After": "9" * 500})),
    ("retry-after-bad-date", raw(429, "{}", headers={"Retry-After": "Mon, 99 Foo 99999"})),
]


@pytest.mark.parametrize(("name", "reply"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_bodies_give_a_short_error_quickly(
        hf: HfInference, fake_api: FakeInferenceAPI, name: str, reply: Respond) -> None:
    started = time.thread_time()  # this thread's CPU time: what a loaded machine leaves alone
    error = raised(hf, fake_api, reply)
    elapsed = time.thread_time() - started
    assert elapsed < 3.0, f"{name}: {elapsed:.1f} s of CPU"
    assert isinstance(error, InferenceHTTPError) and error.status == reply.status
    text = str(error)
    assert 0 < len(error.server_message) <= MAX_MESSAGE_CHARS
    assert len(text) < MAX_TEXT
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)
    assert "\u202e" not in text
    if isinstance(error, RateLimitError):
        assert error.retry_after is None
    if isinstance(error, ModelLoadingError):
        assert error.estimated_time is None


def test_a_long_message_is_cut_with_an_ellipsis(hf: HfInference,
                                                fake_api: FakeInferenceAPI) -> None:
    error = raised(hf, fake_api, respond_json({"error": "word " * 1000}, 400))
    assert isinstance(error, InvalidRequestError)
    assert len(error.server_message) == MAX_MESSAGE_CHARS
    assert error.server_message.endswith("…")
    assert error.advice in str(error), "the advice survives a long message"


def test_unknown_json_falls_back_to_the_body_text(hf: HfInference,
                                                  fake_api: FakeInferenceAPI) -> None:
    error = raised(hf, fake_api, respond_json({"error": None, "status": "quota"}, 500))
    assert error.server_message == '{"error": null, "status": "quota"}'


# ------------------------------------------------------------------------ the token
TOKEN = "hf_error_shapes_secret_0123456789abcdef"


@pytest.mark.parametrize("where", ["body", "header", "request-id", "code", "html", "text",
                                   "fastapi", "at-the-cut"])
def test_the_token_is_never_in_an_error(make_client: MakeClient, fake_api: FakeInferenceAPI,
                                        where: str) -> None:
    client = make_client(TOKEN)
    echo = f"Invalid token Bearer {TOKEN}"
    replies = {
        "body": respond_json({"error": echo}, 401),
        "header": respond_json({}, 403, {"X-Error-Message": echo}),
        "request-id": respond_json({"error": "x"}, 500, {"X-Request-Id": TOKEN}),
        "code": respond_json({"error": {"message": "x", "code": TOKEN}}, 400),
        "html": respond_text(f"<html><title>{echo}</title></html>", 401),
        "text": respond_text(echo, 402, "text/plain"),
        "fastapi": respond_json({"detail": [{"loc": ["header", TOKEN], "msg": echo}]}, 422),
        # the token straddles the cut: no part of it may survive
        "at-the-cut": respond_json({"error": "x" * (MAX_MESSAGE_CHARS - 10) + TOKEN}, 400),
    }
    fake_api.program(SST2_PATH, replies[where])
    with pytest.raises(InferenceHTTPError) as info:
        client.text_classification(inputs="x", model=SST2)
    error = info.value
    texts = [str(error), repr(error), error.message, error.server_message, error.advice,
             error.url, error.request_id or "", error.code or "", *map(str, error.args)]
    for text in texts:
        assert TOKEN not in text
        assert TOKEN[3:12] not in text, "a piece of the token"
    if where in ("body", "header", "text"):
        assert f"Bearer {REDACTED}" in str(error)


# ------------------------------------------------------------------- property tests
SECRET = "hf_property_secret_abcdefghij"
register_secret(SECRET)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["error", "message", "detail", "errors", "code",
                                       "error_type", "msg", "loc", "type", "estimated_time"])
                      | st.text(max_size=8), inner, max_size=5),
    max_leaves=25,
)
statuses = st.integers(400, 599)
content_types = st.sampled_from(["application/json", "application/json; charset=utf-8",
                                 "text/plain", "text/html", "", "application/octet-stream",
                                 "application/problem+json"])
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=60)
header_maps = st.dictionaries(
    st.sampled_from(["X-Error-Message", "X-Request-Id", "X-Amzn-Trace-Id", "X-Amz-Cf-Id",
                     "X-Error-Code", "Retry-After"]), header_text, max_size=4)


def reply_of(status: int, body: bytes, content_type: str,
             headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(ResponseInfo("http://x/models/m", status, content_type), body,
                 dict(headers or {}))


def check(error: InferenceHTTPError, status: int) -> None:
    assert isinstance(error, InferenceHTTPError) and error.status == status
    assert 0 < len(error.server_message) <= MAX_MESSAGE_CHARS
    assert len(str(error)) < MAX_TEXT
    for text in (str(error), error.code or "", error.request_id or ""):
        assert SECRET not in text
        assert not any(ord(c) < 32 for c in text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(status=statuses, value=json_values, content_type=content_types, headers=header_maps)
@example(status=500, value={"error": None}, content_type="application/json", headers={})
@example(status=503, value={"estimated_time": float("inf")}, content_type="application/json",
         headers={})
def test_any_json_body_gives_a_bounded_error(status: int, value: Any, content_type: str,
                                             headers: dict[str, str]) -> None:
    body = json.dumps(value).encode()
    check(http_error(reply_of(status, body, content_type, headers)), status)


@settings(max_examples=300)
@given(status=statuses, body=st.binary(max_size=300), content_type=content_types)
def test_any_bytes_give_a_bounded_error(status: int, body: bytes, content_type: str) -> None:
    check(http_error(reply_of(status, body, content_type)), status)


@settings(max_examples=200)
@given(before=st.text(max_size=400), after=st.text(max_size=50),
       shape=st.sampled_from(["error", "openai", "message", "detail", "fastapi", "errors",
                              "text", "header"]))
def test_the_token_anywhere_in_any_shape_is_scrubbed(before: str, after: str,
                                                     shape: str) -> None:
    text = before + SECRET + after
    bodies: dict[str, Any] = {
        "error": {"error": text}, "openai": {"error": {"message": text}},
        "message": {"message": text}, "detail": {"detail": text},
        "fastapi": {"detail": [{"loc": ["body"], "msg": text}]},
        "errors": {"errors": [{"message": text}]},
    }
    if shape == "text":
        reply = reply_of(400, text.encode("utf-8", "surrogatepass"), "text/plain")
    elif shape == "header":
        reply = reply_of(400, b"{}", "application/json",
                         {"X-Error-Message": text.encode("utf-8", "surrogatepass"
                                                         ).decode("latin-1")})
    else:
        reply = reply_of(400, json.dumps(bodies[shape]).encode(), "application/json")
    error = http_error(reply)
    check(error, 400)
    assert SECRET[3:12] not in str(error)


@settings(max_examples=200)
@given(message=st.text(st.characters(blacklist_categories=["Cc", "Cs"]), min_size=1,
                       max_size=1000).filter(str.strip),
       status=st.sampled_from([400, 401, 402, 403, 404, 410, 422, 429, 500, 502, 503]))
def test_a_plain_message_is_kept_cleaned_and_bounded(message: str, status: int) -> None:
    error = http_error(reply_of(status, json.dumps({"error": message}).encode(),
                                "application/json"))
    expected = " ".join(message.split())
    if expected and len(expected) <= MAX_MESSAGE_CHARS and not any(
            0x200B <= ord(c) <= 0x200F or 0x202A <= ord(c) <= 0x202E
            or 0x2066 <= ord(c) <= 0x2069 for c in message):
        assert error.server_message == expected
    assert str(error).startswith(f"HTTP {status}: ")
