#!/usr/bin/env bash
# Counts the instructions each stage of `tipcheck check` executes on the first 1,000 articles of the
# benchmark corpus, with valgrind's callgrind: repeatable to a fraction of a per cent, so it
# compares two versions of the code on a busy machine where timings do not.
# Usage: bench/profile.sh [N]   (N articles, default 1000); keeps target/callgrind.out for
# callgrind_annotate or kcachegrind. Installs valgrind from Debian's packages if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000}
if ! command -v valgrind >/dev/null; then
    echo "--- installing valgrind"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
fi

# The release build: its symbols name each function once, so a function's count includes what
# the compiler inlined into it. (For counts by source line, build with
# CARGO_PROFILE_RELEASE_DEBUG=line-tables-only in another target directory.)
cargo build --quiet --release --bin tipcheck
BIN=target/release/tipcheck
CORPUS=target/corpus-$N
[ -d "$CORPUS" ] || bench/make_corpus "$N" "$CORPUS"
SIZE=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s += $1} END {printf "%d", s}')

# From a directory outside the repository, so the built-in table is used (as on a newsroom's
# machine), not the repository's claims.toml.
ROOT=$PWD
AWAY=$(mktemp -d)
trap 'rm -rf "$AWAY"' EXIT
(cd "$AWAY" && valgrind --tool=callgrind --callgrind-out-file="$ROOT/target/callgrind.out" \
    "$ROOT/$BIN" check -j 1 --format jsonl --fail-on never --as-of 2024-09-12 "$ROOT/$CORPUS" \
    >/dev/null 2>"$ROOT/target/callgrind.log")
callgrind_annotate --inclusive=yes --threshold=100 target/callgrind.out 2>/dev/null >target/callgrind.txt

# The inclusive count of the function whose name matches, in millions of instructions.
count() {
    { grep -m1 -E "$1" target/callgrind.txt || echo 0; } | awk '{gsub(",", "", $1); printf "%.1f", $1 / 1e6}'
}
total=$(grep -m1 'PROGRAM TOTALS' target/callgrind.txt | awk '{gsub(",", "", $1); printf "%.1f", $1 / 1e6}')
extract=$(count '[ :]tipcheck::extract::extract \[')
claims=$(count '[ :]tipcheck::claim::claims_in')
# (`check_gated` since the gate hands the check the term hits it found; `check` before.)
check=$(count '[ :]tipcheck::check::check(_gated)? \[')
echo "corpus: $N articles, $SIZE bytes in $CORPUS"
printf '%-34s %10s %12s\n' stage "M instr" "instr/byte"
row() { awk -v n="$1" -v m="$2" -v s="$SIZE" 'BEGIN {printf "%-34s %10.1f %12.1f\n", n, m, m * 1e6 / s}'; }
row "whole run" "$total"
row "document (read, Markdown, HTML)" "$(count '[ :]tipcheck::input::load \[')"
row "extraction" "$extract"
row "claims (context of each claim)" "$claims"
row "check (verdicts)" "$check"
row "report (JSON Lines)" "$(count 'Jsonl as tipcheck::report::Printer>::file ')"
row "table (load and index)" "$(count '[ :]tipcheck::app::load_shared \[')"
awk -v e="$extract" -v c="$claims" -v k="$check" \
    'BEGIN {printf "claims and check on top of extraction: %.0f%%\n", (c + k) * 100 / e}'
