"""The reader's screens and their parts.

- reader: the two articles side by side; it reads, stores and matches them, and hands each key
  to the part it belongs to:
  - navigation: moving by statement, page, pane and pair;
  - tagging: tags, notes, the tag picker, export and the tags view;
  - reviewing: confirming, rejecting and relating pairs, links made by hand, undo and redo;
  - searching: the search box and its hits;
  - parts: what those parts may use of the screen.
- help, tags_view: the screens the reader opens.

Nothing is re-exported here: importing the reader must not import the tags view, which
pulls in the store, before the first paint.
"""
