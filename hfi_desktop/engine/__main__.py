"""``python -m hfi_desktop.engine --port 0``: start the engine; the first line on stdout is
``{"url": "http://127.0.0.1:PORT", "token": "..."}``. It stops when its stdin closes (the
app that started it ended, even if killed), on SIGTERM or on Ctrl-C."""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import secrets
import signal
import socket
import sys
import threading

LOOPBACK = ("127.0.0.1", "::1", "localhost")
#: The optional extra ``local``; without one of them the engine exits at once with this code.
REQUIRED = ("uvicorn", "starlette", "torch", "transformers", "sentence_transformers")
EXIT_MISSING_PACKAGES = 3


def wait_politely(environ: dict[str, str] | os._Environ[str]) -> None:
    """OpenMP threads that wait for work sleep instead of spinning, unless the user chose.

    libgomp's threads (torch's intra-op pool) spin after each operation by default. The engine
    shares the computer with the app's window and whatever else runs, and its client is often
    a process with threads of its own: spinning threads took the cores from them and from
    each other (bench/local_engine.py under load: a tiny classifier's call took 270 ms
    spinning, 41 ms sleeping). Set before torch is imported, which reads it once.
    """
    environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m hfi_desktop.engine",
        description="Serve models from the local Hugging Face cache on this computer only.",
    )
    parser.add_argument("--port", type=int, default=0, help="0: any free port (the default)")
    parser.add_argument("--host", default="127.0.0.1", choices=LOOPBACK)
    parser.add_argument(
        "--memory-budget-mb",
        type=int,
        default=None,
        help="memory for loaded models; the least recently used are unloaded past it "
        "(default: half of this computer's memory)",
    )
    parser.add_argument("--workers", type=int, default=4, help="requests run at once")
    return parser.parse_args(argv)


def _default_budget_mb() -> int:
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 4096
    return max(512, total // (2 * 1024 * 1024))


def _watch_stdin(stop: threading.Event) -> None:
    """Stop when stdin reaches its end: the parent closed the pipe or died."""
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    stop.set()



def listening_socket(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
    """The engine's listening socket. IPPROTO_TCP is named: asyncio sets TCP_NODELAY only on
    sockets whose proto says TCP, and accepted connections take the listener's. Without it
    each answer (headers, then body) waited on the client's delayed ACK: 40 ms a call on a
    kept-alive connection."""
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind((host, port))
    sock.listen(128)
    return sock

def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    wait_politely(os.environ)
    if args.memory_budget_mb is not None and args.memory_budget_mb <= 0:
        sys.exit("--memory-budget-mb: must be positive")
    missing = [name for name in REQUIRED if importlib.util.find_spec(name) is None]
    if missing:
        sys.stderr.write(
            "the local engine needs the optional packages of hfi-desktop[local] "
            f"(missing: {', '.join(missing)}): pip install -e '.[local]'\n"
        )
        return EXIT_MISSING_PACKAGES
    import uvicorn

    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("hfi_desktop.engine").setLevel(logging.INFO)
    from .one_write import OneWriteH11Protocol
    from .registry import MB, Registry
    from .server import Engine, build_app
    from .tasks import RUNNERS

    family = socket.AF_INET6 if args.host == "::1" else socket.AF_INET
    host = "127.0.0.1" if args.host == "localhost" else args.host
    sock = listening_socket(family, host, args.port)
    port = sock.getsockname()[1]
    token = secrets.token_urlsafe(32)
    budget = (args.memory_budget_mb or _default_budget_mb()) * MB
    engine = Engine(Registry(budget), RUNNERS, workers=max(1, args.workers))
    config = uvicorn.Config(
        build_app(engine, token), http=OneWriteH11Protocol, log_level="warning",
        access_log=False, lifespan="off",
    )
    server = uvicorn.Server(config)
    stop = threading.Event()
    # uvicorn handles SIGTERM while it serves (and raises it again once it ends): this handler
    # covers the moments before and after, so the engine always ends the same clean way.
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    sys.stdout.write(json.dumps({"url": f"http://{shown}:{port}", "token": token}) + "\n")
    sys.stdout.flush()

    threading.Thread(target=_watch_stdin, args=(stop,), daemon=True).start()

    def stop_server() -> None:
        stop.wait()
        server.should_exit = True

    threading.Thread(target=stop_server, daemon=True).start()
    # Imports torch and transformers now, so the first model loads faster (loads wait for it).
    threading.Thread(target=engine.registry.prepare, daemon=True).start()
    try:
        server.run(sockets=[sock])
    finally:
        engine.stop()
    sys.stdout.flush()
    os._exit(0)  # a model still loading in a thread must not keep the process alive


if __name__ == "__main__":
    sys.exit(main())
