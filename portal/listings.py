"""Queries for cards that list pages of another app, without importing that app."""

from django.apps import apps
from django.db.models import Prefetch

from wagtail.images import get_image_model

CARD_IMAGE_SPEC = "fill-640x360"


def card_images(field="hero_image"):
    """Card images with their renditions in one query, however many cards."""
    return Prefetch(
        field, queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
    )


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
