"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, listening only on a unix socket
there, stopped at the end. Run as the `postgres` user when the tests run as root (initdb refuses root)."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_names = itertools.count(1)


def _bindir() -> Path | None:
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


@dataclass
class PostgresServer:
    folder: Path
    bindir: Path
    as_user: list[str]

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://briefbot@/{database}?host={self.socket_dir}"

    def new_database(self) -> str:
        """A fresh, empty database on the server; its URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(_names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess:
        command = [*self.as_user, str(self.bindir / tool), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def start_postgres() -> tuple[PostgresServer | None, str]:
    """A running server, or None and why none could be started."""
    bindir = _bindir()
    if bindir is None:
        return None, "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH"
    folder = Path(tempfile.mkdtemp(prefix="briefbot-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            return None, "running as root and there is no 'postgres' user to run initdb as"
        as_user = ["runuser", "-u", "postgres", "--"]
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    os.chmod(folder, 0o755)
    server = PostgresServer(folder, bindir, as_user)
    (folder / "socket").mkdir()
    if as_user:
        os.chown(folder / "socket", owner.pw_uid, owner.pw_gid)
    steps = [
        ("initdb", "-D", str(folder / "data"), "-U", "briefbot", "--auth=trust", "-E", "UTF8", "--no-sync"),
        ("pg_ctl", "-D", str(folder / "data"), "-l", str(folder / "server.log"), "-w", "-t", "60", "-o",
         f"-k {folder / 'socket'} -c listen_addresses='' -c fsync=off -c max_connections=200", "start"),
    ]  # fmt: skip
    for tool, *args in steps:
        done = server._run(tool, *args)
        if done.returncode != 0:
            log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            return None, f"{tool} failed: {(done.stderr or done.stdout).strip()[-500:]} {log[-500:]}"
    return server, ""
