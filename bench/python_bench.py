"""bench/python_bench.py: documents per second for the CLI, one Python process, and Dask.

    PYTHONPATH=build/python python3 bench/python_bench.py [--copies N] [--workers W]

Codes the Guardian sample (../shared/data/corpus/guardian-2019-sample.jsonl, 249 documents)
repeated --copies times (default 4), after loading, with
  1. the CLI: `dyad code --threads 1` on the repeated file;
  2. one Python process: Coder(threads=1).code_many over the parsed documents (dicts
     back), and Coder.code_file (the CLI's bytes into a file);
  3. a LocalCluster of --workers processes (default 2), one thread each:
     dyad.dask.code_files, one task per copy (workers warmed up first: Coder loaded).
Prints wall time and CPU time of each, and documents per wall second and per CPU second.
The machine is shared: per-CPU-second figures are the ones that survive other load.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GUARDIAN = os.path.join(ROOT, "..", "shared", "data", "corpus", "guardian-2019-sample.jsonl")


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def line(name, docs, wall, cpu):
    print(f"{name:34s} {docs:6d} docs  wall {wall:7.2f} s  cpu {cpu:7.2f} s  "
          f"{docs / wall:7.1f} docs/s  {docs / cpu:7.1f} docs/cpu-s", flush=True)
    return docs / cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "dyad"))
    a = ap.parse_args()

    import dyad
    import dyad.dask
    from dask.distributed import Client, LocalCluster

    tmp = tempfile.mkdtemp(prefix="dyad-pybench-")
    with open(GUARDIAN, encoding="utf-8") as f:
        lines = [x for x in f if x.strip()]
    big = os.path.join(tmp, "all.jsonl")
    with open(big, "w", encoding="utf-8") as f:
        f.writelines(lines * a.copies)
    ndocs = len(lines) * a.copies
    print(f"{ndocs} documents ({a.copies} x Guardian sample); load: {os.getloadavg()}", flush=True)

    # 1. the CLI (its ~1 s of loading included; measured separately below and subtracted)
    c0, t0 = children_cpu(), time.perf_counter()
    subprocess.run([a.cli, "code", "--threads", "1", os.path.join(ROOT, "examples", "caspian-summit.txt")],
                   stdout=subprocess.DEVNULL, check=True)
    load_wall, load_cpu = time.perf_counter() - t0, children_cpu() - c0
    c0, t0 = children_cpu(), time.perf_counter()
    subprocess.run([a.cli, "code", "--threads", "1", big], stdout=subprocess.DEVNULL, check=True)
    cli = line("CLI --threads 1 (load subtracted)", ndocs, time.perf_counter() - t0 - load_wall,
               children_cpu() - c0 - load_cpu)

    # 1b. as many CLI processes as Dask workers, at once, each on its share of the files:
    # the baseline that suffers the same contention for the cores and caches as the workers
    share = os.path.join(tmp, "share.jsonl")
    with open(share, "w", encoding="utf-8") as f:
        f.writelines(lines * (a.copies // a.workers))
    c0, t0 = children_cpu(), time.perf_counter()
    procs = [subprocess.Popen([a.cli, "code", "--threads", "1", share], stdout=subprocess.DEVNULL)
             for _ in range(a.workers)]
    for p in procs:
        p.wait()
    cli_par = line(f"CLI x{a.workers} processes at once", len(lines) * (a.copies // a.workers) * a.workers,
                   time.perf_counter() - t0 - load_wall, children_cpu() - c0 - a.workers * load_cpu)

    # 2. one Python process
    coder = dyad.Coder(threads=1)
    docs = [json.loads(x) for x in lines] * a.copies
    p0, t0 = time.process_time(), time.perf_counter()
    n = sum(len(e) for e in coder.code_many(docs, errors="raise"))
    py = line("python code_many, 1 thread", ndocs, time.perf_counter() - t0, time.process_time() - p0)
    p0, t0 = time.process_time(), time.perf_counter()
    coder.code_file(big, os.path.join(tmp, "out.jsonl"))
    pyf = line("python code_file, 1 thread", ndocs, time.perf_counter() - t0, time.process_time() - p0)
    print(f"  ({n} events)")

    # 3. Dask
    parts = []
    for k in range(a.copies):
        p = os.path.join(tmp, "in", f"part-{k:03d}.jsonl")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.writelines(lines)
        parts.append(p)
    cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=40)
    client = Client(cluster)
    client.run(lambda: dyad.dask.get_coder() and None)  # warm-up: every worker loads its Coder

    def worker_cpu():
        return sum(client.run(time.process_time).values())

    w0, p0, t0 = worker_cpu(), time.process_time(), time.perf_counter()
    dyad.dask.code_files(parts, os.path.join(tmp, "out"), client)
    wall = time.perf_counter() - t0
    wcpu, ccpu = worker_cpu() - w0, time.process_time() - p0
    dk = line(f"dask code_files, {a.workers} workers", ndocs, wall, wcpu + ccpu)
    print(f"  CPU: workers {wcpu:.2f} s, client+scheduler (one process) {ccpu:.2f} s; "
          f"workers alone {ndocs / wcpu:.1f} docs/cpu-s = {100 * ndocs / wcpu / cli:.1f}% of the CLI per core")
    print(f"  dask per worker: {ndocs / wall / a.workers:.1f} docs/s wall; "
          f"per CPU-second {dk:.1f} vs CLI {cli:.1f}: {100 * dk / cli:.1f}% of the CLI per core "
          f"(workers', client's and scheduler's CPU)")
    print(f"  dask vs {a.workers} CLI processes at once: {100 * dk / cli_par:.1f}% per CPU-second, "
          f"workers alone {100 * ndocs / wcpu / cli_par:.1f}%")
    print(f"  python code_many {100 * py / cli:.1f}% and code_file {100 * pyf / cli:.1f}% of the CLI per core")
    client.close()
    cluster.close()
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
