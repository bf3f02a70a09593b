"""A case's way from received to done, as the tracking pages draw it: a few named steps, each done, the
current one, or still ahead. Each case type names its steps and says where a status stands
(pintu.complaints.progress, pintu.ppid.requests.progress, pintu.ppid.objections.progress_steps); the
template web/includes/progress_steps.html draws any of them. Plain data, no Django models."""

from dataclasses import dataclass

DONE, CURRENT, AHEAD = "done", "current", "ahead"


@dataclass(frozen=True)
class Step:
    label: str
    state: str  # DONE, CURRENT or AHEAD

    @property
    def done(self) -> bool:
        return self.state == DONE

    @property
    def current(self) -> bool:
        return self.state == CURRENT


def steps(labels, reached: int, *, finished: bool = False) -> list[Step]:
    """`labels` in order; `reached` is the index of the step the case is at. A finished case has every step
    done (its last step is not "current": nothing more happens)."""
    labels = [str(label) for label in labels]
    reached = max(0, min(reached, len(labels) - 1))

    def state(index: int) -> str:
        if index < reached or (finished and index == reached):
            return DONE
        return CURRENT if index == reached else AHEAD

    return [Step(label, state(index)) for index, label in enumerate(labels)]
