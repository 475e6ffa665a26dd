"""The official US English Vosk models: list them and download one safely into the models folder."""

from __future__ import annotations

import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from voice_pacer.ears.vosk_ears import looks_like_vosk_model
from voice_pacer.errors import UserError

TIMEOUT_SECONDS = 15
MIRROR_ENV = "VOICE_PACER_MODEL_MIRROR"  # a folder URL holding the same zips (a local mirror for offline installs)
OFFICIAL = "https://alphacephei.com/vosk/models"
CHUNK_BYTES = 1 << 16


@dataclass(frozen=True)
class ModelInfo:
    """One downloadable model; its exact size is checked against the server's Content-Length."""

    name: str
    size: str
    description: str

    @property
    def url(self) -> str:
        """Where the zip lives: the official site, or the mirror named by $VOICE_PACER_MODEL_MIRROR."""
        return f"{os.environ.get(MIRROR_ENV, OFFICIAL).rstrip('/')}/{self.name}.zip"


CATALOG = {
    info.name: info
    for info in (
        ModelInfo("vosk-model-small-en-us-0.15", "40 MB", "small US English model: quick, good for commands"),
        ModelInfo("vosk-model-en-us-0.22", "1.8 GB", "large US English model: most accurate, needs ~6 GB of memory"),
    )
}


def list_models(models_dir: Path) -> list[tuple[str, str, str, bool]]:
    """Rows of (name, download size, description, installed?)."""
    return [
        (info.name, info.size, info.description, looks_like_vosk_model(models_dir / info.name))
        for info in CATALOG.values()
    ]


def download(name: str, models_dir: Path, url: str | None = None, progress: bool = True) -> Path:
    """Fetch, check and unpack a model into models_dir/name; nothing partial is left behind on any failure."""
    if name not in CATALOG and url is None:
        raise UserError(f"unknown model '{name}'; available: {', '.join(CATALOG)}")
    url = url or CATALOG[name].url
    target = models_dir / name
    if looks_like_vosk_model(target):
        return target
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create the models folder {models_dir}: {exc.strerror}") from None
    work = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=models_dir))
    try:
        archive = work / "download.zip"
        _fetch(url, archive, progress)
        unpacked = _unpack(archive, work / "unpacked", url)
        if target.exists():  # a broken earlier install: replace it
            shutil.rmtree(target)
        unpacked.rename(target)
        return target
    except KeyboardInterrupt:
        raise UserError(f"download of {name} interrupted; nothing was installed, run the command again") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fetch(url: str, archive: Path, progress: bool) -> None:
    """Stream url to archive, checking the byte count against Content-Length."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response, archive.open("wb") as out:
            expected = int(response.headers.get("Content-Length") or 0) or None
            received = _copy(response, out, expected, url, progress)
    except urllib.error.HTTPError as exc:
        raise UserError(f"cannot download {url}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"cannot download {url} ({reason}); check the internet connection and try again") from None
    except OSError as exc:
        raise UserError(f"cannot save the download in {archive.parent.parent}: {exc.strerror or exc}") from None
    if expected is not None and received != expected:
        raise UserError(f"download of {url} was cut short ({received} of {expected} bytes); try again")


def _copy(response, out, expected: int | None, url: str, progress: bool) -> int:
    """Copy the response body to out with an optional progress bar; returns the bytes copied."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

    received = 0
    columns = ("{task.description}", BarColumn(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, disable=not progress, transient=True) as bar:
        task = bar.add_task(url.rsplit("/", 1)[-1], total=expected)
        while chunk := response.read(CHUNK_BYTES):
            out.write(chunk)
            received += len(chunk)
            bar.update(task, advance=len(chunk))
    return received


def _unpack(archive: Path, into: Path, url: str) -> Path:
    """Extract the zip and return the folder inside it that is a Vosk model."""
    try:
        with zipfile.ZipFile(archive) as package:
            root = into.resolve()
            for member in package.namelist():
                if not (into / member).resolve().is_relative_to(root):
                    raise UserError(f"{url} is not a usable model archive (unsafe path {member}); nothing installed")
            package.extractall(into)
    except (zipfile.BadZipFile, EOFError):
        raise UserError(f"{url} is not a valid zip archive; try again later or download it by hand") from None
    candidates = [into, *sorted(p for p in into.iterdir() if p.is_dir())]
    for candidate in candidates:
        if looks_like_vosk_model(candidate):
            return candidate
    raise UserError(f"{url} does not contain a Vosk model (no am/final.mdl or conf/model.conf); nothing installed")
