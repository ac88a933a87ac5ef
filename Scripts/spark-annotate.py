#!/usr/bin/env python3
"""Annotate a text corpus with `hingloss annotate --format jsonl` on Apache Spark.

The `hingloss` binary is self-contained (its glossary is compiled in), so Spark ships it to
every executor with `SparkContext.addFile` and runs it over each partition with `RDD.pipe`:
`annotate --format jsonl` is a pure line filter, one JSON record out for every line in.
Each record gets back the file and line number its line came from, so the output equals a
plain `hingloss annotate FILES...` run (same records; sorted by file and line, same order).

    pip install pyspark            # Java 17: apt-get install openjdk-17-jre-headless
    python3 Scripts/spark-annotate.py --binary .build/release/hingloss \
        --input ../shared/corpus --output out/annotations --verify

    # On a cluster: spark-submit --master yarn Scripts/spark-annotate.py --binary hingloss \
    #     --input /data/corpus --output /data/annotations

--input takes files and folders (a folder stands for its *.txt files, recursively, sorted
by path, as `hingloss annotate` reads it). --output is a folder of JSONL partitions
(part-00000, ...), written by `saveAsTextFile`. Extra `annotate` options (`--lang en`,
`--glossary FILE` shipped along, `--fuzzy`) follow `--`.

Exit codes: 0 done (and, with --verify, equal to a plain run); 1 the verification found a
difference; 2 usage; 66 an input or the binary is missing.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time


def input_files(paths):
    """The files `hingloss annotate` reads for these arguments, in its order."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            base = path if path.endswith("/") else path + "/"
            found = []
            for root, _, names in os.walk(path):
                for name in names:
                    if name.endswith(".txt"):
                        found.append(os.path.relpath(os.path.join(root, name), path))
            files += [base + rel for rel in sorted(found)]
        elif os.path.exists(path):
            files.append(path)
        else:
            print(f"spark-annotate: error: no such file or folder: {path}", file=sys.stderr)
            sys.exit(66)
    return files


def lines_of(name, content):
    """(file, line number, text) for each line, as `hingloss` splits them: at LF, a CR
    before it dropped, no empty last line after a final LF."""
    parts = content.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [(name, i + 1, text[:-1] if text.endswith("\r") else text) for i, text in enumerate(parts)]


def with_place(record, name, number):
    """The record with its file and line: `{"line":N,...}` becomes `{"file":F,"line":N,...}`."""
    head = '{"line":'
    if not record.startswith(head):
        raise ValueError(f"unexpected record from hingloss: {record[:80]}")
    rest = record[len(head):]
    rest = rest[rest.index(","):]
    return '{"file":' + json.dumps(name, ensure_ascii=False) + ',"line":' + str(number) + rest


def records_by_place(lines):
    parsed = [json.loads(line) for line in lines if line.strip()]
    parsed.sort(key=lambda r: (r.get("file", ""), r["line"]))
    return parsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the hingloss binary to ship to the executors")
    parser.add_argument("--input", nargs="+", required=True, help="text files or folders of *.txt files")
    parser.add_argument("--output", required=True, help="folder for the JSONL partitions (must not exist)")
    parser.add_argument("--partitions", type=int, default=8, help="number of partitions (default 8)")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    parser.add_argument("--verify", action="store_true", help="compare with a plain `hingloss annotate` run")
    parser.add_argument("annotate_options", nargs="*", help="options passed on to hingloss annotate (after --)")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print(f"spark-annotate: error: no executable hingloss at {args.binary}", file=sys.stderr)
        sys.exit(66)
    files = input_files(args.input)

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("hingloss-annotate")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    started = time.time()

    # Ship the binary; on an executor it is fetched into the working directory (cluster
    # modes) or into the driver's SparkFiles folder (local mode). The command tries both.
    sc.addFile(binary)
    from pyspark import SparkFiles

    local_copy = SparkFiles.get(os.path.basename(binary))
    name = os.path.basename(binary)
    annotate = ["annotate", "--format", "jsonl", "--built-in"] + args.annotate_options
    script = 'if [ -x "./$0" ]; then exec "./$0" "$@"; else exec "$HINGLOSS_LOCAL" "$@"; fi'
    command = " ".join(shlex.quote(p) for p in ["/bin/sh", "-c", script, name] + annotate)

    # (file, line, text) for every line, in file and line order, cut into partitions.
    contents = sc.wholeTextFiles(",".join(os.path.abspath(f) for f in files), minPartitions=len(files))
    by_path = {os.path.abspath(f): f for f in files}

    def explode(pair):
        path, content = pair
        path = path[len("file:"):] if path.startswith("file:") else path
        return lines_of(by_path.get(path, path), content)

    order = {f: i for i, f in enumerate(files)}
    lines = (
        contents.flatMap(explode)
        .sortBy(lambda t: (order.get(t[0], len(order)), t[1]), numPartitions=args.partitions)
        .cache()
    )
    annotated = lines.map(lambda t: t[2]).pipe(command, env={"HINGLOSS_LOCAL": local_copy, "LC_ALL": "C.UTF-8"}, checkCode=True)
    records = lines.zip(annotated).map(lambda pair: with_place(pair[1], pair[0][0], pair[0][1]))
    records.saveAsTextFile(args.output)
    count = lines.count()
    elapsed = time.time() - started
    sc.stop()
    print(f"spark-annotate: {count} lines of {len(files)} files in {elapsed:.1f} s -> {args.output}", file=sys.stderr)

    if args.verify:
        plain = subprocess.run(
            [binary] + annotate + files, stdout=subprocess.PIPE, check=True
        ).stdout.decode("utf-8").splitlines()
        parts = sorted(p for p in os.listdir(args.output) if p.startswith("part-"))
        spark = []
        for part in parts:
            with open(os.path.join(args.output, part), encoding="utf-8") as f:
                spark += f.read().splitlines()
        a, b = records_by_place(plain), records_by_place(spark)
        if a != b:
            diff = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            print(f"spark-annotate: DIFFERENT from a plain run: {len(b)} records vs {len(a)}; first difference at record {diff}", file=sys.stderr)
            sys.exit(1)
        same_text = spark == plain
        print(f"spark-annotate: verified: {len(a)} records equal a plain `hingloss annotate` run"
              f"{' (byte for byte, same order)' if same_text else ' (after sorting by file and line)'}", file=sys.stderr)


if __name__ == "__main__":
    main()
