"""Practice mode pages: the trainee's page (seats, enter/leave, checklist) and the trainer's rounds."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.practice import services
from pintu.practice.forms import RoundForm, SeatForm
from pintu.practice.models import PracticeRound
from pintu.practice.progress import seat_progress
from pintu.web.viewkit import STAFF_CSS, roles_required, service_errors_to_form

trainer_required = roles_required(services.TRAINER_ROLES)


@login_required
def home(request):
    """ "Latihan saya": the trainee's seats, the way in and out of practice mode, and each checklist."""
    seats = [(seat, seat_progress(seat)) for seat in services.active_seats(request.user).order_by("-pk")]
    return render(
        request,
        "practice/home.html",
        {"seats": seats, "may_train": services.may_train(request.user), "staff_css": STAFF_CSS},
    )


@login_required
@require_POST
def enter(request, pk: int):
    try:
        seat = services.enter(request, pk)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
        return redirect("practice:home")
    messages.info(
        request,
        _("Mode latihan: %(role)s, %(agency)s. Data latihan tidak tercampur dengan data asli.")
        % {"role": seat.get_role_display(), "agency": seat.agency.name},
    )
    return redirect("practice:home")


@login_required
@require_POST
def leave(request):
    services.leave(request)
    messages.info(request, _("Anda keluar dari mode latihan."))
    return redirect("practice:home")


@trainer_required
def rounds(request):
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            practice_round = services.create_round(request.user, form.cleaned_data["name"])
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            return redirect("practice:round", pk=practice_round.pk)
    status = 400 if form.errors else 200
    return render(
        request,
        "practice/rounds.html",
        {"form": form, "rounds": PracticeRound.objects.all(), "staff_css": STAFF_CSS},
        status=status,
    )


@trainer_required
def round_detail(request, pk: int):
    practice_round = get_object_or_404(PracticeRound, pk=pk)
    form = SeatForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_seat(request.user, practice_round, **form.cleaned_data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Kursi latihan dibuat, dengan kasus contohnya."))
            return redirect("practice:round", pk=practice_round.pk)
    seats = [(seat, seat_progress(seat)) for seat in practice_round.seats.select_related("trainee", "agency")]
    return render(
        request,
        "practice/round.html",
        {"round": practice_round, "form": form, "seats": seats, "staff_css": STAFF_CSS},
        status=400 if form.errors else 200,
    )


@trainer_required
@require_POST
def round_reset(request, pk: int):
    practice_round = get_object_or_404(PracticeRound, pk=pk)
    count = services.reset_round(request.user, practice_round)
    messages.success(request, _("Data latihan dikosongkan; kasus contoh dibuat lagi untuk %(n)s kursi.") % {"n": count})
    return redirect("practice:round", pk=practice_round.pk)
