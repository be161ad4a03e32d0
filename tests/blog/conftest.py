"""Fixtures shared by the blog tests."""

import pytest

from tests.factories.pages import BlogIndexPageFactory


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page, title="Blogg", slug="blogg")
