"""What the application keeps: settings and recent models (QSettings), the history of runs
(:mod:`.history`), result files (:mod:`.export`), saved comparisons (:mod:`.comparison_file`),
and the shared file helpers (:mod:`.atomic`, :mod:`.filenames`, :mod:`.paths`); the run record
they share is :mod:`.records`. The access token and host trust are
:mod:`hfi_desktop.credentials`."""
