"""The blind arena: two models answer the same input, the user votes, ratings follow (no Qt)."""
