"""packaging/screenshots.py: the README's and the metainfo's screenshots, made from the real
application offscreen. One language here (Simplified Chinese: its translators are installed);
the committed files are the ones the metainfo names."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "screenshots.py"
METAINFO = ROOT / "packaging" / "linux" / "io.github.hfi_desktop.HfiDesktop.metainfo.xml"
#: Where the metainfo's screenshot URLs point in the repository.
URL_ROOT = "https://raw.githubusercontent.com/hfi-desktop/hfi_desktop/main/"
SCREENS = ("welcome", "text-classification", "object-detection", "compare", "chat",
           "settings")
WINDOW_SIZE = (1280, 800)


def test_the_script_renders_every_main_screen_in_chinese(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path), "--languages", "zh_CN"],
        cwd=ROOT, capture_output=True, text=True, timeout=110, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    made = sorted(p.name for p in (tmp_path / "zh_CN").iterdir())
    assert made == sorted(f"{name}.png" for name in SCREENS)
    for name in SCREENS:
        path = tmp_path / "zh_CN" / f"{name}.png"
        assert path.stat().st_size > 8_000, f"{name}: too small to show a screen"
        with Image.open(path) as image:
            if name != "settings":  # a dialog, at its own size
                assert image.size == WINDOW_SIZE, name
            extrema = image.convert("L").getextrema()
            assert extrema[1] - extrema[0] > 100, f"{name}: blank ({extrema})"
            assert len(image.convert("RGB").getcolors(1 << 16) or range(1 << 16)) > 16, name


def test_the_metainfo_screenshots_are_committed_files() -> None:
    images = [e.text or "" for e in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith(URL_ROOT), url
        path = ROOT / url.removeprefix(URL_ROOT)
        assert path.is_file(), f"{url}: no {path.relative_to(ROOT)} in the repository"
        with Image.open(path) as image:
            assert image.format == "PNG"


def test_the_readme_shows_every_screen_in_both_languages() -> None:
    linked = set(re.findall(r"docs/screenshots/[\w/.-]+\.png", (ROOT / "README.md").read_text()))
    expected = {f"docs/screenshots/{language}/{name}.png"
                for language in ("en", "zh_CN") for name in SCREENS}
    assert linked == expected
    assert all((ROOT / path).is_file() for path in linked)
