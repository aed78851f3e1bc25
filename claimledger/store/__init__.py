"""The store stage: the SQLite ledger (WAL mode, versioned migrations)."""
from claimledger.store.ledger import AddResult, Ledger

__all__ = ["Ledger", "AddResult"]
