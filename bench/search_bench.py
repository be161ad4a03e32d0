# ruff: noqa: T201, S311, SIM905 - a command-line report with seeded, non-secret data
"""Benchmark search at scale on PostgreSQL: result pages, autocomplete, typos.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \
        .venv/bin/python bench/search_bench.py [--posts 20000] [--companies 50]

Creates the database if it is missing, migrates it, and loads N synthetic posts
across the companies, half Swedish and half English, with Swedish compounds in
the text. Publishing 20,000 pages through Wagtail takes hours, so only the
sites' homes and blogs are real pages; the posts are bulk-inserted page rows
plus their search rows, whose compound parts, vectors and word lists are
computed exactly as the index does. Then, in-process, it times per kind of
query (single words, compounds, two words, typos) the result page's work as
the view does it (scope, synonyms, count, ten ranked rows and their excerpts;
for a typo the "Menade du" suggestion as well) and the autocomplete's query,
and prints p50 and p95. Targets: p95 ≤ 20 ms result pages, ≤ 10 ms
autocomplete.
"""

import argparse
import gc
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/portal_bench"
SV = (
    "hyresgäst hyresgästerna bostadsbolag bostadsbolagets integration labbet "
    "labben kortfilm kortfilmer samverkan trygghet grannar föreningar kommunen "
    "renovering energi solceller odling mötesplats boende kvarteret ungdomar "
    "sommarjobb språkcafé nyanlända arbete utbildning fastighet lägenheter "
    "bostadsområdet solcellsanläggningen grannsamverkan hyresgästföreningen "
    "innovationslabbet trygghetsvandring"
).split()
# What readers type: parts of compounds, and compounds whose parts the text
# also has standing apart.
COMPOUND_QUERIES = (
    "området anläggningen samverkan föreningen labbet vandring "
    "bostadsområde grannsamverkan solcellsanläggning hyresgästförening"
).split()
TYPOS = {
    "sv": "hyresgäts samverkn trygghett solcelelr renoveirng kvartert".split(),
    "en": "tennant neighbuors renovaton educaton apartmnets partnreship".split(),
}
EN = (
    "tenant tenants housing company integration lab labs film films partners "
    "partnership safety neighbours associations municipality renovation energy "
    "solar gardening meeting place residents neighbourhood youth summer jobs "
    "language newcomers work education property apartments"
).split()


def ensure_database(url):
    import psycopg

    parts = urlparse(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup_django(url):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def vocabulary(words, rng, size=4000):
    """Theme words mixed into invented filler words, weighted like real text (Zipf)."""
    syllables = "ka lo mi ne su ta ri po ve ga bo lu fe di sa".split()
    filler = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        for _ in range(size)
    }
    vocab = [*words, *sorted(filler)]
    rng.shuffle(vocab)
    return vocab, [1 / (rank + 1) for rank in range(len(vocab))]


def text(words, rng, count):
    vocab, weights = words
    return " ".join(rng.choices(vocab, weights, k=count))


def company_trees(number):
    """(site, {language: blog page}) per company; real pages, made once."""
    from wagtail.models import Locale, Page, Site

    from blog.models import BlogIndexPage
    from home.models import HomePage

    locales = {code: Locale.objects.get(language_code=code) for code in ("sv", "en")}
    root = Page.get_first_root_node()
    trees = []
    for index in range(number):
        hostname = f"bench{index}.localhost"
        site = Site.objects.filter(hostname=hostname).first()
        if site is None:
            key = uuid.uuid4()
            homes = {}
            for code, locale in locales.items():
                homes[code] = root.add_child(
                    instance=HomePage(
                        title=f"Bolag {index}", slug=f"bench-{index}-{code}",
                        locale=locale, translation_key=key,
                    )
                )  # fmt: skip
            site = Site.objects.create(
                hostname=hostname, port=80, root_page=homes["sv"], site_name=hostname
            )
            for code, home in homes.items():
                home.add_child(
                    instance=BlogIndexPage(
                        title="Blogg", slug="blogg", locale=locales[code]
                    )
                )
        blogs = {
            code: BlogIndexPage.objects.get(
                locale=locale, path__startswith=home_path(site, locale)
            )
            for code, locale in locales.items()
        }
        trees.append((site, blogs))
    return trees


def home_path(site, locale):
    return site.root_page.get_translation(locale).path


def load_posts(trees, posts, rng):
    """Bulk-insert post page rows and their search rows under each blog."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction

    from wagtail.models import Page

    from search.indexing import record_words, update_vectors
    from search.models import SearchEntry, SearchWord

    content_type = ContentType.objects.get_for_model(Page)
    languages = {"sv": vocabulary(SV, rng), "en": vocabulary(EN, rng)}
    per_blog = posts // (len(trees) * 2)
    with transaction.atomic():
        SearchEntry.objects.all()._raw_delete("default")
        SearchWord.objects.all()._raw_delete("default")
        for site, blogs in trees:
            for code, blog in blogs.items():
                # The earlier run's rows: plain page rows nothing else refers to.
                old = Page.objects.filter(
                    path__startswith=blog.path, depth__gt=blog.depth
                )
                old._raw_delete(old.db)
                words = languages[code]
                pages = [
                    Page(
                        title=text(words, rng, 5), slug=f"post-{number}",
                        content_type=content_type, locale_id=blog.locale_id,
                        path=Page._get_path(blog.path, blog.depth + 1, number + 1),
                        depth=blog.depth + 1, numchild=0, live=True,
                        url_path=f"{blog.url_path}post-{number}/",
                        translation_key=uuid.uuid4(), draft_title="post",
                    )
                    for number in range(per_blog)
                ]  # fmt: skip
                Page.objects.bulk_create(pages, batch_size=1000)
                Page.objects.filter(pk=blog.pk).update(numchild=per_blog)
                SearchEntry.objects.bulk_create(
                    [entry_for(page, site, code, words, rng) for page in pages],
                    batch_size=1000,
                )
        update_vectors(SearchEntry.objects.all())
        record_words(SearchEntry.objects.all())
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return SearchEntry.objects.count()


def entry_for(page, site, language, words, rng):
    from search.indexing import compound_parts
    from search.models import SearchEntry

    lead, body = text(words, rng, 25), text(words, rng, 250)
    return SearchEntry(
        page=page, language=language, path=page.path, site=site, kind="post",
        date=f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
        title=page.title, lead=lead, body=body,
        parts=compound_parts((page.title, lead, body), language),
    )  # fmt: skip


def typed(kind, language, rng):
    words = SV if language == "sv" else EN
    if kind == "single":
        return rng.choice(words)
    if kind == "two words":
        return " ".join(rng.sample(words, 2))
    if kind == "compound":
        return rng.choice(COMPOUND_QUERIES)
    return rng.choice(TYPOS[language])  # typo


def queries(trees, kind, count, rng):
    """(site or None for the portal, language, text) like readers type them."""
    for _ in range(count):
        language = "sv" if kind == "compound" else rng.choice(("sv", "en"))
        site = rng.choice(trees)[0] if rng.random() < 0.7 else None
        yield site, language, typed(kind, language, rng)


def result_page(site, language, text):
    """The search view's work for a first result page, without the template."""
    from django.core.paginator import Paginator

    from search.query import excerpt, page_results, query_words
    from search.scope import scope_for
    from search.suggestions import suggestion
    from search.synonyms import synonyms_for

    words = query_words(text)
    scope = scope_for(site, language, everywhere=site is None)
    synonyms = synonyms_for(scope)
    page = Paginator(page_results(scope, words, language, "", synonyms), 10).page(1)
    shown = [excerpt(entry, words, language, synonyms) for entry in page]
    if not page.paginator.count:
        suggestion(scope, words)
    return shown


def autocomplete(site, language, text):
    from search.models import MATCH_ONLY_FIELDS
    from search.query import match, query_words
    from search.scope import scope_for

    scope = scope_for(site, language, everywhere=site is None)
    entries = match(scope.entries(), query_words(text), language)
    return list(entries.defer("body", *MATCH_ONLY_FIELDS)[:8])


def measure(trees, kind, count, rng, work):
    timings = []
    for site, language, text in queries(trees, kind, count, rng):
        start = time.perf_counter()
        work(site, language, text)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def report(label, timings, target):
    p50 = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    verdict = "ok" if p95 <= target else f"over the {target} ms target"
    worst = max(timings)
    print(
        f"{label:<34} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
        f"max {worst:6.1f} ms   ({verdict})"
    )
    return p95 <= target


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--companies", type=int, default=50)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument(
        "--keep", action="store_true", help="reuse the rows an earlier run loaded"
    )
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    if not url.startswith("postgres"):
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
    ensure_database(url)
    setup_django(url)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    trees = company_trees(args.companies)
    from search.models import SearchEntry

    loaded = SearchEntry.objects.filter(kind="post").count()
    if not (args.keep and loaded >= args.posts):
        loaded = load_posts(trees, args.posts, rng)
    elif SearchEntry.objects.filter(title_vector__isnull=True).exists():
        from search.indexing import update_vectors

        update_vectors(SearchEntry.objects.all())  # rows from an older schema
    print(f"Loaded {loaded} search rows in {time.perf_counter() - started:.0f} s")
    from search import compounds

    compounds.word_list()  # loaded once per process, before the first search
    # As a server process does (portal/wsgi.py): what it loaded to start stays
    # out of the full garbage collections that would otherwise walk it.
    gc.freeze()
    # Timings on a shared machine mean little without its load (2 cores here).
    print("Load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    ok = True
    for kind in ("single", "compound", "two words", "typo"):
        measure(trees, kind, 20, rng, result_page)  # warm caches and connection
        timings = measure(trees, kind, args.queries, rng, result_page)
        ok &= report(f"Result page, {kind}", timings, 20)
    for kind in ("single", "compound"):
        measure(trees, kind, 20, rng, autocomplete)
        timings = measure(trees, kind, args.queries, rng, autocomplete)
        ok &= report(f"Autocomplete, {kind}", timings, 10)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
