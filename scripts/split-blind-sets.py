#!/usr/bin/env python3
"""Splits each blind evaluation set once into a development half and a test half, by a fixed seed.

Run once when a set is written; the halves are committed and never re-drawn. Rows are shuffled within each
kind (situations) or label (safety) so that both halves hold the same mix. Tune only on the -dev file.
"""
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261201
SETS = {"situations.tsv": 1, "safety-blind.tsv": 1, "situations2.tsv": 1, "situations3.tsv": 1, "situations4.tsv": 1, "situations5.tsv": 1, "situations6.tsv": 1, "situations7.tsv": 1, "situations8.tsv": 1, "situations9.tsv": 1, "situations10.tsv": 1, "safety-blind2.tsv": 1, "safety-blind3.tsv": 1}  # file -> column that stratifies


def split(path: Path, column: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], [line for line in lines[1:] if line.strip()]
    groups = defaultdict(list)
    for row in rows:
        groups[row.split("\t")[column]].append(row)
    rng = random.Random(SEED)
    dev, test = [], []
    for key in sorted(groups):
        members = sorted(groups[key])
        rng.shuffle(members)
        half = (len(members) + 1) // 2
        dev += members[:half]
        test += members[half:]
    stem = path.name[: -len(".tsv")]
    for name, part in (("dev", dev), ("test", test)):
        part.sort(key=lambda row: row.split("\t")[0])
        (path.parent / f"{stem}-{name}.tsv").write_text("\n".join([header] + part) + "\n", encoding="utf-8")
        print(f"{stem}-{name}.tsv: {len(part)} rows")


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/eval")
    for name, column in SETS.items():
        split(folder / name, column)
