"""HfInference: one method per task of the seed, on a pooled ``requests`` session."""

from __future__ import annotations

import base64
import copy
import math
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from . import _inputs as inp
from . import _outputs as out
from ._calls import CallMaker, OptionsArg, check_model, json_bytes
from ._chat import DONE, check_chunk, check_completion, check_messages, request_body
from ._chat_models import ChatCatalogue, ChatModel
from ._control import CallControl
from ._errors import (
    InferenceInputError,
    InferenceOutputError,
)
from ._hub import HubLookups
from ._jobs import segmentation_of
from ._mapping import ProviderMapping, ProviderMappings
from ._prepare import PreparedRequest, _Prepared, _PreparingTransport
from ._providers import (
    HF_INFERENCE,
)
from ._routing import Routing, check_provider, is_url
from ._stream import EventStream
from ._transport import Reply, Transport
from ._types import Blob, Options
from .urls import DEFAULT_HUB_URL, DEFAULT_ROUTER_URL

if TYPE_CHECKING:
    from contextlib import ExitStack

    import requests

DEFAULT_TIMEOUT = (10.0, 120.0)
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
#: At most this long for one request and its whole answer (a slow image or video model
#: included), however the server trickles it.
DEFAULT_CALL_DEADLINE_S = 600.0
#: At most this long between two events of a stream (keep-alives do not count).
DEFAULT_STREAM_IDLE_S = 300.0
#: The largest stream event (a chat chunk carrying an image stays well below).
DEFAULT_MAX_EVENT_BYTES = 32 * 1024 * 1024
USER_AGENT = "hfi-desktop/0.1"

Parameters = Mapping[str, Any] | None
Json = Any
T = TypeVar("T")


def _check_base(url: str, argument: str) -> str:
    if not isinstance(url, str) or not is_url(url):
        raise InferenceInputError(argument, f"expected an http(s) URL, got {url!r}")
    return url.rstrip("/")


def _check_seconds(value: float | None, argument: str) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise InferenceInputError(argument, f"expected a positive number of seconds or None, "
                                            f"got {value!r}")
    return float(value)


class HfInference(CallMaker):
    """Client of the Hugging Face Inference API (see the seed: ``class HfInference``).

    Thread-safe: calls may run from several threads at once; each may take a
    :class:`CallControl` to be cancelled from another thread.
    """

    def __init__(
        self,
        access_token: str = "",
        default_options: OptionsArg = None,
        *,
        base_url: str | None = None,
        hub_url: str | None = None,
        router_url: str | None = None,
        provider: str | None = None,
        bill_to: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        token_policy: Callable[[str], bool] | None = None,
        poll_interval_s: float | None = None,
        call_deadline_s: float | None = DEFAULT_CALL_DEADLINE_S,
        stream_idle_s: float | None = DEFAULT_STREAM_IDLE_S,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        use_environment: bool = True,
    ) -> None:
        """``router_url``: env ``HF_ROUTER_URL``, else router.huggingface.co; the default
        ``base_url`` (hf-inference) is below it. ``provider``: every task method's default
        provider ("auto", a policy of the auto router, or a provider's name); None keeps the
        seed's behaviour: hf-inference at ``base_url``, no look-up. ``bill_to``: the
        organization billed for router calls (``X-HF-Bill-To``).

        ``token_policy(url)``: whether the token may go with a request to ``url`` (called
        in the calling thread, on every request, redirects aside: requests drops the token on
        a redirect to another host). None: the token goes everywhere.
        ``poll_interval_s``: at most this long between checks of a provider's queued job
        (None: each provider's own pace).

        ``timeout`` (connect, read) bounds each socket operation, which a server sending a
        byte at a time never trips; so ``call_deadline_s`` bounds each request with its
        whole answer, and ``stream_idle_s`` the wait for a stream's next event (comments and
        empty keep-alive events do not count). Past either: InferenceTimeoutError naming it.
        None: no such deadline. ``max_event_bytes``: the largest stream event.

        ``use_environment=False``: no proxy, .netrc or CA bundle from the environment (for a
        server on this computer: a proxy set for the Internet must not see its calls)."""
        if not isinstance(access_token, str):
            raise InferenceInputError("access_token", "expected a string")
        token = access_token.strip() or os.environ.get("HF_TOKEN", "").strip()
        self._router_url = _check_base(
            router_url or os.environ.get("HF_ROUTER_URL") or DEFAULT_ROUTER_URL, "router_url"
        )
        self._base_url = _check_base(
            base_url
            or os.environ.get("HF_INFERENCE_ENDPOINT")
            or f"{self._router_url}/{HF_INFERENCE}",
            "base_url",
        )
        default_provider = check_provider(provider, "provider")
        if bill_to is not None and (not isinstance(bill_to, str) or not bill_to.strip()):
            raise InferenceInputError("bill_to", "expected an organization name")
        self._bill_to = bill_to.strip() if bill_to else None
        self._poll_interval_s = poll_interval_s
        self._hub_url = _check_base(
            hub_url or os.environ.get("HF_ENDPOINT") or DEFAULT_HUB_URL, "hub_url"
        )
        self._default_options = Options.coerce(default_options, "default_options")
        self._transport = Transport(
            token,
            timeout,
            max_response_bytes,
            USER_AGENT,
            token_policy=token_policy,
            call_deadline_s=_check_seconds(call_deadline_s, "call_deadline_s"),
            stream_idle_s=_check_seconds(stream_idle_s, "stream_idle_s"),
            max_event_bytes=max_event_bytes,
            use_environment=use_environment,
        )
        self._hub = HubLookups(self._transport, self._hub_url)
        self._mappings = ProviderMappings(self._transport, self._hub_url)
        self._routing = Routing(
            self._router_url, self._base_url, default_provider, self._mappings, self._hub
        )
        self._catalogue = ChatCatalogue(self._transport, self._router_url)
        self._endpoint_url: str | None = None

    # -- the client ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def hub_url(self) -> str:
        return self._hub_url

    @property
    def router_url(self) -> str:
        return self._router_url

    @property
    def provider(self) -> str | None:
        """The default provider of every call (None: hf-inference at ``base_url``)."""
        return self._routing.default_provider

    def provider_mapping(
        self, model: str, *, control: CallControl | None = None
    ) -> tuple[ProviderMapping, ...]:
        """The providers that serve ``model`` (the Hub's mapping, cached ten minutes)."""
        model_id = check_model(model)
        if model_id is None or is_url(model_id):
            raise InferenceInputError("model", "required: a model id (like 'owner/name')")
        ctl = control or CallControl()
        try:
            return self._mappings.entries(model_id.partition(":")[0], ctl)
        finally:
            ctl.release()

    def chat_models(self, *, control: CallControl | None = None) -> tuple[ChatModel, ...]:
        """The router's chat models, each with its providers' status, prices (USD per
        million tokens), context length, latency and throughput (``{router}/v1/models``;
        fetched once, then kept ten minutes)."""
        ctl = control or CallControl()
        try:
            return self._catalogue.models(ctl)
        finally:
            ctl.release()

    @property
    def on_router(self) -> bool:
        """Whether the seed's calls go to hf-inference on the router (the default base URL),
        not to a server of the user's own: only then do Inference Providers apply."""
        return self._routing.on_router

    @property
    def has_token(self) -> bool:
        return self._transport.has_token

    def sends_token_to(self, url: str) -> bool:
        """Whether a request to ``url`` would carry the access token (see ``token_policy``)."""
        return self._transport.sends_token_to(url)

    def endpoint(self, endpoint_url: str) -> HfInferenceEndpoint:
        """A client bound to one endpoint URL, sharing this one's token, options and connections."""
        bound = HfInferenceEndpoint.__new__(HfInferenceEndpoint)
        bound.__dict__.update(self.__dict__)
        bound._endpoint_url = _check_base(endpoint_url, "endpoint_url")
        return bound

    def prepare_request(self, method: str, /, **kwargs: Any) -> PreparedRequest:
        """What calling ``method(**kwargs)`` would send, without sending it (the Hub look-ups
        the call needs first — default model, pipeline tag — are made). The access token is
        left out. For "copy as code": the snippet repeats the app's request byte for byte."""
        call = getattr(self, method, None) if method in _TASK_METHODS else None
        if call is None:
            raise InferenceInputError("method", f"not a task method: {method!r}")
        clone = copy.copy(self)
        clone._transport = _PreparingTransport(self._transport)  # type: ignore[assignment]
        call = getattr(clone, method)
        try:
            result = call(**kwargs)
            if isinstance(result, EventStream):
                next(result)  # a stream sends its request on the first next()
        except _Prepared as prepared:
            return prepared.request
        raise InferenceOutputError(f"{method} sent no request")  # pragma: no cover

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> HfInference:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- custom calls ----------------------------------------------------------------------

    def request(
        self,
        *,
        inputs: Json = None,
        data: object = None,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        task: str | None = None,
        task_hint: str | None = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> Json | Blob:
        """Any call: JSON ``inputs`` (+ ``parameters``) or binary ``data``; JSON or a Blob back."""
        payload, body = _custom_body(inputs, data, parameters)
        reply = self._post(
            task_hint or task,
            model,
            options,
            control,
            payload=payload,
            data=body,
            forced_task=task,
            provider=provider,
        )
        return reply.json_or_blob()

    def streaming_request(
        self,
        *,
        inputs: Json = None,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        task: str | None = None,
        task_hint: str | None = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> EventStream[Json]:
        """Any streaming call; yields each event's JSON value."""
        payload, _ = _custom_body(inputs, None, parameters)
        return self._stream(
            task_hint or task,
            model,
            payload or {},
            options,
            control,
            lambda value: value,
            forced_task=task,
            provider=provider,
        )

    # -- chat ------------------------------------------------------------------------------

    def chat_completion(
        self,
        *,
        messages: Sequence[Mapping[str, Any]],
        model: str | None = None,
        provider: str | None = None,
        options: OptionsArg = None,
        control: CallControl | None = None,
        **body: Any,
    ) -> dict[str, Json]:
        """A chat completion (OpenAI's shape). ``body``: max_tokens, temperature, top_p, seed,
        stop, tools, response_format… sent as given. ``model`` may end in an auto router
        policy (``:fastest``, ``:cheapest``, ``:preferred``, ``:<provider>``)."""
        checked, model_id, opts = self._chat_inputs(messages, model, options, body, stream=False)
        ctl = control or CallControl()
        try:
            route = self._routing.chat(model_id, provider, ctl, endpoint=self._endpoint_url)
            payload = route.payload(checked, body, stream=False)

            def send(attempt: Options) -> Reply:
                headers = {**route.headers(attempt), **self._billing(route.url)}
                return self._transport.fetch(
                    "POST", route.url, ctl, body=json_bytes(payload), headers=headers
                )

            return check_completion(self._retrying(opts, ctl, send).expect_json())
        finally:
            ctl.release()

    def chat_completion_stream(
        self,
        *,
        messages: Sequence[Mapping[str, Any]],
        model: str | None = None,
        provider: str | None = None,
        options: OptionsArg = None,
        control: CallControl | None = None,
        **body: Any,
    ) -> EventStream[dict[str, Json]]:
        """The completion's chunks as they come (``delta`` per choice; a last ``choices: []``
        chunk with the usage when ``stream_options={"include_usage": True}``); ends at
        ``data: [DONE]`` or at a clean end of the body. :class:`ChatStreamAssembler` folds
        them into one message, tool calls included."""
        checked, model_id, opts = self._chat_inputs(messages, model, options, body, stream=True)

        def opener(ctl: CallControl) -> tuple[ExitStack, requests.Response]:
            route = self._routing.chat(model_id, provider, ctl, endpoint=self._endpoint_url)
            payload = route.payload(checked, body, stream=True)
            return self._retrying(
                opts,
                ctl,
                lambda o: self._open_stream(route.url, None, payload, ctl, route.headers(o)),
            )

        return EventStream(
            opener,
            check_chunk,
            control or CallControl(),
            done=DONE,
            max_event_bytes=self._transport.max_event_bytes,
            idle_s=self._transport.stream_idle_s,
        )

    def _chat_inputs(
        self,
        messages: object,
        model: object,
        options: OptionsArg,
        body: Mapping[str, Any],
        *,
        stream: bool,
    ) -> tuple[list[dict[str, Any]], str | None, Options]:
        """Checked before anything is sent: the messages, the model, the body as JSON."""
        checked = check_messages(messages)
        model_id = check_model(model)
        payload = request_body(model_id or "", checked, body, stream=stream)
        for key, value in payload.items():  # the error names the argument that is not JSON
            json_bytes({key: value}, key)
        return checked, model_id, self._options(options)

    # -- audio -----------------------------------------------------------------------------

    def audio_classification(
        self,
        *,
        data: inp.BinaryInput,
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        return out.check_audio_classification(
            self._binary("audio-classification", model, data, options, control, provider=provider)
        )

    def audio_to_audio(
        self,
        *,
        data: inp.BinaryInput,
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        return out.check_audio_to_audio(
            self._binary("audio-to-audio", model, data, options, control, provider=provider)
        )

    def automatic_speech_recognition(
        self,
        *,
        data: inp.BinaryInput,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        """hf-inference: the audio as the body (JSON with base64 when there are parameters)."""
        audio = inp.read_binary(data, "data")
        params = inp.optional_parameters(parameters)

        def seed(model_id: str | None, ctl: CallControl) -> Json:
            task = "automatic-speech-recognition"
            if params:
                payload = {"inputs": base64.b64encode(audio).decode("ascii"), "parameters": params}
                return self._json(task, model_id, payload, options, ctl, provider=HF_INFERENCE)
            return self._post(
                task, model_id, options, ctl, data=audio, provider=HF_INFERENCE
            ).expect_json()

        return out.check_automatic_speech_recognition(
            self._dispatch(
                "automatic-speech-recognition",
                model,
                provider,
                control,
                {"audio": audio, "parameters": params},
                seed,
                lambda value: value,
            )
        )

    def text_to_speech(
        self,
        *,
        inputs: str,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> Blob:
        text = inp.require_text(inputs, "inputs")
        params = inp.optional_parameters(parameters)
        return self._blob_task(
            "text-to-speech",
            "audio",
            model,
            options,
            provider,
            control,
            inputs={"text": text, "parameters": params},
            payload=_with_parameters(text, params),
        )

    # -- computer vision -------------------------------------------------------------------

    def image_classification(
        self,
        *,
        data: inp.BinaryInput,
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        return out.check_image_classification(
            self._binary("image-classification", model, data, options, control, provider=provider)
        )

    def image_segmentation(
        self,
        *,
        data: inp.BinaryInput,
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        image = inp.read_binary(data, "data")

        def seed(model_id: str | None, ctl: CallControl) -> Json:
            return self._post(
                "image-segmentation", model_id, options, ctl, data=image, provider=HF_INFERENCE
            ).expect_json()

        return out.check_image_segmentation(
            self._dispatch(
                "image-segmentation",
                model,
                provider,
                control,
                {"image": image},
                seed,
                segmentation_of,
            )
        )

    def image_to_text(
        self,
        *,
        data: inp.BinaryInput,
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        return out.check_image_to_text(
            self._binary("image-to-text", model, data, options, control, provider=provider)
        )

    def object_detection(
        self,
        *,
        data: inp.BinaryInput,
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        return out.check_object_detection(
            self._binary("object-detection", model, data, options, control, provider=provider)
        )

    def image_to_image(
        self,
        *,
        inputs: inp.BinaryInput,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> Blob:
        """hf-inference: a binary call without parameters; JSON with the image in base64 when
        there are some (``prompt`` among them)."""
        image = inp.read_binary(inputs, "inputs")
        params = inp.optional_parameters(parameters)
        encoded = base64.b64encode(image).decode("ascii") if params else ""
        return self._blob_task(
            "image-to-image",
            "image",
            model,
            options,
            provider,
            control,
            inputs={"image": image, "parameters": params},
            payload={"inputs": encoded, "parameters": params} if params else None,
            data=None if params else image,
        )

    def text_to_image(
        self,
        *,
        inputs: str,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> Blob:
        prompt = inp.require_text(inputs, "inputs")
        params = inp.optional_parameters(parameters)
        return self._blob_task(
            "text-to-image",
            "image",
            model,
            options,
            provider,
            control,
            inputs={"prompt": prompt, "parameters": params},
            payload=_with_parameters(prompt, params),
        )

    def zero_shot_image_classification(
        self,
        *,
        inputs: Mapping[str, Any],
        parameters: inp.ZeroShotImageParameters | Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        image = inp.require_mapping(inputs, "inputs").get("image")
        params = dict(inp.require_mapping(parameters, "parameters"))
        params["candidate_labels"] = _candidate_labels(params.get("candidate_labels"))
        payload = {"inputs": {"image": inp.base64_of(image, "inputs.image")}, "parameters": params}
        return out.check_zero_shot_image_classification(
            self._json(
                "zero-shot-image-classification",
                model,
                payload,
                options,
                control,
                provider=provider,
            )
        )

    # -- multimodal ------------------------------------------------------------------------

    def document_question_answering(
        self,
        *,
        inputs: Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        payload = {"inputs": _image_question(inputs)}
        return out.check_document_question_answering(
            self._json(
                "document-question-answering", model, payload, options, control, provider=provider
            )
        )

    def visual_question_answering(
        self,
        *,
        inputs: Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        payload = {"inputs": _image_question(inputs)}
        return out.check_visual_question_answering(
            self._json(
                "visual-question-answering", model, payload, options, control, provider=provider
            )
        )

    # -- natural language ------------------------------------------------------------------

    def conversational(
        self,
        *,
        inputs: Mapping[str, Any],
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        conversation = inp.require_mapping(inputs, "inputs")
        value: dict[str, Any] = {}
        for key in ("past_user_inputs", "generated_responses"):
            if conversation.get(key) is not None:
                value[key] = inp.require_texts(conversation[key], f"inputs.{key}")
        value["text"] = inp.require_text(conversation.get("text"), "inputs.text")
        return out.check_conversational(
            self._json(
                "conversational",
                model,
                _with_parameters(value, parameters),
                options,
                control,
                provider=provider,
            )
        )

    def feature_extraction(
        self,
        *,
        inputs: str | list[str],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[Json]:
        texts = inp.require_text_or_texts(inputs, "inputs")

        def seed(model_id: str | None, ctl: CallControl) -> Json:
            payload = {"inputs": texts}
            return self._json(
                "feature-extraction", model_id, payload, options, ctl, provider=HF_INFERENCE
            )

        return out.check_feature_extraction(
            self._dispatch(
                "feature-extraction",
                model,
                provider,
                control,
                {"inputs": texts},
                seed,
                lambda value: value,
            )
        )

    def fill_mask(
        self,
        *,
        inputs: str,
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        payload = {"inputs": inp.require_text(inputs, "inputs")}
        return out.check_fill_mask(
            self._json("fill-mask", model, payload, options, control, provider=provider)
        )

    def question_answering(
        self,
        *,
        inputs: Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        pair = inp.require_mapping(inputs, "inputs")
        payload = {
            "inputs": {
                "question": inp.require_text(pair.get("question"), "inputs.question"),
                "context": inp.require_text(pair.get("context"), "inputs.context"),
            }
        }
        return out.check_question_answering(
            self._json("question-answering", model, payload, options, control, provider=provider)
        )

    def sentence_similarity(
        self,
        *,
        inputs: Mapping[str, Any] | list[Mapping[str, Any]],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[Json]:
        if isinstance(inputs, list):
            value: Any = [
                dict(inp.require_mapping(item, f"inputs[{index}]"))
                for index, item in enumerate(inputs)
            ]
        else:
            value = dict(inp.require_mapping(inputs, "inputs"))
            if "source_sentence" in value or "sentences" in value:
                inp.require_text(value.get("source_sentence"), "inputs.source_sentence")
                inp.require_texts(value.get("sentences"), "inputs.sentences")
        return out.check_sentence_similarity(
            self._json(
                "sentence-similarity", model, {"inputs": value}, options, control, provider=provider
            )
        )

    def summarization(
        self,
        *,
        inputs: str,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        payload = _with_parameters(inp.require_text(inputs, "inputs"), parameters)
        return out.check_summarization(
            self._json("summarization", model, payload, options, control, provider=provider)
        )

    def table_question_answering(
        self,
        *,
        inputs: Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        value = inp.require_mapping(inputs, "inputs")
        payload = {
            "inputs": {
                "query": inp.require_text(value.get("query"), "inputs.query"),
                "table": inp.require_table(value.get("table"), "inputs.table"),
            }
        }
        return out.check_table_question_answering(
            self._json(
                "table-question-answering", model, payload, options, control, provider=provider
            )
        )

    def text_classification(
        self,
        *,
        inputs: str | list[str],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]] | list[list[dict[str, Json]]]:
        """``[{label, score}]`` for one text; for a list of texts, one such list per text."""
        value = inp.require_text_or_texts(inputs, "inputs")
        result = self._json(
            "text-classification", model, {"inputs": value}, options, control, provider=provider
        )
        if isinstance(value, list):
            return out.check_text_classification_batch(result, len(value))
        return out.check_text_classification(result)

    def text_generation(
        self,
        *,
        inputs: str,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json]:
        prompt = inp.require_text(inputs, "inputs")
        params = inp.optional_parameters(parameters)

        def seed(model_id: str | None, ctl: CallControl) -> Json:
            payload = _with_parameters(prompt, params)
            return self._json(
                "text-generation", model_id, payload, options, ctl, provider=HF_INFERENCE
            )

        return out.check_text_generation(
            self._dispatch(
                "text-generation",
                model,
                provider,
                control,
                {"prompt": prompt, "parameters": params},
                seed,
                lambda value: value,
            )
        )

    def text_generation_stream(
        self,
        *,
        inputs: str,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> EventStream[dict[str, Json]]:
        """Tokens as they are generated; the last event carries the whole ``generated_text``.
        A provider other than hf-inference streams its completion route, as the same events."""
        prompt = inp.require_text(inputs, "inputs")
        params = inp.optional_parameters(parameters)
        payload = _with_parameters(prompt, params)
        return self._stream(
            "text-generation",
            model,
            payload,
            options,
            control,
            out.check_text_generation_stream_event,
            is_final=lambda event: event.get("generated_text") is not None,
            provider=provider,
            provider_inputs={"prompt": prompt, "parameters": params},
        )

    def token_classification(
        self,
        *,
        inputs: str,
        model: str | None = None,
        parameters: Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        payload = _with_parameters(inp.require_text(inputs, "inputs"), parameters)
        return out.check_token_classification(
            self._json("token-classification", model, payload, options, control, provider=provider)
        )

    def translation(
        self,
        *,
        inputs: str | list[str],
        model: str | None = None,
        parameters: inp.TranslationParameters | Parameters = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> dict[str, Json] | list[dict[str, Json]]:
        """One ``{translation_text}`` for one input, a list of them for a list of inputs.

        ``parameters``: ``src_lang``/``tgt_lang`` (needed by mBART, NLLB, M2M100),
        ``clean_up_tokenization_spaces``, ``truncation``, ``generate_parameters``."""
        value = inp.require_text_or_texts(inputs, "inputs")
        payload: dict[str, Any] = {"inputs": value}
        params = inp.translation_parameters(parameters)
        if params is not None:
            payload["parameters"] = params
        result = self._json("translation", model, payload, options, control, provider=provider)
        if isinstance(value, list):
            return out.generated_list("translation_text")(result)
        return out.check_translation(result)

    def zero_shot_classification(
        self,
        *,
        inputs: str | list[str],
        parameters: inp.ZeroShotParameters | Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[dict[str, Json]]:
        value = inp.require_text_or_texts(inputs, "inputs")
        params = dict(inp.require_mapping(parameters, "parameters"))
        params["candidate_labels"] = _candidate_labels(params.get("candidate_labels"))
        result = self._json(
            "zero-shot-classification",
            model,
            {"inputs": value, "parameters": params},
            options,
            control,
            provider=provider,
        )
        return out.check_zero_shot_classification(
            result, [value] if isinstance(value, str) else value
        )

    # -- tabular ---------------------------------------------------------------------------

    def tabular_classification(
        self,
        *,
        inputs: Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[Json]:
        return out.check_tabular_classification(
            self._json(
                "tabular-classification",
                model,
                _tabular(inputs),
                options,
                control,
                provider=provider,
            )
        )

    def tabular_regression(
        self,
        *,
        inputs: Mapping[str, Any],
        model: str | None = None,
        options: OptionsArg = None,
        provider: str | None = None,
        control: CallControl | None = None,
    ) -> list[Json]:
        return out.check_tabular_regression(
            self._json(
                "tabular-regression", model, _tabular(inputs), options, control, provider=provider
            )
        )


class HfInferenceEndpoint(HfInference):
    """The same methods, every call sent to one endpoint URL (``model`` is not needed)."""

    def __init__(
        self,
        endpoint_url: str,
        access_token: str = "",
        default_options: OptionsArg = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(access_token, default_options, **kwargs)
        self._endpoint_url = _check_base(endpoint_url, "endpoint_url")

    @property
    def endpoint_url(self) -> str:
        assert self._endpoint_url is not None
        return self._endpoint_url


def _with_parameters(inputs: Any, parameters: Parameters) -> dict[str, Any]:
    payload: dict[str, Any] = {"inputs": inputs}
    params = inp.optional_parameters(parameters)
    if params is not None:
        payload["parameters"] = params
    return payload


def _custom_body(
    inputs: Json, data: object, parameters: Parameters
) -> tuple[dict[str, Any] | None, bytes | None]:
    if data is not None:
        if inputs is not None:
            raise InferenceInputError("data", "give either inputs or data, not both")
        return None, inp.read_binary(data, "data")
    if inputs is None:
        raise InferenceInputError("inputs", "required (or data, for a binary call)")
    return _with_parameters(inputs, parameters), None


def _candidate_labels(value: object) -> list[str]:
    """A list of labels, or one comma-separated string of them ("refund, legal, faq")."""
    return inp.require_labels(value, "parameters.candidate_labels")


def _image_question(inputs: object) -> dict[str, str]:
    value = inp.require_mapping(inputs, "inputs")
    return {
        "question": inp.require_text(value.get("question"), "inputs.question"),
        "image": inp.base64_of(value.get("image"), "inputs.image"),
    }


def _tabular(inputs: object) -> dict[str, Any]:
    value = inp.require_mapping(inputs, "inputs")
    return {"inputs": {"data": inp.require_table(value.get("data"), "inputs.data")}}


#: The methods that call the API (what prepare_request() accepts).
_TASK_METHODS = frozenset(
    name
    for name, value in vars(HfInference).items()
    if callable(value)
    and not name.startswith("_")
    and name not in {"endpoint", "close", "prepare_request", "sends_token_to", "provider_mapping"}
)
