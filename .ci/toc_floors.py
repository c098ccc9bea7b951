#!/usr/bin/env python3
"""Fail when the TOC scorer's summary (toc_score.py --json on stdin) is below the floors.

Usage: toc_score.py DIR --fp ./fineprint --json | toc_floors.py recall=0.8 precision=0.9 ...
Keys: recall, precision, nesting (micro figures), exact (documents), failed (most allowed).
"""
import json
import sys

summary = json.load(sys.stdin)["summary"]
names = {"recall": "micro_recall", "precision": "micro_precision", "nesting": "nesting", "exact": "exact"}
bad = []
for arg in sys.argv[1:]:
    key, _, floor = arg.partition("=")
    if key == "failed":
        if summary["failed"] > int(floor):
            bad.append(f"{summary['failed']} documents failed to load, at most {floor} allowed")
        continue
    got = summary[names[key]]
    if got < float(floor):
        bad.append(f"{key} {got} below the floor {floor}")
print("toc scores:", ", ".join(f"{k} {summary[v]}" for k, v in names.items()), f"failed {summary['failed']}")
if bad:
    print("toc scores below their floors: " + "; ".join(bad), file=sys.stderr)
    sys.exit(1)
