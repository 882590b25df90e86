#!/usr/bin/env bash
# Measures tipcheck against ripgrep on the same generated corpus, in one run:
#   1. throughput: `tipcheck check --format jsonl CORPUS` (and `tipcheck extract`, numbers alone)
#      vs `rg -o PATTERN CORPUS`, 2 threads each, where PATTERN = '[0-9]+(?:[.,][0-9]+)*' prints
#      every run of digits: the yardstick for reading and scanning the same bytes;
#   2. latency: one 5 KB Markdown draft, process start to exit, table included, vs rg on it;
#   3. peak memory (GNU time -v) on the corpus and on twice the corpus: it should not grow;
#   4. linearity: the check on twice the corpus, against the corpus;
#   5. with --archive MB: peak memory checking a JSON Lines archive of about MB megabytes.
# Usage: bench/compare.sh [--archive MB] [N]   (N articles, default 20000: about 40 MB)
# Commands run from a directory outside the repository, so `check` uses its built-in table, as on
# a newsroom's machine. Installs hyperfine, ripgrep and GNU time from Debian's packages if missing.
# Timings on a shared machine vary with its load: the script prints the load average; run it when
# the machine is quiet, and compare code versions with bench/profile.sh (instruction counts).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ARCHIVE_MB=
if [ "${1:-}" = --archive ]; then
    ARCHIVE_MB=$2
    shift 2
fi
N=${1:-20000}
PATTERN='[0-9]+(?:[.,][0-9]+)*'
THREADS=2

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v rg >/dev/null || missing+=(ripgrep)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    echo "--- installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cargo build --quiet --release --bin tipcheck --example make_corpus
BIN=$ROOT/target/release/tipcheck
CORPUS=$ROOT/target/corpus-$N
CORPUS2=$ROOT/target/corpus-$((2 * N))
ONE=$ROOT/target/one-article.md
OUT=$ROOT/target/bench
mkdir -p "$OUT"
[ -d "$CORPUS" ] || bench/make_corpus "$N" "$CORPUS"
[ -d "$CORPUS2" ] || bench/make_corpus "$((2 * N))" "$CORPUS2"
[ -f "$ONE" ] || bench/make_corpus --article 5000 "$ONE"

AWAY=$(mktemp -d)
trap 'rm -rf "$AWAY"' EXIT
cd "$AWAY"

bytes() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%d", s}'; }
SIZE=$(bytes "$CORPUS")
echo "--- corpus: $N files, $SIZE bytes in $CORPUS"
echo "--- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

CHECK="$BIN check -j $THREADS --format jsonl --fail-on never"

echo "--- 1. whole corpus, $THREADS threads"
hyperfine --warmup 1 --runs 5 --export-csv "$OUT/corpus.csv" \
    -n "tipcheck check" "$CHECK $CORPUS > /dev/null" \
    -n "tipcheck extract" "$BIN extract -j $THREADS --format jsonl $CORPUS > /dev/null" \
    -n "rg -o" "rg -j $THREADS -o '$PATTERN' $CORPUS > /dev/null"

echo "--- 2. one article of $(wc -c < "$ONE") bytes, process start to exit"
hyperfine -N --warmup 20 --runs 300 --export-csv "$OUT/latency.csv" \
    -n "tipcheck check" "$BIN check --fail-on never $ONE" \
    -n "rg -o" "rg -o $PATTERN $ONE"

echo "--- 3. peak memory"
peak() { # prints the peak resident set size in KiB of the command
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}'
}
MEM1=$(peak $CHECK "$CORPUS")
MEM2=$(peak $CHECK "$CORPUS2")
MEMF=$(peak $CHECK --output "$OUT/report.jsonl" "$CORPUS2")
echo "corpus: $MEM1 KiB; twice the corpus: $MEM2 KiB; twice the corpus with --output FILE: $MEMF KiB"

echo "--- 4. twice the corpus"
hyperfine --warmup 1 --runs 3 --export-csv "$OUT/linear.csv" \
    -n "tipcheck N" "$CHECK $CORPUS > /dev/null" \
    -n "tipcheck 2N" "$CHECK $CORPUS2 > /dev/null"

if [ -n "$ARCHIVE_MB" ]; then
    echo "--- 5. a JSON Lines archive of about $ARCHIVE_MB MB"
    ARCHIVE=$ROOT/target/archive-$ARCHIVE_MB.jsonl
    [ -f "$ARCHIVE" ] || "$ROOT/target/release/examples/make_corpus" --jsonl "$((ARCHIVE_MB * 1000 / 2))" "$ARCHIVE"
    echo "$(stat -c %s "$ARCHIVE") bytes: peak $(peak $CHECK "$ARCHIVE") KiB"
fi

# mean seconds of row $2 (1-based, after the header) of a hyperfine CSV
mean() { awk -F, -v row="$2" 'NR == row + 1 {print $2}' "$1"; }
awk -v c="$(mean "$OUT/corpus.csv" 1)" -v e="$(mean "$OUT/corpus.csv" 2)" -v r="$(mean "$OUT/corpus.csv" 3)" \
    -v l="$(mean "$OUT/latency.csv" 1)" -v lr="$(mean "$OUT/latency.csv" 2)" \
    -v n="$(mean "$OUT/linear.csv" 1)" -v n2="$(mean "$OUT/linear.csv" 2)" -v size="$SIZE" \
    -v m1="$MEM1" -v m2="$MEM2" 'BEGIN {
    printf "--- summary\n"
    printf "corpus: check %.2f s (%.1f MB/s), extract %.2f s, rg %.2f s: check/rg = %.1fx (target 2x)\n", c, size / c / 1e6, e, r, c / r
    printf "one article: %.1f ms (rg %.1f ms; target 5 ms)\n", l * 1000, lr * 1000
    printf "peak memory: %.1f MiB, %.1f MiB on twice the corpus (target 32 MiB, flat)\n", m1 / 1024, m2 / 1024
    printf "twice the corpus: %.2fx the time (target at most 2.1x)\n", n2 / n
}'
