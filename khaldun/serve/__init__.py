"""User-facing surfaces: the command line (and later the HTTP API and web UI)."""
