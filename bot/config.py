"""Settings from the environment (and `.env`), validated once at start."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as secret_token


class ConfigProblem(Exception):
    """A setting the bot cannot start with; the message is the one-line reason for stderr."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = ""  # none: the embedded SQLite file (bot.storage.engine.EMBEDDED_URL)
    telegram_bot_token: str = ""
    telegram_base_url: str = ""
    bot_username: str = ""  # for the flyer's link; else asked from Telegram with the token
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    port: int = 8443
    webhook_secret: str = ""
    webhook_path: str = "telegram"
    rate_limit: bool = True
    state_secret: str = ""
    state_key_file: str = ""
    state_ttl_hours: float = 24.0
    crisis_country: str = "DE"
    default_language: str = "de"
    log_level: str = "INFO"
    log_format: str = "json"  # json: one JSON object a line, for log collectors; text: for people
    health_port: int | None = None  # polling mode: serve /healthz, /readyz and /metrics here (webhook mode: on PORT)
    shutdown_seconds: float = 10.0  # after SIGTERM, how long updates in flight may take before the bot exits

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_accepts(cls, secret: str) -> str:
        if secret and not WEBHOOK_SECRET.fullmatch(secret):
            raise ValueError("1 to 256 characters of A-Z, a-z, 0-9, _ and - (what Telegram accepts)")
        return secret

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, level: str) -> str:
        if level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("one of DEBUG, INFO, WARNING, ERROR")
        return level.upper()

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, form: str) -> str:
        if form.lower() not in ("json", "text"):
            raise ValueError("json or text")
        return form.lower()

    @field_validator("shutdown_seconds")
    @classmethod
    def _bounded(cls, seconds: float) -> float:
        if not 0 <= seconds <= 600:
            raise ValueError("between 0 and 600 seconds")
        return seconds


@lru_cache
def settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]).upper() if error["loc"] else "a setting"
        raise ConfigProblem(f"{name}: {error['msg'].removeprefix('Value error, ')}") from None
