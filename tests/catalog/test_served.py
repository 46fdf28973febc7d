"""Which mapping task each page's calls are for, and the served default of each task."""

from __future__ import annotations

from hfi_desktop.catalog import CATALOG, build_request, task
from hfi_desktop.catalog.served import (
    NO_PROVIDERS,
    NOT_SERVED,
    SERVED_DEFAULTS,
    provider_task,
    served_default,
)


def test_every_task_has_a_served_default_or_says_it_has_none() -> None:
    ids = {spec.id for spec in CATALOG}
    assert set(SERVED_DEFAULTS) | NOT_SERVED | NO_PROVIDERS == ids
    assert not set(SERVED_DEFAULTS) & (NOT_SERVED | NO_PROVIDERS)
    for spec in CATALOG:
        expected = SERVED_DEFAULTS.get(spec.id, spec.default_model)
        assert served_default(spec) == expected
    assert served_default(task("text-to-image")) == "black-forest-labs/FLUX.1-dev"
    assert served_default(task("image-to-text")) == task("image-to-text").default_model


def test_the_mapping_task_of_each_page() -> None:
    assert provider_task(task("text-to-image")) == "text-to-image"
    assert provider_task(task("text-generation-stream")) == "text-generation"
    assert provider_task(task("conversational")) is None  # the 2023 task: chat is elsewhere
    assert provider_task(task("custom-request")) is None


def test_the_provider_goes_into_the_requests_kwargs() -> None:
    spec = task("text-to-image")
    request = build_request(spec, {"inputs": "a cat"}, {}, model="bfl/flux", options=None,
                            provider="fal-ai")
    assert request.kwargs["provider"] == "fal-ai"
    assert request.describe()["provider"] == "fal-ai"
    plain = build_request(spec, {"inputs": "a cat"}, {}, model="bfl/flux", options=None)
    assert "provider" not in plain.kwargs  # None: the 2023 call
    endpoint = build_request(spec, {"inputs": "a cat"}, {}, model="https://my.host/x",
                             options=None, provider="auto")
    assert "provider" not in endpoint.kwargs  # an endpoint's server is called as it is
