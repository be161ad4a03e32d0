"""/api/v2/schema/ is a valid OpenAPI 3.1 document that real answers match.

Every endpoint's listing (with its default fields and with all of them), a
detail of each item type and an error are held to the schema the document
gives for them; each object in it forbids keys it does not name, so a field
added to an answer without a schema fails here.
"""

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate

from portal.api.urls import router
from tests.portal.api_world import A_HOST, UMBRELLA_HOST

pytestmark = pytest.mark.django_db


@pytest.fixture
def spec(client, db):
    response = client.get("/api/v2/schema/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def response_schema(spec, path, status="200"):
    operation = spec["paths"][path]["get"]
    return operation["responses"][status]["content"]["application/json"]["schema"]


def check(spec, schema, data):
    """data against schema, whose $refs point into spec's components."""
    validator = Draft202012Validator(
        {**schema, "components": spec["components"]}, format_checker=FormatChecker()
    )
    errors = [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(data)
    ]
    assert errors == []


def test_the_schema_is_valid_openapi(spec):
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_every_endpoint_is_described(spec):
    for name in router.endpoints:
        for path in (f"/{name}/", f"/{name}/{{id}}/", f"/{name}/find/"):
            assert path in spec["paths"], path
    assert {"Post", "Lab", "Film", "Page", "Image"} <= set(
        spec["components"]["schemas"]
    )


@pytest.mark.parametrize("name", ["pages", "posts", "labs", "films", "images"])
@pytest.mark.parametrize("host", [A_HOST, UMBRELLA_HOST])
def test_listings_match_the_schema(client, api_content, spec, name, host):
    schema = response_schema(spec, f"/{name}/")
    for query in ({}, {"fields": "*"}, {"locale": "en", "fields": "*"}):
        if name == "images" and "locale" in query:
            continue
        response = client.get(f"/api/v2/{name}/", query, HTTP_HOST=host)
        assert response.status_code == 200, response.content
        data = response.json()
        assert data["items"], (name, query)
        check(spec, schema, data)


def test_details_match_the_schema(client, api_content, spec):
    a = api_content["a"]
    pages = response_schema(spec, "/pages/{id}/")
    for endpoint, page in (
        ("posts", a.news["en"]),
        ("labs", a.lab["sv"]),
        ("films", a.film["en"]),
        ("pages", a.news["sv"].get_parent()),
        ("pages", a.lab["sv"].get_parent().get_parent()),  # a home
    ):
        response = client.get(f"/api/v2/{endpoint}/{page.pk}/", HTTP_HOST=A_HOST)
        assert response.status_code == 200
        check(spec, response_schema(spec, f"/{endpoint}/{{id}}/"), response.json())
        check(spec, pages, response.json())
    image = client.get(f"/api/v2/images/{a.hero.pk}/", HTTP_HOST=A_HOST).json()
    check(spec, response_schema(spec, "/images/{id}/"), image)


@pytest.mark.parametrize("name", ["pages", "posts", "labs", "films", "images"])
def test_a_listing_shows_the_fields_its_description_names(
    client, api_content, spec, name
):
    described = spec["paths"][f"/{name}/"]["get"]["description"]
    named = set(described.rsplit("shows: ", 1)[1].rstrip(".").split(", "))
    for item in client.get(f"/api/v2/{name}/", HTTP_HOST=A_HOST).json()["items"]:
        assert {key for key in item if key != "meta"} | set(item["meta"]) == named


def test_errors_match_the_schema(client, api_content, spec):
    response = client.get("/api/v2/posts/", {"locale": "xx"}, HTTP_HOST=A_HOST)
    check(spec, response_schema(spec, "/posts/", "400"), response.json())
    missing = client.get("/api/v2/posts/1234567/", HTTP_HOST=A_HOST)
    check(spec, response_schema(spec, "/posts/{id}/", "404"), missing.json())


def test_an_answer_with_an_undescribed_field_fails_the_check(spec):
    listing = response_schema(spec, "/posts/")
    good = {"meta": {"total_count": 1}, "items": [{"id": 1, "tags": ["a"]}]}
    check(spec, listing, good)
    for bad in (
        {**good, "extra": 1},
        {"meta": {"total_count": 1}, "items": [{"id": 1, "surprise": "x"}]},
        {"meta": {"total_count": 1}, "items": [{"id": 1, "tags": "a"}]},
        {"meta": {"total_count": 1}, "items": [{"id": 1, "meta": {"new": 1}}]},
    ):
        with pytest.raises(AssertionError):
            check(spec, listing, bad)
