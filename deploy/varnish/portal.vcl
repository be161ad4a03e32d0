# Varnish in front of gunicorn (docs/deployment.md, "Varnish in front").
# nginx proxies pages to Varnish; Varnish keeps what the portal marks public
# (s-maxage) and the portal purges it on publish (portal/caching/purge.py).
vcl 4.1;

backend portal {
    .host = "127.0.0.1";
    .port = "8000";
}

# Only the portal itself, on this machine, may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # The hash is Host + URL, so this drops that host's page only.
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors see drafts and previews; documents are permission-checked.
    if (req.url ~ "^/(admin|django-admin|documents)/") {
        return (pass);
    }
    # The API's answers do not depend on the reader's languages (?locale=
    # picks one), so one cached copy serves every Accept-Language.
    if (req.url ~ "^/api/v2/") {
        unset req.http.Accept-Language;
    }
    # A signed-in reader's pages are private (the portal says no-store too).
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Other cookies (analytics, csrftoken) change nothing a reader is served;
    # keeping them would make every reader's request a miss.
    unset req.http.Cookie;
    return (hash);
}

# No vcl_backend_response: Varnish's built-in one obeys Cache-Control
# (s-maxage first) and does not keep private/no-store responses or ones
# that set a cookie, which is what the portal's headers ask for.

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
