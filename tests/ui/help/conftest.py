"""Help tests: the window of tests/ui/conftest.py, with a history in a temporary folder
(so that "Where your data lives" shows it)."""

from tests.ui.history.conftest import history as history
from tests.ui.history.conftest import services as services
from tests.ui.history.conftest import settings as settings
