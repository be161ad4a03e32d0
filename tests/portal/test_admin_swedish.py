"""The Swedish admin is Swedish on the screens editors use.

Each screen is rendered for a company publisher with a Swedish interface. Every
piece of text on it (text nodes and the labels people or screen readers meet)
that is an English source string of Wagtail, wagtail-localize or wagtailmedia
must come out translated: upstream's Swedish catalogues lack some, which the
portal's own (portal/i18n/upstream/locale) supply.
"""

import glob
import re
from html.parser import HTMLParser
from pathlib import Path

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

import wagtail
import wagtail_localize
import wagtailmedia

import polib
import pytest

from portal.composition.companies import create_company_site

pytestmark = pytest.mark.django_db

PACKAGES = [
    Path(package.__file__).parent
    for package in (wagtail, wagtail_localize, wagtailmedia)
]
# Read the same in Swedish (names, abbreviations, words Swedish borrowed).
SAME_IN_SWEDISH = {
    "Status",
    "Media",
    "Port",
    "Logo",
    "Ok",
    "OK",
    "Wagtail",
    "URL",
    "ID",
    "Alt",
    "Audio",
    "Video",
    "E-post",
}


def source_strings():
    """{msgid: msgctxt} of the packages' English catalogues (their source)."""
    strings = {}
    for package in PACKAGES:
        pattern = str(package / "**" / "locale" / "en" / "LC_MESSAGES" / "django.po")
        for path in glob.glob(pattern, recursive=True):
            for entry in polib.pofile(path):
                if (
                    not entry.obsolete
                    and "%" not in entry.msgid
                    and "{" not in entry.msgid
                ):
                    strings[entry.msgid] = entry.msgctxt
    return strings


SOURCE = source_strings()


class ScreenText(HTMLParser):
    """Text nodes and labelling attributes outside scripts and styles."""

    ATTRIBUTES = {
        "aria-label",
        "title",
        "placeholder",
        "alt",
        "data-w-progress-active-value",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style", "template"}:
            self.skipping += 1
        self.parts += [v.strip() for k, v in attrs if k in self.ATTRIBUTES and v]

    def handle_endtag(self, tag):
        if tag in {"script", "style", "template"} and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.parts.append(" ".join(data.split()))


def untranslated(html):
    parser = ScreenText()
    parser.feed(html)
    left = set()
    with translation.override("sv"):
        for part in parser.parts:
            for text in {part, part.rstrip(":.…"), part.rstrip(":")}:
                if text not in SOURCE or text in SAME_IN_SWEDISH:
                    continue
                context = SOURCE[text]
                swedish = (
                    translation.pgettext(context, text)
                    if context
                    else translation.gettext(text)
                )
                if swedish == text:
                    left.add(text)
    return left


@pytest.fixture
def company(home_page):
    return create_company_site("Bodens Bostäder", "boden.example.se", slug="boden")


@pytest.fixture
def publisher(client, company):
    user = get_user_model().objects.create_user("pub", "pub@example.se", "pw")
    user.groups.add(company.access.publishers)
    client.force_login(user)
    return client


def screens(company):
    home = company.home
    blog = home.get_children().get(slug="blogg")
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[home.pk]),
        "create post": reverse(
            "wagtailadmin_pages:add", args=["blog", "blogpostpage", blog.pk]
        ),
        "edit blog": reverse("wagtailadmin_pages:edit", args=[blog.pk]),
        "images": reverse("wagtailimages:index"),
        "add image": reverse("wagtailimages:add"),
        "documents": reverse("wagtaildocs:index"),
        "media": reverse("wagtailmedia:index"),
        "add video": reverse("wagtailmedia:add", args=["video"]),
        "add audio": reverse("wagtailmedia:add", args=["audio"]),
        "people": reverse("wagtailsnippets_portal_person:list"),
        "workflow tasks": reverse("wagtailadmin_home") + "reports/workflow_tasks/",
        "account": reverse("wagtailadmin_account"),
        "search": reverse("wagtailadmin_pages:search") + "?q=blogg",
        "forms": reverse("wagtailforms:index"),
    }


def test_login_page_is_swedish(client, home_page):
    response = client.get(reverse("wagtailadmin_login"))
    assert untranslated(response.content.decode()) == set()


def test_editor_screens_are_swedish(publisher, company):
    left = {}
    for name, url in screens(company).items():
        response = publisher.get(url)
        assert response.status_code == 200, name
        html = response.content.decode()
        found = untranslated(html)
        found |= set(re.findall(r"\((?:home|blog|labs)\.\w+\)", html))
        if found:
            left[name] = sorted(found)
    assert left == {}, "\n".join(f"{k}: {v}" for k, v in left.items())


def test_the_check_finds_english_left_in_the_page(monkeypatch):
    monkeypatch.setitem(SOURCE, "Nobody translated this", None)
    html = "<p>Nobody translated this</p><button aria-label='Add audio'></button>"
    assert untranslated(html) == {"Nobody translated this"}


def test_admin_scripts_speak_swedish(publisher):
    response = publisher.get(reverse("wagtailadmin_javascript_catalog"))
    assert "Sparar automatiskt" in response.content.decode()
