#!/usr/bin/env python3
"""A naive reader of annual reports, a speed reference for `npm run bench` only (not our method: it
fills cells in reading order, which the library must never do). For each table it finds the table's
heading and takes the numbers after it in order, as many as the table has cells.

Usage: python3 bench/naive_reader.py FILE... ; prints {file: median milliseconds} as JSON.
"""
import json
import re
import sys
import time
import unicodedata

TABLES = [("二、主动公开", 20), ("三、收到和处理", 175), ("四、政府信息公开行政复议", 15)]
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
TAG = re.compile(r"<[^>]*>")


def read(text):
    if text.lstrip().startswith("<"):
        text = TAG.sub("\n", text)
    text = unicodedata.normalize("NFKC", text)
    cells = {}
    for heading, count in TABLES:
        at = text.find(heading)
        if at < 0:
            continue
        values = []
        for m in NUMBER.finditer(text, at + len(heading)):
            values.append(float(m.group(0)))
            if len(values) == count:
                break
        cells[heading] = values
    return cells


def median_ms(text, runs):
    """Median CPU time of one read in ms (process time: waiting for a core is not counted)."""
    read(text)
    t0 = time.process_time()
    read(text)
    reps = max(1, min(1000, int(0.005 / max(time.process_time() - t0, 1e-6))))
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        for _ in range(reps):
            read(text)
        times.append((time.process_time() - t0) * 1000 / reps)
    times.sort()
    return times[len(times) // 2]


if __name__ == "__main__":
    runs = int(sys.argv[1]) if sys.argv[1:] and sys.argv[1].isdigit() else 200
    files = [f for f in sys.argv[1:] if not f.isdigit()]
    out = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            out[f] = median_ms(fh.read(), runs)
    print(json.dumps(out))
