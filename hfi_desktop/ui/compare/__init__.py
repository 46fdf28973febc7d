"""Comparing models: the same inputs sent to 2 to 6 models at once, side by side, their
differences marked; saved and reopened as ``.hficompare`` files."""

from .column import ModelColumn
from .install import COMPARE_BUTTON_NAME, CompareManager, install_compare
from .sync import ViewSync
from .view import MAX_COLUMNS, MIN_COLUMNS, ComparisonView

__all__ = [
    "COMPARE_BUTTON_NAME",
    "MAX_COLUMNS",
    "MIN_COLUMNS",
    "CompareManager",
    "ComparisonView",
    "ModelColumn",
    "ViewSync",
    "install_compare",
]
