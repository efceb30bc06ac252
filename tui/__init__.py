"""claimdiff's user interface: the command line and the Textual reader.

Kept empty on purpose: `claimdiff match` must not pay for importing Textual.
"""
