"""Selbsthilfe-Lotse adapters: Telegram, console chat, CLI, database, importer, matching, geodata."""
