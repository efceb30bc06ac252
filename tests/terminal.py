"""A program on a real pseudo-terminal, read as plain text: how tests and benchmarks use the
reader the way a person at a terminal does, in a process of its own."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

COLUMNS, ROWS = 160, 45
ANSI = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78])")
ROOT = Path(__file__).resolve().parent.parent


class Terminal:
    """A program on a pseudo-terminal of COLUMNS x ROWS."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the program
            os.execvpe(argv[0], argv, env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        self.screen = b""
        self.exit_status: int | None = None

    def read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 1 << 20)
        except OSError:
            return b""
        self.screen += data
        return data

    def text(self) -> str:
        """Everything the program has written, without its escape sequences."""
        return ANSI.sub(b"", self.screen).decode("utf-8", errors="replace")

    def wait_for(self, *texts: str, timeout: float = 60.0, after: int = 0) -> float:
        """Seconds from start until all the texts have been written (from character `after` of
        text() on); TimeoutError, with the end of the screen, if they are not."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self.read(0.05)
            shown = self.text()[after:]
            if all(text in shown for text in texts):
                return time.perf_counter() - self.started
            if self._exited():
                break
        tail = self.text()[-1500:]
        raise TimeoutError(f"{texts!r} did not appear within {timeout:.0f} s; the screen ended with:\n{tail}")

    def press(self, *keys: str) -> None:
        for key in keys:
            os.write(self.fd, key.encode())

    def key_to_frame(self, key: bytes) -> float:
        """Seconds from a key press until the program starts drawing the next frame."""
        self.drain()
        start = time.perf_counter()
        os.write(self.fd, key)
        while not self.read(1.0):
            if time.perf_counter() - start > 5:
                raise TimeoutError("no frame after a key press")
        elapsed = time.perf_counter() - start
        self.drain()
        return elapsed

    def drain(self) -> None:
        while self.read(0.02):
            pass

    def peak_memory_mb(self) -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError(f"the program exited during the run; its screen ended with:\n{self.text()[-2000:]}")

    def wait_exit(self, timeout: float = 30.0) -> int:
        """The program's exit status once it ends by itself (TimeoutError if it does not)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self.read(0.05)
            if self._exited():
                assert self.exit_status is not None
                return self.exit_status
        raise TimeoutError(f"still running after {timeout:.0f} s; the screen ended with:\n{self.text()[-1500:]}")

    def _exited(self) -> bool:
        if self.exit_status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.exit_status = os.waitstatus_to_exitcode(status)
        return self.exit_status is not None

    def close(self) -> None:
        if not self._exited():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def environment(db: Path) -> dict[str, str]:
    """What the reader needs to run from this checkout on a terminal of COLUMNS x ROWS."""
    return {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": str(COLUMNS),
        "LINES": str(ROWS),
        "CLAIMDIFF_DB": str(db),
        "PYTHONPATH": str(ROOT),
    }


def claimdiff(*args: str) -> list[str]:
    """The command line that runs claimdiff from this checkout."""
    return [sys.executable, "-c", "from tui.cli import run; run()", *args]
