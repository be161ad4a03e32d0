"""The OpenAPI 3.1 description of the public API, served at /api/v2/schema/.

Written by hand, not generated: Wagtail builds each answer's serializer per
request (from ?fields= and the page type), which schema generators cannot
see. It is assembled from the registered endpoints, so an endpoint a feature
app adds (portal.api.API_HOOK) is described with the item schema it gives
page_endpoint(). The tests validate the document and hold real answers of
every endpoint to it; every object forbids keys it does not name.

Fields are optional in the schemas because ?fields= can leave any out; what a
listing shows without it is said in each endpoint's description.
"""

from django.conf import settings

from portal.i18n.languages import default_language, language_codes

__all__ = [
    "DATE",
    "DATETIME",
    "HTML",
    "INTEGER",
    "STRING",
    "URL",
    "array",
    "build",
    "nullable",
    "obj",
    "ref",
]

STRING = {"type": "string"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
URL = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "format": "date-time"}
HTML = {
    "type": "string",
    "contentMediaType": "text/html",
    "description": "HTML rendered as the page shows it; addresses are absolute.",
}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def array(items):
    return {"type": "array", "items": items}


def obj(properties, required=None, description=None):
    """An object with exactly these properties (required: all unless given)."""
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else list(required),
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


PAGE_LINK = obj(
    {
        "id": INTEGER,
        "title": STRING,
        "locale": STRING,
        "html_url": nullable(URL),
        "detail_url": URL,
    },
    description="A page linked from another: a translation, a post's lab.",
)
COMPONENTS = {
    "Error": obj({"message": STRING}),
    "Rendition": obj({"width": INTEGER, "height": INTEGER, "url": URL}),
    "ImageUse": obj(
        {
            "id": INTEGER,
            "alt": STRING,
            "caption": STRING,
            "width": INTEGER,
            "height": INTEGER,
            "renditions": array(ref("Rendition")),
        },
        required=["id", "alt", "width", "height", "renditions"],
        description="An image as a page uses it, with that page's alt text; "
        "renditions 640 and 1200 pixels wide (never wider than the original).",
    ),
    "PageLink": PAGE_LINK,
    "Person": obj(
        {"name": STRING, "role": STRING, "organisation": nullable(STRING)},
        description="A person in the page's language (a role translates).",
    ),
    "Organisation": obj({"name": STRING, "website": STRING}),
    "Company": obj(
        {"name": STRING, "html_url": URL},
        description="The housing company (site) the page belongs to, and its home.",
    ),
    "ParentPage": obj(
        {
            "id": INTEGER,
            "meta": obj(
                {"type": STRING, "detail_url": URL, "html_url": nullable(URL)},
                required=[],
            ),
            "title": STRING,
        },
        required=[],
    ),
    "PageMeta": obj(
        {
            "type": STRING,
            "detail_url": URL,
            "html_url": nullable(URL),
            "slug": STRING,
            "show_in_menus": BOOLEAN,
            "seo_title": STRING,
            "search_description": STRING,
            "first_published_at": nullable(DATETIME),
            "locale": STRING,
            "parent": nullable(ref("ParentPage")),
        },
        required=[],
    ),
    "ListingMeta": obj({"total_count": INTEGER}),
    "Image": obj(
        {
            "id": INTEGER,
            "meta": obj({"type": STRING, "detail_url": URL}, required=[]),
            "title": STRING,
            "description": STRING,
            "width": INTEGER,
            "height": INTEGER,
            "renditions": array(ref("Rendition")),
        },
        required=[],
    ),
}
# Every page type's fields (BasePage.api_fields); the generic Page adds what
# the plain page types have.
PAGE_FIELDS = {
    "id": INTEGER,
    "meta": ref("PageMeta"),
    "title": STRING,
    "intro": HTML,
    "excerpt": {
        "type": "string",
        "description": "Plain text: the intro, or else the first paragraph.",
    },
    "company": nullable(ref("Company")),
    "translations": array(ref("PageLink")),
}
GENERIC_PAGE = {"hero_image": nullable(ref("ImageUse")), "body": HTML}


def page_item(own, description=None):
    return obj({**PAGE_FIELDS, **own}, required=[], description=description)


def parameter(name, schema, description, where="query", required=False):
    return {
        "name": name,
        "in": where,
        "required": required,
        "schema": schema,
        "description": description,
    }


PAGE_ID = {"type": "string", "pattern": "^([0-9]+|root)$"}
LISTING_PARAMETERS = [
    parameter(
        "locale",
        {"type": "string", "enum": language_codes(), "default": default_language()},
        "The language of the pages listed.",
    ),
    parameter(
        "limit",
        {
            "type": "integer",
            "minimum": 0,
            "maximum": settings.PORTAL_API_LIMIT_MAX,
            "default": 20,
        },
        "How many items to show.",
    ),
    parameter(
        "offset",
        {
            "type": "integer",
            "minimum": 0,
            "maximum": settings.PORTAL_API_MAX_OFFSET,
            "default": 0,
        },
        "How many items to skip.",
    ),
    parameter(
        "fields",
        STRING,
        "Fields to show besides the defaults (`fields=body`), without some "
        "(`fields=-slug`), all (`fields=*`) or only those named (`fields=_,title`).",
    ),
    parameter(
        "order",
        STRING,
        "A field to order by, `-` first for descending (`order=-date`).",
    ),
    *(
        parameter(name, PAGE_ID, f"Pages {what} (an id, or `root`: the site's home).")
        for name, what in (
            ("child_of", "directly below this page"),
            ("descendant_of", "anywhere below this page"),
            ("ancestor_of", "above this page"),
            ("translation_of", "that translate this page"),
        )
    ),
]
ERRORS = {
    "400": "A query parameter is unknown or its value is not valid.",
    "404": "Nothing of that id on this host.",
    "429": "Too many requests from your address; see Retry-After.",
}


def error_responses(*codes):
    return {
        code: {
            "description": ERRORS[code],
            "content": {"application/json": {"schema": ref("Error")}},
        }
        for code in codes
    }


def json_response(description, schema):
    return {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }


def endpoint_paths(name, item, listing_parameters, description):
    listing = obj({"meta": ref("ListingMeta"), "items": array(item)})
    detail_id = parameter("id", INTEGER, "The item's id.", where="path", required=True)
    return {
        f"/{name}/": {
            "get": {
                "operationId": f"{name}_listing",
                "summary": f"List {name}",
                "description": description,
                "parameters": listing_parameters,
                "responses": {
                    "200": json_response(f"A page of {name}", listing),
                    **error_responses("400", "429"),
                },
            }
        },
        f"/{name}/{{id}}/": {
            "get": {
                "operationId": f"{name}_detail",
                "summary": f"One of the {name}, with every field",
                "parameters": [detail_id],
                "responses": {
                    "200": json_response("The item", item),
                    **error_responses("400", "404", "429"),
                },
            }
        },
        f"/{name}/find/": {
            "get": {
                "operationId": f"{name}_find",
                "summary": "Redirect to the detail of the item at an address or id",
                "parameters": [
                    parameter(
                        "html_path", STRING, "The page's path, e.g. /en/blog/x/."
                    ),
                    parameter("id", INTEGER, "The item's id."),
                ],
                "responses": {
                    "302": {"description": "The item's detail address (Location)."},
                    **error_responses("400", "404", "429"),
                },
            }
        },
    }


def listing_description(endpoint):
    shown = ", ".join(endpoint.get_listing_default_fields(endpoint.model))
    return f"{endpoint.__doc__.split(chr(10))[0]} A listing shows: {shown}."


def build(router):
    """The OpenAPI document for the endpoints registered on router."""
    components = dict(COMPONENTS)
    components["Page"] = page_item(GENERIC_PAGE, "A page of any type.")
    typed = {
        name: endpoint
        for name, endpoint in router.endpoints.items()
        if getattr(endpoint, "item_schema", None)
    }
    for endpoint in typed.values():
        schema_name, own = endpoint.item_schema
        components[schema_name] = page_item(own, endpoint.__doc__)
    any_page = {
        "anyOf": [ref("Page")] + [ref(e.item_schema[0]) for e in typed.values()]
    }
    paths = {}
    for name, endpoint in router.endpoints.items():
        if name in typed:
            item, parameters = ref(endpoint.item_schema[0]), LISTING_PARAMETERS
        elif name == "pages":
            item = any_page
            parameters = [
                *LISTING_PARAMETERS,
                parameter("type", STRING, "Page types, e.g. blog.BlogPostPage."),
            ]
        else:
            item, parameters = ref("Image"), LISTING_PARAMETERS[1:5]
        paths.update(
            endpoint_paths(name, item, parameters, listing_description(endpoint))
        )
    paths["/schema/"] = {
        "get": {
            "operationId": "schema",
            "summary": "This description",
            "responses": {
                "200": json_response("OpenAPI 3.1", {"type": "object"}),
                **error_responses("429"),
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Allmännyttans innovationsportal: public API",
            "version": "2",
            "description": (
                "Read-only. Each host answers for its own company's site; the "
                "umbrella portal's host for every company. Live, public pages "
                "only. See docs/api.md."
            ),
        },
        "servers": [{"url": "/api/v2"}],
        "paths": paths,
        "components": {"schemas": components},
    }
