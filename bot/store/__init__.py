"""Storage: one interface (`Store`) over SQLite or PostgreSQL, one schema with its migrations (`schema`)."""

from bot.store.store import InboxEntry, ServedEntry, Store, printable

__all__ = ["InboxEntry", "ServedEntry", "Store", "printable"]
