"""Saving results to files: :mod:`.save` (Save as…, Save all… with a manifest) over
:mod:`.source` (a run or a history record, in one shape), :mod:`.formats` (which formats fit),
:mod:`.render` (a result and a format to files), :mod:`.plan` (names and conflicts checked,
then atomic writes) and per kind of data :mod:`.json_file`, :mod:`.tables`, :mod:`.media`
(images, Pillow) and :mod:`.wav` (audio, converted with Qt Multimedia); :mod:`.drag` writes
the file a result is dragged out as. No widgets."""
