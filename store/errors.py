"""The one error the store raises for a problem the user can act on."""


class StoreError(Exception):
    """The database cannot be used as asked; the message is one line naming the file."""
