"""dyad.dask on a LocalCluster of 2 worker processes: the same events as one process.

The cluster test codes the Guardian sample 20 times (20 files, 4,980 documents): about a
minute of CPU per worker on the project's 2-core machine.
"""
import json
import os
import shutil
import subprocess
import sys

import pytest

import dyad
from conftest import normalised

pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas)")
pytest.importorskip("dask.bag", reason="dask is not installed (Debian: python3-dask)")
pytest.importorskip("dask.dataframe", reason="dask.dataframe is not installed (Debian: python3-dask)")
distributed = pytest.importorskip("distributed", reason="distributed is not installed (Debian: python3-distributed)")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import dyad.dask  # noqa: E402

COPIES = 20


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_twenty_copies_on_two_workers_equal_one_process(client, guardian, guardian_cli_output, tmp_path):
    indir = tmp_path / "in"
    indir.mkdir()
    for k in range(COPIES):
        shutil.copy(guardian, indir / f"part-{k:02d}.jsonl")
    inputs = dyad.dask.find_inputs([str(indir)])
    assert [name for _, name in inputs] == [f"part-{k:02d}.jsonl.events.jsonl" for k in range(COPIES)]
    results = dyad.dask.code_files(inputs, tmp_path / "out", client)
    assert sum(r["documents"] for r in results) == 249 * COPIES
    assert {r["worker_pid"] for r in results} == set(client.run(os.getpid).values())  # both workers coded
    for r in results:
        with open(r["out"], "rb") as f:
            assert f.read() == guardian_cli_output, r["out"]
    # one Coder per worker process, loaded once for its ten-odd tasks
    assert sorted(client.run(lambda: len(__import__("dyad.dask").dask._CODERS)).values()) == [1, 1]


def test_code_bag_equals_one_process(client, guardian, guardian_cli_output):
    with open(guardian, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    bag = db.from_sequence(docs, npartitions=4)
    events = dyad.dask.code_bag(bag).compute()
    cli = [json.loads(x) for x in guardian_cli_output.decode("utf-8").split("\n") if x]
    assert [normalised(e) for e in events] == [normalised(e) for e in cli]


def test_code_dataframe_equals_code_frame(client, guardian, coder):
    import pandas as pd

    df = pd.read_json(guardian, lines=True, dtype={"id": str}).head(60)
    df["date"] = df["date"].astype(str)
    ddf = dd.from_pandas(df, npartitions=3)
    got = dyad.dask.code_dataframe(ddf).compute().reset_index(drop=True)
    want = coder.code_frame(df)
    assert len(want) > 100
    pd.testing.assert_frame_equal(got, want)


def test_command_line(guardian, tmp_path, guardian_cli_output):
    indir = tmp_path / "in" / "2019"
    indir.mkdir(parents=True)
    shutil.copy(guardian, indir / "a.jsonl")
    (indir / "bad.jsonl").write_text('{"id": "x", "text": ""}\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "dyad.dask", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                        "--workers", "1"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 2, r.stderr  # one bad document: exit 2, as `dyad code`
    assert "bad.jsonl:1: doc x: empty document" in r.stderr
    assert "2 files, 249 documents" in r.stderr
    assert (tmp_path / "out" / "2019__a.jsonl.events.jsonl").read_bytes() == guardian_cli_output
