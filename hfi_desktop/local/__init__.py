"""What runs on this computer: the local engine and the local servers people already run
(Ollama, llama.cpp, LM Studio, vLLM, ``transformers serve``, TGI, TEI). No Qt here."""
