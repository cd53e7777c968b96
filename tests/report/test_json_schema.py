"""The JSON report validates against its published schema (docs/report.schema.json), and the
schema is versioned with the renderer."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from errctl.report.build import build_report
from errctl.report.json import SCHEMA, report_dict
from errctl.report.model import Report
from errctl.store.duckdb_store import DuckDBStore
from tests.report.sample import AT, D

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "report.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_version_matches(validator) -> None:
    assert validator.schema["$id"] == SCHEMA == "errctl.report/1"
    assert validator.schema["properties"]["schema"]["const"] == SCHEMA


@pytest.mark.parametrize("days", [1, 7, 30])
def test_reports_validate(store: DuckDBStore, validator, days: int) -> None:
    data = report_dict(build_report(store, AT - days * D, AT))
    validator.validate(data)
    # Round-trips through JSON text unchanged (no NaN, no datetimes left).
    assert json.loads(json.dumps(data)) == data


def test_empty_period_validates(store: DuckDBStore, validator) -> None:
    data = report_dict(build_report(store, AT + 30 * D, AT + 31 * D))
    validator.validate(data)
    assert data["totals"]["error_rate"] is None and data["groups"]["top"]["items"] == []


def test_a_broken_report_does_not_validate(report: Report, validator) -> None:
    data = report_dict(replace(report))
    data["totals"]["errors"] = -1
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)
