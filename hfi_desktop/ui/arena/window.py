"""The arena: a round sends the same form to two targets (a model, or a model on a
provider) drawn from the pool, on sides "A" and "B" shuffled at random; the names stay
hidden until the user votes (A / B / Tie / Both bad, a note if they like), then they are
shown with each side's latency and the vote is kept (ui/arena/install.py's store).

The form is a snapshot of a task page's (ui/compare/snapshot.py, as a comparison's), each
side's request built from it with its target's model and provider, and each side runs
through the bridge as a comparison column does (ui/arena/side.py)."""

from __future__ import annotations

import functools
import html
import random
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hfi_desktop.arena import Pair, PoolError, Target, Verdict, Vote, draw_pair, parse_pool
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.catalog import FormError, turn_spec
from hfi_desktop.hub import is_url
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.compare.form_summary import FormSummary
from hfi_desktop.ui.compare.snapshot import form_for, page_provider, snapshot_of, summary
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.run_controller import make_run, request_for
from hfi_desktop.ui.shortcuts import ARENA, declare

from .side import ArenaSide

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Awaitable, Callable, Sequence

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.storage.comparison_file import FormSnapshot
    from hfi_desktop.ui.page_api import FormSource, PageForm
    from hfi_desktop.ui.services import Services

    #: Keeps a vote; returns it as kept (the manager's store, through the bridge).
    KeepVote = Callable[[Vote], Awaitable[Vote]]

ROUND = declare(str(QT_TRANSLATE_NOOP("Shortcut", "Start the round, or the next one")),
                "Ctrl+Return", "Ctrl+Enter", where=ARENA)
VOTE_KEYS = {
    Verdict.A: declare(str(QT_TRANSLATE_NOOP("Shortcut", "Vote A is better")), "Ctrl+1",
                       where=ARENA),
    Verdict.B: declare(str(QT_TRANSLATE_NOOP("Shortcut", "Vote B is better")), "Ctrl+2",
                       where=ARENA),
    Verdict.TIE: declare(str(QT_TRANSLATE_NOOP("Shortcut", "Vote a tie")), "Ctrl+3",
                         where=ARENA),
    Verdict.BOTH_BAD: declare(str(QT_TRANSLATE_NOOP("Shortcut", "Vote both are bad")),
                              "Ctrl+4", where=ARENA),
}
VOTE_TEXTS = {Verdict.A: QT_TRANSLATE_NOOP("ArenaWindow", "A is better"),
              Verdict.B: QT_TRANSLATE_NOOP("ArenaWindow", "B is better"),
              Verdict.TIE: QT_TRANSLATE_NOOP("ArenaWindow", "Tie"),
              Verdict.BOTH_BAD: QT_TRANSLATE_NOOP("ArenaWindow", "Both are bad")}
POOL_LINES = 3


class ArenaWindow(QMainWindow):
    """A window: the form's summary, the pool of targets, Start round; sides A and B; the
    vote buttons and the note; what the vote revealed and Next round.

    ``keep``: how a vote is kept; ``rng``: draws the pairs and their sides (seed it to
    replay a session); ``leaderboard``: what "Leaderboard…" opens."""

    closed = Signal(object)  # ArenaWindow
    voted = Signal(object)  # Vote, as kept

    def __init__(self, spec: TaskSpec, services: Services, snapshot: FormSnapshot,
                 pool: Sequence[Target], *, keep: KeepVote, page: FormSource | None = None,
                 rng: random.Random | None = None,
                 leaderboard: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("arenaWindow")
        self.resize(1280, 820)
        self.spec = spec
        self.page = page
        self.snapshot = snapshot
        self.pair: Pair | None = None
        self.last_vote: Vote | None = None
        self._services = services
        self._keep = keep
        self._rng = rng if rng is not None else random.Random()
        self._voted = False
        self._tasks = OwnedTasks("arena vote")
        #: The provider a target without one is sent to (the page's choice when opened).
        self.default_provider = page_provider(page) if page is not None else None

        self.form_summary = FormSummary(spec, has_page=page is not None, parent=self)
        self.pool_edit = QPlainTextEdit(self)
        self.pool_edit.setObjectName("arenaPool")
        self.pool_edit.setAccessibleName(QCoreApplication.translate("ArenaWindow", "Models"))
        self.pool_edit.setPlaceholderText(QCoreApplication.translate(
            "ArenaWindow", "One model a line, a provider after it if you like "
            "(org/model together); each round draws two"))
        self.pool_edit.setFixedHeight(
            QFontMetrics(self.pool_edit.font()).lineSpacing() * POOL_LINES + 12)
        self.pool_edit.setPlainText("\n".join(t.label() for t in pool))
        self.round_button = QPushButton(QCoreApplication.translate("ArenaWindow", "Start round"),
                                        self)
        self.round_button.setObjectName("arenaRoundButton")
        self.round_button.setToolTip(ROUND.text())
        self.leaderboard_button = QPushButton(
            QCoreApplication.translate("ArenaWindow", "Leaderboard…"), self)
        self.leaderboard_button.setEnabled(leaderboard is not None)
        self.message = InlineMessage(self)
        self.side_a = ArenaSide("A", services, self)
        self.side_b = ArenaSide("B", services, self)
        self.vote_buttons: dict[Verdict, QPushButton] = {}
        for verdict, text in VOTE_TEXTS.items():
            button = QPushButton(QCoreApplication.translate("ArenaWindow", text), self)
            button.setObjectName(f"arenaVote_{verdict.value}")
            button.setToolTip(VOTE_KEYS[verdict].text())
            button.clicked.connect(lambda _=False, v=verdict: self.vote(v))
            self.vote_buttons[verdict] = button
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("arenaNote")
        self.note_edit.setPlaceholderText(QCoreApplication.translate(
            "ArenaWindow", "A note on this vote (optional)"))
        self.note_edit.setAccessibleName(QCoreApplication.translate("ArenaWindow", "Note"))
        self.reveal_label = QLabel(self)
        self.reveal_label.setObjectName("arenaReveal")
        self.reveal_label.setWordWrap(True)
        self.reveal_label.setTextFormat(Qt.TextFormat.RichText)
        self._build(leaderboard)
        self.set_snapshot(snapshot)
        self.setWindowTitle(QCoreApplication.translate("ArenaWindow", "Arena — {task}").format(
            task=catalog_text(spec.title)))
        self._update_buttons()

    def _build(self, leaderboard: Callable[[str], object] | None) -> None:
        heading = QCoreApplication.translate("ArenaWindow", "Arena")
        blind = QCoreApplication.translate(
            "ArenaWindow", "Two models answer; vote for the better answer, then see who they were")
        title = QLabel(f"<b style='font-size:14pt'>{html.escape(heading)}</b> &nbsp; "
                       f"{html.escape(catalog_text(self.spec.title))} &nbsp; "
                       f"<span>{html.escape(blind)}</span>", self)
        pool_row = QHBoxLayout()
        pool_label = QLabel(QCoreApplication.translate("ArenaWindow", "Models:"), self)
        pool_label.setBuddy(self.pool_edit)
        pool_row.addWidget(pool_label, 0, Qt.AlignmentFlag.AlignTop)
        pool_row.addWidget(self.pool_edit, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.round_button)
        buttons.addWidget(self.leaderboard_button)
        buttons.addStretch(1)
        pool_row.addLayout(buttons)
        top = QVBoxLayout()
        top.setContentsMargins(12, 10, 12, 6)
        top.setSpacing(6)
        top.addWidget(title)
        top.addWidget(self.form_summary)
        top.addLayout(pool_row)
        top.addWidget(self.message)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.setChildrenCollapsible(False)
        sides.addWidget(self.side_a)
        sides.addWidget(self.side_b)
        sides.setSizes([1000, 1000])
        vote_row = QHBoxLayout()
        vote_row.setSpacing(8)
        for button in self.vote_buttons.values():
            button.setMinimumWidth(button.sizeHint().width() + 24)
            vote_row.addWidget(button)
        vote_row.addWidget(self.note_edit, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(12, 6, 12, 10)
        bottom.addLayout(vote_row)
        bottom.addWidget(self.reveal_label)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(sides, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(body)

        self.form_summary.button.clicked.connect(self.take_page_form)
        self.round_button.clicked.connect(self.start_round)
        if leaderboard is not None:
            self.leaderboard_button.clicked.connect(lambda: leaderboard(self.spec.id))
        for side in (self.side_a, self.side_b):
            side.finished.connect(lambda _side: self._update_buttons())
        ROUND.install(self, self._round_key)
        for verdict, shortcut in VOTE_KEYS.items():
            shortcut.install(self, functools.partial(self._vote_key, verdict))

    # ------------------------------------------------------------------ form
    def set_snapshot(self, snapshot: FormSnapshot) -> None:
        self.snapshot = snapshot
        self.form_summary.show_snapshot(snapshot)

    def take_page_form(self) -> None:
        """The page's current form becomes the one both sides get (at the next round)."""
        if self.page is not None:
            self.set_snapshot(snapshot_of(self.page))
            self.message.show_message(QCoreApplication.translate(
                "ArenaWindow", "The page's form will be sent at the next round."), Level.INFO)

    def pool(self) -> list[Target]:
        return parse_pool(self.pool_edit.toPlainText())

    # --------------------------------------------------------------- a round
    def start_round(self) -> list[asyncio.Task[None]]:
        """Draw a pair from the pool, hide the names, send the form to both sides."""
        if self.is_running():
            return []
        self.message.clear_message()
        try:
            pair = draw_pair(self.pool(), self._rng)
            requests = [request_for(self.spec, self._form(t)) for t in (pair.a, pair.b)]
        except PoolError as error:
            self.message.show_message(QCoreApplication.translate(
                "ArenaWindow", "{why} Add models to the list, one a line.").format(why=error),
                Level.ERROR)
            return []
        except FormError as error:
            self.message.show_message(QCoreApplication.translate(
                "ArenaWindow", "Not sent: {why}").format(why=error.message), Level.ERROR)
            return []
        self.pair = pair
        self._voted = False
        self.note_edit.clear()
        self.reveal_label.clear()
        spec = turn_spec(self.spec)  # a chat's turn is answered whole
        tasks = [side.start(make_run(spec, request, self._form(target)))
                 for side, target, request in zip((self.side_a, self.side_b), (pair.a, pair.b),
                                                   requests, strict=True)]
        for task in tasks:
            task.add_done_callback(lambda _t: self._update_buttons() if isValid(self) else None)
        self._update_buttons()
        return tasks

    def _form(self, target: Target) -> PageForm:
        """The form ``target`` is sent: its provider, else the page's (not to an endpoint
        URL: providers do not apply there)."""
        provider = target.provider
        if provider is None and not is_url(target.model):
            provider = self.default_provider
        return form_for(self.snapshot, target.model, provider)

    def is_running(self) -> bool:
        return self.side_a.is_running() or self.side_b.is_running()

    def can_vote(self) -> bool:
        """Both sides have answered (or failed) and this round has no vote yet."""
        return self.pair is not None and not self._voted and not self.is_running() \
            and self.side_a.run is not None and self.side_b.run is not None

    def vote(self, verdict: Verdict) -> asyncio.Task[None] | None:
        """Record the vote, then reveal the names and latencies."""
        if not self.can_vote() or self.pair is None:
            return None
        self._voted = True
        vote = Vote(self.spec.id, self.pair, verdict, summary(self.spec, self.snapshot),
                    note=self.note_edit.text().strip(), time=time.time(),
                    latency_a_s=self.side_a.latency_s(), latency_b_s=self.side_b.latency_s(),
                    inputs=dict(self.snapshot.values),
                    parameters=dict(self.snapshot.parameters))
        self._reveal(vote)
        self._update_buttons()
        self.round_button.setFocus()
        return self._tasks.start(self._keep_vote(vote))

    async def _keep_vote(self, vote: Vote) -> None:
        try:
            kept = await self._keep(vote)
        except Exception as error:  # the disk refused it: say so; the round stays revealed
            if isValid(self):
                self.message.show_message(QCoreApplication.translate(
                    "ArenaWindow", "The vote could not be kept: {why}").format(why=error),
                    Level.ERROR)
            return
        if isValid(self):
            self.last_vote = kept
            self.voted.emit(kept)

    def _reveal(self, vote: Vote) -> None:
        self.side_a.reveal(vote.pair.a)
        self.side_b.reveal(vote.pair.b)
        verdict = {Verdict.A: QCoreApplication.translate("ArenaWindow", "You voted A: {a}"),
                   Verdict.B: QCoreApplication.translate("ArenaWindow", "You voted B: {b}"),
                   Verdict.TIE: QCoreApplication.translate("ArenaWindow",
                                                           "You voted a tie: {a} and {b}"),
                   Verdict.BOTH_BAD: QCoreApplication.translate(
                       "ArenaWindow", "You voted both bad: {a} and {b}")}[vote.verdict]
        text = verdict.format(a=f"<b>{html.escape(vote.pair.a.label())}</b>",
                              b=f"<b>{html.escape(vote.pair.b.label())}</b>")
        self.reveal_label.setText(text + " · " + html.escape(QCoreApplication.translate(
            "ArenaWindow", "Next round: Ctrl+Enter")))

    def _round_key(self) -> None:
        if not self.is_running():
            self.start_round()

    def _vote_key(self, verdict: Verdict) -> None:
        if self.can_vote():
            self.vote(verdict)

    def _update_buttons(self) -> None:
        votable = self.can_vote()
        for button in self.vote_buttons.values():
            button.setEnabled(votable)
        self.note_edit.setEnabled(votable)
        self.round_button.setEnabled(not self.is_running())
        self.round_button.setText(
            QCoreApplication.translate("ArenaWindow", "Next round") if self._voted
            else QCoreApplication.translate("ArenaWindow", "Start round"))
        self.pool_edit.setReadOnly(self.is_running())

    # ------------------------------------------------------------------ close
    def cancel_all(self) -> None:
        self.side_a.cancel()
        self.side_b.cancel()

    def running_tasks(self) -> set[asyncio.Task[Any]]:
        tasks: set[asyncio.Task[Any]] = set(self._tasks.running())
        for side in (self.side_a, self.side_b):
            task = side.runs.task
            if task is not None and not task.done():
                tasks.add(task)
        return tasks

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_all()
        super().closeEvent(event)
        self.closed.emit(self)
