"""Queries that must not read every page as the portal grows, on SQLite.

SQLite keeps no statistics unless ANALYZE runs, so it picks an index by the
shape of a query alone: a LIKE 'path%' or a language's index reads every page
or search row of the portal (what made the lab, post and search pages slower
at seed_scale size). PostgreSQL plans by statistics; the benchmark at scale
(bench/pages.sh --scale, bench/search_bench.py) covers it.
"""

from django.db import connection

import pytest

from blog.models import BlogPostPage
from blog.neighbours import blog_posts
from search.scope import scope_for
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "sqlite", reason="SQLite's planner without statistics"
    ),
]


def plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return [row[3] for row in cursor.fetchall()]


def reads_every_row(steps, table):
    """A full scan of table, or a walk of an index on a column most rows share."""
    return any(
        step.startswith(f"SCAN {table}")
        or (table in step and ("(locale_id=?)" in step or "(language=?)" in step))
        for step in steps
    )


def test_a_labs_posts_are_found_by_their_link(home_page):
    lab = LabPageFactory(parent=home_page)
    steps = plan(BlogPostPage.objects.about(lab))
    assert "blog_blogpostpage_related_lab_id" in " ".join(steps), steps
    assert not reads_every_row(steps, "wagtailcore_page"), steps


def test_a_posts_neighbours_are_found_by_the_tree_path(home_page):
    post = BlogPostPageFactory(parent=BlogIndexPageFactory(parent=home_page))
    steps = plan(blog_posts(post).order_by("-date"))
    assert any("(path>? AND path<?)" in step for step in steps), steps
    assert not reads_every_row(steps, "wagtailcore_page"), steps


def test_a_company_search_reads_its_own_sites_rows(site, other_site):
    steps = plan(scope_for(other_site, "sv").entries())
    assert any("(site_id=?)" in step for step in steps), steps
    assert not reads_every_row(steps, "search_searchentry"), steps
