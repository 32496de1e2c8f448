"""One helper for every test that reads JSON output: it must validate against the schema that
``homscheck schema`` publishes (not a copy of it)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from typing import Any

import jsonschema

from homscheck.cli import run


def published_schema() -> Any:
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert run(["schema"]) == 0
    return json.loads(buf.getvalue())


_SCHEMA = published_schema()


def validated(text: str) -> Any:
    """The parsed JSON report, after checking it against the published schema."""
    data = json.loads(text)
    jsonschema.validate(data, _SCHEMA, cls=jsonschema.Draft202012Validator)
    return data
