"""The reader's screens: the two articles side by side (reader), the help, the tags view.

Nothing is re-exported here: importing the reader must not import the tags view, which
pulls in the store, before the first paint.
"""
