#!/usr/bin/env bash
# Runs HinGloss and every matcher a user could pick instead on the same corpus and the same
# 1k/10k/100k pattern lists, in one run, and prints one table with the ratio of HinGloss to
# the best peer per size, and two baselines: UTF-8 validation of the haystack, and
# HinGloss's fold alone (the limit for a design that folds before it searches).
#
# Peers: Rust's aho-corasick (built natively from Debian's librust-aho-corasick-dev with an
# offline cargo build of rust-peer/; leftmost-longest, DFA and NFA), and from PyPI in a
# virtualenv: pyahocorasick (iter_long), ahocorasick-rs (leftmost-longest), daachorse
# (leftmost-longest, bytewise and charwise) and hyperscan (literal mode, every match).
# The peers match exact bytes, with no folding and no word boundaries, so their match
# counts differ from HinGloss's.
#
# Usage: Benchmarks/compare.sh [CORPUS_DIR]   (default: ../shared/corpus next to the repo)
# Environment: COMPARE_SIZES="1k 10k 100k", COMPARE_REPEATS=3, COMPARE_SKIP_INSTALL=1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
corpus="${1:-${HINGLOSS_CORPUS:-$repo/../shared/corpus}}"
work="$here/.build-compare"
sizes="${COMPARE_SIZES:-1k 10k 100k}"
repeats="${COMPARE_REPEATS:-3}"
mkdir -p "$work"

# Python peers, from PyPI, in a virtualenv of their own.
if [ ! -x "$work/venv/bin/python" ]; then python3 -m venv "$work/venv"; fi
py="$work/venv/bin/python"
if ! "$py" -c 'import ahocorasick, ahocorasick_rs, daachorse, hyperscan' 2>/dev/null; then
  "$work/venv/bin/pip" install -q ahocorasick-rs pyahocorasick daachorse hyperscan
fi

# Rust's aho-corasick, from Debian's package, built offline (rust-peer/.cargo/config.toml).
if [ ! -d /usr/share/cargo/registry ] || ! ls -d /usr/share/cargo/registry/aho-corasick-* >/dev/null 2>&1 \
  || ! command -v cargo >/dev/null; then
  if [ "${COMPARE_SKIP_INSTALL:-0}" != 1 ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librust-aho-corasick-dev cargo >/dev/null
  fi
fi
rust_peer=""
if command -v cargo >/dev/null && ls -d /usr/share/cargo/registry/aho-corasick-* >/dev/null 2>&1; then
  (cd "$here/rust-peer" && CARGO_TARGET_DIR="$work/rust" cargo build --release --offline -q)
  rust_peer="$work/rust/release/aho-corasick-peer"
else
  echo "compare.sh: no cargo or librust-aho-corasick-dev: the native Rust peer is skipped" >&2
fi

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

# HinGloss, release build: the driver, and the CLI for the end-to-end annotate runs.
(cd "$here" && swift build -c release --product hingloss-bench >/dev/null)
(cd "$here" && swift build -c release --product hingloss >/dev/null)
bench="$(cd "$here" && swift build -c release --show-bin-path)/hingloss-bench"
cli="$(cd "$here" && swift build -c release --show-bin-path)/hingloss"

cat > "$work/peers.py" <<'PY'
import json, resource, sys, time
tool, patterns_file, hay_file, repeats = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
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
elif tool == "pyahocorasick":
    import ahocorasick
    ac = ahocorasick.Automaton()
    for i, p in enumerate(patterns):
        ac.add_word(p, i)
    ac.make_automaton()
    build = time.perf_counter() - t0
    def search():
        return sum(1 for _ in ac.iter_long(hay))
elif tool == "daachorse":
    import daachorse
    ac = daachorse.DoubleArrayAhoCorasick([p.encode() for p in patterns], match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)
    build = time.perf_counter() - t0
    def search():
        return len(ac.find(hay_bytes))
elif tool == "daachorse-charwise":
    import daachorse
    ac = daachorse.CharwiseDoubleArrayAhoCorasick(patterns, match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)
    build = time.perf_counter() - t0
    def search():
        return len(ac.find(hay))
elif tool == "hyperscan":
    import hyperscan
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[p.encode() for p in patterns], ids=list(range(len(patterns))),
               elements=len(patterns), flags=0, literal=True)
    scratch = hyperscan.Scratch(db)
    build = time.perf_counter() - t0
    def search():
        n = [0]
        def on_match(id, start, end, flags, context):
            n[0] += 1
        db.scan(hay_bytes, match_event_handler=on_match, scratch=scratch)
        return n[0]
else:
    raise SystemExit(f"unknown tool {tool}")
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
best = None
for _ in range(repeats):
    t = time.perf_counter(); n = search(); t = time.perf_counter() - t
    best = t if best is None else min(best, t)
print(json.dumps({"tool": tool, "patterns": len(patterns), "build_s": build, "mb_per_s": len(hay_bytes) / 1e6 / best,
                  "matches": n, "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "build_rss_kib": rss1 - rss0}))
PY

results="$work/results.jsonl"
: > "$results"
"$bench" --baseline utf8 "$work/haystack.txt" "$repeats" >> "$results"
"$bench" --baseline fold "$work/haystack.txt" "$repeats" >> "$results"
for size in $sizes; do
  p="$work/patterns-$size.txt"
  h="$work/haystack.txt"
  "$bench" "$p" "$h" "$repeats" >> "$results"
  "$bench" --api matches "$p" "$h" "$repeats" >> "$results"
  if [ -n "$rust_peer" ]; then
    "$rust_peer" dfa "$p" "$h" "$repeats" >> "$results"
    "$rust_peer" nfa "$p" "$h" "$repeats" >> "$results"
  fi
  for tool in pyahocorasick ahocorasick-rs daachorse daachorse-charwise hyperscan; do
    "$py" "$work/peers.py" "$tool" "$p" "$h" "$repeats" >> "$results" \
      || echo "{\"tool\":\"$tool\",\"patterns\":0,\"failed\":true}" >> "$results"
  done
done

# End to end: `hingloss annotate --format jsonl` with the shipped glossary, over the
# haystack (line by line) and over the haystack as one ~21 MB line (peak RSS).
"$py" - "$work" <<'PY'
import pathlib, sys
work = pathlib.Path(sys.argv[1])
text = (work / "haystack.txt").read_text(encoding="utf-8").replace("\n", " ")
line = (text * 6).encode()[:21_000_000].decode("utf-8", "ignore")
(work / "one-line-21mb.txt").write_text(line + "\n", encoding="utf-8")
PY
annotate_run() {  # FILE LABEL: one JSON row with MB/s and peak RSS of annotate --format jsonl
  local start end bytes rss
  bytes=$(wc -c < "$1")
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/time.txt" "$cli" annotate --format jsonl "$1" > "$work/annotate-out.jsonl"
  end=$(date +%s.%N)
  rss=$(tail -1 "$work/time.txt")
  "$py" -c "import json,sys; b,s,e,r,l=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]),sys.argv[5]; \
print(json.dumps({'tool':'hingloss annotate jsonl ('+l+')','patterns':0,'build_s':0,'mb_per_s':b/1e6/(e-s),'seconds':e-s, \
'matches':sum(l.count('\"start\"') for l in open(sys.argv[6],encoding='utf-8')),'peak_rss_kib':r,'build_rss_kib':0}))" \
    "$bytes" "$start" "$end" "$rss" "$2" "$work/annotate-out.jsonl"
}
if command -v /usr/bin/time >/dev/null; then
  annotate_run "$work/haystack.txt" "haystack lines" >> "$results"
  annotate_run "$work/one-line-21mb.txt" "one 21 MB line" >> "$results"
fi

"$py" - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
base = {r["tool"]: r for r in rows if r["tool"].startswith("baseline")}
print(f"{'tool':<24}{'patterns':>9}{'MB/s':>10}{'build s':>10}{'peak RSS MB':>13}{'build RSS MB':>14}{'matches':>10}")
for r in rows:
    if r.get("failed"):
        print(f"{r['tool']:<24}   failed"); continue
    print(f"{r['tool'][:24]:<24}{r['patterns']:>9}{r['mb_per_s']:>10.1f}{r['build_s']:>10.3f}{r['peak_rss_kib']/1024:>13.1f}"
          f"{r['build_rss_kib']/1024:>14.1f}{r['matches']:>10}")
print()
print("| patterns | HinGloss count | HinGloss matches(in:) | best peer | ratio | fold alone | UTF-8 validation |")
print("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
for size in sorted({r["patterns"] for r in rows if r["tool"] == "hingloss" and r["patterns"] > 0}):
    h = next(r for r in rows if r["tool"] == "hingloss" and r["patterns"] == size)
    m = next((r for r in rows if r["tool"] == "hingloss-matches" and r["patterns"] == size), None)
    peers = [r for r in rows if r["patterns"] == size and not r["tool"].startswith("hingloss") and not r.get("failed")]
    best = max(peers, key=lambda r: r["mb_per_s"])
    fold, utf8 = base.get("baseline-fold"), base.get("baseline-utf8")
    print(f"| {size // 1000}k | {h['mb_per_s']:.0f} MB/s | {m['mb_per_s']:.0f} MB/s ({m['mb_per_s'] / best['mb_per_s']:.2f}) | "
          f"{best['tool']}: {best['mb_per_s']:.0f} MB/s | {h['mb_per_s'] / best['mb_per_s']:.2f} | "
          f"{fold['mb_per_s']:.0f} MB/s ({h['mb_per_s'] / fold['mb_per_s']:.2f}) | "
          f"{utf8['mb_per_s']:.0f} MB/s ({h['mb_per_s'] / utf8['mb_per_s']:.2f}) |")
print("ratio: HinGloss count(in:) MB/s over the best peer's; in brackets, over that column's MB/s")
for r in rows:
    if r["tool"].startswith("hingloss annotate"):
        print(f"{r['tool']}: {r['mb_per_s']:.1f} MB/s, {r['seconds']:.2f} s, peak RSS {r['peak_rss_kib'] / 1024:.0f} MB, {r['matches']} matches")
PY
