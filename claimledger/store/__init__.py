"""The store stage: the SQLite ledger (WAL mode, versioned migrations).

``Ledger(path)`` writes and migrates; ``Ledger.open_readonly(path)`` is for viewers.
"""
from claimledger.store.ledger import AddResult, Ledger

__all__ = ["Ledger", "AddResult"]
