#!/usr/bin/env python3
"""Judge every scoring rule on the development sets committed after it (its out-of-sample record).

    python3 eval/rule_dates.py target/release/cadrage [--sets 2-86] [--min-after 4] [--all]

A set's date is the first commit that added its eval/devN/gold.csv. A rule's date is:
- for a lexicon entry (`lexicon` = file:line in the reasons), the commit that last changed its
  line, by `git blame -w -C -C` (which follows a line moved or copied from another file), or,
  where that change narrowed the entry, the last change that widened it (WIDENED below);
- for a structural cue, the first commit whose diff adds or removes the name of its `Cue`
  variant (`git log -S Variant --reverse`), i.e. the commit that introduced it.
A set is *after* a rule when the set's commit is not an ancestor of the rule's commit: whoever
wrote the rule could not have seen the set in the history the rule was written on.

For every rule, over the sets after it and over those before it, the script counts the sentences
where the rule is *pivotal* (scored with `--no-word-model`: the sentence is flagged, and without
that reason's weight it would fall below the threshold) and splits them into coded editorial
(right) and not (wrong), aligned with gold.csv by sentence text as fit_wordmodel.examples does.
It prints the aggregate pivotal precision before and after, the record of every structural cue
and lexicon category before and after its rules' dates and on the sets before and from --recent
(dev79 by default: the sets written after the last rules drawn on dev2..dev78), then every rule
with at least
--min-after pivotal instances after it (every rule with --all), sorted by precision after.
"""

import argparse
import collections
import csv
import functools
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fit_wordmodel import norm  # noqa: E402
from sets import parse_sets  # noqa: E402

THRESHOLD = 2.0
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Cue names in the JSON output -> the Cue variant in src/score.rs.
VARIANT = {
    'rhetorical_question': 'RhetoricalQuestion', 'exclamation': 'Exclamation',
    'first_person': 'FirstPerson', 'reader_address': 'ReaderAddress',
    'opening_connective': 'OpeningConnective', 'scare_quote': 'ScareQuote',
    'author_tail': 'AuthorTail', 'heading_verdict': 'HeadingVerdict',
    'exhortation': 'Exhortation', 'short_sentence': 'ShortSentence',
    'opinion_register': 'OpinionRegister', 'editorial_list': 'EditorialList',
    'verdict_form': 'VerdictForm', 'contrastive_pronoun': 'ContrastivePronoun',
    'rebuttal': 'Rebuttal', 'register_subheading': 'RegisterSubheading',
    'argument': 'Argument', 'enlisted_source': 'EnlistedSource', 'ruling': 'Ruling',
    'discrediting_verb': 'DiscreditingVerb',
}


# Entries whose last change narrowed them: dated by the last change that widened them instead
# of by `git blame` (checked by hand with `git log -L LINE,LINE:FILE`, as the report's rules with
# a low precision after their date were).
WIDENED = {
    # 6a17426 (30 Nov) split v:jurer into v:jurer que / v:jurer qu' (a narrowing: no longer the
    # noun jurés); v:jurer was added by 94cea02 (29 Nov).
    'fr/loaded_general.tsv:665': '94cea02',
    'fr/loaded_general.tsv:691': '94cea02',
}


def git(*args):
    return subprocess.run(['git', '-C', ROOT] + list(args), capture_output=True, text=True,
                          check=True).stdout


def set_commit(n):
    out = git('log', '--diff-filter=A', '--format=%H', '--', f'eval/dev{n}/gold.csv').split()
    return out[-1]


@functools.lru_cache(maxsize=None)
def ancestors(commit):
    return frozenset(git('rev-list', commit).split())


@functools.lru_cache(maxsize=None)
def blame(path):
    """line number -> (commit, summary) for a lexicon file."""
    out = git('blame', '-w', '-C', '-C', '--line-porcelain', '--', path)
    lines, summaries, cur, n = {}, {}, None, 0
    for line in out.splitlines():
        m = re.match(r'^([0-9a-f]{40}) \d+ (\d+)', line)
        if m:
            cur, n = m.group(1), int(m.group(2))
        elif line.startswith('summary '):
            summaries[cur] = line[8:]
        elif line.startswith('\t'):
            lines[n] = (cur, line[1:])
    return lines


@functools.lru_cache(maxsize=None)
def cue_commit(cue):
    out = git('log', '--reverse', '--format=%H', '-S', VARIANT[cue], '--', 'src').split()
    return out[0] if out else None


def rule_of(reason):
    """(rule key, commit, what) of one reason."""
    lex = reason.get('lexicon')
    if lex:
        m = re.match(r'^builtin:(.*):(\d+)$', lex)
        path, line = 'lexicons/' + m.group(1), int(m.group(2))
        commit, text = blame(path).get(line, (None, ''))
        key = f'{m.group(1)}:{line}'
        if key in WIDENED:
            commit = git('rev-parse', WIDENED[key]).strip()
        return key, commit, text.split('\t')[0]
    cue = reason['cue']
    return cue, cue_commit(cue), ''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('binary')
    ap.add_argument('--sets', default='2-86')
    ap.add_argument('--min-after', type=int, default=4)
    ap.add_argument('--all', action='store_true')
    ap.add_argument('--recent', type=int, default=79,
                    help='first set of the recent split for the by-period table (default 79)')
    ap.add_argument('--markdown', action='store_true',
                    help='print the tables in markdown (as in eval/README.md)')
    ap.add_argument('--json', help='write every rule\'s record to this file')
    args = ap.parse_args()

    sets = parse_sets(args.sets)
    commits = {n: set_commit(n) for n in sets}
    # rule -> {'after': [right, wrong], 'before': [right, wrong], 'commit', 'what', 'cats'}
    rules = {}
    agg = {'after': [0, 0], 'before': [0, 0]}
    # cue or category -> {'early': [right, wrong], 'recent': [...]}: pivotal flags by set period
    period = collections.defaultdict(lambda: {'early': [0, 0], 'recent': [0, 0]})
    examples = collections.defaultdict(list)
    for n in sets:
        d = os.path.join(ROOT, 'eval', f'dev{n}')
        gold = {}
        with open(os.path.join(d, 'gold.csv'), encoding='utf-8') as f:
            for r in csv.DictReader(f):
                gold.setdefault(r['article'], {})[norm(r['sentence'])] = r
        files = sorted(glob.glob(os.path.join(d, 'corpus', '**', '*.txt'), recursive=True))
        out = subprocess.run([args.binary, 'score', '--no-word-model', '--format', 'jsonl'] + files,
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            a = json.loads(line)
            g = gold.get(a['id'], {})
            for s in a['sentences']:
                r = g.get(norm(s['text']))
                if r is None or s['score'] < THRESHOLD:
                    continue
                right = r['editorial'] == '1'
                for reason in s['reasons']:
                    if s['score'] - reason['weight'] >= THRESHOLD:
                        continue
                    key, commit, what = rule_of(reason)
                    rec = rules.setdefault(key, {'after': [0, 0], 'before': [0, 0],
                                                 'commit': commit, 'what': what,
                                                 'cat': reason.get('category') or reason['cue']})
                    when = 'before' if commit and commits[n] in ancestors(commit) else 'after'
                    rec[when][0 if right else 1] += 1
                    agg[when][0 if right else 1] += 1
                    gk = ('lexicon ' if ':' in key else 'cue ') + rec['cat']
                    per = 'recent' if n >= args.recent else 'early'
                    for k in (gk, 'ALL'):
                        period[k][per][0 if right else 1] += 1
                    if when == 'after':
                        examples[key].append((n, right, s['text'][:100]))

    def prec(rw):
        return rw[0] / (rw[0] + rw[1]) if rw[0] + rw[1] else float('nan')

    def fmt(rw):
        return f'{rw[0]}/{rw[0] + rw[1]} ({prec(rw):.2f})' if rw[0] + rw[1] else '0/0'

    # Structural cues and lexicon categories, summed.
    groups = {}
    for key, rec in rules.items():
        gk = ('lexicon ' if ':' in key else 'cue ') + rec['cat']
        g = groups.setdefault(gk, {'after': [0, 0], 'before': [0, 0]})
        for w in ('after', 'before'):
            g[w][0] += rec[w][0]
            g[w][1] += rec[w][1]
    if args.markdown:
        markdown(rules, agg, groups, period, args, sets, prec, fmt)
        return
    print(f'aggregate pivotal precision: before {fmt(agg["before"])}, after {fmt(agg["after"])}')
    print('\nby cue or lexicon category (before | after):')
    for gk, g in sorted(groups.items(), key=lambda kv: -sum(kv[1]['after'])):
        print(f'  {gk:42s} {fmt(g["before"]):>18s} | {fmt(g["after"]):>18s}')
    print(f'\npivotal flags by period, dev{min(sets)}..dev{args.recent - 1} | '
          f'dev{args.recent}..dev{max(sets)} (right/all, precision):')
    for gk, g in sorted(period.items(), key=lambda kv: -kv[1]['recent'][1]):
        print(f'  {gk:42s} {fmt(g["early"]):>18s} | {fmt(g["recent"]):>18s}')
    print(f'\nrules with >= {args.min_after} pivotal instances after them (before | after):')
    rows = [(k, r) for k, r in rules.items()
            if args.all or sum(r['after']) >= args.min_after]
    rows.sort(key=lambda kv: (prec(kv[1]['after']), -sum(kv[1]['after'])))
    for key, rec in rows:
        date = git('show', '-s', '--format=%cI %h', rec['commit']).strip() if rec['commit'] else '?'
        print(f'  {key:40s} {rec["what"][:28]:28s} {date:32s} '
              f'{fmt(rec["before"]):>16s} | {fmt(rec["after"]):>16s}')
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump({'rules': rules, 'aggregate': agg, 'groups': groups,
                       'examples': examples}, f, ensure_ascii=False, indent=1)


def markdown(rules, agg, groups, period, args, sets, prec, fmt):
    recent = f'dev{args.recent}..dev{max(sets)}'
    early = f'dev{min(sets)}..dev{args.recent - 1}'
    print(f'| cue or lexicon category | before the rule | after the rule | {early} | {recent} |')
    print('|---|---|---|---|---|')
    print(f'| **all** | {fmt(agg["before"])} | {fmt(agg["after"])} | '
          f'{fmt(period["ALL"]["early"])} | {fmt(period["ALL"]["recent"])} |')
    for gk, g in sorted(groups.items(), key=lambda kv: -sum(kv[1]['after'])):
        p = period[gk]
        print(f'| {gk} | {fmt(g["before"])} | {fmt(g["after"])} | {fmt(p["early"])} | '
              f'{fmt(p["recent"])} |')
    print()
    print('| rule | entry | dated by | before | after |')
    print('|---|---|---|---|---|')
    rows = [(k, r) for k, r in rules.items() if sum(r['after']) >= args.min_after]
    rows.sort(key=lambda kv: (prec(kv[1]['after']), -sum(kv[1]['after'])))
    for key, rec in rows:
        date = (git('show', '-s', '--format=%h %cs', rec['commit']).strip()
                if rec['commit'] else '?')
        what = rec['what'].replace('|', '\\|')
        print(f'| `{key}` | {"`" + what + "`" if what else "(cue)"} | {date} | '
              f'{fmt(rec["before"])} | {fmt(rec["after"])} |')


if __name__ == '__main__':
    main()
