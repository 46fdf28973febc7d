from __future__ import annotations

import gc
import io
import os
import warnings
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from hfi_desktop.media import LoadedImage, MediaError, load_image
from hfi_desktop.media.images import describe
from tests.support.paths import EXAMPLE_FILES, example

MB = 1024 * 1024
IMAGES = [name for name in EXAMPLE_FILES if name.endswith(".png")]


def _load(source: str | bytes | QImage, **kwargs: object) -> LoadedImage:
    kwargs.setdefault("max_bytes", 20 * MB)
    return load_image(source, **kwargs)  # type: ignore[arg-type]


# ------------------------------------------------------------------------- successes
@pytest.mark.parametrize("name", IMAGES)
def test_loads_every_example(name: str) -> None:
    path = example(name)
    with Image.open(path) as reference:
        size = reference.size
    loaded = _load(str(path))
    assert (loaded.width, loaded.height) == size
    assert loaded.format == "PNG"
    assert loaded.file.mime == "image/png"
    assert loaded.file.name == name
    assert loaded.file.path == str(path)
    assert loaded.file.data == path.read_bytes()
    thumb = loaded.thumbnail
    assert not thumb.isNull()
    assert thumb.format() == QImage.Format.Format_RGBA8888
    assert max(thumb.width(), thumb.height()) == min(512, max(size))
    assert abs(thumb.width() / thumb.height() - size[0] / size[1]) < 0.02


def test_relative_path_becomes_absolute(monkeypatch: pytest.MonkeyPatch) -> None:
    path = example("cats.png")
    monkeypatch.chdir(path.parent)
    loaded = _load("cats.png")
    assert loaded.file.path == str(path)


def test_bytes_need_no_file() -> None:
    data = example("cheetah.png").read_bytes()
    loaded = _load(data, name="cheetah.png")
    assert loaded.file.path is None
    assert loaded.file.name == "cheetah.png"
    assert (loaded.width, loaded.height) == (320, 239)


def test_describe() -> None:
    assert describe(_load(str(example("cats.png")))) == "640 \u00d7 420 px · PNG · 510.4 KB"


def test_mime_comes_from_content_not_extension(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"  # really a JPEG
    Image.new("RGB", (64, 48), "orange").save(path, format="JPEG")
    loaded = _load(str(path))
    assert (loaded.format, loaded.file.mime) == ("JPEG", "image/jpeg")


def test_thumb_size_is_honoured() -> None:
    loaded = _load(str(example("invoice.png")), thumb_size=128)
    assert (loaded.thumbnail.width(), loaded.thumbnail.height()) == (90, 128)


def test_thumbnail_owns_its_pixels() -> None:
    loaded = _load(example("stormtrooper_depth.png").read_bytes(), name="depth.png")
    before = loaded.thumbnail.pixelColor(200, 200)
    gc.collect()  # the Pillow image and its byte buffer are gone by now
    after = QImage(loaded.thumbnail)  # a shallow copy shares the (owned) data
    assert after.pixelColor(200, 200) == before


def test_pasted_qimage_is_encoded_to_png() -> None:
    image = QImage(30, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 200, 30, 128))
    loaded = _load(image)
    assert loaded.file.name == "pasted image.png"
    assert loaded.file.mime == "image/png"
    assert loaded.file.data.startswith(b"\x89PNG")
    assert (loaded.width, loaded.height) == (30, 20)
    pixel = loaded.thumbnail.pixelColor(5, 5)
    assert (pixel.green(), pixel.alpha()) == (200, 128)


def test_sixteen_bit_depth_map_is_stretched_for_the_thumbnail(tmp_path: Path) -> None:
    depth = Image.new("I;16", (100, 50), 1000)
    depth.paste(3000, (50, 0, 100, 50))
    path = tmp_path / "depth16.png"
    depth.save(path)
    loaded = _load(str(path))
    thumb = loaded.thumbnail
    assert thumb.pixelColor(10, 10).red() == 0  # the minimum → black
    assert thumb.pixelColor(90, 10).red() == 255  # the maximum → white


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    image = Image.new("RGB", (80, 40), "red")
    image.paste((0, 0, 255), (0, 0, 40, 40))  # left half blue
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: turn 90° clockwise to show
    path = tmp_path / "phone.jpg"
    image.save(path, exif=exif)
    loaded = _load(str(path))
    assert (loaded.width, loaded.height) == (40, 80)
    thumb = loaded.thumbnail
    assert (thumb.width(), thumb.height()) == (40, 80)
    top = thumb.pixelColor(20, 5)
    assert top.blue() > 200 and top.red() < 60  # the blue half is now on top


def test_large_jpeg_thumbnail_uses_draft(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), "teal").save(path, quality=80)
    loaded = _load(str(path))
    assert (loaded.width, loaded.height) == (4000, 3000)
    assert (loaded.thumbnail.width(), loaded.thumbnail.height()) == (512, 384)


# -------------------------------------------------------------------------- refusals
def _refusal(source: str | bytes, **kwargs: object) -> str:
    with pytest.raises(MediaError) as info:
        _load(source, **kwargs)
    return str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    message = _refusal(str(tmp_path / "gone.png"))
    assert message == "gone.png was not found: it may have been moved or deleted."


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    assert _refusal(str(folder)) == "photos is a folder. Choose a file inside it instead."


def test_empty_file(empty_file: Path) -> None:
    assert _refusal(str(empty_file)) == "empty.png is empty (0 bytes)."


def test_empty_bytes() -> None:
    assert _refusal(b"", name="clip.png") == "clip.png is empty (0 bytes)."


def test_too_big_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with open(path, "wb") as handle:
        handle.truncate(32_715_571)  # sparse: nothing is written (nor read)
    message = _refusal(str(path), max_bytes=20 * MB)
    assert message == "huge.png is 31.2 MB; the limit is 20 MB (Settings)."


def test_too_big_bytes() -> None:
    message = _refusal(b"x" * 2048, name="big.png", max_bytes=1024)
    assert message == "big.png is 2 KB; the limit is 1 KB (Settings)."


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path, cats: Path) -> None:
    path = tmp_path / "secret.png"
    path.write_bytes(cats.read_bytes())
    path.chmod(0)
    assert _refusal(str(path)) == "secret.png can't be read: permission denied."


def test_text_file_renamed_png(text_as_png: Path) -> None:
    message = _refusal(str(text_as_png))
    assert message.startswith("notes.png is not an image: it looks like a text file")
    assert "Shopping list: milk, eggs" in message


def test_audio_renamed_png(flac: Path) -> None:
    message = _refusal(flac.read_bytes(), name="song.png")
    assert message.startswith("song.png is not an image: it looks like a FLAC audio file.")


def test_truncated_png(truncated_cats: Path) -> None:
    message = _refusal(str(truncated_cats))
    assert message.startswith("cats.png looks like a PNG file but is damaged or incomplete")


def test_corrupted_png_pixels(tmp_path: Path, cats: Path) -> None:
    data = bytearray(cats.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # inside the image data: CRC no longer matches
    message = _refusal(bytes(data), name="cats.png")
    assert "damaged or incomplete" in message


def test_truncated_jpeg(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((300, 200), 50).convert("RGB").save(buffer, format="JPEG")
    data = buffer.getvalue()
    message = _refusal(data[: len(data) * 2 // 3], name="photo.jpg")
    assert message.startswith("photo.jpg looks like a JPEG file but is damaged or incomplete")


def test_decompression_bomb(monkeypatch: pytest.MonkeyPatch, cats: Path) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)  # cats: 268,800 > twice the limit
    message = _refusal(str(cats))
    assert message.startswith("cats.png is too large to open safely (more than 0.1 megapixels")
    assert "decompression bomb" in message


@pytest.mark.parametrize("as_error", [True, False])
def test_above_the_pixel_limit(monkeypatch: pytest.MonkeyPatch, cats: Path, as_error: bool) -> None:
    # Between the limit and twice it, Pillow only warns: refused whether the warning is an
    # error (as in this test suite) or ignored (as in the app).
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 200_000)
    with warnings.catch_warnings():
        warnings.simplefilter("error" if as_error else "ignore", Image.DecompressionBombWarning)
        message = _refusal(str(cats))
    assert "too large to open safely" in message
    if not as_error:
        assert message.startswith("cats.png is 640 \u00d7 420 pixels, which is too large")


def test_null_qimage() -> None:
    with pytest.raises(MediaError, match="the clipboard image is empty"):
        _load(QImage())


@pytest.fixture(scope="module")
def big_png() -> bytes:
    """A real 5000 x 4000 PNG (above QT_THUMBNAIL_PIXELS): a gradient, left to right."""
    image = Image.linear_gradient("L").rotate(90).resize((5000, 4000)).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_a_big_image_gets_its_thumbnail_from_qt_at_the_final_size(big_png: bytes) -> None:
    from hfi_desktop.media.images import QT_THUMBNAIL_PIXELS

    assert QT_THUMBNAIL_PIXELS < 5000 * 4000
    loaded = load_image(big_png, name="big.png", max_bytes=10**9)
    assert (loaded.width, loaded.height, loaded.format) == (5000, 4000, "PNG")
    thumb = loaded.thumbnail
    assert (thumb.width(), thumb.height()) == (512, 410)
    assert thumb.format() == QImage.Format.Format_RGBA8888
    left, right = QColor(thumb.pixel(2, 200)), QColor(thumb.pixel(509, 200))
    assert left.value() < 40 < 215 < right.value(), "the gradient survives the scaling"


@pytest.mark.parametrize("kept", [0.5, 0.95])
def test_a_big_truncated_image_is_refused(big_png: bytes, kept: float) -> None:
    with pytest.raises(MediaError, match="damaged or incomplete"):
        load_image(big_png[: int(len(big_png) * kept)], name="cut.png", max_bytes=10**9)


def test_a_big_image_from_a_file_is_read_by_qt_from_the_file(big_png: bytes,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(big_png)
    loaded = load_image(str(path), max_bytes=10**9)
    assert loaded.file.path == str(path)
    assert (loaded.thumbnail.width(), loaded.thumbnail.height()) == (512, 410)


def test_a_big_rotated_jpeg_reports_its_shown_size(big_png: bytes) -> None:
    """EXIF orientation 6 (a quarter turn): reported and previewed upright, as on the
    Pillow path, without Pillow decoding the whole image to read the orientation."""
    image = Image.open(io.BytesIO(big_png))
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=80)
    loaded = load_image(buffer.getvalue(), name="rotated.jpg", max_bytes=10**9)
    assert (loaded.width, loaded.height) == (4000, 5000)
    assert (loaded.thumbnail.width(), loaded.thumbnail.height()) == (410, 512)
