"""The excerpt under a search result: the passage that best matches, cut at words.

Built in Python for every database, so PostgreSQL and SQLite show the same
excerpt: the text's words are matched the way the database matched them (the
Snowball stem of the page's language begins with the stem of what was typed,
or a part of a compound does), the window of words holding the most distinct
query words wins (the earliest on a tie), and it is cut only between words.
"""

import functools
import re
from collections import Counter

from django.utils.html import escape
from django.utils.safestring import mark_safe

import snowballstemmer

__all__ = ["excerpt", "keyer"]

WORD = re.compile(r"[^\W_]+")
WINDOW = 32  # words shown
CONTEXT_BEFORE = 6  # words kept before the first match in the window
STEMMERS = {"sv": "swedish", "en": "english"}


@functools.cache
def _stemmer(language):
    name = STEMMERS.get(language)
    return snowballstemmer.stemmer(name) if name else None


@functools.lru_cache(maxsize=65536)
def stem(word, language):
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def best_window(keys):
    """Start of the WINDOW words holding the most distinct matches (keys not None).

    A sliding count: linear in the text's length.
    """
    counts, matched = Counter(), 0
    best, best_score = 0, (0, 0)
    for index, key in enumerate(keys):
        if key is not None:
            counts[key] += 1
            matched += 1
        leaving = index - WINDOW
        if leaving >= 0 and keys[leaving] is not None:
            counts[keys[leaving]] -= 1
            matched -= 1
            if not counts[keys[leaving]]:
                del counts[keys[leaving]]
        score = (len(counts), matched)
        if score > best_score:
            best, best_score = max(0, index - WINDOW + 1), score
    return best


def excerpt(text, bases, language, parts=None):
    """Escaped HTML: the best passage of text, matches in <mark>, cut at words."""
    found = list(WORD.finditer(text))
    if not found:
        return ""
    key_of = keyer(bases, language, parts)
    keys = [key_of(m[0].casefold()) for m in found]
    start = 0
    if any(key is not None for key in keys):
        window = best_window(keys)
        first = next(i for i in range(window, len(keys)) if keys[i] is not None)
        start = max(0, first - CONTEXT_BEFORE)
    end = min(len(found), start + WINDOW)
    begin_char = 0 if start == 0 else found[start].start()
    end_char = len(text) if end == len(found) else found[end - 1].end()
    parts_html, position = [], begin_char
    for index in range(start, end):
        if keys[index] is not None:
            a, b = found[index].span()
            parts_html.append(escape(text[position:a]))
            parts_html.append(f"<mark>{escape(text[a:b])}</mark>")
            position = b
    parts_html.append(escape(text[position:end_char]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(found) else ""
    return mark_safe(prefix + "".join(parts_html).strip() + suffix)  # noqa: S308


def keyer(bases, language, parts=None):
    """A function word -> the query base the (case-folded) word matches, or None.

    parts, if given, maps a word to its compound parts (search.compounds). The
    key tells distinct query words apart (best_window): the longest base the
    word or its stem begins with, the first typed on a tie. One keyer serves
    every result of a page (and the next reader's same query): its answers per
    word are kept. Both caches are small on purpose: every word kept costs a
    process about 150 bytes for as long as it lives, and a page's ten texts
    hold a few thousand words.
    """
    return _keyer(tuple(dict.fromkeys(base for base in bases if base)), language, parts)


@functools.lru_cache(maxsize=64)
def _keyer(bases, language, parts):
    stems = [stem(base, language) for base in bases]
    prefixes = tuple({*bases, *stems})
    longest_first = sorted(
        zip(bases, stems, strict=True), key=lambda pair: -len(pair[0])
    )

    def matches(word, word_stem):
        if word.startswith(prefixes) or word_stem.startswith(prefixes):
            return True
        if parts is None:
            return False
        return any(
            part.startswith(prefixes) or stem(part, language).startswith(prefixes)
            for part in parts(word)
        )

    @functools.lru_cache(maxsize=2048)
    def key(word):
        word_stem = stem(word, language)
        if not matches(word, word_stem):
            return None
        for base, base_stem in longest_first:
            if word.startswith(base) or word_stem.startswith(base_stem):
                return base
        return word

    return key
