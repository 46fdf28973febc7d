"""A chat compared across models, as Markdown: the question (system prompt, the messages
before, the message asked), then each answer under its model with its figures."""

from __future__ import annotations

from hfi_desktop.chat import ChatMessage, ChatThread, ReplyStats, comparison_markdown
from hfi_desktop.runs import RunState


def test_the_question_then_each_answer_with_its_figures() -> None:
    question = ChatThread(system="Be brief.")
    question.append(ChatMessage("user", "hello"))
    question.append(ChatMessage("assistant", "Hi!", model="m/one"))
    question.append(ChatMessage("user", "compare me"))
    answers = [
        ChatMessage("assistant", "One says this.", model="m/one",
                    stats=ReplyStats(ttft_s=0.25, completion_tokens=4, prompt_tokens=9,
                                     generating_s=0.5, provider="groq", cost_usd=0.00012)),
        ChatMessage("assistant", "Two says th", model="m/two", state=RunState.CANCELLED),
    ]
    text = comparison_markdown(question, answers, image_link=lambda image: image.name)
    asked, answered = text.split("## The answers")
    assert asked.startswith("# hello — compared\n")
    assert "`m/one`, `m/two`" in asked
    assert "> **System:** Be brief." in asked
    assert asked.index("hello") < asked.index("Hi!") < asked.index("compare me")
    assert answered.index("### m/one") < answered.index("One says this.") \
        < answered.index("### m/two") < answered.index("Two says th")
    assert ("0.25 s to first token · 8.0 tokens/s · 4 tokens (9 in) · $0.00012 · via groq"
            in answered)
    assert "stopped — partial reply" in answered
