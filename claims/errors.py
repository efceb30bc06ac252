"""The one error the engine raises for input a user can fix."""


class InputError(Exception):
    """An article could not be read; the message is one line that names the input."""
