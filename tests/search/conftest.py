import pytest


@pytest.fixture
def publish():
    """Publish pages as an editor does, so the publish signals index them."""

    def publish_all(*pages):
        for page in pages:
            page.save_revision().publish()
        return pages[0] if len(pages) == 1 else pages

    return publish_all


@pytest.fixture
def company(other_site):
    """A company site whose home has a blog and a lab index."""
    from tests.factories.pages import BlogIndexPageFactory, LabIndexPageFactory

    home = other_site.root_page
    return {
        "site": other_site,
        "home": home,
        "blog": BlogIndexPageFactory(parent=home, slug="blogg"),
        "labs": LabIndexPageFactory(parent=home, slug="labb"),
        "host": other_site.hostname,
    }
