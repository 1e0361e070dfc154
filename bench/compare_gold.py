#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compare journalvakt's jsonl report with a corpus's gold.jsonl.

    compare_gold.py --gold DIR/gold.jsonl --report report.jsonl [--root DIR] [--ignore-type]

gold.jsonl (from bench/gen_text_corpus.py): one object per planted identity number,
    {"file": "part-0001.txt", "start": N, "end": N, "type": "...", "layout": "..."}
report.jsonl (journalvakt scan --format jsonl): one object per document,
    {"path": "...", "findings": [{"type": "...", "start": N, "end": N, "masked": "..."}, ...], ...}

A report path is matched to a gold file by its path relative to --root (when it lies under
it), else by its basename.  A finding is a true positive when (file, start, end) is in
gold and its type agrees (a span match with another type counts as a type error, which
is also a failure unless --ignore-type).  Findings of types that are not identity-number
types are counted and otherwise ignored.

Prints per-type TP, FP, FN, precision and recall (plus per-layout recall), and exits
1 if any planted number is missed or any identity finding is not in gold, 2 on bad input.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys

ID_TYPES = ("fodselsnummer", "d_nummer", "h_nummer", "fh_nummer", "test_number")


def norm_path(p, root):
    if root:
        try:
            rel = os.path.relpath(os.path.abspath(p), os.path.abspath(root))
            if not rel.startswith(".."):
                return rel.replace(os.sep, "/")
        except ValueError:
            pass
    return os.path.basename(p)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Compare a journalvakt jsonl report with gold.jsonl")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--root", help="corpus directory the scanner was given")
    ap.add_argument("--ignore-type", action="store_true", help="a span match with another type is not a failure")
    ap.add_argument("--show", type=int, default=10, help="list up to this many misses / false alarms")
    a = ap.parse_args(argv)

    gold = {}
    files_in_gold = set()
    try:
        with open(a.gold, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    g = json.loads(line)
                    gold[(g["file"], g["start"], g["end"])] = g
                    files_in_gold.add(g["file"])
    except (OSError, ValueError, KeyError) as e:
        print("compare_gold: bad gold file %s: %s" % (a.gold, e), file=sys.stderr)
        return 2

    found = {}
    other = collections.Counter()
    docs = 0
    doc_errors = []
    try:
        with open(a.report, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                doc = json.loads(line)
                if "path" not in doc:
                    continue  # e.g. a summary line
                docs += 1
                name = norm_path(doc["path"], a.root)
                if doc.get("error") or doc.get("verdict") == "error":
                    doc_errors.append((name, doc.get("error") or doc.get("reason")))
                for fd in doc.get("findings") or []:
                    t = fd.get("type")
                    if t not in ID_TYPES:
                        other[t] += 1
                        continue
                    found[(name, fd["start"], fd["end"])] = t
    except (OSError, ValueError, KeyError) as e:
        print("compare_gold: bad report %s: %s" % (a.report, e), file=sys.stderr)
        return 2

    tp = collections.Counter()
    fp = collections.Counter()
    fn = collections.Counter()
    type_err = []
    layout_total = collections.Counter()
    layout_hit = collections.Counter()
    misses, false_alarms = [], []
    for key, g in gold.items():
        layout_total[g.get("layout", "?")] += 1
        t = found.get(key)
        if t is None:
            fn[g["type"]] += 1
            misses.append(g)
        else:
            layout_hit[g.get("layout", "?")] += 1
            tp[g["type"]] += 1
            if t != g["type"]:
                type_err.append((key, g["type"], t))
    for key, t in found.items():
        if key not in gold:
            fp[t] += 1
            false_alarms.append((key, t))

    print("documents in report: %d   planted numbers: %d   identity findings: %d" % (docs, len(gold), len(found)))
    print("%-14s %8s %8s %8s %10s %8s" % ("type", "TP", "FP", "FN", "precision", "recall"))
    for t in ID_TYPES + ("total",):
        if t == "total":
            a_tp, a_fp, a_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            a_tp, a_fp, a_fn = tp[t], fp[t], fn[t]
        prec = a_tp / (a_tp + a_fp) if a_tp + a_fp else float("nan")
        rec = a_tp / (a_tp + a_fn) if a_tp + a_fn else float("nan")
        print("%-14s %8d %8d %8d %10.4f %8.4f" % (t, a_tp, a_fp, a_fn, prec, rec))
    if layout_total:
        print("recall by layout: " + ", ".join("%s %d/%d" % (l, layout_hit[l], layout_total[l])
                                              for l in sorted(layout_total)))
    if other:
        print("ignored non-identity findings: " + ", ".join("%s=%d" % kv for kv in sorted(other.items())))
    if type_err:
        print("type mismatches (span right, type wrong): %d" % len(type_err))
        for key, gt, t in type_err[:a.show]:
            print("  %s [%d,%d) gold %s, found %s" % (key[0], key[1], key[2], gt, t))
    for g in misses[:a.show]:
        print("  MISSED %s [%d,%d) %s %s" % (g["file"], g["start"], g["end"], g["type"], g.get("layout", "")))
    for key, t in false_alarms[:a.show]:
        print("  FALSE ALARM %s [%d,%d) %s" % (key[0], key[1], key[2], t))
    if doc_errors:
        print("documents reported as errors: %d (first: %s)" % (len(doc_errors), doc_errors[0]))
    fail = bool(misses or false_alarms or (type_err and not a.ignore_type))
    print("RESULT: %s" % ("FAIL" if fail else "OK"))
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
