"""The local engine: a process of its own (``python -m hfi_desktop.engine --port 0``) that
serves models from the local Hub cache over the hf-inference routes and OpenAI-style chat.

No Qt here, and the GUI process never imports this package (import-linter contracts): it
starts the engine as a child process and talks to it through the client."""
