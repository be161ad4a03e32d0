from wagtail.models import Page


def translation_links(page):
    """(language code, page) for each published translation of page, itself included.

    Kept on the page object: the switcher and the hreflang links share one query.
    """
    cached = getattr(page, "_portal_translation_links", None)
    if cached is None:
        pages = (
            Page.objects.live()
            .public()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        cached = [(p.locale.language_code, p) for p in pages]
        page._portal_translation_links = cached
    return cached
