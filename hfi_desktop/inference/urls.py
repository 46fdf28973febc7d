"""Hugging Face's addresses the client and the app's messages name (one place for each)."""

DEFAULT_ROUTER_URL = "https://router.huggingface.co"
#: hf-inference, below the router: the default base URL of the seed's calls.
DEFAULT_BASE_URL = f"{DEFAULT_ROUTER_URL}/hf-inference"
DEFAULT_HUB_URL = "https://huggingface.co"
#: The serverless host of 2023; it answers 410 Gone today.
RETIRED_HOST = "api-inference.huggingface.co"

#: Where a token's permissions, the providers a user enabled, and billing are set.
TOKENS_PAGE = f"{DEFAULT_HUB_URL}/settings/tokens"
PROVIDERS_PAGE = f"{DEFAULT_HUB_URL}/settings/inference-providers"
BILLING_PAGE = f"{DEFAULT_HUB_URL}/settings/billing"
#: The permission a fine-grained token needs, as huggingface.co/settings/tokens names it.
PROVIDERS_PERMISSION = "Make calls to Inference Providers"
