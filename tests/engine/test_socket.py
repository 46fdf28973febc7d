"""The engine's connections send each answer at once (TCP_NODELAY), not after the client's
delayed ACK (40 ms a call on a kept-alive connection, as bench/local_engine.py measured)."""

from __future__ import annotations

import asyncio
import socket

from hfi_desktop.engine.__main__ import listening_socket


def test_connections_to_the_engine_socket_have_nodelay() -> None:
    async def main() -> int:
        accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def connected(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            sock = writer.get_extra_info("socket")
            accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        listener = listening_socket(socket.AF_INET, "127.0.0.1", 0)
        server = await asyncio.start_server(connected, sock=listener)
        async with server:
            _, writer = await asyncio.open_connection(*listener.getsockname())
            nodelay = await asyncio.wait_for(accepted, timeout=30)
            writer.close()
        return nodelay

    assert asyncio.run(main()) != 0
