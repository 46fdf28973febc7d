"""Chat tests: plain data, plus streams from the local router (never the internet)."""

from tests.inference.conftest import router_client as router_client
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_router as fake_router
