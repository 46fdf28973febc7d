"""The engine's HTTP routes (Starlette): hf-inference's model and pipeline routes, TGI-style
streams, OpenAI-style chat, and the two Hub look-ups the client makes, answered from the cache.

Models run in a thread pool, never on the event loop; a request whose client went away is not
started if it still waits for a thread, and a generation stops at its next token."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from . import cache, cancel
from .registry import Loaded, LoadError, OverBudgetError, Registry, estimated_load_s
from .tasks import generation
from .tasks.base import EngineRequest, RunnerInputError, TaskRunner
from .tasks.outputs import BinaryOutput

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

    from starlette.requests import Request
    from starlette.types import ASGIApp, Receive, Scope, Send

LOG = logging.getLogger("hfi_desktop.engine")
#: Tasks one loaded model serves both of (a sentence-transformers model).
SIBLING_TASKS = frozenset({"feature-extraction", "sentence-similarity"})
CHAT_TASK = "text-generation"
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


class Failure(Exception):
    """An answer with an error: ``{"error": message, **extra}`` with ``status``."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


class ClientGone(Exception):
    """The client disconnected before its answer was ready."""


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class TokenGate:
    """Every request needs ``Authorization: Bearer <the engine's token>``."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self._app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            sent = dict(scope["headers"]).get(b"authorization", b"")
            if not hmac.compare_digest(sent, self._expected):
                response = _error(401, "missing or wrong access token for the local engine")
                response.headers["WWW-Authenticate"] = "Bearer"
                await response(scope, receive, send)
                return
        await self._app(scope, receive, send)


async def _disconnected(request: Request) -> None:
    """Returns when the client closes the connection (the body was read before)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _json_body(raw: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError) as exc:
        raise Failure(400, f"the body is not valid JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise Failure(400, "the body must be a JSON object")
    return payload


def _wants_wait(request: Request, options: object) -> bool:
    if request.headers.get("x-wait-for-model", "").lower() == "true":
        return True
    return isinstance(options, dict) and options.get("wait_for_model") is True


def _sse(value: Any) -> bytes:
    return b"data:" + json.dumps(value, separators=(",", ":")).encode() + b"\n\n"


def _stream_failure(exc: Exception) -> bytes:
    """The event that ends a stream whose generation failed (the client raises it)."""
    return _sse({"error": f"{type(exc).__name__}: {exc}", "error_type": "generation"})


class Engine:
    def __init__(
        self, registry: Registry, runners: dict[str, TaskRunner], workers: int = 4
    ) -> None:
        self.registry = registry
        self.runners = runners
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="engine-run")
        self._flags: set[threading.Event] = set()  # the requests queued or running
        self._started: set[threading.Event] = set()  # of those, the running ones

    def stop(self) -> None:
        """Stop every generation and unstarted request (the process is ending)."""
        for flag in list(self._flags):
            flag.set()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.registry.shutdown()

    # -- models ----------------------------------------------------------------------------

    def resolve(self, model_id: str, task: str | None) -> tuple[cache.CachedModel, TaskRunner]:
        model = cache.find(model_id)
        if model is None:
            where = f"the local Hub cache ({cache.hub_cache()})"
            hint = (
                " and HF_HUB_OFFLINE is set (offline): download it while online first"
                if cache.offline()
                else ": download it first"
            )
            raise Failure(404, f"Model {model_id} is not in {where}{hint}")
        if task is None:
            task = model.task
            if task is None:
                raise Failure(
                    400,
                    f"cannot tell the task of {model_id}: its card has no pipeline_tag and its "
                    "config no known architecture; call its pipeline route "
                    "(/models/{id}/pipeline/{task})",
                )
        elif (
            model.task is not None
            and task != model.task
            and not ({task, model.task} <= SIBLING_TASKS)
        ):
            raise Failure(400, f"{model_id} is a {model.task} model, not {task}")
        runner = self.runners.get(task)
        if runner is None:
            raise Failure(
                400,
                f"the local engine cannot run {task} models ({model_id}); it runs: "
                + ", ".join(sorted(self.runners)),
            )
        return model, runner

    async def loaded(self, model: cache.CachedModel, runner: TaskRunner, wait: bool) -> Loaded:
        try:
            got = self.registry.get(model, runner)
        except OverBudgetError as exc:
            raise Failure(507, str(exc)) from None
        if isinstance(got, Loaded):
            return got
        if not wait and not got.done():
            raise Failure(
                503,
                f"Model {model.id} is currently loading",
                estimated_time=estimated_load_s(model),
            )
        try:
            return await asyncio.wrap_future(got)
        except LoadError as exc:
            raise Failure(500, str(exc)) from None

    # -- running ---------------------------------------------------------------------------

    def _submit(self, flag: threading.Event, work: Callable[[], Any]) -> Future[Any]:
        started = self._started

        def job() -> Any:
            if flag.is_set():
                raise cancel.Cancelled
            started.add(flag)
            cancel.set_current(flag)
            try:
                return work()
            finally:
                cancel.set_current(None)
                self._flags.discard(flag)
                started.discard(flag)

        self._flags.add(flag)
        return self.pool.submit(job)

    async def run(self, request: Request, work: Callable[[], Any]) -> Any:
        """``work()`` in the pool; cancelled when the client disconnects first."""
        flag = threading.Event()
        future = asyncio.wrap_future(self._submit(flag, work))
        watcher = asyncio.ensure_future(_disconnected(request))
        try:
            done, _ = await asyncio.wait({future, watcher}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            watcher.cancel()
        if future not in done:
            flag.set()
            when = "while it ran" if flag in self._started else "before it started"
            LOG.info("a request was cancelled %s: its client went away", when)
            future.cancel()
            self._flags.discard(flag)
            raise ClientGone
        try:
            return future.result()
        except RunnerInputError as exc:
            raise Failure(400, str(exc)) from None
        except cancel.Cancelled:
            raise ClientGone from None
        except Exception as exc:
            raise Failure(500, f"{type(exc).__name__}: {exc}") from None

    async def generation_events(
        self, lm: generation.CausalLM, prompt_ids: list[int], chosen: generation.Settings
    ) -> AsyncIterator[generation.Token | generation.Generated | Exception]:
        """Each token as it is generated, then the result (or the failure). Closing the
        iterator (the client went away) stops the generation."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        flag = threading.Event()

        def put(item: object) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, item)

        def work() -> None:
            try:
                put(generation.generate(lm, prompt_ids, chosen, put))
            except Exception as exc:
                put(exc)

        self._submit(flag, work)
        try:
            while True:
                item = await queue.get()
                yield item
                if not isinstance(item, generation.Token):
                    return
        finally:
            flag.set()

    # -- routes ----------------------------------------------------------------------------

    async def task_route(self, request: Request) -> Response:
        model_id = request.path_params["model_id"]
        task = request.path_params.get("task")
        model, runner = self.resolve(model_id, task)
        raw = await request.body()
        content_type = request.headers.get("content-type", "")
        payload: dict[str, Any]
        if runner.binary_inputs and not content_type.startswith("application/json"):
            payload = {"inputs": raw}
        else:
            payload = _json_body(raw)
        if "inputs" not in payload:
            raise Failure(400, 'the body has no "inputs"')
        parameters = payload.get("parameters") or {}
        if not isinstance(parameters, dict):
            raise Failure(400, '"parameters" must be a JSON object')
        loaded = await self.loaded(model, runner, _wants_wait(request, payload.get("options")))
        engine_request = EngineRequest(payload["inputs"], parameters)
        if payload.get("stream") is True:
            if runner.task != "text-generation":
                raise Failure(400, f"{runner.task} does not stream: call it without streaming")
            return await self._tgi_stream(loaded.value, engine_request)
        result = await self.run(request, lambda: runner.run(loaded.value, engine_request))
        if isinstance(result, BinaryOutput):  # text-to-speech: the audio file itself
            return Response(result.body, media_type=result.content_type)
        return JSONResponse(result)

    async def _tgi_stream(
        self, lm: generation.CausalLM, request: EngineRequest
    ) -> StreamingResponse:
        if not isinstance(request.inputs, str):
            raise Failure(400, "inputs: expected a text")
        params = dict(request.parameters)
        full = params.pop("return_full_text", False)
        params.pop("details", None)
        try:
            chosen = generation.settings(params)
            prompt_ids = generation.encode(lm, request.inputs)
        except RunnerInputError as exc:
            raise Failure(400, str(exc)) from None
        prefix = request.inputs if full else ""

        async def events() -> AsyncIterator[bytes]:
            held: generation.Token | None = None
            async for item in self.generation_events(lm, prompt_ids, chosen):
                if isinstance(item, Exception):
                    yield _stream_failure(item)
                    return
                if held is not None:
                    final = isinstance(item, generation.Generated)
                    yield _sse(
                        {
                            "token": vars(held),
                            "generated_text": prefix + item.text if final else None,
                            "details": None,
                        }
                    )
                held = item if isinstance(item, generation.Token) else None

        return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)

    async def chat_route(self, request: Request) -> Response:
        body = _json_body(await request.body())
        model_id = request.path_params.get("model_id") or body.get("model")
        if not isinstance(model_id, str) or not model_id:
            raise Failure(400, '"model" is required: a model id from the local cache')
        model, runner = self.resolve(model_id, None)
        if runner.task != CHAT_TASK:
            raise Failure(400, f"{model_id} is a {runner.task} model, not a chat model")
        messages = _chat_messages(body.get("messages"))
        loaded = await self.loaded(model, runner, True)
        lm: generation.CausalLM = loaded.value
        try:
            chosen = generation.settings(_chat_parameters(body))
            prompt_ids = generation.chat_prompt(lm, messages)
        except RunnerInputError as exc:
            raise Failure(400, str(exc)) from None
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        if body.get("stream") is True:
            usage = body.get("stream_options")
            with_usage = isinstance(usage, dict) and usage.get("include_usage") is True
            chunks = self._chat_chunks(
                lm, prompt_ids, chosen, completion_id, created, model_id, with_usage
            )
            return StreamingResponse(chunks, media_type="text/event-stream", headers=SSE_HEADERS)
        result = await self.run(request, lambda: generation.generate(lm, prompt_ids, chosen))
        return JSONResponse(
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": model_id,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": result.text},
                        "finish_reason": result.finish_reason,
                    }
                ],
                "usage": _usage(result),
            }
        )

    async def _chat_chunks(
        self,
        lm: generation.CausalLM,
        prompt_ids: list[int],
        chosen: generation.Settings,
        completion_id: str,
        created: int,
        model_id: str,
        with_usage: bool,
    ) -> AsyncIterator[bytes]:
        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            return _sse(
                {
                    "id": completion_id,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model_id,
                    "choices": [choice],
                }
            )

        yield chunk({"role": "assistant", "content": ""})
        async for item in self.generation_events(lm, prompt_ids, chosen):
            if isinstance(item, Exception):
                yield _stream_failure(item)
                return
            if isinstance(item, generation.Token):
                if item.text:
                    yield chunk({"content": item.text})
                continue
            yield chunk({}, item.finish_reason)
            if with_usage:
                yield _sse(
                    {
                        "id": completion_id,
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": model_id,
                        "choices": [],
                        "usage": _usage(item),
                    }
                )
        yield b"data: [DONE]\n\n"

    # -- listings --------------------------------------------------------------------------

    async def list_models(self, request: Request) -> Response:
        loaded = set(self.registry.loaded_ids())
        data = [
            {
                "id": model.id,
                "object": "model",
                "created": 0,
                "owned_by": "local",
                "pipeline_tag": model.task,
                "size_bytes": model.size_bytes,
                "chat": _has_chat_template(model),
                "loaded": model.id in loaded,
            }
            for model in cache.all_models()
        ]
        return JSONResponse({"object": "list", "data": data})

    async def hub_model(self, request: Request) -> Response:
        model_id = request.path_params["model_id"]
        model = cache.find(model_id)
        if model is None:
            raise Failure(404, f"Model {model_id} is not in the local Hub cache")
        return JSONResponse(_hub_info(model))

    async def hub_models(self, request: Request) -> Response:
        wanted = request.query_params.get("pipeline_tag") or request.query_params.get("filter")
        return JSONResponse([_hub_info(m) for m in cache.all_models() if wanted in (None, m.task)])

    async def hub_tasks(self, request: Request) -> Response:
        by_task: dict[str, list[dict[str, str]]] = {task: [] for task in self.runners}
        for model in cache.all_models():
            if model.task in by_task:
                by_task[model.task].append({"id": model.id})
        return JSONResponse(
            {
                task: {"id": task, "label": task, "models": models}
                for task, models in by_task.items()
            }
        )

    async def health(self, request: Request) -> Response:
        device = self.registry.device or "not chosen yet"
        return JSONResponse({"status": "ok", "device": device, "requests": len(self._flags)})


def _hub_info(model: cache.CachedModel) -> dict[str, Any]:
    return {
        "id": model.id,
        "modelId": model.id,
        "sha": model.commit,
        "pipeline_tag": model.task,
        "library_name": model.library,
        "tags": [],
        "private": False,
        "siblings": [{"rfilename": name} for name in model.files],
        "usedStorage": model.size_bytes,
    }


def _has_chat_template(model: cache.CachedModel) -> bool:
    if "chat_template.jinja" in model.files or "chat_template.json" in model.files:
        return True
    try:
        config = json.loads((model.folder / "tokenizer_config.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(config, dict) and bool(config.get("chat_template"))


def _chat_messages(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        raise Failure(400, '"messages": required, a non-empty list')
    messages = []
    for index, message in enumerate(value):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise Failure(400, f"messages[{index}]: expected {{role, content}}")
        content = message.get("content")
        if isinstance(content, list):
            texts = []
            for part in content:
                if not isinstance(part, dict) or part.get("type") != "text":
                    raise Failure(
                        400, f"messages[{index}]: the local engine's chat takes text parts only"
                    )
                texts.append(str(part.get("text", "")))
            content = "".join(texts)
        elif content is None:
            content = ""
        elif not isinstance(content, str):
            raise Failure(400, f"messages[{index}].content: expected text")
        messages.append({"role": message["role"], "content": content})
    return messages


def _chat_parameters(body: dict[str, Any]) -> dict[str, Any]:
    temperature = body.get("temperature")
    params: dict[str, Any] = {
        "max_new_tokens": body.get("max_completion_tokens", body.get("max_tokens")),
        "temperature": temperature,
        "do_sample": isinstance(temperature, int | float) and temperature > 0,
        "top_p": body.get("top_p"),
        "seed": body.get("seed"),
        "stop": body.get("stop"),
    }
    return params


def _usage(result: generation.Generated) -> dict[str, int]:
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.tokens,
        "total_tokens": result.prompt_tokens + result.tokens,
    }


def build_app(engine: Engine, token: str) -> ASGIApp:
    async def failure(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Failure)
        return _error(exc.status, exc.message, **exc.extra)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _error(exc.status_code, str(exc.detail))

    async def gone(request: Request, exc: Exception) -> Response:
        return Response(status_code=499)

    async def crash(request: Request, exc: Exception) -> Response:
        return _error(500, f"the local engine failed: {type(exc).__name__}: {exc}")

    routes = [
        Route("/health", engine.health, methods=["GET"]),
        Route("/v1/models", engine.list_models, methods=["GET"]),
        Route("/v1/chat/completions", engine.chat_route, methods=["POST"]),
        Route("/api/tasks", engine.hub_tasks, methods=["GET"]),
        Route("/api/models", engine.hub_models, methods=["GET"]),
        Route("/api/models/{model_id:path}", engine.hub_model, methods=["GET"]),
        Route("/models/{model_id:path}/v1/chat/completions", engine.chat_route, methods=["POST"]),
        Route("/models/{model_id:path}/pipeline/{task}", engine.task_route, methods=["POST"]),
        Route("/models/{model_id:path}", engine.task_route, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            Failure: failure,
            HTTPException: http_error,
            ClientGone: gone,
            Exception: crash,
        },
    )
    return TokenGate(app, token)
