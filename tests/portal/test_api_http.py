"""The public API over HTTP: shared caching with ETag and 304, CORS for the
configured origins only, a rate limit per client address, JSON errors."""

import pytest

from tests.factories.pages import BlogPostPageFactory

pytestmark = pytest.mark.django_db

POSTS = "/api/v2/posts/"
ALLOWED = "https://intranet.boden.example"
OTHER = "https://elsewhere.example"


@pytest.fixture
def post(home_page):
    return BlogPostPageFactory(title="Öppna data")


@pytest.fixture
def cors(settings):
    settings.CORS_ALLOWED_ORIGINS = [ALLOWED]


def test_answers_are_public_with_an_etag_and_a_304_on_repeat(client, post):
    first = client.get(POSTS)
    assert first.status_code == 200
    assert first.json()["items"][0]["title"] == "Öppna data"
    cache_control = first["Cache-Control"]
    assert "public" in cache_control and "s-maxage=60" in cache_control
    assert "Cookie" not in first.get("Vary", "") and not first.cookies
    etag = first["ETag"]
    repeat = client.get(POSTS, HTTP_IF_NONE_MATCH=etag)
    assert repeat.status_code == 304 and repeat.content == b""
    english = client.get(POSTS, {"locale": "en"}, HTTP_IF_NONE_MATCH=etag)
    assert english.status_code == 200 and english["ETag"] != etag
    assert english["Content-Language"] == "en"


def test_a_change_gives_a_new_etag(client, post):
    etag = client.get(POSTS)["ETag"]
    post.title = "Öppna data, igen"
    post.save_revision().publish()
    changed = client.get(POSTS, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["items"][0]["title"] == "Öppna data, igen"


def test_a_signed_in_reader_gets_a_private_answer(client, post, admin_user):
    client.force_login(admin_user)
    response = client.get(POSTS)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "Öppna data" in response.content.decode()


def test_head_and_the_schema_are_cached_too(client, post):
    assert client.head(POSTS).status_code == 200
    schema = client.get("/api/v2/schema/")
    assert "s-maxage=60" in schema["Cache-Control"] and schema["ETag"]


def test_only_get_is_answered(client, post):
    for method in (client.post, client.put, client.delete):
        response = method(POSTS)
        assert response.status_code == 405
        assert "GET" in response["Allow"] and "POST" not in response["Allow"]
        assert response.json()["message"]


def test_cors_for_a_configured_origin(client, post, cors):
    response = client.get(POSTS, HTTP_ORIGIN=ALLOWED)
    assert response["Access-Control-Allow-Origin"] == ALLOWED
    assert "origin" in response["Vary"].lower()
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]
    repeat = client.get(POSTS, HTTP_ORIGIN=ALLOWED, HTTP_IF_NONE_MATCH=response["ETag"])
    assert repeat.status_code == 304
    assert repeat["Access-Control-Allow-Origin"] == ALLOWED


def test_no_cors_for_other_origins_or_outside_the_api(client, post, cors):
    response = client.get(POSTS, HTTP_ORIGIN=OTHER)
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    page = client.get("/", HTTP_ORIGIN=ALLOWED)
    assert "Access-Control-Allow-Origin" not in page


def test_no_cors_unless_configured(client, post):
    response = client.get(POSTS, HTTP_ORIGIN=ALLOWED)
    assert "Access-Control-Allow-Origin" not in response


def test_a_preflight_allows_reading_only(client, post, cors):
    response = client.options(
        POSTS,
        HTTP_ORIGIN=ALLOWED,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == ALLOWED
    methods = response["Access-Control-Allow-Methods"]
    assert "GET" in methods and "POST" not in methods
    assert "if-none-match" in response["Access-Control-Allow-Headers"]
    refused = client.options(
        POSTS, HTTP_ORIGIN=OTHER, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert "Access-Control-Allow-Origin" not in refused


def test_the_rate_limit_is_per_client_address(client, post, settings):
    settings.PORTAL_API_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get(POSTS).status_code == 200
    refused = client.get("/api/v2/pages/")
    assert refused.status_code == 429
    assert "Too many requests" in refused.json()["message"]
    assert refused["Retry-After"] == str(settings.PORTAL_API_RATE_WINDOW)
    assert "no-store" in refused["Cache-Control"]
    assert client.get("/api/v2/schema/").status_code == 429
    other = client.get(POSTS, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
    assert client.get("/").status_code == 200  # pages are not limited by it


def test_the_rate_limit_reads_the_address_behind_trusted_proxies(
    client, post, settings
):
    settings.PORTAL_API_RATE_LIMIT = 1
    settings.PORTAL_TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    assert (
        client.get(POSTS, HTTP_X_FORWARDED_FOR="192.0.2.1", **proxy).status_code == 200
    )
    assert (
        client.get(POSTS, HTTP_X_FORWARDED_FOR="192.0.2.1", **proxy).status_code == 429
    )
    assert (
        client.get(POSTS, HTTP_X_FORWARDED_FOR="192.0.2.2", **proxy).status_code == 200
    )


def test_a_refusal_carries_cors_so_scripts_can_read_it(client, post, settings, cors):
    settings.PORTAL_API_RATE_LIMIT = 1
    client.get(POSTS, HTTP_ORIGIN=ALLOWED)
    refused = client.get(POSTS, HTTP_ORIGIN=ALLOWED)
    assert refused.status_code == 429
    assert refused["Access-Control-Allow-Origin"] == ALLOWED
    assert "Retry-After" in refused["Access-Control-Expose-Headers"]
