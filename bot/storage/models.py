"""The database schema (SQLAlchemy 2 typed ORM). Migrations in bot/storage/migrations follow this file."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ContactPoint(Base):
    """`demo` marks the invented demo directory, which any import removes (see bot.directory.store)."""

    __tablename__ = "contact_points"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    street: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(100), default="")
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    groups: Mapped[list[Group]] = relationship(back_populates="contact_point")


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Group(Base):
    __tablename__ = "groups"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    topics_text: Mapped[list[str]] = mapped_column(JSON, default=list)
    audience: Mapped[str] = mapped_column(String(20), default="both")
    contact_point_id: Mapped[str] = mapped_column(ForeignKey("contact_points.id"), index=True)
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    schedule: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    contact_point: Mapped[ContactPoint] = relationship(back_populates="groups")
    topic_links: Mapped[list[GroupTopic]] = relationship(cascade="all, delete-orphan")


class GroupTopic(Base):
    """Why a group belongs to a topic: which words of the group linked it (inspectable)."""

    __tablename__ = "group_topics"

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topics.id"), primary_key=True, index=True)
    score: Mapped[float] = mapped_column(Float)
    matched: Mapped[str] = mapped_column(String(200))


class ConversationState(Base):
    """One person's place in the conversation, under a keyed hash of the chat id. `version` counts
    the row's writes: a save succeeds only over the version it read (bot/storage/state_store.py).
    `last_update` is the newest Telegram update_id applied to it."""

    __tablename__ = "conversation_states"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_update: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class Setting(Base):
    """Server-side values. It held the generated state secret until migration 0002_state_key
    deleted it: the key for the pseudonyms must not sit in the database it protects."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DemandCount(Base):
    """The anonymous demand report's counters (bot/storage/demand_counts.py): how many searches
    reached an outcome, per ISO week, contact point, source, topic and role. No time finer than
    the week, no place finer than a contact point, no words, no key of a conversation. Without
    rowids on SQLite, so the file does not keep the order in which rows were first written."""

    __tablename__ = "demand_counts"
    __table_args__ = {"sqlite_with_rowid": False}

    week: Mapped[str] = mapped_column(String(8), primary_key=True)  # ISO week, "2026-W48"
    contact_point: Mapped[str] = mapped_column(String(100), primary_key=True)  # "" when unknown
    source: Mapped[str] = mapped_column(String(10), primary_key=True)  # flyer | other
    topic: Mapped[str] = mapped_column(String(100), primary_key=True)  # taxonomy topic id, "" when none
    role: Mapped[str] = mapped_column(String(10), primary_key=True)  # affected | relative | any | ""
    outcome: Mapped[str] = mapped_column(String(10), primary_key=True)  # dialogs.model.Outcome
    count: Mapped[int] = mapped_column(Integer)


class StoredSearchIndex(Base):
    """The directory as the search holds it (bot/directory/search_index.py), written by every
    import in the same transaction as the directory: a start reads this one row. `key` names the
    code and data it was built with; another key is built anew."""

    __tablename__ = "search_index"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
