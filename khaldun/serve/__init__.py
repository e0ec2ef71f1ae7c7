"""User-facing surfaces: the command line, the HTTP API and the web interface."""
