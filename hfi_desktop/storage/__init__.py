"""What the application keeps between runs: settings, recent models (history comes later)."""
