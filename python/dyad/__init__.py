"""dyad: political event data from news text, in Python (docs/python.md).

A thin layer over dyad's C++ engine (the extension ``dyad._dyad``): documents are read by
the same reader as ``dyad code`` reads JSON Lines, and events are the same JSON objects the
CLI writes (docs/event-schema.md), as dicts. The GIL is released while C++ works.

    coder = dyad.Coder()                       # loads dictionaries and model once
    events = coder.code("...", date="2025-03-14", doc_id="a1")
    frame = coder.code_frame(df)               # pandas, one row per event
    dyad.Store("events.db").aggregate(by=["dyad", "month"], dyads=["USA*,IRN*"])

Errors raise ``dyad.InputError`` (a ValueError: bad input or argument) or ``dyad.Error``
(a RuntimeError: anything else, e.g. a missing dictionary file), with the C++ message,
which names the file and line or the document.
"""
import datetime as _dt
import itertools as _it
import json as _json
import numbers as _numbers
import os as _os
import warnings as _warnings
from collections.abc import Mapping as _Mapping

from . import _dyad
from ._dyad import Error, InputError

__all__ = ["Coder", "Store", "Error", "InputError", "to_pandas", "EVENT_COLUMNS"]

_ERRORS = ("raise", "warn", "ignore")


def _date_string(value, origin):
    """None, or the document date as the reader takes it (a string it parses)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (_dt.date, _dt.datetime)):  # pandas.Timestamp is a datetime
        if value != value:  # NaT
            return None
        return value.isoformat()[:10]
    if isinstance(value, float) and value != value:  # NaN: a missing cell
        return None
    if hasattr(value, "astype") and str(getattr(value, "dtype", "")).startswith("datetime64"):
        s = str(value.astype("datetime64[D]"))
        return None if s == "NaT" else s
    raise InputError(f"{origin}: date must be a str, datetime.date or None, not {type(value).__name__} ({value!r})")


def _id_value(value, origin):
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise InputError(f"{origin}: doc_id must be a str or an int, not bool")
    if isinstance(value, _numbers.Integral):
        return int(value)
    if isinstance(value, float) and value != value:
        return None
    raise InputError(f"{origin}: doc_id must be a str or an int, not {type(value).__name__} ({value!r})")


def _doc_line(text, date, doc_id, origin, meta=None):
    """The document as one JSON Lines line (bytes), as `dyad code` would read it."""
    if not isinstance(text, str):
        who = f"{origin}: doc {doc_id}: " if doc_id is not None else f"{origin}: "
        raise InputError(f"{who}text must be a str, not {type(text).__name__}")
    obj = dict(meta) if meta else {}
    obj["text"] = text
    d = _date_string(date, origin)
    if d is not None:
        obj["date"] = d
    i = _id_value(doc_id, origin)
    if i is not None:
        obj["id"] = i
    line = _json.dumps(obj, ensure_ascii=False, default=str)
    # Lone surrogates pass through as ill-formed UTF-8, which the reader rejects by name.
    return line.encode("utf-8", "surrogatepass")


def _events(jsonl):
    """The events of one document, from the sink's JSON Lines."""
    if not jsonl:
        return []
    # Split on "\n" only: the sink escapes every control character inside strings, but
    # not U+2028 and the like, which str.splitlines would also split on.
    return _json.loads("[" + ",".join(jsonl.split("\n")[:-1]) + "]")


def _as_doc(item, position):
    """(text, date, id, meta) of one item of code_many: a str or a mapping."""
    if isinstance(item, str):
        return item, None, None, None
    if isinstance(item, _Mapping):
        meta = {k: v for k, v in item.items() if k not in ("text", "date", "id")}
        if "text" not in item:
            return None, None, item.get("id"), f"item {position}: missing \"text\""
        return item["text"], item.get("date"), item.get("id"), meta
    return None, None, None, f"item {position}: a document is a str or a mapping with \"text\", not {type(item).__name__}"


class Coder:
    """Codes documents into events. Loads dictionaries and the syntax model once.

    dictionaries: a path or a list of paths (files, or directories of *.dict files) added
        to the default dictionaries (like ``dyad code --dict``).
    threads: documents coded at once by code_many/code_frame/code_file; 0 (default) uses
        every core. Results are in input order whatever it is.
    default_dictionaries, syntax, model, facts_only: as ``--no-default-dict``,
        ``--no-syntax``, ``--model`` and ``--facts-only`` of ``dyad code``.

    Thread-safe: one Coder may serve several Python threads (the GIL is released while
    coding).
    """

    def __init__(self, dictionaries=None, threads=0, *, default_dictionaries=True, syntax=True,
                 model=None, facts_only=False):
        if dictionaries is None:
            paths = []
        elif isinstance(dictionaries, (str, bytes, _os.PathLike)):
            paths = [_os.fsdecode(dictionaries)]
        else:
            paths = [_os.fsdecode(p) for p in dictionaries]
        if isinstance(threads, bool) or not isinstance(threads, _numbers.Integral) or threads < 0:
            raise InputError(f"threads must be an int >= 0 (0: every core), not {threads!r}")
        self._impl = _dyad.Coder(paths, bool(default_dictionaries), int(threads), bool(syntax),
                                 _os.fsdecode(model) if model else "", bool(facts_only))

    @property
    def warnings(self):
        """Dictionary lines skipped at load, each as "file:line: what is wrong"."""
        return list(self._impl.warnings)

    @property
    def threads(self):
        return self._impl.threads

    def code(self, text, date=None, doc_id=None):
        """The events of one document, as a list of dicts (docs/event-schema.md).

        date: "YYYY-MM-DD" (or any form the JSON Lines reader accepts), a datetime.date, or
        None. doc_id: a str or an int; None makes it "python:1". Bad input (not a str,
        empty text, a bad date) raises InputError naming the document.
        """
        line = _doc_line(text, date, doc_id, "python:1")
        ((ok, out),) = self._impl.code_lines([line], ["python:1"])
        if not ok:
            raise InputError(out)
        return _events(out)

    def code_many(self, docs, errors="warn", batch_size=None):
        """Codes an iterable of documents lazily; yields one list of events per document.

        Each document is a str (its text) or a mapping with "text" and optionally "date",
        "id" and other fields (kept as metadata), as a JSON Lines line. Without an "id" a
        document is "python:N" (N its 1-based position). errors: what a bad document does
        (one bad document never stops the batch unless "raise"): "warn" (a
        warnings.warn with its message, and [] for it), "ignore" ([]), "raise"
        (InputError). Documents are coded `batch_size` at a time (default 32 per thread),
        in parallel.
        """
        if errors not in _ERRORS:
            raise InputError(f"errors must be one of {', '.join(_ERRORS)}, not {errors!r}")
        size = batch_size or 32 * max(1, self.threads)
        it = iter(docs)
        position = 0
        while True:
            chunk = list(_it.islice(it, size))
            if not chunk:
                return
            lines, origins, problems = [], [], {}
            for k, item in enumerate(chunk):
                position += 1
                origin = f"python:{position}"
                text, date, doc_id, meta = _as_doc(item, position)
                try:
                    if text is None:
                        raise InputError(meta)
                    lines.append(_doc_line(text, date, doc_id, origin, meta))
                    origins.append(origin)
                except InputError as e:
                    problems[k] = str(e)
            results = iter(self._impl.code_lines(lines, origins))
            for k in range(len(chunk)):
                if k in problems:
                    ok, out = False, problems[k]
                else:
                    ok, out = next(results)
                if ok:
                    yield _events(out)
                else:
                    _bad_document(out, errors)
                    yield []

    def code_frame(self, df, text="text", date="date", id="id", errors="warn"):
        """Codes a pandas DataFrame's documents; one row per event (to_pandas's columns).

        text, date, id: column names; a missing date or id column means none (ids are then
        "python:N", N the row's 1-based position). errors as in code_many.
        """
        import pandas as pd

        for name, col in (("text", text),):
            if col not in df.columns:
                raise InputError(f"code_frame: no column {col!r} for the {name} (columns: {list(df.columns)})")
        texts = df[text].tolist()
        dates = df[date].tolist() if date in df.columns else [None] * len(df)
        ids = df[id].tolist() if id in df.columns else [None] * len(df)
        docs = ({"text": t, "date": d, "id": i} for t, d, i in zip(texts, dates, ids))
        return to_pandas(_it.chain.from_iterable(self.code_many(docs, errors=errors)))

    def code_file(self, path, out_path, date=None):
        """``dyad code PATH > OUT_PATH``: a plain-text or JSON Lines file (gzip'd or not)
        coded into a JSON Lines file with exactly the CLI's bytes. Bad documents are
        skipped and listed. Returns {"documents", "events", "errors": [messages]}."""
        docs, events, errs = self._impl.code_file(_os.fsdecode(path), _os.fsdecode(out_path),
                                                  _date_string(date, "code_file") or "")
        return {"documents": docs, "events": events, "errors": list(errs)}


def _bad_document(message, errors):
    if errors == "raise":
        raise InputError(message)
    if errors == "warn":
        _warnings.warn(f"dyad: {message}", stacklevel=3)


# The flattened schema: (column, path in the event dict, kind).
_SCHEMA = [
    ("doc_id", ("doc_id",), "str"),
    ("sentence", ("sentence",), "int"),
    ("date", ("date",), "date"),
    ("date_source", ("date_source",), "str"),
]
for _side in ("source", "target"):
    _SCHEMA += [
        (f"{_side}_code", (_side, "code"), "str"),
        (f"{_side}_country", (_side, "country"), "str"),
        (f"{_side}_text", (_side, "text"), "str"),
        (f"{_side}_start", (_side, "start"), "Int"),
        (f"{_side}_end", (_side, "end"), "Int"),
        (f"{_side}_name", (_side, "name"), "str"),
    ]
_SCHEMA += [
    ("code", ("code",), "str"),
    ("root", ("root",), "str"),
    ("goldstein", ("goldstein",), "float"),
    ("quad", ("quad",), "int"),
    ("plover", ("plover",), "str"),
    ("negated", ("modality", "negated"), "bool"),
    ("hypothetical", ("modality", "hypothetical"), "bool"),
    ("reported", ("modality", "reported"), "bool"),
    ("location_name", ("location", "name"), "str"),
    ("location_country", ("location", "country"), "str"),
    ("location_lat", ("location", "lat"), "float"),
    ("location_lon", ("location", "lon"), "float"),
    ("location_geonameid", ("location", "geonameid"), "Int"),
    ("evidence_verb", ("evidence", "verb"), "str"),
    ("evidence_start", ("evidence", "start"), "int"),
    ("evidence_end", ("evidence", "end"), "int"),
    ("evidence_pattern", ("evidence", "pattern"), "str"),
    ("evidence_where", ("evidence", "where"), "str"),
    ("citation", ("citation",), "str"),
    ("sentence_text", ("sentence_text",), "str"),
    ("sentence_start", ("sentence_start",), "int"),
    ("sentence_end", ("sentence_end",), "int"),
]
EVENT_COLUMNS = [c for c, _, _ in _SCHEMA]
_DTYPES = {"str": object, "int": "int64", "Int": "Int64", "float": "float64", "bool": "bool",
           "date": "datetime64[ns]"}


def _get(event, path):
    v = event
    for key in path:
        if v is None:
            return None
        v = v.get(key)
    return v


def to_pandas(events):
    """A DataFrame of events (dicts as Coder.code returns), one row per event, with the
    JSON Lines schema flattened: source/target/location/evidence fields prefixed
    (``source_code``, ``location_lat``, ``evidence_verb``...), the modality flags as
    ``negated``, ``hypothetical``, ``reported`` (bool). Codes stay strings ("042"); ``date``
    is datetime64 (NaT when null); missing actor offsets and geonameids are <NA> (Int64);
    missing strings are None. Columns: dyad.EVENT_COLUMNS, in that order."""
    import pandas as pd

    events = events if isinstance(events, list) else list(events)
    data = {}
    for col, path, kind in _SCHEMA:
        values = [_get(e, path) for e in events]
        if kind == "date":
            data[col] = pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d")
        elif kind == "float":
            data[col] = pd.Series([float("nan") if v is None else v for v in values], dtype="float64")
        else:
            data[col] = pd.Series(values, dtype=_DTYPES[kind])
    return pd.DataFrame(data, columns=EVENT_COLUMNS)


class Store:
    """An event store written by ``dyad ingest`` (docs/store-format.md), read-only.

    Filters (keyword arguments of query and aggregate), as the flags of ``dyad query``:
    actors, sources, targets (codes, "IRN" exactly or "IRN*" as a prefix), dyads
    ("SOURCE,TARGET"), codes, roots (strings: "042", "04"), quads (ints), start and end
    (inclusive dates "YYYY-MM-DD"), places, text (a full-text query on the sentence),
    facts_only, dedup. A list means any of its values; a single value is a list of one.
    A bad value raises InputError naming it.
    """

    _LISTS = ("actors", "sources", "targets", "dyads", "codes", "roots", "places", "quads")
    _SCALARS = ("start", "end", "text", "facts_only", "dedup")

    def __init__(self, path):
        self._impl = _dyad.Store(_os.fsdecode(path))

    def _filter(self, kwargs):
        f = {}
        for k, v in kwargs.items():
            if k in self._LISTS:
                if v is None:
                    continue
                v = [v] if isinstance(v, (str, int)) else list(v)
                f[k] = [int(x) for x in v] if k == "quads" else [str(x) for x in v]
            elif k in self._SCALARS:
                if v is None:
                    continue
                f[k] = bool(v) if k in ("facts_only", "dedup") else (
                    _date_string(v, k) if k in ("start", "end") else str(v))
            else:
                raise InputError(f"unknown filter {k!r} (filters: {', '.join(self._LISTS + self._SCALARS)})")
        return f

    def query(self, limit=0, **filters):
        """The selected events in input order (at most `limit`; 0: all), as to_pandas's
        frame with ``event_id``, ``cluster_id`` and ``cluster_events`` in front."""
        import pandas as pd

        rows = self._impl.query(self._filter(filters), int(limit))
        df = to_pandas([_json.loads(r[0]) for r in rows])
        df.insert(0, "cluster_events", pd.Series([r[3] for r in rows], dtype="int64"))
        df.insert(0, "cluster_id", pd.Series([r[2] for r in rows], dtype="int64"))
        df.insert(0, "event_id", pd.Series([r[1] for r in rows], dtype="int64"))
        return df

    def aggregate(self, by, top=0, **filters):
        """Counts per group, as ``dyad query --by``: the key columns, then ``events``,
        ``goldstein_sum``, ``goldstein_mean``. `by` is a key or a list of keys (dyad,
        source, target, actor, code, root, quad, plover, day, week, month, year). Time keys
        day, week (the Monday) and month (its first day) are datetime64; counts are int64."""
        import pandas as pd

        keys = [by] if isinstance(by, str) else list(by)
        if not keys:
            raise InputError("aggregate: `by` needs at least one key")
        columns, numeric, rows = self._impl.aggregate(self._filter(filters), keys, int(top))
        df = pd.DataFrame(rows, columns=columns, dtype=object)
        for col, is_num in zip(columns, numeric):
            if col in ("day", "week"):
                df[col] = pd.to_datetime(df[col], format="%Y-%m-%d")
            elif col == "month":
                df[col] = pd.to_datetime(df[col], format="%Y-%m")
            elif col == "events":
                df[col] = df[col].astype("int64")
            elif is_num:
                df[col] = pd.to_numeric(df[col].replace("", None))
        return df
