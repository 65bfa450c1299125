"""dask_shards.py - run a journey analysis on Dask's distributed scheduler.

usage: dask_shards.py N LOG PROGRAM [ARGS...]

A LocalCluster of N worker processes; each worker runs
PROGRAM ARGS --shard K/N --partial LOG through a subprocess (K = 1..N,
one task each), the partial states come back to this process, and
PROGRAM ARGS --merge writes the report to standard output: the report of
one run over LOG.  On a real cluster, give Client the scheduler's
address instead and let every worker see LOG (or its own files).
Exits 77 (skip) where Dask's distributed scheduler is not installed.
"""
import os
import subprocess
import sys
import tempfile

try:
    from dask.distributed import Client, LocalCluster
except ImportError:
    print("python3-distributed (dask.distributed) is not installed")
    sys.exit(77)


def shard(args, k, n, log):
    """One worker's job: the partial state of shard k of n."""
    return subprocess.run(args + ["--shard", "%d/%d" % (k, n), "--partial",
                                  log], check=True,
                          stdout=subprocess.PIPE).stdout


def main():
    n, log, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, \
            Client(cluster) as client:
        futures = [client.submit(shard, args, k, n, log, pure=False)
                   for k in range(1, n + 1)]
        parts = client.gather(futures)
        # Each task ran in a worker process of its own, not here.
        pids = client.run(os.getpid)
        sys.stderr.write("workers %d, processes %d\n" %
                         (len(pids), len(set(pids.values()) - {os.getpid()})))
    with tempfile.TemporaryDirectory() as d:
        names = []
        for k, p in enumerate(parts, 1):
            names.append(os.path.join(d, "part.%d" % k))
            with open(names[-1], "wb") as f:
                f.write(p)
        sys.stdout.flush()
        subprocess.run(args + ["--merge"] + names, check=True)


if __name__ == "__main__":
    main()
