#!/usr/bin/env python3
"""Rewrite the figures of the README's per-set table (editorial P/R/F1, kappa, voice, speaker) with BIN.

usage: python3 eval/readme_table.py target/release/cadrage .   (the held-out row included: run it once, at the end)"""
import json, re, subprocess, sys
binary, repo = sys.argv[1], sys.argv[2]
units = "first second third fourth fifth sixth seventh eighth ninth".split()
tens = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
card = "one two three four five six seven eight nine".split()
special = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
           "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
           "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
           "seventieth": 70, "eightieth": 80, "ninetieth": 90}
ordmap = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
def ordinal(w):
    if w in ordmap: return ordmap[w]
    if w in special: return special[w]
    if "-" in w:
        a, b = w.split("-")
        t = [v for k, v in tens.items() if a.startswith(k)][0]
        return t + ordmap[b]
    raise ValueError(w)
def run(args):
    out = subprocess.run([binary, "eval", *args, "--format", "json"], capture_output=True, text=True, cwd=repo)
    return json.loads(out.stdout)
path = f"{repo}/README.md"
lines = open(path).read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("| set | sentences | editorial P / R / F1"))
i = start + 2
while lines[i].startswith("|"):
    cells = lines[i].split(" | ")
    label = cells[0][2:]
    key = label.split(" (")[0]
    if key == "development":
        args = ["--gold", "eval/gold/samples.csv", "--gold", "eval/gold/topics.csv", "samples", "eval/corpus"]
    elif key == "held out":
        args = ["--gold", "eval/heldout/gold.csv", "eval/heldout/corpus"]
    else:
        n = ordinal(key.split(" ")[0])
        args = ["--gold", f"eval/dev{n}/gold.csv", f"eval/dev{n}/corpus"]
    d = run(args)
    e = d["editorial"]
    new = [cells[0], str(d["sentences"]), f"{e['precision']:.2f} / {e['recall']:.2f} / {e['f1']:.2f}",
           f"{e['kappa']:.2f}", f"{d['voice']['accuracy']:.2f}", f"{d['speaker']['accuracy']:.2f} |"]
    if lines[i] != " | ".join(new):
        print("changed:", key, cells[1:], "->", new[1:])
    lines[i] = " | ".join(new)
    i += 1
open(path, "w").write("\n".join(lines))
