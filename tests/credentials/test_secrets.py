"""The token: found in each place users keep it, saved in the keyring or a 0600 file."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from hfi_desktop.credentials import secrets
from hfi_desktop.credentials.secrets import (
    SecretStoreError,
    TokenSource,
    WhoAmIError,
    mask,
    redact,
    remove_token,
    resolve_token,
    save_token,
    whoami,
)
from hfi_desktop.credentials.trust import TokenTrust
from tests.credentials.keyrings import (
    BrokenKeyring,
    ForgetfulKeyring,
    MemoryKeyring,
    RefusingKeyring,
    UseKeyring,
)
from tests.credentials.keyrings import use_keyring as use_keyring
from tests.support.fake_api import FakeInferenceAPI, respond_error, respond_json
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.fixtures import refused_url as refused_url

APP_TOKEN = "hf_app_saved_token_0001"
ENV_TOKEN = "hf_env_token_0002"
CLI_TOKEN = "hf_cli_token_0003"


@pytest.fixture(autouse=True)
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh config dir and HF home; no HF_TOKEN."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf_home"))
    monkeypatch.delenv("HF_TOKEN_PATH", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    return tmp_path


def write_cli_token(places: Path, token: str = CLI_TOKEN) -> Path:
    path = places / "hf_home" / "token"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(token + "\n")
    return path


# ------------------------------------------------------------------------------ sources


def test_no_token_anywhere() -> None:
    assert resolve_token() == ("", TokenSource.NONE)


def test_from_the_hf_cli_token_file(places: Path) -> None:
    write_cli_token(places)
    token, source = resolve_token()
    assert (token, source) == (CLI_TOKEN, TokenSource.HF_TOKEN_FILE)


def test_hf_home_defaults_to_the_cache_dir(places: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(places / "cache"))
    (places / "cache" / "huggingface").mkdir(parents=True)
    (places / "cache" / "huggingface" / "token").write_text(CLI_TOKEN)
    assert resolve_token() == (CLI_TOKEN, TokenSource.HF_TOKEN_FILE)


def test_hf_token_path_wins_over_hf_home(places: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_cli_token(places)
    other = places / "elsewhere"
    other.write_text("hf_from_token_path_0004")
    monkeypatch.setenv("HF_TOKEN_PATH", str(other))
    assert resolve_token() == ("hf_from_token_path_0004", TokenSource.HF_TOKEN_FILE)


def test_env_wins_over_the_cli_file(places: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_cli_token(places)
    monkeypatch.setenv("HF_TOKEN", f"  {ENV_TOKEN}\n")
    assert resolve_token() == (ENV_TOKEN, TokenSource.ENV)


def test_the_app_keyring_wins_over_everything(places: Path, monkeypatch: pytest.MonkeyPatch,
                                              use_keyring: UseKeyring) -> None:
    write_cli_token(places)
    monkeypatch.setenv("HF_TOKEN", ENV_TOKEN)
    ring = use_keyring(MemoryKeyring())
    assert save_token(APP_TOKEN).source is TokenSource.APP_KEYRING
    assert ring.get_password("hfi_desktop", "hf_token") == APP_TOKEN
    assert resolve_token() == (APP_TOKEN, TokenSource.APP_KEYRING)


def test_the_app_file_wins_over_env(monkeypatch: pytest.MonkeyPatch) -> None:
    save_token(APP_TOKEN)  # no keyring backend in tests: the file
    monkeypatch.setenv("HF_TOKEN", ENV_TOKEN)
    assert resolve_token() == (APP_TOKEN, TokenSource.APP_FILE)


def test_source_descriptions(places: Path) -> None:
    assert TokenSource.APP_KEYRING.describe() == "from the app's keyring"
    assert TokenSource.ENV.describe() == "from HF_TOKEN"
    assert TokenSource.HF_TOKEN_FILE.describe().endswith("hf_home/token")


def test_found_token_repr_hides_the_token(places: Path) -> None:
    write_cli_token(places)
    assert CLI_TOKEN not in repr(resolve_token())


# ------------------------------------------------------------------------------- saving


def test_no_keyring_backend_falls_back_to_a_0600_file(places: Path) -> None:
    result = save_token(APP_TOKEN)
    assert result.source is TokenSource.APP_FILE
    assert result.keyring_problem == "no keyring backend is available on this system"
    path = places / "config" / "hfi_desktop" / "token"
    assert result.path == path
    assert path.read_text() == APP_TOKEN
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "only you can read (0600)" in result.describe()


@pytest.mark.parametrize("ring", [BrokenKeyring, ForgetfulKeyring])
def test_a_failing_keyring_falls_back_to_the_file(ring: type, use_keyring: UseKeyring) -> None:
    use_keyring(ring())
    result = save_token(APP_TOKEN)
    assert result.source is TokenSource.APP_FILE
    assert result.keyring_problem
    assert resolve_token() == (APP_TOKEN, TokenSource.APP_FILE)


def test_the_file_is_0600_even_with_a_lax_umask(places: Path) -> None:
    import os

    old = os.umask(0)
    try:
        path = save_token(APP_TOKEN).path
    finally:
        os.umask(old)
    assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_saving_in_the_keyring_removes_an_old_file(use_keyring: UseKeyring) -> None:
    path = save_token("hf_old_file_token_0005").path
    assert path is not None and path.exists()
    use_keyring(MemoryKeyring())
    save_token(APP_TOKEN)
    assert not path.exists()
    assert resolve_token() == (APP_TOKEN, TokenSource.APP_KEYRING)


def test_replace_then_remove(places: Path, monkeypatch: pytest.MonkeyPatch,
                             use_keyring: UseKeyring) -> None:
    use_keyring(MemoryKeyring())
    monkeypatch.setenv("HF_TOKEN", ENV_TOKEN)
    save_token(APP_TOKEN)
    save_token("hf_replacement_token_06")
    assert resolve_token() == ("hf_replacement_token_06", TokenSource.APP_KEYRING)
    remove_token()
    assert resolve_token() == (ENV_TOKEN, TokenSource.ENV)  # the user's own stays
    remove_token()  # nothing left to remove: fine


def test_remove_clears_the_file_too(monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_token(APP_TOKEN).path
    remove_token()
    assert path is not None and not path.exists()
    assert resolve_token().source is TokenSource.NONE


@pytest.mark.parametrize("bad", ["", "   ", "hf_with space", "hf_new\nline"])
def test_bad_tokens_are_refused(bad: str) -> None:
    with pytest.raises(SecretStoreError):
        save_token(bad)


def test_a_broken_keyring_reads_as_nothing_saved(places: Path, use_keyring: UseKeyring) -> None:
    use_keyring(BrokenKeyring())
    write_cli_token(places)
    assert resolve_token() == (CLI_TOKEN, TokenSource.HF_TOKEN_FILE)


# ------------------------------------------------------------------------------- whoami

WHOAMI = {
    "type": "user", "name": "julien", "fullname": "Julien C",
    "orgs": [{"name": "huggingface"}, {"name": "acme"}],
    "auth": {"type": "access_token", "accessToken": {"displayName": "laptop", "role": "read"}},
}


def test_whoami(fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/api/whoami-v2", respond_json(WHOAMI))
    who = whoami(fake_api.url, APP_TOKEN)
    assert who.name == "julien"
    assert who.orgs == ("huggingface", "acme")
    assert who.describe() == (
        "julien (Julien C) · organizations: huggingface, acme · “laptop”: read")
    assert fake_api.requests_to("/api/whoami-v2")[0].header("authorization") == (
        f"Bearer {APP_TOKEN}")


def test_whoami_invalid_token(fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/api/whoami-v2", respond_error(401, "Invalid credentials"))
    with pytest.raises(WhoAmIError, match="token invalid"):
        whoami(fake_api.url, APP_TOKEN)


def test_whoami_unreachable(refused_url: str) -> None:
    with pytest.raises(WhoAmIError, match="cannot reach"):
        whoami(refused_url, APP_TOKEN)


def test_whoami_obeys_the_trust(fake_api: FakeInferenceAPI) -> None:
    with pytest.raises(WhoAmIError, match="not trusted"):
        whoami(fake_api.url, APP_TOKEN, trust=TokenTrust())
    assert fake_api.requests_to("/api/whoami-v2") == []


# ---------------------------------------------------------------------------- redaction


def test_redact() -> None:
    secrets.register_secret("my-odd-token-without-prefix")
    text = ("echo: Authorization: Bearer my-odd-token-without-prefix, "
            "again my-odd-token-without-prefix and hf_abcdefghijklmnopqrstuvwxyz012345")
    cleaned = redact(text)
    assert "my-odd-token" not in cleaned
    assert "hf_abcdefghijklmnop" not in cleaned
    assert "hf_***" in cleaned
    assert redact("Model gpt2 is loading") == "Model gpt2 is loading"


def test_redact_base64(places: Path) -> None:
    import base64

    write_cli_token(places, "hf_base64_check_token_1234")
    resolve_token()  # registers it
    encoded = base64.b64encode(b"hf_base64_check_token_1234").decode()
    assert encoded.rstrip("=") not in redact(f"x {encoded} y")


def test_log_filter(caplog: pytest.LogCaptureFixture) -> None:
    secrets.register_secret("hf_logged_token_abcdefgh")
    handler = logging.StreamHandler()
    handler.addFilter(secrets.RedactingFilter())
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "failed: %s", (
        "401 Bearer hf_logged_token_abcdefgh",), None)
    assert handler.filter(record)
    assert "hf_logged_token" not in record.getMessage()


def test_mask() -> None:
    assert mask("hf_abcdefghijklmnopqrstuvwxyz") == "hf_••••••••••••wxyz"
    assert mask("") == ""
    assert "short" not in mask("short")


# ------------------------------------------------- a keyring that refuses (fault 12)


def refusing_keyring_holding(use_keyring: UseKeyring, token: str) -> RefusingKeyring:
    ring = RefusingKeyring()
    ring.passwords[("hfi_desktop", "hf_token")] = token
    use_keyring(ring)
    return ring


def test_remove_says_so_when_the_keyring_refuses_to_delete(use_keyring: UseKeyring) -> None:
    refusing_keyring_holding(use_keyring, APP_TOKEN)
    with pytest.raises(SecretStoreError, match="keyring refused to delete") as caught:
        remove_token()
    assert "still in use" in str(caught.value)
    assert resolve_token() == (APP_TOKEN, TokenSource.APP_KEYRING)  # what is in effect


def test_save_says_so_when_the_keyring_refuses_and_keeps_an_older_token(
        places: Path, use_keyring: UseKeyring) -> None:
    refusing_keyring_holding(use_keyring, APP_TOKEN)
    with pytest.raises(SecretStoreError, match="keyring refused") as caught:
        save_token("hf_the_new_token_0099")
    assert "older token stays in use" in str(caught.value)
    assert resolve_token() == (APP_TOKEN, TokenSource.APP_KEYRING)
    assert not (places / "config" / "hfi_desktop" / "token").exists()  # no token that loses


def test_save_with_a_refusing_but_empty_keyring_uses_the_file_and_names_the_failure(
        places: Path, use_keyring: UseKeyring) -> None:
    use_keyring(RefusingKeyring())
    result = save_token("hf_the_new_token_0099")
    assert result.source is TokenSource.APP_FILE
    assert "read-only" in result.describe() or "KeyringError" in result.describe()
    assert resolve_token() == ("hf_the_new_token_0099", TokenSource.APP_FILE)


# --------------------------------------------- the config folder and the token file


def app_dir(places: Path) -> Path:
    return places / "config" / "hfi_desktop"


def test_an_open_config_folder_of_ours_is_tightened_to_0700(places: Path,
                                                            use_keyring: UseKeyring) -> None:
    use_keyring(BrokenKeyring())  # the file fallback
    folder = app_dir(places)
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    assert save_token(APP_TOKEN).source is TokenSource.APP_FILE
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "token").stat().st_mode) == 0o600


def test_a_symlinked_token_file_is_never_followed(places: Path,
                                                  use_keyring: UseKeyring) -> None:
    use_keyring(BrokenKeyring())
    folder = app_dir(places)
    folder.mkdir(parents=True, mode=0o700)
    elsewhere = places / "someone_elses_file"
    elsewhere.write_text("hf_not_a_token_of_this_app_0000")
    (folder / "token").symlink_to(elsewhere)
    assert resolve_token().source is TokenSource.NONE  # not read through the link
    save_token(APP_TOKEN)
    assert elsewhere.read_text() == "hf_not_a_token_of_this_app_0000"  # not written through
    assert not (folder / "token").is_symlink()
    assert (folder / "token").read_text() == APP_TOKEN
    (folder / "token").unlink()
    (folder / "token").symlink_to(elsewhere)
    remove_token()
    assert not (folder / "token").exists() and elsewhere.exists()
