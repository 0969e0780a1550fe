"""Pure functions and single modules, no server: models, store, decisions, formatting, the import contracts."""
