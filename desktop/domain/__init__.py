"""Pure domain types and rules: no I/O, no Qt, nothing of ours but itself."""
