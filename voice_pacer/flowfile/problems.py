"""A problem found in a flow file, printed as one line: FILE:LINE: state 'NAME': what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a flow file and where."""

    file: str
    message: str
    line: int | None = None
    state: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        scope = f" state '{self.state}':" if self.state else ""
        return f"{where}:{scope} {self.message}"


class FlowInvalid(Exception):
    """A flow failed validation; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems
