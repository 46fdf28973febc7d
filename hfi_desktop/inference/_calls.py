"""How a call is made, whatever the task: hf-inference the seed's way (the URL, the options,
a loading model waited for once, a 404 told which providers serve the model), a provider's
route (resolved by :class:`Routing`, carried out by :class:`ProviderJob`), and streams.

:class:`CallMaker` is the base of :class:`HfInference`, whose task methods say only what each
task sends and how its result is checked.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlsplit

from . import _inputs as inp
from ._chat import DONE
from ._control import CallControl
from ._errors import (
    InferenceCancelledError,
    InferenceError,
    InferenceInputError,
    InferenceOutputError,
    ModelLoadingError,
    ModelNotFoundError,
    StreamError,
)
from ._jobs import ProviderJob
from ._mapping import ProviderMappings, Target, serving
from ._providers import HF_INFERENCE, TASK_ROUTES, Call
from ._routing import Routing, check_provider, is_url
from ._stream import EventStream
from ._transport import Reply, Transport, http_error
from ._types import Blob, Options
from .urls import RETIRED_HOST

if TYPE_CHECKING:
    import requests

    from ._hub import HubLookups

OptionsArg = Options | Mapping[str, Any] | None
Json = Any
T = TypeVar("T")

# Feature extraction and sentence similarity share models: a model whose own task is the other
# one is called on the forced-task route.
_SIBLING_TASK = {
    "feature-extraction": "sentence-similarity",
    "sentence-similarity": "feature-extraction",
}


def check_model(model: object) -> str | None:
    if model is None:
        return None
    if not isinstance(model, str):
        raise InferenceInputError(
            "model", f"expected a model id or URL, got {type(model).__name__}"
        )
    model = model.strip()
    if not model:
        return None
    if not is_url(model) and (" " in model or model.startswith("/") or ".." in model):
        raise InferenceInputError("model", f"not a model id (like 'owner/name') or URL: {model!r}")
    return model


def json_bytes(payload: Mapping[str, Any], argument: str = "body") -> bytes:
    try:
        return json.dumps(
            payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise InferenceInputError(argument, f"cannot be sent as JSON: {exc}") from None


class CallMaker:
    """The calls of one client (its attributes are set by :class:`HfInference`)."""

    _base_url: str
    _router_url: str
    _bill_to: str | None
    _poll_interval_s: float | None
    _default_options: Options
    _transport: Transport
    _hub: HubLookups
    _mappings: ProviderMappings
    _routing: Routing
    _endpoint_url: str | None

    # -- plumbing --------------------------------------------------------------------------

    def _options(self, options: OptionsArg) -> Options:
        return self._default_options.merged(Options.coerce(options))

    def _url(
        self,
        task: str | None,
        model: str | None,
        control: CallControl,
        *,
        forced_task: str | None = None,
    ) -> str:
        if self._endpoint_url is not None:
            return self._endpoint_url
        if model is not None and is_url(model):
            return model
        if model is None:
            if task is None:
                raise InferenceInputError("model", "required when no task_hint is given")
            model = self._hub.default_model(task, control)
        elif (
            forced_task is None
            and task in _SIBLING_TASK
            and self._model_task(model, control) == _SIBLING_TASK[task]
        ):
            forced_task = task
        path = quote(model, safe="/")
        if forced_task is None:
            return f"{self._base_url}/models/{path}"
        if urlsplit(self._base_url).hostname == RETIRED_HOST:
            return f"{self._base_url}/pipeline/{forced_task}/{path}"
        return f"{self._base_url}/models/{path}/pipeline/{forced_task}"

    def _model_task(self, model: str, control: CallControl) -> str | None:
        try:
            return self._hub.pipeline_tag(model, control)
        except InferenceCancelledError:
            raise
        except InferenceError:
            return None  # unknown: call the model's own pipeline, as the seed's library does

    @staticmethod
    def _encode(
        options: Options, payload: Mapping[str, Any] | None, data: bytes | None, stream: bool
    ) -> tuple[bytes, dict[str, str]]:
        if data is not None:
            return data, options.wire_headers()
        body: dict[str, Any] = dict(payload or {})
        if stream:
            body["stream"] = True
        body["options"] = options.wire_json()
        try:
            encoded = json.dumps(
                body, separators=(",", ":"), ensure_ascii=False, allow_nan=False
            ).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise InferenceInputError("inputs", f"cannot be sent as JSON: {exc}") from None
        return encoded, {"Content-Type": "application/json"}

    def _retrying(
        self, options: Options, control: CallControl, attempt: Callable[[Options], T]
    ) -> T:
        """Run ``attempt``; on a loading model, tell the control and retry once, waiting."""
        try:
            return attempt(options)
        except ModelLoadingError as exc:
            if options.retry_on_error is False or options.wait_for_model:
                raise
            if control.on_loading is not None:
                control.on_loading(exc.estimated_time if exc.estimated_time is not None else 0.0)
            return attempt(dataclasses.replace(options, wait_for_model=True))

    # -- providers -------------------------------------------------------------------------

    def _run_provider(
        self, target: Target, task: str, inputs: Mapping[str, Any], ctl: CallControl
    ) -> Json | Blob:
        route = TASK_ROUTES[target.provider][task]
        job = ProviderJob(
            self._transport,
            f"{self._router_url}/{target.provider}",
            ctl,
            headers=self._billing(self._router_url),
            poll_interval_s=self._poll_interval_s,
        )
        return job.run(route, Call(target, task, inputs))

    def _dispatch(
        self,
        task: str,
        model: object,
        provider: str | None,
        control: CallControl | None,
        inputs: Mapping[str, Any],
        seed: Callable[[str | None, CallControl], T],
        finish: Callable[[Json | Blob], T],
    ) -> T:
        """A task some providers serve: ``seed(model, control)`` on hf-inference, else the
        provider's route with ``inputs``, its result made the task's by ``finish``."""
        model_id = check_model(model)
        ctl = control or CallControl()
        try:
            model_id, target = self._routing.task(
                task, model_id, provider, ctl, endpoint=self._endpoint_url
            )
            if target is None:
                return seed(model_id, ctl)
            return finish(self._run_provider(target, task, inputs, ctl))
        finally:
            ctl.release()

    def _blob_task(
        self,
        task: str,
        kind: str,
        model: object,
        options: OptionsArg,
        provider: str | None,
        control: CallControl | None,
        *,
        inputs: Mapping[str, Any],
        payload: Mapping[str, Any] | None = None,
        data: bytes | None = None,
    ) -> Blob:
        """A task whose result is an image or a sound: ``payload`` or ``data`` to
        hf-inference, ``inputs`` to another provider."""

        def seed(model_id: str | None, ctl: CallControl) -> Blob:
            reply = self._post(
                task, model_id, options, ctl, payload=payload, data=data, provider=HF_INFERENCE
            )
            return self._blob(reply, kind)

        return self._dispatch(
            task, model, provider, control, inputs, seed, lambda value: _blob_result(value, kind)
        )

    def _billing(self, url: str) -> dict[str, str]:
        """The billing header, on calls to the router only."""
        if self._bill_to and (url == self._router_url or url.startswith(self._router_url + "/")):
            return {"X-HF-Bill-To": self._bill_to}
        return {}

    def _not_found(
        self, error: ModelNotFoundError, task: str | None, model: str | None, ctl: CallControl
    ) -> InferenceError:
        """A 404 of hf-inference on the router, naming the providers that serve the model."""
        if (
            task is None
            or model is None
            or is_url(model)
            or self._endpoint_url is not None
            or not self._routing.on_router
        ):
            return error
        try:
            entries = self._mappings.entries(model, ctl)
        except InferenceCancelledError:
            raise
        except InferenceError:
            return error  # the 404 is what the user needs to see
        providers = tuple(p for p in serving(entries, task) if p != HF_INFERENCE)
        return ModelNotFoundError.with_providers(error, providers)

    # -- plumbing (hf-inference) ------------------------------------------------------------

    def _post(
        self,
        task: str | None,
        model: object,
        options: OptionsArg,
        control: CallControl | None,
        *,
        payload: Mapping[str, Any] | None = None,
        data: bytes | None = None,
        forced_task: str | None = None,
        provider: str | None = None,
    ) -> Reply:
        model_id = check_model(model)
        opts = self._options(options)
        first = self._encode(opts, payload, data, False)  # fails now on inputs that aren't JSON
        ctl = control or CallControl()

        def send(attempt_options: Options) -> Reply:
            body, headers = (
                first
                if attempt_options is opts
                else self._encode(attempt_options, payload, data, False)
            )
            if self._bill_to:
                headers = {**headers, **self._billing(url)}
            return self._transport.fetch("POST", url, ctl, body=body, headers=headers)

        try:
            if task is not None and (provider is not None or self._routing.default_provider):
                model_id, target = self._routing.task(
                    task, model_id, provider, ctl, endpoint=self._endpoint_url
                )
                if target is not None:
                    raise InferenceInputError(
                        "provider",
                        f"custom requests go to hf-inference; {target.provider} serves "
                        f"{task} through the task's own method",
                    )
            url = self._url(task, model_id, ctl, forced_task=forced_task)
            try:
                return self._retrying(opts, ctl, send)
            except ModelNotFoundError as error:
                raise self._not_found(error, task, model_id, ctl) from None
        finally:
            ctl.release()

    def _json(
        self,
        task: str,
        model: object,
        payload: Mapping[str, Any],
        options: OptionsArg,
        control: CallControl | None,
        *,
        provider: str | None = None,
    ) -> Json:
        return self._post(
            task, model, options, control, payload=payload, provider=provider
        ).expect_json()

    def _binary(
        self,
        task: str,
        model: object,
        data: object,
        options: OptionsArg,
        control: CallControl | None,
        *,
        provider: str | None = None,
    ) -> Json:
        body = inp.read_binary(data, "data")
        return self._post(task, model, options, control, data=body, provider=provider).expect_json()

    @staticmethod
    def _blob(reply: Reply, kind: str) -> Blob:
        content_type = reply.info.content_type
        if reply.is_json or content_type.startswith("text/"):
            raise InferenceOutputError(
                f"expected {kind} data, got {content_type or 'no content type'}"
            )
        if not reply.body:
            raise InferenceOutputError(f"expected {kind} data, got an empty body")
        return Blob(reply.body, content_type.split(";")[0].strip() or "application/octet-stream")

    def _stream(
        self,
        task: str | None,
        model: object,
        payload: Mapping[str, Any],
        options: OptionsArg,
        control: CallControl | None,
        transform: Callable[[Json], T],
        *,
        is_final: Callable[[T], bool] | None = None,
        forced_task: str | None = None,
        provider: str | None = None,
        provider_inputs: Mapping[str, Any] | None = None,
    ) -> EventStream[T]:
        """A stream from hf-inference at ``base_url``; or, when ``provider_inputs`` are given
        and the call resolves to another provider, from that provider's streaming route, its
        events made the task's by the route's ``stream_events``."""
        model_id = check_model(model)
        opts = self._options(options)
        self._encode(opts, payload, None, True)  # fail now on inputs that are not JSON
        name = check_provider(provider)

        def opener(ctl: CallControl) -> tuple[ExitStack, requests.Response]:
            chosen = model_id
            if task is not None:
                chosen, target = self._routing.task(
                    task, model_id, name, ctl, endpoint=self._endpoint_url
                )
                if target is not None:
                    return self._open_provider_stream(target, task, provider_inputs, stream, ctl)
            url = self._url(task, chosen, ctl, forced_task=forced_task)
            return self._retrying(opts, ctl, lambda o: self._open_stream(url, o, payload, ctl))

        stream: EventStream[T] = EventStream(
            opener,
            transform,
            control or CallControl(),
            is_final=is_final,
            done=DONE,
            max_event_bytes=self._transport.max_event_bytes,
            idle_s=self._transport.stream_idle_s,
        )
        return stream

    def _open_provider_stream(
        self,
        target: Target,
        task: str,
        inputs: Mapping[str, Any] | None,
        stream: EventStream[Any],
        ctl: CallControl,
    ) -> tuple[ExitStack, requests.Response]:
        route = TASK_ROUTES[target.provider][task]
        if route.stream_events is None or inputs is None:
            raise InferenceInputError(
                "provider", f"{target.provider} does not stream {task}: call it without streaming"
            )
        outgoing = route.build(Call(target, task, {**inputs, "stream": True}))
        assert outgoing.json is not None
        stream.use_transform(route.stream_events())
        url = f"{self._router_url}/{target.provider}{outgoing.path}"
        return self._open_stream(url, None, outgoing.json, ctl, outgoing.headers)

    def _open_stream(
        self,
        url: str,
        options: Options | None,
        payload: Mapping[str, Any],
        control: CallControl,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[ExitStack, requests.Response]:
        if options is None:  # an OpenAI-style body, sent as it is
            body = json_bytes(payload)
            sent = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        else:
            body, sent = self._encode(options, payload, None, True)
        sent = {**sent, **(headers or {}), **self._billing(url)}
        with ExitStack() as stack:
            response = stack.enter_context(
                self._transport.open("POST", url, control, body=body, headers=sent)
            )
            content_type = response.headers.get("Content-Type", "")
            if response.status_code < 400 and content_type.startswith("text/event-stream"):
                return stack.pop_all(), response
            assert control.response is not None
            reply = Reply(
                control.response, self._transport.read_body(response, control), response.headers
            )
        if reply.info.status >= 400:
            raise http_error(reply)
        if reply.is_json:
            value = reply.json()
            if isinstance(value, dict) and value.get("error"):
                raise StreamError(str(value["error"]), value.get("error_type"))
        if reply.is_json:
            raise InferenceOutputError(
                "the model answered without streaming (application/json): it may not support "
                "streaming; try the same call without streaming"
            )
        raise InferenceOutputError(
            f"expected a stream (text/event-stream), got {content_type or 'no content type'}"
        )


def _blob_result(value: Json | Blob, kind: str) -> Blob:
    if not isinstance(value, Blob):
        raise InferenceOutputError(f"expected {kind} data, got {type(value).__name__}")
    if not value.type.startswith(f"{kind}/") and value.type != "application/octet-stream":
        raise InferenceOutputError(f"expected {kind} data, got {value.type}")
    return value
