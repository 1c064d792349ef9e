"""service/access_log.py: the access log's lines are gunicorn's own, for any format."""

from __future__ import annotations

import base64
import datetime
import types

import pytest
from gunicorn.config import Config
from gunicorn.glogging import Logger

from service.access_log import DEFAULT_FORMAT, AccessLogger

FORMATS = [
    DEFAULT_FORMAT,
    '%(h)s %(t)s "%(r)s" %(s)s %(B)s %(L)s %(M)s %(D)s %(T)s %(p)s %(m)s %(U)s %(q)s %(H)s',
    '%(h)s "%({user-agent}i)s" %({content-type}o)s %({REMOTE_PORT}e)s %({absent}i)s %(x)s',
]


def _request(user_agent: str, referer: str | None, auth: str | None, status: str, sent: int | None):
    environ = {
        "REMOTE_ADDR": "10.1.2.3",
        "REMOTE_PORT": "50123",
        "REQUEST_METHOD": "POST",
        "RAW_URI": "/v1/summarize?x=1",
        "PATH_INFO": "/v1/summarize",
        "QUERY_STRING": "x=1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_USER_AGENT": user_agent,
    }
    if referer is not None:
        environ["HTTP_REFERER"] = referer
    if auth is not None:
        environ["HTTP_AUTHORIZATION"] = auth
    request = types.SimpleNamespace(headers=[("USER-AGENT", user_agent), ("CONTENT-LENGTH", "12")])
    response = types.SimpleNamespace(
        status=status, sent=sent, headers=[("Content-Type", "application/json"), ("Content-Length", "34")]
    )
    return response, request, environ, datetime.timedelta(seconds=1, microseconds=2345)


REQUESTS = [
    _request("wrk", None, None, "200 OK", 334),
    _request('a "quoted" agent', "https://example.org/a?b=\"c\"", None, "413 REQUEST ENTITY TOO LARGE", 0),
    _request("curl/8", "-", "Basic " + base64.b64encode(b"ann:secret").decode(), "503 SERVICE UNAVAILABLE", None),
    _request("x", None, "Basic not-base64!", "404 NOT FOUND", 91),
]


def _line(logger_class, access_format: str, request) -> str:
    cfg = Config()
    cfg.set("access_log_format", access_format)
    logger = logger_class(cfg)
    logger.now = lambda: "[02/Dec/2026:00:00:00 +0000]"  # one clock for both loggers
    # What gunicorn's Logger.access hands to logging, and logging's ``msg % args``.
    return access_format % logger.atoms_wrapper_class(logger.atoms(*request))


@pytest.mark.parametrize("access_format", FORMATS)
@pytest.mark.parametrize("request_", REQUESTS)
def test_access_lines_are_gunicorns(access_format, request_):
    assert _line(AccessLogger, access_format, request_) == _line(Logger, access_format, request_)


def test_the_default_line_by_hand():
    line = _line(AccessLogger, DEFAULT_FORMAT, REQUESTS[1])
    expected = (
        '10.1.2.3 - - [02/Dec/2026:00:00:00 +0000] "POST /v1/summarize?x=1 HTTP/1.1" 413 0 '
        '"https://example.org/a?b=\\"c\\"" "a \\"quoted\\" agent"'
    )
    assert line == expected
    assert _line(AccessLogger, DEFAULT_FORMAT, REQUESTS[2]).split()[2] == "ann"
