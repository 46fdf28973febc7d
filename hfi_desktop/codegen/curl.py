"""The call as a curl command: the request the app sends, byte for byte (its URL, its JSON
body or the input file, its option headers; through the router, the provider's route and
``X-HF-Bill-To``), with ``$HF_TOKEN`` for the token. A JSON body that carries a file in
base64 is assembled from the file by the shell, on stdin; a multipart form is sent with
``-F``, the file from its path."""

from __future__ import annotations

import shlex
from email.parser import BytesParser
from email.policy import HTTP

from .request import CodegenError, CodeRequest, FileRef, Wire

AUTH = '-H "Authorization: Bearer $HF_TOKEN"'
MULTIPART = "multipart/form-data"


def curl_snippet(req: CodeRequest) -> str:
    """A bash command making ``req``'s call (needs ``req.wire``)."""
    wire = req.wire
    if wire is None:
        raise CodegenError("the request was not captured")
    notes = [line for ref in req.placeholders() for line in (
        f"# Save the {ref.mime.split('/')[0]} input as {ref.path} first:",
        "# it was pasted or recorded in the app, not opened from a file.")]
    picked = req.provider_call.picked_note() if req.provider_call is not None else None
    if picked:
        notes.append(f"# {picked}")
    options = [shlex.quote(wire.url), "-X POST"]
    if wire.stream:
        options.insert(1, "-N")  # print events as they arrive
    if req.send_token:
        options.append(AUTH)
    stdin: list[str] = []
    if wire.headers.get("Content-Type", "").startswith(MULTIPART):
        options += [_header(k, v) for k, v in wire.headers.items() if k != "Content-Type"]
        options += _form_fields(req, wire)  # curl writes the Content-Type and its boundary
    elif (binary := _binary_file(req, wire)) is not None:
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


def _form_fields(req: CodeRequest, wire: Wire) -> list[str]:
    """A multipart body as ``-F`` options (curl writes the boundary): text as is, a file
    part from the input file it carries."""
    head = f"Content-Type: {wire.headers['Content-Type']}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + wire.body)
    fields = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(data, bytes):
            raise CodegenError("the request's form has a part without a name")
        filename = part.get_filename()
        if filename is None:
            fields.append(f"-F {shlex.quote(f'{name}={data.decode()}')}")
            continue
        ref = next((r for r in req.files.values() if r.data == data), None)
        if ref is None:
            raise CodegenError("the request's form sends a file that matches no input file")
        value = f"{name}=@{ref.path};type={part.get_content_type()};filename={filename}"
        fields.append(f"-F {shlex.quote(value)}")
    return fields


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
