#!/usr/bin/env python3
"""Fits cadrage's word model of the opinion register (src/wordmodel.rs) on the development sets.

    python3 eval/fit_wordmodel.py --bin target/release/cadrage \
        --out models/wordmodel.tsv --words tests/data/wordmodel_words.tsv
    python3 eval/fit_wordmodel.py --bin target/release/cadrage --check

The first command is the refit (after any change to the cues): it writes the model and the
parity table the Rust tests read; rebuild afterwards, the model is compiled in.

The tool scores every development set (eval/dev*, never eval/heldout); each coded sentence the
tool reads in the author's voice (or mixed) and its cues leave below the threshold is one
example when the tool reads it in the author's voice (or mixed): its words outside quotation
marks, the share of its article's author sentences the cues flag (in five buckets) and its
length in words outside quotation marks (in four buckets), against
the coders' editorial flag. The model learns from the sentences the cues flag as well as from
the others (fitted on the unflagged ones alone, it gained a third as much on the sets it had not
seen); the tool reads it only on the sentences the cues leave below the threshold. A logistic
regression (stochastic gradient descent whose rate falls as 1/(1 + epoch), L2, a fixed seed: the
same inputs give the same file) gives each word and bucket a weight. The model's own reason
(`word_model`) is taken out of the tool's output before fitting, so a model never learns from an
earlier one.

--check fits on some sets and scores the others, and prints the editorial figures of the tool
without and with the model, for four splits (docs/wordmodel.md reports them). Three decide
whether a feature is kept: the odd sets scored by a fit on the even ones, the even sets scored
by a fit on the odd ones, and the recent split, the last eight sets (dev79..dev86 when dev86 is
the last) scored by a fit on all the sets before them, which asks the question the model is for:
text written after the sets it learnt from. A feature is kept only if it gains on all three.
The fourth, fitted on dev2..dev40 and scored on dev41 to the last set, is the selection split
the fitting settings were chosen on; it is printed for comparison. The length buckets were kept
because they gained on all of them (--no-length leaves them out, to compare).
--candidate NAME (repeatable, with --check) adds a candidate feature to the examples
(CANDIDATES below: the ones tried on 2 December 2026, all dropped), --seeds 1,2,3 averages the
figures over the seeds of the shuffle, and --quiet prints one line of F1 per run.
--words FILE writes a sample of sentences with their words, a flagged share and log-odds under the
model (the one --out just wrote, or models/wordmodel.tsv), for the test that checks this script
and the Rust side read them alike (tests/data/wordmodel_words.tsv).
"""
import argparse
import collections
import csv
import glob
import json
import math
import os
import random
import re
import subprocess
import sys
import unicodedata

THRESHOLD = 2.0          # the tool's default editorial threshold
LOG_ODDS = 1.4           # src/wordmodel.rs LOG_ODDS_THRESHOLD
LENGTH_CUTS = (8, 16, 26)  # src/wordmodel.rs length_bucket: fewer than 8 words, 8 to 15, ...
MIN_COUNT = 3            # a word seen in fewer examples gets no weight
L2 = 1e-3
RATE = 0.1               # divided by 1 + epoch
EPOCHS = 8
SEED = 1


def fold(word):
    """Lower case without accents, as cadrage's text::fold_str folds a word of letters."""
    w = unicodedata.normalize('NFD', word.lower())
    w = ''.join(c for c in w if not unicodedata.combining(c))
    return w.replace('œ', 'oe').replace('æ', 'ae')


def words(sentence):
    """The distinct folded words outside quotation marks (src/wordmodel.rs `words`)."""
    return sorted(set(all_words(sentence)))


def word_count(sentence):
    """The number of words outside quotation marks, repeats counted (src/wordmodel.rs
    `word_count`)."""
    return len(all_words(sentence))


def length_bucket(n):
    """0 below 8 words, 1 below 16, 2 below 26, 3 from 26 (src/wordmodel.rs `length_bucket`)."""
    return sum(1 for c in LENGTH_CUTS if n >= c)


def all_words(sentence):
    """The folded words outside quotation marks, in order, repeats kept: a run of letters is a
    word, a quotation runs from « to », from “ to ” or between two ", one left open to the end."""
    out, cur, closing = [], [], None
    pairs = {'«': '»', '“': '”', '"': '"'}

    def flush():
        if cur:
            out.append(fold(''.join(cur)))
            cur.clear()
    for c in sentence:
        if closing is not None:
            if c == closing:
                closing = None
            continue
        if c in pairs:
            flush()
            closing = pairs[c]
        elif c.isalpha():
            cur.append(c)
        else:
            flush()
    flush()
    return out


def bucket(share):
    if share <= 0 or share != share:
        return 0
    return min(4, int(math.floor(share * 10)) // 2)


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ').replace('\u202f', ' ')).strip()


def set_number(name):
    m = re.search(r'(\d+)$', name)
    return int(m.group(1)) if m else 0


def examples(binary, root):
    """Every coded sentence of every development set, with what the tool says of it."""
    rows = []
    for d in sorted(glob.glob(os.path.join(root, 'eval', 'dev*')), key=set_number):
        name = os.path.basename(d)
        gold = {}
        with open(os.path.join(d, 'gold.csv'), encoding='utf-8') as f:
            for r in csv.DictReader(f):
                gold.setdefault(r['article'], {})[norm(r['sentence'])] = r
        files = sorted(glob.glob(os.path.join(d, 'corpus', '**', '*.txt'), recursive=True))
        out = subprocess.run([binary, 'score', '--format', 'jsonl'] + files,
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            a = json.loads(line)
            g = gold.get(a['id'], {})
            sents = []
            for s in a['sentences']:
                model = sum(r['weight'] for r in s['reasons'] if r.get('cue') == 'word_model')
                cues = round(s['score'] - model, 6) >= THRESHOLD
                sents.append((s, cues, s['voice'] in ('author', 'mixed')))
            author = sum(1 for _, _, au in sents if au)
            last_paragraph = max((s['paragraph'] for s, _, _ in sents), default=0)
            # The article read in the opinion register: by its label, or found from its cues.
            register = sorted({'label' if 'labelled' in x.get('text', '') else 'found'
                               for s, _, _ in sents for x in s['reasons']
                               if x.get('cue') in ('opinion_register', 'register_subheading')})
            flagged = sum(1 for _, c, au in sents if au and c)
            ctx = bucket(flagged / author) if author else 0
            for s, cues, au in sents:
                r = g.get(norm(s['text']))
                if r is None:
                    continue
                rows.append({'set': set_number(name), 'cues': cues, 'author': au,
                             'gold': r['editorial'] == '1',
                             'f': features(s['text'], ctx),
                             # What the candidate features read (--candidate).
                             'text': s['text'], 'ctx': ctx, 'kind': s['kind'],
                             'cue_score': round(s['score'] - sum(
                                 x['weight'] for x in s['reasons']
                                 if x.get('cue') == 'word_model'), 6),
                             'paragraph': s['paragraph'], 'last_paragraph': last_paragraph,
                             'register': register})
    return rows


def features(sentence, ctx):
    """The example's features: its words, the bucket of its article's flagged share, the
    bucket of its length in words."""
    return (['w:' + w for w in words(sentence)] + ['c:%d' % ctx]
            + ['l:%d' % length_bucket(word_count(sentence))])


def outside_quotes(sentence):
    """The sentence's characters outside quotation marks (as `all_words` delimits them)."""
    out, closing = [], None
    pairs = {'«': '»', '“': '”', '"': '"'}
    for c in sentence:
        if closing is not None:
            if c == closing:
                closing = None
            continue
        if c in pairs:
            closing = pairs[c]
            continue
        out.append(c)
    return ''.join(out)


MONTHS = set('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre '
             'decembre'.split())


def _cue_bucket(r, low=0.0):
    if r['cues'] or r['cue_score'] <= low:
        return []
    cs = r['cue_score']
    return ['s:%d' % (0 if cs <= 0 else 1 if cs < 1 else 2 if cs < 1.5 else 3)]


def _caps(r):
    ws = [w for w in re.findall(r'[^\W\d_]+', outside_quotes(r['text']))][1:]
    if not ws:
        return ['k:0']
    share = sum(1 for w in ws if w[0].isupper()) / len(ws)
    return ['k:%d' % (0 if share == 0 else 1 if share < 0.1 else 2 if share < 0.2 else 3)]


def _bigrams(r):
    ws = all_words(r['text'])
    return sorted({'b:%s_%s' % (a, b) for a, b in zip(ws, ws[1:])})


# Candidate features (--candidate NAME), each a function of an example; docs/wordmodel.md,
# *Candidates of 2 December 2026, second round*, gives their figures. None is in the model.
CANDIDATES = {
    # The cues' score below the threshold: 0, below 1, below 1.5, below 2 (none when flagged).
    'cue': lambda r: _cue_bucket(r, low=-1e9),
    # The same without the bucket of 0.
    'cue-nonzero': lambda r: _cue_bucket(r),
    # A score of 1.5 to 2 only.
    'cue-near': lambda r: ['s:near'] if not r['cues'] and r['cue_score'] >= 1.5 else [],
    # The first paragraph of text (paragraph 0 or 1, not a heading or the title).
    'lead': lambda r: (['p:lead'] if r['paragraph'] <= 1 and r['kind'] not in
                       ('heading', 'title') else []),
    'last-paragraph': lambda r: ['p:last'] if r['paragraph'] == r['last_paragraph'] else [],
    'question': lambda r: ['q:?'] if outside_quotes(r['text']).rstrip().endswith('?') else [],
    'exclamation': lambda r: ['q:!'] if '!' in outside_quotes(r['text']) else [],
    'colon': lambda r: ['q::'] if ':' in outside_quotes(r['text']) else [],
    # A lead-in to a list: ends with a colon.
    'colon-list': lambda r: ['q:list'] if outside_quotes(r['text']).rstrip().endswith(':') else [],
    'digit': lambda r: ['d:1'] if any(c.isdigit() for c in outside_quotes(r['text'])) else [],
    # A date: a month's name and a figure (wire copy).
    'date': lambda r: (['d:date'] if any(w in MONTHS for w in all_words(r['text']))
                       and any(c.isdigit() for c in outside_quotes(r['text'])) else []),
    # The share of capitalised words after the first (names: narration), four buckets.
    'capitals': _caps,
    # The article read in the opinion register, by its label or from its cues.
    'register': lambda r: ['g:' + x for x in r['register']],
    'register-label': lambda r: ['g:label'] if 'label' in r['register'] else [],
    # The segmenter's kind of sentence (text, heading, list item...).
    'kind': lambda r: ['t:' + r['kind']],
    # Adjacent words outside quotation marks (seen in at least MIN_COUNT examples).
    'bigrams': _bigrams,
}


def fit(rows):
    data = [r for r in rows if r['author']]
    count = collections.Counter(x for r in data for x in r['f'])
    w = collections.defaultdict(float)
    b = 0.0
    xs = [([x for x in r['f'] if count[x] >= MIN_COUNT or not x.startswith(('w:', 'b:'))],
           1.0 if r['gold'] else 0.0) for r in data]
    rnd = random.Random(SEED)
    for epoch in range(EPOCHS):
        rnd.shuffle(xs)
        rate = RATE / (1 + epoch)
        for f, y in xs:
            z = b + sum(w[x] for x in f)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            b -= rate * g
            for x in f:
                w[x] -= rate * (g + L2 * w[x])
    return b, dict(w), len(data)


def figures(rows, model=None):
    tp, fp, fn, p, rc, f1 = counts(rows, model)
    return '%.3f / %.3f / %.3f (tp %d, fp %d, fn %d)' % (p, rc, f1, tp, fp, fn)


def counts(rows, model=None):
    tp = fp = fn = 0
    for r in rows:
        pred = r['cues']
        if model is not None and r['author'] and not pred:
            b, w = model
            pred = b + sum(w.get(x, 0.0) for x in r['f']) >= LOG_ODDS
        tp += pred and r['gold']
        fp += pred and not r['gold']
        fn += (not pred) and r['gold']
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return tp, fp, fn, p, rc, f1


def splits(top):
    """The splits of --check: (name, the sets fitted on). The first three decide."""
    recent = top - 7
    return (('fit on the even sets, scored on the odd', lambda n: n % 2 == 0),
            ('fit on the odd sets, scored on the even', lambda n: n % 2 == 1),
            ('recent split: fit on dev2..dev%d, scored on dev%d..dev%d' % (recent - 1, recent, top),
             lambda n: n < recent),
            ('selection split: fit on dev2..dev40, scored on dev41..dev%d' % top,
             lambda n: n <= 40))


def check(rows, top, seeds, quiet, label):
    """Fits and scores the splits; with several seeds, prints the mean F1 of the model."""
    global SEED
    line = []
    for name, train in splits(top):
        test = [r for r in rows if not train(r['set'])]
        f1s = []
        for seed in seeds:
            SEED = seed
            b, w, _ = fit([r for r in rows if train(r['set'])])
            f1s.append(counts(test, (b, w))[5])
            if not quiet and len(seeds) == 1:
                print(name)
                print('  cues alone      ', figures(test))
                print('  cues and model  ', figures(test, (b, w)))
        line.append(sum(f1s) / len(f1s))
    SEED = seeds[0]
    if quiet or len(seeds) > 1:
        print('%-28s F1 even->odd %.4f  odd->even %.4f  recent %.4f  selection %.4f'
              % ((label,) + tuple(line)), flush=True)


def read_model(path):
    """The model file as src/wordmodel.rs reads it."""
    m = {'bias': 0.0, 'context': [0.0] * 5, 'length': [0.0] * (len(LENGTH_CUTS) + 1),
         'word': {}}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\r\n')
            if not line or line.startswith('#'):
                continue
            x = line.split('\t')
            if x[0] == 'bias':
                m['bias'] = float(x[1])
            elif x[0] == 'context':
                m['context'][int(x[1])] = float(x[2])
            elif x[0] == 'length':
                m['length'][int(x[1])] = float(x[2])
            elif x[0] == 'word':
                m['word'][x[1]] = float(x[2])
    return m


def log_odds(m, sentence, share):
    """The log-odds src/wordmodel.rs gives, summed in the same order (bias, share's bucket,
    length's bucket, then the weighed words sorted)."""
    z = m['bias'] + m['context'][bucket(share)]
    z += m['length'][length_bucket(word_count(sentence))]
    for w in words(sentence):
        if w in m['word']:
            z += m['word'][w]
    return z


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('--root', default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument('--out')
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--words')
    ap.add_argument('--no-length', action='store_true',
                    help='with --check: leave the length buckets out, to compare')
    ap.add_argument('--candidate', action='append', default=[], choices=sorted(CANDIDATES),
                    help='with --check: add a candidate feature (repeatable)')
    ap.add_argument('--seeds', default=str(SEED),
                    help='with --check: seeds of the shuffle, comma-separated (F1 averaged)')
    ap.add_argument('--quiet', action='store_true', help='with --check: one line of F1')
    args = ap.parse_args()
    rows = examples(args.bin, args.root)
    if args.no_length:
        for r in rows:
            r['f'] = [x for x in r['f'] if not x.startswith('l:')]
    if args.candidate and not args.check:
        ap.error('--candidate goes with --check: the shipped model has none of them')
    for r in rows:
        r['f'] += [x for c in args.candidate for x in CANDIDATES[c](r)]
    top = max(r['set'] for r in rows)
    if args.check:
        seeds = [int(x) for x in args.seeds.split(',')]
        check(rows, top, seeds, args.quiet, '+'.join(args.candidate) or 'shipped features')
    if args.out:
        b, w, n = fit(rows)
        with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
            f.write('# cadrage word model of the opinion register (src/wordmodel.rs).\n')
            f.write('# Written by eval/fit_wordmodel.py; do not edit by hand, fit again.\n')
            f.write('# Fitted on eval/dev2..eval/dev%d: %d coded sentences in the author\'s voice.\n' % (top, n))
            f.write('# Logistic regression, L2 %g, rate %g / (1 + epoch), %d epochs,\n' % (L2, RATE, EPOCHS))
            f.write('# seed %d; words seen in at least %d of them.\n' % (SEED, MIN_COUNT))
            f.write('# bias; context K: the bucket of the article\'s share of author sentences the cues\n')
            f.write('# flag (K = 0 below 0.2 ... 4 from 0.8); length K: the bucket of the\n')
            f.write('# sentence\'s length in words outside quotations (K = 0 below %d, 1 below %d,\n'
                    % LENGTH_CUTS[:2])
            f.write('# 2 below %d,' % LENGTH_CUTS[2])
            f.write(' 3 from %d); word W: its weight.\n' % LENGTH_CUTS[-1])
            f.write('bias\t%.4f\n' % b)
            for k in range(5):
                f.write('context\t%d\t%.4f\n' % (k, w.get('c:%d' % k, 0.0)))
            for k in range(len(LENGTH_CUTS) + 1):
                f.write('length\t%d\t%.4f\n' % (k, w.get('l:%d' % k, 0.0)))
            for x in sorted(k for k in w if k.startswith('w:')):
                if abs(w[x]) >= 0.005:
                    f.write('word\t%s\t%.4f\n' % (x[2:], w[x]))
    if args.words:
        rnd = random.Random(SEED)
        texts = []
        for d in sorted(glob.glob(os.path.join(args.root, 'eval', 'dev*')), key=set_number):
            with open(os.path.join(d, 'gold.csv'), encoding='utf-8') as f:
                texts += [r['sentence'] for r in csv.DictReader(f)]
        sample = rnd.sample(texts, 300)
        model = read_model(args.out or os.path.join(args.root, 'models', 'wordmodel.tsv'))
        with open(args.words, 'w', encoding='utf-8', newline='\n') as f:
            f.write('# sentence<TAB>its words as eval/fit_wordmodel.py cuts and folds them<TAB>a share\n')
            f.write('# of flagged author sentences<TAB>the log-odds under the model<TAB>its number\n')
            f.write('# of words\n')
            for t in sample:
                t = t.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')
                share = rnd.choice((0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0))
                f.write('%s\t%s\t%r\t%r\t%d\n' % (t, ' '.join(words(t)), share,
                                                   log_odds(model, t, share), word_count(t)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
