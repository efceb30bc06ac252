"""claimdiff's engine: read articles, split them into statements, align their claims.

No user interface and no database here, and nothing heavy at import: callers import the
module they need (claims.ingest, claims.segment, claims.align).
"""
