"""The leaderboard's "Save report…": the arena of the task on show (its standings and votes
as the dialog shows them, the pictures the votes store kept), through the shared flow
(hfi_desktop/ui/export/report_flow.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hfi_desktop.ui.export.report_flow import save_report

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.report import Report
    from hfi_desktop.storage.arena_votes import ArenaVotes

    from .leaderboard import LeaderboardDialog


async def save_arena_report(dialog: LeaderboardDialog, bridge: Bridge, store: ArenaVotes
                            ) -> None:
    """Ask where, then write the report of the arena the dialog shows there."""
    start = Path.home() / f"arena-{dialog.task_id}-report"
    await save_report(dialog, bridge, dialog.message, start,
                      lambda: _builder(dialog, store))


def _builder(dialog: LeaderboardDialog, store: ArenaVotes) -> Callable[[], Report]:
    task_id, standings, votes = dialog.task_id, tuple(dialog.standings), tuple(dialog.votes)
    task = dialog.task_box.currentText() or dialog.task_id  # its title, as on show

    def build() -> Report:
        from hfi_desktop.arena.summary import ArenaSummary  # NumPy: in the worker
        from hfi_desktop.storage.reports import arena_report

        return arena_report(ArenaSummary(task_id, standings, votes), task=task, file=store.file)

    return build
