"""A provider CDN for tests: an HTTPS server on 127.0.0.1 that serves the files providers
answer with a URL to (fal-ai images, Replicate outputs, zai-org results).

PROVIDERS.md §4 calls getting them a "Fetch": an *unauthenticated* GET of a provider URL.
So any request carrying credentials (``Authorization`` or ``Cookie``) is a violation: the
client would be handing the user's token to a third party. It is still answered, so the
test can look at it.

The certificate is self-signed, made at the first start (``cryptography``, a test
dependency); point ``REQUESTS_CA_BUNDLE`` at ``cert_path`` (the ``asset_host`` fixture
does) so that ``requests`` trusts it, and nothing else. ``AssetHost(tls=False)`` serves
plain http, for the test that the client refuses non-https assets.

Being a ``FakeInferenceAPI``, it records requests and takes programmed faults per path
(``host.program("/assets/x.png", Hang())``).
"""

from __future__ import annotations

import io
import itertools
import shutil
import ssl
import tempfile
import wave
from functools import cache
from pathlib import Path
from typing import Self
from urllib.parse import quote

from .fake_api import Exchange, FakeInferenceAPI, _Server
from .tls import self_signed_pem


@cache
def small_png() -> bytes:
    """A valid 8x8 PNG, the image every emulated provider answers with."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (30, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


@cache
def tiny_wav() -> bytes:
    """A valid WAV (50 ms of 8 kHz mono silence), the audio every emulated provider answers."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 400)
    return buffer.getvalue()


class AssetHost(FakeInferenceAPI):
    """Files at ``<url>/assets/<name>``; start with ``with`` (or start()/stop())."""

    poll_interval_s = 0.005  # two servers per test: keep stop() quick

    def __init__(self, *, tls: bool = True) -> None:
        super().__init__(tapes=())
        self.tls = tls
        #: Every request that carried credentials (the client must fetch assets bare).
        self.violations: list[str] = []
        self._assets: dict[str, tuple[bytes, str]] = {}
        self._names = itertools.count(1)
        self._cert_dir: Path | None = None
        self._cert: tuple[Path, Path] | None = None

    # -- lifecycle
    def start(self) -> Self:
        if self.tls and self._cert is None:
            self._cert_dir = Path(tempfile.mkdtemp(prefix="asset-host-"))
            self._cert = self._cert_dir / "cert.pem", self._cert_dir / "key.pem"
            for path, pem in zip(self._cert, self_signed_pem(), strict=True):
                path.write_bytes(pem)
        return super().start()

    def stop(self) -> None:
        super().stop()
        if self._cert_dir is not None:
            shutil.rmtree(self._cert_dir, ignore_errors=True)
            self._cert_dir = self._cert = None

    def _listen(self) -> _Server:
        server = super()._listen()
        if self._cert is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*self._cert)
            server.socket = context.wrap_socket(server.socket, server_side=True)
        return server

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def cert_path(self) -> str:
        """The PEM certificate to trust (``REQUESTS_CA_BUNDLE``); TLS hosts only."""
        if self._cert is None:
            raise RuntimeError("no certificate: start a TLS asset host first")
        return str(self._cert[0])

    # -- content
    def put(self, name: str, data: bytes, content_type: str) -> str:
        """Serve ``data`` at ``/assets/<name>`` (replacing what was there); its URL."""
        with self._lock:
            self._assets[name] = (data, content_type)
        return f"{self.url}/assets/{quote(name)}"

    def publish(self, data: bytes, content_type: str, suffix: str) -> str:
        """Serve ``data`` under a name no other asset had (``asset-<n><suffix>``)."""
        return self.put(f"asset-{next(self._names)}{suffix}", data, content_type)

    def fetches(self) -> list[str]:
        """Paths of the asset requests so far, in order."""
        return [r.path for r in self.requests]

    # -- serving
    def _prepare(self, ex: Exchange) -> None:
        request = ex.request
        carried = [name for name in ("authorization", "cookie") if request.header(name)]
        if carried:
            self.violations.append(
                f"{request.method} {request.path} carried {', '.join(carried)}: provider "
                "URLs are fetched without credentials")

    def serve_recorded(self, ex: Exchange) -> None:
        name = ex.request.path.removeprefix("/assets/")
        with self._lock:
            asset = self._assets.get(name) if ex.request.path.startswith("/assets/") else None
        if asset is None or ex.request.method != "GET":
            ex.send(404, b"Not Found", "text/plain")
        else:
            ex.send(200, *asset)
