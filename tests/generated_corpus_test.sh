#!/usr/bin/env bash
# Generates a fresh corpus with bench/gen_text_corpus.py and checks the scanner against
# its gold: `negatives` must give no identity-number finding at all; `mixed` must give
# exactly the planted numbers (bench/compare_gold.py fails on any miss or extra).
set -euo pipefail
mode=$1 binary=$2 dir=$3
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$dir"
python3 "$root/bench/gen_text_corpus.py" --out "$dir/corpus" --bytes 3000000 --files 6 --seed 20261123 --mode "$mode"
status=0
"$binary" scan --format jsonl --output "$dir/report.jsonl" --no-cache "$dir/corpus" || status=$?
if [ "$status" -eq 2 ]; then echo "scanner could not verify a generated document" >&2; exit 1; fi
python3 "$root/bench/compare_gold.py" --gold "$dir/corpus/gold.jsonl" --report "$dir/report.jsonl" --root "$dir/corpus"
