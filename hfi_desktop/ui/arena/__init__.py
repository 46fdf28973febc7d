"""The blind arena: two hidden models answer a page's inputs, the user votes, then sees
who they were; a leaderboard per task (hfi_desktop/arena for the ratings)."""

from .install import ARENA_BUTTON_NAME, ArenaManager, install_arena
from .leaderboard import LeaderboardDialog
from .side import ArenaSide
from .window import ArenaWindow

__all__ = [
    "ARENA_BUTTON_NAME",
    "ArenaManager",
    "ArenaSide",
    "ArenaWindow",
    "LeaderboardDialog",
    "install_arena",
]
