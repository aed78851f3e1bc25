"""The show stage: exporters of the ledger (one module per format)."""
