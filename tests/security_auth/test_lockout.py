"""Failed sign-ins: django-axes locks a username+address out after the limit, and the audit trail shows it."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from pintu.audit.models import AuditEntry

from .conftest import PASSWORD, password_login

pytestmark = pytest.mark.django_db


def test_lockout_after_the_failure_limit_with_audit(client, user_named, settings):
    settings.AXES_FAILURE_LIMIT = 3
    user = user_named("penghubung.pupr")
    for _ in range(2):
        response = password_login(client, "penghubung.pupr", "salah", REMOTE_ADDR="10.0.0.7")
        assert response.status_code == 200 and "Nama pengguna atau kata sandi salah." in response.content.decode()
    response = password_login(client, "penghubung.pupr", "salah", REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 429 and "Akun dikunci sementara" in response.content.decode()
    # Now even the right password is refused from that address ...
    response = password_login(client, "penghubung.pupr", PASSWORD, REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 429 and "Coba lagi setelah 15 menit." in response.content.decode()
    assert SESSION_KEY_ABSENT(client)
    # ... while the same user from another address, and another user from this one, still get in.
    assert password_login(client, "penghubung.pupr", PASSWORD, REMOTE_ADDR="10.0.0.8").status_code == 302
    client.post(reverse("web:logout"))
    assert password_login(client, "kepala.pupr", PASSWORD, REMOTE_ADDR="10.0.0.7").status_code == 302

    failed = AuditEntry.objects.filter(action="auth.login_failed", target_id=str(user.pk))
    assert failed.count() == 4 and all(entry.ip == "10.0.0.7" for entry in failed)
    assert AuditEntry.objects.filter(action="auth.lockout", target_id=str(user.pk), ip="10.0.0.7").count() >= 1
    assert AccessAttempt.objects.filter(username="penghubung.pupr", ip_address="10.0.0.7").exists()


def test_a_success_before_the_limit_resets_the_count(client, user_named, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        password_login(client, "warga", "salah")
    assert password_login(client, "warga").status_code == 302
    client.post(reverse("web:logout"))
    for _ in range(2):
        assert password_login(client, "warga", "salah").status_code == 200
    assert password_login(client, "warga").status_code == 302


def test_unknown_usernames_are_audited_without_the_name(client, demo):
    password_login(client, "tidak.ada", "salah")
    entry = AuditEntry.objects.filter(action="auth.login_failed").latest("seq")
    assert entry.details == {"known_user": False, "while_locked_out": False}
    assert "tidak.ada" not in str(entry.details) and entry.target_id == ""


def SESSION_KEY_ABSENT(client) -> bool:  # noqa: N802 (reads as a sentence in the assert)
    from django.contrib.auth import SESSION_KEY

    return SESSION_KEY not in client.session
