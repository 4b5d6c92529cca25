#!/usr/bin/env python3
"""Evaluate cadrage on several coded sets at once and sum the counts.

    python3 eval/sets.py target/release/cadrage --sets 2-82 [--heldout] [--no-model] [--quiet]

`--sets` takes numbers and ranges separated by commas; a range may carry a step, so that
`2-86/2` is the even sets and `3-85/2` the odd ones (one half to develop a rule on, the
other to check it).

For each set eval/devN it runs `cadrage eval --gold eval/devN/gold.csv eval/devN/corpus
--format json`, prints one line per set, then one line ALL where precision, recall and F1 are
computed from the summed true positives, false positives and false negatives (micro average),
voice accuracy from the summed confusion diagonal and speaker accuracy from the summed counts.
`--heldout` adds eval/heldout; `--no-model` passes `--no-model` to score the cues alone.
"""
import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def parse_sets(spec):
    out = []
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/")
            step = int(s)
        if "-" in part:
            a, b = part.split("-")
            out.extend(range(int(a), int(b) + 1, step))
        elif part:
            out.append(int(part))
    return out


def eval_command(binary, repo, name, no_model, *options):
    """`cadrage eval` of the set `name` (a folder of eval/) against its gold.csv."""
    d = os.path.join(repo, "eval", name)
    cmd = [binary, "eval", "--gold", os.path.join(d, "gold.csv"), os.path.join(d, "corpus"),
           *options]
    if no_model:
        cmd.append("--no-word-model")
    return cmd


def run(binary, repo, name, no_model):
    cmd = eval_command(binary, repo, name, no_model, "--format", "json")
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{name}: {' '.join(cmd)} failed: {out.stderr.strip()}")
    return name, json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--repo", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--sets", default="2-82")
    ap.add_argument("--heldout", action="store_true")
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    names = [f"dev{n}" for n in parse_sets(a.sets)]
    if a.heldout:
        names.append("heldout")
    binary = os.path.abspath(a.binary)
    with ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda n: run(binary, a.repo, n, a.no_model), names))
    tot = dict(tp=0, fp=0, fn=0, vd=0, vn=0, sc=0, sn=0, sent=0)
    for name, d in results:
        e, v, s = d["editorial"], d["voice"], d["speaker"]
        counts = v["confusion"]["counts"]
        diag = sum(counts[i][i] for i in range(len(counts)))
        n = sum(map(sum, counts))
        tot["tp"] += e["true_positives"]
        tot["fp"] += e["false_positives"]
        tot["fn"] += e["false_negatives"]
        tot["vd"] += diag
        tot["vn"] += n
        tot["sc"] += s["correct"]
        tot["sn"] += s["coded"]
        tot["sent"] += d["sentences"]
        if not a.quiet:
            print(f"{name:8} n={d['sentences']:4} P={e['precision']:.3f} R={e['recall']:.3f} "
                  f"F1={e['f1']:.3f} voice={v['accuracy']:.3f} speaker={s['accuracy']:.3f} "
                  f"unaligned={d['unaligned']}")
    p = tot["tp"] / max(1, tot["tp"] + tot["fp"])
    r = tot["tp"] / max(1, tot["tp"] + tot["fn"])
    f = 2 * p * r / max(1e-9, p + r)
    print(f"ALL      n={tot['sent']:5} P={p:.3f} R={r:.3f} F1={f:.3f} "
          f"voice={tot['vd'] / max(1, tot['vn']):.3f} speaker={tot['sc'] / max(1, tot['sn']):.3f} "
          f"(tp={tot['tp']} fp={tot['fp']} fn={tot['fn']} speaker {tot['sc']}/{tot['sn']})")


if __name__ == "__main__":
    main()
