"""Print the genre, article and outlet tables of README.md from gold.csv."""
import os
import csv
from collections import OrderedDict, Counter
rows = list(csv.DictReader(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.csv'), encoding='utf-8')))
genre = {
 'le-vantail-01':'long reported piece','l-entretoise-01':'long reported piece','le-septieme-jour-01':'long reported piece','l-aplomb-01':'long reported piece',
 'le-quadrant-01':'interview','le-soufflet-01':'investigation','le-vantail-02':'web item and wire','agence-noctiluque-01':'web item and wire',
 'le-vantail-03':'editorial','le-septieme-jour-02':'column','la-liseuse-01':'essay review','le-piment-01':'humorous back page'}
def line(name, rs, n=None):
    c = Counter(r['voice'] for r in rs); e = sum(r['editorial']=='1' for r in rs)
    cells = [name] + ([str(n)] if n is not None else []) + [str(len(rs)), str(c['author']), str(c['direct']), str(c['indirect']), str(c['mixed']), str(e)]
    return '| ' + ' | '.join(cells) + ' |'
order = ['long reported piece','interview','investigation','web item and wire','editorial','column','essay review','humorous back page']
print('| genre | articles | sentences | author | direct | indirect | mixed | editorial |'); print('|---|---|---|---|---|---|---|---|')
for g in order:
    arts = [a for a in genre if genre[a]==g]
    print(line(g, [r for r in rows if genre[r['article']]==g], len(arts)))
print(line('**all**', rows, len(genre)))
print()
print('| article | sentences | author | direct | indirect | mixed | editorial |'); print('|---|---|---|---|---|---|---|')
arts = list(OrderedDict.fromkeys(r['article'] for r in rows))
for a in arts: print(line(a, [r for r in rows if r['article']==a]))
print()
print('| outlet | articles | sentences | author | direct | indirect | mixed | editorial |'); print('|---|---|---|---|---|---|---|---|')
outs = sorted(set(a.rsplit('-',1)[0] for a in arts))
for o in outs:
    rs = [r for r in rows if r['article'].rsplit('-',1)[0]==o]
    print(line(o, rs, len(set(r['article'] for r in rs))))
