"""Page factories default their parent to a legal one, so each builds a valid tree."""

import datetime

from wagtail.models import Site

import factory
import wagtail_factories

from blog.models import BlogIndexPage, BlogPostPage, BlogPostPageAuthor
from home.models import (
    AccessibilityStatementPage,
    FormField,
    FormPage,
    HomePage,
    StandardPage,
)
from labs.models import (
    LabIndexPage,
    LabPage,
    LabPageOrganisation,
    VideoIndexPage,
    VideoPage,
)
from tests.factories.blocks import KeyFiguresBlockFactory, StoryBlockFactory
from tests.factories.snippets import OrganisationFactory, PersonFactory


def default_home():
    return Site.objects.get(is_default_site=True).root_page


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bostadsbolag {n}")
    body = wagtail_factories.StreamFieldFactory(StoryBlockFactory)
    parent = factory.LazyFunction(lambda: HomePage.get_first_root_node())

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Om oss {n}")
    intro = "<p>Vi är ett allmännyttigt bostadsföretag.</p>"
    body = wagtail_factories.StreamFieldFactory(StoryBlockFactory)
    parent = factory.LazyFunction(default_home)

    class Meta:
        model = StandardPage


class FormPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kontakt {n}")
    intro = "<p>Skriv till oss.</p>"
    thank_you_text = "<p>Tack för ditt meddelande!</p>"
    to_address = "kontakt@bostad.example"
    from_address = "portalen@allmannyttan.example"
    subject = "Nytt meddelande från webbplatsen"
    parent = factory.LazyFunction(default_home)

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(FormPageFactory)
    label = "Meddelande"
    field_type = "multiline"
    required = True

    class Meta:
        model = FormField


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Blogg {n}")
    parent = factory.LazyFunction(default_home)

    class Meta:
        model = BlogIndexPage


class BlogPostPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"När vi lyfter blicken {n}")
    intro = "<p>Håll i och håll ut.</p>"
    date = datetime.date(2019, 11, 13)
    hero_image_alt = "Deltagare vid en workshop"
    body = wagtail_factories.StreamFieldFactory(StoryBlockFactory)
    parent = factory.SubFactory(BlogIndexPageFactory)

    class Meta:
        model = BlogPostPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.add(*extracted)
            obj.save()

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        """authors=[person, …] links those people; by default one new person."""
        if not create:
            return
        people = extracted if extracted is not None else [PersonFactory()]
        for person in people:
            BlogPostPageAuthor.objects.create(page=obj, person=person)


class LabIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Labb {n}")
    parent = factory.LazyFunction(default_home)

    class Meta:
        model = LabIndexPage


class LabPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Integrationslabbet {n}")
    intro = "<p>En väg in i samhället för nya på orten.</p>"
    municipality = "Boden"
    hero_image_alt = "Labbets lokaler"
    neighbourhood = "Centrum"
    key_figures = wagtail_factories.StreamFieldFactory(KeyFiguresBlockFactory)
    body = wagtail_factories.StreamFieldFactory(StoryBlockFactory)
    parent = factory.SubFactory(LabIndexPageFactory)

    class Meta:
        model = LabPage
        skip_postgeneration_save = True

    @factory.post_generation
    def organisations(obj, create, extracted, **kwargs):
        if not create:
            return
        for organisation in (
            extracted if extracted is not None else [OrganisationFactory()]
        ):
            LabPageOrganisation.objects.create(page=obj, organisation=organisation)


class VideoPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kortfilm {n}")
    intro = "<p>Kvinnorna i Portalen berättar om året i labbet.</p>"
    video_url = "https://www.youtube.com/watch?v=abcDEF12345"
    duration = datetime.timedelta(minutes=2, seconds=5)
    transcript = "<p>Det här är så roligt, inspirerande och lärorikt.</p>"
    # What publishing asks of a film: captions on the platform, audio description.
    platform_captions_confirmed = True
    soundtrack_describes_all = True
    poster_image_alt = "Kvinnor samlade kring ett bord i Portalen"
    parent = factory.SubFactory(LabPageFactory)

    class Meta:
        model = VideoPage


class VideoIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Filmer {n}")
    parent = factory.LazyFunction(default_home)

    class Meta:
        model = VideoIndexPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Tillgänglighetsredogörelse"
    slug = "tillganglighetsredogorelse"
    organisation_name = "Bodens Bostäder"
    service_name = "bodensbostader.example"
    compliance = "partial"
    inaccessible_content = factory.LazyFunction(
        lambda: [
            {
                "type": "item",
                "value": {
                    "content": "Filmerna saknar syntolkning",
                    "reason": "Det som bara syns i bild beskrivs inte.",
                    "criterion": "1.2.5 Syntolkning (nivå AA)",
                    "plan": "",
                },
            }
        ]
    )
    assessment_date = factory.LazyFunction(
        lambda: datetime.date.today() - datetime.timedelta(days=30)
    )
    last_updated = factory.SelfAttribute("assessment_date")
    parent = factory.LazyFunction(default_home)

    class Meta:
        model = AccessibilityStatementPage
