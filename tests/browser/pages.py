"""The demo pages the browser suite visits, derived from the seed_demo content.

Addresses come from the content specs, so they are known at collection time,
before the server runs: one entry per site, language and page type.
"""

from dataclasses import dataclass

from portal.composition.demo.builder import COMPANIES, PORTAL, prepared
from portal.composition.demo.text import Tr

LANGUAGES = ("sv", "en")
SEARCH_WORDS = {"sv": "labb", "en": "lab"}
NO_RESULTS_WORD = "qqxyzzyvvk"
COMPANY_KINDS = (
    "home",
    "blog_index",
    "post",
    "archive",
    "lab_index",
    "lab",
    "film",
    "external_film",  # on the sites that have a film on YouTube or Vimeo
    "about",
    "contact",
    "statement",
    "search",
    "search_empty",
    "not_found",
)
# The umbrella portal has no blog or labs of its own.
PORTAL_KINDS = (
    "home",
    "about",
    "contact",
    "statement",
    "search",
    "search_empty",
    "not_found",
)
MISSING_ROUTES = {}


@dataclass(frozen=True)
class DemoPage:
    site: str
    hostname: str
    language: str
    kind: str
    path: str

    @property
    def id(self):
        return f"{self.site}-{self.language}-{self.kind}"


def slug(spec, language):
    value = spec["slug"]
    return getattr(value, language) if isinstance(value, Tr) else value


def translated(specs):
    return next(spec for spec in specs if spec.get("translate", True))


def page_paths(spec, language):
    """{kind: path} for one site in one language."""
    prefix = "/" if language == "sv" else "/en/"
    search = "/sok/" if language == "sv" else "/en/search/"
    by_key = {page["key"]: page for page in spec["pages"] if "key" in page}

    def under(*specs):
        return prefix + "".join(f"{slug(page, language)}/" for page in specs)

    paths = {
        "home": prefix,
        "about": under(by_key["about"]),
        "contact": under(by_key["contact"]),
        "statement": under(by_key["accessibility"]),
        "search": f"{search}?q={SEARCH_WORDS[language]}",
        "search_empty": f"{search}?q={NO_RESULTS_WORD}",
        "not_found": f"{prefix}finns-inte-{language}/",
    }
    if "blog" in by_key:
        blog, labs = by_key["blog"], by_key["labs"]
        lab = labs["children"][0]
        paths.update(
            blog_index=under(blog),
            archive=under(blog) + "2019/",
            post=under(blog, translated(blog["children"])),
            lab_index=under(labs),
            lab=under(labs, lab),
            film=under(labs, lab, lab["children"][0]),
        )
        external = external_film(labs)
        if external:
            paths["external_film"] = under(labs, *external)
    return paths


def external_film(labs):
    """(lab, film) specs of the first film hosted on a platform, or None."""
    for lab in labs["children"]:
        for film in lab.get("children", []):
            if "url" in film:
                return lab, film
    return None


def demo_pages():
    pages = []
    for spec in [prepared(site) for site in [PORTAL, *COMPANIES]]:
        kinds = PORTAL_KINDS if spec["key"] == "portal" else COMPANY_KINDS
        for language in LANGUAGES:
            paths = page_paths(spec, language)
            pages += [
                DemoPage(spec["key"], spec["hostname"], language, kind, paths[kind])
                for kind in kinds
                if kind in paths
            ]
    return pages


SITES = [(spec["key"], spec["hostname"]) for spec in [PORTAL, *COMPANIES]]
