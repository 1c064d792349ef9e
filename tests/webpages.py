"""A small web site on 127.0.0.1 for the tests that fetch URLs: an article, a paywall, a home page of
links, errors, redirects, an oversized and a slow page. It runs in a thread of the test process and
serves only what is listed here."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    "<html><head><title>Flood warning for York</title>"
    "<meta name='author' content='Jane Smith'><meta property='og:site_name' content='York Press'>"
    "<meta property='article:published_time' content='2025-04-23T10:00:00Z'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
    "<article><p>World</p><h1>Flood warning for York</h1>"
    "<p>The river Ouse rose two metres overnight and the council opened three shelters in the city.</p>"
    "<p>Residents of streets near the river were told to move valuables upstairs before the evening.</p>"
    "<p>Trains between York and Leeds were cancelled on Tuesday, and the bridge stayed closed to cars.</p>"
    "<p>More from York</p></article><footer>Copyright footer text</footer></body></html>"
)
PAYWALL = (
    "<html><head><title>Council budget - The Daily</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Council budget</h1>"
    "<p>You have reached your limit of free articles this month.</p>"
    "<p><a href='/subscribe'>Subscribe now</a> to keep reading.</p></article></body></html>"
)
NAVIGATION = (
    "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> "
    "<a href='/sport'>Sport</a> <a href='/business'>Business</a></nav><main><h1>Home</h1><ul>"
    "<li><a href='/a'>Council votes on bridge</a></li><li><a href='/b'>Floods in York</a></li>"
    "<li><a href='/c'>Markets fall again</a></li></ul></main></body></html>"
)
TEXT = (
    "Heavy rain caused the river in Hull to rise by two metres overnight. Officials opened four shelters "
    "for families near the water. Trains to Leeds were cancelled on Tuesday."
)
BIG_BYTES = 3 * 1024 * 1024

_PAGES = {
    "/article": (200, "text/html; charset=utf-8", ARTICLE),
    "/paywall": (200, "text/html; charset=utf-8", PAYWALL),
    "/home": (200, "text/html; charset=utf-8", NAVIGATION),
    "/text": (200, "text/plain; charset=utf-8", TEXT),
    "/gone": (404, "text/html", "<html><body><h1>Not found</h1></body></html>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 -- the name http.server calls
        path = self.path
        if path in _PAGES:
            status, media, body = _PAGES[path]
            return self._send(status, media, body.encode("utf-8"))
        if path == "/moved":
            return self._redirect("/article")
        if path.startswith("/loop"):
            return self._redirect(path + "x")
        if path == "/big":  # no Content-Length: the size cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>"
            sent = 0
            while sent < BIG_BYTES:
                try:
                    self.wfile.write(chunk)
                except OSError:
                    return
                sent += len(chunk)
            return
        if path == "/slow":
            time.sleep(3)
            return self._send(200, "text/html", ARTICLE.encode())
        return self._send(404, "text/plain", b"no such page")

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:  # quiet
        pass


class Site:
    """The site, started on a free port of 127.0.0.1; ``url("/article")`` names a page."""

    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
