"""Inference Providers in the application: the provider picker beside a model field, the
note when a model will not run, models that run (served defaults and suggestions), and the
provider switch offered under an error."""

from .choices import SEED, PickerRow, choice_of, title_of
from .context import ProviderContext
from .lookup import ModelProviders
from .note import ServedNote
from .page import PageProviders
from .picker import ProviderPicker

__all__ = [
    "SEED",
    "ModelProviders",
    "PageProviders",
    "PickerRow",
    "ProviderContext",
    "ProviderPicker",
    "ServedNote",
    "choice_of",
    "title_of",
]
