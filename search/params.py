"""What a reader asked for, read defensively from the query string.

Anything odd (overlong, null bytes, unknown filters, bad numbers) becomes a
plain value and, where the reader should know, a notice; nothing raises.
"""

from dataclasses import dataclass, field

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from search.models import SearchEntry
from search.query import query_words

MAX_QUERY_LENGTH = 200


def clean_text(value):
    return "".join(char for char in value if char.isprintable() or char == " ").strip()


def parse_int(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


@dataclass
class SearchParams:
    query: str = ""
    kind: str = ""
    company: int | None = None
    everywhere: bool = False
    page: str = "1"
    notices: list = field(default_factory=list)

    @classmethod
    def from_request(cls, request, company_ids=()):
        data = request.GET
        raw = clean_text(data.get("q", ""))
        params = cls(query=raw[:MAX_QUERY_LENGTH].strip())
        if len(raw) > MAX_QUERY_LENGTH:
            params.notices.append(
                _("Your search was shortened to %(count)s characters.")
                % {"count": MAX_QUERY_LENGTH}
            )
        kind = data.get("type", "")
        params.kind = kind if kind in SearchEntry.Kind.values else ""
        company = parse_int(data.get("company"))
        params.company = company if company in company_ids else None
        params.everywhere = data.get("all") == "1"
        params.page = data.get("page", "1")[:10]
        return params

    @property
    def words(self):
        return query_words(self.query)

    def url_for(self, **changes):
        """This search's query string with some parameters changed (from page 1)."""
        from dataclasses import replace

        changed = replace(self, **{"query": changes.pop("q", self.query), **changes})
        return "?" + changed.query_string().lstrip("&")

    def query_string(self):
        """The parameters of this search (without the page), for pagination links."""
        pairs = [("q", self.query)]
        if self.kind:
            pairs.append(("type", self.kind))
        if self.company:
            pairs.append(("company", self.company))
        if self.everywhere:
            pairs.append(("all", "1"))
        return "&" + urlencode(pairs)
