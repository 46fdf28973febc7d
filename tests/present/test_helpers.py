"""Spans, colours, JSON text, audio files, MIME sniffing."""

from __future__ import annotations

import io
import json
import math
import os
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hfi_desktop.present import (
    PALETTE,
    PresentError,
    assign_colours,
    colour_for,
    instance_colours,
    json_text,
    pretty_json,
)
from hfi_desktop.present.audio_clips import duration_of, write_clip
from hfi_desktop.present.colors import instance_names
from hfi_desktop.present.entity_tags import tag_meaning
from hfi_desktop.present.json_text import LONG_LIST_ITEMS, MAX_CHARS
from hfi_desktop.present.result_type import sniff_mime
from hfi_desktop.present.spans import locate
from tests.support.paths import example_bytes


# ------------------------------------------------------------------------ spans
@pytest.mark.parametrize(
    ("text", "fragment", "start", "end", "expected"),
    [
        ("The capital is Paris.", "Paris", 15, 20, (15, 20, "offsets")),
        ("The capital is Paris.", "Paris", 14, 20, (15, 20, "offsets")),  # space trimmed
        ("The capital is Paris.", "paris", None, None, (15, 20, "search")),
        ("The capital is Paris.", "Paris", 0, 3, (15, 20, "search")),  # wrong offsets
        ("The capital is Paris.", "Lyon", None, None, None),
        ("The capital is Paris.", "P a r i s", 15, 20, (15, 20, "offsets")),  # detokenised
        ("un ##believable", "##believable", None, None, (5, 15, "search")),
        ("x", "x", True, 1, (0, 1, "search")),  # bools are not offsets
        ("émoji 😀 then Paris", "Paris", 13, 18, (13, 18, "offsets")),  # code points
    ],
)
def test_locate(
    text: str, fragment: str, start: object, end: object, expected: tuple[int, int, str] | None
) -> None:
    assert locate(text, fragment, start, end) == expected


def test_locate_searches_after_the_previous_entity_first() -> None:
    assert locate("a b a b", "a", search_from=1) == (4, 5, "search")
    assert locate("a b a b", "b", search_from=7) == (2, 3, "search")  # then from the start


# ---------------------------------------------------------------------- colours
def test_colour_per_label_is_stable_and_from_the_palette() -> None:
    assert colour_for("cat") == colour_for("cat") == colour_for("CAT")
    assert colour_for("cat") in PALETTE


def test_labels_of_one_result_get_distinct_colours() -> None:
    labels = [f"label {i}" for i in range(len(PALETTE))]
    colours = assign_colours(labels + labels[:3])
    assert len(colours) == len(PALETTE)
    assert len(set(colours.values())) == len(PALETTE)
    assert colours[labels[0]] == colour_for(labels[0])  # the first keeps its own colour


# ---------------------------------------------------------------------- JSON text
@dataclass(frozen=True)
class FakeBlob:
    data: bytes
    type: str


def test_pretty_json_with_placeholders() -> None:
    text = pretty_json(
        {
            "image": FakeBlob(b"\xff\xd8\xff" + bytes(34_000), "image/jpeg"),
            "raw": b"fLaC" + bytes(100),
            "nan": math.nan,
            "nested": [{"a": 1}, {"b": [1, 2]}],
        }
    )
    value = json.loads(text)
    assert value["image"] == "<image/jpeg, 33.2 KB>"
    assert value["raw"] == "<audio/flac, 104 bytes>"
    assert value["nan"] == "nan"
    assert value["nested"] == [{"a": 1}, {"b": [1, 2]}]


def test_long_number_lists_wrap_within_the_width() -> None:
    text = pretty_json([[0.123456789] * 300])
    assert json.loads(text) == [[0.123456789] * 300]
    assert max(len(line) for line in text.splitlines()) <= 100
    assert len(text.splitlines()) < 60


def test_short_base64_and_text_are_left_alone() -> None:
    assert json.loads(pretty_json({"s": "aGVsbG8="})) == {"s": "aGVsbG8="}
    prose = "A sentence with spaces. " * 30
    assert json.loads(pretty_json(prose)) == prose


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    | st.binary(max_size=8),
    lambda children: st.lists(children, max_size=6)
    | st.dictionaries(st.text(max_size=8), children, max_size=6),
    max_leaves=40,
)


class _NoInline:
    """Stands in for the C encoder fast path: always declines, so the slow way is taken."""

    def encode(self, value: object) -> str:
        raise TypeError("declined")


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_the_c_encoder_fast_path_writes_what_the_slow_way_writes(value: object) -> None:
    fast = pretty_json(value)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_text, "_INLINE", _NoInline())
        slow = pretty_json(value)
    assert fast == slow


def test_a_long_list_has_an_item_per_line() -> None:
    events = [{"token": {"id": i, "text": f" t{i}", "logprob": -0.5, "special": False},
               "generated_text": None, "details": None} for i in range(LONG_LIST_ITEMS + 1)]
    events[-1]["generated_text"] = "x" * 1000  # too long for one line: written the usual way
    events[0]["details"] = {"image": "iVBORw0KGgo" + "A" * 500}  # base64 PNG: a placeholder
    text = pretty_json(events)
    lines = text.splitlines()
    assert ('  {"token": {"id": 1, "text": " t1", "logprob": -0.5, "special": false}, '
            '"generated_text": null, "details": null},') in lines
    assert len(lines) < len(events) + 20
    value = json.loads(text)
    assert value[1:] == events[1:]
    assert value[0]["details"]["image"].startswith("<image/png")


def test_huge_json_is_cut_with_a_note() -> None:
    text = pretty_json([["x" * 50] * 10] * (MAX_CHARS // 400))
    assert len(text) <= MAX_CHARS + 100
    assert text.rstrip().endswith("more characters not shown)")


# ----------------------------------------------------------------- audio files
def wav_bytes(seconds: float, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(rate)
        file.writeframes(bytes(int(seconds * rate) * 2))
    return buffer.getvalue()


def test_durations_from_headers() -> None:
    assert duration_of(example_bytes("sample1.flac")) == pytest.approx(13.69)
    assert duration_of(wav_bytes(1.5)) == pytest.approx(1.5)
    assert duration_of(b"not audio at all") is None


def test_write_clip_sniffs_a_missing_type(_audio_dir: Path) -> None:
    clip = write_clip(wav_bytes(0.25), "application/octet-stream", label="a b/c")
    assert clip.mime == "audio/wav"
    assert clip.path.endswith(".wav") and Path(clip.path).parent == _audio_dir
    assert os.path.basename(clip.path).startswith("a_b_c-")
    assert clip.duration_s == pytest.approx(0.25)


def test_empty_clip_is_refused() -> None:
    with pytest.raises(PresentError, match="audio 'x' is empty"):
        write_clip(b"", "audio/wav", label="x")


# ------------------------------------------------------------------- sniffing
@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff\xe0", "image/jpeg"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "image/webp"),
        (b"RIFF\0\0\0\0WAVEfmt ", "audio/wav"),
        (b"fLaC", "audio/flac"),
        (b"ID3\x04", "audio/mpeg"),
        (b"hello", None),
    ],
)
def test_sniff(data: bytes, mime: str | None) -> None:
    assert sniff_mime(data) == mime



def test_instances_of_a_label_get_colours_of_their_own() -> None:
    labels = ["cat", "cat", "dog", "cat"]
    colours = instance_colours(labels)
    assert len(set(colours)) == 4
    label_colours = assign_colours(labels)
    assert colours[0] == label_colours["cat"] and colours[2] == label_colours["dog"]
    assert instance_names(labels) == ["cat 1", "cat 2", "dog", "cat 3"]


def test_instance_colours_past_the_palette_stay_distinct() -> None:
    colours = instance_colours(["person"] * (len(PALETTE) + 8))
    assert len(set(colours)) == len(colours)
    assert all(len(colour) == 7 and colour.startswith("#") for colour in colours)


# ---------------------------------------------------------------------- entity tags
@pytest.mark.parametrize(("tag", "meaning"), [
    ("PER", "person"),
    ("ORG", "organization"),
    ("LOC", "location"),
    ("MISC", "miscellaneous"),
    ("B-PER", "person, first word"),
    ("I-ORG", "organization, inside"),
    ("LABEL_3", ""),
    ("B-XYZ", ""),
    ("per", ""),  # tags are upper case; a lower-case label is a model's own word
])
def test_entity_tag_meanings(tag: str, meaning: str) -> None:
    assert tag_meaning(tag) == meaning
