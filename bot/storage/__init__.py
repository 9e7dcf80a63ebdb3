"""The database: engine and migrations, schema, conversation state."""
