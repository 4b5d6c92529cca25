#!/usr/bin/env python3
"""Count what a change to cadrage changes, against the coding, between two binaries.

    python3 eval/changes.py OLD_BINARY NEW_BINARY --sets 3-85/2 [--list] [--repo .]

For each set eval/devN it runs `cadrage eval --errors` with both binaries and compares their
disagreements with the coding, dimension by dimension (editorial, voice, speaker):

- fixed: the old binary disagreed with the coding on that sentence, the new one agrees;
- broken: the old binary agreed, the new one disagrees;
- moved: both disagree, but the new binary's answer differs from the old one's.

For the editorial flag every change is either fixed or broken, so `agree = fixed / (fixed +
broken)` is the share of a rule's changes that agree with the coding. `--list` prints each
changed sentence. `--sets` takes the same forms as eval/sets.py (`2-86/2` is the even sets).
"""
import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from sets import eval_command, parse_sets

LINE = re.compile(r"^(\S+gold\.csv):(\d+) \[([^\]]*)\] (editorial|voice|speaker): coded (.*?) · tool (.*)$")


def errors(binary, repo, name, no_model):
    cmd = eval_command(binary, repo, name, no_model, "--errors")
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode not in (0, 5):
        sys.exit(f"{name}: {' '.join(cmd)} failed: {out.stderr.strip()}")
    found = {}
    lines = out.stdout.splitlines()
    for i, line in enumerate(lines):
        m = LINE.match(line)
        if m:
            where, dim = f"{name}:{m.group(2)}", m.group(4)
            tool = m.group(6)
            if dim == "editorial":
                tool = tool.split(" (score")[0]
            text = lines[i + 1].strip() if i + 1 < len(lines) else ""
            found[(where, dim)] = (m.group(3), m.group(5), tool, text)
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--repo", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--sets", default="2-86")
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    names = [f"dev{n}" for n in parse_sets(a.sets)]
    old, new = os.path.abspath(a.old), os.path.abspath(a.new)
    with ThreadPoolExecutor(a.jobs) as ex:
        olds = list(ex.map(lambda n: errors(old, a.repo, n, a.no_model), names))
        news = list(ex.map(lambda n: errors(new, a.repo, n, a.no_model), names))
    counts = {d: dict(fixed=0, broken=0, moved=0) for d in ("editorial", "voice", "speaker")}
    rows = []
    for o, n in zip(olds, news):
        for key in sorted(set(o) | set(n)):
            dim = key[1]
            if key in o and key not in n:
                kind, info = "fixed", o[key]
                now = info[1]
            elif key in n and key not in o:
                kind, info = "broken", n[key]
                now = info[2]
            elif o[key][2] != n[key][2]:
                kind, info = "moved", n[key]
                now = info[2]
            else:
                continue
            counts[dim][kind] += 1
            rows.append((key[0], dim, kind, info[0], info[1], o[key][2] if key in o else info[1], now, info[3]))
    if a.list:
        for where, dim, kind, art, coded, before, after, text in rows:
            print(f"{kind:6} {dim:9} {where} [{art}] coded {coded!r} · {before!r} → {after!r}\n       {text}")
    for dim, c in counts.items():
        changed = c["fixed"] + c["broken"]
        agree = f"{c['fixed'] / changed:.0%}" if changed else "-"
        print(f"{dim:9} fixed {c['fixed']:4}  broken {c['broken']:4}  moved {c['moved']:4}  agree {agree}")


if __name__ == "__main__":
    main()
