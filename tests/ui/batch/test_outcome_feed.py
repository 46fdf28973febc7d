"""Outcomes gathered per tick: 600 pushed at once reach the window as one delivery."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hfi_desktop.ui.batch.outcome_feed import OutcomeFeed


def test_outcomes_pushed_within_a_tick_are_delivered_together(qtbot: QtBot) -> None:
    feed = OutcomeFeed(tick_ms=50)
    deliveries: list[list[object]] = []
    feed.delivered.connect(deliveries.append)
    with qtbot.waitSignal(feed.delivered, timeout=5000):
        for number in range(600):
            feed.push(number)
    assert deliveries == [list(range(600))]
    feed.push("late")
    feed.flush()  # the batch ended: at once
    assert deliveries[-1] == ["late"]
    feed.flush()
    assert len(deliveries) == 2, "nothing gathered: nothing delivered"
