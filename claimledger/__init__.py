"""claimledger: a sourced ledger of claims from defence and security news."""
import logging

from claimledger.schema import Document, Extraction

__all__ = ["Document", "Extraction", "__version__"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
