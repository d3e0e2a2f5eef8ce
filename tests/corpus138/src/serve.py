"""Serve src/oiNN.html under the real-looking host and path that each page imitates, so
that Chromium's own print footer shows that URL. build.sh starts it and maps the hosts to
127.0.0.1 with --host-resolver-rules. Standard library only:  python3 serve.py PORT"""
import http.server
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# (host, path) -> file in src/
PAGES = {}
with open(os.path.join(HERE, "pages.tsv"), encoding="utf-8") as fh:
    for line in fh:
        if line.strip() and not line.startswith("#"):
            doc, url = line.rstrip("\n").split("\t")[:2]
            host, _, path = url.split("://", 1)[1].partition("/")
            PAGES[(host, "/" + path)] = doc + ".html"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        host = self.headers.get("Host", "").split(":")[0]
        name = PAGES.get((host, self.path))
        if name is None:
            self.send_error(404)
            return
        body = open(os.path.join(HERE, name), "rb").read()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
