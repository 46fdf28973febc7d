"""Searching the models Inference Providers serve: ``inference_provider=all`` with the mapping
asked back, and which providers serve a hit for a task."""

from __future__ import annotations

from hfi_desktop.hub import HubClient, ModelHit
from hfi_desktop.inference import ProviderMapping
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router

TAG = "text-to-image"


def test_served_models_come_with_their_mapping_and_counts(hub: HubClient,
                                                          fake_router: FakeRouter) -> None:
    fake_router.add_hub_model("bfl/flux", pipeline_tag=TAG, downloads=900, likes=80)
    fake_router.add_hub_model("sd/old", pipeline_tag=TAG, downloads=5000, likes=3)
    fake_router.add_hub_model("acme/tiny", pipeline_tag=TAG, downloads=10, likes=200)
    fake_router.map_model("bfl/flux", "fal-ai", "fal-ai/flux/dev", TAG)
    fake_router.map_model("bfl/flux", "replicate", "bfl/flux-dev", TAG, "staging")
    fake_router.map_model("acme/tiny", "together", "acme-tiny", TAG)
    hits = hub.search_models(fake_router.url, pipeline_tag=TAG, query="", sort="likes",
                             inference_provider="all")
    assert [h.id for h in hits] == ["acme/tiny", "bfl/flux"]  # most liked first; sd/old unserved
    assert hits[1] == ModelHit("bfl/flux", 900, 80, TAG, (
        ProviderMapping("fal-ai", "fal-ai/flux/dev", TAG, "live"),
        ProviderMapping("replicate", "bfl/flux-dev", TAG, "staging")))
    assert hits[1].providers_for(TAG) == ("fal-ai",)  # live entries only
    assert hits[1].providers_for("image-to-image") == ()
    query = fake_router.requests_to("/api/models")[0].query
    assert query["inference_provider"] == ["all"] and query["sort"] == ["likes"]
    assert set(query["expand[]"]) == {"inferenceProviderMapping", "pipeline_tag", "downloads",
                                      "likes"}


def test_a_plain_search_asks_for_no_mapping(hub: HubClient, fake_router: FakeRouter) -> None:
    fake_router.add_hub_model("bfl/flux", pipeline_tag=TAG, downloads=900, likes=80)
    fake_router.map_model("bfl/flux", "fal-ai", "fal-ai/flux/dev", TAG)
    hits = hub.search_models(fake_router.url, pipeline_tag=TAG, query="flux")
    assert hits == [ModelHit("bfl/flux", 900, 80, TAG)]
    assert "expand[]" not in fake_router.requests_to("/api/models")[0].query
