#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Throughput benchmark of `journalvakt scan` on plain text against ripgrep, and a
# gold-label accuracy check.
#
#   bench/bench_text.sh [SIZE_MB] [BUILD_DIR]          # timing (defaults: 1024 build)
#   bench/bench_text.sh --check [SIZE_MB] [BUILD_DIR]  # accuracy against gold.jsonl only
#
# The corpus (mixed mode: prose + planted identity numbers + hard negatives, about 100
# files) is made by bench/gen_text_corpus.py and cached under bench/.cache/ (gitignored),
# keyed by size, seed, file count and a hash of the generator, so a second run reuses it.
# Layout of a cached corpus:  bench/.cache/text-<SIZE>mb-s<SEED>-f<FILES>-<HASH>/{text/,gold.jsonl}
#
# Timing runs, after a warm-up read of every file (equal page cache for all):
#   1. rg -j1 (single thread)       2. journalvakt scan --only no.fnr --jobs 1
#   3. rg (default threads)         4. journalvakt scan --only no.fnr (default jobs)
#   5. journalvakt scan --jobs 1 with every rule (names, health terms, keywords: ~50,000 entries)
# and prints MB/s (1 MB = 2^20 bytes) and the scanner/rg throughput ratio. Then
#   6. journalvakt_bench_match (bench/bench_match.cpp) on two files of the corpus and, when
#      ../shared/data/norne-dev is beside the repository, on NorNE's prose (read there,
#      never copied): each stage's MB/s with every rule loaded, against the identity rule
#      alone and against the same lexicons as Vectorscan literals.
#
# The ripgrep baseline is one multi-line search (-U) for all layouts the scanner must find,
# with ASCII digit classes and ASCII word boundaries, B = (?-u:\b):
#   B[0-9]{6}[ .-]?[0-9]{5}B                                         plain, 6-5 with ' ', '.', '-'
#   B[0-9]{2}[ .-][0-9]{2}[ .-][0-9]{2}[ .-](?:[0-9]{3}[ .-][0-9]{2}|[0-9]{2}[ .-][0-9]{3}|[0-9]{5})B
#                                                                    2-2-2-3-2, 2-2-2-2-3, 2-2-2-5
#   B[0-9]{1,10}[ \t]*\n[ \t]*[0-9]{1,10}B                           number broken by a line break
# rg only finds candidates (no checksums, no context rules); its count is shown for
# orientation.  Set RG_UNICODE=1 to use Unicode \d and \b instead (much slower rg).
#
# Environment: SEED (1), FILES (100), JV_CACHE (bench/.cache), KEEP_REPORT=1 keeps the
# --check report next to the corpus.
# Exit status: 0 ok, 1 --check found misses/false alarms, 2 error (scanner missing/failed).

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"

check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then sed -n '3,35p' "$0"; exit 0; fi
size_mb="${1:-1024}"
build_dir="${2:-build}"
[[ "$build_dir" = /* ]] || build_dir="$repo/$build_dir"
seed="${SEED:-1}"
files="${FILES:-100}"
cache="${JV_CACHE:-$here/.cache}"
scanner="$build_dir/journalvakt"

[[ "$size_mb" =~ ^[0-9]+$ ]] || { echo "SIZE_MB must be a whole number, got '$size_mb'" >&2; exit 2; }

# ---------------------------------------------------------------- corpus (cached)
gen_hash="$(cat "$here/gen_text_corpus.py" "$here/idnumbers.py" | sha1sum | cut -c1-10)"
corpus="$cache/text-${size_mb}mb-s${seed}-f${files}-${gen_hash}"
if [[ ! -f "$corpus/.complete" ]]; then
  mkdir -p "$cache"
  tmp="$(mktemp -d "$cache/tmp.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  echo "generating ${size_mb} MB corpus (${files} files, seed ${seed}) ..." >&2
  python3 "$here/gen_text_corpus.py" --out "$tmp/text" --bytes "${size_mb}M" --files "$files" \
    --seed "$seed" --mode mixed
  mv "$tmp/text/gold.jsonl" "$tmp/gold.jsonl"
  touch "$tmp/.complete"
  rm -rf "$corpus"
  mv "$tmp" "$corpus"
  trap - EXIT
fi
text="$corpus/text"
gold="$corpus/gold.jsonl"
bytes="$(cat "$text"/part-*.txt | wc -c)"
planted="$(wc -l < "$gold")"
echo "corpus: $text  ($bytes bytes, $(ls "$text" | wc -l) files, $planted planted identity numbers)"

have_scanner=1
if [[ ! -x "$scanner" ]]; then
  echo "warning: scanner not found at $scanner (build it, or pass BUILD_DIR)" >&2
  have_scanner=0
fi

run_scanner() {  # args...; accepts exit 0 (nothing found) and 1 (findings)
  local rc=0
  "$scanner" "$@" || rc=$?
  if (( rc != 0 && rc != 1 )); then
    echo "error: journalvakt exited with $rc: $scanner $*" >&2
    return 2
  fi
}

# ---------------------------------------------------------------- accuracy check
if (( check )); then
  (( have_scanner )) || exit 2
  report="$(mktemp "${TMPDIR:-/tmp}/jv-report.XXXXXX.jsonl")"
  [[ -n "${KEEP_REPORT:-}" ]] && report="$corpus/report.jsonl"
  echo "scanning for the gold check -> $report"
  run_scanner scan --only no.fnr --format jsonl --output "$report" "$text" || exit 2
  rc=0
  python3 "$here/compare_gold.py" --gold "$gold" --report "$report" --root "$text" || rc=$?
  [[ -n "${KEEP_REPORT:-}" ]] || rm -f "$report"
  exit "$rc"
fi

# ---------------------------------------------------------------- timing
if [[ -n "${RG_UNICODE:-}" ]]; then
  B='\b'; D='\d'
else
  B='(?-u:\b)'; D='[0-9]'
fi
rg_args=(-c -U --no-ignore --no-messages -g 'part-*.txt'
  -e "${B}${D}{6}[ .-]?${D}{5}${B}"
  -e "${B}${D}{2}[ .-]${D}{2}[ .-]${D}{2}[ .-](?:${D}{3}[ .-]${D}{2}|${D}{2}[ .-]${D}{3}|${D}{5})${B}"
  -e "${B}${D}{1,10}[ \\t]*\\n[ \\t]*${D}{1,10}${B}")

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
declare -A secs
timeit() {  # name cmd...
  local name="$1"; shift
  local t0 t1
  t0="$(now)"
  "$@"
  t1="$(now)"
  secs[$name]="$(calc "$t1 - $t0")"
}
rg_count() {
  local rc=0 out
  out="$(rg "$@" "$text")" || rc=$?
  (( rc <= 1 )) || { echo "error: rg exited with $rc" >&2; return 2; }
  rg_lines="$(printf '%s\n' "$out" | awk -F: '{s += $NF} END {print s + 0}')"
}

echo "warm-up read ..."
cat "$text"/part-*.txt > /dev/null

timeit rg1 rg_count -j1 "${rg_args[@]}"
echo "rg -j1: ${secs[rg1]} s, $rg_lines lines with candidates"
if (( have_scanner )); then
  # Identity-number rule alone: the same job as the rg regex.
  timeit jv1 run_scanner scan --only no.fnr --jobs 1 --format jsonl --output /dev/null "$text"
  echo "journalvakt --jobs 1: ${secs[jv1]} s"
fi
timeit rgN rg_count "${rg_args[@]}"
echo "rg (default threads): ${secs[rgN]} s"
if (( have_scanner )); then
  timeit jvN run_scanner scan --only no.fnr --format jsonl --output /dev/null "$text"
  echo "journalvakt (default jobs): ${secs[jvN]} s"
  # Every built-in rule (tens of thousands of name and health literals), single thread.
  timeit jvA run_scanner scan --jobs 1 --format jsonl --output /dev/null "$text"
  echo "journalvakt all rules --jobs 1: ${secs[jvA]} s"
fi

mb="$(calc "$bytes / 1048576")"
mbps() { calc "$mb / ${secs[$1]}"; }
echo
printf 'corpus %.1f MB, %d cores, rg %s\n' "$mb" "$(nproc)" "$(rg --version 2>/dev/null | awk 'NR == 1 {print $2}')"
printf '%-34s %10s %10s\n' "run" "seconds" "MB/s"
printf '%-34s %10.2f %10.1f\n' "rg -j1" "${secs[rg1]}" "$(mbps rg1)"
(( have_scanner )) && printf '%-34s %10.2f %10.1f\n' "journalvakt scan --jobs 1" "${secs[jv1]}" "$(mbps jv1)"
printf '%-34s %10.2f %10.1f\n' "rg (default threads)" "${secs[rgN]}" "$(mbps rgN)"
(( have_scanner )) && printf '%-34s %10.2f %10.1f\n' "journalvakt scan (default jobs)" "${secs[jvN]}" "$(mbps jvN)"
(( have_scanner )) && printf '%-34s %10.2f %10.1f\n' "journalvakt all rules --jobs 1" "${secs[jvA]}" "$(mbps jvA)"
if (( have_scanner )); then
  printf 'scanner/rg throughput, single thread (per core): %.2f\n' "$(calc "${secs[rg1]} / ${secs[jv1]}")"
  printf 'scanner/rg throughput, default threads:          %.2f\n' "$(calc "${secs[rgN]} / ${secs[jvN]}")"
  printf 'every rule / identity rule, single thread:        %.2f\n' "$(calc "${secs[jv1]} / ${secs[jvA]}")"
else
  exit 2
fi

# ---------------------------------------------------------------- stages
stages="$build_dir/journalvakt_bench_match"
if [[ -x "$stages" ]]; then
  echo
  echo "stages, every rule loaded (bench/bench_match.cpp):"
  inputs=("$text"/part-0001.txt "$text"/part-0002.txt)
  norne="$repo/../shared/data/norne-dev"
  [[ -f "$norne/nob-dev.txt" ]] && inputs+=("$norne/nob-dev.txt" "$norne/nno-dev.txt")
  "$stages" --repeat 3 "${inputs[@]}"
else
  echo "warning: $stages not built; stage figures skipped" >&2
fi
