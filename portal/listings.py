"""Queries for cards that list pages of another app, without importing that app.

Each model's for_cards() joins the card image in; Wagtail keeps renditions in
the default cache, so after the first view a card costs no query of its own.
"""

from django.apps import apps


def posts_under(root):
    """Live, public blog posts below root, newest first, ready to render as cards."""
    post_model = apps.get_model("blog", "BlogPostPage")
    return post_model.objects.live().public().descendant_of(root).for_cards()


def labs_under(root):
    lab_model = apps.get_model("labs", "LabPage")
    return lab_model.objects.live().public().descendant_of(root).for_cards()


def films_under(root):
    video_model = apps.get_model("labs", "VideoPage")
    return video_model.objects.live().public().descendant_of(root).for_cards()


def posts_about(lab):
    """Live, public posts in the lab's language about the lab, newest first.

    Matched by the lab's translation key: wagtail-localize copies a post's lab
    link unchanged, so an English post may still point at the Swedish lab.
    """
    post_model = apps.get_model("blog", "BlogPostPage")
    return (
        post_model.objects.live()
        .public()
        .filter(
            locale_id=lab.locale_id, related_lab__translation_key=lab.translation_key
        )
        .for_cards()
    )
