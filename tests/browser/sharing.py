"""What a page tells search engines and link previews, checked in the browser.

Every JSON-LD block must parse and carry the properties its schema.org type
needs for a rich result; og:image and every image the JSON-LD names must be
absolute and load. Images are fetched by the page itself: the test's host
names (boden.localhost …) resolve in the browser only, and the portal's CSP
refuses page.wait_for_function, so nothing here evaluates strings.
"""

import json
from urllib.parse import urlsplit

# The schema.org types each kind of demo page carries.
EXPECTED_TYPES = {
    "home": {"Organization", "WebSite"},
    "post": {"BlogPosting", "BreadcrumbList"},
    "film": {"VideoObject", "BreadcrumbList"},
    "external_film": {"VideoObject", "BreadcrumbList"},
    # Search results and the 404 page are not shared and not indexed.
    "search": set(),
    "search_empty": set(),
    "not_found": set(),
}
BELOW_HOME = {"BreadcrumbList"}
UNSHARED_KINDS = {"search", "search_empty", "not_found"}

HEAD_JS = """() => {
  const meta = (name) => {
    const el = document.querySelector(`meta[property="${name}"]`);
    return el ? el.content : null;
  };
  const canonical = document.querySelector('link[rel="canonical"]');
  return {
    scripts: [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => script.textContent),
    image: meta("og:image"),
    imageAlt: meta("og:image:alt"),
    canonical: canonical ? canonical.href : null,
  };
}"""

FETCH_JS = """async (url) => {
  const response = await fetch(url);
  return {status: response.status, type: response.headers.get("content-type")};
}"""


def is_absolute(url):
    parts = urlsplit(url or "")
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def organization_problems(data, where):
    problems = []
    if data.get("@type") != "Organization" or not data.get("name"):
        problems.append(f"{where}: not an Organization with a name: {data}")
    if not (data.get("logo") or {}).get("url"):
        problems.append(f"{where}: Organization without a logo url")
    return problems


def blog_posting(data, canonical):
    problems = [] if data.get("headline") else ["BlogPosting without a headline"]
    if not data.get("datePublished"):
        problems.append("BlogPosting without datePublished")
    authors = data.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    if not all(
        isinstance(a, dict) and a.get("@type") == "Person" and a.get("name")
        for a in authors
    ):
        problems.append(f"BlogPosting author is not a Person with a name: {authors}")
    problems += organization_problems(data.get("publisher") or {}, "publisher")
    return problems


def organization(data, canonical):
    problems = organization_problems(data, "Organization")
    if not is_absolute(data.get("url")):
        problems.append(f"Organization url is not absolute: {data.get('url')}")
    return problems


def website(data, canonical):
    action = data.get("potentialAction") or {}
    template = (action.get("target") or {}).get("urlTemplate", "")
    problems = [] if data.get("name") and data.get("url") else ["WebSite name/url"]
    if action.get("@type") != "SearchAction" or "{search_term_string}" not in template:
        problems.append(f"WebSite without a SearchAction: {action}")
    if not is_absolute(template) or not action.get("query-input"):
        problems.append(f"SearchAction target or query-input wrong: {action}")
    return problems


def breadcrumb_list(data, canonical):
    items = data.get("itemListElement") or []
    if len(items) < 2:
        return [f"BreadcrumbList below home with {len(items)} item(s)"]
    problems = []
    for number, item in enumerate(items, start=1):
        if item.get("position") != number or not item.get("name"):
            problems.append(f"breadcrumb {number} without position or name: {item}")
        if not is_absolute(item.get("item")):
            problems.append(f"breadcrumb {number} has no absolute item: {item}")
    if items[-1].get("item") != canonical:
        problems.append(f"last breadcrumb {items[-1].get('item')} is not {canonical}")
    return problems


def video_object(data, canonical):
    missing = [
        name
        for name in ("name", "description", "thumbnailUrl", "uploadDate")
        if not data.get(name)
    ]
    return [f"VideoObject without {', '.join(missing)}"] if missing else []


CHECKS = {
    "BlogPosting": blog_posting,
    "Organization": organization,
    "WebSite": website,
    "BreadcrumbList": breadcrumb_list,
    "VideoObject": video_object,
}


def image_urls(data):
    """Every image address a JSON-LD object names: pictures, logos, thumbnails."""
    urls = []
    for key in ("logo", "image", "thumbnailUrl"):
        value = data.get(key)
        if isinstance(value, str):
            urls.append(value)
        elif isinstance(value, dict) and value.get("url"):
            urls.append(value["url"])
    if isinstance(data.get("publisher"), dict):
        urls += image_urls(data["publisher"])
    return urls


def parse_json_ld(scripts):
    """([objects], problems): each block parsed, as strictly as a crawler does."""
    objects, problems = [], []
    for number, text in enumerate(scripts, start=1):
        try:
            objects.append(json.loads(text))
        except json.JSONDecodeError as error:
            problems.append(f"JSON-LD block {number} does not parse: {error}")
    return objects, problems


def json_ld_problems(head, kind):
    objects, problems = parse_json_ld(head["scripts"])
    types = [data.get("@type") for data in objects]
    expected = EXPECTED_TYPES.get(kind, BELOW_HOME)
    if sorted(types) != sorted(expected):
        problems.append(f"JSON-LD types {types}, expected {sorted(expected)}")
    for data in objects:
        if data.get("@context") != "https://schema.org":
            problems.append(f"{data.get('@type')} without the schema.org @context")
        check = CHECKS.get(data.get("@type"))
        if check is not None:
            problems += check(data, head["canonical"])
    return problems, objects


def image_problems(page, urls):
    problems = []
    for url in dict.fromkeys(urls):
        if not is_absolute(url):
            problems.append(f"image address is not absolute: {url}")
            continue
        answer = page.evaluate(FETCH_JS, url)
        if answer["status"] != 200 or not (answer["type"] or "").startswith("image/"):
            problems.append(f"{url} answers {answer}")
    return problems


def sharing_problems(page, kind):
    """JSON-LD and OpenGraph problems of the page, as lines to report."""
    head = page.evaluate(HEAD_JS)
    problems, objects = json_ld_problems(head, kind)
    urls = [url for data in objects for url in image_urls(data)]
    if head["image"] is not None:
        urls.insert(0, head["image"])
        if not head["imageAlt"]:
            problems.append("og:image without og:image:alt")
    elif kind not in UNSHARED_KINDS:
        problems.append("no og:image")
    return problems + image_problems(page, urls)
