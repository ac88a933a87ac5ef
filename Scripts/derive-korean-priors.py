#!/usr/bin/env python3
"""Derives the spelling prior of the Korean-name model from real English spellings.

Reads ../shared/data (Wikipedia's surname table with 2015 census counts, Wikipedia's given
names, Wikidata's Latin and Hangul labels of Korean people) and the Korean people of
glossaries/entities/, and writes counts (never copies of the rows) to
glossaries/romanization/prior-surnames.tsv, prior-given.tsv and prior-lengths.tsv.

    python3 Scripts/derive-korean-priors.py [SHARED_DATA_FOLDER]
"""
import collections, csv, glob, os, re, sys, unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
out = os.path.join(root, "glossaries", "romanization")

def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").rstrip("\r") for l in f if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    for l in lines[1:]:
        cells = l.split("\t")
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, cells))

def plain(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("'", "").replace("’", "").lower()

VOWEL = "aeiou"
SYLLABLE = re.compile(r"^(?:[bcdghjklmnprstwy]{0,3})[aeiouwy]*[aeiou]+(?:ng|n|m|l|k|p|t|r|ck|kk|b|g|d|s|h|hn|hm|hl)?$")

def is_syllable(s):
    return bool(SYLLABLE.match(s)) and len(s) <= 6

# --- surnames: Hangul, census population, listed spellings -------------------------------
surname_population = {}
listed = collections.defaultdict(set)   # spelling -> hangul set
for r in rows(os.path.join(shared, "korean-surnames-wikipedia.tsv")):
    h = r["hangul"].strip()
    try:
        pop = int(r["population_2015"].replace(",", "") or 0)
    except ValueError:
        pop = 0
    surname_population[h] = surname_population.get(h, 0) + pop
    for sp in [r["rr"], r["mr"]] + r["other_spellings"].split("|"):
        sp = plain(sp.strip())
        if sp and re.fullmatch(r"[a-z]+", sp):
            listed[sp].add(h)

hangul_labels = {}
for r in rows(os.path.join(shared, "korean-people-wikidata-hangul.tsv")):
    hangul_labels[r["qid"]] = r["name"].strip()

def compound(h):
    return len(h) >= 3 and h[:2] in surname_population

def split_hangul(h):
    """Surname and given syllables of a Hangul name (2–4 syllables)."""
    if compound(h) and len(h) >= 3:
        return h[:2], list(h[2:])
    return h[:1], list(h[1:])

def split_given(tokens):
    out = []
    for t in tokens:
        out += [p for p in re.split(r"[-\s]+", t) if p]
    return [plain(p) for p in out]

surname_counts = collections.defaultdict(float)      # (hangul, spelling)
first_counts = collections.Counter()
later_counts = collections.Counter()
hangul_counts = collections.defaultdict(collections.Counter)   # spelling -> hangul syllable
length_counts = collections.Counter()
names = collections.Counter()    # "surname given-syllables" of each counted person
people = 0

def add_person(surname, given, hangul=None):
    global people
    if not given or not all(is_syllable(g) for g in given):
        return
    hs = None
    if hangul:
        hsur, hgiven = split_hangul(hangul)
        if len(hgiven) == len(given) and hsur in surname_population:
            hs = (hsur, hgiven)
        elif len(given) == 1 and len(hgiven) == 2:
            return   # a given name written as one word: its syllables are unknown here
    if hs is None and len(given) == 1 and not hangul:
        return       # a single given token without Hangul may be two syllables run together
    people += 1
    names[surname + " " + "-".join(given)] += 1
    length_counts[len(given)] += 1
    first_counts[given[0]] += 1
    for g in given[1:]:
        later_counts[g] += 1
    if hs:
        surname_counts[(hs[0], surname)] += 1
        for sp, h in zip(given, hs[1]):
            hangul_counts[sp][h] += 1
    elif surname in listed:
        # The Hangul is unknown: share the person among the surnames this spelling can stand
        # for, by census population.
        options = sorted(listed[surname])
        total = sum(surname_population.get(h, 0) for h in options) or len(options)
        for h in options:
            surname_counts[(h, surname)] += (surname_population.get(h, 0) or 1) / total

for r in rows(os.path.join(shared, "korean-people-wikidata-latin.tsv")):
    tokens = r["name"].split()
    if len(tokens) < 2:
        continue
    first, last = plain(tokens[0]), plain(tokens[-1])
    if first in listed:
        add_person(first, split_given(tokens[1:]), hangul_labels.get(r["qid"]))
    elif last in listed:
        add_person(last, split_given(tokens[:-1]), hangul_labels.get(r["qid"]))

for path in sorted(glob.glob(os.path.join(root, "glossaries", "entities", "people-*.tsv"))):
    for r in rows(path):
        if not r.get("hangul"):
            continue
        tokens = r["english"].split()
        if len(tokens) == 2 and plain(tokens[0]) in listed:
            add_person(plain(tokens[0]), split_given(tokens[1:]), r["hangul"])

given_names = 0
for r in rows(os.path.join(shared, "korean-given-names-wikipedia.tsv")):
    parts = split_given([r["spelling"]])
    h = r["hangul"].strip()
    if len(parts) != len(h) or not all(is_syllable(p) for p in parts):
        continue
    given_names += 1
    length_counts[len(parts)] += 1
    first_counts[parts[0]] += 1
    for p in parts[1:]:
        later_counts[p] += 1
    for sp, hh in zip(parts, h):
        hangul_counts[sp][hh] += 1

# --- write -------------------------------------------------------------------------------
head = ("# Derived by Scripts/derive-korean-priors.py; do not edit by hand. See README.md (SOURCES).\n")
with open(os.path.join(out, "prior-surnames.tsv"), "w", encoding="utf-8") as f:
    f.write(head)
    f.write("# population: 2015 South Korean census (Wikipedia, List of Korean surnames); count: people\n")
    f.write("# with this Hangul surname and this spelling among Wikidata labels and the entity glossaries\n# (a label without Hangul is shared among the surnames its spelling stands for, by population);\n")
    f.write("# listed: 1 when Wikipedia's table gives the spelling for the Hangul.\n")
    f.write("hangul\tspelling\tpopulation\tcount\tlisted\n")
    keys = set(surname_counts)
    for sp, hs in listed.items():
        for h in hs:
            keys.add((h, sp))
    for h, sp in sorted(keys, key=lambda k: (-surname_population.get(k[0], 0), k[0], -surname_counts[k], k[1])):
        f.write(f"{h}\t{sp}\t{surname_population.get(h, 0)}\t{round(surname_counts[(h, sp)], 2):g}\t{1 if h in listed.get(sp, ()) else 0}\n")

with open(os.path.join(out, "prior-given.tsv"), "w", encoding="utf-8") as f:
    f.write(head)
    f.write(f"# first/later: how often the spelling is the first or a later given-name syllable among {people}\n")
    f.write(f"# Korean people (Wikidata labels, entity glossaries) and {given_names} Wikipedia given names;\n")
    f.write("# hangul: the Hangul syllables it stood for where the Hangul was known, with counts.\n")
    f.write("spelling\tfirst\tlater\thangul\n")
    for sp in sorted(set(first_counts) | set(later_counts), key=lambda s: (-(first_counts[s] + later_counts[s]), s)):
        hc = "|".join(f"{h}:{c}" for h, c in sorted(hangul_counts[sp].items(), key=lambda x: (-x[1], x[0])))
        f.write(f"{sp}\t{first_counts[sp]}\t{later_counts[sp]}\t{hc}\n")

with open(os.path.join(out, "prior-lengths.tsv"), "w", encoding="utf-8") as f:
    f.write(head)
    f.write("# given-name length in syllables, counted over the same names as prior-given.tsv\n")
    f.write("syllables\tcount\n")
    for k in sorted(length_counts):
        f.write(f"{k}\t{length_counts[k]}\n")
with open(os.path.join(out, "prior-names.tsv"), "w", encoding="utf-8") as f:
    f.write(head)
    f.write(f"# The whole names of the {people} people counted in prior-given.tsv (surname, then the given\n")
    f.write("# name's syllables joined by hyphens), with how many people bear each.\n")
    f.write("name\tcount\n")
    for n, c in sorted(names.items(), key=lambda x: (-x[1], x[0])):
        f.write(f"{n}\t{c}\n")
print(f"people {people}, given names {given_names}, spellings {len(set(first_counts) | set(later_counts))}, "
      f"surname spellings {len(keys)}, lengths {dict(length_counts)}")
