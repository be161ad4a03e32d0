"""Tags for the portal's admin templates (the public pages use portal_tags)."""

from django import template

from portal.companies.choices import media_collections
from portal.companies.dashboard import company_name as names_of_companies
from portal.i18n.moderation import submit_action

register = template.Library()


@register.simple_tag(takes_context=True)
def company_name(context):
    """The user's companies, for the dashboard heading; "" for moderators."""
    return names_of_companies(context["request"].user)


@register.inclusion_tag(
    "portal/admin/translation_submit_action.html", takes_context=True
)
def translation_submit_action(context):
    """The translation editor's submit button, for those who may not publish."""
    page = context.get("instance") if context.get("is_page") else None
    user = context["request"].user
    return {"action": submit_action(page, user) if page is not None else None}


@register.simple_tag(takes_context=True)
def own_collections(context, collections):
    """The collections a collection filter may offer the user: their own."""
    return media_collections(collections, context["request"].user)
