"""Drive Debian's chromium headless through Playwright (no browser download), with the network cut off.

`open_page(path)` loads a local HTML file with every non-file request aborted, and records
the requests the page made, its console errors and uncaught exceptions.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
STABLE_TIMEOUT_MS = 60_000


def chromium_missing() -> str | None:
    """Why browser tests cannot run here (no Debian chromium), or None when they can.

    Playwright itself is a test dependency (the `test` extra): without it the tests fail.
    """
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)"
    return None


@dataclass
class PageRun:
    """A loaded page and what it did."""

    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def wait_stable(self, timeout_ms: int = STABLE_TIMEOUT_MS) -> None:
        """Wait until the layout has stabilised and physics is off.

        Polls from outside the page: Playwright's wait_for_function evaluates strings inside
        it, which the page's Content-Security-Policy (rightly) refuses.
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.page.evaluate("Boolean(window.kgPage && window.kgPage.stable)"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the page did not stabilise within {timeout_ms} ms")
            self.page.wait_for_timeout(50)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


@contextmanager
def browser() -> Iterator[Any]:
    """A headless chromium with a fresh profile directory, removed afterwards."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS,
                viewport={"width": 1400, "height": 900}, offline=True,
            )
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def open_page(context: Any, path: Path, view: str = "") -> PageRun:
    """Load `path` from disk with every request but file:// aborted, recording what happened;
    `view` ("grades", "statements", "force", "graph") opens that view of the page."""
    page = context.new_page()
    run = PageRun(page)

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith("file://"):
            r.continue_()
        else:
            run.blocked.append(url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda request: run.requests.append(request.url))
    page.on("console", lambda msg: run.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: run.page_errors.append(str(exc)))
    page.goto(path.resolve().as_uri() + (f"#{view}" if view else ""), wait_until="load")
    return run
