"""Counts as the Hub writes them, model pages, pipeline tags of catalog tasks."""

from __future__ import annotations

import pytest

from hfi_desktop.catalog import CATALOG, task
from hfi_desktop.catalog.tasks_custom import HUB_TASKS
from hfi_desktop.hub import format_count, is_hub_id, model_page_url, pipeline_tag_for


@pytest.mark.parametrize(("value", "text"), [
    (0, "0"), (999, "999"), (1_000, "1k"), (1_234, "1.2k"), (12_345, "12.3k"),
    (123_456, "123k"), (999_950, "1M"), (1_200_000, "1.2M"), (2_500_000_000, "2.5B"),
])
def test_format_count(value: int, text: str) -> None:
    assert format_count(value) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("gpt2", True), ("openai/clip-vit-large-patch14-336", True), ("a/b.c_d-e", True),
    ("", False), ("https://x.example/y", False), ("a/b/c", False), ("a b", False),
    ("-a", False), ("a/../b", False),
])
def test_is_hub_id(text: str, expected: bool) -> None:
    assert is_hub_id(text) is expected


def test_model_page_url() -> None:
    assert model_page_url("https://huggingface.co/", "google/vit-base-patch16-224") == (
        "https://huggingface.co/google/vit-base-patch16-224")


def test_every_hub_task_searches_its_own_tag() -> None:
    for spec in CATALOG:
        tag = pipeline_tag_for(spec)
        assert tag is None or tag in HUB_TASKS, spec.id
    assert pipeline_tag_for(task("text-generation-stream")) == "text-generation"
    assert pipeline_tag_for(task("custom-request")) is None
    assert pipeline_tag_for(task("image-classification")) == "image-classification"
