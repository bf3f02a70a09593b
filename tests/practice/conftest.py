import pytest

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.practice import services


@pytest.fixture
def trainer(user_named):
    return user_named("admin.kominfo")


@pytest.fixture
def practice_round(trainer):
    return services.create_round(trainer, "Sosialisasi uji")


@pytest.fixture
def admin_seat(trainer, practice_round):
    """ppid.dinkes (a PPID Pembantu for real) practising as the admin instansi."""
    return services.add_seat(
        trainer,
        practice_round,
        username="ppid.dinkes",
        role=Role.ADMIN_INSTANSI,
        agency=Agency.objects.get(code="DISKOMINFO"),
    )
