"""Models served on this computer, as the GUI process sees them (no Qt, no torch): the local
engine's start line and its optional extra, the local servers, and the clients that call
them."""
