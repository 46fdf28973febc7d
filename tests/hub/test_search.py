"""search_models: GET {hub}/api/models filtered by task, sorted by downloads; clear errors."""

from __future__ import annotations

import pytest

from hfi_desktop.hub import (
    HubClient,
    HubConnectionError,
    HubHTTPError,
    HubResponseError,
    ModelHit,
    parse_hits,
)
from tests.support.fake_api import FakeInferenceAPI, respond_json, respond_text

TAG = "text-classification"


@pytest.fixture
def models(fake_api: FakeInferenceAPI) -> FakeInferenceAPI:
    fake_api.add_hub_model("acme/bert-sst2", pipeline_tag=TAG, downloads=1_200, likes=3)
    fake_api.add_hub_model("distilbert-sst2", pipeline_tag=TAG, downloads=2_500_000, likes=340)
    fake_api.add_hub_model("acme/roberta-sst2", pipeline_tag=TAG, downloads=90_000, likes=12)
    fake_api.add_hub_model("acme/gpt-sst2", pipeline_tag="text-generation", downloads=9_999_999)
    return fake_api


def test_hits_of_the_task_sorted_by_downloads(hub: HubClient, models: FakeInferenceAPI) -> None:
    hits = hub.search_models(models.url, pipeline_tag=TAG, query="sst2")
    assert hits == [
        ModelHit("distilbert-sst2", 2_500_000, 340, TAG),
        ModelHit("acme/roberta-sst2", 90_000, 12, TAG),
        ModelHit("acme/bert-sst2", 1_200, 3, TAG),
    ]


def test_the_request_asks_the_hub_to_filter_and_sort(
    hub: HubClient, models: FakeInferenceAPI
) -> None:
    hub.search_models(models.url + "/", pipeline_tag=TAG, query=" bert ", limit=5)
    (request,) = models.requests_to("/api/models", "GET")
    assert request.query == {"search": ["bert"], "pipeline_tag": [TAG], "sort": ["downloads"],
                             "direction": ["-1"], "limit": ["5"]}
    assert request.header("authorization") is None


def test_query_narrows_and_no_tag_means_any_task(hub: HubClient, models: FakeInferenceAPI) -> None:
    assert [h.id for h in hub.search_models(models.url, pipeline_tag=TAG, query="ROBERTA")] == [
        "acme/roberta-sst2"]
    hits = hub.search_models(models.url, pipeline_tag=None, query="acme")
    assert [h.id for h in hits] == ["acme/gpt-sst2", "acme/roberta-sst2", "acme/bert-sst2"]
    assert "pipeline_tag" not in models.requests_to("/api/models")[-1].query


def test_token_is_sent_when_given(hub: HubClient, models: FakeInferenceAPI) -> None:
    hub.search_models(models.url, pipeline_tag=TAG, query="x", token="hf_abc")
    assert models.requests_to("/api/models")[0].header("authorization") == "Bearer hf_abc"


def test_answers_are_cached(hub: HubClient, models: FakeInferenceAPI) -> None:
    first = hub.search_models(models.url, pipeline_tag=TAG, query="sst2")
    second = hub.search_models(models.url, pipeline_tag=TAG, query="sst2")
    assert first == second
    assert len(models.requests_to("/api/models")) == 1
    hub.search_models(models.url, pipeline_tag=TAG, query="sst")
    assert len(models.requests_to("/api/models")) == 2


def test_offline_hub_is_a_connection_error(hub: HubClient, refused_url: str) -> None:
    with pytest.raises(HubConnectionError, match=r"cannot reach 127\.0\.0\.1"):
        hub.search_models(refused_url, pipeline_tag=TAG, query="bert")


def test_error_status_is_an_http_error(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/api/models", respond_json({"error": "boom"}, status=500))
    with pytest.raises(HubHTTPError, match="answered 500: boom") as raised:
        hub.search_models(fake_api.url, pipeline_tag=TAG, query="bert")
    assert raised.value.status == 500


def test_rate_limit_says_so(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/api/models", respond_json({"error": "slow down"}, status=429))
    with pytest.raises(HubHTTPError, match="rate limiting"):
        hub.search_models(fake_api.url, pipeline_tag=TAG, query="bert")


def test_not_json_is_a_response_error(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/api/models", respond_text("<html>portal</html>"))
    with pytest.raises(HubResponseError, match="did not answer with JSON"):
        hub.search_models(fake_api.url, pipeline_tag=TAG, query="bert")


def test_not_a_list_is_a_response_error(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/api/models", respond_json({"models": []}))
    with pytest.raises(HubResponseError, match="not answer with a list"):
        hub.search_models(fake_api.url, pipeline_tag=TAG, query="bert")


def test_parse_hits_skips_junk_and_defaults_counts() -> None:
    assert parse_hits([
        {"id": "a/b", "downloads": 5, "likes": 2, "pipeline_tag": TAG},
        {"modelId": "c/d", "downloads": -1, "likes": True},
        {"downloads": 3},
        "junk",
    ]) == [ModelHit("a/b", 5, 2, TAG), ModelHit("c/d", 0, 0, None)]


def test_empty_query_lists_the_most_downloaded(hub: HubClient, models: FakeInferenceAPI) -> None:
    hits = hub.search_models(models.url, pipeline_tag=TAG, query="  ", limit=2)
    assert [h.id for h in hits] == ["distilbert-sst2", "acme/roberta-sst2"]
    assert "search" not in models.requests_to("/api/models")[0].query
