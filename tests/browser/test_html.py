"""Every page type on every demo site, in both languages, validates as HTML.

The pages are those test_pages.py visits, as the server sends them (not as the
browser's DOM serialises them), checked in one run of the Nu Html Checker.
"""

import urllib.error
import urllib.request

import pytest

from tests.browser.html_checker import (
    JAVA_MISSING,
    check_folder,
    errors,
    report,
)
from tests.browser.pages import demo_pages

PAGES = demo_pages()
BAD_HTML = """<!DOCTYPE html><html lang="sv"><head><title>Fel</title></head>
<body><main><form action=""><p><div>Block i stycke</div></p></form></main></body>
</html>"""


def served_html(port, demo):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{demo.path}",
        headers={"Host": f"{demo.hostname}:{port}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:  # the 404 page is checked too
        return error.code, error.read()


def test_every_page_type_validates_as_html(portal_server, tmp_path):
    for demo in PAGES:
        status, body = served_html(portal_server, demo)
        assert status == (404 if demo.kind == "not_found" else 200), demo.path
        (tmp_path / f"{demo.id}.html").write_bytes(body)
    try:
        messages = check_folder(tmp_path)
    except RuntimeError as missing:  # no Java or no vnu.jar: say what to install
        pytest.fail(str(missing), pytrace=False)
    assert not errors(messages), report(errors(messages))


def test_the_checker_reports_invalid_html(tmp_path):
    (tmp_path / "bad.html").write_text(BAD_HTML)
    found = errors(check_folder(tmp_path))
    assert any("action" in message["message"] for message in found), found
    assert all(message["file"] == "bad.html" for message in found)


def test_a_missing_java_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no java on it
    with pytest.raises(RuntimeError, match="default-jre-headless") as missing:
        check_folder(tmp_path)
    assert str(missing.value) == JAVA_MISSING
