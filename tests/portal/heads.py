"""Reading a page's head in the sharing tests: meta tags, links and JSON-LD."""

import json
from html.parser import HTMLParser

from portal.models import SiteSettings
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FormPageFactory,
    LabIndexPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)

HOST = "sodertalje.localhost"


class Head(HTMLParser):
    """The <meta>, <link rel> and JSON-LD of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self.nonces = {}, [], [], []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.meta.setdefault(key, []).append(attrs["content"])
        if tag == "link" and attrs.get("rel") in {"canonical", "alternate"}:
            self.links.append((attrs["rel"], attrs.get("hreflang"), attrs["href"]))
        self._in_ld = tag == "script" and attrs.get("type") == "application/ld+json"
        if self._in_ld:
            self.nonces.append(attrs.get("nonce"))

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(json.loads(data))
            self._in_ld = False

    def one(self, key):
        (value,) = self.meta[key]
        return value

    def of_type(self, kind):
        (data,) = [data for data in self.json_ld if data["@type"] == kind]
        return data

    @property
    def canonical(self):
        (url,) = [href for rel, _code, href in self.links if rel == "canonical"]
        return url

    @property
    def alternates(self):
        return {code: href for rel, code, href in self.links if code}


def head(response):
    assert response.status_code == 200
    parser = Head()
    parser.feed(response.content.decode())
    return parser


def get(client, page, query="", host=None):
    url = page.get_url_parts()[2] + query
    return head(client.get(url, HTTP_HOST=host) if host else client.get(url))


def make_company(other_site):
    """Södertälje's site with a logo, an organisation number and social links."""
    settings = SiteSettings.for_site(other_site)
    settings.organisation_name = "Telge Bostäder"
    settings.org_number = "556000-1234"
    settings.logo = ImageFactory(title="Logga")
    settings.facebook = "https://facebook.com/telge"
    settings.save()
    return other_site


def page_of_each_type(home):
    blog = BlogIndexPageFactory(parent=home, slug="blogg")
    lab = LabPageFactory(parent=LabIndexPageFactory(parent=home))
    return {
        "home": (home, "website"),
        "blog index": (blog, "website"),
        "post": (BlogPostPageFactory(parent=blog), "article"),
        "lab index": (lab.get_parent().specific, "website"),
        "lab": (lab, "website"),
        "film": (VideoPageFactory(parent=lab), "website"),
        "film index": (VideoIndexPageFactory(parent=home), "website"),
        "standard": (StandardPageFactory(parent=home), "website"),
        "form": (FormPageFactory(parent=home), "website"),
    }
