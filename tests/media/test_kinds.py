from __future__ import annotations

from hfi_desktop.media import kinds


def test_image_extensions_cover_what_pillow_opens() -> None:
    extensions = kinds.extensions_for(["image/*"])
    assert {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif"} <= extensions
    assert ".flac" not in extensions and ".txt" not in extensions
    assert kinds.extensions_for(["image/png"]) == {".png", ".apng"}


def test_audio_extensions() -> None:
    extensions = kinds.extensions_for(["audio/*"])
    assert {".flac", ".wav", ".mp3", ".ogg", ".opus", ".m4a", ".webm"} <= extensions
    assert ".png" not in extensions


def test_matching() -> None:
    assert kinds.matches("image/png", ["image/*"])
    assert kinds.matches("image/png", ["audio/*", "image/png"])
    assert not kinds.matches("image/jpeg", ["image/png"])
    assert kinds.matches("application/pdf", ["*/*"])
    assert kinds.accepts_any(["*/*"]) and not kinds.accepts_any(["image/*"])


def test_names() -> None:
    assert kinds.short_names(["image/*"]) == "any image"
    assert kinds.short_names(["image/png", "image/jpeg", "image/webp"]) == "PNG, JPEG or WEBP"
    assert kinds.short_names(["*/*"]) == "any file"
    assert kinds.noun_for(["image/png"]) == "an image"
    assert kinds.noun_for(["audio/*"]) == "an audio file"
    assert kinds.noun_for(["image/*", "audio/*"]) == "a file"
    assert kinds.dialog_filter(["*/*"], "Files") == "All files (*)"
    assert kinds.dialog_filter(["image/png"], "Images") == "Images (*.apng *.png);;All files (*)"
