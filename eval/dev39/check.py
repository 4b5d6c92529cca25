"""Mechanical checks and counts for eval/dev39 (run from the repository root).

Checks that every `sentence` cell is found verbatim in its article body, in order, that only
whitespace lies between consecutive coded sentences (so the rows cover the body), that author rows
have no speaker and the others have one, and prints the counts used in README.md.
"""
import csv, glob, os, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
GENRE = {
    'le-blason-01': 'politician', 'bloc-notes-ostrowski-01': 'politician', 'montbrezin-infos-01': 'politician',
    'le-relais-des-monts-01': 'speech',
    'le-blason-02': 'relay', 'agence-bruine-01': 'relay', 'le-clic-01': 'relay', 'le-relais-des-monts-02': 'relay',
    'le-vis-a-vis-01': 'interview',
    'le-blason-03': 'evaluative', 'la-moutarde-01': 'evaluative', 'colere-d-en-bas-01': 'evaluative',
}

def body(path):
    t = open(path, encoding='utf-8', newline='').read()
    assert t.startswith('---'), path
    end = t.index('\n---', 3)
    return t[t.index('\n', end + 1) + 1:]

rows = list(csv.DictReader(open(os.path.join(HERE, 'gold.csv'), encoding='utf-8', newline='')))
arts = {os.path.basename(p)[:-4]: p for p in glob.glob(os.path.join(HERE, 'corpus', '*', '*.txt'))}
bad = 0
by = defaultdict(list)
for r in rows:
    by[r['article']].append(r)
assert set(by) == set(arts), (set(by) ^ set(arts))
for a, rs in by.items():
    b = body(arts[a]); pos = 0
    for r in rs:
        i = b.find(r['sentence'], pos)
        if i < 0:
            print('NOT FOUND', a, r['sentence'][:60]); bad += 1; continue
        if b[pos:i].strip():
            print('UNCOVERED', a, repr(b[pos:i][:80])); bad += 1
        pos = i + len(r['sentence'])
        if r['voice'] not in ('author', 'direct', 'indirect', 'mixed') or r['editorial'] not in ('0', '1'):
            print('BAD CODE', a, r['sentence'][:60]); bad += 1
        if (r['voice'] == 'author') != (r['speaker'] == ''):
            print('SPEAKER', a, r['sentence'][:60]); bad += 1
    if b[pos:].strip():
        print('UNCOVERED TAIL', a, repr(b[pos:][:80])); bad += 1

def line(name, rs, n=None):
    c = Counter(r['voice'] for r in rs)
    ed = sum(r['editorial'] == '1' for r in rs)
    cells = [name] + ([str(n)] if n is not None else []) + [str(len(rs)), str(c['author']), str(c['direct']), str(c['indirect']), str(c['mixed']), str(ed)]
    return '| ' + ' | '.join(cells) + ' |'

print(len(rows), 'sentences,', len(arts), 'articles,', len({os.path.dirname(p) for p in arts.values()}), 'outlets')
print('| genre | articles | sentences | author | direct | indirect | mixed | editorial |')
for g in ('politician', 'speech', 'relay', 'interview', 'evaluative'):
    rs = [r for r in rows if GENRE[r['article']] == g]
    print(line(g, rs, len({r['article'] for r in rs})))
print(line('**all**', rows, len(arts)))
print()
print('| article | sentences | author | direct | indirect | mixed | editorial |')
for a in GENRE:
    print(line(a, by[a]))
print()
print('| outlet | articles | sentences | author | direct | indirect | mixed | editorial |')
for o in sorted({a.rsplit('-', 1)[0] for a in arts}):
    rs = [r for r in rows if r['article'].rsplit('-', 1)[0] == o]
    print(line(o, rs, len({r['article'] for r in rs})))
ed = Counter((r['voice'], r['editorial']) for r in rows)
print('\nvoice x editorial:', dict(ed))
print('problems:', bad)
sys.exit(1 if bad else 0)
