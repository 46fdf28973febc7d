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


def test_an_answer_written_in_one_loop_step_goes_out_in_one_send() -> None:
    from hfi_desktop.engine.one_write import _JoinedWrites

    class Recorder:
        def __init__(self) -> None:
            self.writes: list[bytes] = []

        def write(self, data: bytes) -> None:
            self.writes.append(data)

        def is_closing(self) -> bool:
            return False

        def close(self) -> None:
            self.writes.append(b"<closed>")

    async def main() -> list[bytes]:
        recorder = Recorder()
        joined = _JoinedWrites(recorder)  # type: ignore[arg-type]
        joined.write(b"HTTP/1.1 200 OK\r\n\r\n")
        joined.write(b"{}")
        assert recorder.writes == []  # not before the step ends
        await asyncio.sleep(0)
        joined.write(b"event")
        joined.close()  # what is pending goes before the close
        return recorder.writes

    assert asyncio.run(main()) == [b"HTTP/1.1 200 OK\r\n\r\n{}", b"event", b"<closed>"]
