"""Sending a conversation to a model and streaming its reply: the one step the chat page,
and a comparison of models on the same conversation, both make.

A :class:`ReplyJob` names the thread, the reply message to fill (already in the thread,
RUNNING) and how to ask (model, parameters, response format, tools). A
:class:`ReplyRunner` makes one job at a time: the messages are built in a worker (images as
data URLs), the call streams through the bridge (folded per read in its worker, handed over
one batch per frame), the reply message grows as text comes, and it ends DONE, CANCELLED
(its text kept) or ERROR (``error`` set as the user reads it). Its figures (time to first
token, tokens/s, tokens) are set when it ends; its cost, at the router's prices, a moment
later (``priced``). Signals carry the job; nothing here touches a widget.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import CallRequest, build_chat_request, invoke
from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.chat import ReplyTally, reply_cost, reply_pieces, serving_provider, wire_messages
from hfi_desktop.inference import CallControl, InferenceCancelledError
from hfi_desktop.local.clients import is_local
from hfi_desktop.local.engine_start import EngineStartError
from hfi_desktop.present.error_messages import error_text
from hfi_desktop.runs import RunState
from hfi_desktop.ui.i18n import said
from hfi_desktop.ui.local.failures import engine_died, start_failure_title, stopped_message
from hfi_desktop.ui.local.routing import Route, route
from hfi_desktop.ui.page_api import PageForm
from hfi_desktop.ui.run_controller import make_run
from hfi_desktop.ui.run_driver import NOT_SENT_TITLE

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.chat import ChatMessage, ChatThread
    from hfi_desktop.inference import ResponseInfo
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)


@dataclass(eq=False)
class ReplyJob:
    """One reply asked for. ``reply``: the message it fills (in ``thread``); the messages
    sent are those before it on its branch. After the run: ``response``, ``error``."""

    thread: ChatThread
    reply: ChatMessage
    model: str
    parameters: Mapping[str, Any] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)
    provider: str | None = None  # a provider chosen beside the model (None: the model's own)
    response: ResponseInfo | None = None
    error: BaseException | None = None
    #: Whether any of the reply arrived (text, reasoning or a tool call).
    received: bool = False

    @property
    def state(self) -> RunState:
        return self.reply.state


def chat_request(messages: Sequence[Mapping[str, Any]], model: str,
                 parameters: Mapping[str, Any], settings: Mapping[str, Any],
                 provider: str | None) -> CallRequest:
    """The chat's call of ``messages`` (as sent: images as data URLs) to ``model`` on
    ``provider`` (None: the model's own); FormError names a bad setting."""
    request = build_chat_request(CHAT, messages, settings, parameters, model=model)
    if provider is not None:
        request.kwargs["provider"] = provider
    return request


class ReplyRunner(QObject):
    """Makes one reply at a time. Signals (each with the ReplyJob): ``started``;
    ``text_added`` (job, the text added) per batch; ``tools_changed`` when its tool calls
    grew; ``progress`` after each batch; ``finished`` once it ended (any state; ``is_running``
    is already False); ``priced`` when its cost became known."""

    started = Signal(object)
    text_added = Signal(object, str)
    tools_changed = Signal(object)
    progress = Signal(object)
    finished = Signal(object)
    priced = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None, *,
                 gate_parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._gate_parent = gate_parent
        self._job: ReplyJob | None = None
        self._control: CallControl | None = None
        self._task: asyncio.Task[None] | None = None
        self._pricing: set[asyncio.Task[None]] = set()

    @property
    def job(self) -> ReplyJob | None:
        return self._job

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    def is_running(self) -> bool:
        return self._task is not None and not self._task.done() and self._control is not None

    def start(self, job: ReplyJob) -> asyncio.Task[None]:
        """Make ``job`` (one at a time: cancel a running one first)."""
        if self.is_running():
            raise RuntimeError("a reply is already streaming: cancel it first")
        control = CallControl()
        self._job, self._control = job, control
        self._task = create_task(self._make(job, control), name=f"chat reply {job.model}")
        self.started.emit(job)
        return self._task

    def cancel(self) -> None:
        """Stop the reply in flight; it ends CANCELLED with the text that came."""
        if self._control is not None and self.is_running():
            self._control.cancel()

    async def wait(self) -> None:
        """Until the reply in flight (and its pricing) ended."""
        pending = {t for t in (self._task, *self._pricing) if t is not None and not t.done()}
        if pending:
            await asyncio.wait(pending)

    # -- the reply ---------------------------------------------------------------------------
    async def _make(self, job: ReplyJob, control: CallControl) -> None:
        reply = job.reply
        sent_at = time.monotonic()
        tally = ReplyTally(sent_at)
        state = RunState.DONE
        where: Route | None = None
        try:
            if not is_local(job.provider):  # the user's token does not go to local sources
                await self._check_gate(job)
            tally.sent_at = time.monotonic()  # not while the token question waited
            where = await route(self._services, await self._request(job))
            client, request = where.client, where.request
            async with self._services.bridge.stream(
                    lambda: reply_pieces(lambda: invoke(client, request, control)),
                    control=control) as batches:
                async for batch in batches:
                    self._take(job, batch, tally)
        except (InferenceCancelledError, asyncio.CancelledError) as error:
            state = RunState.CANCELLED
            job.error = error
            if isinstance(error, _NotSent):
                reply.error = (NOT_SENT_TITLE, str(error))
        except EngineStartError as error:  # the local source is not there: nothing sent
            state = RunState.ERROR
            job.error = error
            reply.error = (start_failure_title(self._services), said(error))
        except Exception as error:  # every failure is shown with the reply, never lost
            state = RunState.ERROR
            job.error = error
            reply.error = error_text(error)
            if where is not None and where.to_engine and await engine_died(self._services,
                                                                           error):
                reply.error = stopped_message(self._services)[:2]
            log.info("chat reply of %s failed: %s", job.model, error)
        finally:
            job.response = control.response
            answered_by = job.response.provider if job.response is not None else None
            reply.state = state
            reply.finish_reason = tally.finish_reason
            reply.stats = tally.stats(time.monotonic(),
                                      serving_provider(job.model, answered_by, job.provider))
            self._control = None
        self.finished.emit(job)
        if state is not RunState.CANCELLED or job.received:
            task = create_task(self._price(job), name=f"chat price {job.model}")
            self._pricing.add(task)
            task.add_done_callback(self._pricing.discard)

    def _take(self, job: ReplyJob, batch: list[Any], tally: ReplyTally) -> None:
        now = time.monotonic()
        reply = job.reply
        tools = False
        texts = []
        for piece in batch:
            tally.add(piece, piece.received_at or now)
            texts.append(piece.text)
            if piece.reasoning:
                reply.reasoning += piece.reasoning
            tools = tools or piece.tool_calls is not None
        text = "".join(texts)
        if text:
            reply.text += text
            self.text_added.emit(job, text)
        if tools:
            reply.tool_calls = tally.tool_calls
            self.tools_changed.emit(job)
        job.received = job.received or tally.first_at is not None
        self.progress.emit(job)

    async def _check_gate(self, job: ReplyJob) -> None:
        gate = self._services.before_run
        if gate is None or self._gate_parent is None:
            return
        run = make_run(CHAT, None, PageForm(job.model))
        if not await gate(run, self._gate_parent, lambda: None):  # the question shows itself
            raise _NotSent(QCoreApplication.translate(
                "ReplyRunner",
                "You chose not to send your access token to this host; nothing was sent."))

    async def _request(self, job: ReplyJob) -> CallRequest:
        """The call, its messages built in a worker (images are base64-encoded there)."""
        thread, reply = job.thread, job.reply
        before = thread.path_to(reply.id)[:-1]
        system = thread.system
        messages = await self._services.bridge.run(lambda: wire_messages(system, before),
                                                   cpu=True)
        return chat_request(messages, job.model, job.parameters, job.settings, job.provider)

    async def _price(self, job: ReplyJob) -> None:
        """The reply's cost at the router's prices (the catalogue is fetched once); nothing
        when they are unknown or cannot be fetched."""
        stats = job.reply.stats
        if (stats is None or stats.provider is None or stats.approximate
                or is_local(job.provider)):  # on this computer: no price
            return
        client = self._services.client()
        try:
            models = await self._services.bridge.run(client.chat_models)
        except Exception as error:  # no prices: the reply shows without a cost
            log.info("no chat prices: %s", error)
            return
        cost = reply_cost(models, job.model, stats.provider, stats)
        if cost is not None:
            job.reply.stats = dataclasses.replace(stats, cost_usd=cost)
            self.priced.emit(job)


class _NotSent(InferenceCancelledError):
    """The token gate said no: nothing was sent."""
