# Varnish in front of gunicorn (docs/deployment.md, "Varnish in front").
# nginx proxies pages to Varnish; Varnish keeps what the portal marks public
# (s-maxage) and the portal purges what each change makes stale
# (portal/caching/purge.py).
vcl 4.1;

import std;

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
        # PURGE /path drops that host's page with every query string
        # (?page=2); PURGE /* drops every page of that host. Bans, since a
        # purge drops one URL only; they test the object's own headers, so
        # Varnish's ban lurker clears them in the background.
        set req.http.X-Portal-Host = std.tolower(regsub(req.http.host, ":[0-9]+$", ""));
        if (req.url == "/*") {
            ban("obj.http.X-Portal-Host == " + req.http.X-Portal-Host);
        } else {
            ban("obj.http.X-Portal-Host == " + req.http.X-Portal-Host +
                " && obj.http.X-Portal-Path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
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

# Varnish's built-in vcl_backend_response runs after this one: it obeys
# Cache-Control (s-maxage first) and does not keep private/no-store responses
# or ones that set a cookie, which is what the portal's headers ask for.
sub vcl_backend_response {
    # What PURGE bans by: the host (no port) and the path (no query string).
    set beresp.http.X-Portal-Host = std.tolower(regsub(bereq.http.host, ":[0-9]+$", ""));
    set beresp.http.X-Portal-Path = regsub(bereq.url, "\?.*$", "");
}

sub vcl_deliver {
    unset resp.http.X-Portal-Host;
    unset resp.http.X-Portal-Path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
