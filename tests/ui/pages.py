"""Driving a task page from a test: fill it, run it, wait for the outcome."""

from __future__ import annotations

from hfi_desktop.catalog.model import Example, Group, InputField, InputKind, OutputKind, TaskSpec
from hfi_desktop.ui.task_page import TaskPage
from tests.support.qt_async import wait_until

FILE_KINDS = (InputKind.IMAGE, InputKind.AUDIO, InputKind.FILE)


async def fill_first_example(page: TaskPage) -> None:
    """The first example, with its files loaded (the zones load them in workers)."""
    example = page.spec.examples[0]
    page.fill_example(example)
    files = [f.key for f in page.spec.inputs
             if f.kind in FILE_KINDS and example.values.get(f.key) is not None]
    await wait_until(lambda: all(page.inputs[key].value() is not None for key in files),
                     timeout=10)


async def run_page(page: TaskPage, timeout: float = 10.0) -> str:
    """Press Run; the state the run finished in ("done", "error", "cancelled")."""
    states: list[str] = []
    page.run_finished.connect(states.append)
    page.run()
    await wait_until(lambda: states, timeout=timeout)
    page.run_finished.disconnect(states.append)
    return states[0]


def chat_spec() -> TaskSpec:
    """A chat task (chat_completion, messages as JSON), for pages that need one beside the
    catalog's (the Chat page of the application is a page of its own)."""
    return TaskSpec(
        "chat", "chat_completion", "Chat", Group.NATURAL_LANGUAGE, "conversational.svg",
        "Chat with today's models.",
        (InputField("messages", InputKind.JSON, "Messages"),), (), OutputKind.RAW,
        "openai/gpt-oss-120b",
        (Example("Hi", {"messages": '[{"role": "user", "content": "Say hi"}]'}),))
