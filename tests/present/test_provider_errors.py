"""What an error says about providers: those that serve the model, where to enable them."""

from __future__ import annotations

from hfi_desktop.inference import (
    InferenceHTTPError,
    ModelNotFoundError,
    ModelNotServedError,
    NoProviderEnabledError,
)
from hfi_desktop.inference.urls import PROVIDERS_PAGE
from hfi_desktop.present.error_messages import error_link, error_providers, error_title


def test_the_providers_an_error_names() -> None:
    not_found = ModelNotFoundError.with_providers(
        InferenceHTTPError(404, "Model x does not exist"), ["fal-ai", "replicate"])
    assert error_providers(not_found) == ("fal-ai", "replicate")
    not_served = ModelNotServedError("x", "text-to-image", "together", "not served", ("fal-ai",))
    assert error_providers(not_served) == ("fal-ai",)
    assert error_title(not_served) == "The provider does not serve this model"
    assert error_providers(ValueError("x")) == ()


def test_no_enabled_provider_links_to_the_settings_page() -> None:
    error = NoProviderEnabledError(400, "not supported by any provider you have enabled")
    link = error_link(error)
    assert link is not None and link[1] == PROVIDERS_PAGE
    assert error_link(ModelNotFoundError(404, "x")) is None
