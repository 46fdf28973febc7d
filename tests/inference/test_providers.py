"""Calls through Inference Providers, against the local router (tests/support/fake_router.py):
the route and payload of each provider, results fetched from a CDN without the token, queued
jobs polled, and the mapping checked before anything is sent."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest

from hfi_desktop.inference import (
    Blob,
    CallControl,
    HfInference,
    InferenceCancelledError,
    InferenceInputError,
    InferenceOutputError,
    ModelNotFoundError,
    ModelNotServedError,
)
from tests.inference.conftest import ROUTER_TOKEN as TOKEN
from tests.inference.conftest import MakeClient
from tests.support.asset_host import AssetHost
from tests.support.fake_api import Delayed, respond_json
from tests.support.fake_router import Emulated, FakeRouter
from tests.support.paths import example_bytes

FLUX = "black-forest-labs/FLUX.1-dev"
WHISPER = "openai/whisper-large-v3"
KOKORO = "hexgrad/Kokoro-82M"
EMBED = "BAAI/bge-m3"
LLM = "meta-llama/Llama-3.1-8B"

RouterClient = MakeClient


@pytest.fixture
def client(router_client: MakeClient) -> MakeClient:
    return router_client


def inference_paths(router: FakeRouter) -> list[str]:
    return [r.path for r in router.requests if not r.path.startswith("/api/")]


def png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (1, 2, 3)).save(buffer, "PNG")
    return buffer.getvalue()


def wav() -> bytes:
    from tests.support.asset_host import tiny_wav

    return tiny_wav()


# -- text-to-image ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("provider", "provider_id", "path"),
    [
        ("fal-ai", "fal-ai/flux/dev", "/fal-ai/fal-ai/flux/dev"),
        ("replicate", "black-forest-labs/flux-dev", "/replicate/v1/models/black-forest-labs/"
                                                    "flux-dev/predictions"),
        ("replicate", "bfl/flux:abc123", "/replicate/v1/predictions"),
        ("together", "black-forest-labs/FLUX.1-dev", "/together/v1/images/generations"),
        ("nscale", "flux-nscale", "/nscale/v1/images/generations"),
        ("zai-org", "cogview-4", "/zai-org/api/paas/v4/async/images/generations"),
    ],
)
def test_text_to_image_on_each_provider(
    client: RouterClient, fake_router: FakeRouter, asset_host: AssetHost,
    provider: str, provider_id: str, path: str,
) -> None:
    fake_router.map_model(FLUX, provider, provider_id, "text-to-image")
    image = client().text_to_image(
        inputs="a cat", model=FLUX, provider=provider,
        parameters={"width": 512, "height": 512, "num_inference_steps": 4},
    )
    assert isinstance(image, Blob) and image.type == "image/png"
    assert image.data.startswith(b"\x89PNG")
    assert path in inference_paths(fake_router)
    sent = fake_router.requests_to(path)[0]
    assert sent.header("authorization") == f"Bearer {TOKEN}"
    for request in asset_host.requests:
        assert request.header("authorization") is None


def test_the_result_on_a_cdn_is_fetched_without_the_token(
    client: RouterClient, fake_router: FakeRouter, asset_host: AssetHost
) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    client().text_to_image(inputs="a cat", model=FLUX, provider="fal-ai")
    assert len(asset_host.requests) == 1
    fetched = asset_host.requests[0]
    assert fetched.header("authorization") is None and fetched.header("cookie") is None
    assert TOKEN.encode() not in fetched.body and TOKEN not in fetched.raw_path


def test_the_first_byte_is_timed_from_the_calls_first_request(
    client: RouterClient, fake_router: FakeRouter, asset_host: AssetHost
) -> None:
    """fal answers a URL, then the image comes from its CDN: the answer's first bytes are
    those of the CDN's response, timed from the POST (the provider's work included)."""
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    hf = client()
    hf.provider_mapping(FLUX)  # looked up before: the call makes two requests
    # the provider's work: far longer than the CDN's request takes on a loaded machine
    fake_router.program("/fal-ai/fal-ai/flux/dev", Delayed(1.5, Emulated()), times=1)
    control = CallControl()
    started = time.perf_counter()
    hf.text_to_image(inputs="a cat", model=FLUX, provider="fal-ai", control=control)
    took = time.perf_counter() - started
    info = control.response
    assert info is not None and info.url.startswith(asset_host.url)
    assert info.first_byte_s is not None and 1.5 <= info.first_byte_s <= took
    assert info.elapsed_s < info.first_byte_s  # the CDN's own request alone


def test_a_result_url_that_is_not_https_is_not_fetched(
    client: RouterClient, fake_router: FakeRouter, fake_api_http_asset: str
) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    fake_router.program("/fal-ai/fal-ai/flux/dev",
                        respond_json({"images": [{"url": fake_api_http_asset}]}))
    with pytest.raises(InferenceOutputError, match="not https"):
        client().text_to_image(inputs="a cat", model=FLUX, provider="fal-ai")


@pytest.fixture
def fake_api_http_asset(fake_router: FakeRouter) -> str:
    """A plain-http URL (on the router itself, which records what it receives)."""
    return f"{fake_router.url}/plain-http/cat.png"


def test_auto_takes_the_first_live_provider_of_the_mapping(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(FLUX, "wavespeed", "wavespeed/flux", "text-to-image")  # no route here
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image", status="error")
    fake_router.map_model(FLUX, "together", "black-forest-labs/FLUX.1-dev", "text-to-image")
    client().text_to_image(inputs="a cat", model=FLUX, provider="auto")
    assert inference_paths(fake_router) == ["/together/v1/images/generations"]


def test_the_clients_default_provider_applies_to_every_call(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(FLUX, "together", "black-forest-labs/FLUX.1-dev", "text-to-image")
    client(provider="together").text_to_image(inputs="a cat", model=FLUX)
    assert inference_paths(fake_router) == ["/together/v1/images/generations"]


def test_the_mapping_is_looked_up_once_per_model(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(FLUX, "together", "black-forest-labs/FLUX.1-dev", "text-to-image")
    hf = client(provider="together")
    hf.text_to_image(inputs="a cat", model=FLUX)
    hf.text_to_image(inputs="a dog", model=FLUX)
    lookups = [r for r in fake_router.requests if r.path == f"/api/models/{FLUX}"]
    assert len(lookups) == 1
    assert lookups[0].query["expand[]"] == ["inferenceProviderMapping"]


def test_a_lora_adapter_is_sent_as_fal_takes_it(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    lora = "someone/pixel-art-lora"
    fake_router.map_model(lora, "fal-ai", "fal-ai/lora", "text-to-image", adapter="lora",
                          adapter_weights_path="pixel.safetensors")
    client().text_to_image(inputs="a cat", model=lora, provider="fal-ai")
    body = fake_router.requests_to("/fal-ai/fal-ai/lora")[0].json()
    assert body["loras"] == [{
        "path": f"https://huggingface.co/{lora}/resolve/main/pixel.safetensors", "scale": 1}]
    assert body["model_name"] == "stabilityai/stable-diffusion-xl-base-1.0"


# -- polled jobs ----------------------------------------------------------------------------------


def test_a_replicate_prediction_still_running_is_polled(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.replicate_pending_polls = 3
    fake_router.map_model(FLUX, "replicate", "black-forest-labs/flux-dev", "text-to-image")
    loading: list[float] = []
    image = client().text_to_image(inputs="a cat", model=FLUX, provider="replicate",
                                   control=CallControl(on_loading=loading.append))
    assert image.data.startswith(b"\x89PNG")
    polls = [r for r in fake_router.requests if r.path.startswith("/replicate/v1/predictions/")]
    assert len(polls) == 4 and all(r.method == "GET" for r in polls)
    assert loading == [0.0]  # shown like a model that is loading


def test_the_fal_queue_is_polled_until_completed(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.fal_queue_polls = 3
    model = "black-forest-labs/FLUX.1-Kontext-dev"
    fake_router.map_model(model, "fal-ai", "fal-ai/flux-kontext/dev", "image-to-image")
    image = client().image_to_image(inputs=png(), model=model, provider="fal-ai",
                                    parameters={"prompt": "make it blue"})
    assert image.type.startswith("image/")
    statuses = [r for r in fake_router.requests if r.path.endswith("/status")]
    assert len(statuses) == 4
    assert all(r.query.get("_subdomain") == ["queue"] for r in statuses)
    submitted = fake_router.requests_to("/fal-ai/fal-ai/flux-kontext/dev")[0].json()
    assert submitted["image_url"].startswith("data:image/png;base64,")
    assert submitted["image_urls"] == [submitted["image_url"]]


def test_a_queued_job_is_cancelled_at_once(client: RouterClient, fake_router: FakeRouter) -> None:
    fake_router.fal_queue_polls = 10_000
    model = "black-forest-labs/FLUX.1-Kontext-dev"
    fake_router.map_model(model, "fal-ai", "fal-ai/flux-kontext/dev", "image-to-image")
    control = CallControl()
    hf = client(poll_interval_s=0.05)
    polled = threading.Event()

    def cancel_when_polling() -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if any(r.path.endswith("/status") for r in fake_router.requests):
                polled.set()
                break
            time.sleep(0.01)
        control.cancel()

    thread = threading.Thread(target=cancel_when_polling)
    thread.start()
    started = time.monotonic()
    with pytest.raises(InferenceCancelledError):
        hf.image_to_image(inputs=png(), model=model, provider="fal-ai", control=control)
    thread.join()
    assert polled.is_set() and time.monotonic() - started < 5


def test_zai_org_images_are_polled(client: RouterClient, fake_router: FakeRouter) -> None:
    fake_router.zai_pending_polls = 2
    fake_router.map_model(FLUX, "zai-org", "cogview-4", "text-to-image")
    client().text_to_image(inputs="a cat", model=FLUX, provider="zai-org")
    polls = [r for r in fake_router.requests if "/async-result/" in r.path]
    assert len(polls) == 3


# -- speech, embeddings, text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("provider", "provider_id", "path"),
    [
        ("fal-ai", "fal-ai/whisper", "/fal-ai/fal-ai/whisper"),
        ("replicate", "openai/whisper:v3", "/replicate/v1/predictions"),
        ("together", "openai/whisper-large-v3", "/together/v1/audio/transcriptions"),
        ("deepinfra", "openai/whisper-large-v3", "/deepinfra/v1/openai/audio/transcriptions"),
    ],
)
def test_speech_recognition_on_each_provider(
    client: RouterClient, fake_router: FakeRouter, provider: str, provider_id: str, path: str
) -> None:
    fake_router.map_model(WHISPER, provider, provider_id, "automatic-speech-recognition")
    result = client().automatic_speech_recognition(data=wav(), model=WHISPER, provider=provider)
    assert isinstance(result["text"], str) and result["text"]
    assert path in inference_paths(fake_router)


def test_fal_is_not_sent_audio_it_cannot_read(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(WHISPER, "fal-ai", "fal-ai/whisper", "automatic-speech-recognition")
    with pytest.raises(InferenceInputError, match="fal-ai takes WAV, MP3 or WebM audio"):
        client().automatic_speech_recognition(
            data=example_bytes("sample1.flac"), model=WHISPER, provider="fal-ai"
        )
    assert inference_paths(fake_router) == []


@pytest.mark.parametrize(
    ("provider", "provider_id", "parameters"),
    [
        ("fal-ai", "fal-ai/kokoro/american-english", None),
        ("replicate", "jaaari/kokoro-82m:v1", None),
        ("together", "hexgrad/Kokoro-82M", {"voice": "af_alloy"}),
    ],
)
def test_text_to_speech_on_each_provider(
    client: RouterClient, fake_router: FakeRouter, provider: str, provider_id: str,
    parameters: dict[str, Any] | None,
) -> None:
    fake_router.map_model(KOKORO, provider, provider_id, "text-to-speech")
    audio = client().text_to_speech(inputs="Hello", model=KOKORO, provider=provider,
                                    parameters=parameters)
    assert audio.type.startswith("audio/") and audio.data[:4] == b"RIFF"


def test_together_speech_needs_a_voice_before_anything_is_sent(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(KOKORO, "together", "hexgrad/Kokoro-82M", "text-to-speech")
    with pytest.raises(InferenceInputError, match=r"parameters\.voice"):
        client().text_to_speech(inputs="Hello", model=KOKORO, provider="together")
    assert inference_paths(fake_router) == []


@pytest.mark.parametrize("provider", ["together", "scaleway", "deepinfra"])
def test_embeddings_on_each_provider(
    client: RouterClient, fake_router: FakeRouter, provider: str
) -> None:
    fake_router.map_model(EMBED, provider, f"{provider}/bge-m3", "feature-extraction")
    hf = client()
    one = hf.feature_extraction(inputs="hello", model=EMBED, provider=provider)
    assert all(isinstance(x, float) for x in one)
    two = hf.feature_extraction(inputs=["hello", "world"], model=EMBED, provider=provider)
    assert len(two) == 2 and all(isinstance(v, list) for v in two)


@pytest.mark.parametrize(
    ("provider", "path"),
    [
        ("together", "/together/v1/completions"),
        ("featherless-ai", "/featherless-ai/v1/completions"),
        ("novita", "/novita/v3/openai/completions"),
        ("deepinfra", "/deepinfra/v1/openai/completions"),
    ],
)
def test_text_generation_on_each_provider(
    client: RouterClient, fake_router: FakeRouter, provider: str, path: str
) -> None:
    fake_router.map_model(LLM, provider, f"{provider}/llama", "text-generation")
    result = client().text_generation(
        inputs="Once upon a time", model=LLM, provider=provider,
        parameters={"max_new_tokens": 8, "details": True},
    )
    assert isinstance(result["generated_text"], str)
    body = fake_router.requests_to(path)[0].json()
    assert body["model"] == f"{provider}/llama" and body["max_tokens"] == 8
    assert "details" not in body and "max_new_tokens" not in body


# -- what is checked before anything is sent ------------------------------------------------------


def test_a_provider_that_does_not_serve_the_model_is_named_before_any_call(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    fake_router.map_model(FLUX, "replicate", "black-forest-labs/flux-dev", "text-to-image")
    with pytest.raises(ModelNotServedError) as caught:
        client().text_to_image(inputs="a cat", model=FLUX, provider="together")
    assert caught.value.providers == ("fal-ai", "replicate")
    assert FLUX in str(caught.value) and "text-to-image" in str(caught.value)
    assert inference_paths(fake_router) == []


def test_a_task_the_provider_has_not_is_refused_without_a_lookup(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    with pytest.raises(InferenceInputError, match="'fill-mask' is not supported for provider "
                                                  "'fal-ai'; its tasks: automatic-speech"):
        client().fill_mask(inputs="Paris is the [MASK].", model="bert-base-uncased",
                           provider="fal-ai")
    assert fake_router.requests == []


def test_the_legacy_conversational_task_has_no_provider(client: RouterClient) -> None:
    with pytest.raises(InferenceInputError, match="use chat_completion"):
        client().conversational(inputs={"text": "hi"}, model="x/y", provider="together")


def test_hf_inference_is_called_the_seeds_way_without_a_lookup(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(FLUX, "hf-inference", FLUX, "text-to-image")
    client(provider="hf-inference").text_to_image(inputs="a cat", model=FLUX)
    assert [r.path for r in fake_router.requests] == [f"/hf-inference/models/{FLUX}"]


def test_a_404_of_hf_inference_names_the_providers_that_serve_the_model(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    fake_router.program(f"/hf-inference/models/{FLUX}",
                        respond_json({"error": "Not Found"}, status=404))
    with pytest.raises(ModelNotFoundError) as caught:
        client().text_to_image(inputs="a cat", model=FLUX)
    assert caught.value.providers == ("fal-ai",)
    assert "fal-ai" in str(caught.value)


def test_bill_to_goes_to_the_router_only(client: RouterClient, fake_router: FakeRouter) -> None:
    fake_router.map_model(FLUX, "together", "black-forest-labs/FLUX.1-dev", "text-to-image")
    client(bill_to="my-org", provider="together").text_to_image(inputs="a cat", model=FLUX)
    for request in fake_router.requests:
        expected = None if request.path.startswith("/api/") else "my-org"
        assert request.header("x-hf-bill-to") == expected, request.path


def test_the_default_base_url_is_hf_inference_below_the_router(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HF_INFERENCE_ENDPOINT", raising=False)
    monkeypatch.setenv("HF_ROUTER_URL", "https://router.example.test")
    with HfInference() as hf:
        assert hf.router_url == "https://router.example.test"
        assert hf.base_url == "https://router.example.test/hf-inference"
        assert hf.provider is None
    with pytest.raises(InferenceInputError, match="provider"):
        HfInference(provider="not a provider")


def test_tokens_never_reach_the_asset_host_whatever_the_task(
    client: RouterClient, fake_router: FakeRouter, asset_host: AssetHost
) -> None:
    fake_router.map_model(KOKORO, "fal-ai", "fal-ai/kokoro/american-english", "text-to-speech")
    fake_router.map_model(FLUX, "replicate", "black-forest-labs/flux-dev", "text-to-image")
    hf = client()
    hf.text_to_speech(inputs="Hello", model=KOKORO, provider="fal-ai")
    hf.text_to_image(inputs="a cat", model=FLUX, provider="replicate")
    assert len(asset_host.requests) == 2
    assert all(json.dumps(r.headers).find(TOKEN) < 0 for r in asset_host.requests)


@pytest.mark.parametrize("shape", ["transcription", "text", "txt_file"])
def test_each_shape_of_a_replicate_transcript_is_read(
    client: RouterClient, fake_router: FakeRouter, asset_host: AssetHost, shape: str
) -> None:
    fake_router.replicate_asr_output = shape
    fake_router.map_model(WHISPER, "replicate", "openai/whisper:v3", "automatic-speech-recognition")
    result = client().automatic_speech_recognition(data=wav(), model=WHISPER, provider="replicate")
    assert result["text"].startswith("Heard ")
    if shape == "txt_file":
        assert len(asset_host.requests) == 1


def test_the_fal_queue_follows_the_tickets_own_path(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    model = "black-forest-labs/FLUX.1-Kontext-dev"
    fake_router.fal_response_paths["fal-ai/flux-kontext/dev"] = "fal-ai/flux-kontext"
    fake_router.map_model(model, "fal-ai", "fal-ai/flux-kontext/dev", "image-to-image")
    client().image_to_image(inputs=png(), model=model, provider="fal-ai")
    polled = {r.path for r in fake_router.requests if r.method == "GET" and "/api/" not in r.path}
    assert all(p.startswith("/fal-ai/fal-ai/flux-kontext/requests/") for p in polled), polled


def test_replicate_output_as_a_list_takes_the_first(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    fake_router.replicate_output_as_list = True
    fake_router.map_model(FLUX, "replicate", "black-forest-labs/flux-dev", "text-to-image")
    image = client().text_to_image(inputs="a cat", model=FLUX, provider="replicate")
    assert image.data.startswith(b"\x89PNG")


@pytest.mark.parametrize("provider", ["together", "novita"])
def test_text_generation_streams_from_a_providers_completions(
    client: RouterClient, fake_router: FakeRouter, provider: str
) -> None:
    fake_router.map_model(LLM, provider, f"{provider}/llama", "text-generation")
    events = list(client().text_generation_stream(
        inputs="Once upon a time", model=LLM, provider=provider,
        parameters={"max_new_tokens": 8}))
    text = "".join(event["token"]["text"] for event in events)
    assert events[-1]["generated_text"] == text and text
    assert all(event["generated_text"] is None for event in events[:-1])
    assert events[-1]["details"]["finish_reason"] == "stop"
    [sent] = [r for r in fake_router.requests if r.path.endswith("/completions")]
    assert sent.json()["stream"] is True and sent.json()["max_tokens"] == 8


def test_a_provider_completion_stream_cut_before_its_end_is_an_interruption(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    from hfi_desktop.inference import StreamInterruptedError
    from tests.support.fake_router import Emulated

    fake_router.map_model(LLM, "together", "together/llama", "text-generation")
    fake_router.program("/together/v1/completions", Emulated(cut_after=2))
    stream = client().text_generation_stream(inputs="one two three four", model=LLM,
                                             provider="together")
    received = []
    with pytest.raises(StreamInterruptedError):
        for event in stream:
            received.append(event)
    assert len(received) == 2


def test_a_provider_call_is_prepared_as_it_would_be_sent(
    client: RouterClient, fake_router: FakeRouter
) -> None:
    """Copy as code repeats the request: the provider's URL and body, no token, not sent."""
    fake_router.map_model(FLUX, "together", "black-forest-labs/FLUX.1-dev", "text-to-image")
    prepared = client().prepare_request("text_to_image", inputs="a cat", model=FLUX,
                                        provider="together")
    assert prepared.url == f"{fake_router.url}/together/v1/images/generations"
    assert json.loads(prepared.body)["model"] == "black-forest-labs/FLUX.1-dev"
    assert "Authorization" not in prepared.headers
    chat = client().prepare_request("chat_completion_stream", model=FLUX,
                                    messages=[{"role": "user", "content": "hi"}])
    assert chat.stream and chat.url == f"{fake_router.url}/v1/chat/completions"
    assert inference_paths(fake_router) == []


def test_fal_segmentation_gives_the_mask_of_its_data_url(
    client: RouterClient, fake_router: FakeRouter, asset_host: AssetHost
) -> None:
    model = "briaai/RMBG-2.0"
    fake_router.map_model(model, "fal-ai", "fal-ai/bria/background/remove", "image-segmentation")
    [segment] = client().image_segmentation(data=png(), model=model, provider="fal-ai")
    assert segment["label"] == "mask" and segment["score"] == 1.0
    import base64

    assert base64.b64decode(segment["mask"]).startswith(b"\x89PNG")
    assert asset_host.requests == []  # a data URL: nothing fetched
