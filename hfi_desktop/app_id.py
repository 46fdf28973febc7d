"""The application's identity on the desktop: its reverse-DNS id (the .desktop file's name,
the AppStream component id, the icon's name; packaging/linux/) and its icon's file."""

APP_ID = "io.github.hfi_desktop.HfiDesktop"
#: The icon's SVG master under resources/icons/ (packaging/render-icons.py draws the PNGs).
ICON_FILE = "hfi-desktop.svg"
