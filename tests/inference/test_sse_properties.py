"""SSEDecoder against the WHATWG event-stream format: whatever the line endings, comments,
keep-alives and chunk boundaries, the events come out as they went in."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import example, given
from hypothesis import strategies as st

from hfi_desktop.inference._sse import SSEDecoder, SSEEvent

EOLS = ("\n", "\r", "\r\n")
# Any text but line breaks; non-ASCII on purpose (chunks may split a UTF-8 sequence).
line_text = st.text(st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]),
                    max_size=12)
name_text = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz-_"), min_size=1, max_size=8)
id_text = st.text(st.characters(blacklist_characters="\r\n\x00", blacklist_categories=["Cs"]),
                  min_size=1, max_size=8)


@dataclass(frozen=True)
class Sent:
    """An event as written: the fields, plus how it is dressed on the wire."""

    event: str | None
    data_lines: tuple[str, ...]
    id: str | None
    comment_before: str | None
    comment_inside: str | None
    extra_blank_lines: int
    unknown_field: bool

    def lines(self, spaced: bool) -> list[str]:
        def field(name: str, value: str) -> str:
            # Only one leading space is stripped: a value that starts with one needs ": ".
            return f"{name}: {value}" if spaced or value.startswith(" ") else f"{name}:{value}"

        out = [] if self.comment_before is None else [f":{self.comment_before}"]
        out += [""] * self.extra_blank_lines  # keep-alives between events
        if self.event is not None:
            out.append(field("event", self.event))
        if self.unknown_field:
            out.append("retry-later: 5")
        for i, line in enumerate(self.data_lines):
            if i == 1 and self.comment_inside is not None:
                out.append(f":{self.comment_inside}")
            if line == "" and not spaced:
                out.append("data")  # a field with no colon: empty value
            else:
                out.append(field("data", line))
        if self.id is not None:
            out.append(field("id", self.id))
        return out

    def decoded(self) -> SSEEvent:
        return SSEEvent(event=self.event or "message", data="\n".join(self.data_lines),
                        id=self.id)


@st.composite
def event_lists(draw: st.DrawFn) -> list[Sent]:
    with_ids = draw(st.booleans())  # all events have an id, or none (no id inheritance)
    return draw(st.lists(st.builds(
        Sent,
        event=st.none() | name_text,
        data_lines=st.lists(line_text, min_size=1, max_size=4).map(tuple),
        id=id_text if with_ids else st.none(),
        comment_before=st.none() | line_text,
        comment_inside=st.none() | line_text,
        extra_blank_lines=st.integers(0, 2),
        unknown_field=st.booleans(),
    ), max_size=6))


def serialize(events: list[Sent], eols: list[str], spaced: bool, final_blank: bool) -> bytes:
    """Lines joined with the given endings (cycled). A CR followed by a blank line ended
    by LF would read as one CRLF, so that blank line gets CRLF instead."""
    lines: list[str] = []
    for i, sent in enumerate(events):
        lines += sent.lines(spaced)
        if i < len(events) - 1 or final_blank:
            lines.append("")
    out: list[str] = []
    previous = ""
    for i, line in enumerate(lines):
        eol = eols[i % len(eols)]
        if previous == "\r" and line == "" and eol == "\n":
            eol = "\r\n"
        out.append(line + eol)
        previous = eol
    return "".join(out).encode()


def decode(payload: bytes, cuts: list[int]) -> list[SSEEvent]:
    decoder = SSEDecoder()
    events: list[SSEEvent] = []
    start = 0
    for cut in sorted(set(cuts)):
        events += decoder.feed(payload[start:cut])
        start = cut
    events += decoder.feed(payload[start:])
    events += decoder.flush()
    return events


def comparable(event: SSEEvent) -> tuple[str, str, str | None]:
    # Before any id field an implementation may report None or "" (WHATWG's initial value).
    return event.event, event.data, event.id or None


@given(events=event_lists(), eols=st.lists(st.sampled_from(EOLS), min_size=1, max_size=5),
       spaced=st.booleans(), final_blank=st.booleans(), data=st.data())
def test_events_survive_any_framing(events: list[Sent], eols: list[str], spaced: bool,
                                    final_blank: bool, data: st.DataObject) -> None:
    payload = serialize(events, eols, spaced, final_blank)
    cuts = data.draw(st.lists(st.integers(0, len(payload)), max_size=8), label="cuts")
    decoded = decode(payload, cuts)
    assert [comparable(e) for e in decoded] == [comparable(s.decoded()) for s in events]


@given(events=event_lists(), eol=st.sampled_from(EOLS))
@example(events=[], eol="\r\n")
def test_one_byte_chunks(events: list[Sent], eol: str) -> None:
    payload = serialize(events, [eol], spaced=True, final_blank=True)
    decoded = decode(payload, list(range(len(payload))))
    assert [comparable(e) for e in decoded] == [comparable(s.decoded()) for s in events]


def test_crlf_split_across_chunks() -> None:
    """A CR ending one chunk and the LF starting the next are one line end, not two (two
    would make a blank line and split the event in two)."""
    decoder = SSEDecoder()
    events = [*decoder.feed(b"data: a\r"), *decoder.feed(b"\ndata: b\r"),
              *decoder.feed(b"\n\r"), *decoder.feed(b"\n"), *decoder.flush()]
    assert [(e.event, e.data) for e in events] == [("message", "a\nb")]


def test_final_event_without_blank_line_is_flushed() -> None:
    for tail in (b"data: last", b"data: last\n", b"data: last\r"):
        decoder = SSEDecoder()
        assert decoder.feed(b"data: first\n\n" + tail)[0].data == "first"
        assert [e.data for e in decoder.flush()] == ["last"]


def test_events_without_data_are_not_dispatched() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: ping\n\n: comment\n\nid: 7\n\n") == []
    assert decoder.flush() == []


def test_split_utf8_sequence() -> None:
    payload = "data: héllo ☃\n\n".encode()
    decoder = SSEDecoder()
    events = [*decoder.feed(payload[:8]), *decoder.feed(payload[8:]), *decoder.flush()]
    assert [e.data for e in events] == ["héllo ☃"]


def decode_data(payload: bytes, cuts: list[int], fast_from: int) -> list[str]:
    """The events' data through ``feed_data`` (``feed`` for the first ``fast_from`` pieces:
    the two may be mixed on one decoder)."""
    decoder = SSEDecoder()
    data: list[str] = []
    start = 0
    pieces = []
    for cut in sorted(set(cuts)):
        pieces.append(payload[start:cut])
        start = cut
    pieces.append(payload[start:])
    for index, piece in enumerate(pieces):
        if index < fast_from:
            data += [event.data for event in decoder.feed(piece)]
        else:
            data += decoder.feed_data(piece)
    return data + [event.data for event in decoder.flush()]


@given(events=event_lists(), eols=st.lists(st.sampled_from(EOLS), min_size=1, max_size=5),
       lf_only=st.booleans(), spaced=st.booleans(), final_blank=st.booleans(),
       data=st.data())
def test_feed_data_gives_the_data_feed_gives(events: list[Sent], eols: list[str],
                                             lf_only: bool, spaced: bool, final_blank: bool,
                                             data: st.DataObject) -> None:
    """The fast path (LF line ends) and its fall-backs (CR, pending fields, odd blocks) agree
    with the line-by-line decoder, however the bytes are cut."""
    payload = serialize(events, ["\n"] if lf_only else eols, spaced, final_blank)
    cuts = data.draw(st.lists(st.integers(0, len(payload)), max_size=8), label="cuts")
    fast_from = data.draw(st.integers(0, 3), label="feed() for the first pieces")
    expected = [s.decoded().data for s in events]
    assert decode_data(payload, cuts, fast_from) == expected


@given(count=st.integers(0, 300), data=st.data())
def test_feed_data_of_a_token_stream_cut_anywhere(count: int, data: st.DataObject) -> None:
    from tests.support.sse import token_stream_body

    payload = token_stream_body(count)
    cuts = data.draw(st.lists(st.integers(0, len(payload)), max_size=20), label="cuts")
    expected = [event.data for event in decode(payload, [])]
    assert len(expected) == count
    assert decode_data(payload, cuts, 0) == expected


def test_feed_data_keeps_an_event_pending_across_a_chunk_ending_in_one_lf() -> None:
    decoder = SSEDecoder()
    assert decoder.feed_data(b"data: a\n") == []
    assert decoder.feed_data(b"\ndata: b\n\ndata: c\n\n") == ["a", "b", "c"]
