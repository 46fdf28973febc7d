"""Linux desktop integration (packaging/linux/): the files validate with the freedesktop
tools, name the app id, carry zh_CN, and packaging/install-desktop.sh installs them under
~/.local/share and refreshes the caches whose tools exist."""

from __future__ import annotations

import os
import stat
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from hfi_desktop import __version__
from hfi_desktop.app_id import APP_ID, ICON_FILE

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _run(*command: str | Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=60, check=False)
    assert proc.returncode == 0, f"{command}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout + proc.stderr


def _entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_file_validates() -> None:
    output = _run("desktop-file-validate", DESKTOP)
    assert output.strip() == "", output  # no error, warning or hint


def test_the_desktop_file_opens_comparisons_and_speaks_chinese() -> None:
    entry = _entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "hfi-desktop %F"  # install-desktop.sh puts the full path there
    assert "application/x-hficompare" in entry["MimeType"].split(";")
    for key in ("Name", "Comment", "GenericName", "Keywords"):
        assert entry[f"{key}[zh_CN]"] and entry[f"{key}[zh_CN]"] != entry[key], key


def test_the_file_type_is_defined_by_its_glob() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-hficompare"
    globs = [g.get("pattern") for g in mime.findall("m:glob", ns)]
    assert globs == ["*.hficompare"]
    assert mime.find("m:sub-class-of", ns).get("type") == "application/zip"  # type: ignore[union-attr]


def test_the_metainfo_validates() -> None:
    _run("appstreamcli", "validate", "--no-net", METAINFO)


def test_the_metainfo_describes_this_app_in_both_languages() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__  # the newest first
    assert list(root.iter("screenshot"))
    for tag in ("name", "summary", "caption", "p", "li"):
        assert any(e.get(LANG) == "zh_CN" for e in root.iter(tag)), tag


def test_the_icon_comes_in_every_hicolor_size(qapp: object) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ROOT / "resources" / "icons" / ICON_FILE)).isValid()
    for size in PNG_SIZES:
        image = QImage(str(LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                           / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def _fake_tool(folder: Path, name: str, log: Path) -> None:
    tool = folder / name
    tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\n')
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def home(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose HOME is a temporary folder and whose cache tools log calls."""
    tools = tmp_path / "tools"
    tools.mkdir()
    log = tmp_path / "calls.log"
    for name in ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache"):
        _fake_tool(tools, name, log)
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    env |= {"HOME": str(tmp_path / "home"), "PATH": f"{tools}:{env['PATH']}"}
    return env, log


def test_install_desktop_puts_the_files_in_local_share(
        home: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    env, log = home
    program = tmp_path / "bin" / "hfi-desktop"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    _run("bash", ROOT / "packaging" / "install-desktop.sh", program, env=env)

    share = tmp_path / "home" / ".local" / "share"
    installed = share / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={program} %F" in installed.read_text().splitlines()
    _run("desktop-file-validate", installed)
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME.read_bytes()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in PNG_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert log.read_text().splitlines() == [
        f"update-desktop-database -q {share}/applications",
        f"update-mime-database {share}/mime",
        f"gtk-update-icon-cache -q -t -f {share}/icons/hicolor",
    ]

    _run("bash", ROOT / "packaging" / "install-desktop.sh", "--uninstall", env=env)
    assert not installed.exists()
    assert not list(share.rglob(f"{APP_ID}*"))


def test_install_desktop_copies_the_desktop_build(
        home: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    env, _log = home
    build = tmp_path / "dist" / "hfi-desktop"
    build.mkdir(parents=True)
    (build / "hfi-desktop").write_text("#!/bin/sh\n")
    (build / "hfi-desktop").chmod(0o755)
    _run("bash", ROOT / "packaging" / "install-desktop.sh", build, env=env)
    share = tmp_path / "home" / ".local" / "share"
    copied = share / "hfi-desktop" / "app" / "hfi-desktop"
    assert copied.is_file()
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={copied} %F" in desktop.splitlines()
