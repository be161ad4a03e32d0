from wagtail import hooks

from portal.privacy.registry import PERSONAL_DATA_HOOK
from search.personal_data import personal_data

hooks.register(PERSONAL_DATA_HOOK, personal_data)
