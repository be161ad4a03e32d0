"""manage.py create_company_site: everything a company needs, once, in one go."""

import contextlib
import threading
from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection, connections

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Revision,
    Site,
    Workflow,
    WorkflowPage,
)

import pytest
from pytest_django.asserts import assertContains

from blog.models import BlogIndexPage
from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage
from labs.models import LabIndexPage
from portal.composition import companies
from portal.composition.companies import create_company_site
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("create_company_site", *args, stdout=out)
    return out.getvalue()


def create_boden():
    return run("--name", "Bodens Bostäder", "--hostname", "boden.example.se")


def test_creates_site_with_swedish_tree_on_its_hostname(client):
    create_boden()
    site = Site.objects.get(hostname="boden.example.se")
    portal = Site.objects.get(is_default_site=True)
    assert site.port == portal.port and site.site_name == "Bodens Bostäder"
    home = site.root_page.specific
    assert isinstance(home, HomePage) and home.live and home.slug == "bodens-bostader"
    children = {page.title: type(page) for page in home.get_children().specific()}
    assert children == {
        "Blogg": BlogIndexPage,
        "Labb": LabIndexPage,
        "Om oss": StandardPage,
        "Kontakt": FormPage,
        "Tillgänglighetsredogörelse": AccessibilityStatementPage,
    }
    assert all(page.live for page in home.get_children())
    response = client.get("/labb/", headers={"host": "boden.example.se:443"})
    assert response.status_code == 200


def test_creates_the_live_english_tree_through_wagtail_localize(locale_en):
    create_boden()
    home = Site.objects.get(hostname="boden.example.se").root_page
    home_en = home.get_translation(locale_en)
    assert home_en.live
    titles = set(home_en.get_children().live().values_list("title", flat=True))
    assert titles == {"Blog", "Labs", "About us", "Contact", "Accessibility statement"}
    contact = FormPage.objects.get(locale=locale_en, slug="contact")
    assert [field.label for field in contact.form_fields.all()] == [
        "Name",
        "E-mail address",
        "Message",
    ]


def test_every_text_of_the_new_tree_reaches_english(locale_en, monkeypatch):
    untranslated = []

    def translate(*args, **kwargs):
        target, missing = real_translate(*args, **kwargs)
        untranslated.extend(missing)
        return target, missing

    real_translate = companies.translate
    monkeypatch.setattr(companies, "translate", translate)
    create_boden()
    assert untranslated == []


def test_creates_an_accessibility_statement_in_both_languages(client, locale_en):
    create_boden()
    statement = AccessibilityStatementPage.objects.get(locale__language_code="sv")
    assert statement.live and statement.organisation_name == "Bodens Bostäder"
    assert statement.service_name == "boden.example.se"
    assert not statement.review_overdue
    english = statement.get_translation(locale_en)
    assert english.live and english.service_name == "boden.example.se"
    assert "has not been assessed yet" in english.assessment_details
    assert "through the contact page" in str(english.accessible_format)
    host = {"host": "boden.example.se:443"}
    home = client.get("/", headers=host).content.decode()
    assert 'href="/tillganglighetsredogorelse/"' in home
    page = client.get("/en/accessibility-statement/", headers=host)
    assert page.status_code == 200
    assert "has not been assessed yet" in page.content.decode()


def test_creates_settings_collections_groups_and_workflow(locale_en):
    output = create_boden()
    site = Site.objects.get(hostname="boden.example.se")
    assert SiteSettings.for_site(site).organisation_name == "Bodens Bostäder"
    collection = Collection.objects.get(name="Bodens Bostäder")
    assert {c.name for c in collection.get_children()} == {"Bilder", "Dokument"}
    editors = Group.objects.get(name="Bodens Bostäder – redaktörer")
    publishers = Group.objects.get(name="Bodens Bostäder – publicerare")
    homes = {site.root_page_id, site.root_page.get_translation(locale_en).pk}

    def page_perms(group):
        rows = GroupPagePermission.objects.filter(group=group)
        assert {row.page_id for row in rows} == homes  # both locale roots
        return {row.permission.codename for row in rows}

    assert page_perms(editors) == {"add_page", "change_page"}
    assert "publish_page" in page_perms(publishers)
    assert set(
        GroupCollectionPermission.objects.filter(group=editors).values_list(
            "collection", flat=True
        )
    ) == {collection.pk}
    assert GroupSitePermission.objects.filter(group=editors, site=site).exists()
    workflow = Workflow.objects.get(name="Granskning hos Bodens Bostäder")
    assert (
        set(
            WorkflowPage.objects.filter(workflow=workflow).values_list(
                "page", flat=True
            )
        )
        == homes
    )
    task = workflow.tasks.get().specific
    assert publishers in task.groups.all() and editors not in task.groups.all()
    assert "Bodens Bostäder – redaktörer" in output


def snapshot():
    models = [
        Page,
        Revision,
        Site,
        SiteSettings,
        Collection,
        Group,
        GroupPagePermission,
        GroupCollectionPermission,
        GroupSitePermission,
        Workflow,
        WorkflowPage,
    ]
    counts = {model.__name__: model.objects.count() for model in models}
    return counts, list(Page.objects.values_list("pk", "path", "latest_revision_id"))


def test_second_run_changes_nothing():
    first = create_boden()
    before = snapshot()
    second = create_boden()
    assert snapshot() == before
    assert "Created" in first and "Already there" in second


def test_second_run_grants_permissions_added_since():
    """Groups of companies created before subscribers were scoped get them."""
    create_boden()
    publishers = Group.objects.get(name="Bodens Bostäder – publicerare")
    publishers.permissions.remove(
        *publishers.permissions.filter(codename__contains="subscriber")
    )
    create_boden()
    codenames = set(publishers.permissions.values_list("codename", flat=True))
    assert {"view_subscriber", "delete_subscriber"} <= codenames
    editors = Group.objects.get(name="Bodens Bostäder – redaktörer")
    assert not editors.permissions.filter(codename__contains="subscriber").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--name", " ", "--hostname", "x.example.se"],
        ["--name", "X", "--hostname", "not a host"],
        ["--name", "X", "--hostname", "x.example.se", "--port", "70000"],
        ["--name", "X", "--hostname", "x.example.se", "--slug", "ä ö"],
    ],
)
def test_bad_arguments_give_a_clear_error_and_create_nothing(args):
    pages = Page.objects.count()
    with pytest.raises(CommandError):
        run(*args)
    assert Page.objects.count() == pages
    assert not Site.objects.filter(hostname="x.example.se").exists()


def assert_consistent_tree():
    """Treebeard's invariants: unique paths, numchild matching real children."""
    paths = list(Page.objects.values_list("path", flat=True))
    assert len(paths) == len(set(paths))
    for page in Page.objects.all():
        assert page.numchild == Page.objects.child_of(page).count(), page.title
    assert Page.find_problems() == ([], [], [], [], [])
    assert Collection.find_problems() == ([], [], [], [], [])


def in_parallel(monkeypatch, *companies_to_create):
    """Create the companies from one thread each; returns the errors raised."""
    errors = []
    # The threads meet just before adding a home page to the root, so without
    # the lock both would decide the site is missing; with it the second waits
    # for the first to commit and the meeting times out.
    meeting = threading.Barrier(len(companies_to_create), timeout=3)
    home_page = companies.home_page

    def home_page_after_meeting(*args):
        with contextlib.suppress(threading.BrokenBarrierError):
            meeting.wait()
        return home_page(*args)

    def create(name, hostname):
        try:
            create_company_site(name, hostname, slug=hostname.split(".")[0])
        except Exception as error:  # noqa: BLE001 -- the test reports it
            errors.append(error)
        finally:
            connections.close_all()

    monkeypatch.setattr(companies, "home_page", home_page_after_meeting)
    threads = [threading.Thread(target=create, args=c) for c in companies_to_create]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def skip_unless_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite cannot write from two connections")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_companies_created_in_parallel_leave_a_consistent_tree(monkeypatch):
    skip_unless_postgres()
    errors = in_parallel(
        monkeypatch, ("Bolag A", "a.example.se"), ("Bolag B", "b.example.se")
    )
    assert errors == []
    assert_consistent_tree()
    for hostname in ("a.example.se", "b.example.se"):
        home = Site.objects.get(hostname=hostname).root_page
        assert home.get_children().count() == 5
        assert home.get_translations().get().get_children().count() == 5


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_company_created_twice_at_once_gets_one_site(monkeypatch):
    skip_unless_postgres()
    errors = in_parallel(
        monkeypatch, ("Bolag A", "a.example.se"), ("Bolag A", "a.example.se")
    )
    assert errors == []
    assert Site.objects.filter(hostname="a.example.se").count() == 1
    assert HomePage.objects.filter(title="Bolag A").count() == 2  # sv and en
    assert Group.objects.filter(name="Bolag A – redaktörer").count() == 1
    assert_consistent_tree()


def test_set_portal_host_moves_the_default_site_and_refuses_a_taken_one(client):
    call_command(
        "create_company_site", name="Bodens Bostäder", hostname="boden.test", port=443
    )
    out = StringIO()
    call_command("set_portal_host", "portal.example.se", stdout=out)
    portal = Site.objects.get(is_default_site=True)
    assert (portal.hostname, portal.port) == ("portal.example.se", 443)
    assert "https://portal.example.se/" in out.getvalue()
    assert client.get("/", HTTP_HOST="portal.example.se").status_code == 200
    with pytest.raises(CommandError, match="(?i)värdnamn"):
        call_command("set_portal_host", "boden.test", stdout=StringIO())
    assert Site.objects.get(is_default_site=True).hostname == "portal.example.se"


def test_sections_but_the_statement_are_in_the_menu_in_both_languages(locale_en):
    create_boden()
    home = Site.objects.get(hostname="boden.example.se").root_page
    for root in (home, home.get_translation(locale_en)):
        in_menu = {page.slug for page in root.get_children().in_menu()}
        assert len(in_menu) == 4
        statement = root.get_children().not_in_menu().get()
        assert isinstance(statement.specific, AccessibilityStatementPage)


def test_port_given_or_the_portals_makes_the_sites_urls(client):
    portal = Site.objects.get(is_default_site=True)
    portal.port = 8000
    portal.save()
    create_boden()
    run("--name", "Lulebo", "--hostname", "lulebo.example.se", "--port", "443")
    boden = Site.objects.get(hostname="boden.example.se")
    assert boden.root_url == "http://boden.example.se:8000"
    assert Site.objects.get(hostname="lulebo.example.se").root_url == (
        "https://lulebo.example.se"
    )
    blog = boden.root_page.get_children().get(slug="blogg")
    assert blog.full_url == "http://boden.example.se:8000/blogg/"


def test_contact_details_given_are_in_the_footer(client):
    run(
        "--name", "Bodens Bostäder", "--hostname", "boden.example.se",
        "--phone", "0921-600 00", "--email", "info@boden.example",
        "--accent-colour", "#00676b",
    )  # fmt: skip
    response = client.get("/", headers={"host": "boden.example.se"})
    assertContains(response, 'href="mailto:info@boden.example"')
    # shown with its sensible wrapping points, not breakable at any letter
    assertContains(response, ">info@<wbr>boden<wbr>.example</a>")
    assertContains(response, "0921-600 00")
    site = Site.objects.get(hostname="boden.example.se")
    assert SiteSettings.for_site(site).accent_colour == "#00676b"


def test_malformed_details_create_nothing():
    with pytest.raises(CommandError):
        run("--name", "X", "--hostname", "x.example.se", "--email", "inte-en-adress")
    with pytest.raises(CommandError):
        run("--name", "X", "--hostname", "x.example.se", "--accent-colour", "#ffff00")
    assert not Site.objects.filter(hostname="x.example.se").exists()
