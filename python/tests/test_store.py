"""dyad.Store: the rows `dyad query` gives, as DataFrames."""
import csv
import io
import json
import subprocess

import pytest

import dyad

pd = pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas)")

# Invented documents.
DOCS = [
    {"id": "s1", "date": "2025-01-10", "text": "Kazakh Foreign Minister Tokayev visited Tehran on Thursday."},
    {"id": "s2", "date": "2025-02-03", "text": "Iranian officials met Kazakh diplomats in Astana on Monday."},
    {"id": "s3", "date": "2025-02-20", "text": "Kazakhstan criticized Iran over the pipeline on Tuesday."},
]


@pytest.fixture(scope="module")
def db(cli, tmp_path_factory):
    d = tmp_path_factory.mktemp("store")
    src = d / "docs.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in DOCS), encoding="utf-8")
    path = d / "events.db"
    subprocess.run([cli, "ingest", str(src), "--db", str(path)], check=True, capture_output=True)
    return path


def cli_csv(cli, db, *args):
    out = subprocess.run([cli, "query", "--db", str(db), "--format", "csv", *args],
                         capture_output=True, check=False).stdout.decode()
    return list(csv.DictReader(io.StringIO(out)))


def test_query_matches_the_cli(cli, db):
    store = dyad.Store(db)
    df = store.query()
    rows = cli_csv(cli, db)
    assert len(df) == len(rows) >= 3
    assert df["event_id"].tolist() == [int(r["event_id"]) for r in rows]
    assert df["code"].tolist() == [r["code"] for r in rows]
    assert df["source_code"].fillna("").tolist() == [r["source"] for r in rows]
    assert df["date"].dt.strftime("%Y-%m-%d").tolist() == [r["date"] for r in rows]
    kaz = store.query(sources="KAZ*")
    assert len(kaz) == len(cli_csv(cli, db, "--source", "KAZ*")) and set(kaz["source_code"].str[:3]) == {"KAZ"}


def test_aggregate_by_month_matches_the_cli(cli, db):
    df = dyad.Store(db).aggregate(by="month")
    rows = cli_csv(cli, db, "--by", "month")
    assert df["month"].dt.strftime("%Y-%m").tolist() == [r["month"] for r in rows]
    assert df["events"].tolist() == [int(r["events"]) for r in rows]
    assert df["events"].dtype == "int64" and str(df["month"].dtype) == "datetime64[ns]"
    assert df["events"].sum() == len(dyad.Store(db).query())


def test_bad_filters_and_paths_raise(db, tmp_path):
    store = dyad.Store(db)
    with pytest.raises(dyad.InputError, match="'42' is not a CAMEO event code"):
        store.query(codes="42")
    with pytest.raises(dyad.InputError, match="unknown filter 'colour'"):
        store.query(colour="red")
    with pytest.raises(dyad.InputError):
        store.aggregate(by="planet")
    with pytest.raises(dyad.Error, match="missing.db"):
        dyad.Store(tmp_path / "missing.db")
