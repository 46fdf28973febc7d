"""``python -m hfi_desktop``: start the desktop app."""

import sys

from hfi_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
