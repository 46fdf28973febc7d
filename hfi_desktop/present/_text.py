"""Texts: generated text, streams, answers located in a context, entities, conversations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

from . import _shape as shape
from .colors import assign_colours
from .entity_tags import tag_meaning
from .errors import CONTEXT
from .spans import locate
from .types import (
    AnswerSpanPrepared,
    ChatTurn,
    ConversationPrepared,
    EntitiesPrepared,
    LegendEntry,
    Span,
    TextPrepared,
)

if TYPE_CHECKING:
    from .context import ResultContext

TEXT_KEYS = ("generated_text", "summary_text", "translation_text", "text")
TEXT = Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "{shape} or a list of them"),
            shape="{generated_text | summary_text | translation_text | text: string}")
STREAM = Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "{name} events {shape}"),
              name="text_generation_stream", shape="[{token: {text: string, special: bool}, ...}]")
ANSWER = "{answer: string, score: number, start: int, end: int}"
ENTITIES = "[{entity_group: string, score: number, word: string, start: int, end: int}]"
CHAT_REPLY = "{choices: [{message: {content: string}}], usage: {...}}"
CONVERSATION = (
    "{generated_text: string, conversation: {past_user_inputs: [string], "
    "generated_responses: [string]}}"
)


def _text_of(item: Mapping[str, Any]) -> tuple[str, str]:
    for key in TEXT_KEYS:
        if isinstance(item.get(key), str):
            return item[key], key
    shape.fail(TEXT, item)


def text(result: object, context: ResultContext, base: dict[str, Any]) -> TextPrepared:
    if isinstance(result, str):
        return TextPrepared(**base, text=result)
    items = shape.records(result, TEXT)
    if not items:
        shape.fail(TEXT, result)
    pieces = [_text_of(item) for item in items]
    return TextPrepared(**base, text="\n\n".join(piece for piece, _ in pieces), source=pieces[0][1])


def stream(result: object, context: ResultContext, base: dict[str, Any]) -> TextPrepared:
    if isinstance(result, str):
        return TextPrepared(**base, text=result, source="generated_text")
    events = shape.records(result, STREAM)
    parts: list[str] = []
    final: str | None = None
    tokens = 0
    for event in events:
        token = event.get("token")
        if not isinstance(token, Mapping) or not isinstance(token.get("text"), str):
            shape.fail(STREAM, event)
        tokens += 1
        if not token.get("special"):
            parts.append(token["text"])
        if isinstance(event.get("generated_text"), str):
            final = event["generated_text"]
    joined = "".join(parts)
    return TextPrepared(
        **base, text=joined if joined or final is None else final, source="tokens", tokens=tokens
    )


def chat_reply(result: object, context: ResultContext, base: dict[str, Any]) -> TextPrepared:
    """A whole chat completion (a batch's or an arena's one turn): the first choice's text
    (its tool calls by name when it has no text)."""
    choices = result.get("choices") if isinstance(result, Mapping) else None
    choice = choices[0] if isinstance(choices, list) and choices else None
    message = choice.get("message") if isinstance(choice, Mapping) else None
    if not isinstance(message, Mapping):
        shape.fail(CHAT_REPLY, result)
    content = message.get("content")
    if isinstance(content, str) and content:
        return TextPrepared(**base, text=content, source="content")
    calls = message.get("tool_calls")
    names = [str(c.get("function", {}).get("name")) for c in calls
             if isinstance(c, Mapping) and isinstance(c.get("function"), Mapping)] \
        if isinstance(calls, list) else []
    return TextPrepared(**base, text=", ".join(f"{name}()" for name in names),
                        source="tool_calls" if names else "content")


def answer_span(result: object, context: ResultContext, base: dict[str, Any]) -> AnswerSpanPrepared:
    item = shape.first_record(result, ANSWER)
    answer = shape.text(item, "answer", ANSWER)
    score = shape.optional_number(item, "score", ANSWER)
    found = locate(context.text, answer, item.get("start"), item.get("end"))
    span = None
    if found is not None:
        start, end, how = found
        colour = assign_colours(["answer"])["answer"]
        span = Span(start, end, context.text[start:end], "answer", colour, score, how)
    return AnswerSpanPrepared(
        **base,
        context=context.text,
        question=context.question,
        answer=answer,
        score=score,
        span=span,
    )


def entities(result: object, context: ResultContext, base: dict[str, Any]) -> EntitiesPrepared:
    items = shape.records(result, ENTITIES)
    groups = []
    for item in items:
        group = item.get("entity_group", item.get("entity"))
        if not isinstance(group, str):
            shape.fail(ENTITIES, item)
        groups.append(group)
    colours = assign_colours(groups)
    spans: list[Span] = []
    unplaced: list[str] = []
    cursor = 0
    for item, group in zip(items, groups, strict=True):
        word = shape.text(item, "word", ENTITIES)
        score = shape.optional_number(item, "score", ENTITIES)
        found = locate(context.text, word, item.get("start"), item.get("end"), search_from=cursor)
        if found is None:
            unplaced.append(word)
            continue
        start, end, how = found
        if any(start < s.end and s.start < end for s in spans):
            continue  # overlaps an entity already shown (e.g. two readings of one word)
        spans.append(Span(start, end, context.text[start:end], group, colours[group], score, how,
                          meaning=tag_meaning(group)))
        cursor = end
    counts = Counter(groups)
    legend = tuple(LegendEntry(g, colours[g], counts[g], tag_meaning(g)) for g in colours)
    return EntitiesPrepared(
        **base,
        text=context.text,
        spans=tuple(sorted(spans, key=lambda s: s.start)),
        legend=legend,
        unplaced=tuple(unplaced),
    )


def conversation(
    result: object, context: ResultContext, base: dict[str, Any]
) -> ConversationPrepared:
    item = shape.first_record(result, CONVERSATION)
    reply = shape.text(item, "generated_text", CONVERSATION)
    history = item.get("conversation")
    if isinstance(history, Mapping):
        users = history.get("past_user_inputs")
        models = history.get("generated_responses")
        if not (
            isinstance(users, list)
            and isinstance(models, list)
            and all(isinstance(t, str) for t in [*users, *models])
        ):
            shape.fail(CONVERSATION, item)
    else:  # no history in the answer: what was sent, then this reply
        users = [*context.past_user_inputs, context.text] if context.text else []
        models = [*context.generated_responses, reply]
    turns: list[ChatTurn] = []
    for index in range(max(len(users), len(models))):
        if index < len(users):
            turns.append(ChatTurn("user", users[index]))
        if index < len(models):
            turns.append(ChatTurn("model", models[index]))
    if not turns or turns[-1].role != "model" or turns[-1].text != reply:
        turns.append(ChatTurn("model", reply))
    first_new = len(turns) - 1
    if first_new > 0 and turns[first_new - 1].role == "user":
        first_new -= 1
    warnings = item.get("warnings")
    return ConversationPrepared(
        **base,
        turns=tuple(turns),
        first_new=first_new,
        warnings=tuple(w for w in warnings if isinstance(w, str))
        if isinstance(warnings, list)
        else (),
    )
