"""Telegram: the application, the webhook server and the HTTP client under it."""
