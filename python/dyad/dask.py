"""dyad.dask: coding on a Dask cluster (docs/python.md, docs/scale-out.md).

- ``code_bag(bag)``: a dask.bag of documents (str or {"text", "date", "id", ...}) to a bag
  of events (dicts, the JSON Lines schema).
- ``code_dataframe(ddf)``: a dask DataFrame of documents to one of events (the columns of
  dyad.to_pandas).
- ``code_files(paths, out_dir, client)`` and the command line
  ``python3 -m dyad.dask INPUT... --out DIR [--scheduler ADDRESS]``: every plain-text or
  JSON Lines file (gzip'd or not; directories are searched) coded on the cluster, one task
  and one output file per input file, each holding exactly what ``dyad code FILE`` writes.

Each worker process loads one Coder, once, the first time one of its tasks needs it (the
dictionaries and the syntax model take a second or two and some hundred MB), and keeps it
for every later task with the same options. Workers are best started with one thread each
(``threads_per_worker=1``) and one process per core: the Coder then codes on the task's
thread.
"""
import argparse
import itertools
import os
import sys
import threading

import dyad

_CODERS = {}
_LOCK = threading.Lock()


def get_coder(**options):
    """This process's Coder for `options` (dyad.Coder's keyword arguments), loaded once.
    ``threads`` defaults to 1 here: a Dask worker already runs one task per thread."""
    options.setdefault("threads", 1)
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in options.items()))
    with _LOCK:
        coder = _CODERS.get(key)
        if coder is None:
            coder = _CODERS[key] = dyad.Coder(**options)
        return coder


def _code_partition(docs, options, errors):
    coder = get_coder(**options)
    return list(itertools.chain.from_iterable(coder.code_many(docs, errors=errors)))


def code_bag(bag, errors="warn", **options):
    """A bag of events from a bag of documents; partitions map to partitions, events in
    document order. `options` are dyad.Coder's (dictionaries, syntax, ...); errors as in
    Coder.code_many (a bad document warns on its worker and has no events)."""
    return bag.map_partitions(_code_partition, options, errors)


def _code_frame_partition(df, text, date, id, options, errors):
    return get_coder(**options).code_frame(df, text=text, date=date, id=id, errors=errors)


def code_dataframe(ddf, text="text", date="date", id="id", errors="warn", **options):
    """A dask DataFrame of events (dyad.to_pandas's columns) from one of documents, one
    output partition per input partition. Column names and errors as Coder.code_frame."""
    meta = dyad.to_pandas([])
    return ddf.map_partitions(_code_frame_partition, text, date, id, options, errors, meta=meta,
                              enforce_metadata=False)


def _code_file_task(path, out_path, date, options):
    result = get_coder(**options).code_file(path, out_path, date=date)
    result["path"] = path
    result["out"] = out_path
    result["worker_pid"] = os.getpid()
    return result


_TEXT_SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt")


def find_inputs(paths):
    """(file, output name) of each file to code: each path that is a file (named by its
    base name), and the files under each directory whose names end in .jsonl, .ndjson,
    .json or .txt, optionally .gz (named by their path inside it), sorted. The output name
    is that name with "/" as "__", then ".events.jsonl":
    "2019/01/news.jsonl.gz" -> "2019__01__news.jsonl.gz.events.jsonl"."""
    found = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    name = f[:-3] if f.endswith(".gz") else f
                    if name.endswith(_TEXT_SUFFIXES):
                        path = os.path.join(root, f)
                        found.append((path, _out_name(os.path.relpath(path, p))))
        else:
            found.append((p, _out_name(os.path.basename(p))))
    return found


def _out_name(rel):
    return rel.replace(os.sep, "__") + ".events.jsonl"


def code_files(inputs, out_dir, client, date=None, **options):
    """Codes each file on the cluster of `client`, one task per file. `inputs`: paths, or
    (path, output name) pairs as find_inputs gives (a path alone is named by its base
    name). Writes out_dir/NAME for each. Returns one dict per file, in input order:
    documents, events, errors (messages of skipped documents), path, out, worker_pid."""
    pairs = [(p, _out_name(os.path.basename(p))) if isinstance(p, (str, os.PathLike)) else tuple(p)
             for p in inputs]
    outs = [os.path.abspath(os.path.join(out_dir, name)) for _, name in pairs]
    if len(set(outs)) != len(outs):
        raise dyad.InputError("code_files: two inputs have the same output name; give (path, name) pairs")
    os.makedirs(out_dir, exist_ok=True)
    futures = client.map(_code_file_task, [os.path.abspath(p) for p, _ in pairs], outs,
                         [date] * len(pairs), [options] * len(pairs), pure=False)
    return client.gather(futures)


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python3 -m dyad.dask",
        description="Code a directory of JSON Lines / plain-text files (gzip'd or not) on a Dask "
                    "cluster: one task and one output file (what `dyad code FILE` writes) per input file.")
    ap.add_argument("inputs", nargs="+", help="files, or directories searched for *.jsonl, *.ndjson, *.json, "
                                              "*.txt (each optionally .gz)")
    ap.add_argument("--out", required=True, help="output directory (created); one FILE.events.jsonl per input")
    ap.add_argument("--scheduler", metavar="ADDRESS",
                    help="a running scheduler (tcp://host:8786); default: a LocalCluster on this machine")
    ap.add_argument("--workers", type=int, default=0,
                    help="LocalCluster worker processes (default: every core)")
    ap.add_argument("--date", help="date of documents that carry none (YYYY-MM-DD)")
    ap.add_argument("--dict", action="append", default=[], help="extra dictionary file or directory; repeatable")
    ap.add_argument("--no-default-dict", action="store_true")
    ap.add_argument("--no-syntax", action="store_true")
    ap.add_argument("--facts-only", action="store_true")
    ap.add_argument("--model", help="syntax model file")
    a = ap.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    files = find_inputs(a.inputs)
    if not files:
        print("dyad.dask: no input files found", file=sys.stderr)
        return 2
    options = {"dictionaries": a.dict, "default_dictionaries": not a.no_default_dict,
               "syntax": not a.no_syntax, "facts_only": a.facts_only, "model": a.model}
    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        results = code_files(files, a.out, client, date=a.date, **options)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    n_docs = sum(r["documents"] for r in results)
    n_events = sum(r["events"] for r in results)
    n_errors = 0
    for r in results:
        for e in r["errors"]:
            print(f"dyad.dask: {e}", file=sys.stderr)
            n_errors += 1
    print(f"dyad.dask: {len(files)} files, {n_docs} documents, {n_events} events, {n_errors} bad documents "
          f"-> {a.out}", file=sys.stderr)
    if n_errors:
        return 2
    return 0 if n_events else 1


if __name__ == "__main__":
    # Run as `python3 -m dyad.dask`: use the imported module's functions, so that tasks
    # refer to dyad.dask (importable on the workers), not to __main__.
    from dyad.dask import main as _main

    sys.exit(_main())
