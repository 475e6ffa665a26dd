"""The experiment journal: opt-in, local, only confirmed experiments, asked about later, forgotten on request."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import cli
from tests.textmode import drive, said
from voice_pacer.journal import Journal, journal_files, read_experiments
from voice_pacer.sayback import said_back

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 3, 12)  # a Thursday
EXPERIMENT = ["I'll text him at lunch", "yes", "maybe I could sit close to her on the sofa", "yes"]



def config_file(tmp_path: Path, enabled: bool) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"[journal]\nenabled = {'true' if enabled else 'false'}\npath = \"journal.sqlite3\"\n")
    return path


def raw_bytes(path: Path) -> bytes:
    """Everything SQLite wrote for the journal, the side files included."""
    return b"".join(file.read_bytes() for file in journal_files(path) if file.exists())


def test_confirmed_experiments_are_kept_with_day_and_partner(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3", today=TODAY)
    records = drive("experiment", EXPERIMENT, {"ask_first": 0}, journal=journal)
    journal.close()
    kept = read_experiments(tmp_path / "j.sqlite3")
    assert [(e.day, e.partner, e.slot, e.sentence) for e in kept] == [
        ("2026-03-12", "Dana", "a", "text him at lunch"),
        ("2026-03-12", "Luis", "b", "sit close to her on the sofa"),
    ]
    assert [r["partner"] for r in records if r["event"] == "kept"] == ["a", "b"]
    assert "What you agreed to try is in your journal. I'll ask about it at the next check-in." in said(records)


def test_the_next_checkin_asks_about_it_by_name(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal(path, today=TODAY - dt.timedelta(days=1))
    drive("experiment", EXPERIMENT, {"ask_first": 0}, journal=journal)
    journal.close()
    journal = Journal(path, today=TODAY)
    records = drive("checkin", ["It landed well, I smiled", "We did, for a bit", "", "", "", ""], journal=journal)
    prompts = said(records)
    assert "Dana, yesterday you chose to try this: text him at lunch. How did that land?" in prompts
    assert "Luis, yesterday you chose to try this: sit close to her on the sofa. How did that land?" in prompts
    assert prompts.index("Thank you, Dana.") < prompts.index("Dana, what did Luis do today that made you feel close?")
    assert len(journal.experiments()) == 2, "check-in answers are never kept"
    journal.close()
    assert b"I smiled" not in raw_bytes(path)


def test_an_old_or_missing_experiment_is_not_asked_about(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3", today=TODAY)
    journal.keep("Dana", "a", "text him at lunch", day=TODAY - dt.timedelta(days=30))
    prompts = said(drive("checkin", ["", "", "", ""], journal=journal))
    assert not any("How did that land" in p for p in prompts)
    assert prompts[2] == "Dana, what did Luis do today that made you feel close?"


def test_when_is_said_in_words(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3", today=TODAY)
    journal.keep("Dana", "a", "text him at lunch", day=TODAY - dt.timedelta(days=3))
    journal.keep("Luis", "b", "make tea", day=TODAY)
    texts, numbers = journal.recall(("Dana", "Luis"))
    assert texts["last_experiment_a_when"] == "on Monday"
    assert texts["last_experiment_b_when"] == "earlier today"
    assert numbers["last_experiment_a_known"] == 1 and numbers["journal_on"] == 1


def test_reset_notices_an_experiment_chosen_again_and_again(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3", today=TODAY)
    for days_ago, sentence in ((5, "text him at lunch"), (3, "text him at lunchtime"), (1, "text him at lunch")):
        journal.keep("Dana", "a", sentence, day=TODAY - dt.timedelta(days=days_ago))
    journal.keep("Luis", "b", "sit close on the sofa", day=TODAY - dt.timedelta(days=1))
    journal.keep("Dana", "a", "text him at lunch", day=TODAY - dt.timedelta(days=9))  # last week: not counted
    prompts = said(drive("reset", ["yes", "", "", ""], journal=journal))
    assert "Dana, this week you chose this three times: text him at lunch." in prompts
    assert "Notice that. Something new is starting to hold." in prompts
    assert not any(p.startswith("Luis, this week") for p in prompts), "once is not yet a habit"


def test_nothing_is_kept_unless_confirmed(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3", today=TODAY)
    records = drive("experiment", ["I'll text him at lunch", "no", "I'll call him at lunch", "",
                                   "sit close to her", "no", "not now"], {"ask_first": 0}, journal=journal)
    assert [r["state"] for r in records if r["event"] == "state"][-1] == "goodbye"
    assert journal.experiments() == []
    assert not [r for r in records if r["event"] == "kept"]
    journal.close()
    assert b"lunch" not in raw_bytes(tmp_path / "j.sqlite3")


def test_journal_off_stores_nothing(tmp_path: Path) -> None:
    config = config_file(tmp_path, enabled=False)
    result = cli("run", "experiment", "--text", "--set", "ask_first=0", "--config", str(config),
                 stdin="\n".join(EXPERIMENT) + "\n")
    assert result.returncode == 0, result.stderr
    assert "to try: text him at lunch" in result.stdout
    assert not any(file.exists() for file in journal_files(tmp_path / "journal.sqlite3"))
    assert cli("journal", "show", "--config", str(config)).stdout.startswith("nothing kept")


def test_journal_on_from_the_config_file_or_the_flag(tmp_path: Path) -> None:
    on, off = tmp_path / "on", tmp_path / "off"
    on.mkdir()
    off.mkdir()
    for folder, extra in ((on, []), (off, ["--journal"])):
        config = config_file(folder, enabled=folder == on)
        result = cli("run", "experiment", "--text", "--set", "ask_first=0", "--config", str(config), *extra,
                     stdin="\n".join(EXPERIMENT) + "\n")
        assert result.returncode == 0, result.stderr
        assert [e.sentence for e in read_experiments(folder / "journal.sqlite3")] == [
            "text him at lunch", "sit close to her on the sofa"]


def test_show_export_and_forget(tmp_path: Path) -> None:
    config = config_file(tmp_path, enabled=True)
    journal = Journal(tmp_path / "journal.sqlite3", today=TODAY)
    journal.keep("Dana", "a", "text him at lunch")
    journal.close()
    shown = cli("journal", "show", "--config", str(config))
    assert "Dana" in shown.stdout and "text him at lunch" in shown.stdout and "2026-03-12" in shown.stdout
    exported = json.loads(cli("journal", "export", "--config", str(config)).stdout)
    assert [(e["day"], e["partner"], e["slot"], e["sentence"]) for e in exported] == [
        ("2026-03-12", "Dana", "a", "text him at lunch")]
    target = tmp_path / "out.json"
    assert cli("journal", "export", "--output", str(target), "--config", str(config)).returncode == 0
    assert json.loads(target.read_text()) == exported
    refused = cli("journal", "forget", "--config", str(config), stdin="n\n")
    assert refused.returncode == 1 and "Delete all 1 kept experiments" in refused.stdout
    assert (tmp_path / "journal.sqlite3").exists()
    confirmed = cli("journal", "forget", "--config", str(config), stdin="y\n")
    assert confirmed.returncode == 0, confirmed.stderr
    assert not any(file.exists() for file in journal_files(tmp_path / "journal.sqlite3"))


def test_forget_with_yes_removes_the_side_files_too(tmp_path: Path) -> None:
    config = config_file(tmp_path, enabled=True)
    journal = Journal(tmp_path / "journal.sqlite3")
    journal.keep("Dana", "a", "text him at lunch")  # open: the -wal and -shm files exist now
    assert all(file.exists() for file in journal_files(journal.path))
    result = cli("journal", "forget", "--yes", "--config", str(config))
    journal.close()
    assert result.returncode == 0, result.stderr
    assert not any(file.exists() for file in journal_files(tmp_path / "journal.sqlite3"))
    assert list(tmp_path.iterdir()) == [config]


def test_the_default_journal_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = cli("run", "experiment", "--text", "--journal", "--set", "ask_first=0", stdin="\n".join(EXPERIMENT),
                 env=env)
    assert result.returncode == 0, result.stderr
    assert len(read_experiments(tmp_path / "data" / "voice-pacer" / "journal.sqlite3")) == 2


def test_unwritable_journal_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('[journal]\nenabled = true\npath = "file/journal.sqlite3"\n')
    (tmp_path / "file").write_text("a file where a folder should be")
    result = cli("run", "experiment", "--text", "--config", str(tmp_path / "config.toml"), stdin="no\n")
    assert result.returncode != 0
    assert "cannot open the journal" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_killed_session_keeps_what_was_confirmed(tmp_path: Path) -> None:
    config = config_file(tmp_path, enabled=True)
    command = [sys.executable, "-m", "voice_pacer", "run", "experiment", "--text", "--set", "ask_first=0",
               "--names", "Dana,Luis", "--config", str(config)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, cwd=ROOT)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("I'll text him at lunch\nyes\n")  # then no more input: the session waits for Luis
    process.stdin.flush()
    seen = []
    for line in process.stdout:  # wait for the confirmation line, however long it takes
        seen.append(line)
        if "kept in the journal" in line:
            break
    assert any("kept in the journal" in line for line in seen), seen
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    path = tmp_path / "journal.sqlite3"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT partner, slot, sentence FROM experiments").fetchall()
    assert rows == [("Dana", "a", "text him at lunch")]


@pytest.mark.parametrize(("answer", "back"), [
    ("I'll text him at lunch.", "text him at lunch"),
    ("Um, so I think I'll sit close to her on the sofa", "sit close to her on the sofa"),
    ("a text at lunch", "a text at lunch"),
    ("Maybe I could put my phone away when I get home", "put your phone away when you get home"),
    ("I want to try to ask how her day was", "ask how her day was"),
])
def test_answers_are_said_back_to_their_author(answer: str, back: str) -> None:
    assert said_back(answer) == back


def test_a_damaged_journal_is_one_line_and_can_be_forgotten(tmp_path: Path) -> None:
    config = config_file(tmp_path, enabled=True)
    (tmp_path / "journal.sqlite3").write_bytes(b"not a database, just some words " * 40)
    shown = cli("journal", "show", "--config", str(config))
    assert shown.returncode == 2 and "Traceback" not in shown.stderr
    assert "cannot open the journal" in shown.stderr and "journal forget" in shown.stderr
    forgotten = cli("journal", "forget", "--config", str(config), stdin="y\n")
    assert forgotten.returncode == 0, forgotten.stderr
    assert "cannot be read" in forgotten.stdout
    assert not (tmp_path / "journal.sqlite3").exists()
