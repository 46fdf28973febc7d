"""The history of runs: :mod:`.store` (SQLite, one store per database file) and its
:mod:`.schema`, :mod:`.service` (every store call on one worker thread, for the app),
:mod:`.text` (a run's values made storable and searchable) and :mod:`.content_store` (input
files and binary results, kept once by sha256)."""
