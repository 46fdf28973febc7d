"""The local engine: runs Hub models from the local cache behind the hf-inference routes."""
