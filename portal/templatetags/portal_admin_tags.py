"""Tags for the portal's admin templates (the public pages use portal_tags)."""

from django import template

from portal.companies.choices import media_collections
from portal.companies.dashboard import company_name as names_of_companies

register = template.Library()


@register.simple_tag(takes_context=True)
def company_name(context):
    """The user's companies, for the dashboard heading; "" for moderators."""
    return names_of_companies(context["request"].user)


@register.simple_tag(takes_context=True)
def own_collections(context, collections):
    """The collections a collection filter may offer the user: their own."""
    return media_collections(collections, context["request"].user)
