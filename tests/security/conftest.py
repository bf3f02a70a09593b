"""The access matrix's world, built once per module inside a transaction rolled back at the end."""

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client, override_settings

from pintu.security.testing import mark_verified
from tests.security.world import build_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("matrix-media")
    module_settings = override_settings(MEDIA_ROOT=str(media), PINTU_SECURITY_CONTACT="keamanan@example.invalid")
    with django_db_blocker.unblock(), module_settings:
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            world = build_world()
            for actor, user in world.users.items():  # one session per actor, reused by every test
                client = Client()
                client.force_login(user)
                mark_verified(client, user)  # roles that need a second factor: this session passed it
                world.sessions[actor] = client.cookies[settings.SESSION_COOKIE_NAME].value
            yield world
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
