"""Check eval/dev51/gold.csv against its corpus: every sentence verbatim in its
article body, in order, with only whitespace between consecutive sentences."""
import csv, glob, os, sys
from collections import OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
bodies = {}
for p in glob.glob(os.path.join(HERE, 'corpus', '*', '*.txt')):
    text = open(p, encoding='utf-8', newline='').read()
    assert text.startswith('---'), p
    end = text.index('---', 3)
    bodies[os.path.basename(p)[:-4]] = text[end + 3:]
rows = list(csv.DictReader(open(os.path.join(HERE, 'gold.csv'), encoding='utf-8', newline='')))
by = OrderedDict()
for r in rows:
    by.setdefault(r['article'], []).append(r)
errors = 0
assert set(by) == set(bodies), (set(by) ^ set(bodies))
for art, rs in by.items():
    body, pos = bodies[art], 0
    for r in rs:
        i = body.find(r['sentence'], pos)
        if i < 0:
            print('NOT FOUND', art, r['sentence'][:60]); errors += 1; continue
        if body[pos:i].strip():
            print('UNCODED', art, repr(body[pos:i][:80])); errors += 1
        pos = i + len(r['sentence'])
        if r['voice'] not in ('author', 'direct', 'indirect', 'mixed') or r['editorial'] not in '01':
            print('BAD CODE', art, r['sentence'][:50]); errors += 1
        if (r['voice'] == 'author') != (r['speaker'] == ''):
            print('SPEAKER', art, r['sentence'][:50]); errors += 1
    if body[pos:].strip():
        print('UNCODED TAIL', art, repr(body[pos:][:80])); errors += 1
print(len(rows), 'rows,', len(by), 'articles,', errors, 'errors')
sys.exit(1 if errors else 0)
