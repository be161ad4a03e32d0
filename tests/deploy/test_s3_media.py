"""Production media in S3-compatible object storage, against moto's own server.

The storage settings come from portal.settings.production (in a subprocess, as
the environment sets them) and are then used here: an image, its rendition, a
private document and a film go to the bucket and are read back through the S3
API; /readyz reaches the bucket. With the storage unreachable (its endpoint a
port nobody listens on), what needs it answers 503 "try again", not 500.
"""

import copy
import importlib.util
import io
import socket
import sys
import threading
import time

from django.core.files.base import ContentFile
from django.test import Client, override_settings

from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtailmedia.models import Media

import boto3
import pytest
from botocore.exceptions import ReadTimeoutError
from PIL import Image as PILImage
from storages.backends.s3 import S3Storage

from portal.web.storage import ATTEMPTS, s3_client_config
from tests.factories.images import ImageFactory, image_upload
from tests.factories.pages import BlogIndexPageFactory, BlogPostPageFactory
from tests.portal.servers import free_port, running, unavailable
from tests.portal.test_settings import PRODUCTION_ENV, production_settings, run

pytestmark = pytest.mark.django_db

BUCKET = "portal-media"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    if importlib.util.find_spec("moto.server") is None:
        unavailable("moto[server] is not installed (pip install -e '.[test]')")
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    argv = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    with running(argv, port, log, timeout=60):
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def production_storages(s3_endpoint):
    return production_settings(
        "STORAGES",
        "WAGTAILDOCS_SERVE_METHOD",
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME="eu-north-1",
        **CREDENTIALS,
    )


@pytest.fixture
def bucket(s3_endpoint, production_storages, settings, tmp_path):
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="eu-north-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(
        Bucket=BUCKET,
        CreateBucketConfiguration={"LocationConstraint": "eu-north-1"},
    )
    settings.MEDIA_ROOT = tmp_path / "unused"  # nothing may land on disk
    with override_settings(**production_storages):
        yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def read(client, key):
    return client.get_object(Bucket=BUCKET, Key=key)["Body"].read()


def test_production_settings_select_s3_only_with_a_bucket(production_storages):
    default = production_storages["STORAGES"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    assert default["OPTIONS"]["bucket_name"] == BUCKET
    assert default["OPTIONS"]["file_overwrite"] is False
    assert production_storages["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"
    without = production_settings("STORAGES")["STORAGES"]["default"]
    assert without["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_image_and_rendition_are_stored_and_read_back(bucket, tmp_path):
    image = ImageFactory(file__width=640, file__height=360)
    rendition = image.get_rendition("fill-120x80")
    keys = {o["Key"] for o in bucket.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert image.file.name in keys
    assert rendition.file.name in keys
    assert not (tmp_path / "unused").exists()
    stored = PILImage.open(io.BytesIO(read(bucket, rendition.file.name)))
    assert stored.size == (120, 80)
    assert "X-Amz-Signature=" in rendition.url  # a private bucket: signed URLs


def test_private_document_is_streamed_by_wagtails_view(bucket, client):
    document = Document(title="Årsredovisning")
    document.file.save("arsredovisning.txt", ContentFile(b"hemligt nog"))
    assert read(bucket, document.file.name) == b"hemligt nog"
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"hemligt nog"


def test_film_file_is_stored_in_the_bucket(bucket):
    film = Media(title="Film", type="video", duration=1)
    film.file.save("film.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"))
    assert read(bucket, film.file.name).startswith(b"\x00\x00\x00\x18ftyp")


def test_readyz_reaches_the_bucket(bucket, client):
    response = client.get("/readyz")
    assert response.json()["checks"]["storage"] == "ok"


@pytest.fixture
def storage_at(bucket, production_storages):
    """override_settings for the bucket's storage reached at an endpoint
    (static files stay the tests' own)."""

    def at(endpoint):
        media = copy.deepcopy(production_storages["STORAGES"]["default"])
        media["OPTIONS"]["endpoint_url"] = endpoint
        static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        return override_settings(STORAGES={"default": media, "staticfiles": static})

    return at


def nobody_listens():
    return f"http://127.0.0.1:{free_port()}"


def test_storage_down_gives_readers_503_where_a_page_needs_it(
    storage_at, s3_endpoint, home_page, settings
):
    settings.DEBUG = False
    blog = BlogIndexPageFactory(parent=home_page, slug="blogg")
    picture = ImageFactory(file__width=640, file__height=360)
    post = BlogPostPageFactory(parent=blog, slug="odling", hero_image=picture)
    reader = Client(raise_request_exception=False)
    with storage_at(nobody_listens()):
        # Its picture has no rendition yet: making one reads the original.
        response = reader.get(post.url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Försök igen om en liten stund" in response.content.decode()
    with storage_at(s3_endpoint):  # the storage is back
        assert reader.get(post.url).status_code == 200


def test_storage_down_gives_an_upload_503_and_keeps_no_half_image(
    storage_at, admin_user, settings
):
    settings.DEBUG = False
    editor = Client(raise_request_exception=False)
    editor.force_login(admin_user)
    upload = image_upload()
    data = {"title": "Bild", "collection": Collection.get_first_root_node().pk}
    with storage_at(nobody_listens()):
        response = editor.post("/admin/images/add/", {**data, "file": upload})
    assert response.status_code == 503
    assert not get_image_model().objects.exists()


@pytest.fixture
def silent_endpoint():
    """An endpoint that takes connections and never answers; yields (url, count)
    where count() is the connections it took."""
    server = socket.create_server(("127.0.0.1", 0))
    taken = []

    def accept():
        while True:
            try:
                taken.append(server.accept()[0])
            except OSError:  # closed: the test is over
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", lambda: len(taken)
    server.close()
    for connection in taken:
        connection.close()


def test_a_storage_that_stops_answering_is_given_up_after_two_tries(silent_endpoint):
    url, connections = silent_endpoint
    storage = S3Storage(
        bucket_name=BUCKET,
        endpoint_url=url,
        region_name="eu-north-1",
        access_key="testing",
        secret_key="testing",
        client_config=s3_client_config(read_timeout=0.5),
    )
    started = time.monotonic()
    with pytest.raises(ReadTimeoutError):  # a 503 "try again" (portal.web.views)
        storage.exists("original_images/bild.jpg")
    assert connections() == ATTEMPTS == 2
    assert time.monotonic() - started < 5  # botocore's own: five tries of 60 s


def test_production_gives_the_storage_seconds_not_minutes():
    code = (
        "from django.conf import settings; c = settings.AWS_S3_CLIENT_CONFIG; "
        "print(c.connect_timeout, c.read_timeout, c.retries['total_max_attempts'])"
    )
    result = run(["-c", code], **PRODUCTION_ENV, AWS_STORAGE_BUCKET_NAME=BUCKET)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "10", "2"]
