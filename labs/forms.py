from datetime import timedelta
from types import SimpleNamespace

from labs.publishing import publish_problems
from portal.companies.choices import PortalPageForm

# Buttons that ask for the film to go live, now or after moderation
# (docs/upstream.md, "Page editor action buttons").
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


def is_publishing(data):
    """Approving in the editor counts too: the company workflows have one task,
    so approval publishes (and a film must be complete to pass any task)."""
    if any(action in data for action in PUBLISHING_ACTIONS):
        return True
    return (
        "action-workflow-action" in data
        and data.get("workflow-action-name") == "approve"
    )


class VideoPageForm(PortalPageForm):
    """Reports what blocks publishing beside the fields, before anything is saved.

    Drafts may be incomplete; publishing (or submitting for moderation, which
    ends in publishing) is refused until captions, transcript and audio
    description are in order. VideoPage.publish() enforces the same rules.
    """

    def clean(self):
        cleaned_data = super().clean()
        film = cleaned_data.get("video_file")
        if film and film.duration and not cleaned_data.get("duration"):
            # Read from the file on upload (labs.probe); typed lengths were wrong.
            cleaned_data["duration"] = timedelta(seconds=round(film.duration))
        if is_publishing(self.data):
            self.add_publish_errors(cleaned_data)
        return cleaned_data

    def caption_languages(self):
        formset = self.formsets.get("captions")
        if formset is None or not formset.is_valid():
            return set()
        deleted = formset.deleted_forms
        return {
            form.cleaned_data["language"]
            for form in formset.forms
            if form.cleaned_data.get("language")
            and (form.cleaned_data.get("file") or form.instance.file)
            and form not in deleted
        }

    def add_publish_errors(self, cleaned_data):
        fields = (
            "transcript",
            "video_file",
            "platform_captions_confirmed",
            "audio_described_file",
            "audio_described_url",
            "soundtrack_describes_all",
        )
        film = SimpleNamespace(**{name: cleaned_data.get(name) for name in fields})
        for field, message in publish_problems(film, self.caption_languages()).items():
            if field == "captions" and "captions" in self.formsets:
                self.add_captions_error(message)
            else:
                self.add_error(None if field == "captions" else field, message)

    def add_captions_error(self, message):
        """Shown at the top of the captions panel, where the tracks are added.

        A formset's non-form errors are what Wagtail's InlinePanel shows there;
        they also make the formset, and so the page form, invalid.
        """
        formset = self.formsets["captions"]
        formset.non_form_errors().append(message)
