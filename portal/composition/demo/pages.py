"""Page instances from content specs, in two steps.

`new_page` builds the page without the fields that may point at pages created
later (bodies with call-to-action links, related lab, tags), `refill_page` gives
those same fields to a section create_company_site made; `finish_page` fills
the rest in once the whole site exists, and publishes.
"""

import datetime
import uuid

from django.conf import settings
from django.utils import timezone

from blog.models import BlogIndexPage, BlogPostPage, BlogPostPageAuthor
from home.models import (
    AccessibilityStatementPage,
    FormField,
    FormPage,
    HomePage,
    StandardPage,
)
from labs.models import (
    LabIndexPage,
    LabPage,
    LabPageOrganisation,
    VideoIndexPage,
    VideoPage,
    VideoPageCaption,
    VideoPageOrganisation,
    VideoPagePerson,
)

from . import assets
from .blocks import bullet_list, rich_text, stream
from .text import sv


def hero_fields(spec, resolver):
    if "hero" not in spec:
        return {}
    key, alt, *caption = spec["hero"]
    return {
        "hero_image": resolver.image(key),
        "hero_image_alt": sv(alt),
        "hero_image_caption": sv(caption[0]) if caption else "",
    }


def form_fields(spec, resolver):
    fields = [
        FormField(label=sv(label), field_type=kind, required=True, sort_order=index)
        for index, (label, kind) in enumerate(spec["fields"])
    ]
    return {
        "form_fields": fields,
        "thank_you_text": rich_text(spec["thank_you_text"]),
        "to_address": spec["to_address"],
        "from_address": settings.DEFAULT_FROM_EMAIL,
        "subject": sv(spec["subject"]),
    }


def blog_post_fields(spec, resolver):
    authors = [
        BlogPostPageAuthor(person=resolver.person(name), sort_order=index)
        for index, name in enumerate(spec["authors"])
    ]
    return {"date": spec["date"], "authors": authors, **hero_fields(spec, resolver)}


def lab_fields(spec, resolver):
    organisations = [
        LabPageOrganisation(organisation=resolver.organisation(name), sort_order=index)
        for index, name in enumerate(spec["organisations"])
    ]
    return {
        "municipality": spec["municipality"],
        "neighbourhood": sv(spec.get("neighbourhood", "")),
        "goals": bullet_list(spec.get("goals", [])),
        "status": spec["status"],
        "start_date": spec.get("start_date"),
        "end_date": spec.get("end_date"),
        "contact_person": resolver.person(spec["contact"]),
        "organisations": organisations,
        **hero_fields(spec, resolver),
    }


def video_source(spec, resolver):
    """An uploaded film with its caption tracks, or a film on YouTube or Vimeo."""
    if "url" in spec:
        return {
            "video_url": spec["url"],
            "platform_captions_confirmed": spec["platform_captions_confirmed"],
        }
    filename, title = spec["video"]
    captions = [
        VideoPageCaption(
            language=language,
            file=assets.caption_file(caption),
            sort_order=index,
        )
        for index, (language, caption) in enumerate(spec["captions"].items())
    ]
    return {"video_file": resolver.media(filename, title), "captions": captions}


def video_fields(spec, resolver):
    poster_key, poster_alt = spec["poster"]
    return {
        **video_source(spec, resolver),
        "poster_image": resolver.image(poster_key),
        "poster_image_alt": sv(poster_alt),
        "duration": datetime.timedelta(seconds=spec["duration"]),
        "transcript": rich_text(spec["transcript"]),
        "soundtrack_describes_all": spec["soundtrack_describes_all"],
        "featured_people": [
            VideoPagePerson(person=resolver.person(name), sort_order=index)
            for index, name in enumerate(spec["people"])
        ],
        "featured_organisations": [
            VideoPageOrganisation(
                organisation=resolver.organisation(name), sort_order=index
            )
            for index, name in enumerate(spec["organisations"])
        ],
    }


def statement_fields(spec, resolver):
    """A statement assessed a month before seeding, so the demo is not overdue."""
    assessed = timezone.localdate() - datetime.timedelta(days=30)
    items = [
        {
            "type": "item",
            "value": {
                "content": sv(content),
                "reason": sv(reason),
                "criterion": sv(criterion),
                "plan": "",
            },
            "id": str(uuid.uuid4()),
        }
        for content, reason, criterion in spec["inaccessible"]
    ]
    return {
        "organisation_name": spec["organisation"],
        "service_name": spec["service"],
        "compliance": spec["compliance"],
        "inaccessible_content": items,
        "outside_scope": rich_text(spec["outside_scope"]),
        "accessible_format": rich_text(spec["accessible_format"]),
        "assessment_date": assessed,
        "assessment_details": sv(spec["assessment_details"]),
        "last_updated": assessed,
    }


PAGE_TYPES = {
    "home": (HomePage, hero_fields),
    "standard": (StandardPage, hero_fields),
    "form": (FormPage, form_fields),
    "accessibility": (AccessibilityStatementPage, statement_fields),
    "blog_index": (BlogIndexPage, None),
    "lab_index": (LabIndexPage, None),
    "video_index": (VideoIndexPage, None),
    "blog_post": (BlogPostPage, blog_post_fields),
    "lab": (LabPage, lab_fields),
    "video": (VideoPage, video_fields),
}


def page_fields(spec, resolver):
    """The page model and the fields new_page and refill_page set."""
    model, extra = PAGE_TYPES[spec["type"]]
    fields = extra(spec, resolver) if extra else {}
    if "intro" in spec:
        fields["intro"] = rich_text(spec["intro"])
    fields.update(
        title=sv(spec["title"]),
        slug=sv(spec["slug"]),
        show_in_menus=spec.get("menu", False),
    )
    return model, fields


def new_page(spec, resolver):
    """An unsaved, unpublished page; add it to the tree with add_in_order()."""
    model, fields = page_fields(spec, resolver)
    return model(live=False, **fields)


def refill_page(page, spec, resolver):
    """A page create_company_site made, given the spec's fields (not saved)."""
    model, fields = page_fields(spec, resolver)
    if not isinstance(page, model):
        raise TypeError(f"{page.title} is a {type(page).__name__}, not {model}")
    for name, value in fields.items():
        setattr(page, name, value)
    return page


def fill_home(home, spec, resolver):
    """A new home page's picture and intro; its title and slug are the site's."""
    for name, value in hero_fields(spec, resolver).items():
        setattr(home, name, value)
    home.intro = rich_text(spec["intro"])


def add_in_order(parent, page, later_slugs):
    """Add page before the first later sibling that exists, else at the end.

    Menus follow the tree order, and the sections create_company_site made
    exist before the demo adds its own (the film index goes between the labs
    and about us).
    """
    following = parent.get_children().filter(slug__in=later_slugs).first()
    if following is None:
        return parent.add_child(instance=page)
    page = following.add_sibling(pos="left", instance=page)
    # add_child counts the child on parent in memory, add_sibling only in the
    # database; publishing parent later saves its numchild from memory.
    parent.refresh_from_db(fields=["numchild"])
    return page


def place_like_source(translation, source):
    """Move a new translation to its source's place among its siblings.

    wagtail-localize adds a translation as its parent's last child; put it
    before the translation of the source's first later sibling that has one.
    """
    for sibling in source.get_next_siblings():
        following = sibling.get_translation_or_none(translation.locale)
        if following is None:
            continue
        next_sibling = translation.get_next_sibling()
        if next_sibling is None or next_sibling.pk != following.pk:
            translation.move(following, pos="left")
        return


def finish_page(page, spec, resolver, user=None):
    """Fill the fields that link to other pages, then publish the first revision."""
    if "body" in spec:
        page.body = stream(spec["body"], resolver)
        if len(page.body) != len(spec["body"]):  # StreamField drops unknown blocks
            raise ValueError(f"Unknown block type in the body of {page.title}")
    if "key_figures" in spec:
        page.key_figures = stream(
            [("key_figure", *pair) for pair in spec["key_figures"]], resolver
        )
    if spec.get("related_lab"):
        page.related_lab = resolver.page(f"page:{spec['related_lab']}")
    if spec.get("tags"):
        page.tags.add(*[sv(tag) for tag in spec["tags"]])
    page.save_revision(user=user, log_action=True).publish(user=user)
