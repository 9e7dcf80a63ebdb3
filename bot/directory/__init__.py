"""The group directory: import format, store, taxonomy, topic matching, search, places."""
