#!/usr/bin/env bash
# Measures tipcheck against ripgrep on the same corpus, in one run:
#   1. throughput: `tipcheck check --format jsonl CORPUS` vs `rg -o PATTERN CORPUS` (2 threads each),
#      where PATTERN = '[0-9]+(?:[.,][0-9]+)*' finds every run of digits: the yardstick for
#      reading and scanning the same bytes;
#   2. latency: one ~5 KB article, process start to exit, table included, vs rg on the same file;
#   3. peak memory on the whole corpus (GNU time -v);
#   4. linearity: the same check on a corpus twice the size.
# Usage: bench/compare.sh [N]   (N articles, default 20000, about 40 MB)
# Installs hyperfine, ripgrep and GNU time from Debian's packages if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

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

cargo build --quiet --release
BIN=target/release/tipcheck
CORPUS=target/corpus-$N
CORPUS2=target/corpus-$((2 * N))
[ -d "$CORPUS" ] || bench/make_corpus "$N" "$CORPUS"
[ -d "$CORPUS2" ] || bench/make_corpus "$((2 * N))" "$CORPUS2"
SIZE=$(du -sb "$CORPUS" | cut -f1)
echo "--- corpus: $N articles, $((SIZE / 1000000)) MB in $CORPUS; machine: $(nproc) cores, $(uname -m)"

echo "--- 1. whole corpus, $THREADS threads"
hyperfine --warmup 1 --runs 5 --export-json target/bench-corpus.json \
    -n tipcheck "$BIN check -j $THREADS --format jsonl --fail-on never $CORPUS > /dev/null" \
    -n "rg -o" "rg -j $THREADS -o '$PATTERN' $CORPUS > /dev/null"

echo "--- 2. one article, process start to exit"
ONE=target/one-article.md
head -c 5000 "$(find "$CORPUS" -name '*.md' | sort | head -1)" > "$ONE"
hyperfine -N --warmup 20 --runs 200 --export-json target/bench-latency.json \
    -n tipcheck "$BIN check --fail-on never $ONE" \
    -n rg "rg -o $PATTERN $ONE"

echo "--- 3. peak memory on the whole corpus"
/usr/bin/time -v "$BIN" check -j "$THREADS" --format jsonl --fail-on never "$CORPUS" 2> target/bench-time.txt > /dev/null
grep -E "Maximum resident set size|Elapsed" target/bench-time.txt

echo "--- 4. twice the corpus"
hyperfine --warmup 1 --runs 3 --export-json target/bench-linear.json \
    -n "tipcheck N" "$BIN check -j $THREADS --format jsonl --fail-on never $CORPUS > /dev/null" \
    -n "tipcheck 2N" "$BIN check -j $THREADS --format jsonl --fail-on never $CORPUS2 > /dev/null"

python3 - <<'PY' 2>/dev/null || true
import json
def mean(f, i): return json.load(open(f))["results"][i]["mean"]
c = [mean("target/bench-corpus.json", i) for i in (0, 1)]
l = [mean("target/bench-latency.json", i) for i in (0, 1)]
n = [mean("target/bench-linear.json", i) for i in (0, 1)]
print(f"--- ratios: corpus tipcheck/rg = {c[0]/c[1]:.2f}x; one article {l[0]*1000:.2f} ms (rg {l[1]*1000:.2f} ms); 2N/N = {n[1]/n[0]:.2f}x")
PY
