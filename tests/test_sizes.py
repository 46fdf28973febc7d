"""The one way sizes are written (hfi_desktop.sizes): binary multiples, KB/MB/GB."""

from __future__ import annotations

import pytest

from hfi_desktop.sizes import counted, human_size


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1023 bytes"),
        (1024, "1 KB"),
        (1536, "1.5 KB"),
        (20 * 1024 * 1024, "20 MB"),
        (32_715_571, "31.2 MB"),
        (3 * 1024**3, "3 GB"),
        (5000 * 1024**3, "5000 GB"),
        (1024 * 1024 - 1, "1 MB"),  # not "1024 KB"
        (2048, "2 KB"),
    ],
)
def test_human_size(n: int, text: str) -> None:
    assert human_size(n) == text




@pytest.mark.parametrize(
    ("n", "noun", "plural", "text"),
    [
        (0, "word", None, "0 words"),
        (1, "word", None, "1 word"),
        (2, "character", None, "2 characters"),
        (1234, "token", None, "1,234 tokens"),
        (1, "entry", "entries", "1 entry"),
        (3, "entry", "entries", "3 entries"),
    ],
)
def test_counted(n: int, noun: str, plural: str | None, text: str) -> None:
    assert counted(n, noun, plural) == text
