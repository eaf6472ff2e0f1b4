#!/usr/bin/env python3
"""JioNLP's money extraction over the same documents, in-process, for the
benchmark's ratio: prints `documents bytes seconds`.
    python jionlp_money.py FILE...   (run inside a venv with jionlp)"""
import sys
import time

import jionlp as jio

texts = []
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    for enc in ("utf-8", "gb18030", "utf-16"):
        try:
            texts.append(data.decode(enc))
            break
        except UnicodeDecodeError:
            continue
total = sum(len(t.encode("utf-8")) for t in texts)
jio.ner.extract_money("预热100万元")  # load the extractor outside the timing
start = time.perf_counter()
found = 0
for t in texts:
    found += len(jio.ner.extract_money(t))
print(len(texts), total, time.perf_counter() - start, found)
