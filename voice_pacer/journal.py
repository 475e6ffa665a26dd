"""The experiment journal (opt-in): each confirmed experiment, its day and its partner, in a local SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import platformdirs

from voice_pacer.errors import UserError
from voice_pacer.intents import normalise

SCHEMA = """
CREATE TABLE IF NOT EXISTS experiments (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,       -- the local date it was agreed, YYYY-MM-DD
    kept_at TEXT NOT NULL,   -- the local time it was confirmed, ISO 8601
    partner TEXT NOT NULL,   -- the partner's name in that session
    slot TEXT NOT NULL,      -- 'a' or 'b': which partner of the session
    sentence TEXT NOT NULL   -- the experiment, as said back and confirmed
)"""
RECENT_DAYS = 14  # an experiment older than two weeks is not asked about any more
WEEK = 7
SAME_EXPERIMENT = 0.8  # character similarity at which two sentences are the same experiment told a bit differently
TIMES = {1: "once", 2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times",
         7: "every day"}


@dataclass(frozen=True)
class Experiment:
    """One kept experiment."""

    day: str
    kept_at: str
    partner: str
    slot: str
    sentence: str


def default_journal_path() -> Path:
    """The journal file in the user's data folder (e.g. ~/.local/share/voice-pacer/journal.sqlite3)."""
    return platformdirs.user_data_path("voice-pacer", appauthor=False) / "journal.sqlite3"


def journal_files(path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it in WAL mode."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


class Journal:
    """An open journal; every kept experiment is committed at once, so a crash loses nothing confirmed."""

    def __init__(self, path: Path, today: dt.date | None = None) -> None:
        self.path = path
        self.today = today  # None: the real date each time
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a commit is on disk before keep() returns
            self._db.execute(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise UserError(f"cannot open the journal {path}: {exc}; check that its folder is writable, set "
                            "[journal] path in the config file, or remove a damaged file with "
                            "`voice-pacer journal forget`") from None

    def day(self) -> dt.date:
        """Today, as the journal counts days."""
        return self.today or dt.date.today()

    def keep(self, partner: str, slot: str, sentence: str, day: dt.date | None = None) -> None:
        """Store one confirmed experiment in its own transaction."""
        when = day or self.day()
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        try:
            # autocommit: the INSERT is one transaction, committed (and synced) when execute returns
            self._db.execute("INSERT INTO experiments (day, kept_at, partner, slot, sentence) VALUES (?,?,?,?,?)",
                             (when.isoformat(), stamp, partner, slot, sentence))
        except sqlite3.Error as exc:
            raise UserError(f"cannot write to the journal {self.path}: {exc}") from None

    def experiments(self) -> list[Experiment]:
        """Everything kept, oldest first."""
        rows = self._db.execute("SELECT day, kept_at, partner, slot, sentence FROM experiments ORDER BY id")
        return [Experiment(*row) for row in rows]

    def recall(self, names: tuple[str, str]) -> tuple[dict[str, str], dict[str, float]]:
        """What flows may say and test about each partner's latest experiment: (placeholders, condition numbers)."""
        texts: dict[str, str] = {}
        numbers: dict[str, float] = {"journal_on": 1}
        everything = self.experiments()
        for slot, name in zip("ab", names, strict=True):
            key = f"last_experiment_{slot}"
            mine = [e for e in everything if e.partner == name]
            latest = mine[-1] if mine else None
            age = (self.day() - dt.date.fromisoformat(latest.day)).days if latest else RECENT_DAYS
            if latest is None or not 0 <= age < RECENT_DAYS:
                numbers.update({f"{key}_known": 0, f"{key}_days": 0})
                continue
            week_start = self.day() - dt.timedelta(days=WEEK - 1)
            days = {e.day for e in mine if e.day >= week_start.isoformat() and _same(e.sentence, latest.sentence)}
            texts.update({key: latest.sentence, f"{key}_when": _when(age, dt.date.fromisoformat(latest.day)),
                          f"{key}_times": TIMES.get(len(days), f"{len(days)} times")})
            numbers.update({f"{key}_known": 1, f"{key}_days": len(days)})
        return texts, numbers

    def close(self) -> None:
        """Close the database (every kept experiment is already committed)."""
        self._db.close()


def read_experiments(path: Path) -> list[Experiment]:
    """Everything in the journal at path; nothing when there is no journal (the file is not created)."""
    if not path.exists():
        return []
    journal = Journal(path)
    try:
        return journal.experiments()
    finally:
        journal.close()


def forget(path: Path) -> list[Path]:
    """Delete the journal and SQLite's side files; returns the files removed."""
    removed = []
    for file in journal_files(path):
        try:
            file.unlink()
            removed.append(file)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise UserError(f"cannot delete {file}: {exc.strerror}; check its permissions") from None
    return removed


def as_records(experiments: list[Experiment]) -> list[dict[str, Any]]:
    """The journal as plain records, for JSON export."""
    return [asdict(e) for e in experiments]


def _same(one: str, other: str) -> bool:
    a, b = normalise(one), normalise(other)
    return a == b or SequenceMatcher(None, a, b).ratio() >= SAME_EXPERIMENT


def _when(age: int, day: dt.date) -> str:
    if age == 0:
        return "earlier today"
    if age == 1:
        return "yesterday"
    if age < WEEK:
        return f"on {day.strftime('%A')}"
    return "last week"
