"""The one error the engine raises for input a user can fix."""


class InputError(Exception):
    """An article could not be read; the message is one line that names the input."""


def missing_piece(name: str, reading: str, error: ImportError) -> InputError:
    """The line for a reader (of web pages, of PDFs) whose package this installation lacks."""
    why = " ".join(str(error).split())
    return InputError(f"{name}: reading {reading} needs a package that is missing ({why}); reinstall claimdiff")
