"""Text as the matchers read it: lower case, contractions expanded, punctuation and hesitations dropped; whether an
answer trailed off."""

from __future__ import annotations

import re

CONTRACTIONS = {
    "i'm": "i am", "let's": "let us", "that's": "that is", "it's": "it is", "what's": "what is",
    "there's": "there is", "he's": "he is", "she's": "she is", "we're": "we are", "you're": "you are",
    "they're": "they are", "i've": "i have", "we've": "we have", "you've": "you have", "i'll": "i will",
    "we'll": "we will", "you'll": "you will", "i'd": "i would", "we'd": "we would", "can't": "cannot",
    "won't": "will not", "don't": "do not", "doesn't": "does not", "didn't": "did not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "haven't": "have not",
    "couldn't": "could not", "shouldn't": "should not", "wouldn't": "would not", "ain't": "is not",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "okay": "ok", "he'll": "he will",
    "she'll": "she will", "they'll": "they will", "there'll": "there will", "who's": "who is", "how's": "how is",
}
# What recognisers and quick typing write without an apostrophe or as one sound ("im", "dont", "lemme"). Kept apart
# from CONTRACTIONS, whose reverse gives the spoken forms of grammar phrases.
UNMARKED = {
    "im": "i am", "dont": "do not", "thats": "that is", "lets": "let us", "ive": "i have", "youre": "you are",
    "cant": "cannot", "didnt": "did not", "doesnt": "does not", "isnt": "is not", "wasnt": "was not",
    "arent": "are not", "wont": "will not", "whats": "what is", "theres": "there is", "hes": "he is",
    "shes": "she is", "theyre": "they are", "weve": "we have", "youve": "you have", "couldnt": "could not",
    "wouldnt": "would not", "shouldnt": "should not", "havent": "have not", "hasnt": "has not", "werent": "were not",
    "okey": "ok", "okie": "ok", "yea": "yeah", "cos": "because", "cuz": "because",
    "gimme": "give me", "lemme": "let me", "dunno": "do not know", "kinda": "kind of", "sorta": "sort of",
    "outta": "out of", "goodnite": "goodnight", "nite": "night", "pls": "please", "plz": "please",
    "that'll": "that will", "it'll": "it will", "that'd": "that would", "it'd": "it would", "they've": "they have",
    "who'd": "who would", "what'll": "what will", "should've": "should have",
    "could've": "could have", "would've": "would have", "you'd": "you would", "he'd": "he would",
    "she'd": "she would", "they'd": "they would", "hasn't": "has not", "hadn't": "had not", "hadnt": "had not",
    "mustn't": "must not", "needn't": "need not", "there'd": "there would", "youd": "you would",
    "u": "you", "ur": "your", "na": "nah", "naw": "nah", "wut": "what", "what'd": "what did", "how'd": "how did",
    "where'd": "where did",
}
# Words written apart that the templates write as one ("all right"); only into words a recogniser's dictionary has.
_JOINED = ((re.compile(r"\ball right\b"), "alright"), (re.compile(r"\bo k\b"), "ok"))
# Sounds of assent made of hesitation sounds ("uh huh", "mm hmm"): one word each, so that they are not dropped as
# hesitations; only cues (never grammars) name them.
_ASSENT = ((re.compile(r"\b(?:uh|u) ?huh\b"), "uhhuh"), (re.compile(r"\b(?:mm|mhm|m) ?hmm?\b"), "mmhmm"))
# Sounds of hesitation: dropped wherever they stand, in templates and in what was heard.
HESITATIONS = frozenset({"um", "uh", "er", "erm", "hmm", "mm", "mhm", "ah", "uhm", "umm", "uhh"})
# An answer that ends on one of these has not ended: "Well...", "and um", "because", "let me think".
# Only clear markers: a recogniser may add a stray short word at the end ("... without me asking if"), and an answer
# held open by it would swallow the next one.
TRAILING_OFF = frozenset({"well", "so", "and", "but", "because"})
TRAILING_OFF_PHRASES = ("i mean", "you know", "let me think", "let me see", "i guess", "how do i say")
_TRAILING_OFF_ENDS = tuple(f" {phrase}" for phrase in TRAILING_OFF_PHRASES)


def normalise(text: str) -> str:
    """Lower case, contractions expanded, punctuation dropped, spaces collapsed (normalising twice changes nothing)."""
    text = text.lower().replace("\u2019", "'")
    words = (word.strip("'") for word in re.findall(r"[a-z0-9']+", text))
    expanded = " ".join(CONTRACTIONS.get(word, UNMARKED.get(word, word)) for word in words if word)
    joined = " ".join(word.strip("'") for word in expanded.split() if word.strip("'"))
    for pattern, together in (*_JOINED, *_ASSENT):
        joined = pattern.sub(together, joined)
    return joined


def core_words(utterance: str) -> list[str]:
    """The normalised utterance without hesitations."""
    return [word for word in utterance.split() if word not in HESITATIONS]


def sounds_unfinished(text: str) -> bool:
    """Whether an answer stopped on a hesitation or a word that needs more after it ("Well...", "and um")."""
    said = normalise(text)
    words = said.split()
    if words and all(word in HESITATIONS for word in words):
        return True
    words = core_words(said)
    return bool(words) and (words[-1] in TRAILING_OFF or f" {' '.join(words)}".endswith(_TRAILING_OFF_ENDS))
