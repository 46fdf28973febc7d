"""Qt widgets of the desktop app (everything that draws)."""
