"""The arena's votes on disk: a round trip with text and file inputs, per task, reopened;
CSV exports of the leaderboard and the votes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hfi_desktop.arena import Pair, Target, Verdict, Vote
from hfi_desktop.arena.ratings import leaderboard
from hfi_desktop.catalog import FileValue
from hfi_desktop.storage.arena_votes import (
    ARENA_DB_NAME,
    LEADERBOARD_HEADER,
    VOTES_HEADER,
    ArenaVotes,
    leaderboard_csv,
    votes_csv,
    write_csv,
)

ONE, TWO = Target("org/one"), Target("org/two", "together")
PNG = b"\x89PNG\r\n\x1a\n" + b"pixels" * 10


def test_votes_round_trip_with_their_inputs(tmp_path: Path) -> None:
    store = ArenaVotes.open(tmp_path)
    image = FileValue("cat.png", PNG, "image/png", "/somewhere/cat.png")
    kept = store.add(Vote("image-classification", Pair(ONE, TWO), Verdict.B, "cat.png",
                          note="B saw the cat", latency_a_s=0.25, latency_b_s=1.5,
                          inputs={"image": image}, parameters={"top_k": 3}))
    store.add(Vote("text-generation", Pair(TWO, ONE), Verdict.TIE, "“Hello”",
                   inputs={"inputs": "Hello"}))
    store.close()

    again = ArenaVotes.open(tmp_path)
    assert (tmp_path / ARENA_DB_NAME).is_file()
    assert again.tasks() == ["image-classification", "text-generation"]
    (vote,) = again.votes("image-classification")
    assert vote == kept and vote.id is not None
    assert (vote.pair, vote.verdict, vote.note, vote.latency_a_s, vote.latency_b_s) == \
        (Pair(ONE, TWO), Verdict.B, "B saw the cat", 0.25, 1.5)
    assert vote.parameters == {"top_k": 3}
    reference = vote.inputs["image"]
    assert reference["name"] == "cat.png" and reference["mime"] == "image/png"
    assert again.file(reference) == PNG, "the file's bytes are kept beside the votes"
    (text_vote,) = again.votes("text-generation")
    assert text_vote.inputs == {"inputs": "Hello"}, "text inputs are kept as text"
    assert len(again.votes()) == 2
    again.close()


def test_csv_exports(tmp_path: Path) -> None:
    votes = [Vote("t", Pair(ONE, TWO), Verdict.A, "“Hi, there”", note='said "hi"', time=1e9,
                  latency_a_s=0.5, id=1),
             Vote("t", Pair(TWO, ONE), Verdict.BOTH_BAD, "x", time=1e9 + 1, id=2)]
    board = list(csv.reader(io.StringIO(leaderboard_csv(leaderboard(votes, rounds=10)))))
    assert tuple(board[0]) == LEADERBOARD_HEADER
    assert [row[1:3] for row in board[1:]] == [["org/one", ""], ["org/two", "together"]]
    assert [row[6:] for row in board[1:]] == [["2", "1", "0", "0", "1"],
                                             ["2", "0", "0", "1", "1"]]
    rows = list(csv.reader(io.StringIO(votes_csv(votes))))
    assert tuple(rows[0]) == VOTES_HEADER
    assert rows[1] == ["1", "2001-09-09T01:46:40Z", "t", "org/one", "", "org/two", "together",
                       "a", "org/one", "0.500", "", "“Hi, there”", 'said "hi"']
    assert rows[2][7:9] == ["both_bad", "both bad"]
    path = write_csv(tmp_path / "votes.csv", votes_csv(votes))
    assert path.read_text("utf-8-sig") == votes_csv(votes)
