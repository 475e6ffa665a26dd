"""The words the safety patterns are written in: what a concern is, the normal form of what was said, and the
vocabulary of people, harm and fear that the rules (voice_pacer.safety_rules) are built from."""

from __future__ import annotations

import re
from enum import StrEnum


class Concern(StrEnum):
    """What a disclosure is about; each has its own plain message."""

    DANGER = "danger"
    SELF_HARM = "self_harm"


# Recognisers write contractions with or without the apostrophe; both become the long form.
_LONG_FORMS = {
    "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'll": "i will", "i'd": "i would",
    "he's": "he is", "hes": "he is", "she's": "she is", "shes": "she is", "it's": "it is", "its": "it is",
    "he'll": "he will", "she'll": "she will", "they'll": "they will", "you'll": "you will", "we'll": "we will",
    "he'd": "he would", "she'd": "she would", "they'd": "they would", "you'd": "you would", "we'd": "we would",
    "hed": "he would", "theyd": "they would", "youd": "you would",
    "they're": "they are", "theyre": "they are", "you're": "you are", "youre": "you are", "we're": "we are",
    "that's": "that is", "thats": "that is", "there's": "there is", "theres": "there is",
    "what's": "what is", "whats": "what is", "let's": "let us",
    "don't": "do not", "dont": "do not", "doesn't": "does not", "doesnt": "does not", "didn't": "did not",
    "didnt": "did not", "won't": "will not", "wont": "will not", "can't": "can not", "cant": "can not",
    "cannot": "can not",
    "isn't": "is not", "isnt": "is not", "aren't": "are not", "arent": "are not", "wasn't": "was not",
    "wasnt": "was not", "weren't": "were not", "werent": "were not", "wouldn't": "would not",
    "wouldnt": "would not", "couldn't": "could not", "couldnt": "could not", "shouldn't": "should not",
    "haven't": "have not", "havent": "have not", "hasn't": "has not", "hasnt": "has not", "ain't": "is not",
    "daren't": "dare not", "darent": "dare not",  # blind 13: "I daren't go home tonight"
    "nobody'd": "nobody would", "everyone'd": "everyone would", "everybody'd": "everybody would",
    "it'd": "it would", "that'd": "that would", "there'd": "there would", "who'd": "who would",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "cuz": "because",
    "cause": "because",
    # the slang of wishes not to live (blind 11: "I want to kms, honestly")
    "kms": "kill myself", "unalive": "kill", "sewerslide": "suicide",
    # ...and its other forms (blind 16: "I feel like unaliving myself honestly")
    "unaliving": "killing", "unalived": "killed", "unalives": "kills",
    "mum": "mom", "mommy": "mom", "mummy": "mom", "dady": "dad", "daddy": "dad",
}
_JOINED = [(re.compile(r"\b" + a + r"\b"), b) for a, b in (
    (r"my self", "myself"), (r"any more", "anymore"), (r"any longer", "anymore"), (r"no longer", "not anymore"),
    (r"kinda", "kind of"), (r"sorta", "sort of"), (r"every one", "everyone"), (r"no one", "nobody"),
    (r"hit (me|us) up", r"contacted \1"),
)]


def normalise(text: str) -> str:
    """Lower case words without punctuation, contractions spelt out: the form every pattern is written for."""
    words = re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))
    words = [_LONG_FORMS.get(word, word) for word in (w.strip("'") for w in words) if word]
    text = " ".join(word.removesuffix("'s") for word in words)  # "my husband's temper": the person is what counts
    for pattern, joined in _JOINED:
        text = pattern.sub(joined, text)
    return text


def _alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


# Building blocks: each names a group of words in normalised speech.
KIN = _alt("husband wife partner boyfriend girlfriend ex spouse fiance fiancee dad father mom mother stepdad "
            "stepfather stepmother brother sister son uncle daughter grandson granddaughter stepson stepdaughter "
            "nephew")
# (a grown child or a relative by marriage too: "my grown up son takes my pension", "my brother in law grabs me")
THIRD = rf"(?:he|she|they|him|(?:my|our|your|their|his|her) (?:own |grown up |adult |eldest |oldest |youngest )?{KIN}" \
        r"(?: in law)?)"
PERSON = rf"(?:{THIRD}|you)"
KIDS = r"(?:the kids|the children|the baby|(?:our|my|the) (?:little |baby |youngest |eldest |oldest |two )?(?:kids|" \
       r"children|baby|son|daughter|boy|girl|boys|girls|toddler)|them)"
# (not hair: it is cut and brushed; pulling it is the grab rule's)
BODY = _alt("face head arm arms back stomach chest leg legs neck throat body mouth nose eye eyes wrist wrists "
             "jaw rib ribs finger fingers hand hands tooth teeth lip shoulder")
VICTIM = rf"(?:me|us|{KIDS}|my {BODY}|my (?:mom|mother|sister|brother|grandma|grandmother))"
_ADV = _alt("has had have just always sometimes often once even again actually really literally then also never "
            "sexually physically "
            "ever nearly almost basically started stopped keeps kept tried would will did does could can got gets was "
            "is been went suddenly finally today yesterday and like kind sort of to even")
ADV = rf"(?:{_ADV} )*"
_HIT = ("hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|shov(?:e|ed|es|ing)|"
        "push(?:ed|es|ing)?|chok(?:e|ed|es|ing)|strangl(?:e|ed|es|ing)|beat(?:s|ing|en)?|smack(?:ed|s|ing)?|"
        "shak(?:e|es|ing)|shook|grab(?:bed|s|bing)?|bit|bite|bites|burn(?:ed|t|s)?|drag(?:ged|s)?|attack(?:ed|s)?|"
        "hurt(?:s|ing)?|harm(?:ed|s)?|stab(?:bed|s)?|shot|shoot(?:s)?|rap(?:e|ed|es)|abus(?:e|ed|es|ing)|"
        "threaten(?:ed|s|ing)?|pinn?(?:ed|s)?|kill|kills|killed|murder(?:ed|s)?|strike|struck|whip(?:ped)?|"
        "spat on|spit on|spits on|spat at|spits at|headbutt(?:ed|s)?|elbow(?:ed|s)|cut|cuts|slam(?:med|s|ming)?|"
        "bang(?:ed|s)?|smash(?:ed|es)?|whack(?:ed|s|ing)?|thump(?:ed|s|ing)?|scald(?:ed|s)?")
HARM = rf"(?:{_HIT})"
# Said to a partner, "you hurt me", "you attacked me", "you kill me" are about feelings and words.
HARM_YOU = (HARM.replace("hurt(?:s|ing)?|harm(?:ed|s)?|", "").replace("attack(?:ed|s)?|", "")
            .replace("kill|kills|killed|murder(?:ed|s)?|", ""))
KILL = r"(?:kill|hurt|hit|beat|harm|stab|shoot|strangle|choke|attack|murder|punch|slap|beat up|finish|end)"
FEAR = r"(?:scared|afraid|frightened|terrified|fearful|petrified|in fear|live in fear|fear|fears)"
WILL = r"(?:will|would|is going to|was going to|are going to|going to|might|could|may|is gonna)"
