"""A model card's widget entries, read from {hub}/api/models/{id}, as examples of a task."""

from __future__ import annotations

import pytest

from hfi_desktop.catalog import task
from hfi_desktop.hub import (
    HubClient,
    HubConnectionError,
    HubDownloadTooLargeError,
    HubHTTPError,
    WidgetExample,
    parse_model_info,
    widget_examples,
)
from tests.support.fake_api import FakeInferenceAPI
from tests.support.paths import example_bytes

HUB = "https://hub.example"


def test_text_entries_fill_the_text_input(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.add_hub_model("acme/sentiment", pipeline_tag="text-classification", widget_data=[
        {"text": "I love this movie", "example_title": "Positive"},
        {"text": "Terrible.\n", "example_title": "  Negative  review "},
        {"text": ""},  # nothing to fill: left out
    ])
    examples = hub.model_widget_examples(fake_api.url, "acme/sentiment",
                                         task("text-classification"))
    assert examples == [
        WidgetExample("Positive", {"inputs": "I love this movie"}),
        WidgetExample("Negative review", {"inputs": "Terrible.\n"}),
    ]
    (request,) = fake_api.requests_to("/api/models/acme/sentiment", "GET")
    assert request.query == {}


def test_card_widget_is_the_fallback(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.add_hub_model("acme/qa", pipeline_tag="question-answering", card_widget=[
        {"text": "Where do I live?", "context": "My name is Wolfgang and I live in Berlin"},
        {"text": "No context here"},
    ])
    examples = hub.model_widget_examples(fake_api.url, "acme/qa", task("question-answering"))
    assert examples == [WidgetExample("Example 1", {
        "inputs.question": "Where do I live?",
        "inputs.context": "My name is Wolfgang and I live in Berlin",
    })]


def test_image_src_becomes_an_absolute_url() -> None:
    entries = [{"src": "https://cdn.example/tiger.jpg", "example_title": "Tiger"},
               {"src": "/datasets/x/resolve/main/cat.png", "example_title": "Tiger"},
               {"text": "no image"}]
    examples = widget_examples(entries, task("image-classification"), HUB + "/")
    assert examples == [
        WidgetExample("Tiger", {"data": "https://cdn.example/tiger.jpg"}),
        WidgetExample("Tiger (2)", {"data": HUB + "/datasets/x/resolve/main/cat.png"}),
    ]
    assert examples[0].urls() == {"data": "https://cdn.example/tiger.jpg"}


def test_zero_shot_labels_and_multi_class() -> None:
    entries = [{"text": "I have a problem with my iphone", "candidate_labels": "urgent, phone,",
                "multi_class": True}]
    (example,) = widget_examples(entries, task("zero-shot-classification"), HUB)
    assert example.values == {"inputs": "I have a problem with my iphone",
                              "parameters.candidate_labels": ("urgent", "phone")}
    assert example.parameters == {"multi_label": True}


def test_zero_shot_image_needs_both_image_and_labels() -> None:
    spec = task("zero-shot-image-classification")
    entries: list[dict[str, object]] = [
        {"src": "https://x/cat.png", "candidate_labels": ["cat", "dog"]},
        {"src": "https://x/cat.png"}]
    assert [e.values for e in widget_examples(entries, spec, HUB)] == [
        {"inputs.image": "https://x/cat.png", "parameters.candidate_labels": ("cat", "dog")}]


def test_tables_and_sentences() -> None:
    table_entry = {"text": "How many stars?", "table": {"Repo": ["a", "b"], "Stars": [1, 2]}}
    ragged = {"text": "q", "table": {"Repo": ["a"], "Stars": [1, 2]}}
    (example,) = widget_examples([table_entry, ragged], task("table-question-answering"), HUB)
    assert example.values == {"inputs.query": "How many stars?",
                              "inputs.table": {"Repo": ("a", "b"), "Stars": ("1", "2")}}
    similarity = {"source_sentence": "That is a happy person",
                  "sentences": ["That is a happy dog", "Today is a sunny day"]}
    (example,) = widget_examples([similarity], task("sentence-similarity"), HUB)
    assert example.values == {"inputs.source_sentence": "That is a happy person",
                              "inputs.sentences": ("That is a happy dog", "Today is a sunny day")}
    tabular = {"structured_data": {"data": {"x": [1.5, 2]}}}
    (example,) = widget_examples([tabular], task("tabular-regression"), HUB)
    assert example.values == {"inputs.data": {"x": ("1.5", "2")}}


def test_document_question_and_conversation() -> None:
    entries = [{"src": "https://x/invoice.png", "text": "Invoice number?"}]
    (example,) = widget_examples(entries, task("document-question-answering"), HUB)
    assert example.values == {"inputs.image": "https://x/invoice.png",
                              "inputs.question": "Invoice number?"}
    (example,) = widget_examples([{"text": "Hi!"}], task("conversational"), HUB)
    assert example.values == {"inputs": {"past_user_inputs": (), "generated_responses": (),
                                         "text": "Hi!"}}


def test_custom_requests_take_no_card_examples() -> None:
    assert widget_examples([{"text": "x"}], task("custom-request"), HUB) == []


def test_at_most_eight_examples() -> None:
    entries = [{"text": f"t{i}"} for i in range(20)]
    assert len(widget_examples(entries, task("fill-mask"), HUB)) == 8


def test_model_info_fields() -> None:
    info = parse_model_info({"id": "a/b", "pipeline_tag": "fill-mask", "downloads": 7,
                             "likes": 2, "widgetData": [{"text": "x"}, "junk"]}, "a/b")
    assert (info.id, info.pipeline_tag, info.downloads, info.likes) == ("a/b", "fill-mask", 7, 2)
    assert info.widget == ({"text": "x"},)


def test_unknown_model_is_an_http_404(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    with pytest.raises(HubHTTPError, match="no such model") as raised:
        hub.model_widget_examples(fake_api.url, "nobody/nothing", task("fill-mask"))
    assert raised.value.status == 404


def test_offline_widget_lookup(hub: HubClient, refused_url: str) -> None:
    with pytest.raises(HubConnectionError):
        hub.model_widget_examples(refused_url, "a/b", task("fill-mask"))


def test_the_pipeline_tag_lookup_keeps_its_answer(fake_api: FakeInferenceAPI) -> None:
    """The client's ?expand[]=pipeline_tag lookups of recorded models are unchanged."""
    import requests

    fake_api.add_hub_model("facebook/bart-base", pipeline_tag="sentence-similarity")
    url = f"{fake_api.url}/api/models/facebook/bart-base?expand[]=pipeline_tag"
    assert requests.get(url, timeout=5).json()["pipeline_tag"] == "feature-extraction"


def test_download_is_capped(hub: HubClient, fake_api: FakeInferenceAPI) -> None:
    url = f"{fake_api.url}/examples/cheetah.png"
    assert hub.download(url) == example_bytes("cheetah.png")
    with pytest.raises(HubDownloadTooLargeError, match="larger than"):
        hub.download(url, max_bytes=1024)
    with pytest.raises(HubHTTPError):
        hub.download(f"{fake_api.url}/examples/nothing.png")
