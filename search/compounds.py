"""Split Swedish compounds into their parts with the Hunspell Swedish word list.

Swedish writes "bostadsområdet" as one word; a reader may type "området",
"bostad", or "bostad område". PostgreSQL's Snowball stemmer keeps the whole
word as one lexeme, so the index also holds each compound's parts and a
compound in a query also searches for its parts standing apart.

The word list is the `hunspell-sv` package's sv_SE.dic/.aff (installed with the
portal; `SEARCH_HUNSPELL_SV` names another path without the extension, e.g.
Debian's /usr/share/hunspell/sv_SE). Its compound flags say which words may
begin a compound (COMPOUNDBEGIN, with the suffix rules that make linking
forms: bostad → "bostads") and which may end one (COMPOUNDEND, with their
inflections: område → "området"). Loaded once per process, on first use.
Without the word list nothing is split and search works as before.
"""

import functools
import logging
import re
import sys
import sysconfig
from pathlib import Path

from django.conf import settings

__all__ = ["available", "indexed_parts", "lemmas", "parts", "split"]

logger = logging.getLogger(__name__)
MIN_PART = 3  # shorter parts ("bo", "ur") split too much
MIN_WORD = 2 * MIN_PART
MAX_PARTS = 4  # the word list's COMPOUNDWORDMAX


def candidate_paths():
    configured = getattr(settings, "SEARCH_HUNSPELL_SV", "")
    if configured:
        yield Path(configured)
    for prefix in {sysconfig.get_path("data"), sys.prefix, sys.base_prefix}:
        yield Path(prefix) / "share" / "hunspell" / "sv_SE"
    yield Path("/usr/share/hunspell/sv_SE")


class WordList:
    """The forms that begin and the stems that end Swedish compounds."""

    def __init__(self, base):
        self.begin = {}  # form -> the stem it comes from: "bostads" -> "bostad"
        self.end = {}  # stem -> its affix flags: "område" -> "ACEfFvY"
        self.suffixes = {}  # added ending -> [(flag, stripped, condition)]
        rules, flags = self.read_affixes(base.with_suffix(".aff"))
        self.read_words(base.with_suffix(".dic"), rules, flags)

    def read_affixes(self, path):
        flags = {"COMPOUNDBEGIN": "X", "COMPOUNDEND": "Y", "COMPOUNDMIDDLE": "U"}
        rules = {}  # flag -> [(strip, add, continuation, condition)]
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) == 2 and fields[0] in flags:
                flags[fields[0]] = fields[1]
            elif len(fields) >= 5 and fields[0] == "SFX":
                _sfx, flag, strip, add, condition = fields[:5]
                add, _slash, continuation = add.partition("/")
                strip = "" if strip == "0" else strip
                add = "" if add == "0" else add
                pattern = re.compile(f"{condition}$")
                rules.setdefault(flag, []).append((strip, add, continuation, pattern))
        return rules, flags

    def read_words(self, path, rules, flags):
        begins = {flags["COMPOUNDBEGIN"], flags["COMPOUNDMIDDLE"]}
        with path.open(encoding="utf-8") as lines:
            next(lines)  # the word count
            for line in lines:
                stem, _slash, word_flags = line.strip().partition("/")
                if len(stem) < MIN_PART or not stem.isalpha() or not stem.islower():
                    continue
                if begins & set(word_flags):
                    self.begin.setdefault(stem, stem)
                if flags["COMPOUNDEND"] in word_flags:
                    self.end[stem] = word_flags
                for form in linking_forms(stem, word_flags, rules, begins):
                    self.begin.setdefault(form, stem)
        for flag, entries in rules.items():
            for strip, add, continuation, condition in entries:
                if not {flags["COMPOUNDBEGIN"]} & set(continuation):
                    self.suffixes.setdefault(add, []).append((flag, strip, condition))

    def ends(self, tail):
        """Is tail a word that may end a compound, as it is or inflected?"""
        if tail in self.end:
            return True
        for cut in range(1, len(tail) - MIN_PART + 1):
            for flag, strip, condition in self.suffixes.get(tail[-cut:], ()):
                stem = tail[:-cut] + strip
                word_flags = self.end.get(stem)
                if word_flags and flag in word_flags and condition.search(stem):
                    return True
        return False


def linking_forms(stem, word_flags, rules, begins):
    """Forms of stem its suffix rules allow at a compound's start: "bostads"."""
    for flag in word_flags:
        for strip, add, continuation, condition in rules.get(flag, ()):
            usable = begins & set(continuation) and stem.endswith(strip)
            if usable and condition.search(stem):
                yield stem[: len(stem) - len(strip)] + add


@functools.cache
def word_list():
    for base in candidate_paths():
        if base.with_suffix(".dic").exists() and base.with_suffix(".aff").exists():
            return WordList(base)
    logger.warning("No Swedish Hunspell word list found: compounds are not split.")
    return None


def available():
    return word_list() is not None


@functools.lru_cache(maxsize=200_000)
def split(word):
    """The parts of a case-folded Swedish compound, e.g. ("bostads", "området").

    The split with the fewest parts wins (then the longest first part); a word
    that is no compound gives ().
    """
    words = word_list()
    if words is None or len(word) < MIN_WORD or not word.isalpha():
        return ()
    # A word the list knows whole splits only into longer parts: "ungdomar" is
    # no "ung" + "domar", but "sommarjobb" is "sommar" + "jobb".
    shortest = MIN_PART + 1 if words.ends(word) else MIN_PART
    return _split(words, word, MAX_PARTS, shortest) or ()


def _split(words, word, allowed, shortest=MIN_PART):
    best = None
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        if head not in words.begin or len(head) < shortest:
            continue
        if words.ends(tail):
            return (head, tail)  # two parts: nothing splits in fewer
        if allowed > 2 and best is None:
            rest = _split(words, tail, allowed - 1)
            if rest:
                best = (head, *rest)
    return best


def parts(word):
    """Every part of word worth indexing: each part and the parts of its head.

    "solcellsanläggningen" -> ["solcell", "sol", "cell", "anläggningen"]:
    linking forms are indexed as their stems ("solcells" -> "solcell").
    """
    found = []
    for index, part in enumerate(split(word)):
        last = index == len(split(word)) - 1
        stem = part if last else word_list().begin.get(part, part)
        found.append(stem)
        found.extend(parts(stem))
    return found


def lemmas(word):
    """The first-level parts as a query searches them: linking forms as stems.

    "bostadsområdet" -> ["bostad", "området"]; () for a word that is no compound.
    """
    found = split(word)
    if not found:
        return ()
    begin = word_list().begin
    return (*(begin.get(part, part) for part in found[:-1]), found[-1])


WORD = re.compile(r"[^\W_]+")


def indexed_parts(text):
    """The parts of text's compounds, once each, space-separated (for the index)."""
    seen = {}
    for word in WORD.findall(text.casefold()):
        for part in parts(word):
            seen.setdefault(part)
    return " ".join(seen)
