"""govtext extract on a Dask cluster: JSONL shards in, one records file per partition out.

    python3 govtext_dask.py --scheduler 127.0.0.1:8786 'dump/*.jsonl' out/
    python3 govtext_dask.py --scheduler-file scheduler.json 'dump/*.jsonl' out/ --blocksize 128MiB

Every worker needs the govtext command (npm install -g govtext-de, or --command
"node /path/to/dist/cli.js"). Each partition is piped through
`govtext extract - --jobs 1 --quiet --source NAME --errors-ok`: one record (or
error line) per input line, in order, the same whichever partition carried the
line, so out/ holds the same records as one `govtext extract` of the whole dump.
A partition lost with its worker is recomputed by Dask and its file written
again whole. Dask 2022.12 or newer (Debian: python3-distributed).
"""

import argparse
import shlex
import subprocess

import dask.bag as db
from dask.distributed import Client


def extract(lines, command, source):
    """Pipes one partition's JSONL lines through govtext; returns its output lines."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    run = subprocess.run(
        [*command, "extract", "-", "--jobs", "1", "--quiet", "--source", source, "--errors-ok"],
        input=text.encode("utf-8", "surrogateescape"),
        capture_output=True,
        check=False,
    )
    if run.returncode != 0:
        raise RuntimeError(f"govtext exited with {run.returncode}: {run.stderr.decode('utf-8', 'replace')}")
    return run.stdout.decode("utf-8").splitlines()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", help="JSONL shards: a path, a glob or a folder")
    parser.add_argument("output", help="folder for part-NNNNN.jsonl, one per partition")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of the Dask scheduler, host:port")
    where.add_argument("--scheduler-file", help="the JSON file the scheduler wrote")
    parser.add_argument("--command", default="govtext", help='how to run govtext (default: "govtext")')
    parser.add_argument("--blocksize", default=None, help="split shards into partitions of this size (default: one per shard)")
    parser.add_argument("--source", default="dump", help="recorded as each document's source (default: dump)")
    args = parser.parse_args()

    client = Client(args.scheduler, scheduler_file=args.scheduler_file) if args.scheduler else Client(scheduler_file=args.scheduler_file)
    # Bytes that are not UTF-8 reach govtext as they are: it replaces them and counts them in the record.
    lines = db.read_text(args.inputs, blocksize=args.blocksize, encoding="utf-8", errors="surrogateescape")
    records = lines.map_partitions(extract, shlex.split(args.command), args.source)
    records.to_textfiles(f"{args.output.rstrip('/')}/part-*.jsonl", name_function=lambda i: f"{i:05d}", last_endline=True)
    client.close()


if __name__ == "__main__":
    main()
