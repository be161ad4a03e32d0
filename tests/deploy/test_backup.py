"""deploy/backup.sh: a dump of a small site restores into a fresh database and
media folder with the same pages and files, on SQLite and (in the PostgreSQL
run) through pg_dump/pg_restore on PostgreSQL."""

import shutil
import sqlite3
import subprocess

import pytest

from tests.deploy.production import (
    ROOT,
    copy_migrated,
    manage,
    on_postgresql,
    postgres_database,
    production_env,
    shell,
)

BASH = shutil.which("bash") or "/bin/bash"
SCRIPT = ROOT / "deploy" / "backup.sh"
ADD_PAGE = """
from wagtail.models import Site
from home.models import StandardPage
home = Site.objects.get(is_default_site=True).root_page
home.add_child(instance=StandardPage(title="Om oss", slug="om-oss"))
"""


def backup(env, *args):
    subprocess.run(  # noqa: S603 - fixed script, arguments from the test
        [BASH, str(SCRIPT), *args], env=env, check=True, capture_output=True
    )


def pages(database):
    with sqlite3.connect(database) as db:
        return db.execute("SELECT path, title FROM wagtailcore_page").fetchall()


def files(folder):
    return {
        (str(path.relative_to(folder)), path.read_bytes())
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_dump_restores_pages_and_media_into_a_fresh_place(tmp_path, migrated):
    source, target = tmp_path / "source", tmp_path / "target"
    source.mkdir()
    target.mkdir()
    copy_migrated(migrated, source)
    env = production_env(source, "portal.example.se")
    shell(env, ADD_PAGE)
    (source / "media" / "original_images").mkdir()
    (source / "media" / "original_images" / "hus.jpg").write_bytes(b"\xff\xd8 hus")
    (source / "media" / "media").mkdir()
    (source / "media" / "media" / "film.mp4").write_bytes(bytes(range(256)))

    backup(env, "dump", str(tmp_path / "backup"))
    fresh = production_env(target, "portal.example.se")
    backup(fresh, "restore", str(tmp_path / "backup"))

    assert pages(target / "db.sqlite3") == pages(source / "db.sqlite3")
    assert any(title == "Om oss" for _path, title in pages(target / "db.sqlite3"))
    assert files(target / "media") == files(source / "media")
    assert len(files(target / "media")) == 2


@pytest.fixture
def postgres_databases():
    """Two fresh databases on the PostgreSQL server the PostgreSQL run uses."""
    if not on_postgresql():
        pytest.skip("runs in the PostgreSQL run: needs DATABASE_URL=postgres://…")
    with postgres_database() as source, postgres_database() as target:
        yield source, target


def postgres_pages(url):
    import psycopg

    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT path, title FROM wagtailcore_page")
        return sorted(rows.fetchall())


def test_postgresql_dump_restores_into_a_fresh_database(tmp_path, postgres_databases):
    source_url, target_url = postgres_databases
    source, target = tmp_path / "source", tmp_path / "target"
    source.mkdir()
    target.mkdir()
    env = production_env(source, "portal.example.se", database=source_url)
    manage(env, "migrate", "--noinput", timeout=600)
    shell(env, ADD_PAGE)
    (source / "media" / "documents").mkdir(parents=True)
    (source / "media" / "documents" / "protokoll.pdf").write_bytes(b"%PDF protokoll")

    backup(env, "dump", str(tmp_path / "backup"))
    assert (tmp_path / "backup" / "database.pgdump").stat().st_size > 0
    fresh = production_env(target, "portal.example.se", database=target_url)
    backup(fresh, "restore", str(tmp_path / "backup"))

    assert postgres_pages(target_url) == postgres_pages(source_url)
    assert any(title == "Om oss" for _path, title in postgres_pages(target_url))
    assert files(target / "media") == files(source / "media")
