#!/usr/bin/env python3
"""Deterministic French news corpus for the throughput benchmark of bench/run.sh.

The repository ships a few dozen hand-written articles (samples/ and eval/corpus/). Repeating
them verbatim would let caches and branch predictors learn the text, so every generated
article is a variation of one of them: the lede stays first, the other paragraphs are shuffled,
sometimes a paragraph of another article of the same outlet is added or one is dropped, and the
people named in it get other first names and surnames. Every choice comes from one seeded
generator, so the same size and seed give the same bytes on every machine (Python's random.Random
is specified to be reproducible for a given seed).

Usage:
    gen_corpus.py --mb SIZE [--seed N] [--jsonl FILE] [--dir FOLDER] [ROOT]

ROOT is the repository (default: the parent of this script's folder). --jsonl writes one
article per line ({"id", "outlet", "title", "date", "text"}); --dir writes numbered folders of
text files with front matter. Both may be given: they hold the same articles, in the same order.
"""

import argparse
import json
import os
import random
import re
import sys

FIRST_NAMES = [
    "Adèle", "Alain", "Amina", "Anne", "Antoine", "Aurélie", "Bastien", "Béatrice", "Bruno",
    "Camille", "Céline", "Claire", "Clément", "Damien", "Delphine", "Éric", "Élodie", "Fabrice",
    "Fatou", "Florence", "François", "Gaëlle", "Gilles", "Hélène", "Hugo", "Inès", "Isabelle",
    "Jacques", "Jeanne", "Jérôme", "Julien", "Karim", "Laure", "Léa", "Louis", "Lucie", "Malik",
    "Manon", "Marc", "Margaux", "Mathieu", "Mélanie", "Moussa", "Nadia", "Nicolas", "Noémie",
    "Olivier", "Pascal", "Pauline", "Philippe", "Rachid", "Sandrine", "Sophie", "Stéphane",
    "Sylvie", "Thierry", "Thomas", "Valérie", "Vincent", "Yasmine", "Yves", "Zoé",
]
SURNAMES = [
    "Aubert", "Barbier", "Benali", "Bertrand", "Blanchard", "Bonnet", "Brun", "Carpentier",
    "Chevalier", "Colin", "Coulibaly", "Da Silva", "Delmas", "Diallo", "Dubois", "Dufour",
    "Dupont", "Durand", "Fabre", "Faure", "Fontaine", "Fournier", "Garnier", "Gauthier",
    "Girard", "Guérin", "Haddad", "Henry", "Huet", "Joly", "Keïta", "Lambert", "Laurent",
    "Leclerc", "Lefèvre", "Legrand", "Lemoine", "Marchand", "Martin", "Mercier", "Meunier",
    "Michel", "Morel", "Moulin", "N'Diaye", "Nicolas", "Perrin", "Picard", "Renaud", "Richard",
    "Roche", "Rousseau", "Roux", "Sanchez", "Traoré", "Vidal", "Vincent", "Weber",
]

# A person named in the articles: a capitalised first word followed by one or two capitalised
# words. Only pairs whose first word is a given name (from the pool above or one the samples
# use) are swapped, so place and institution names (Burkina Faso) stay as written.
NAME = re.compile(
    r"\b([A-ZÉÈÀÂÎÔÛÇ][a-zéèêëàâîïôöûüç]+(?:-[A-ZÉ][a-zéèêëàâîïôöûüç]+)?)"
    r" ((?:[A-ZÉÈÀÂÎÔÛÇ][a-zéèêëàâîïôöûüç'’]+)(?:[ -][A-ZÉÈ][a-zéèêëàâîïôöûüç]+)?)\b"
)
GIVEN = set(FIRST_NAMES) | {
    "Abdou", "Agnès", "Amandine", "Arkadi", "Aïssata", "Bertrand", "Boubacar", "Dan",
    "François-Xavier", "Guillaume", "Gérard", "Hama", "Hamadou", "Henri", "Hervé", "Ibrahim",
    "Idrissa", "Igor", "Issoufou", "Ivan", "Jean-Marc", "Jean-Pierre", "Luc", "Marc-Antoine",
    "Mariama", "Mathilde", "Nathalie", "Oleg", "Pierre-Yves", "Pieter", "Romain", "Salifou",
    "Souley", "Étienne",
}


def read_articles(root):
    """(outlet, stem, title, date, paragraphs) of every article under samples/ and eval/corpus/."""
    articles = []
    for base in ("samples", os.path.join("eval", "corpus")):
        folder = os.path.join(root, base)
        for outlet in sorted(os.listdir(folder)):
            sub = os.path.join(folder, outlet)
            if not os.path.isdir(sub):
                continue
            for name in sorted(os.listdir(sub)):
                if not name.endswith(".txt"):
                    continue
                with open(os.path.join(sub, name), encoding="utf-8") as f:
                    text = f.read()
                meta = {}
                if text.startswith("---"):
                    end = text.find("\n---", 3)
                    if end >= 0:
                        for line in text[3:end].splitlines():
                            key, _, value = line.partition(":")
                            if value:
                                meta[key.strip()] = value.strip()
                        text = text[end + 4:].lstrip("\n")
                paragraphs = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
                articles.append((meta.get("outlet", outlet), name[:-4], meta.get("title", ""),
                                 meta.get("date", ""), paragraphs))
    return articles


def people(articles):
    """Every 'Given Surname' written in the articles, most frequent first for stable output."""
    counts = {}
    for _, _, title, _, paragraphs in articles:
        for text in [title] + paragraphs:
            for m in NAME.finditer(text):
                if m.group(1) not in GIVEN:
                    continue
                counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return sorted(counts, key=lambda k: (-counts[k], k))


def variant(rng, article, same_outlet, names):
    outlet, stem, title, date, paragraphs = article
    lede, rest = paragraphs[0], list(paragraphs[1:])
    rng.shuffle(rest)
    if rest and rng.random() < 0.3:
        rest.pop(rng.randrange(len(rest)))
    if same_outlet and rng.random() < 0.5:
        donor = rng.choice(same_outlet)[4]
        if len(donor) > 1:
            rest.insert(rng.randrange(len(rest) + 1), rng.choice(donor[1:]))
    text = "\n\n".join([lede] + rest) + "\n"
    # The person keeps one new identity through the article: the full name and the surname
    # alone (M. Delorme, later on) change together.
    swaps = {}
    for full in names:
        if full in text or full in title:
            given, surname = full.split(" ", 1)
            new_surname = rng.choice(SURNAMES)
            swaps[full] = f"{rng.choice(FIRST_NAMES)} {new_surname}"
            if len(surname) > 3 and surname not in swaps:
                swaps[surname] = new_surname
    if swaps:
        pattern = re.compile("|".join(re.escape(k) for k in sorted(swaps, key=len, reverse=True)))
        text = pattern.sub(lambda m: swaps[m.group(0)], text)
        title = pattern.sub(lambda m: swaps[m.group(0)], title)
    return outlet, stem, title, date, text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?",
                        default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--mb", type=float, required=True, help="size of the article texts, MB")
    parser.add_argument("--seed", type=int, default=20260328)
    parser.add_argument("--jsonl")
    parser.add_argument("--dir")
    args = parser.parse_args()
    if not args.jsonl and not args.dir:
        parser.error("give --jsonl FILE, --dir FOLDER or both")

    articles = read_articles(args.root)
    by_outlet = {}
    for a in articles:
        by_outlet.setdefault(a[0], []).append(a)
    names = people(articles)
    rng = random.Random(args.seed)
    limit = int(args.mb * 1_000_000)

    jsonl = open(args.jsonl, "w", encoding="utf-8", newline="\n") if args.jsonl else None
    written, count = 0, 0
    while written < limit:
        base = articles[rng.randrange(len(articles))]
        others = [a for a in by_outlet[base[0]] if a is not base]
        outlet, stem, title, date, text = variant(rng, base, others, names)
        # The number first: a folder is read in the order of its file names, which is then the
        # order of the JSON Lines file. Named after the source article first, a folder would put
        # an article's variants side by side, and the caches they warm would flatter its speed.
        ident = f"{count:07d}-{stem}"
        if jsonl:
            jsonl.write(json.dumps({"id": ident, "outlet": outlet, "title": title, "date": date,
                                    "text": text}, ensure_ascii=False))
            jsonl.write("\n")
        if args.dir:
            # A thousand files per folder keeps directory listings fast at a million articles;
            # the outlet is in the front matter, not the path, so that the folders are read in
            # the order the articles were made.
            sub = os.path.join(args.dir, f"{count // 1000:04d}")
            if count % 1000 == 0 or not os.path.isdir(sub):
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, ident + ".txt"), "w", encoding="utf-8",
                      newline="\n") as f:
                f.write(f"---\ntitle: {title}\noutlet: {outlet}\ndate: {date}\n---\n{text}")
        written += len(text.encode("utf-8"))
        count += 1
    if jsonl:
        jsonl.close()
    print(f"{count} articles, {written} bytes of text", file=sys.stderr)


if __name__ == "__main__":
    main()
