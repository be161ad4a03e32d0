"""Every site has an icon: its logo when it has one, else the portal's mark."""

from pathlib import Path

from django.conf import settings as django_settings

import pytest

from portal.models import SiteSettings
from tests.factories.images import ImageFactory

pytestmark = pytest.mark.django_db

MARK = Path(__file__).resolve().parents[2] / "portal/static/portal/img/mark.svg"


def icon_links(response):
    text = response.content.decode()
    return [line.strip() for line in text.splitlines() if 'rel="icon"' in line]


def test_a_site_without_a_logo_shows_the_portals_mark(client, site):
    links = icon_links(client.get("/"))
    assert links == [
        '<link rel="icon" type="image/svg+xml" href="/static/portal/img/mark.svg">'
    ]
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 302
    assert favicon["Location"] == "/static/portal/img/mark.svg"
    assert MARK.read_text().startswith("<svg")


def test_a_site_with_a_logo_uses_it_as_icon_and_touch_icon(
    client, other_site, settings
):
    site_settings = SiteSettings.for_site(other_site)
    site_settings.logo = ImageFactory(title="Södertälje logotyp")
    site_settings.save()
    host = {"headers": {"host": other_site.hostname}}
    response = client.get("/", **host)
    (link,) = icon_links(response)
    url = link.split('href="')[1].split('"')[0]
    assert url.startswith("/media/images/") and url.endswith(".png")
    assert f'<link rel="apple-touch-icon" href="{url}">' in response.content.decode()
    relative = url.removeprefix(django_settings.MEDIA_URL)
    assert (Path(django_settings.MEDIA_ROOT) / relative).is_file()
    favicon = client.get("/favicon.ico", **host)
    assert favicon.status_code == 302 and favicon["Location"] == url
    # The umbrella portal keeps its own mark.
    assert "mark.svg" in client.get("/favicon.ico")["Location"]
