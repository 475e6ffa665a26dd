"""Render prompts ahead of time on one worker thread, so a reply's audio is ready the moment it is needed."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from voice_pacer.voice.base import Voice

KEEP = 48  # rendered prompts kept; a flow says a few dozen different lines


class PromptRenderer:
    """A cache of rendered prompts in front of a Voice; the voice is only ever used from the worker thread."""

    def __init__(self, voice: Voice, drop_stale: bool = False) -> None:
        """drop_stale: guesses not started when new ones come are dropped (live, where only latency matters). Kept,
        every guess is rendered in the order made, so a simulated session does the same work every run (and a voice
        whose audio depended on what it rendered before, as pyttsx3's espeak-ng did, would still be heard alike)."""
        self.voice = voice
        self.drop_stale = drop_stale
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voice")
        self._rendered: OrderedDict[str, Future[np.ndarray]] = OrderedDict()

    def warm(self, texts: Iterable[str]) -> None:
        """Start rendering prompts that may be said next; guesses made earlier and not yet started are dropped."""
        wanted = list(dict.fromkeys(texts))
        for text, future in list(self._rendered.items()):
            if self.drop_stale and text not in wanted and future.cancel():
                del self._rendered[text]
        for text in wanted:
            self._future(text)

    def render(self, text: str) -> np.ndarray:
        """The prompt's audio, waiting for it if it is still being rendered."""
        return self._future(text).result()

    def _future(self, text: str) -> Future[np.ndarray]:
        if text in self._rendered:
            self._rendered.move_to_end(text)
            return self._rendered[text]
        future = self._worker.submit(self.voice.render, text)
        self._rendered[text] = future
        while len(self._rendered) > KEEP:
            self._rendered.popitem(last=False)
        return future

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)
