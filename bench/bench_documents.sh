#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Document benchmark: journalvakt over multi-page PDFs and docx files, with pdftotext
# over the same PDFs in the same run as the floor.
#
#   bench/bench_documents.sh [PDFS] [PAGES] [BUILD_DIR]     (defaults 40 25 build)
#
# Prints pages/s and MB/s for: pdftotext (one process per file, as a publishing job
# would call it), journalvakt --jobs 1 on the PDFs (isolated worker, the default),
# journalvakt --jobs 1 on the docx files, and the scan/pdftotext time ratio (target:
# at most 1.2). The corpus is cached under bench/.cache/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
pdfs="${1:-40}"; pages="${2:-25}"; build_dir="${3:-build}"
[[ "$build_dir" = /* ]] || build_dir="$repo/$build_dir"
scanner="$build_dir/journalvakt"
command -v pdftotext >/dev/null || { echo "pdftotext missing (apt-get install poppler-utils)" >&2; exit 2; }
[[ -x "$scanner" ]] || { echo "scanner not found at $scanner" >&2; exit 2; }

gen_hash="$(cat "$here/gen_documents.py" "$here/gen_text_corpus.py" | sha1sum | cut -c1-10)"
corpus="$here/.cache/documents-${pdfs}x${pages}-${gen_hash}"
if [[ ! -f "$corpus/.complete" ]]; then
  rm -rf "$corpus"; mkdir -p "$corpus"
  python3 "$here/gen_documents.py" --out "$corpus" --pdfs "$pdfs" --pages "$pages" --docx "$pdfs" >&2
  touch "$corpus/.complete"
fi
cat "$corpus"/pdf/*.pdf "$corpus"/docx/*.docx > /dev/null  # warm the page cache

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }
run_scan() { local rc=0; "$scanner" scan --jobs 1 --format jsonl --output /dev/null "$@" || rc=$?; [[ $rc -le 1 ]] || { echo "scanner failed ($rc)" >&2; exit 2; }; }

t0=$(now); for f in "$corpus"/pdf/*.pdf; do pdftotext -q "$f" /dev/null; done; t1=$(now)
run_scan "$corpus/pdf"; t2=$(now)
run_scan --in-process "$corpus/pdf"; t3=$(now)
run_scan "$corpus/docx"; t4=$(now)

pdf_bytes=$(cat "$corpus"/pdf/*.pdf | wc -c); docx_bytes=$(cat "$corpus"/docx/*.docx | wc -c)
total_pages=$((pdfs * pages))
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$pdf_bytes" "$docx_bytes" "$total_pages" "$pdfs" <<'PY'
import sys
t0, t1, t2, t3, t4 = map(float, sys.argv[1:6])
pdf_bytes, docx_bytes, pages, files = map(int, sys.argv[6:10])
rows = [("pdftotext (per file)", t1 - t0, pdf_bytes, pages),
        ("journalvakt PDFs, isolated", t2 - t1, pdf_bytes, pages),
        ("journalvakt PDFs, in-process", t3 - t2, pdf_bytes, pages),
        ("journalvakt docx, isolated", t4 - t3, docx_bytes, None)]
print(f"corpus: {files} PDFs x {pages // files} pages ({pdf_bytes / 1e6:.1f} MB), {files} docx ({docx_bytes / 1e6:.1f} MB)")
print(f"{'run':32} {'seconds':>8} {'pages/s':>9} {'MB/s':>7}")
for name, s, b, p in rows:
    print(f"{name:32} {s:8.2f} {(p / s if p else float('nan')):9.0f} {b / 1e6 / s:7.1f}")
print(f"scan/pdftotext time ratio (isolated): {(t2 - t1) / (t1 - t0):.2f}  (target <= 1.2)")
PY
