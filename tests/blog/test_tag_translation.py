"""A post's tags are translated with it: the English post carries English tags,
and each language's tag archive lists its own posts."""

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from portal.i18n.translation import start_translation
from tests.factories.pages import BlogPostPageFactory

pytestmark = pytest.mark.django_db

TAGS = {"trygghet": "safety", "boende": "housing"}


@pytest.fixture
def post(blog):
    return BlogPostPageFactory(parent=blog, title="Trygga gårdar", tags=list(TAGS))


@pytest.fixture
def english_blog(blog, home_page_en, translate):
    return translate(blog, title="Blog", slug="blog")


def translate_strings(translation, strings):
    segments = StringSegment.objects.filter(source=translation.source)
    for segment in segments.select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                data=strings[segment.string.data],
            )


def publish_english(post, locale_en, capture, strings):
    (translation,) = start_translation(post, [locale_en])
    translate_strings(translation, strings)
    with capture(execute=True):
        translation.save_target(publish=True)
    return post.get_translation(locale_en)


def test_tags_are_strings_of_the_post_translation(post, english_blog, locale_en):
    (translation,) = start_translation(post, [locale_en])
    tag_segments = StringSegment.objects.filter(
        source=translation.source, context__path__startswith="tags."
    )
    assert {segment.string.data for segment in tag_segments} == set(TAGS)
    assert set(TAGS) <= {entry.msgid for entry in translation.export_po()}


def test_english_post_gets_the_translated_tags(
    client, post, english_blog, locale_en, django_capture_on_commit_callbacks
):
    english = publish_english(post, locale_en, django_capture_on_commit_callbacks, TAGS)
    assert sorted(english.specific.tags.names()) == ["housing", "safety"]
    assert sorted(post.tags.names()) == ["boende", "trygghet"]
    response = client.get(english.url)
    assertContains(response, 'href="/en/blog/tag/safety/"')
    assertNotContains(response, "trygghet")


def test_an_untranslated_tag_stays_as_it_is(
    post, english_blog, locale_en, django_capture_on_commit_callbacks
):
    english = publish_english(
        post, locale_en, django_capture_on_commit_callbacks, {"trygghet": "safety"}
    )
    assert sorted(english.specific.tags.names()) == ["boende", "safety"]


def test_tag_archives_work_in_both_languages(
    client, post, english_blog, locale_en, django_capture_on_commit_callbacks
):
    english = publish_english(post, locale_en, django_capture_on_commit_callbacks, TAGS)
    swedish_archive = client.get("/blogg/tagg/trygghet/")
    assertContains(swedish_archive, post.title)
    english_archive = client.get("/en/blog/tag/safety/")
    assertContains(english_archive, english.title)
    # Each language's word is its own tag: no Swedish post under "safety".
    assert client.get("/blogg/tagg/safety/").status_code == 404
    assert client.get("/en/blog/tag/trygghet/").status_code == 404


def test_a_sync_keeps_the_tag_translations(
    post, english_blog, locale_en, django_capture_on_commit_callbacks
):
    english = publish_english(post, locale_en, django_capture_on_commit_callbacks, TAGS)
    post.tags.add("grannar")
    post.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(post)
    translation = Translation.objects.get(source=source, target_locale=locale_en)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english.refresh_from_db()
    assert sorted(english.specific.tags.names()) == ["grannar", "housing", "safety"]
