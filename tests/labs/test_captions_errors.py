"""A film refused for its captions says so beside the captions panel."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset

import pytest

from labs.models import VideoPage
from tests.factories.pages import LabPageFactory
from tests.labs.test_film_admin import film_form, track

pytestmark = pytest.mark.django_db


def test_missing_swedish_track_is_reported_in_the_captions_panel(admin_client):
    lab = LabPageFactory()
    url = reverse("wagtailadmin_pages:add", args=["labs", "videopage", lab.pk])
    response = admin_client.post(url, film_form(captions=inline_formset([track("en")])))
    assert response.status_code == 200
    form = response.context["form"]
    assert "svenskt undertextspår" in " ".join(
        map(str, form.formsets["captions"].non_form_errors())
    )
    assert not any("undertextspår" in str(error) for error in form.non_field_errors())
    html = response.content.decode()
    panel = html[html.index('id="id_captions-TOTAL_FORMS"') :][:2000]
    assert "svenskt undertextspår" in panel
    assert not VideoPage.objects.child_of(lab).exists()
