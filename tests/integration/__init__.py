"""The core against a real demo API on 127.0.0.1 and real SQLite files: client, sync, service, CLI."""
