"""A process that saves a large result over the same file again and again, until killed.

    python -m tests.crash.save_driver png  TARGET SOURCE_PNG   # atomic_write, 20 MB PNG
    python -m tests.crash.save_driver json TARGET              # export(run, "json", …)

Each save writes a new version (a PNG text chunk / a JSON parameter ``round`` = the save's
number), so a torn file would show. Prints ``SAVING`` once the first save is complete,
``BEGIN n`` before save n, ``MIDWRITE n`` half-way through writing the PNG's bytes and
``SAVED n`` after it; ``--once`` stops after one save; ``--hold-mid-write`` stops half-way
through save 2 (after ``MIDWRITE 2``) until killed, so that a kill surely lands inside a write
however slow the machine is.
"""

from __future__ import annotations

import argparse
import struct
import sys
import time
import zlib
from pathlib import Path
from typing import BinaryIO

CHUNK = 256 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JSON_ROWS, JSON_WIDTH = 600, 768


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def versioned_png(png: bytes, version: int) -> bytes:
    """``png`` with a ``tEXt`` chunk ``round=<version>`` right after IHDR."""
    body = b"round\x00" + str(version).encode()
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(
        ">I", zlib.crc32(b"tEXt" + body))
    ihdr_end = len(PNG_SIGNATURE) + 8 + 13 + 4
    return png[:ihdr_end] + chunk + png[ihdr_end:]


def save_png(target: Path, source: Path, once: bool, pace_s: float, hold: bool) -> None:
    from hfi_desktop.storage.atomic import atomic_write

    png = source.read_bytes()
    version = 0
    while True:
        version += 1
        data = versioned_png(png, version)
        say(f"BEGIN {version}")

        def writer(file: BinaryIO, data: bytes = data, version: int = version) -> None:
            for offset in range(0, len(data), CHUNK):
                file.write(data[offset:offset + CHUNK])
                if offset <= len(data) // 2 < offset + CHUNK:
                    file.flush()
                    say(f"MIDWRITE {version}")
                    while hold and version > 1:
                        time.sleep(60)  # until killed
                time.sleep(pace_s)

        atomic_write(target, writer)
        say(f"SAVED {version}")
        if version == 1:
            say("SAVING")
        if once:
            return


def big_run(version: int) -> object:
    """A finished feature-extraction Run with a large result (about 10 MB of JSON)."""
    import random

    from hfi_desktop.catalog import CallRequest, task
    from hfi_desktop.runs import Run, RunState

    spec = task("feature-extraction")
    rng = random.Random(version)
    run = Run(spec, CallRequest(spec.id, spec.method, {"inputs": "crash test"}), "m/big",
              {"inputs": "crash test"}, {"round": version}, {})
    run.result = [[[rng.random() for _ in range(JSON_WIDTH)] for _ in range(JSON_ROWS)]]
    run.state = RunState.DONE
    run.elapsed_s = 1.0
    return run


def save_json(target: Path, once: bool) -> None:
    from hfi_desktop.storage.export.save import export

    version = 0
    while True:
        version += 1
        run = big_run(version)
        say(f"BEGIN {version}")
        export(run, "json", target)  # type: ignore[arg-type]
        say(f"SAVED {version}")
        if version == 1:
            say("SAVING")
        if once:
            return


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["png", "json"])
    parser.add_argument("target", type=Path)
    parser.add_argument("source", type=Path, nargs="?")
    parser.add_argument("--once", action="store_true")
    parser.add_argument("--pace", type=float, default=0.002, help="seconds between chunks")
    parser.add_argument("--hold-mid-write", action="store_true")
    args = parser.parse_args()
    if args.mode == "png":
        save_png(args.target, args.source, args.once, args.pace, args.hold_mid_write)
    else:
        save_json(args.target, args.once)


if __name__ == "__main__":
    main()
