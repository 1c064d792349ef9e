"""gunicorn's access log, the same lines for less work (``gunicorn.conf.py``'s ``logger_class``).

For each request gunicorn's logger builds a dict of every value a log format may name: the ~20 atoms,
then one entry per request header, per response header and per WSGI environ variable (some 40 more),
and copies it again to escape quotes; the default format reads nine of them. That was about 0.3
million instructions a request, 4% of a BBC article's whole request (callgrind, docs/service.md).
With the default format this logger builds those nine, with gunicorn's own expressions, and gunicorn
formats and writes the line as before; any other format (``--access-logformat``) goes through
gunicorn's code unchanged.
"""

from __future__ import annotations

from gunicorn.config import AccessLogFormat
from gunicorn.glogging import Logger

__all__ = ["AccessLogger"]

#: gunicorn's default access log format (Apache's combined format).
DEFAULT_FORMAT = AccessLogFormat.default


class AccessLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        if self.cfg.access_log_format != DEFAULT_FORMAT:
            return super().atoms(resp, req, environ, request_time)
        # The atoms of DEFAULT_FORMAT, as gunicorn's Logger.atoms computes them.
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        sent = getattr(resp, "sent", None)
        return {
            "h": environ.get("REMOTE_ADDR", "-"),
            "l": "-",
            "u": self._get_user(environ) or "-",
            "t": self.now(),
            "r": "%s %s %s" % (environ["REQUEST_METHOD"], environ["RAW_URI"], environ["SERVER_PROTOCOL"]),
            "s": status,
            "b": sent is not None and str(sent) or "-",
            "f": environ.get("HTTP_REFERER", "-"),
            "a": environ.get("HTTP_USER_AGENT", "-"),
        }
