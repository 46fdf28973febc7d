"""The picker's rows as plain values: a chat page's (prices, no 2023 call, hf-inference a
provider like the others), providers this application cannot call, choices kept listed,
and how a run's provider reads in its details."""

from __future__ import annotations

from hfi_desktop.inference import ChatProvider, ProviderMapping
from hfi_desktop.ui.providers.choices import (
    SEED,
    Kind,
    Lookup,
    build_rows,
    choice_of,
    normalize,
    run_provider,
)

CHAT = "conversational"


def test_a_chat_models_rows() -> None:
    entries = (ProviderMapping("groq", "llm", CHAT, "live"),
               ProviderMapping("hf-inference", "llm", CHAT, "live"))
    offers = {"groq": ChatProvider("groq", "error", context_length=8192, input_price=0.05,
                                  output_price=0.08, first_token_latency_ms=120.0,
                                  throughput=600.0)}
    rows = build_rows(CHAT, "acme/llm", lookup=Lookup.DONE, entries=entries, offers=offers,
                      selected="cheapest")
    assert [r.title for r in rows] == ["Automatic", "Auto (fastest)", "Cheapest", "Preferred",
                                       "Providers of this model", "groq", "hf-inference"]
    groq = rows[5]
    assert groq.status == "error"  # the router's health check knows worse than the mapping
    assert groq.detail.endswith("$0.05 in · $0.08 out /1M · 8k context · 0.12 s first token"
                                " · 600 tok/s")
    assert all(r.enabled for r in rows if r.kind is Kind.CHOICE)


def test_providers_this_application_cannot_call_are_shown_disabled() -> None:
    entries = (ProviderMapping("cerebras", "x", "text-to-image", "live"),)
    [row] = [r for r in build_rows("text-to-image", "x", lookup=Lookup.DONE, entries=entries)
             if r.choice == "cerebras"]
    assert not row.enabled and "cannot call cerebras" in row.detail


def test_a_chosen_provider_stays_listed_when_it_does_not_serve_the_model() -> None:
    rows = build_rows("text-to-image", "x", lookup=Lookup.DONE, selected="replicate")
    [row] = [r for r in rows if r.choice == "replicate"]
    assert row.enabled and row.detail == "Does not serve this model for this task"
    assert rows[-1].choice == SEED and "404" in rows[-1].detail
    looking = build_rows("text-to-image", "x", lookup=Lookup.RUNNING)
    assert any(r.kind is Kind.NOTE and r.title.startswith("Looking up") for r in looking)


def test_policies_normalize_per_task() -> None:
    assert normalize("fastest", "text-to-image") == "auto"
    assert normalize("cheapest", "text-to-image") == "auto"  # a chat policy
    assert normalize("cheapest", CHAT) == "cheapest"
    assert normalize(None, CHAT) == "auto"
    assert choice_of(None) == SEED and choice_of("fal-ai") == "fal-ai"


def test_a_runs_provider_in_its_details() -> None:
    router = "https://router.huggingface.co"
    assert run_provider("fal-ai", "m", f"{router}/fal-ai/fal-ai/flux/dev") == "fal-ai"
    assert run_provider("auto", "m", f"{router}/together/v1/images/generations") == \
        "Auto: together"
    assert run_provider(None, "m", f"{router}/hf-inference/models/m") == \
        "hf-inference (2023 API)"
    assert run_provider(None, "m", "http://127.0.0.1:8080/models/m") == ""  # one's own server
    assert run_provider("auto", "https://my.host/x") == ""  # an endpoint
