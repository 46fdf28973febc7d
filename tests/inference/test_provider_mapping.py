"""The Hub's provider mapping: parsing an untrusted answer, and choosing a provider."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hfi_desktop.inference import ModelNotServedError, known_providers, tasks_of
from hfi_desktop.inference._mapping import ProviderMapping, choose, parse_mapping, serving
from hfi_desktop.inference._providers import serves

MODEL = "black-forest-labs/FLUX.1-dev"


def entry(provider: str, task: str = "text-to-image", status: str = "live") -> ProviderMapping:
    return ProviderMapping(provider, f"{provider}/id", task, status)


def test_the_dict_form_keeps_the_hubs_order_and_every_field() -> None:
    payload = {
        "id": MODEL,
        "inferenceProviderMapping": {
            "replicate": {"status": "live", "providerId": "bfl/flux:v1", "task": "text-to-image"},
            "fal-ai": {
                "status": "staging",
                "providerId": "fal-ai/lora",
                "task": "text-to-image",
                "adapter": "lora",
                "adapterWeightsPath": "w.safetensors",
            },
        },
    }
    entries = parse_mapping(payload)
    assert [e.provider for e in entries] == ["replicate", "fal-ai"]
    assert entries[1] == ProviderMapping(
        "fal-ai", "fal-ai/lora", "text-to-image", "staging", "lora", "w.safetensors"
    )


def test_the_list_form_of_listings_is_read_too() -> None:
    payload = {"inferenceProviderMapping": [
        {"provider": "together", "providerId": "t/x", "task": "conversational", "status": "live"}
    ]}
    assert parse_mapping(payload) == (ProviderMapping("together", "t/x", "conversational", "live"),)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                    max_size=3),
        max_leaves=20,
    )
)
def test_any_answer_parses_to_well_formed_entries_or_none(raw: Any) -> None:
    for candidate in (raw, {"inferenceProviderMapping": raw}):
        for item in parse_mapping(candidate):
            assert isinstance(item.provider, str)
            assert isinstance(item.provider_id, str) and item.provider_id
            assert isinstance(item.task, str)


def test_auto_takes_the_first_live_provider_that_this_client_can_call() -> None:
    entries = (
        entry("wavespeed"),  # served, but this client has no route for it
        entry("together", status="error"),
        entry("replicate"),
    )
    chosen = choose(entries, MODEL, "text-to-image", "auto", lambda p: serves(p, "text-to-image"))
    assert chosen.provider == "replicate"
    assert serving(entries, "text-to-image") == ("wavespeed", "replicate", "together")


def test_a_provider_without_the_model_names_the_ones_that_serve_it() -> None:
    entries = (entry("fal-ai"), entry("replicate"), entry("groq", "conversational"))
    with pytest.raises(ModelNotServedError) as caught:
        choose(entries, MODEL, "text-to-image", "together", lambda p: True)
    error = caught.value
    assert error.providers == ("fal-ai", "replicate")
    assert (error.model, error.task, error.provider) == (MODEL, "text-to-image", "together")
    assert MODEL in str(error) and "fal-ai, replicate" in str(error)


def test_a_task_mismatch_says_which_task_the_provider_serves() -> None:
    entries = (entry("groq", "conversational"),)
    with pytest.raises(ModelNotServedError, match="served by groq for conversational, not for "
                                                  "text-to-image"):
        choose(entries, MODEL, "text-to-image", "groq", lambda p: True)


def test_no_mapping_at_all_is_said_so() -> None:
    with pytest.raises(ModelNotServedError, match="lists no inference provider"):
        choose((), MODEL, "text-to-image", "auto", lambda p: True)


def test_hf_inference_serves_sentence_similarity_with_a_feature_extraction_model() -> None:
    entries = (ProviderMapping("hf-inference", MODEL, "feature-extraction", "live"),)
    chosen = choose(entries, MODEL, "sentence-similarity", "auto", lambda p: True)
    assert chosen.provider == "hf-inference"


def test_a_staging_model_is_used_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    chosen = choose((entry("fal-ai", status="staging"),), MODEL, "text-to-image", "fal-ai",
                    lambda p: True)
    assert chosen.status == "staging"
    assert "staging" in caplog.text


def test_the_provider_table_answers_what_each_provider_serves() -> None:
    assert "hf-inference" in known_providers() and "fal-ai" in known_providers()
    assert "conversational" in tasks_of("groq")
    assert "text-to-image" in tasks_of("fal-ai") and "conversational" not in tasks_of("fal-ai")
    assert serves("some-new-provider", "conversational")  # tried on the usual route
    assert not serves("some-new-provider", "text-to-image")
