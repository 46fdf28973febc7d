from __future__ import annotations

from hfi_desktop.media import MediaError


def test_media_error_is_a_value_error() -> None:
    assert issubclass(MediaError, ValueError)
