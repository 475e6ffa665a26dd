"""Say an answer back to the person who gave it: "I'll text him at lunch" becomes "text him at lunch"."""

from __future__ import annotations

import re

# Ways people start a plan; the plan itself is what follows them.
LEAD_INS = (
    "i am going to try to", "i'm going to try to", "i would like to try to", "i'd like to try to", "i want to try to",
    "i will try to", "i'll try to", "i'll try and", "i think i will", "i think i'll", "i guess i'll", "maybe i could",
    "maybe i can", "maybe i'll", "i am going to", "i'm going to", "i'm gonna", "i would like to", "i'd like to",
    "i want to", "i plan to", "i will", "i'll", "i could", "i can", "i would", "i'd", "try to", "maybe",
)
FILLERS = ("um", "uh", "so", "well", "okay", "ok", "hmm", "yeah")
_START = re.compile(rf"^(?:(?:{'|'.join(FILLERS)})\b[,.]?\s*)*(?:(?:{'|'.join(map(re.escape, LEAD_INS))})\b\s*)?",
                    re.IGNORECASE)
SECOND_PERSON = {"i": "you", "i'm": "you're", "i'll": "you'll", "i've": "you've", "i'd": "you'd", "me": "you",
                 "my": "your", "mine": "yours", "myself": "yourself"}
_WORD = re.compile(r"[A-Za-z']+")


def said_back(answer: str) -> str:
    """The answer as a plan spoken to its author: fillers and lead-in dropped, first person turned to second."""
    text = answer.strip().replace("\u2019", "'").rstrip(".!?,; ")
    text = text[_START.match(text).end():]  # type: ignore[union-attr]  # the pattern matches every string
    return _WORD.sub(lambda word: SECOND_PERSON.get(word.group().lower(), word.group()), text).strip()
