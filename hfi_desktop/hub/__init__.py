"""The Hugging Face Hub's model API: search models of a task, read a model's card examples.

Pure Python over ``requests`` (no Qt); blocking, so call it from worker threads.

    hits = search_models("https://huggingface.co", pipeline_tag="text-classification",
                         query="sst2")
    examples = model_widget_examples(hub_url, hits[0].id, spec)  # WidgetExample per card entry
"""

from .card_examples import widget_examples
from .client import (
    MAX_DOWNLOAD_BYTES,
    HubClient,
    default_client,
    model_widget_examples,
    search_models,
)
from .errors import (
    HubConnectionError,
    HubDownloadTooLargeError,
    HubError,
    HubHTTPError,
    HubResponseError,
)
from .models import ModelHit, ModelInfo, WidgetExample, is_url, parse_hits, parse_model_info
from .naming import format_count, is_hub_id, model_page_url, pipeline_tag_for

__all__ = [
    "MAX_DOWNLOAD_BYTES",
    "HubClient",
    "HubConnectionError",
    "HubDownloadTooLargeError",
    "HubError",
    "HubHTTPError",
    "HubResponseError",
    "ModelHit",
    "ModelInfo",
    "WidgetExample",
    "default_client",
    "format_count",
    "is_hub_id",
    "is_url",
    "model_page_url",
    "model_widget_examples",
    "parse_hits",
    "parse_model_info",
    "pipeline_tag_for",
    "search_models",
    "widget_examples",
]
