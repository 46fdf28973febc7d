"""Crash scenario "stream": two runs to completion, then a slow stream; the test kills the
process once some of the stream's text is in the history.

Markers: ``DONE <run id>`` for each finished run (recorded: the history flushed), then
``STREAMING <run id>`` once the history holds part of the stream's text. Then it waits to
be killed.
"""

from __future__ import annotations

import asyncio

from tests.ui.pages import fill_first_example, run_page

from .app_child import App, say


async def run(app: App) -> None:
    text_page = app.window.show_task("text-classification")
    text_page.inputs["inputs"].set_value("I like you. I love you.")
    image_page = app.window.show_task("image-classification")
    await fill_first_example(image_page)
    for page in (text_page, image_page):
        state = await run_page(page)
        assert state == "done", state
        await app.history.flush()
        assert page.last_run is not None
        say(f"DONE {page.last_run.id}")

    stream_page = app.window.show_task("text-generation-stream")
    stream_page.inputs["inputs"].set_value("Tell me a long story")
    stream_page.run()
    run_ = stream_page.last_run
    assert run_ is not None
    while True:
        await asyncio.sleep(0.05)
        record = await app.history.get(run_.id)
        if record is not None and record.text:
            say(f"STREAMING {run_.id}")
            break
    await asyncio.sleep(60)  # until killed
