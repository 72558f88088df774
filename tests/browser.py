"""Headless Chromium, driven through its DevTools protocol over a pipe (no driver needed).

Just what the page tests use: open a page with cookies, wait for it to load, evaluate
JavaScript, and collect every Content-Security-Policy violation the page causes.
"""

import fcntl
import json
import os
import shutil
import subprocess
import tempfile

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing but this machine: any other host fails to resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    "--remote-debugging-pipe",
]

# Runs before the page's own scripts, outside its CSP: it only listens.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


def above_4(fd):
    """The same pipe end on a descriptor above 4, so that moving it onto 3 or 4 clobbers none."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


def require_chromium():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium missing: install the chromium package")
        pytest.skip("Chromium missing")


class Browser:
    def __init__(self):
        require_chromium()
        self.profile = tempfile.TemporaryDirectory(prefix="chromium-", ignore_cleanup_errors=True)
        # Chromium reads commands on its fd 3 and writes replies on its fd 4.
        to_chromium_read, to_chromium_write = map(above_4, os.pipe())
        from_chromium_read, from_chromium_write = map(above_4, os.pipe())
        command = [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile.name}", "about:blank"]
        self.process = subprocess.Popen(
            [
                "bash",
                "-c",
                f'exec "$@" 3<&{to_chromium_read} 4>&{from_chromium_write}',
                "bash",
                *command,
            ],
            pass_fds=(to_chromium_read, from_chromium_write),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chromium_read)
        os.close(from_chromium_write)
        self.writer = os.fdopen(to_chromium_write, "wb")
        self.reader = os.fdopen(from_chromium_read, "rb")
        self.buffer = b""
        self.last_id = 0
        self.events = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.send("Page.enable", session=True)
        self.send("Runtime.enable", session=True)
        self.send("Log.enable", session=True)
        self.send("Page.addScriptToEvaluateOnNewDocument", session=True, source=RECORD_VIOLATIONS)

    def send(self, method, session=False, **params):
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self.writer.write(json.dumps(message).encode() + b"\0")
        self.writer.flush()
        while True:
            reply = self.receive()
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def receive(self):
        """The next message from Chromium; each ends with a NUL byte."""
        while b"\0" not in self.buffer:
            chunk = self.reader.read1(65536)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def set_cookie(self, url, name, value):
        self.send("Network.setCookie", session=True, url=url, name=name, value=value)

    def open(self, url):
        """Load `url` and wait for its load event: scripts have run, styles are applied."""
        self.events = []
        self.send("Page.navigate", session=True, url=url)
        self.wait_for_load()

    def wait_for_load(self):
        def loaded(event):
            return event.get("method") == "Page.loadEventFired"

        while not any(map(loaded, self.events)):
            self.events.append(self.receive())
        self.events = [event for event in self.events if not loaded(event)]

    def evaluate(self, expression):
        result = self.send(
            "Runtime.evaluate", session=True, expression=expression, returnByValue=True
        )
        return result["result"].get("value")

    def errors(self):
        """Uncaught JavaScript exceptions and console errors since the page was opened."""
        errors = []
        for event in self.events:
            params = event.get("params", {})
            if event.get("method") == "Runtime.exceptionThrown":
                errors.append(params["exceptionDetails"]["text"])
            elif event.get("method") == "Log.entryAdded" and params["entry"]["level"] == "error":
                entry = params["entry"]
                # Browsers ask for /favicon.ico on their own; the site does not link to it.
                if not entry.get("url", "").endswith("/favicon.ico"):
                    errors.append(f"{entry['text']} {entry.get('url', '')}")
        return errors

    def close(self):
        # Browser.close lets Chromium stop its helper processes before the profile is removed.
        try:
            self.send("Browser.close")
        except (OSError, RuntimeError):
            self.process.terminate()
        self.process.wait(timeout=10)
        self.writer.close()
        self.reader.close()
        self.profile.cleanup()
