"""The access token: where it is found, where it is saved, who it belongs to; and redaction.

Found, in this order: the value saved in the application (the OS keyring, else the app's
0600 file), env ``HF_TOKEN``, the file ``hf auth login`` writes (``$HF_TOKEN_PATH``, else
``$HF_HOME/token``, else ``~/.cache/huggingface/token``). Saved in the OS keyring (service
"hfi_desktop", user "hf_token"); where no keyring backend works, in a file only the user can
read (0600) in the app's config directory.

No Qt here; keyring calls may block (D-Bus, an unlock prompt): call them from a worker.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

import platformdirs
import requests

from hfi_desktop.credentials.trust import TokenTrust, normalize_host
from hfi_desktop.redaction import REDACTED as REDACTED
from hfi_desktop.redaction import redact as redact
from hfi_desktop.redaction import register_secret as register_secret

log = logging.getLogger(__name__)

APP_NAME = "hfi_desktop"
KEYRING_SERVICE = "hfi_desktop"
KEYRING_USER = "hf_token"
TOKEN_FILE_NAME = "token"
WHOAMI_TIMEOUT = (10.0, 30.0)


class TokenSource(StrEnum):
    APP_KEYRING = "app_keyring"  # saved in the app, in the OS keyring
    APP_FILE = "app_file"  # saved in the app, in a 0600 file (no keyring works here)
    ENV = "env"  # env HF_TOKEN
    HF_TOKEN_FILE = "hf_token_file"  # the file `hf auth login` writes
    NONE = "none"

    def describe(self) -> str:
        """How the settings name it."""
        return {
            TokenSource.APP_KEYRING: "from the app's keyring",
            TokenSource.APP_FILE: "from the app's token file (readable only by you)",
            TokenSource.ENV: "from HF_TOKEN",
            TokenSource.HF_TOKEN_FILE: f"from {_home_relative(hf_token_path())}",
            TokenSource.NONE: "no token",
        }[self]

    @property
    def saved_in_app(self) -> bool:
        return self in (TokenSource.APP_KEYRING, TokenSource.APP_FILE)


class FoundToken(NamedTuple):
    """``token, source = resolve_token()``."""

    token: str
    source: TokenSource

    def __repr__(self) -> str:  # never the token itself
        return f"FoundToken(source={self.source.value}, token={mask(self.token)!r})"


class SecretStoreError(Exception):
    """The token could not be saved or removed (the message says where and why)."""


# ---------------------------------------------------------------------------- locations


def app_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def app_token_path() -> Path:
    return app_config_dir() / TOKEN_FILE_NAME


def hf_home() -> Path:
    """As huggingface_hub: $HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/…"""
    explicit = os.environ.get("HF_HOME")
    if explicit:
        return Path(explicit).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    return Path(cache).expanduser() / "huggingface"


def hf_token_path() -> Path:
    explicit = os.environ.get("HF_TOKEN_PATH")
    return Path(explicit).expanduser() if explicit else hf_home() / "token"


def _home_relative(path: Path) -> str:
    try:
        return f"~/{path.relative_to(Path.home())}"
    except ValueError:
        return str(path)


# ------------------------------------------------------------------------------ keyring


def _keyring_get() -> str | None:
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as exc:  # no backend, a locked or broken one: as if nothing were saved
        log.info("keyring not readable: %s", type(exc).__name__)
        return None
    return value.strip() or None if isinstance(value, str) else None


def _keyring_set(token: str) -> str | None:
    """Save in the keyring; None on success, else why it did not work."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, token)
        back = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as exc:
        return _keyring_reason(exc)
    if back != token:  # the null backend accepts and forgets
        return "the keyring did not keep the token"
    return None


def _keyring_delete() -> str | None:
    """Delete the keyring's token. None when none is left there (deleted, never saved, no
    keyring at all), else why it is still there."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as exc:  # nothing saved there, or no keyring at all: fine if so
        log.debug("keyring delete: %s", type(exc).__name__)
        reason = _keyring_reason(exc)
    else:
        reason = "the keyring did not delete it"
    return None if _keyring_get() is None else reason


def _keyring_reason(exc: Exception) -> str:
    try:
        from keyring.errors import NoKeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return "the keyring library is missing"
    if isinstance(exc, NoKeyringError):
        return "no keyring backend is available on this system"
    detail = redact(str(exc)).strip()[:120]
    return f"the keyring failed ({type(exc).__name__}{': ' + detail if detail else ''})"


def keyring_backend_name() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:
        return "none"
    return type(backend).__module__.removeprefix("keyring.backends.")


# --------------------------------------------------------------------------------- file


def _read_file(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def _read_own_file(path: Path) -> str | None:
    """The app's token file, never through a symbolic link (O_NOFOLLOW): a link put there
    would make another file's text the token."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:  # ELOOP: a symbolic link
        log.warning("not reading the token file %s: %s", path, exc.strerror or exc)
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            text = handle.read(64 * 1024).decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def _private_dir(path: Path) -> None:
    """Make ``path`` (0700), or make it 0700 again if others may read or change it. One
    that is not the user's own is refused: it cannot be made private."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.stat()
    if not info.st_mode & 0o077:
        return
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise SecretStoreError(f"{path} can be read or changed by other users and is not "
                               "yours: the token is not saved there")
    log.warning("%s was open to other users (%o): made private (0700)", path,
                info.st_mode & 0o777)
    path.chmod(0o700)


def _write_private_file(path: Path, token: str) -> None:
    """Write ``token`` to ``path`` readable and writable by the user only (0600), atomically
    (a 0600 temp file renamed over it: a symbolic link at ``path`` is replaced, never written
    through), in a 0700 directory."""
    _private_dir(path.parent)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, flags, 0o600)
    try:
        if hasattr(os, "fchmod"):  # umask may have taken bits away, never added any
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            fd = -1
            handle.write(token)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        if fd != -1:
            os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


# ------------------------------------------------------------------------------ the API


def resolve_token() -> FoundToken:
    """The token in effect and where it came from (``token, source = resolve_token()``)."""
    saved = _keyring_get()
    if saved:
        found = FoundToken(saved, TokenSource.APP_KEYRING)
    elif saved_file := _read_own_file(app_token_path()):
        found = FoundToken(saved_file, TokenSource.APP_FILE)
    elif env := os.environ.get("HF_TOKEN", "").strip():
        found = FoundToken(env, TokenSource.ENV)
    elif cli := _read_file(hf_token_path()):
        found = FoundToken(cli, TokenSource.HF_TOKEN_FILE)
    else:
        found = FoundToken("", TokenSource.NONE)
    register_secret(found.token)
    return found


@dataclass(frozen=True)
class SaveResult:
    source: TokenSource  # APP_KEYRING or APP_FILE
    path: Path | None = None  # the file, for APP_FILE
    keyring_problem: str | None = None  # why the keyring was not used

    def describe(self) -> str:
        if self.source is TokenSource.APP_KEYRING:
            return "Saved in the system keyring."
        return (f"The system keyring was not used ({self.keyring_problem}): saved in "
                f"{self.path}, a file only you can read (0600).")


def save_token(token: str) -> SaveResult:
    """Save ``token`` in the keyring, else in the 0600 file; say which. The other place is
    cleared, so that one token is saved, in one place."""
    token = token.strip()
    if not token:
        raise SecretStoreError("the token is empty")
    if any(ch.isspace() for ch in token) or not token.isprintable():
        raise SecretStoreError("a token has no spaces or control characters")
    register_secret(token)
    problem = _keyring_set(token)
    path = app_token_path()
    if problem is None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return SaveResult(TokenSource.APP_KEYRING)
    # The file is read only when the keyring holds nothing: an older token there must go
    # first, or it would stay in use while the settings said "saved".
    if (stuck := _keyring_delete()) is not None:
        raise SecretStoreError(
            f"the system keyring refused the new token ({problem}) and still holds an older "
            f"one it would not delete ({stuck}): the older token stays in use. Unlock or fix "
            f"the keyring (entry “{KEYRING_SERVICE}” / “{KEYRING_USER}”), then try again.")
    log.info("keyring not usable (%s): saving the token to a 0600 file", problem)
    try:
        _write_private_file(path, token)
    except OSError as exc:
        raise SecretStoreError(f"could not write {path}: {exc.strerror or exc}") from None
    return SaveResult(TokenSource.APP_FILE, path, problem)


def remove_token() -> None:
    """Forget the token saved in the app (keyring and file). HF_TOKEN and the file of
    ``hf auth login`` are the user's: they stay (resolve_token may then find them).
    Raises SecretStoreError when a token is left that the app would still use."""
    stuck = _keyring_delete()
    path = app_token_path()
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise SecretStoreError(f"could not delete {path}: {exc.strerror or exc}") from None
    if stuck is not None:
        raise SecretStoreError(
            f"the system keyring refused to delete the token ({stuck}): it is still saved "
            f"there and still in use. Unlock or fix the keyring (entry “{KEYRING_SERVICE}” / "
            f"“{KEYRING_USER}”), then try again.")


# --------------------------------------------------------------------------------- whoami


@dataclass(frozen=True)
class WhoAmI:
    name: str
    fullname: str = ""
    orgs: tuple[str, ...] = ()
    token_name: str = ""
    token_role: str = ""

    def describe(self) -> str:
        who = f"{self.name} ({self.fullname})" if self.fullname else self.name
        parts = [who]
        if self.orgs:
            parts.append("organizations: " + ", ".join(self.orgs))
        if self.token_name or self.token_role:
            label = f"“{self.token_name}”" if self.token_name else "this token"
            parts.append(f"{label}: {self.token_role}" if self.token_role else label)
        return " · ".join(parts)


class WhoAmIError(Exception):
    """Who the token belongs to could not be found out; the message says why."""


def whoami(hub_url: str, token: str, *, trust: TokenTrust | None = None,
           timeout: tuple[float, float] = WHOAMI_TIMEOUT) -> WhoAmI:
    """``{hub}/api/whoami-v2`` with the token. Runs in a worker. ``trust``: the token goes
    only where it allows (as for every call); TLS is verified."""
    url = f"{hub_url.rstrip('/')}/api/whoami-v2"
    host = normalize_host(url) or hub_url
    if not token:
        raise WhoAmIError("no token")
    if trust is not None and not trust.allows(url):
        raise WhoAmIError(f"the Hub URL's host {host} is not trusted with the token")
    try:
        response = requests.get(url, headers={"Authorization": f"Bearer {token}"},
                                timeout=timeout, verify=True, allow_redirects=False)
    except requests.exceptions.SSLError:
        raise WhoAmIError(f"the TLS certificate of {host} could not be verified") from None
    except requests.Timeout:
        raise WhoAmIError(f"{host} did not answer in time") from None
    except requests.RequestException:
        raise WhoAmIError(f"cannot reach {host}") from None
    if response.status_code == 401:
        raise WhoAmIError("token invalid: the Hub does not accept it (401)")
    if response.status_code >= 400:
        raise WhoAmIError(f"the Hub answered {response.status_code}")
    try:
        payload = response.json()
    except ValueError:
        raise WhoAmIError("the Hub's answer is not JSON") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("name"), str):
        raise WhoAmIError("the Hub's answer has no user name")
    orgs = tuple(str(o["name"]) for o in payload.get("orgs") or []
                 if isinstance(o, dict) and isinstance(o.get("name"), str))
    auth = payload.get("auth")
    access = auth.get("accessToken") if isinstance(auth, dict) else None
    if not isinstance(access, dict):
        access = {}
    return WhoAmI(name=payload["name"], fullname=str(payload.get("fullname") or ""), orgs=orgs,
                  token_name=str(access.get("displayName") or ""),
                  token_role=str(access.get("role") or ""))


# ------------------------------------------------------------------------------ redaction

def mask(token: str) -> str:
    """A token as the settings show it: its start and its last four characters."""
    if not token:
        return ""
    if len(token) <= 10:
        return "•" * len(token)
    return f"{token[:3]}{'•' * 12}{token[-4:]}"


class RedactingFilter(logging.Filter):
    """A handler filter that takes tokens out of log records (message and arguments)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: leave it to the handler's error path
            return True
        cleaned = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Add a :class:`RedactingFilter` to every handler of ``logger`` (default: root)."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
