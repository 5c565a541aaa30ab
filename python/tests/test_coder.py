"""dyad.Coder: the module's events are the CLI's; bad input raises with a clear message."""
import itertools
import json
import subprocess
import sys
import threading
import warnings

import pytest

import dyad
from conftest import normalised

# Invented sentences (not from any corpus).
VISIT = "Kazakh Foreign Minister Tokayev visited Tehran on Tuesday."


def test_guardian_events_equal_the_cli(coder, guardian, guardian_cli_output):
    with open(guardian, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    events = list(itertools.chain.from_iterable(coder.code_many(docs, errors="raise")))
    cli_events = [json.loads(line) for line in guardian_cli_output.decode("utf-8").split("\n") if line]
    assert len(cli_events) > 1000  # the sample gives thousands of events
    assert [normalised(e) for e in events] == [normalised(e) for e in cli_events]


def test_code_file_writes_the_cli_bytes(coder, guardian, guardian_cli_output, tmp_path):
    out = tmp_path / "events.jsonl"
    result = coder.code_file(guardian, out)
    assert result["documents"] == 249 and result["errors"] == []
    assert out.read_bytes() == guardian_cli_output


def test_one_sentence_checked_by_hand(coder):
    (e,) = coder.code(VISIT, date="2025-03-14", doc_id="visit-1")
    assert e["doc_id"] == "visit-1"
    assert (e["source"]["code"], e["target"]["country"], e["code"], e["root"]) == ("KAZGOV", "IRN", "042", "04")
    assert e["date"] == "2025-03-11" and e["date_source"] == "text"  # the Tuesday before March 14
    assert VISIT.encode()[e["evidence"]["start"]:e["evidence"]["end"]] == b"visited"
    assert e["plover"] == "CONSULT" and e["quad"] == 1


def test_same_events_as_cli_for_one_text(coder, cli, tmp_path):
    doc = {"id": 12, "date": "March 14, 2025", "text": VISIT + " Iran's president thanked him."}
    p = tmp_path / "one.jsonl"
    p.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    cli_out = subprocess.run([cli, "code", str(p)], capture_output=True, check=True).stdout.decode()
    ours = coder.code(doc["text"], date=doc["date"], doc_id=12)
    assert [normalised(e) for e in ours] == [normalised(json.loads(x)) for x in cli_out.splitlines()]
    assert ours[0]["doc_id"] == "12"


def test_dates_as_python_objects(coder):
    import datetime

    a = coder.code("The ministers met in Astana.", date=datetime.date(2025, 3, 14), doc_id="d")
    b = coder.code("The ministers met in Astana.", date="2025-03-14", doc_id="d")
    assert a == b


@pytest.mark.parametrize("kwargs, message", [
    ({"text": "   \n "}, "python:1: doc 7: empty document"),
    ({"text": "Iran met Iraq.", "date": "2025-02-30"}, 'bad "date" "2025-02-30"'),
    ({"text": b"bytes"}, "text must be a str, not bytes"),
    ({"text": "a\x00b"}, "binary (NUL character"),
    ({"text": "Iran met Iraq.", "date": 20250314}, "date must be a str"),
    ({"text": "lone \ud800 surrogate"}, "invalid UTF-8"),
])
def test_bad_input_raises_input_error(coder, kwargs, message):
    with pytest.raises(dyad.InputError) as info:
        coder.code(doc_id=7, **kwargs)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, dyad.Error)


def test_missing_dictionary_names_the_path(tmp_path):
    missing = tmp_path / "nope.dict"
    with pytest.raises(dyad.Error, match="nope.dict"):
        dyad.Coder(dictionaries=str(missing))


def test_bad_dictionary_line_is_a_warning_with_file_and_line(tmp_path):
    d = tmp_path / "extra.dict"
    d.write_text("this is not a dictionary line at all\n", encoding="utf-8")
    c = dyad.Coder(dictionaries=[d], threads=1)
    assert any("extra.dict:1" in w for w in c.warnings), c.warnings


def test_bad_threads_raise():
    with pytest.raises(dyad.InputError, match="threads"):
        dyad.Coder(threads=-1)


def test_code_many_keeps_going_past_a_bad_document(coder):
    docs = [VISIT, {"id": "empty", "text": ""}, {"id": "no-text"}, 42, {"id": "ok", "text": VISIT}]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = list(coder.code_many(docs))
    assert [len(x) for x in out] == [1, 0, 0, 0, 1]
    assert out[0][0]["doc_id"] == "python:1" and out[4][0]["doc_id"] == "ok"
    msgs = [str(w.message) for w in caught]
    assert any("doc empty: empty document" in m for m in msgs)
    assert any('item 3: missing "text"' in m for m in msgs)
    assert any("item 4: a document is a str or a mapping" in m for m in msgs)
    with pytest.raises(dyad.InputError, match="doc empty: empty document"):
        list(coder.code_many(docs, errors="raise"))
    with pytest.raises(dyad.InputError, match="errors must be one of"):
        list(coder.code_many(docs, errors="sometimes"))


def test_gil_is_released_while_coding(coder):
    # With a switch interval of 1000 s no thread loses the GIL unless it lets it go. The
    # worker thread sets `started` and goes straight into code(): the main thread, which
    # waits for `started`, can only wake before `done` is set if code() released the GIL.
    text = " ".join([VISIT] * 400)
    done = []
    started = threading.Event()

    def work():
        started.set()
        coder.code(text, date="2025-03-14")
        done.append(True)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    try:
        t = threading.Thread(target=work)
        t.start()
        started.wait()
        woke_while_coding = not done
    finally:
        sys.setswitchinterval(old)
    t.join()
    assert woke_while_coding


def test_to_pandas_and_code_frame(coder):
    pd = pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas)")
    df = pd.DataFrame({"id": ["a", "b"], "date": pd.to_datetime(["2025-03-14", "2025-03-15"]),
                       "text": [VISIT, "Nothing happened here."]})
    frame = coder.code_frame(df)
    assert list(frame.columns) == dyad.EVENT_COLUMNS
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["code"] == "042" and row["root"] == "04" and row["source_code"] == "KAZGOV"
    assert str(frame["date"].dtype) == "datetime64[ns]" and row["date"] == pd.Timestamp("2025-03-11")
    assert frame["negated"].dtype == bool and not row["negated"]
    assert frame["code"].dtype == object and isinstance(row["code"], str)
    assert row["location_name"] == "Tehran" and row["evidence_verb"] == "visited"
    empty = dyad.to_pandas([])
    assert list(empty.columns) == dyad.EVENT_COLUMNS and len(empty) == 0
    with pytest.raises(dyad.InputError, match="no column 'body'"):
        coder.code_frame(df, text="body")
