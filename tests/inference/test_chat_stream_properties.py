"""Chat completion streams over real HTTP (the fake server, chunked bodies cut anywhere): the
chunks come out as they went in, whatever the SSE dressing (``data:`` with or without a space,
LF or CRLF, comments, ``event:`` and ``id:`` lines) and the network reads (splits inside UTF-8
sequences and inside CRLF); ``[DONE]`` ends the stream (what follows is never read); an error
event raises StreamError after the chunks before it; a cut body raises StreamInterruptedError
after the chunks that were complete; ChatStreamAssembler folds the chunks back into one
completion. Then the chat request body and the input checks.

Each example is one streamed call to the fake server (a few ms): ``max_examples`` keeps the
file to a few seconds, ``derandomize`` makes every run (and CI) try the same examples.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import time
from dataclasses import dataclass
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hfi_desktop.inference import (
    ChatStreamAssembler,
    HfInference,
    InferenceError,
    InferenceInputError,
    StreamError,
    StreamInterruptedError,
    image_part,
)
from tests.support.fake_api import FakeInferenceAPI, Respond, Stream, respond_json

CHAT_PATH = "/v1/chat/completions"
MODEL = "org/chat-model"
MESSAGES = [{"role": "user", "content": "hi"}]
EOLS = ("\n", "\r\n")
DONE = "[DONE]"

#: One HTTP call per example: a fixed set of examples, no deadline (a loaded CI machine is
#: slow, not wrong). The fixtures (server, client) are shared by the examples on purpose.
HTTP_PROPERTY = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# -------------------------------------------------------------------------- chunks
#: Text with what breaks naive parsers: newlines, CR, emoji (4-byte UTF-8, ZWJ sequences),
#: U+2028 and NEL (line breaks to str.splitlines, not to SSE), NUL, SSE and JSON look-alikes;
#: and any character now and then. Whole pieces, so that examples are cheap to generate.
AWKWARD = ("\n", "\r\n", "\r", "🙂", "👩‍💻", "é", "☃", "\u2028", "\x85", "\x00", " ", "tok",
           "data: [DONE]\n\n", ": ping", '"}', "\\", "漢字", "\t")
awkward_text = st.lists(st.sampled_from(AWKWARD) | st.characters(exclude_categories=["Cs"]),
                        max_size=4).map("".join)
tool_name = st.from_regex(r"[a-z_][a-z0-9_]{0,11}", fullmatch=True)
json_scalar = st.none() | st.booleans() | st.integers(-1000, 1000) | awkward_text
tool_arguments = st.dictionaries(awkward_text, json_scalar | st.lists(json_scalar, max_size=3),
                                 max_size=3)
FINISH_REASONS = ("stop", "length", "tool_calls", "content_filter")


@dataclass(frozen=True)
class ChatPlan:
    """A generated stream: the chunks, and what ChatStreamAssembler must make of them."""

    chunks: list[dict[str, Any]]
    content: str
    tool_calls: list[dict[str, Any]]
    finish_reason: str | None
    usage: dict[str, int] | None


def chunk(choices: list[dict[str, Any]], *, usage: Any = None, with_usage: bool = False
          ) -> dict[str, Any]:
    out: dict[str, Any] = {"id": "chatcmpl-8f2", "object": "chat.completion.chunk",
                           "created": 1755800000, "model": MODEL, "choices": choices}
    if with_usage or usage is not None:
        out["usage"] = usage
    return out


def choice(delta: dict[str, Any], finish_reason: str | None = None) -> list[dict[str, Any]]:
    return [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]


def split_at(text: str, cuts: list[int]) -> list[str]:
    points = [0, *sorted({c for c in cuts if 0 < c < len(text)}), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(points)]


@st.composite
def chat_plans(draw: st.DrawFn) -> ChatPlan:
    """Text deltas and tool-call deltas (1-3 tools, ``arguments`` split anywhere, indexes
    interleaved, the header with id and name first), an optional role chunk, an optional
    finish reason (on the last delta or a chunk of its own), an optional usage chunk."""
    texts = draw(st.lists(awkward_text, max_size=6), label="texts")
    tools: list[dict[str, Any]] = []
    deltas: dict[str, list[dict[str, Any]]] = {"c": [{"content": t} for t in texts]}
    for index in range(draw(st.sampled_from([0, 0, 1, 2, 3]), label="tools")):
        name = draw(tool_name, label="name")
        ascii_only = draw(st.booleans(), label="arguments ensure_ascii")
        arguments = json.dumps(draw(tool_arguments, label="arguments"), ensure_ascii=ascii_only)
        cuts = draw(st.lists(st.integers(0, len(arguments)), max_size=5), label="argument cuts")
        pieces = split_at(arguments, cuts)
        first = pieces.pop(0) if draw(st.booleans(), label="arguments in the header") else ""
        call_id = f"call_{index}_{name}"
        tools.append({"id": call_id, "type": "function",
                      "function": {"name": name, "arguments": arguments}})
        header = {"index": index, "id": call_id, "type": "function",
                  "function": {"name": name, "arguments": first}}
        deltas[str(index)] = [{"tool_calls": [header]}] + [
            {"tool_calls": [{"index": index, "function": {"arguments": piece}}]}
            for piece in pieces
        ]
    # Interleave the delta sequences, each kept in its own order.
    labels = [label for label, items in deltas.items() for _ in items]
    order = draw(st.permutations(labels), label="interleaving")
    taken = dict.fromkeys(deltas, 0)
    merged = []
    for label in order:
        merged.append(deltas[label][taken[label]])
        taken[label] += 1
    with_usage = draw(st.booleans(), label='"usage": null on every chunk')
    role = draw(st.booleans(), label="role chunk")
    finish = draw(st.none() | st.sampled_from(FINISH_REASONS), label="finish_reason")
    chunks: list[dict[str, Any]] = []
    if role:
        chunks.append(chunk(choice({"role": "assistant", "content": ""}), with_usage=with_usage))
    chunks += [chunk(choice(delta), with_usage=with_usage) for delta in merged]
    if finish is not None:
        if len(chunks) > 0 and draw(st.booleans(), label="finish on the last delta"):
            chunks[-1]["choices"][0]["finish_reason"] = finish
        else:
            chunks.append(chunk(choice({}, finish), with_usage=with_usage))
    usage = None
    if draw(st.booleans(), label="usage chunk"):
        prompt, completion = draw(st.integers(0, 5000)), draw(st.integers(0, 5000))
        usage = {"prompt_tokens": prompt, "completion_tokens": completion,
                 "total_tokens": prompt + completion}
        chunks.append(chunk([], usage=usage))
    return ChatPlan(chunks, "".join(texts), tools, finish, usage)


# ---------------------------------------------------------------------------- wire
@dataclass(frozen=True)
class Dress:
    """How one event is written: spaces after ``data:`` (a second one is part of the value,
    which JSON allows), an ``event:`` and ``id:`` line, a comment and blank lines before."""

    spaces: int
    event: str | None
    id: str | None
    comment: str | None
    blank_lines_before: int


SPACES = (1, 0, 2)
EVENTS = (None, "message", "completion.chunk", "delta")
IDS = (None, "7", "x-9")
COMMENTS = (None, " ping", "", "keep-alive", " 🙂 ok")
BLANKS = (0, 1)


def dress_number(n: int) -> Dress:
    """Each of the dresses from one number (one draw per event: cheap examples)."""
    n, spaces = divmod(n, len(SPACES))
    n, event = divmod(n, len(EVENTS))
    n, id_ = divmod(n, len(IDS))
    n, comment = divmod(n, len(COMMENTS))
    return Dress(SPACES[spaces], EVENTS[event], IDS[id_], COMMENTS[comment], BLANKS[n])


dresses = st.integers(0, len(SPACES) * len(EVENTS) * len(IDS) * len(COMMENTS) * len(BLANKS)
                      - 1).map(dress_number)


@dataclass(frozen=True)
class Body:
    """The bytes sent; ``dispatch[i]``: the length of the shortest prefix that completes
    event i (its blank line begun), None if no blank line follows it."""

    data: bytes
    dispatch: list[int | None]


def serialize(events: list[tuple[str, Dress]], eols: list[str], *, final_blank: bool,
              final_eol: bool) -> Body:
    """Events (their data text and dress) as lines ended by ``eols`` (cycled); the last
    event without its blank line (``final_blank``), even without its line end."""
    out = bytearray()
    dispatch: list[int | None] = []
    count = 0

    def line(text: str) -> int:
        nonlocal count
        eol = eols[count % len(eols)]
        count += 1
        out.extend(text.encode())
        start = len(out)
        out.extend(eol.encode())
        return start

    for i, (data, dress) in enumerate(events):
        if dress.comment is not None:
            line(":" + dress.comment)
        for _ in range(dress.blank_lines_before):
            line("")
        if dress.event is not None:
            line(f"event: {dress.event}")
        line("data:" + " " * dress.spaces + data)
        if dress.id is not None:
            line(f"id: {dress.id}")
        if i < len(events) - 1 or final_blank:
            dispatch.append(line("") + 1)
        else:
            dispatch.append(None)
            if not final_eol:
                out[:] = out.rstrip(b"\r\n")
    return Body(bytes(out), dispatch)


def network_cuts(draw: st.DrawFn, body: bytes) -> list[int]:
    """Where the body is cut into reads: anywhere, and on purpose inside UTF-8 sequences and
    between the CR and LF of a CRLF."""
    if len(body) < 2:
        return []
    cuts = draw(st.lists(st.integers(1, len(body) - 1), max_size=10), label="cuts")
    tricky = [i for i in range(1, len(body))
              if body[i] & 0xC0 == 0x80 or body[i - 1:i + 1] == b"\r\n"]
    if tricky:
        cuts += draw(st.lists(st.sampled_from(tricky), max_size=6), label="tricky cuts")
    return sorted(set(cuts))


def pieces_of(body: bytes, cuts: list[int]) -> list[bytes]:
    """Never an empty piece: in a chunked body, an empty chunk is its end."""
    points = [0, *cuts, len(body)]
    return [body[a:b] for a, b in itertools.pairwise(points) if b > a]


#: How a stream ends: [DONE], the end of the body, an error event (TGI's or OpenAI's).
End = Literal["done", "eof", "tgi-error", "openai-error"]
ENDS: tuple[End, ...] = ("done", "eof", "tgi-error", "openai-error")

def error_event(draw: st.DrawFn, shape: End) -> tuple[dict[str, Any], str, str | None]:
    """An in-stream error, TGI's or OpenAI's shape; with the message and type expected."""
    message = draw(st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=20)
                   .filter(str.strip), label="error message")
    if shape == "tgi-error":
        tgi = draw(st.sampled_from(["validation", "generation", "incomplete_generation",
                                    "overloaded"]))
        return {"error": message, "error_type": tgi}, message, tgi
    kind = draw(st.none() | st.sampled_from(["invalid_request_error", "server_error"]))
    error: dict[str, Any] = {"message": message, "type": kind}
    if draw(st.booleans(), label="with a code"):
        error["code"] = 400
    expected_type = kind if kind else ("400" if "code" in error else None)
    return {"error": error}, message, expected_type


#: What follows [DONE] or an error: must never be read (a chunk, an error, not JSON).
JUNK = [json.dumps(chunk(choice({"content": "JUNK"}))), json.dumps({"error": "after the end"}),
        "not json at all"]


@dataclass(frozen=True)
class WireCase:
    plan: ChatPlan
    delivered: list[dict[str, Any]]  # the chunks the client must hand out
    error: tuple[str, str | None] | None  # the StreamError's message and type
    pieces: list[bytes]
    by_batch: bool


@st.composite
def wire_cases(draw: st.DrawFn, end: End) -> WireCase:
    plan = draw(chat_plans())
    ascii_only = draw(st.booleans(), label="ensure_ascii")
    separators = draw(st.sampled_from([(",", ":"), (", ", ": ")]), label="separators")

    def encode(value: Any) -> str:
        return json.dumps(value, ensure_ascii=ascii_only, separators=separators)

    datas = [encode(c) for c in plan.chunks]
    delivered = plan.chunks
    error = None
    final_blank = final_eol = True
    if end == "done":
        datas.append(DONE)
        if draw(st.booleans(), label="junk after [DONE]"):
            datas += JUNK
        else:
            final_blank = draw(st.booleans(), label="final blank line")
            final_eol = draw(st.booleans(), label="final line end")
    elif end == "eof":
        final_blank = draw(st.booleans(), label="final blank line")
        final_eol = draw(st.booleans(), label="final line end")
    else:
        at = draw(st.integers(0, len(datas)), label="error position")
        event, message, kind = error_event(draw, end)
        datas = [*datas[:at], encode(event), *datas[at:], *JUNK]
        delivered = plan.chunks[:at]
        error = (message, kind)
    dressed = []
    for data in datas:
        dress = draw(dresses, label="dress")
        if data == DONE and dress.spaces > 1:
            dress = Dress(1, dress.event, dress.id, dress.comment, dress.blank_lines_before)
        dressed.append((data, dress))
    eols = draw(st.lists(st.sampled_from(EOLS), min_size=1, max_size=4), label="line ends")
    body = serialize(dressed, eols, final_blank=final_blank, final_eol=final_eol)
    pieces = pieces_of(body.data, network_cuts(draw, body.data))
    by_batch = draw(st.booleans(), label="batches()")
    return WireCase(plan, delivered, error, pieces, by_batch)


# ------------------------------------------------------------------------- helpers
def consume(hf: HfInference, *, by_batch: bool = False
            ) -> tuple[list[dict[str, Any]], InferenceError | None]:
    """The chunks handed out, and the error that ended the stream (None: it just ended)."""
    received: list[dict[str, Any]] = []
    with hf.chat_completion_stream(model=MODEL, messages=MESSAGES) as stream:
        try:
            if by_batch:
                for batch in stream.batches():
                    assert batch
                    received.extend(batch)
            else:
                received.extend(stream)
        except InferenceError as exc:
            return received, exc
    return received, None


def serve(api: FakeInferenceAPI, reply: Stream) -> None:
    api.reset_program(CHAT_PATH)
    api.program(CHAT_PATH, reply, times=1)


def assert_assembled(plan: ChatPlan, chunks: list[dict[str, Any]]) -> None:
    assembler = ChatStreamAssembler().add_all(chunks)
    assert assembler.content == plan.content
    assert assembler.tool_calls == plan.tool_calls
    assert assembler.finish_reason == plan.finish_reason
    assert assembler.usage == plan.usage
    assert assembler.truncated is (plan.finish_reason is None)
    message: dict[str, Any] = {"role": "assistant", "content": plan.content}
    if plan.tool_calls:
        message["tool_calls"] = plan.tool_calls
    completion = assembler.completion()
    assert completion["choices"] == [
        {"index": 0, "message": message, "finish_reason": plan.finish_reason}]
    assert (completion["id"], completion["model"]) == (
        ("chatcmpl-8f2", MODEL) if chunks else (None, None))
    assert completion.get("usage") == plan.usage


# ------------------------------------------------------------------------ properties
@pytest.mark.parametrize("end", ENDS)  # each end its share of the few examples
@settings(HTTP_PROPERTY, max_examples=15)
@given(data=st.data())
def test_chunks_come_out_as_sent(hf: HfInference, fake_api: FakeInferenceAPI, end: End,
                                 data: st.DataObject) -> None:
    """Every chunk before the end, in order, nothing after [DONE] or the error; an error
    event raises StreamError (message, type) once the chunks before it are handed out."""
    case = data.draw(wire_cases(end), label="case")
    serve(fake_api, Stream(case.pieces))
    received, error = consume(hf, by_batch=case.by_batch)
    assert received == case.delivered
    if case.error is None:
        assert error is None
        assert_assembled(case.plan, received)
    else:
        assert isinstance(error, StreamError), error
        assert (error.message, error.error_type) == case.error


@settings(max_examples=80, deadline=None, derandomize=True)
@given(plan=chat_plans())
def test_assembler_folds_the_chunks(plan: ChatPlan) -> None:
    """Without HTTP, more plans: content, tool calls per index, finish reason, usage,
    truncated iff no finish reason; the text so far readable after every chunk."""
    assert_assembled(plan, plan.chunks)
    assembler = ChatStreamAssembler()
    so_far = ""
    for item in plan.chunks:
        assembler.add(item)
        so_far += "".join(c["delta"].get("content") or "" for c in item["choices"])
        assert assembler.content == so_far


def test_assembling_a_long_stream_takes_linear_time() -> None:
    """50,000 chunks in well under a second (joining all the text at every chunk: 15 s)."""
    chunks = [chunk(choice({"content": "tok "}))] * 50_000
    assembler = ChatStreamAssembler()
    start = time.thread_time()  # CPU time: a loaded machine does not stretch it
    assembler.add_all(chunks)
    elapsed = time.thread_time() - start
    assert assembler.content == "tok " * 50_000
    assert elapsed < 3.0, elapsed


@st.composite
def cut_bodies(draw: st.DrawFn) -> tuple[list[dict[str, Any]], Body, int, list[bytes]]:
    """A stream without [DONE], and a cut: the first ``cut`` bytes arrive, then nothing."""
    plan = draw(chat_plans())
    ascii_only = draw(st.booleans(), label="ensure_ascii")
    datas = [json.dumps(c, ensure_ascii=ascii_only) for c in plan.chunks]
    dressed = [(data, draw(dresses, label="dress")) for data in datas]
    eols = draw(st.lists(st.sampled_from(EOLS), min_size=1, max_size=4), label="line ends")
    body = serialize(dressed, eols, final_blank=True, final_eol=True)
    assume(len(body.data) >= 2)
    cut = draw(st.integers(1, max(1, len(body.data) - 1)), label="cut")
    cuts = sorted({c for c in network_cuts(draw, body.data) if c < cut} | {cut})
    return plan.chunks, body, cut, pieces_of(body.data[:cut], cuts)


@HTTP_PROPERTY
@given(case=cut_bodies(), by_batch=st.booleans())
def test_a_cut_chunked_body_is_an_interruption(
    hf: HfInference, fake_api: FakeInferenceAPI,
    case: tuple[list[dict[str, Any]], Body, int, list[bytes]], by_batch: bool
) -> None:
    """The connection drops mid-body (chunked, so the transport sees it): the chunks whose
    blank line arrived are handed out, then StreamInterruptedError."""
    chunks, body, cut, pieces = case
    serve(fake_api, Stream(pieces, cut_after=len(pieces)))
    received, error = consume(hf, by_batch=by_batch)
    assert received == [c for c, at in zip(chunks, body.dispatch, strict=True)
                        if at is not None and at <= cut]
    assert isinstance(error, StreamInterruptedError), error


@HTTP_PROPERTY
@given(case=cut_bodies(), by_batch=st.booleans())
def test_a_cut_close_delimited_body_ends_or_is_an_interruption(
    hf: HfInference, fake_api: FakeInferenceAPI,
    case: tuple[list[dict[str, Any]], Body, int, list[bytes]], by_batch: bool
) -> None:
    """A body delimited by the connection's close: a cut is a clean end to the transport.
    The complete chunks are handed out (and one whose data line arrived whole); an event
    the body ends in the middle of is an interruption, never "not JSON"."""
    chunks, body, cut, pieces = case
    serve(fake_api, Stream(pieces, framing="close"))
    received, error = consume(hf, by_batch=by_batch)
    complete = [c for c, at in zip(chunks, body.dispatch, strict=True)
                if at is not None and at <= cut]
    assert received[: len(complete)] == complete
    assert received == chunks[: len(received)]
    assert len(received) <= len(complete) + 1
    assert error is None or isinstance(error, StreamInterruptedError), error


# ---------------------------------------------------------------- plain stream tests
def simple_chunks() -> list[dict[str, Any]]:
    return [chunk(choice({"role": "assistant", "content": "A 🙂"})),
            chunk(choice({"content": " cat\r\n."}, "stop")),
            chunk([], usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5})]


def test_one_byte_per_read(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    body = b"".join(
        f"data: {json.dumps(c, ensure_ascii=False)}\r\n\r\n".encode() for c in simple_chunks()
    ) + b"data: [DONE]\r\n\r\n"
    serve(fake_api, Stream([body[i:i + 1] for i in range(len(body))]))
    received, error = consume(hf)
    assert (received, error) == (simple_chunks(), None)
    assert ChatStreamAssembler().add_all(received).content == "A 🙂 cat\r\n."


def test_the_body_after_done_is_not_read(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    """[DONE], then an endless trickle: the stream ends at [DONE] at once."""
    frames = [f"data: {json.dumps(c)}\n\n".encode() for c in simple_chunks()]
    frames += [b"data: [DONE]\n\n", *[b": more\n\n"] * 200]
    serve(fake_api, Stream(frames, delay_s=0.05))
    with hf.chat_completion_stream(model=MODEL, messages=MESSAGES) as stream:
        assert list(stream) == simple_chunks()


def test_an_error_key_set_to_null_is_not_an_error(hf: HfInference,
                                                  fake_api: FakeInferenceAPI) -> None:
    """``"error": null`` in a chunk is a chunk (huggingface_hub: ``get("error") is not
    None``), not a StreamError "None"."""
    chunks = [{**c, "error": None} for c in simple_chunks()]
    serve(fake_api, Stream([f"data: {json.dumps(c)}\n\n".encode() for c in chunks]))
    assert consume(hf) == (chunks, None)


@pytest.mark.parametrize("tail", [b'data: {"id":"chatcmpl-8f2","choi', b"data: [DO", b"data"],
                         ids=["mid-json", "mid-done", "empty-data"])
def test_close_delimited_body_ending_mid_event(hf: HfInference, fake_api: FakeInferenceAPI,
                                               tail: bytes) -> None:
    frames = [f"data: {json.dumps(c)}\n\n".encode() for c in simple_chunks()[:2]]
    serve(fake_api, Stream([*frames, tail], framing="close"))
    received, error = consume(hf)
    assert received == simple_chunks()[:2]
    assert isinstance(error, StreamInterruptedError), error


@pytest.mark.parametrize("tail", [b"", b"\n", b"\r\n", b"\n: ping\r\n"],
                         ids=["no-eol", "lf", "crlf", "comment"])
def test_close_delimited_body_ending_after_a_whole_data_line(
    hf: HfInference, fake_api: FakeInferenceAPI, tail: bytes
) -> None:
    """The last event's data line arrived whole (no blank line): it is handed out; no
    [DONE] and no finish reason: a normal end, the completion flagged truncated."""
    chunks = simple_chunks()[:1]
    frames = [f"data: {json.dumps(chunks[0])}".encode() + tail]
    serve(fake_api, Stream(frames, framing="close"))
    received, error = consume(hf)
    assert (received, error) == (chunks, None)
    assert ChatStreamAssembler().add_all(received).truncated


def test_the_benchmark_chat_body(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    """bench/client_overhead.py's prebuilt body, served whole: every chunk, then [DONE]."""
    from tests.support.sse import chat_chunk, chat_stream_body

    fake_api.program(CHAT_PATH, Respond(200, chat_stream_body(300), "text/event-stream"),
                     times=1)
    received, error = consume(hf)
    assert (received, error) == ([chat_chunk("tok")] * 300, None)
    assembler = ChatStreamAssembler().add_all(received)
    assert (assembler.content, assembler.truncated) == ("tok" * 300, True)


def test_stream_request(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    serve(fake_api, Stream([b"data: [DONE]\n\n"]))
    with hf.chat_completion_stream(model=MODEL, messages=MESSAGES, max_tokens=4,
                                   stream_options={"include_usage": True}) as stream:
        assert list(stream) == []
    request = fake_api.requests_to(CHAT_PATH)[-1]
    assert request.header("accept") == "text/event-stream"
    assert request.json() == {"model": MODEL, "messages": MESSAGES, "max_tokens": 4,
                              "stream_options": {"include_usage": True}, "stream": True}


# ------------------------------------------------------------- request body, inputs
def completion() -> dict[str, Any]:
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": MODEL,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "A cat."}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}


def test_body_model_first_keys_as_given(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(CHAT_PATH, respond_json(completion()), times=1)
    tools = [{"type": "function", "function": {"name": "f", "description": "d",
                                               "parameters": {"type": "object"}}}]
    response_format = {"type": "json_schema",
                       "json_schema": {"name": "x", "schema": {"type": "object"}}}
    result = hf.chat_completion(messages=MESSAGES, model=MODEL, max_tokens=256, tools=tools,
                                temperature=None, response_format=response_format, seed=7,
                                top_p=None, tool_choice="auto")
    assert result == completion()
    raw = fake_api.requests_to(CHAT_PATH)[-1].body
    assert raw.startswith(b'{"model":')
    pairs = json.loads(raw, object_pairs_hook=lambda kv: kv)
    assert [key for key, _ in pairs] == ["model", "messages", "max_tokens", "tools",
                                         "response_format", "seed", "tool_choice", "stream"]
    assert json.loads(raw) == {"model": MODEL, "messages": MESSAGES, "max_tokens": 256,
                               "tools": tools, "response_format": response_format,
                               "seed": 7, "tool_choice": "auto", "stream": False}


@pytest.mark.parametrize("body", [
    {"max_tokens": object()},
    {"response_format": {"type": "json_object", "schema": {1, 2}}},
    {"tools": [{"type": "function", "function": {"name": "f", "parameters": b"{}"}}]},
    {"temperature": float("nan")},
], ids=["object", "set", "bytes", "nan"])
@pytest.mark.parametrize("streamed", [False, True], ids=["call", "stream"])
def test_a_body_that_is_not_json_is_refused_before_sending(
    hf: HfInference, fake_api: FakeInferenceAPI, body: dict[str, Any], streamed: bool
) -> None:
    call = hf.chat_completion_stream if streamed else hf.chat_completion
    with pytest.raises(InferenceInputError):
        call(messages=MESSAGES, model=MODEL, **body)
    assert fake_api.requests_to(CHAT_PATH) == []


OK = {"role": "user", "content": "hi"}


@pytest.mark.parametrize(("messages", "argument"), [
    ([], "messages"),
    ("hi", "messages"),
    (["hi"], "messages[0]"),
    ([{"content": "x"}], "messages[0].role"),
    ([OK, {"role": "robot", "content": "x"}], "messages[1].role"),
    ([OK, OK, {"role": "user", "content": 42}], "messages[2].content"),
    ([{"role": "user", "content": {"type": "text", "text": "x"}}], "messages[0].content"),
    ([OK, {"role": "user"}], "messages[1].content"),
    ([OK, {"role": "user", "content": [{"type": "text", "text": "What is it?"},
                                       {"type": "image_url",
                                        "image_url": {"url": "ftp://host/cat.png"}}]}],
     "messages[1].content[1].image_url.url"),
    ([{"role": "user", "content": [{"type": "text", "text": 3}]}], "messages[0].content[0]"),
])
@pytest.mark.parametrize("streamed", [False, True], ids=["call", "stream"])
def test_bad_messages_name_the_message(hf: HfInference, fake_api: FakeInferenceAPI,
                                       messages: Any, argument: str, streamed: bool) -> None:
    call = hf.chat_completion_stream if streamed else hf.chat_completion
    with pytest.raises(InferenceInputError) as info:
        call(messages=messages, model=MODEL)
    assert info.value.argument.startswith(argument), info.value.argument
    assert fake_api.requests_to(CHAT_PATH) == []


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (3, 2), (10, 200, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_image_part_is_a_png_data_url(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    png = png_bytes()
    part = image_part(png, detail="low")
    url = part["image_url"]["url"]
    assert part == {"type": "image_url", "image_url": {"url": url, "detail": "low"}}
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.removeprefix("data:image/png;base64,")) == png
    fake_api.program(CHAT_PATH, respond_json(completion()), times=1)
    messages = [{"role": "user", "content": [{"type": "text", "text": "What is it?"}, part]}]
    hf.chat_completion(messages=messages, model=MODEL)
    assert fake_api.requests_to(CHAT_PATH)[-1].json()["messages"] == messages
    with pytest.raises(InferenceInputError):
        image_part(b"GIF? no, text")


def test_a_completion_without_choices_is_an_output_error(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    from hfi_desktop.inference import InferenceOutputError

    fake_api.program(CHAT_PATH, Respond(200, b'{"id": "x"}'), times=1)
    with pytest.raises(InferenceOutputError):
        hf.chat_completion(messages=MESSAGES, model=MODEL)
