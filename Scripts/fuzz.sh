#!/usr/bin/env bash
# Builds HinGloss with libFuzzer + AddressSanitizer and runs every fuzz target in Fuzz/.
#
#   Scripts/fuzz.sh [SECONDS] [TARGET ...]
#
# SECONDS is the fuzzing time per target (default 60); the targets run one after another
# (default: all of them). Output goes to fuzz-out/: the binaries, the seed corpus made from
# the repository's fixtures, each target's growing corpus, its log and its crash inputs.
# Exits 1 when a target crashed (or a saved regression input still crashes), 2 when the
# build failed. See Fuzz/README.md.
#
# Environment:
#   FUZZ_NICE=19        niceness of the build and the fuzzers (0 to run at full priority)
#   FUZZ_KEEP_GOING=1   keep fuzzing after a crash (libFuzzer -fork=1 -ignore_crashes=1) and
#                       collect every crash input found in the time
#   FUZZ_SCRATCH=.build-fuzz, FUZZ_OUT=fuzz-out   build and output folders
#   FUZZ_ARGS="..."     extra libFuzzer flags for every target
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

ALL_TARGETS=(normalize matchkey romanize glossary-reader matcher)
SECS=${1:-60}
if [ $# -gt 0 ]; then shift; fi
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi
case "$SECS" in ''|*[!0-9]*) echo "usage: Scripts/fuzz.sh [SECONDS] [TARGET ...]" >&2; exit 64 ;; esac
for t in "${TARGETS[@]}"; do
  [ -f "Fuzz/$t.swift" ] || { echo "fuzz.sh: no target '$t' (Fuzz/$t.swift); targets: ${ALL_TARGETS[*]}" >&2; exit 64; }
done

SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
OUT=${FUZZ_OUT:-fuzz-out}
NICE=${FUZZ_NICE:-19}
KEEP_GOING=${FUZZ_KEEP_GOING:-0}
read -r -a EXTRA_ARGS <<< "${FUZZ_ARGS:-}"
run_nice() { nice -n "$NICE" "$@"; }

# ---- Prerequisites ----------------------------------------------------------------------

need=()
if command -v dpkg >/dev/null 2>&1; then
  dpkg -s libicu-dev >/dev/null 2>&1 || need+=(libicu-dev)
  command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "fuzz.sh: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}"
  else
    echo "fuzz.sh: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2
    exit 2
  fi
fi
command -v swift >/dev/null 2>&1 || { echo "fuzz.sh: swift is not on PATH" >&2; exit 2; }
SWIFTC=$(command -v swiftc)
TOOLCHAIN=$(dirname "$(dirname "$(readlink -f "$SWIFTC")")")
if ! ls "$TOOLCHAIN"/lib/swift/clang/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
  echo "fuzz.sh: this Swift toolchain ($TOOLCHAIN) has no libFuzzer runtime (lib/swift/clang/lib/linux/libclang_rt.fuzzer-*.a)" >&2
  exit 2
fi
SYMBOLIZER=$(command -v llvm-symbolizer || true)
[ -x "$TOOLCHAIN/bin/llvm-symbolizer" ] && SYMBOLIZER="$TOOLCHAIN/bin/llvm-symbolizer"

# The Swift runtime's own crash backtracer reads the stack in a way ASan reports as a
# stack-buffer-underflow; libFuzzer and ASan print the stack instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=5:detect_leaks=1:handle_abort=1:handle_sigill=1:handle_sigtrap=1}
[ -n "$SYMBOLIZER" ] && export ASAN_SYMBOLIZER_PATH="$SYMBOLIZER"

# ---- Build ------------------------------------------------------------------------------

mkdir -p "$OUT/bin"
# The library gets libFuzzer's coverage instrumentation, not its main: the build also links
# the EmbedGlossaries plugin's tool, an executable of its own. The harnesses link libFuzzer.
SAN=(-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xcc -fsanitize=fuzzer-no-link,address)
echo "== building HinGloss with -sanitize=address and libFuzzer coverage into $SCRATCH"
built=0
for attempt in 1 2 3; do
  if run_nice swift build -c release --scratch-path "$SCRATCH" --target HinGloss "${SAN[@]}" > "$OUT/build.log" 2>&1; then
    built=1
    break
  fi
  # Sources edited while building: try again.
  grep -q "was modified during the build" "$OUT/build.log" || break
  echo "   sources changed during the build; building again"
done
if [ "$built" != 1 ]; then
  tail -40 "$OUT/build.log" >&2
  echo "fuzz.sh: the library did not build (log: $OUT/build.log)" >&2
  exit 2
fi
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path "${SAN[@]}")
OBJECTS=("$BIN"/HinGloss.build/*.o "$BIN"/CHinGlossICU.build/*.o)

for t in "${TARGETS[@]}"; do
  echo "== linking $OUT/bin/$t"
  # -Onone for the harness only (the library is -O): keeps preconditionFailure messages.
  if ! run_nice "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -Onone -g \
      -module-name "fuzz_${t//-/_}" \
      -I "$BIN/Modules" \
      -Xcc -fmodule-map-file="$BIN/CHinGlossICU.build/module.modulemap" \
      -Xcc -I -Xcc "$ROOT/Sources/CHinGlossICU/include" \
      "Fuzz/$t.swift" Fuzz/Support/*.swift "${OBJECTS[@]}" -licui18n -licuuc -lFoundation \
      -o "$OUT/bin/$t" > "$OUT/link-$t.log" 2>&1; then
    cat "$OUT/link-$t.log" >&2
    echo "fuzz.sh: $t did not compile" >&2
    exit 2
  fi
done

# ---- Seed corpus ------------------------------------------------------------------------
# text: each line of the fixtures and glossaries, and each Devanagari cell and list item;
# tsv: each glossary-shaped file whole, and its header with each row on its own.

rm -rf "$OUT/seeds"
mkdir -p "$OUT/seeds/text" "$OUT/seeds/tsv"
python3 - "$OUT/seeds" <<'PY'
import glob, hashlib, os, sys
out = sys.argv[1]
files = sorted(set(
    glob.glob("Tests/HinGlossTests/Fixtures/*.tsv")
    + glob.glob("glossaries/**/*.tsv", recursive=True)
    + [p for p in glob.glob("glossaries/tests/*") if os.path.isfile(p)]
    + glob.glob("glossaries/**/*.txt", recursive=True)))
counts = {"text": 0, "tsv": 0}
def put(kind, data, limit):
    if not data or len(data) > limit:
        return
    path = os.path.join(out, kind, hashlib.sha1(data).hexdigest())
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
        counts[kind] += 1
for name in files:
    raw = open(name, "rb").read()
    lines = [l.rstrip(b"\r") for l in raw.split(b"\n")]
    for line in lines:
        if not line or line.startswith(b"#"):
            continue
        put("text", line, 1024)
        for cell in line.split(b"\t"):
            if any(b >= 0x80 for b in cell):
                put("text", cell.strip(), 1024)
                for item in cell.split(b"|"):
                    put("text", item.strip(), 1024)
    if name.endswith(".tsv"):
        put("tsv", raw, 8192)
        rows = [l for l in lines if l and not l.startswith(b"#")]
        if rows:
            header = rows[0]
            put("tsv", b"\n".join(rows[:6]) + b"\n", 8192)
            for row in rows[1:]:
                put("tsv", header + b"\n" + row + b"\n", 8192)
                put("tsv", b"\xef\xbb\xbf" + header + b"\r\n" + row + b"\r\n", 8192)
print("seeds: %d text, %d tsv (from %d files)" % (counts["text"], counts["tsv"], len(files)))
PY

# ---- Fuzz -------------------------------------------------------------------------------

seeds_for() { case "$1" in glossary-reader) echo tsv ;; *) echo text ;; esac; }
max_len_for() { case "$1" in glossary-reader) echo 4096 ;; *) echo 256 ;; esac; }

# The first line that says why an input crashed.
crash_reason() {
  "$1" "$2" 2>&1 | grep -m1 -E "invariant violated|Fatal error|ERROR: AddressSanitizer|ERROR: LeakSanitizer|ERROR: libFuzzer|ERROR: UndefinedBehaviorSanitizer" \
    | sed -E 's/^==[0-9]+==//' | cut -c1-200 || true
}

declare -A R_EXECS R_COV R_TIME R_CRASH R_REG
failed=0
for t in "${TARGETS[@]}"; do
  bin="$OUT/bin/$t"
  dir="$OUT/$t"
  mkdir -p "$dir/corpus"
  rm -rf "$dir/artifacts" "$dir/crashes.txt"
  mkdir -p "$dir/artifacts"

  # Saved crash inputs must not crash any more.
  reg_total=0
  reg_crash=0
  for f in Fuzz/regressions/"$t"-*.bin; do
    [ -e "$f" ] || continue
    reg_total=$((reg_total + 1))
    if ! "$bin" "$f" > "$dir/regression-$(basename "$f").log" 2>&1; then
      reg_crash=$((reg_crash + 1))
      echo "   regression $f still crashes: $(crash_reason "$bin" "$f")"
    fi
  done
  R_REG[$t]="$reg_crash/$reg_total"
  [ "$reg_crash" -gt 0 ] && failed=1

  echo "== fuzzing $t for ${SECS}s"
  common=(-timeout=30 -rss_limit_mb=4096 -max_len="$(max_len_for "$t")" -dict=Fuzz/hindi.dict
          -artifact_prefix="$dir/artifacts/")
  seeds="$OUT/seeds/$(seeds_for "$t")"
  start=$(date +%s)
  budget=$SECS
  rc=0
  if [ "$KEEP_GOING" = 1 ]; then
    # Fork mode skips seeds that crash; find them first (one plain pass over the corpus per
    # crashing seed), set them aside as crash inputs, then fuzz in fork mode.
    : > "$dir/seed-check.log"
    while true; do
      set +e
      run_nice "$bin" -runs=0 "${common[@]}" "${EXTRA_ARGS[@]}" "$dir/corpus" "$seeds" >> "$dir/seed-check.log" 2>&1
      seed_rc=$?
      set -e
      [ "$seed_rc" -eq 0 ] && break
      rc=$seed_rc
      culprit=$(grep -oE 'Test unit written to .*' "$dir/seed-check.log" | tail -1 | sed 's/Test unit written to //')
      [ -n "$culprit" ] && [ -f "$culprit" ] || break
      sha=$(sha1sum "$culprit" | awk '{print $1}')
      removed=0
      for d in "$dir/corpus" "$seeds"; do
        if [ -f "$d/$sha" ]; then rm -f "$d/$sha"; removed=1; fi
      done
      [ "$removed" = 1 ] || break
      echo "   seed $sha crashes: $(crash_reason "$bin" "$culprit")"
      [ $(( $(date +%s) - start )) -ge "$SECS" ] && break
    done
    budget=$(( SECS - ($(date +%s) - start) ))
    [ "$budget" -lt 10 ] && budget=10
    args=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  else
    args=()
  fi
  set +e
  run_nice "$bin" -max_total_time="$budget" -print_final_stats=1 "${common[@]}" "${args[@]}" "${EXTRA_ARGS[@]}" \
    "$dir/corpus" "$seeds" > "$dir/fuzz.log" 2>&1
  fuzz_rc=$?
  set -e
  [ "$fuzz_rc" -ne 0 ] && rc=$fuzz_rc
  elapsed=$(( $(date +%s) - start ))

  execs=$(grep -E '^stat::number_of_executed_units:' "$dir/fuzz.log" | tail -1 | awk '{print $2}' || true)
  status=$(grep -E '^#[0-9]+' "$dir/fuzz.log" | tail -1 || true)
  if [ -z "$execs" ]; then execs=$(printf '%s\n' "$status" | sed -nE 's/^#([0-9]+).*/\1/p'); fi
  cov=$(printf '%s\n' "$status" | sed -nE 's/.*cov: ([0-9]+).*/\1/p')
  mapfile -t crashes < <(find "$dir/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  R_EXECS[$t]=${execs:-?}
  R_COV[$t]=${cov:-?}
  R_TIME[$t]=$elapsed
  if [ "$rc" -ne 0 ] || [ ${#crashes[@]} -gt 0 ]; then
    failed=1
    R_CRASH[$t]="yes (${#crashes[@]} input(s), libFuzzer exit $rc)"
    echo "   $t crashed; log: $dir/fuzz.log"
    # Group the inputs by what went wrong (numbers and scalar lists left out).
    for c in "${crashes[@]:0:200}"; do
      reason=$(crash_reason "$bin" "$c")
      echo "$c: $reason" >> "$dir/crashes.txt"
      printf '%s\t%s\n' "$(printf '%s' "$reason" | sed -E 's/(invariant violated: [^:=([]*).*/\1/; s/\[[^]]*\]?/[...]/g; s/[0-9]+/N/g' | cut -c1-150)" "$c"
    done | sort | awk -F'\t' '{ n[$1]++; if (!($1 in ex)) ex[$1] = $2 } END { for (k in n) printf "   %d input(s): %s\n      e.g. %s\n", n[k], k, ex[k] }'
  else
    R_CRASH[$t]=no
  fi
done

# ---- Summary ----------------------------------------------------------------------------

echo
printf '%-16s %12s %8s %8s %12s  %s\n' target execs cov seconds regressions crash
for t in "${TARGETS[@]}"; do
  printf '%-16s %12s %8s %8s %12s  %s\n' "$t" "${R_EXECS[$t]}" "${R_COV[$t]}" "${R_TIME[$t]}" "${R_REG[$t]}" "${R_CRASH[$t]}"
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz.sh: a target crashed; reproduce with $OUT/bin/TARGET INPUT, save it as Fuzz/regressions/TARGET-N.bin" >&2
  exit 1
fi
echo "fuzz.sh: no crash"
