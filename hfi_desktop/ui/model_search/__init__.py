"""The model field's Hub search and endpoints (the field itself: hfi_desktop/ui/model_field.py),
and the row of the chosen model's card examples on a task's page."""

from .context import SEARCH_DELAY_MS, ModelSearchContext
from .examples_row import ModelExamplesRow, download_example_file
from .searcher import HubSearch
from .suggestions import (
    NOT_TRUSTED,
    TRUSTED,
    TRUSTED_PLAIN,
    EndpointLike,
    HubState,
    Section,
    Suggestion,
    SuggestionModel,
    build_suggestions,
    trust_mark,
)

__all__ = [
    "NOT_TRUSTED",
    "SEARCH_DELAY_MS",
    "TRUSTED",
    "TRUSTED_PLAIN",
    "EndpointLike",
    "HubSearch",
    "HubState",
    "ModelExamplesRow",
    "ModelSearchContext",
    "Section",
    "Suggestion",
    "SuggestionModel",
    "build_suggestions",
    "download_example_file",
    "trust_mark",
]
