"""The public, read-only API: Wagtail's API v2 at /api/v2/, per site and language.

- views: the endpoints (pages, images, and the typed page endpoints the
  feature apps register), scoped to the request's host, rate limited.
- scope: which pages and images a host may show.
- params: query checks, so a bad value is a 400.
- fields: serializer fields the page types name in their `api_fields`.
- schema: the OpenAPI description at /api/v2/schema/.
- urls: the router; feature apps add endpoints with the API_HOOK hook.

docs/api.md is the consumer's guide.
"""

# Hook name: functions (router) that register a feature app's endpoints, e.g.
# router.register_endpoint("posts", page_endpoint(BlogPostPage, …)).
API_HOOK = "construct_portal_api"

__all__ = ["API_HOOK"]
