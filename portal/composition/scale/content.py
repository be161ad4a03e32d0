"""The fields of one benchmark post, lab or film: (Swedish, English, shared).

Swedish and English dicts hold what a translator would change (title, slug,
text, links to pages of their own language), the shared dict what stays the
same; "_text" is the plain text the search row gets.
"""

import datetime
import uuid

from django.utils import timezone
from django.utils.text import slugify

from taggit.models import Tag

from blog.models import BlogPostPageTag

from . import text


def when(rng, first_year=2015, last_year=2026):
    day = datetime.date(first_year, 1, 1) + datetime.timedelta(
        days=rng.randrange((last_year - first_year) * 365)
    )
    moment = datetime.datetime.combine(day, datetime.time(9, rng.randrange(60)))
    return day, timezone.make_aware(moment)


def slugged(title, rng):
    return f"{slugify(title)}-{rng.randrange(10**6):06d}"


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def body(rng, language, paragraphs, image, alt):
    """A StoryBlock body: paragraphs around an image and a quote."""
    first, second = paragraphs
    return [
        block("paragraph", f"<p>{first}</p>"),
        block("image", {"image": image.pk, "alt_text": alt, "caption": ""}),
        block("paragraph", f"<p>{second}</p>"),
        block(
            "quote",
            {"text": first.split(". ")[0], "attribution": "", "language": ""},
        ),
    ]


def texts(rng):
    """(Swedish title, English title, [2 Swedish paragraphs], [2 English])."""
    title_sv, title_en = text.title_pair(rng)
    pairs = [text.paragraph_pair(rng) for _ in range(2)]
    return title_sv, title_en, [p[0] for p in pairs], [p[1] for p in pairs]


def post_fields(rng, images, lab_pairs):
    title_sv, title_en, sv, en = texts(rng)
    day, moment = when(rng)
    image = rng.choice(images)
    lab = rng.choice(lab_pairs) if lab_pairs and rng.random() < 0.3 else (None, None)
    slug = slugged(title_sv, rng)
    return (
        {
            "title": title_sv, "slug": slug, "intro": f"<p>{sv[0]}</p>",
            "body": body(rng, "sv", sv, image, "Boende i kvarteret"),
            "hero_image_alt": "Boende i kvarteret", "related_lab": lab[0],
            "_text": " ".join(sv),
        },
        {
            "title": title_en, "slug": f"{slug}-en", "intro": f"<p>{en[0]}</p>",
            "body": body(rng, "en", en, image, "Residents in the neighbourhood"),
            "hero_image_alt": "Residents in the neighbourhood",
            "related_lab": lab[1], "_text": " ".join(en),
        },
        {"date": day, "first_published_at": moment, "hero_image": image},
    )  # fmt: skip


def lab_fields(rng, images):
    title_sv, title_en, sv, en = texts(rng)
    town = rng.choice(text.TOWNS)
    day, moment = when(rng, 2015, 2024)
    slug = slugged(f"labbet {title_sv}", rng)
    return (
        {
            "title": f"Labbet: {title_sv}", "slug": slug, "intro": f"<p>{sv[0]}</p>",
            "body": body(rng, "sv", sv, rng.choice(images), "Labbets lokaler"),
            "hero_image_alt": "Labbets lokaler", "_text": " ".join(sv),
        },
        {
            "title": f"The lab: {title_en}", "slug": f"{slug}-en",
            "intro": f"<p>{en[0]}</p>",
            "body": body(rng, "en", en, rng.choice(images), "The lab's premises"),
            "hero_image_alt": "The lab's premises", "_text": " ".join(en),
        },
        {
            "municipality": town, "status": rng.choice(["active", "completed"]),
            "start_date": day, "first_published_at": moment,
            "hero_image": rng.choice(images),
        },
    )  # fmt: skip


def video_fields(rng, images):
    title_sv, title_en, sv, en = texts(rng)
    _day, moment = when(rng, 2018, 2026)
    slug = slugged(f"film {title_sv}", rng)
    return (
        {
            "title": f"Film: {title_sv}", "slug": slug, "intro": f"<p>{sv[0]}</p>",
            "poster_image_alt": "Stillbild ur filmen",
            "transcript": f"<p>{sv[1]}</p>", "_text": " ".join(sv),
        },
        {
            "title": f"Film: {title_en}", "slug": f"{slug}-en",
            "intro": f"<p>{en[0]}</p>",
            "poster_image_alt": "A still from the film",
            "transcript": f"<p>{en[1]}</p>", "_text": " ".join(en),
        },
        {
            "video_url": f"https://www.youtube.com/watch?v={rng.randrange(10**10):010d}",
            "platform_captions_confirmed": True, "soundtrack_describes_all": True,
            "duration": datetime.timedelta(seconds=rng.randrange(60, 400)),
            "poster_image": rng.choice(images), "first_published_at": moment,
        },
    )  # fmt: skip


def tag_posts(pairs, rng):
    """One or two tags per post, the Swedish word on Swedish posts."""
    names = list(dict.fromkeys(name for pair in text.TAGS for name in pair))
    existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    missing = [
        Tag(name=name, slug=slugify(name)) for name in names if name not in existing
    ]
    for tag in Tag.objects.bulk_create(missing):
        existing[tag.name] = tag
    rows = []
    for post_sv, post_en in pairs:
        for sv, en in rng.sample(text.TAGS, rng.choice((1, 2))):
            rows.append(BlogPostPageTag(content_object=post_sv, tag=existing[sv]))
            rows.append(BlogPostPageTag(content_object=post_en, tag=existing[en]))
    BlogPostPageTag.objects.bulk_create(rows, batch_size=500)
