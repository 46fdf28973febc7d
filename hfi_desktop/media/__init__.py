"""Input files: load and check images, audio, CSV tables and other files (called in worker threads).

No widgets here; QImage is allowed (thumbnails are built here and own their memory, so the GUI
thread can turn them into QPixmaps). Every refusal is a :class:`MediaError` whose message names
the file and says what to do; the input widgets show it as is.
"""

from hfi_desktop.media.audio_input import LoadedAudio, format_duration, load_audio
from hfi_desktop.media.errors import MediaError
from hfi_desktop.media.files import LoadedFile, load_file
from hfi_desktop.media.images import ImageSource, LoadedImage, load_chat_image, load_image
from hfi_desktop.media.tables import header_problem, load_csv, parse_tsv

__all__ = [
    "ImageSource",
    "LoadedAudio",
    "LoadedFile",
    "LoadedImage",
    "MediaError",
    "format_duration",
    "header_problem",
    "load_audio",
    "load_chat_image",
    "load_csv",
    "load_file",
    "load_image",
    "parse_tsv",
]
