"""The spaCy stage: build the English pipeline once and parse documents in batches."""
