#!/usr/bin/env bash
# Times `hingloss annotate` with linking (the default) against `annotate --literal` on the
# same input, side by side in one run: the cost of linking (romanized names, coreference,
# inflected forms, Latin-script names) over literal matching, JSONL out, release build.
#
# The two commands are run alternately (so that a noisy machine slows both alike), each
# REPEATS times; the table gives the median and the least CPU time (user + system) of each,
# the throughput in MB/s, their ratio, and the start-up time of each on empty input.
#
# With LINKING_BASELINE=COMMIT it also builds that commit's `hingloss` (in a worktree under
# Benchmarks/.build-linking/) and times its `annotate` with its defaults in the same rounds:
# annotate as it was before linking existed (f086630), for instance.
#
# Usage: Benchmarks/linking.sh [CORPUS_DIR]   (default: ../shared/corpus next to the repo)
# Environment: LINKING_COPIES=8 (the Hindi corpus files this many times over),
#              LINKING_REPEATS=5, LINKING_SKIP_BUILD=1, LINKING_BASELINE=COMMIT.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
corpus="${1:-${HINGLOSS_CORPUS:-$repo/../shared/corpus}}"
work="$here/.build-linking"
copies="${LINKING_COPIES:-8}"
repeats="${LINKING_REPEATS:-5}"
mkdir -p "$work"

if [ "${LINKING_SKIP_BUILD:-0}" != 1 ]; then
  (cd "$repo" && swift build -c release --product hingloss >/dev/null)
fi
bin="$(cd "$repo" && swift build -c release --show-bin-path)/hingloss"
baseline_bin=""
if [ -n "${LINKING_BASELINE:-}" ]; then
  tree="$work/baseline-${LINKING_BASELINE}"
  if [ ! -d "$tree" ]; then git -C "$repo" worktree add -f --detach "$tree" "$LINKING_BASELINE" >/dev/null; fi
  (cd "$tree" && swift build -c release --product hingloss >/dev/null)
  baseline_bin="$(cd "$tree" && swift build -c release --show-bin-path)/hingloss"
fi

input="$work/input.txt"
: >"$input"
for _ in $(seq "$copies"); do cat "$corpus"/hi-*.txt >>"$input"; done

python3 - "$bin" "$input" "$repeats" "$baseline_bin" "${LINKING_BASELINE:-}" <<'PY'
import os, resource, statistics, subprocess, sys

binary, path, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
baseline, commit = sys.argv[4], sys.argv[5]
size = os.path.getsize(path)
modes = {"linking": [binary, "annotate", "--built-in"], "literal": [binary, "annotate", "--built-in", "--literal"]}
if baseline:
    modes[f"annotate at {commit}"] = [baseline, "annotate"]

def cpu(args, stdin_path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin_path, "rb") as f:
        subprocess.run(args, stdin=f, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

times = {m: [] for m in modes}
startup = {m: [] for m in modes}
for _ in range(repeats):
    for m, args in modes.items():
        times[m].append(cpu(args, path))
        startup[m].append(cpu(args, os.devnull))

print(f"input: {size / 1e6:.1f} MB ({path}), {repeats} runs each, alternating")
print(f"| mode | median CPU s | least CPU s | MB/s (median) | start-up s (least) |")
print(f"| --- | ---: | ---: | ---: | ---: |")
for m in modes:
    med = statistics.median(times[m])
    print(f"| {m} | {med:.3f} | {min(times[m]):.3f} | {size / 1e6 / med:.1f} | {min(startup[m]):.3f} |")
ratio = statistics.median(times["linking"]) / statistics.median(times["literal"])
pairs = sorted(a / b for a, b in zip(times["linking"], times["literal"]))
print(f"linking / literal, median CPU: {ratio:.2f} (per-run ratios {pairs[0]:.2f}–{pairs[-1]:.2f})")
if baseline:
    b = f"annotate at {commit}"
    ratio = statistics.median(times["linking"]) / statistics.median(times[b])
    pairs = sorted(a / c for a, c in zip(times["linking"], times[b]))
    print(f"linking / {b}, median CPU: {ratio:.2f} (per-run ratios {pairs[0]:.2f}–{pairs[-1]:.2f})")
PY
