#!/usr/bin/env python3
"""Scores the Word and PDF fixtures of Fixtures/office against the gold of
their text versions in ../shared (headings, facts, metadata), through
../shared/tools/score.py, which locates facts in `docparse text FILE`.

    python3 Scripts/score-office.py [--docparse .build/release/docparse] [--verbose]

The gold is not changed: a copy of each gold file names the converted
document as its source, in a temporary folder.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def gold_for(stem):
    for folder in ("gold", "dev-docs"):
        path = os.path.join(SHARED, folder, stem + ".gold.json")
        if os.path.exists(path):
            return path
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docparse", default=os.path.join(ROOT, ".build", "release", "docparse"))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    fixtures = os.path.join(ROOT, "Fixtures", "office")
    for ext in ("docx", "pdf"):
        with tempfile.TemporaryDirectory() as tmp:
            count = 0
            for doc in sorted(glob.glob(os.path.join(fixtures, "*." + ext))):
                stem = os.path.splitext(os.path.basename(doc))[0]
                gp = gold_for(stem)
                if gp is None:
                    print(f"no gold for {stem}", file=sys.stderr)
                    continue
                gold = json.load(open(gp, encoding="utf-8"))
                gold["source"] = doc
                gold.pop("encoding", None)
                json.dump(gold, open(os.path.join(tmp, stem + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False)
                count += 1
            print(f"== {ext}: {count} documents")
            cmd = [sys.executable, os.path.join(SHARED, "tools", "score.py"), "--docparse", a.docparse, "--gold", tmp]
            if a.verbose:
                cmd.append("--verbose")
            subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
