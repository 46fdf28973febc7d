"""The arena's leaderboard for a task: each target's Bradley-Terry rating with its 95%
confidence interval, its votes, wins, ties, losses and "both bad"; select a target to see
the votes behind it (the input, the opponent, the verdict, the note). Export CSV of either.

The ratings (and their bootstrap) are computed in a worker; the dialog only shows them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hfi_desktop.arena import Verdict, Vote, votes_of
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.catalog import task
from hfi_desktop.storage.arena_votes import leaderboard_csv, votes_csv, write_csv
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.i18n import catalog_text, seconds_text
from hfi_desktop.ui.inputs.message import InlineMessage, Level

from .report import save_arena_report

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Sequence

    from PySide6.QtGui import QCloseEvent

    from hfi_desktop.arena.ratings import Standing
    from hfi_desktop.storage.arena_votes import ArenaVotes
    from hfi_desktop.ui.services import Services

STANDING_COLUMNS = (
    QT_TRANSLATE_NOOP("LeaderboardDialog", "Model"),
    QT_TRANSLATE_NOOP("LeaderboardDialog", "Rating"),
    QT_TRANSLATE_NOOP("LeaderboardDialog", "95% CI"),
    QT_TRANSLATE_NOOP("LeaderboardDialog", "Votes"),
    QT_TRANSLATE_NOOP("LeaderboardDialog", "Wins"),
    QT_TRANSLATE_NOOP("LeaderboardDialog", "Ties"),
    QT_TRANSLATE_NOOP("LeaderboardDialog", "Losses"),
    QT_TRANSLATE_NOOP("LeaderboardDialog", "Both bad"))
VOTE_COLUMNS = (QT_TRANSLATE_NOOP("LeaderboardDialog", "Time"), "A", "B",
                QT_TRANSLATE_NOOP("LeaderboardDialog", "Verdict"),
                QT_TRANSLATE_NOOP("LeaderboardDialog", "Input"),
                QT_TRANSLATE_NOOP("LeaderboardDialog", "Note"))
VERDICT_TEXTS = {Verdict.A: "A", Verdict.B: "B",
                 Verdict.TIE: QT_TRANSLATE_NOOP("LeaderboardDialog", "tie"),
                 Verdict.BOTH_BAD: QT_TRANSLATE_NOOP("LeaderboardDialog", "both bad")}


#: The number a cell sorts by (its text is for people: "1012", "980 to 1040").
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Cell(QTableWidgetItem):
    """A read-only cell that sorts by its number when it has one."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return self.text().casefold() < other.text().casefold()


def _item(text: str, value: float | None = None, tip: str = "") -> QTableWidgetItem:
    item = _Cell(text)
    if value is not None:
        item.setData(SORT_ROLE, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _task_title(task_id: str) -> str:
    try:
        return catalog_text(task(task_id).title)
    except KeyError:
        return task_id


class LeaderboardDialog(QDialog):
    """Non-modal; ``task_id`` first on show (any task with votes may be chosen)."""

    closed = Signal(object)

    def __init__(self, services: Services, votes: ArenaVotes, task_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arenaLeaderboard")
        self.setWindowTitle(QCoreApplication.translate("LeaderboardDialog", "Arena leaderboard"))
        self.resize(980, 640)
        self._services = services
        self._store = votes
        self.task_id = task_id
        self.votes: list[Vote] = []
        self._listed: list[Vote] = []  # the rows of the votes table
        self.standings: list[Standing] = []
        self._tasks = OwnedTasks("arena leaderboard")
        self._loading: asyncio.Task[None] | None = None
        self.task_box = QComboBox(self)
        self.task_box.setObjectName("arenaTaskBox")
        self.summary = QLabel(self)
        self.table = QTableWidget(0, len(STANDING_COLUMNS), self)
        self.table.setObjectName("arenaStandings")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LeaderboardDialog", c) for c in STANDING_COLUMNS])
        self.vote_table = QTableWidget(0, len(VOTE_COLUMNS), self)
        self.vote_table.setObjectName("arenaVotes")
        self.vote_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LeaderboardDialog", c) for c in VOTE_COLUMNS])
        for table in (self.table, self.vote_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.task_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.votes_label = QLabel(self)
        self.vote_detail = QLabel(self)  # the selected vote's inputs, in full
        self.vote_detail.setObjectName("arenaVoteDetail")
        self.vote_detail.setWordWrap(True)
        self.vote_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.vote_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_board_button = QPushButton(
            QCoreApplication.translate("LeaderboardDialog", "Export leaderboard CSV…"), self)
        self.export_votes_button = QPushButton(
            QCoreApplication.translate("LeaderboardDialog", "Export votes CSV…"), self)
        self.report_button = QPushButton(
            QCoreApplication.translate("LeaderboardDialog", "Save report…"), self)
        self.report_button.setObjectName("arenaReport")
        self.report_button.setToolTip(QCoreApplication.translate(
            "LeaderboardDialog", "A report of this task's arena to share: HTML (one file) or "
            "Markdown"))
        self.message = InlineMessage(self)
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("LeaderboardDialog", "Task:"), self))
        top.addWidget(self.task_box)
        top.addWidget(self.summary, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.votes_label)
        lower_layout.addWidget(self.vote_table, 1)
        lower_layout.addWidget(self.vote_detail)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_board_button)
        buttons.addWidget(self.export_votes_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.task_box.currentIndexChanged.connect(self._task_chosen)
        self.table.itemSelectionChanged.connect(self._show_votes)
        self.vote_table.itemSelectionChanged.connect(self._show_vote)
        self.export_board_button.clicked.connect(
            lambda: self._tasks.start(self._export(board=True)))
        self.export_votes_button.clicked.connect(
            lambda: self._tasks.start(self._export(board=False)))
        self.report_button.clicked.connect(lambda: self._tasks.start(
            save_arena_report(self, self._services.bridge, self._store)))

    # ---------------------------------------------------------------- loading
    def refresh(self) -> asyncio.Task[None] | None:
        """Read the votes and compute the ratings again (a new vote came in)."""
        if self._loading is not None and not self._loading.done():
            self._loading.cancel()
        self._loading = self._tasks.start(self._load())
        return self._loading

    def running_tasks(self) -> set[asyncio.Task[None]]:
        """Its loading and exports in progress."""
        return self._tasks.running()

    def loading(self) -> bool:
        return self._loading is not None and not self._loading.done()

    async def _load(self) -> None:
        task_id = self.task_id
        store = self._store

        def work() -> tuple[list[str], list[Vote], list[Standing]]:
            from hfi_desktop.arena.ratings import leaderboard  # NumPy: here, not at start-up

            votes = store.votes(task_id)
            return store.tasks(), votes, leaderboard(votes)

        tasks, votes, standings = await self._services.bridge.run(work)
        if not isValid(self) or task_id != self.task_id:
            return
        self._set_tasks(tasks)
        self.votes, self.standings = votes, standings
        self._show_standings()

    def _set_tasks(self, tasks: Sequence[str]) -> None:
        ids = list(dict.fromkeys([self.task_id, *tasks]))
        self.task_box.blockSignals(True)
        self.task_box.clear()
        for task_id in ids:
            self.task_box.addItem(_task_title(task_id), task_id)
        self.task_box.setCurrentIndex(ids.index(self.task_id))
        self.task_box.blockSignals(False)

    def _task_chosen(self, index: int) -> None:
        task_id = self.task_box.itemData(index)
        if isinstance(task_id, str) and task_id != self.task_id:
            self.task_id = task_id
            self.refresh()

    # ---------------------------------------------------------------- showing
    def _show_standings(self) -> None:
        self.summary.setText(QCoreApplication.translate(
            "LeaderboardDialog", "{votes} votes · Bradley-Terry ratings (Elo scale), "
            "95% bootstrap intervals").format(votes=len(self.votes)))
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.standings))
        for row, s in enumerate(self.standings):
            name = _item(s.target.label(), tip=s.target.label())
            name.setData(Qt.ItemDataRole.UserRole, row)
            cells = [name, _item(f"{s.rating:.0f}", s.rating),
                     _item(f"{s.low:.0f} to {s.high:.0f}", s.high - s.low,
                           QCoreApplication.translate("LeaderboardDialog", "± {half:.0f}")
                           .format(half=(s.high - s.low) / 2)),
                     _item(str(s.votes), s.votes), _item(str(s.wins), s.wins),
                     _item(str(s.ties), s.ties), _item(str(s.losses), s.losses),
                     _item(str(s.both_bad), s.both_bad)]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.setSortingEnabled(True)
        table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # best first
        table.resizeColumnsToContents()
        self.export_board_button.setEnabled(bool(self.standings))
        self.export_votes_button.setEnabled(bool(self.votes))
        self.report_button.setEnabled(bool(self.standings))
        if self.standings:
            table.selectRow(0)
        else:
            self.message.show_message(QCoreApplication.translate(
                "LeaderboardDialog", "No votes for this task yet."), Level.INFO)
            self._show_votes()

    def selected(self) -> Standing | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.standings[index] if isinstance(index, int) else None

    def shown_votes(self) -> list[Vote]:
        """The votes listed: the selected target's (every vote when none is selected)."""
        standing = self.selected()
        return votes_of(self.votes, standing.target) if standing is not None else self.votes

    def _show_votes(self) -> None:
        standing = self.selected()
        votes = self.shown_votes()
        self.votes_label.setText(
            QCoreApplication.translate("LeaderboardDialog", "Votes with {target}: {count}")
            .format(target=standing.target.label(), count=len(votes)) if standing is not None
            else QCoreApplication.translate("LeaderboardDialog", "Votes: {count}")
            .format(count=len(votes)))
        table = self.vote_table
        table.setRowCount(len(votes))
        self._listed = list(reversed(votes))  # newest first
        for row, vote in enumerate(self._listed):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(vote.time))
            verdict = QCoreApplication.translate("LeaderboardDialog", VERDICT_TEXTS[vote.verdict])
            cells = [_item(when), _item(vote.pair.a.label()), _item(vote.pair.b.label()),
                     _item(verdict),
                     _item(vote.input_summary, tip=_inputs_tip(vote)), _item(vote.note)]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(
            len(VOTE_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)  # the note takes the rest
        self._show_vote()

    def _show_vote(self) -> None:
        """The selected vote's inputs in full, its parameters and both sides' times."""
        rows = self.vote_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._listed):
            self.vote_detail.setText(QCoreApplication.translate(
                "LeaderboardDialog", "Select a vote to see its inputs."))
            return
        vote = self._listed[rows[0].row()]
        seconds = QCoreApplication.translate("LeaderboardDialog", "A: {a} · B: {b}").format(
            a=_seconds(vote.latency_a_s), b=_seconds(vote.latency_b_s))
        parameters = ", ".join(f"{k}={v}" for k, v in vote.parameters.items())
        lines = [_inputs_tip(vote), seconds]
        if parameters:
            lines.insert(1, parameters)
        self.vote_detail.setText("\n".join(lines))

    # ---------------------------------------------------------------- export
    async def _export(self, *, board: bool) -> None:
        name = f"arena-{self.task_id}-{'leaderboard' if board else 'votes'}.csv"
        dialog = QFileDialog(self, QCoreApplication.translate("LeaderboardDialog", "Export CSV"),
                             str(Path.home() / name),
                             QCoreApplication.translate("LeaderboardDialog", "CSV (*.csv)"))
        dialog.setObjectName("arenaCsvDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        chosen = await await_path(dialog)
        if chosen is not None and isValid(self):
            await self.export_to(chosen.path, board=board)

    async def export_to(self, path: Path, *, board: bool) -> Path | None:
        """Write the leaderboard (or every vote of the task) as CSV at ``path``."""
        text = leaderboard_csv(self.standings) if board else votes_csv(self.votes)
        try:
            written = await self._services.bridge.run(lambda: write_csv(path, text))
        except OSError as error:
            self.message.show_message(QCoreApplication.translate(
                "LeaderboardDialog", "Not saved: {why}").format(why=error.strerror or error),
                Level.ERROR)
            return None
        if isValid(self):
            self.message.show_message(QCoreApplication.translate(
                "LeaderboardDialog", "Saved as {name}").format(name=written.name), Level.OK)
        return written

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit(self)


def _seconds(value: float | None) -> str:
    return seconds_text(value, 2) if value is not None else "—"


def _inputs_tip(vote: Vote) -> str:
    """The inputs behind a vote, one a line: text as it was, files by name."""
    lines = []
    for key, value in vote.inputs.items():
        if isinstance(value, dict) and "$file" in value:
            shown = str(value.get("name", "file"))
        else:
            shown = str(value)
        lines.append(f"{key}: {shown}")
    return "\n".join(lines)
