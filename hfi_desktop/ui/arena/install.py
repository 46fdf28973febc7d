"""How the arena is opened: an "Arena…" button on every task page, Tools ▸ Arena… (the page
on show) and Tools ▸ Arena leaderboard…; the votes store (storage/arena_votes.py, in the
data folder) is opened in a worker the first time a vote is kept or the leaderboard shown."""

from __future__ import annotations

import asyncio
import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from hfi_desktop.arena import Target
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.storage.arena_votes import ArenaVotes
from hfi_desktop.ui.compare.page_windows import bring_forward
from hfi_desktop.ui.compare.snapshot import snapshot_of
from hfi_desktop.ui.page_api import FormSource, PageApi

from .leaderboard import LeaderboardDialog
from .window import ArenaWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.arena import Vote
    from hfi_desktop.ui.services import Services

ARENA_BUTTON_NAME = "arenaButton"
#: Targets put in a new arena's pool: the page's model and the task's recent models.
POOL_SIZE = 4


class ArenaManager(QObject):
    """Opens arenas (one per page) and the leaderboard, keeps them until closed, and holds
    the votes store. ``open_votes`` opens the store (blocking: called in a worker);
    ``seed``: the arenas' draws (None: random)."""

    def __init__(self, window: QWidget, services: Services, tools: QMenu, *,
                 current: Callable[[], QWidget | None], report: Callable[[str], None],
                 open_votes: Callable[[], ArenaVotes] = ArenaVotes.open,
                 seed: int | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._current = current
        self._report = report
        self._open_votes = open_votes
        self._seed = seed
        self._store: ArenaVotes | None = None
        self._store_lock = asyncio.Lock()
        self.views: list[ArenaWindow] = []
        self.leaderboard: LeaderboardDialog | None = None
        self._tasks = OwnedTasks("arena")
        self.arena_action = QAction(QCoreApplication.translate("ArenaManager", "Arena…"), tools)
        self.arena_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.arena_action.setToolTip(QCoreApplication.translate(
            "ArenaManager", "Two hidden models answer the page's inputs; vote for the better"))
        self.arena_action.triggered.connect(self.arena_current)
        self.leaderboard_action = QAction(
            QCoreApplication.translate("ArenaManager", "Arena &leaderboard…"), tools)
        self.leaderboard_action.triggered.connect(self._leaderboard_current)
        tools.addAction(self.arena_action)
        tools.addAction(self.leaderboard_action)

    # ------------------------------------------------------------------ opening
    def attach(self, page: PageApi) -> QPushButton:
        """The page's "Arena…" button (in its result actions)."""
        button = self.button_for(page)
        page.result_actions.addWidget(button)
        return button

    def button_for(self, page: FormSource) -> QPushButton:
        """An "Arena…" button opening the page's arena (the page places it)."""
        button = QPushButton(QCoreApplication.translate("ArenaManager", "Arena…"),
                             page.as_widget())
        button.setObjectName(ARENA_BUTTON_NAME)
        button.setToolTip(QCoreApplication.translate(
            "ArenaManager", "Send these inputs to two hidden models and vote for the better"))
        button.clicked.connect(lambda: self.arena(page))
        return button

    def arena(self, page: FormSource) -> ArenaWindow:
        """The page's arena (made the first time, its pool the page's model and the task's
        recent models); its form is the page's form as it is now."""
        view = next((v for v in self.views if v.page is page), None)
        if view is None:
            models = [page.form().model, *self._services.recent_models.get(page.spec.id)]
            pool = [Target(m) for m in dict.fromkeys(m for m in models if m)][:POOL_SIZE]
            view = ArenaWindow(page.spec, self._services, snapshot_of(page), pool,
                               keep=self.keep, page=page, rng=random.Random(self._seed),
                               leaderboard=self.show_leaderboard, parent=self._window)
            view.closed.connect(self._closed)
            self.views.append(view)
        elif not view.is_running():
            view.set_snapshot(snapshot_of(page))
        bring_forward(view)
        return view

    def arena_current(self) -> ArenaWindow | None:
        page = self._current()  # a task page or the chat page
        if isinstance(page, FormSource):
            return self.arena(page)
        self._report(QCoreApplication.translate(
            "ArenaManager", "Choose a task first: the arena sends that task's inputs."))
        return None

    def _leaderboard_current(self) -> None:
        page = self._current()
        task_id = page.spec.id if isinstance(page, FormSource) else None
        if task_id is None and self.views:
            task_id = self.views[-1].spec.id
        if task_id is None:
            self._report(QCoreApplication.translate(
                "ArenaManager", "Choose a task first: the leaderboard is the task's."))
            return
        self.show_leaderboard(task_id)

    def show_leaderboard(self, task_id: str) -> None:
        """The leaderboard dialog on ``task_id`` (opened once the store is open)."""
        self._tasks.start(self._show_leaderboard(task_id))

    async def _show_leaderboard(self, task_id: str) -> None:
        store = await self.store()
        dialog = self.leaderboard
        if dialog is None:
            dialog = self.leaderboard = LeaderboardDialog(self._services, store, task_id,
                                                          self._window)
        dialog.task_id = task_id
        bring_forward(dialog)
        loading = dialog.refresh()
        if loading is not None:
            await loading

    # ------------------------------------------------------------------ votes
    async def store(self) -> ArenaVotes:
        """The votes store, opened (in a worker) on first use."""
        async with self._store_lock:
            if self._store is None:
                self._store = await self._services.bridge.run(self._open_votes)
            return self._store

    async def keep(self, vote: Vote) -> Vote:
        """Keep ``vote`` (its files in the store's content store); the leaderboard on show
        follows."""
        store = await self.store()
        kept = await self._services.bridge.run(lambda: store.add(vote))
        if self.leaderboard is not None and self.leaderboard.isVisible():
            self.leaderboard.refresh()
        return kept

    # ------------------------------------------------------------------ closing
    def _closed(self, view: ArenaWindow) -> None:
        """A closed arena is deleted once its cancelled runs and its vote being kept have
        ended (they still write to its widgets on the way out)."""
        if view in self.views:
            self.views.remove(view)
            self._tasks.after(view.running_tasks(), view.deleteLater)

    def close_all(self) -> None:
        """Close every arena and the leaderboard (the main window is closing); the votes
        store once the votes being kept have been written."""
        pending = set(self._tasks.running())
        for view in list(self.views):
            pending |= view.running_tasks()
            view.close()
        if self.leaderboard is not None:
            pending |= self.leaderboard.running_tasks()
            self.leaderboard.close()
        self._tasks.after(pending, self._close_store)

    def _close_store(self) -> None:
        """(Quick, and no store call is in flight: done on the GUI thread.)"""
        store, self._store = self._store, None
        if store is not None:
            store.close()


def install_arena(window: QWidget, services: Services, tools: QMenu, *,
                  current: Callable[[], QWidget | None], report: Callable[[str], None]
                  ) -> ArenaManager:
    """Tools ▸ Arena… / Arena leaderboard…; call ``attach(page)`` for every page made."""
    return ArenaManager(window, services, tools, current=current, report=report)
