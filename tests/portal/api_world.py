"""What the public API tests read: companies A and B (tests/portal/isolation.py)
with posts, a lab and a film in both languages, and pages the API must not show.

A's Swedish and English post "Hemlig A-post" come with the world; here A gets
a news post with everything a consumer shows (authors, tags, lab, hero image),
a lab with a film, and a draft and a private page that must stay out. B gets
the same kinds of content, all named "B-…" or "Hemlig B…", which no answer on
A's host may contain.
"""

import datetime
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

from labs.models import VideoPageCaption
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogPostPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)

A_HOST = "a.example.se"
B_HOST = "b.example.se"
UMBRELLA_HOST = "localhost"
BODY = [
    {"type": "heading", "value": {"text": "Vad vi lärde oss", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Sambolivet löser sig på vägen.</p>"},
]
WEBVTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHej\n"


@dataclass
class Content:
    """Pages of one company the tests look up: {language: page} each."""

    news: dict
    lab: dict
    film: dict
    draft: object
    private: object
    hero: object


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translated(page, **fields):
    """The English translation published: the draft publishing page made, or
    a new copy (portal.i18n.translation drafts new pages' translations)."""
    english_locale = Locale.objects.get(language_code="en")
    english = page.get_translation_or_none(english_locale)
    if english is None:
        english = page.copy_for_translation(english_locale)
    english = english.specific
    for name, value in fields.items():
        setattr(english, name, value)
    return publish(english)


def add_content(company, letter):
    """A lab with a film, a news post about it, a draft and a private page."""
    home = company.homes["sv"]
    blog = home.get_children().get(slug="blogg")
    labs = home.get_children().get(slug="labb")
    person = company.snippets["person"]
    english_person = person.get_translation(Locale.objects.get(language_code="en"))
    english_person.role = "project lead"
    english_person.save()
    hero = ImageFactory(title=f"{letter}-bild", collection=company.collection)
    lab = publish(
        LabPageFactory(
            parent=labs,
            title=f"{letter}-labb",
            slug=f"{letter.lower()}-labb",
            body=BODY,
            key_figures=[
                {"type": "key_figure", "value": {"number": "50", "label": "partner"}}
            ],
            organisations=[company.snippets["organisation"]],
            contact_person=person,
        )
    )
    film = VideoPageFactory(parent=lab, title=f"{letter}-kortfilm")
    for language in ("sv", "en"):
        VideoPageCaption.objects.create(
            page=film,
            language=language,
            file=ContentFile(WEBVTT, name=f"{letter.lower()}-{language}.vtt"),
        )
    film = publish(film)  # its English draft copies the tracks
    news = publish(
        BlogPostPageFactory(
            parent=blog,
            title=f"{letter}-nyhet",
            slug=f"{letter.lower()}-nyhet",
            date=datetime.date(2024, 5, 1),
            authors=[person],
            tags=[f"{letter.lower()}-tagg", "delad-tagg"],
            related_lab=lab,
            hero_image=hero,
            body=BODY,
        )
    )
    draft = BlogPostPageFactory(
        parent=blog, title=f"{letter}-utkast", slug=f"{letter.lower()}-utkast"
    )
    draft.unpublish()
    private = StandardPageFactory(parent=home, title=f"{letter}-privat", body=[])
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="hemligt"
    )
    english_lab = translated(lab, title=f"{letter}-lab (en)")
    return Content(
        news={"sv": news, "en": translated(news, title=f"{letter}-news (en)")},
        lab={"sv": lab, "en": english_lab},
        film={"sv": film, "en": translated(film, title=f"{letter}-kortfilm (en)")},
        draft=draft,
        private=private,
        hero=hero,
    )


def build(world):
    with translation.override("sv"):
        return {"a": add_content(world.a, "A"), "b": add_content(world.b, "B")}
