"""What every case type's clock shows the same way: the colour of its tag (overdue, due soon, on time).

Each case type computes its own clocks (pintu.complaints.clocks, pintu.ppid.requests.clocks,
pintu.ppid.objections.clocks); their clock views take `TaggedClock` for the tag's CSS class.
"""

from pintu.workdays.domain import Progress


def clock_css(progress: Progress) -> str:
    """The tag class for a clock: danger when overdue, warn when due soon, ok otherwise."""
    if progress.overdue:
        return "tag-danger"
    return "tag-warn" if progress.due_soon else "tag-ok"


class TaggedClock:
    """A clock view with a `progress`; gives it the tag's `css`."""

    progress: Progress

    @property
    def css(self) -> str:
        return clock_css(self.progress)
