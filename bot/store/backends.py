"""The two databases the store runs on, behind one small interface: SQLite (one machine, the default) and
PostgreSQL (several processes or hosts, psycopg 3 with a connection pool).

Statements are written once with `?` placeholders; every call is its own transaction unless made inside
`transaction()`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from bot.errors import ConfigError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def database_errors() -> tuple[type[Exception], ...]:
    """What either database raises when a statement fails."""
    from psycopg import Error as PostgresError

    return (sqlite3.Error, PostgresError)


class Session(Protocol):
    def execute(self, sql: str, args: tuple | list = ()) -> int:
        """Run one statement; the number of rows it changed."""

    def rows(self, sql: str, args: tuple | list = ()) -> list[tuple]: ...


class Database(Session, Protocol):
    dialect: str

    def transaction(self) -> AbstractContextManager[Session]: ...

    def close(self) -> None: ...


def is_postgres(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def open_database(location: str | Path, readonly: bool = False) -> Database:
    """PostgreSQL for a postgresql:// URL, else SQLite at the path (opened only for reading with readonly)."""
    if isinstance(location, str) and is_postgres(location):
        return PostgresDatabase(location)
    return SQLiteDatabase(Path(location), readonly)


_FIX = "Set BRIEFBOT_DB to a file in a folder briefbot can write"


class SQLiteDatabase:
    """One connection for the process, one statement at a time; WAL and a long busy timeout, so other processes
    on the same file (a second `briefbot serve`, `briefbot inbox`) wait their turn instead of failing."""

    dialect = "sqlite"

    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        try:
            if readonly:  # a reader (`briefbot inbox`) needs no write access to the file or its folder
                target = f"{path.resolve().as_uri()}?mode=ro"
                self._conn = sqlite3.connect(
                    target, timeout=30, isolation_level=None, check_same_thread=False, uri=True
                )
                self._conn.execute("PRAGMA busy_timeout=30000")
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
                for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
                    self._conn.execute(f"PRAGMA {pragma}")
        except (FileExistsError, NotADirectoryError):
            raise ConfigError(f"BRIEFBOT_DB: {path.parent} cannot be a folder: a file is in the way. {_FIX}.") from None
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"BRIEFBOT_DB: cannot open the SQLite database {path}: {exc}. {_FIX}.") from None
        self._lock = threading.RLock()

    def execute(self, sql: str, args: tuple | list = ()) -> int:
        with self._lock:
            return self._conn.execute(sql, args).rowcount

    def rows(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")  # the write lock at once: no upgrade deadlock between processes
            try:
                yield self
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _PostgresSession:
    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql: str, args: tuple | list = ()) -> int:
        return self._conn.execute(sql.replace("?", "%s"), args).rowcount

    def rows(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        return self._conn.execute(sql.replace("?", "%s"), args).fetchall()


class PostgresDatabase:
    """A pool of autocommit connections; `transaction()` holds one connection for its statements."""

    dialect = "postgresql"
    POOL_SIZE = 10
    CONNECT_SECONDS = 10.0

    def __init__(self, url: str):
        from psycopg import OperationalError
        from psycopg_pool import ConnectionPool, PoolTimeout

        self._pool = ConnectionPool(
            url, min_size=1, max_size=self.POOL_SIZE, kwargs={"autocommit": True}, open=False, name="briefbot"
        )
        try:
            self._pool.open(wait=True, timeout=self.CONNECT_SECONDS)
        except (PoolTimeout, OperationalError) as exc:
            self._pool.close()
            raise ConfigError(f"BRIEFBOT_DB: cannot connect to PostgreSQL: {exc}") from None

    def execute(self, sql: str, args: tuple | list = ()) -> int:
        with self._pool.connection() as conn:
            return _PostgresSession(conn).execute(sql, args)

    def rows(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        with self._pool.connection() as conn:
            return _PostgresSession(conn).rows(sql, args)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._pool.connection() as conn, conn.transaction():
            yield _PostgresSession(conn)

    def close(self) -> None:
        self._pool.close()
