"""Settings from the environment and ``.env`` (pydantic-settings). Secrets are SecretStr."""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

OFFICIAL_API = "https://api.telegram.org"
_DURATION = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> timedelta:
    """``"90s"``, ``"15m"``, ``"2h"``, ``"1d"`` -> timedelta."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration like 30s, 15m, 2h or 1d")
    return timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])


def parse_quiet_hours(text: str) -> tuple[time, time] | None:
    """``"21:00-09:00"`` -> (start, end); empty -> None."""
    if not text.strip():
        return None
    try:
        start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a range like 21:00-09:00") from exc
    return start, end


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    telegram_api_url: str = OFFICIAL_API
    database_url: str = "sqlite+aiosqlite:///./data/pairline.sqlite3"
    redis_url: str | None = None
    coordinator_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    default_language: str = "fr"
    timezone: str = "Europe/Paris"
    offer_timeout: int = Field(default=120, ge=5, description="seconds")
    conversation_idle: str = "24h"
    followup_delays: str = "1d,7d"
    quiet_hours: str = "21:00-09:00"
    retention_days: int = Field(default=30, ge=1)
    alert_wait: str = "10m"
    crisis_repeat: str = "30m"  # in a conversation, the crisis reply at most this often
    flood_limit: int = Field(default=20, ge=1, description="messages per flood window")
    flood_window: int = Field(default=10, ge=1, description="seconds")
    resources_file: Path | None = None
    triage_model: bool = True
    triage_model_dir: Path | None = Path("data")  # the trained model kept across starts
    fast_lane: bool = True  # plain relayed messages skip the outbox (see matching.lane)
    webhook_url: str | None = None  # set: Telegram pushes updates there (bot.webhook)
    webhook_secret: SecretStr | None = None  # default: derived from the token
    webhook_listen: str = "127.0.0.1:8080"  # where the webhook server listens (host:port)
    webhook_connections: int = Field(default=1, ge=1, le=100)

    @field_validator("coordinator_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return [int(p) for p in parts]
            except ValueError as exc:
                raise ValueError("must be comma-separated Telegram user ids (digits)") from exc
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("default_language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in ("fr", "en"):
            raise ValueError("must be fr or en")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("conversation_idle", "alert_wait", "crisis_repeat")
    @classmethod
    def _duration(cls, value: str) -> str:
        parse_duration(value)
        return value

    @field_validator("followup_delays")
    @classmethod
    def _delays(cls, value: str) -> str:
        for part in value.split(","):
            if part.strip():
                parse_duration(part)
        return value

    @field_validator("triage_model_dir", mode="before")
    @classmethod
    def _model_dir(cls, value: object) -> object:
        return None if value == "" else value  # TRIAGE_MODEL_DIR= : train at every start

    @field_validator("quiet_hours")
    @classmethod
    def _quiet(cls, value: str) -> str:
        parse_quiet_hours(value)
        return value

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: str) -> str:
        if not re.match(r"^(sqlite\+aiosqlite|postgresql\+asyncpg)://", value):
            raise ValueError(
                "must start with sqlite+aiosqlite:// or postgresql+asyncpg:// "
                f"(got {value.split(':', 1)[0]!r})"
            )
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _api(cls, value: str) -> str:
        if not re.match(r"^https?://", value):
            raise ValueError("must be an http(s) URL such as https://api.telegram.org")
        return value.rstrip("/")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def idle_after(self) -> timedelta:
        return parse_duration(self.conversation_idle)

    @property
    def alert_after(self) -> timedelta:
        return parse_duration(self.alert_wait)

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("https://", "http://")):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value or None

    @field_validator("webhook_listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not port.isdigit() or not 0 <= int(port) < 65536:
            raise ValueError(f"{value!r} is not host:port")
        return value

    @property
    def crisis_reply_every(self) -> timedelta:
        return parse_duration(self.crisis_repeat)

    @property
    def followups(self) -> list[timedelta]:
        return [parse_duration(p) for p in self.followup_delays.split(",") if p.strip()]

    @property
    def quiet(self) -> tuple[time, time] | None:
        return parse_quiet_hours(self.quiet_hours)


class ConfigError(Exception):
    """One line naming the variable and what is wrong with it."""


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "configuration"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name}: {message}") from None
