"""Models served on this computer, as the GUI process sees them (no Qt, no torch): the local
engine's start line and its optional extra, the local servers people already run (Ollama,
llama.cpp, LM Studio, vLLM, ``transformers serve``, TGI, TEI) and how they are found, and the
clients that call them."""
