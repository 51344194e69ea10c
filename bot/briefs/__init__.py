"""The brief: its typed model, reading and checking a file, verified quotations, the library in service (lookup,
hot reload, the start-up cache), adding a desk answer to a file, and what changed between two versions. Knows
nothing of Slack."""
