"""The JSON of every answer: Flask's, in the documented field order and with non-ASCII text as is,
from one encoder made once rather than one made per answer."""

from __future__ import annotations

import json

from flask import Flask, Response
from flask.json.provider import DefaultJSONProvider

__all__ = ["JSONProvider"]


class JSONProvider(DefaultJSONProvider):
    """``app.json``: :class:`DefaultJSONProvider` with ``sort_keys`` and ``ensure_ascii`` off.

    ``DefaultJSONProvider.response`` passes its settings to ``json.dumps``, which builds a
    ``JSONEncoder`` for each answer (some 15,000 instructions); :meth:`response` encodes with one
    encoder of the same settings, so the bytes are the same.
    """

    sort_keys = False  # keep the documented field order
    ensure_ascii = False

    def __init__(self, app: Flask) -> None:
        super().__init__(app)
        # What ``json.dumps`` builds from ``response``'s compact arguments.
        self._compact = json.JSONEncoder(
            ensure_ascii=self.ensure_ascii, sort_keys=self.sort_keys, separators=(",", ":"), default=self.default
        )

    def response(self, *args, **kwargs) -> Response:
        if self.compact is False or (self.compact is None and self._app.debug):
            return super().response(*args, **kwargs)  # indented, for people
        obj = self._prepare_response_obj(args, kwargs)
        return self._app.response_class(f"{self._compact.encode(obj)}\n", mimetype=self.mimetype)
