"""Settings from the environment (and `.env`), validated once at start."""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = ""  # none: the embedded SQLite file (bot.storage.engine.EMBEDDED_URL)
    telegram_bot_token: str = ""
    telegram_base_url: str = ""
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    port: int = 8443
    webhook_secret: str = ""
    webhook_path: str = "telegram"
    rate_limit: bool = True
    state_secret: str = ""
    state_ttl_hours: float = 24.0
    crisis_country: str = "DE"
    default_language: str = "de"


@lru_cache
def settings() -> Settings:
    return Settings()
