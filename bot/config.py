"""Settings from the environment (and `.env`), validated once at start."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated

from pydantic import ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as secret_token
OPERATOR = re.compile(r"\s*([0-9]{1,20})\s*:\s*(\S.{0,99}?)\s*")  # user id : contact point id (as imports allow)


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
    operator_ids: Annotated[dict[int, str], NoDecode] = {}  # Telegram user id -> their contact point
    log_format: str = "json"  # json: one JSON object a line, for log collectors; text: for people
    health_port: int | None = None  # polling mode: serve /healthz, /readyz and /metrics here (webhook mode: on PORT)
    shutdown_seconds: float = 10.0  # after SIGTERM, how long updates in flight may take before the bot exits

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_accepts(cls, secret: str) -> str:
        if secret and not WEBHOOK_SECRET.fullmatch(secret):
            raise ValueError("1 to 256 characters of A-Z, a-z, 0-9, _ and - (what Telegram accepts)")
        return secret

    @field_validator("operator_ids", mode="before")
    @classmethod
    def _operators(cls, value: object) -> object:
        return parse_operators(value) if isinstance(value, str) else value

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


def parse_operators(text: str) -> dict[int, str]:
    """`12345:kiss-leipzig, 67890:kiss-dresden`: each operator's Telegram user id and the contact
    point they speak for. A problem names the entry by its place only: the ids are people's."""
    entries = [entry for entry in text.split(",") if entry.strip()]
    operators: dict[int, str] = {}
    for number, entry in enumerate(entries, 1):
        found = OPERATOR.fullmatch(entry)
        if found is None:
            raise ValueError(
                f"entry {number} of {len(entries)} is not USER_ID:CONTACT_POINT_ID "
                "(comma-separated, e.g. 12345:kiss-leipzig,67890:kiss-dresden)"
            )
        user = int(found[1])
        if user in operators:
            raise ValueError(f"entry {number} of {len(entries)} repeats a user id: one contact point per operator")
        operators[user] = found[2]
    return operators


@lru_cache
def settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]).upper() if error["loc"] else "a setting"
        raise ConfigProblem(f"{name}: {error['msg'].removeprefix('Value error, ')}") from None
