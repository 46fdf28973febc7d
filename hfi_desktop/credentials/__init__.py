"""The access token and where it may go: :mod:`.secrets` finds, saves and redacts the token
(OS keyring, else a 0600 file); :mod:`.trust` decides which hosts may receive it.

No Qt, and nothing of the application's above it: storage's settings keep the user's trust
decisions and hand them in (:class:`.trust.TrustSettings`).
"""
