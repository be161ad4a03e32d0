"""The public API per site and language: what each host lists, and its fields.

A company's host lists its own live, public pages in one language (Swedish
unless ?locale=en); the umbrella host lists every company's. Drafts, private
pages and the other company's pages never show, not even by id.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.portal.api_world import A_HOST, B_HOST, UMBRELLA_HOST

pytestmark = pytest.mark.django_db


def api(client, path, host=A_HOST, **params):
    response = client.get(f"/api/v2/{path}", params, HTTP_HOST=host)
    assert response["Content-Type"] == "application/json", response.content
    return response


def items(client, path, host=A_HOST, **params):
    response = api(client, path, host, **params)
    assert response.status_code == 200, response.json()
    return response.json()["items"]


def titles(client, path, host=A_HOST, **params):
    return [item["title"] for item in items(client, path, host, **params)]


def by_title(client, path, title, host=A_HOST, **params):
    (item,) = [
        item for item in items(client, path, host, **params) if item["title"] == title
    ]
    return item


def test_a_company_lists_its_own_posts_newest_first_in_swedish(client, api_content):
    assert titles(client, "posts/") == ["A-nyhet", "Hemlig A-post"]
    english = titles(client, "posts/", locale="en")
    assert english == ["A-news (en)", "Hemlig A-post (en)"]
    assert titles(client, "posts/", B_HOST) == ["B-nyhet", "Hemlig B-post"]
    locales = {item["meta"]["locale"] for item in items(client, "posts/", locale="en")}
    assert locales == {"en"}


def test_the_umbrella_lists_every_company(client, api_content):
    posts = items(client, "posts/", UMBRELLA_HOST, locale="en")
    assert {post["title"] for post in posts} >= {"A-news (en)", "B-news (en)"}
    companies = {post["company"]["name"] for post in posts}
    assert {"Bolag A", "Bolag B"} <= companies
    (news,) = [post for post in posts if post["title"] == "B-news (en)"]
    assert news["meta"]["html_url"].startswith(f"https://{B_HOST}/en/")
    assert news["company"]["html_url"] == f"https://{B_HOST}/en/"


def test_a_post_in_a_listing_has_what_a_news_list_shows(client, api_content):
    post = by_title(client, "posts/", "A-nyhet")
    assert set(post) == {
        "id", "meta", "title", "date", "excerpt", "authors", "tags", "lab",
        "hero_image", "company", "translations",
    }  # fmt: skip
    assert post["date"] == "2024-05-01"
    assert post["excerpt"] == "Håll i och håll ut."
    assert post["authors"] == [
        {
            "name": "A-person",
            "role": "projektansvarig",
            "organisation": "A-organisation",
        }
    ]
    assert post["tags"] == ["a-tagg", "delad-tagg"]
    assert post["lab"]["title"] == "A-labb"
    assert post["lab"]["html_url"] == f"https://{A_HOST}/labb/a-labb/"
    image = post["hero_image"]
    assert image["alt"] == "Deltagare vid en workshop"
    assert [r["width"] for r in image["renditions"]] == [640, 800]  # not upscaled
    assert all(
        r["url"].startswith(f"https://{A_HOST}/media/") for r in image["renditions"]
    )
    (english,) = post["translations"]
    assert english["locale"] == "en" and english["title"] == "A-news (en)"
    assert english["html_url"] == f"https://{A_HOST}/en/blog/a-nyhet/"
    assert post["meta"]["first_published_at"]


def test_an_english_post_shows_its_people_and_lab_in_english(client, api_content):
    post = by_title(client, "posts/", "A-news (en)", locale="en")
    assert post["authors"][0]["role"] == "project lead"
    assert post["lab"]["title"] == "A-lab (en)"
    assert post["lab"]["locale"] == "en"


def test_a_post_in_detail_has_its_body_as_html(client, api_content):
    news = api_content["a"].news["en"]
    post = api(client, f"posts/{news.pk}/").json()
    assert post["title"] == "A-news (en)"
    assert post["meta"]["locale"] == "en"
    assert post["meta"]["parent"]["title"]
    assert post["intro"] == "<p>Håll i och håll ut.</p>"
    assert '<h2 class="block block-heading">Vad vi lärde oss</h2>' in post["body"]
    assert "Sambolivet" in post["body"] and '"type"' not in post["body"]
    same = api(client, f"pages/{news.pk}/").json()
    assert same == post


def test_a_lab_and_its_film(client, api_content):
    lab = by_title(client, "labs/", "A-labb", fields="*")
    assert lab["municipality"] == "Boden" and lab["status"] == "active"
    assert lab["contact_person"]["name"] == "A-person"
    assert lab["organisations"] == [
        {"name": "A-organisation", "website": "https://example.org/"}
    ]
    assert lab["key_figures"] == [{"number": "50", "label": "partner"}]
    assert "<h2" in lab["body"]
    film = by_title(client, "films/", "A-kortfilm (en)", locale="en", fields="*")
    assert film["duration"] == "PT2M5S"
    assert film["lab"]["title"] == "A-lab (en)"
    assert film["transcript"].startswith("<p>Det här är")
    assert (
        film["video"]["embed_url"]
        == "https://www.youtube-nocookie.com/embed/abcDEF12345"
    )
    tracks = {track["language"]: track for track in film["captions"]}
    assert tracks["en"]["default"] and not tracks["sv"]["default"]
    assert tracks["sv"]["url"].startswith(f"https://{A_HOST}/media/captions/a-sv")
    assert tracks["sv"]["url"].endswith(".vtt")


def test_pages_of_every_type_and_by_type(client, api_content):
    every = titles(client, "pages/", limit=50)
    assert "A-labb" in every and "A-nyhet" in every and "A-kortfilm" in every
    typed = titles(client, "pages/", type="blog.BlogPostPage")
    assert sorted(typed) == ["A-nyhet", "Hemlig A-post"]
    posts = items(client, "pages/", type="blog.BlogPostPage", fields="authors")
    assert all("authors" in post for post in posts)


def test_no_drafts_private_or_foreign_pages(client, api_content, world):
    a, b = api_content["a"], api_content["b"]
    for language in ("sv", "en"):
        shown = titles(client, "pages/", limit=50, locale=language)
        assert not [t for t in shown if "utkast" in t or "privat" in t or "B-" in t]
    for page in (a.draft, a.private, b.news["sv"], b.lab["en"], world.b.homes["sv"]):
        for endpoint in ("pages", "posts", "labs", "films"):
            response = api(client, f"{endpoint}/{page.pk}/")
            assert response.status_code == 404, (endpoint, page.title)
    assert api(client, f"pages/{b.news['sv'].pk}/", B_HOST).status_code == 200
    assert api(client, f"pages/{a.private.pk}/", UMBRELLA_HOST).status_code == 404


def test_tree_filters_do_not_reach_another_company(client, api_content, world):
    b_home = world.b.homes["sv"].pk
    for name in ("child_of", "descendant_of", "ancestor_of", "translation_of"):
        response = api(client, "pages/", **{name: b_home})
        assert response.status_code == 400, name
    children = titles(client, "pages/", child_of="root", locale="en")
    assert "Blog" in children or "Blogg" in children
    news = api_content["a"].news["sv"]
    english = titles(client, "posts/", translation_of=news.pk, locale="en")
    assert english == ["A-news (en)"]


def test_images_are_those_the_shown_pages_use(client, api_content, world):
    a, b = api_content["a"], api_content["b"]
    assert titles(client, "images/") == ["A-bild"]
    assert titles(client, "images/", B_HOST) == ["B-bild"]
    assert {"A-bild", "B-bild"} <= set(titles(client, "images/", UMBRELLA_HOST))
    assert api(client, f"images/{b.hero.pk}/").status_code == 404
    assert api(client, f"images/{world.a.image.pk}/").status_code == 404  # unused
    image = api(client, f"images/{a.hero.pk}/").json()
    assert "download_url" not in image["meta"]
    assert image["renditions"][0]["url"].startswith(f"https://{A_HOST}/media/")


def find(client, host=A_HOST, **params):
    return client.get("/api/v2/pages/find/", params, HTTP_HOST=host)


def test_find_by_address_in_either_language(client, api_content):
    english = api_content["a"].news["en"]
    response = find(client, html_path="/en/blog/a-nyhet/")
    assert response.status_code == 302
    assert response["Location"].startswith(
        f"https://{A_HOST}/api/v2/pages/{english.pk}/"
    )
    swedish = find(client, html_path="/blogg/a-nyhet/")
    assert f"/pages/{api_content['a'].news['sv'].pk}/" in swedish["Location"]
    assert find(client, id=english.pk).status_code == 302
    for path in ("/blogg/b-nyhet/", "/en/blog/b-nyhet/", "/sv/blogg/a-nyhet/"):
        assert find(client, html_path=path).status_code == 404, path
    assert find(client, html_path="/blogg/a-utkast/").status_code == 404
    assert find(client, id=api_content["b"].news["sv"].pk).status_code == 404
    assert find(client, B_HOST, html_path="/blogg/b-nyhet/").status_code == 302


@pytest.mark.parametrize(
    "query",
    [
        {"locale": "de"},
        {"locale": ""},
        {"limit": "abc"},
        {"limit": "51"},
        {"limit": "-1"},
        {"offset": "-1"},
        {"offset": "1e3"},
        {"offset": "10001"},
        {"offset": "99999999999999999999999"},
        {"type": "unknown.Model"},
        {"type": "portal.Person"},
        {"type": "nonsense"},
        {"order": "random"},
        {"order": "no_such_field"},
        {"child_of": "abc"},
        {"child_of": "99999999999999999999999"},
        {"descendant_of": "-5"},
        {"id": "99999999999999999999999"},
        {"id": "x"},
        {"slug": "\x00"},
        {"fields": "no_such_field"},
        {"fields": "title("},
        {"fields": "translations(id)"},
        {"site": B_HOST},
        {"search": "Hemlig"},
        {"unknown": "1"},
    ],
)
def test_a_bad_query_is_a_400_with_a_message(client, api_content, query):
    response = api(client, "pages/", **query)
    assert response.status_code == 400, (query, response.content)
    assert response.json()["message"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("posts/", {"date": "not-a-date"}),
        ("posts/", {"date": "2024-13-45"}),
        ("posts/", {"type": "blog.BlogPostPage"}),
        ("labs/", {"start_date": "x"}),
        ("images/", {"width": "wide"}),
        ("images/", {"locale": "en"}),
        ("pages/find/", {"id": "abc"}),
        ("pages/find/", {"id": "99999999999999999999999"}),
        ("posts/1/", {"locale": "xx"}),
    ],
)
def test_bad_queries_on_each_endpoint(client, api_content, path, query):
    response = api(client, path, **query)
    assert response.status_code == 400, (path, query, response.content)
    assert response.json()["message"]


def test_an_id_past_64_bits_is_not_found(client, api_content):
    response = api(client, "pages/99999999999999999999999/")
    assert response.status_code == 404
    assert api(client, "images/99999999999999999999999/").status_code == 404
    assert api(client, "no-such-endpoint/").status_code == 404


def test_a_listing_costs_the_same_queries_whatever_its_length(client, api_content):
    def queries(limit):
        api(client, "posts/", UMBRELLA_HOST, limit=limit, fields="*")  # warm-up
        with CaptureQueriesContext(connection) as captured:
            response = api(client, "posts/", UMBRELLA_HOST, limit=limit, fields="*")
        assert len(response.json()["items"]) == limit
        return len(captured)

    assert queries(1) == queries(4)
