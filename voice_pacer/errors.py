"""The one error type a user sees: a single line saying what is wrong and what to do."""


class UserError(Exception):
    """A problem the user can fix; the CLI prints its message as one line and exits non-zero."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
