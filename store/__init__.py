"""claimdiff's SQLite store (sqlite-utils): documents, statements, matches, tags and notes."""
