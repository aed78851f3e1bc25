"""A local, read-only web UI and JSON API over a ledger: ``create_app(db_path)``.

See docs/show.md for the pages and endpoints.
"""
from claimledger.serve.app import create_app

__all__ = ["create_app"]
