"""The call as a curl command: the request the app sends, byte for byte (its URL, its JSON
body or the input file, its option headers), with ``$HF_TOKEN`` for the token. A JSON body
that carries a file in base64 is assembled from the file by the shell, on stdin."""

from __future__ import annotations

import shlex

from .request import CodegenError, CodeRequest, FileRef, Wire

AUTH = '-H "Authorization: Bearer $HF_TOKEN"'


def curl_snippet(req: CodeRequest) -> str:
    """A bash command making ``req``'s call (needs ``req.wire``)."""
    wire = req.wire
    if wire is None:
        raise CodegenError("the request was not captured")
    notes = [line for ref in req.placeholders() for line in (
        f"# Save the {ref.mime.split('/')[0]} input as {ref.path} first:",
        "# it was pasted or recorded in the app, not opened from a file.")]
    options = [shlex.quote(wire.url), "-X POST"]
    if wire.stream:
        options.insert(1, "-N")  # print events as they arrive
    if req.send_token:
        options.append(AUTH)
    stdin: list[str] = []
    binary = _binary_file(req, wire)
    if binary is not None:
        options += [_header(k, v) for k, v in wire.headers.items()]
        options.append(_header("Content-Type", binary.mime))
        options.append(f"--data-binary {shlex.quote('@' + binary.path)}")
    else:
        options += [_header(k, v) for k, v in wire.headers.items()]
        body = wire.body.decode("utf-8")
        pieces = _split_files(body, req)
        if len(pieces) == 1:
            options.append(f"-d {shlex.quote(body)}")
        else:
            stdin = pieces_to_shell(pieces)
            options.append("--data-binary @-")
    if not req.send_token:
        notes.append(f"# {req.no_token_note()}")
    command = "curl " + " \\\n    ".join(options)
    if stdin:
        command = "{\n" + "".join(f"    {line}\n" for line in stdin) + "} | " + command
    return "\n".join([*notes, command]) + "\n"


def _header(name: str, value: str) -> str:
    return f"-H {shlex.quote(f'{name}: {value}')}"


def _binary_file(req: CodeRequest, wire: Wire) -> FileRef | None:
    """The input file when the body is that file, as is (a binary call)."""
    if wire.is_json:
        return None
    for ref in req.files.values():
        if ref.data == wire.body:
            return ref
    raise CodegenError("the request body is binary but matches no input file")


def _split_files(body: str, req: CodeRequest) -> list[str | FileRef]:
    """The JSON body cut around each input file's base64 text."""
    pieces: list[str | FileRef] = [body]
    for ref in req.files.values():
        encoded = ref.base64()
        if not encoded:
            continue
        split: list[str | FileRef] = []
        for piece in pieces:
            if isinstance(piece, str) and encoded in piece:
                parts = piece.split(encoded)
                for index, part in enumerate(parts):
                    if index:
                        split.append(ref)
                    split.append(part)
            else:
                split.append(piece)
        pieces = split
    return [p for p in pieces if p != ""]


def pieces_to_shell(pieces: list[str | FileRef]) -> list[str]:
    """Shell lines writing the body to stdout: text as is, files in base64 (one line)."""
    lines = []
    for piece in pieces:
        if isinstance(piece, FileRef):
            lines.append(f"base64 < {shlex.quote(piece.path)} | tr -d '\\n'")
        else:
            lines.append(f"printf '%s' {shlex.quote(piece)}")
    return lines
