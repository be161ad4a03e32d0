from django.core.exceptions import ValidationError

import pytest
from pytest_django.asserts import assertContains

from portal.models import SiteSettings
from portal.models.colours import contrast_ratio, validate_accent_colour

pytestmark = pytest.mark.django_db


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, 0.01)


@pytest.mark.parametrize("colour", ["#00676b", "#1d4f91", "#8a1538"])
def test_dark_accent_colours_are_accepted(colour):
    validate_accent_colour(colour)


@pytest.mark.parametrize("colour", ["#ffcc00", "#7fbf7f", "#777777", "teal", "#12345"])
def test_light_or_malformed_accent_colours_are_refused(colour):
    with pytest.raises(ValidationError):
        validate_accent_colour(colour)


def test_site_accent_colour_is_set_on_every_page(client, site):
    settings = SiteSettings.for_site(site)
    settings.accent_colour = "#1d4f91"
    settings.full_clean()
    settings.save()
    assertContains(client.get("/"), "--accent: #1d4f91;")
