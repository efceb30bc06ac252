"""claimdiff's user interface: the command line and (later) the Textual reader.

Kept empty on purpose: `claimdiff match` must not pay for importing Textual.
"""
