"""Training commands for the learned parts of khaldun (run from a checkout with ../shared)."""
