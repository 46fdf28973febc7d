"""How generated text is handed out in pieces: the pieces always join to the final text."""

from __future__ import annotations

from hfi_desktop.engine.tasks.generation import StreamedText


def pieces(decoded: list[str], stops: tuple[str, ...] = ()) -> tuple[list[str], StreamedText]:
    text = StreamedText(stops)
    out = [text.update(value) for value in decoded]
    out.append(text.finish())
    return out, text


def test_pieces_are_what_each_token_adds() -> None:
    out, text = pieces(["Hel", "Hello", "Hello wor", "Hello world"])
    assert out == ["Hel", "lo", " wor", "ld", ""]
    assert text.emitted == "Hello world"


def test_half_a_character_waits_for_the_rest() -> None:
    out, _ = pieces(["caf", "caf\ufffd", "café"])
    assert out == ["caf", "", "é", ""]


def test_a_stop_string_ends_the_text_and_is_left_out() -> None:
    out, text = pieces(["one", "one\nUs", "one\nUser: hi"], stops=("\nUser:",))
    assert "".join(out) == text.emitted == "one"
    assert text.stopped


def test_text_that_may_begin_a_stop_string_is_held_then_given() -> None:
    out, text = pieces(["a", "a\nU", "a\nUp"], stops=("\nUser:",))
    assert out == ["a", "", "\nUp", ""]
    out, text = pieces(["a", "a\nU"], stops=("\nUser:",))
    assert out == ["a", "", "\nU"]  # generation ended: what was held is given
    assert not text.stopped
