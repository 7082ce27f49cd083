"""The command line (SPEC §5): argument parsing, listings and exit codes over the services."""
