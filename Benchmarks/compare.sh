#!/usr/bin/env bash
# Runs HinGloss and its peers (ahocorasick-rs, pyahocorasick) on the same corpus and the
# same 1k/10k/100k pattern lists, in one run, and prints one table.
# Usage: Benchmarks/compare.sh [CORPUS_DIR]   (default: ../shared/corpus next to the repo)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
corpus="${1:-${HINGLOSS_CORPUS:-$repo/../shared/corpus}}"
work="$here/.build-compare"
mkdir -p "$work"

# Peers, from PyPI, in a virtualenv of their own.
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q ahocorasick-rs pyahocorasick
fi
py="$work/venv/bin/python"

# The same inputs for every tool: the corpus repeated to ~4 MB, and the most frequent word
# 1-, 2- and 3-grams of its first 2,500 lines as pattern lists.
"$py" - "$corpus" "$work" <<'PY'
import collections, re, sys, unicodedata, pathlib
corpus, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
lines = []
for name in ["hi-ntrex128-newstest2019.txt", "hi-xquad-contexts.txt"]:
    lines += (corpus / name).read_text(encoding="utf-8").split("\n")
lines = [l for l in lines if l]
hay = []
while sum(len(l.encode()) + 1 for l in hay) < 4_000_000:
    hay += lines
(work / "haystack.txt").write_text("\n".join(hay) + "\n", encoding="utf-8")
counts = collections.Counter()
word = re.compile(r"[\u0900-\u097F]+")
for line in hay[:2500]:
    words = word.findall(line)
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            counts[" ".join(words[i:i + n])] += 1
ranked = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
for size in (1000, 10000, 100000):
    (work / f"patterns-{size // 1000}k.txt").write_text("\n".join(ranked[:size]) + "\n", encoding="utf-8")
PY

# HinGloss, release build.
(cd "$here" && swift build -c release --product hingloss-bench >/dev/null)
bench="$(cd "$here" && swift build -c release --show-bin-path)/hingloss-bench"

cat > "$work/peers.py" <<'PY'
import json, resource, sys, time
tool, patterns_file, hay_file = sys.argv[1:4]
patterns = [p for p in open(patterns_file, encoding="utf-8").read().split("\n") if p]
hay = open(hay_file, encoding="utf-8").read()
hay_bytes = hay.encode()
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
if tool == "ahocorasick-rs":
    import ahocorasick_rs
    ac = ahocorasick_rs.BytesAhoCorasick([p.encode() for p in patterns], matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    build = time.perf_counter() - t0
    def search():
        return len(ac.find_matches_as_indexes(hay_bytes))
else:
    import ahocorasick
    ac = ahocorasick.Automaton()
    for i, p in enumerate(patterns):
        ac.add_word(p, i)
    ac.make_automaton()
    build = time.perf_counter() - t0
    def search():
        return sum(1 for _ in ac.iter_long(hay))
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
best = None
for _ in range(3):
    t = time.perf_counter(); n = search(); t = time.perf_counter() - t
    best = t if best is None else min(best, t)
print(json.dumps({"tool": tool, "patterns": len(patterns), "build_s": build, "mb_per_s": len(hay_bytes) / 1e6 / best,
                  "matches": n, "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "build_rss_kib": rss1 - rss0}))
PY

results="$work/results.jsonl"
: > "$results"
for size in 1k 10k 100k; do
  "$bench" "$work/patterns-$size.txt" "$work/haystack.txt" 3 >> "$results"
  "$py" "$work/peers.py" ahocorasick-rs "$work/patterns-$size.txt" "$work/haystack.txt" >> "$results"
  "$py" "$work/peers.py" pyahocorasick "$work/patterns-$size.txt" "$work/haystack.txt" >> "$results"
done

"$py" - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print(f"{'tool':<16}{'patterns':>9}{'MB/s':>10}{'build s':>10}{'peak RSS MB':>13}{'build RSS MB':>14}{'matches':>10}")
for r in rows:
    print(f"{r['tool']:<16}{r['patterns']:>9}{r['mb_per_s']:>10.1f}{r['build_s']:>10.3f}{r['peak_rss_kib']/1024:>13.1f}{r['build_rss_kib']/1024:>14.1f}{r['matches']:>10}")
ratio = {}
for size in (1000, 10000, 100000):
    h = next(r for r in rows if r["tool"] == "hingloss" and r["patterns"] == size)
    a = next(r for r in rows if r["tool"] == "ahocorasick-rs" and r["patterns"] == size)
    ratio[size] = h["mb_per_s"] / a["mb_per_s"]
print(f"hingloss/ahocorasick-rs throughput: 1k={ratio[1000]:.2f} 10k={ratio[10000]:.2f} 100k={ratio[100000]:.2f}")
PY
