"""Code tables and lexicons as data files, with lookups and nothing else."""
