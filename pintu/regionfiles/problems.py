"""What is wrong with a region package: each problem names its file and line (Indonesian; English by translation)."""

from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return _("%(file)s: %(message)s") % {"file": self.file, "message": self.message}
        return _("%(file)s, baris %(line)s: %(message)s") % {
            "file": self.file,
            "line": self.line,
            "message": self.message,
        }


class RegionError(Exception):
    """The package cannot be loaded; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(str(self))

    def __str__(self) -> str:
        head = _("Paket daerah tidak dapat dimuat (%(count)s masalah); tidak ada data yang disimpan:") % {
            "count": len(self.problems)
        }
        return "\n".join([head, *(f"- {problem}" for problem in self.problems)])
