"""The arena, driven as a user does: a page's "Arena…" button, a round whose names are
hidden, a vote by click or by key, the names and latencies revealed, the vote kept in the
data folder; the leaderboard with the votes behind a model, exported as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.arena import Verdict
from hfi_desktop.storage.arena_votes import ArenaVotes
from hfi_desktop.ui.arena import ArenaWindow
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.viewers import ImageView
from tests.support.fake_api import FakeInferenceAPI, respond_error, respond_json
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.compare.helpers import choose_file
from tests.ui.pages import fill_first_example

from .helpers import ONE, TASK, TWO, answered, open_arena, play, program_models, voted_leaderboard


def stored(folder: Path) -> list:
    store = ArenaVotes.open(folder)
    try:
        return store.votes(TASK)
    finally:
        store.close()




def test_a_blind_round_voted_by_click_then_revealed_and_kept(
        window: MainWindow, fake_api: FakeInferenceAPI, qtbot: QtBot, run_async: RunAsync,
        data_folder: Path) -> None:
    program_models(fake_api)

    async def scenario() -> None:
        view = await open_arena(window, qtbot, "org/one\norg/two")
        assert view.pool() == [ONE, TWO]
        assert not any(b.isEnabled() for b in view.vote_buttons.values()), "nothing to vote on"
        pair = await play(view, qtbot)
        assert {pair.a, pair.b} == {ONE, TWO}
        # names hidden: the letters only, the tabs that name the model disabled
        assert (view.side_a.title.text(), view.side_b.title.text()) == ("A", "B")
        for side in (view.side_a, view.side_b):
            assert not side.panel.tabs.isTabEnabled(2) and not side.panel.tabs.isTabEnabled(1)
            assert "org/" not in side.status.label.text()
            # nor the answer's size (a chat reply's carries the model's name): after the vote
            assert "bytes" not in side.status.label.text()
            assert side.status.label.text().startswith("Finished")
        assert "org/" not in view.reveal_label.text()
        assert all(b.isEnabled() for b in view.vote_buttons.values())
        requests = {m: len(fake_api.requests_to(f"/models/{m}")) for m in ("org/one", "org/two")}
        assert requests == {"org/one": 1, "org/two": 1}, "both answered the same input"

        qtbot.mouseClick(view.vote_buttons[Verdict.A], Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.last_vote is not None)
        assert view.side_a.title.text().startswith(f"A: {pair.a.label()} · ")
        assert view.side_a.title.text().endswith(" s")
        assert all("HTTP 200" in side.status.label.text() and "bytes" in side.status.label.text()
                   for side in (view.side_a, view.side_b)), "the figures once names are shown"
        assert view.side_b.title.text().startswith(f"B: {pair.b.label()} · ")
        assert view.side_a.panel.tabs.isTabEnabled(2)
        assert f"You voted A: <b>{pair.a.label()}</b>" in view.reveal_label.text()
        assert not any(b.isEnabled() for b in view.vote_buttons.values()), "one vote a round"
        assert view.round_button.text() == "Next round"

        (vote,) = stored(data_folder)
        assert (vote.pair, vote.verdict, vote.task_id) == (pair, Verdict.A, TASK)
        assert vote.latency_a_s is not None and vote.latency_a_s > 0
        assert vote.inputs == {"inputs": window.pages[TASK].form().values["inputs"]}
        assert "“" in vote.input_summary

    run_async(scenario(), timeout=60)


def test_votes_by_key_with_a_note_and_the_next_round(
        window: MainWindow, fake_api: FakeInferenceAPI, qtbot: QtBot, run_async: RunAsync,
        data_folder: Path) -> None:
    program_models(fake_api)

    async def scenario() -> None:
        view = await open_arena(window, qtbot, "org/one\norg/two")
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await answered(view)
        first = view.pair
        view.note_edit.setFocus()
        qtbot.keyClicks(view.note_edit, "B reads the tone better")
        qtbot.keyClick(view.note_edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: view.last_vote is not None)
        assert view.last_vote is not None and view.last_vote.verdict is Verdict.B
        assert view.last_vote.note == "B reads the tone better"
        assert view.side_b.title.text().startswith("B: org/")

        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: view.side_a.title.text() == "A")
        assert view.note_edit.text() == "", "a new round, a new note"
        await answered(view)
        qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: len(stored(data_folder)) == 2)
        votes = stored(data_folder)
        assert [v.verdict for v in votes] == [Verdict.B, Verdict.BOTH_BAD]
        assert votes[0].pair == first and votes[0].note == "B reads the tone better"
        await wait_until(lambda: not view.running_tasks())

    run_async(scenario(), timeout=60)


def test_a_pool_of_one_model_says_why(window: MainWindow, qtbot: QtBot,
                                      run_async: RunAsync) -> None:
    async def scenario() -> None:
        view = await open_arena(window, qtbot, "org/one")
        qtbot.mouseClick(view.round_button, Qt.MouseButton.LeftButton)
        assert "two different models" in view.message.message()
        assert view.pair is None

    run_async(scenario(), timeout=30)


def test_tools_arena_without_a_page_says_what_to_do(window: MainWindow) -> None:
    window.arena.arena_action.trigger()
    assert window.arena.views == []
    assert "Choose a task" in window.statusBar().currentMessage()


def test_the_leaderboard_lists_ratings_and_the_votes_behind_them_and_exports_csv(
        window: MainWindow, fake_api: FakeInferenceAPI, qtbot: QtBot, run_async: RunAsync,
        tmp_path: Path) -> None:
    program_models(fake_api)

    dialog = run_async(voted_leaderboard(window, qtbot, 3), timeout=90)
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(2)] == ["org/one", "org/two"]
    assert [table.item(r, 3).text() for r in range(2)] == ["3", "3"]
    assert [table.item(r, 4).text() for r in range(2)] == ["3", "0"]
    assert float(table.item(0, 1).text()) > float(table.item(1, 1).text())
    assert " to " in table.item(0, 2).text()
    # select org/two: its votes are listed
    rect = table.visualItemRect(table.item(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected() is not None and dialog.selected().target == TWO
    assert dialog.vote_table.rowCount() == 3 and "org/two: 3" in dialog.votes_label.text()
    votes = dialog.vote_table
    qtbot.mouseClick(votes.viewport(), Qt.MouseButton.LeftButton,
                     pos=votes.visualItemRect(votes.item(0, 4)).center())
    text = window.pages[TASK].form().values["inputs"]
    assert dialog.vote_detail.text().startswith(f"inputs: {text}\nA: ")

    async def export() -> None:
        qtbot.mouseClick(dialog.export_board_button, Qt.MouseButton.LeftButton)
        await choose_file(dialog, tmp_path, "board.csv", dialog_name="arenaCsvDialog")
        await wait_until(lambda: (tmp_path / "board.csv").is_file())
        await wait_until(lambda: "Saved as board.csv" in dialog.message.message())

    run_async(export(), timeout=30)
    rows = list(csv.reader((tmp_path / "board.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["rank", "model", "provider", "rating"]
    assert [(r[1], r[6], r[7]) for r in rows[1:]] == [("org/one", "3", "3"),
                                                      ("org/two", "3", "0")]


def test_a_side_that_fails_can_be_voted_against_and_has_no_latency(
        window: MainWindow, fake_api: FakeInferenceAPI, qtbot: QtBot, run_async: RunAsync,
        data_folder: Path) -> None:
    program_models(fake_api)
    fake_api.reset_program("/models/org/two")
    fake_api.program("/models/org/two", respond_error(500, "internal failure"))

    async def scenario() -> None:
        view = await open_arena(window, qtbot, "org/one\norg/two")
        pair = await play(view, qtbot)
        failed = view.side_a if pair.a == TWO else view.side_b
        assert failed.latency_s() is None and failed.panel.error_box.isVisibleTo(failed)
        better = Verdict.B if pair.a == TWO else Verdict.A
        qtbot.mouseClick(view.vote_buttons[better], Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.last_vote is not None)
        assert failed.title.text().endswith("org/two · no answer")
        await wait_until(lambda: not view.running_tasks())

    run_async(scenario(), timeout=60)
    (vote,) = stored(data_folder)
    latencies = {vote.pair.a: vote.latency_a_s, vote.pair.b: vote.latency_b_s}
    assert latencies[TWO] is None and latencies[ONE] is not None


def test_boxes_show_on_both_sides(window: MainWindow, fake_api: FakeInferenceAPI,
                                  qtbot: QtBot, run_async: RunAsync) -> None:
    for model, labels in (("org/one", ["cat"]), ("org/two", ["dog", "cat"])):
        fake_api.program(f"/models/{model}", respond_json([
            {"score": 0.9, "label": label, "box": {"xmin": 5, "ymin": 5, "xmax": 60, "ymax": 50}}
            for label in labels]))

    async def scenario() -> None:
        page = window.show_task("object-detection")
        await fill_first_example(page)
        view = window.arena.arena(page)
        view.pool_edit.setPlainText("org/one\norg/two")
        await play(view, qtbot)
        for side in (view.side_a, view.side_b):
            viewer = side.panel.viewer
            assert viewer is not None
            assert any(image.has_image() for image in viewer.findChildren(ImageView))
        await wait_until(lambda: not view.running_tasks())

    run_async(scenario(), timeout=60)


def test_closing_everything_keeps_the_vote_then_closes_the_store(
        window: MainWindow, fake_api: FakeInferenceAPI, qtbot: QtBot, run_async: RunAsync,
        data_folder: Path) -> None:
    program_models(fake_api)

    async def scenario() -> ArenaWindow:
        view = await open_arena(window, qtbot, "org/one\norg/two")
        await play(view, qtbot)
        qtbot.mouseClick(view.vote_buttons[Verdict.TIE], Qt.MouseButton.LeftButton)
        window.arena.close_all()  # as the main window's close does, while the vote is kept
        assert not window.arena.views
        await wait_until(lambda: view.last_vote is not None)
        return view

    run_async(scenario(), timeout=60)
    assert [v.verdict for v in stored(data_folder)] == [Verdict.TIE], "the vote was kept"
