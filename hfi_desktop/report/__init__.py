"""Reports people can share: a self-contained HTML file and a Markdown one (no Qt)."""
