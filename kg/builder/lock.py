"""One writer at a time per output folder: an advisory lock on OUT/.lock."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from types import TracebackType

from ..errors import OutputLocked

LOCK_FILE = ".lock"


class OutputLock:
    """Hold OUT/.lock while writing; a second build waits up to `wait` seconds, then refuses.

    The lock is the kernel's (flock), so it goes away with the process that held it, even
    one killed with SIGKILL: there is no stale lock to clean up.
    """

    def __init__(self, out_dir: Path, wait: float = 30.0) -> None:
        self.path = out_dir / LOCK_FILE
        self.wait = wait
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "another process"
                    os.close(fd)
                    raise OutputLocked(f"{self.path.parent}: another kg build (pid {holder}) is writing here; "
                                       f"waited {self.wait:g} s. Try again when it ends, or use another --out") from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
