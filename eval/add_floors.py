#!/usr/bin/env python3
"""Add floors and tests for new coded sets to tests/eval_floors.rs, from BIN's figures.
usage: python3 eval/add_floors.py REPO BIN N:ordinal-words ...   e.g. 83:eighty-third
Floors: F1-0.04, voice-0.03, speaker-0.05 (rounded down to 2 decimals), sentences-5."""
import json, math, subprocess, sys, re
repo, binary = sys.argv[1], sys.argv[2]
sets = [a.split(":") for a in sys.argv[3:]]
path = f"{repo}/tests/eval_floors.rs"
src = open(path).read()
consts, tests = "", ""
def down(x): return math.floor(x * 100) / 100
for n, words in sets:
    d = json.loads(subprocess.run([binary, "eval", "--gold", f"{repo}/eval/dev{n}/gold.csv",
        f"{repo}/eval/dev{n}/corpus", "--format", "json"], capture_output=True, text=True).stdout)
    consts += (f"const DEV{n}: Floors = Floors {{\n    sentences: {d['sentences'] - 5},\n"
               f"    editorial_f1: {down(d['editorial']['f1'] - 0.04):.2f},\n"
               f"    voice_accuracy: {down(d['voice']['accuracy'] - 0.03):.2f},\n"
               f"    speaker_accuracy: {down(d['speaker']['accuracy'] - 0.05):.2f},\n}};\n")
    fn = words.replace("-", "_")
    tests += (f"\n#[test]\nfn {fn}_development_set_stays_above_its_floors() {{\n"
              f"    let report = eval(&[\"--gold\", \"eval/dev{n}/gold.csv\", \"eval/dev{n}/corpus\"]);\n"
              f"    check(\"{words} development\", &report, &DEV{n});\n}}\n")
src = src.replace("const HELD_OUT: Floors", consts + "const HELD_OUT: Floors", 1)
anchor = "\n#[test]\nfn held_out_set_stays_above_its_floors()"
assert anchor in src
src = src.replace(anchor, tests + anchor, 1)
open(path, "w").write(src)
print(consts)
