"""Names: keys and similarity for matching one actor's spellings across documents.

Transliterated names vary in vowels, doubled letters and digraphs (Hifter, Haftar, Hiftar;
Gadhafi, Qaddafi, Gaddafi); news copy adds titles ("Gen.", "Prime Minister") and articles
("al-Thinni", "Thinni"). ``skeleton`` maps such variants to one key; ``similarity`` scores what
the key misses (Malteeq, Maiteeq).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TITLES = {"gen", "general", "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain", "adm",
          "admiral", "field", "marshal", "sgt", "sergeant", "president", "prime", "minister", "premier", "mr",
          "mrs", "ms", "dr", "prof", "sheikh", "shaykh", "sen", "senator", "rep", "gov", "governor", "king",
          "queen", "prince", "emir", "sultan", "imam", "ayatollah", "former", "retired", "self-styled", "the",
          # honorifics of clergy and knighthood the news puts before a name ("Mullah Baradar",
          # "Cardinal Parolin", "Sir Keir Starmer")
          "mullah", "mawlawi", "maulvi", "maulana", "hojatoleslam", "cardinal", "archbishop", "bishop", "rabbi",
          "reverend", "rev", "sir", "dame"}
PARTICLES = {"al", "el", "ul", "bin", "ibn", "ben", "bint", "de", "da", "van", "von", "der"}
DIGRAPHS = (("kh", "h"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("sh", "s"), ("ph", "f"), ("ch", "s"),
            ("ck", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"))
LETTERS = str.maketrans({"q": "k", "c": "k", "g": "k", "y": "i", "w": "u", "z": "s", "j": "k", "x": "ks",
                         "v": "f", "p": "b", "e": "i", "o": "u"})


# letters Unicode does not decompose into a base letter and a mark, as names are written in
# ASCII ("Kılıçdaroğlu" Kilicdaroglu, "Michał" Michal, "Đukanović" Djukanovic, "Søren" Soren)
UNDECOMPOSED = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "dj", "Đ": "Dj",
                              "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe",
                              "Œ": "Oe", "ß": "ss", "ħ": "h", "Ħ": "H"})
POSSESSIVE_END = re.compile(r"'s$")
NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case ASCII letters, digits and single spaces (cached: the same names and words come
    back in every document)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    text = text.replace("’", "'").replace("'s ", " ")
    text = POSSESSIVE_END.sub("", text)
    return NOT_ALNUM.sub(" ", text).strip()


def name_words(name: str) -> list[str]:
    """The words of a name without titles, particles or a leading article. A particle ends no
    name: a last word is a name's own ("Li Bin", "Zhu De")."""
    words = [w for w in fold(name).replace(" s ", " ").split() if w]
    while words and words[0] in TITLES:
        words = words[1:]
    return [w for i, w in enumerate(words) if w not in PARTICLES or i == len(words) - 1] or words


@lru_cache(maxsize=65536)
def skeleton_word(word: str) -> str:
    """One word's transliteration key: first letter kept, digraphs and letter classes merged,
    inner vowels and doubled letters dropped."""
    w = word
    for a, b in DIGRAPHS:
        w = w.replace(a, b)
    if not w:
        return ""
    first, rest = w[0].translate(LETTERS), w[1:].translate(LETTERS)
    rest = re.sub(r"[aeiouh]", "", rest)
    out = first + rest
    return re.sub(r"(.)\1+", r"\1", out)


def skeleton(name: str) -> str:
    return " ".join(skeleton_word(w) for w in name_words(name))


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two strings (1.0 equal, 0.0 nothing in common)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(0, max(len(a), len(b)) // 2 - 1)
    a_hit, b_hit = [False] * len(a), [False] * len(b)
    matches = 0
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not b_hit[j] and b[j] == ch:
                a_hit[i] = b_hit[j] = True
                matches += 1
                break
    if not matches:
        return 0.0
    a_m = [ch for ch, hit in zip(a, a_hit) if hit]
    b_m = [ch for ch, hit in zip(b, b_hit) if hit]
    transpositions = sum(x != y for x, y in zip(a_m, b_m)) / 2
    jaro = (matches / len(a) + matches / len(b) + (matches - transpositions) / matches) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def word_match(a: str, b: str) -> float:
    """How well two name words match: 1.0 same key, the Jaro-Winkler score above 0.88, an initial
    against a name 0.8, else 0."""
    if a == b or skeleton_word(a) == skeleton_word(b):
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.8 if a[0] == b[0] else 0.0
    score = jaro_winkler(a, b)
    return score if score >= 0.88 and min(len(a), len(b)) >= 4 else 0.0


def spelled_alike(a: str, b: str) -> bool:
    """Whether two name words are one name written otherwise: one transliteration key and close
    as strings ("Hifter", "Haftar"; "Gaddafi", "Qaddafi"), or very close ("Ukhnaagiin",
    "Ukhnaa"); not two words that only share letter classes ("East", "Issiat")."""
    if a == b:
        return True
    score = jaro_winkler(a, b)
    return score >= 0.75 and skeleton_word(a) == skeleton_word(b) or score >= 0.88 and min(len(a), len(b)) >= 4


def likeness(a: list[str], b: list[str]) -> float:
    """How alike two names are when they have the same words, each spelled alike, in any order
    ("Ukhnaagiin Khurelsukh", "Khurelsukh Ukhnaa": a Mongolian name is written both ways): the
    mean string similarity of the paired words; 0.0 when they are not such names."""
    if len(a) != len(b) or not a:
        return 0.0
    rest, total = list(b), 0.0
    for w in sorted(a, key=lambda w: w not in rest):  # the exact words first
        match = next((x for x in rest if spelled_alike(w, x)), None)
        if match is None:
            return 0.0
        rest.remove(match)
        total += jaro_winkler(w, match)
    return total / len(a)


def acronym(name: str) -> str:
    """"National Front for the Salvation of Libya" -> "nfsl"."""
    words = [w for w in fold(name).split() if w not in ("the", "of", "for", "and", "in", "on", "de", "la")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""
