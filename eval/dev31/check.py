#!/usr/bin/env python3
"""Check eval/dev31/gold.csv against its corpus and print the counts used in the README."""
import csv, glob, os, sys
from collections import Counter, defaultdict

here = os.path.dirname(os.path.abspath(__file__))
GENRE = {
    'flash-citoyen-01': 'news', 'flash-citoyen-02': 'news', 'la-criee-01': 'news',
    'cle-en-main-01': 'explainer', 'cle-en-main-02': 'explainer',
    'la-tartine-01': 'newsletter', 'le-plan-large-01': 'video report',
    'le-zoom-pratique-01': 'listicle',
    'verite-en-face-01': 'evaluative', 'le-perchoir-web-01': 'evaluative',
    'le-porte-monnaie-01': 'evaluative', 'le-plan-large-02': 'evaluative',
}
bodies = {}
for path in sorted(glob.glob(os.path.join(here, 'corpus', '*', '*.txt'))):
    raw = open(path, 'rb').read().decode('utf-8')
    text = raw.replace('\r\n', '\n')
    assert text.startswith('---\n'), path
    end = text.index('\n---\n', 4)
    fm = text[4:end]
    for key in ('title:', 'outlet:', 'date: 2026-11-'):
        assert any(l.startswith(key) for l in fm.split('\n')), (path, key)
    aid = os.path.splitext(os.path.basename(path))[0]
    bodies[aid] = (raw, raw.index('\n---', 4) + len('\n---'))
rows = list(csv.DictReader(open(os.path.join(here, 'gold.csv'), encoding='utf-8', newline='')))
errors = []
pos = {a: b[1] for a, b in bodies.items()}
seen = []
for i, r in enumerate(rows, 2):
    a, s = r['article'], r['sentence']
    if a not in bodies: errors.append(f'line {i}: unknown article {a}'); continue
    if not seen or seen[-1] != a:
        assert a not in seen, f'article {a} not contiguous'
        seen.append(a)
    raw = bodies[a][0]
    j = raw.find(s, pos[a])
    if j < 0: errors.append(f'line {i}: not found in order: {s[:60]}'); continue
    gap = raw[pos[a]:j]
    if gap.strip(): errors.append(f'line {i}: uncoded text before it: {gap.strip()[:60]!r}')
    pos[a] = j + len(s)
    if r['voice'] not in ('author', 'direct', 'indirect', 'mixed'): errors.append(f'line {i}: voice')
    if r['editorial'] not in ('0', '1'): errors.append(f'line {i}: editorial')
    if (r['voice'] == 'author') == bool(r['speaker']): errors.append(f'line {i}: speaker vs voice')
    if r['voice'] in ('direct', 'indirect') and r['editorial'] == '1': errors.append(f'line {i}: edit on reported')
for a, (raw, _) in bodies.items():
    if raw[pos[a]:].strip(): errors.append(f'{a}: uncoded tail {raw[pos[a]:].strip()[:60]!r}')
    if a not in seen: errors.append(f'{a}: not coded')
repo = os.path.dirname(os.path.dirname(here))
mine = set(os.listdir(os.path.join(here, 'corpus')))
others = set()
for d in glob.glob(os.path.join(repo, 'eval', '*', 'corpus', '*')) + glob.glob(os.path.join(repo, 'eval', 'corpus', '*')) + glob.glob(os.path.join(repo, 'samples', '*')):
    if os.path.isdir(d) and os.path.dirname(os.path.dirname(d)) != here:
        others.add(os.path.basename(d))
for o in sorted(mine & others): errors.append(f'outlet name {o} already used elsewhere')
for e in errors: print('ERROR', e)

def stats(rs):
    c = Counter(r['voice'] for r in rs)
    return [len(rs), c['author'], c['direct'], c['indirect'], c['mixed'], sum(r['editorial'] == '1' for r in rs)]
by_art = defaultdict(list)
for r in rows: by_art[r['article']].append(r)
print('| genre | articles | sentences | author | direct | indirect | mixed | editorial |')
print('|---|---|---|---|---|---|---|---|')
for g in ['news', 'explainer', 'listicle', 'newsletter', 'video report', 'evaluative']:
    arts = [a for a in by_art if GENRE[a] == g]
    rs = [r for a in arts for r in by_art[a]]
    print(f'| {g} | {len(arts)} | ' + ' | '.join(map(str, stats(rs))) + ' |')
print(f'| **all** | {len(by_art)} | ' + ' | '.join(map(str, stats(rows))) + ' |')
print()
for a in by_art:
    print(f'| {a} | ' + ' | '.join(map(str, stats(by_art[a]))) + ' |')
mixed_ed = sum(1 for r in rows if r['voice'] == 'mixed' and r['editorial'] == '1')
auth_ed = sum(1 for r in rows if r['voice'] == 'author' and r['editorial'] == '1')
print(f'\neditorial author {auth_ed}, editorial mixed {mixed_ed}, mixed total {sum(r["voice"]=="mixed" for r in rows)}')
sys.exit(1 if errors else 0)
