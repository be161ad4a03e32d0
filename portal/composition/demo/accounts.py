"""Demo accounts and snippet owners, on top of each company's access.

create_company_site gives each company its groups, collection and workflow
(portal.companies.access); the demo adds an editor, a publisher and a
translator account, <key>-redaktor, <key>-publicerare and <key>-oversattare,
and for the portal a moderator account, all with the password DEMO_PASSWORD,
and the superuser admin/admin. Only what is missing is created; existing
accounts keep their passwords.
"""

from collections import Counter

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.companies.access import MODERATORS, ensure_moderators
from portal.models import FooterText, Organisation, Person

from .text import sv

DEMO_PASSWORD = "demo"  # noqa: S105 -- local demo accounts, listed in the README


def ensure_admin():
    """The local demo's superuser admin/admin, created only if missing."""
    user_model = get_user_model()
    user = user_model.objects.filter(username="admin").first()
    if user:
        return user, False
    user = user_model.objects.create_superuser(
        "admin", "admin@allmannyttan.example", "admin"
    )
    return user, True


def account(username, group):
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model.objects.create_user(
            username, f"{username}@allmannyttan.example", DEMO_PASSWORD
        )
    user.groups.add(group)
    return user


def shared_names(specs):
    """Organisations and people named by more than one site stay portal-wide."""
    counts = Counter()
    for spec in specs:
        counts.update({sv(org["name"]) for org in spec["organisations"]})
        counts.update({person["name"] for person in spec["people"]})
    return {name for name, count in counts.items() if count > 1}


def own_snippets(spec, site, shared):
    """Give the site's snippets (both languages) to the site, if nobody owns them."""
    names = {
        Organisation: [sv(org["name"]) for org in spec["organisations"]],
        Person: [person["name"] for person in spec["people"]],
        FooterText: [spec["footer"]["name"]],
    }
    for model, model_names in names.items():
        keys = model.objects.filter(
            name__in=[name for name in model_names if name not in shared]
        ).values("translation_key")
        model.objects.filter(translation_key__in=keys, site=None).update(site=site)


def ensure_demo_access(specs, sites, accesses):
    """Snippet owners and the demo accounts; accesses: CompanyAccess by site key.

    Runs after the translations, so a company owns its snippets in both
    languages.
    """
    shared = shared_names(specs)
    for spec, site in zip(specs, sites, strict=True):
        if spec["key"] not in accesses:  # the portal is no company
            continue
        own_snippets(spec, site, shared)
        access = accesses[spec["key"]]
        account(f"{spec['key']}-redaktor", access.editors)
        account(f"{spec['key']}-publicerare", access.publishers)
        account(f"{spec['key']}-oversattare", access.translators)
    ensure_moderators()
    account("moderator", Group.objects.get(name=MODERATORS))
