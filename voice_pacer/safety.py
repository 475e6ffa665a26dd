"""Whether an utterance discloses danger from a person or self-harm: hand-made patterns over normalised text.

Patterns were chosen over a learned model by measurement (benchmarks/understanding.py, held-out rows): they need
no model file, take well under a millisecond on a Raspberry Pi, and say why they fired. Emotional hurt, negations
("he would never hit me"), stories ("the film was violent") and idioms ("this traffic is killing me") are neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    "didnt": "did not", "won't": "will not", "wont": "will not", "can't": "cannot", "cant": "cannot",
    "isn't": "is not", "isnt": "is not", "aren't": "are not", "arent": "are not", "wasn't": "was not",
    "wasnt": "was not", "weren't": "were not", "werent": "were not", "wouldn't": "would not",
    "wouldnt": "would not", "couldn't": "could not", "couldnt": "could not", "shouldn't": "should not",
    "haven't": "have not", "havent": "have not", "hasn't": "has not", "hasnt": "has not", "ain't": "is not",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "cannot": "can not", "cuz": "because",
    "cause": "because", "mum": "mom", "mommy": "mom", "dady": "dad", "daddy": "dad",
}
_JOINED = [(re.compile(r"\b" + a + r"\b"), b) for a, b in (
    (r"my self", "myself"), (r"any more", "anymore"), (r"any longer", "anymore"), (r"no longer", "not anymore"),
    (r"kinda", "kind of"), (r"sorta", "sort of"), (r"every one", "everyone"), (r"no one", "nobody"),
)]


def normalise(text: str) -> str:
    """Lower case words without punctuation, contractions spelt out: the form every pattern is written for."""
    words = re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))
    text = " ".join(_LONG_FORMS.get(word, word) for word in (w.strip("'") for w in words) if word)
    for pattern, joined in _JOINED:
        text = pattern.sub(joined, text)
    return text


def _alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


# Building blocks: each names a group of words in normalised speech.
_KIN = _alt("husband wife partner boyfriend girlfriend ex spouse fiance fiancee dad father mom mother stepdad "
            "stepfather stepmother brother sister son uncle")
PERSON = rf"(?:he|she|they|you|(?:my|our|your) {_KIN})"
KIDS = r"(?:the kids|the children|the baby|our (?:kids|children|baby|son|daughter|boy|girl)|my (?:kids|children|" \
       r"baby|son|daughter|boy|girl)|them)"
VICTIM = rf"(?:me|us|{KIDS})"
_ADV = _alt("has had have just always sometimes often once even again actually really literally then also never "
            "ever nearly almost basically started keeps kept tried would will did does could can got gets was is "
            "been went suddenly finally today yesterday and like kind sort of to even")
ADV = rf"(?:{_ADV} )*"
_HIT = ("hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|shov(?:e|ed|es|ing)|"
        "push(?:ed|es|ing)?|chok(?:e|ed|es|ing)|strangl(?:e|ed|es|ing)|beat(?:s|ing|en)?|smack(?:ed|s|ing)?|"
        "shak(?:e|es|ing)|shook|grab(?:bed|s|bing)?|bit|bite|bites|burn(?:ed|t|s)?|drag(?:ged|s)?|attack(?:ed|s)?|"
        "hurt(?:s|ing)?|harm(?:ed|s)?|stab(?:bed|s)?|shot|shoot(?:s)?|rap(?:e|ed|es)|abus(?:e|ed|es|ing)|"
        "threaten(?:ed|s|ing)?|pinn?(?:ed|s)?|strike|struck|whip(?:ped)?|spat on|spit on")
HARM = rf"(?:{_HIT})"
KILL = r"(?:kill|hurt|hit|beat|harm|stab|shoot|strangle|choke|attack|murder|end)"
FEAR = r"(?:scared|afraid|frightened|terrified|fearful|petrified)"
WILL = r"(?:will|would|is going to|was going to|are going to|going to|might|could|may|is gonna)"
NEGATORS = frozenset({"not", "never", "nobody", "nothing", "no", "neither", "nor"})
# Words before a match that make it someone else's story, a hypothesis or a claim about the speaker.
STORY = re.compile(r"\b(?:film|films|movie|movies|show|series|book|novel|story|stories|news|podcast|documentary|"
                   r"game|games|play|episode|character|article|song|lyrics|video|cartoon|joke|dream|dreamt|dreamed|"
                   r"imagine|pretend|pretending|if|whether|in case)\b")
CLAUSE_BREAK = re.compile(r"\b(?:but|although|though|however|yet|except|and then|because|so now|whereas)\b")
NOT_A_NEGATION = re.compile(r"\b(?:do not know|did not know|not sure|can not tell|not certain|no idea|"
                            r"not just|not only|no matter)\b")


@dataclass(frozen=True)
class Rule:
    """One pattern; a negatable rule is cancelled by a negation before it or inside it, or by a story frame."""

    concern: Concern
    pattern: re.Pattern[str]
    negatable: bool = True
    unless: re.Pattern[str] | None = None  # what may follow the match and make it ordinary ("pushed me away")


def _rule(concern: Concern, pattern: str, negatable: bool = True, unless: str | None = None) -> Rule:
    return Rule(concern, re.compile(r"\b" + pattern + r"\b"), negatable,
                re.compile(r"^ ?(?:" + unless + r")\b") if unless else None)


D, S = Concern.DANGER, Concern.SELF_HARM
RULES: tuple[Rule, ...] = (
    # A person doing violence to the speaker or the children, in any tense; ordinary phrasal senses excluded.
    _rule(D, rf"{PERSON} {ADV}{HARM} {VICTIM}",
          unless=r"away|up (?:on|for|about)|to (?!the |a |my |the ground|the floor)[a-z]+|into [a-z]+ing|at (?:chess|"
                 r"cards|tennis|games?|[a-z]+ing)|to it|feelings|emotionally|with (?:his|her|their|your) words|"
                 r"when (?:he|she|you|they) (?:said|left|forgot|ignored|lied)|so much|a lot|deeply|by (?:saying|"
                 r"ignoring|leaving|lying|not)|out of|in the (?:heart|feelings)|with that|about|off|a |back to"),
    _rule(D, r"(?:i|we|the kids|the children|my [a-z]+) (?:was|were|got|get|have been|has been|am being|are being|"
             r"keep getting) (?:hit|pushed|beaten|slapped|kicked|choked|strangled|punched|attacked|assaulted|abused|"
             r"threatened|raped|shoved|grabbed|beaten up)",
          unless=r"by (?:a|the) (?:car|ball|bus|bike|door|wave|branch|bug|virus|flu|cold|bill|traffic)|with (?:a|the) "
                 r"(?:bill|flu|cold|fine|virus)"),
    _rule(D, rf"{PERSON} {ADV}thr(?:ew|ows|owing|own|ow) (?:[a-z]+ ){{0,4}}(?:at {VICTIM}|at my|across the room|"
             r"against the wall|at the wall|on the floor)"),
    _rule(D, rf"{PERSON} {ADV}(?:throws|threw|smashe[sd]|breaks|broke) (?:things|stuff|plates|dishes|furniture)"),
    _rule(D, rf"{PERSON} {ADV}(?:punched|punches|kicked|hit|smashed) (?:a hole in )?the (?:wall|door|window)"),
    _rule(D, rf"{PERSON} {ADV}(?:pinned|held|holds|pins|threw|throws|slammed|slams|shoved|pushed) (?:me|us) "
             r"(?:down|against|into|onto|to the)"),
    _rule(D, r"(?:grabbed|grabs|squeezed|twisted|pulled|put (?:his|her) hands? (?:around|on)) my "
             r"(?:throat|neck|arm|arms|wrist|wrists|hair|face)"),
    _rule(D, rf"{PERSON} {ADV}(?:locked|locks|lock) (?:me|us|{KIDS}) (?:in|out)"),
    _rule(D, rf"{PERSON} {ADV}(?:will not|would not|does not|did not|wo not|never) let (?:me|us) (?:leave|go|out)",
          negatable=False),
    _rule(D, r"(?:forced|forces|force|made|makes) (?:me|himself on me|herself on me) (?:to )?(?:have sex|sleep with)"),
    _rule(D, r"(?:raped|sexually assaulted|molested|touched|touches|touching) (?:me|my (?:son|daughter|kids|children)|"
             r"the (?:kids|children))(?: inappropriately)?(?! on the| with the)"),
    # Threats, told or feared.
    _rule(D, rf"{PERSON} {ADV}(?:said|says|told me|swore|swears|threatened|threatens|promised|texted|keeps saying) "
             rf"(?:that )?(?:he|she|they|you) {WILL} {KILL} {VICTIM}", negatable=False),
    _rule(D, rf"{PERSON} {ADV}threaten(?:ed|s|ing)? (?:me|us|{KIDS}|to {KILL}|to take the kids|to take the children)",
          unless=r" ?(?:to leave|to go|with divorce|to move out)"),
    _rule(D, rf"threat(?:s|ened)? to (?:kill|hurt|beat|harm) (?:me|us|{KIDS})"),
    _rule(D, rf"{PERSON} {ADV}{WILL} {ADV}{KILL} {VICTIM}",
          unless=r" ?(?:when|once) (?:he|she|they|you) (?:see|sees|find|finds|hear|hears|look|looks|get|gets)|"
                 r" ?for (?:this|that|saying|telling|forgetting|being)|with (?:kindness|questions|love)"),
    _rule(D, rf"(?:knife|gun|weapon|knives|rifle) (?:at|to|on|against) (?:me|my|us|{KIDS})"),
    _rule(D, r"(?:pulled|held|waved|pointed|grabbed|got out|took out|came at me with) (?:a|his|her|the) "
             r"(?:knife|gun|weapon|rifle|bat)"),
    # Fear of a person, or of home.
    _rule(D, rf"{FEAR} (?:of|that|for) (?:him|her|them|you|{PERSON}|what (?:he|she|they|you) ({WILL} )?(?:do|does|did)|"
             rf"(?:his|her|their|your) (?:temper|anger|rage|fists|hands|violence|drinking)|(?:he|she|they) {WILL}"
             r"|my (?:life|safety)|the (?:kids|children|baby)|my (?:kids|children)|our (?:kids|children)|going home|"
             rf"being (?:alone|home) with)", unless=r" ?(?:leave me|leaving|will leave|would leave|might leave|"
             r"will think|would think|thinks|will say|would say|will react|might say|might think|is right|was right|"
             r"will be (?:upset|angry|sad|disappointed|hurt)|will get (?:upset|bored|sick|tired|lost|hurt)|"
             r"getting|losing|lose|will lose|would lose|not|do not|will not|might not|never|is going to leave|"
             r"are going to leave)"),
    _rule(D, rf"{FEAR} to (?:go home|go back home|be home|be at home|be alone with|leave|tell (?:him|her|them) no|"
             r"say no|sleep|fall asleep)"),
    _rule(D, r"(?:he|she|they|you|it) (?:scares|scared|frightens|frightened|terrifies|terrified) "
             r"(?:me|us|the kids|the children|my kids)(?: when| so| to death| all the time|$| every)",
          unless=r" ?(?:when you (?:came|walked|jumped|snuck|crept)|half to death|i did not (?:hear|see))"),
    _rule(D, r"(?:i|we|the kids|the children) (?:do not|does not|can not|never) (?:feel|feels|am|are) safe",
          negatable=False,
          unless=r" ?(?:talking|sharing|saying|telling|to (?:talk|share|say|tell|open|be open|be honest))|emotionally"),
    _rule(D, r"(?:i|we|the kids|the children|my kids) (?:am|are|is|feel|feels) (?:not safe|unsafe|in danger)",
          negatable=False),
    _rule(D, r"(?:my|our) (?:life|lives) (?:is|are) in danger|in danger (?:at home|here|from)"),
    _rule(D, r"(?:call|called|calling|ring|phone) (?:the )?(?:police|cops|nine one one|999|911)"),
    _rule(D, rf"{PERSON} {ADV}(?:is|are|gets|get|got|can be|becomes|became|turns|turned|were|was) {ADV}"
             r"(?:violent|abusive|physical with|rough with|dangerous)"),
    _rule(D, r"(?:domestic (?:violence|abuse)|violence (?:at|in) (?:home|our|my|the house)|he abuses|she abuses|"
             r"abusive (?:relationship|husband|wife|partner|boyfriend|girlfriend))"),
    _rule(D, r"(?:i have|i had|i got|with) (?:bruises|a black eye|a split lip|marks on my)"),
    # Self-harm and not wanting to live: first person.
    _rule(S, r"(?:hurt|hurting|harm|harming|cut|cutting|kill|killing|burn|burning|hang|hanging|starve|starving|"
             r"strangle) myself",
          unless=r" ?(?:cooking|shaving|playing|by accident|accidentally|at the gym|at work|in the garden|on the|"
                 r"while|when i (?:fell|tripped|slipped)|lifting|running|laughing|for (?:forgetting|saying|being))"),
    _rule(S, r"(?:i|me) (?:[a-z]+ ){0,3}(?:want|wanted|wants|wish|wishing|going|ready|planning|plan|thinking|think|"
             r"thought|tried|try|trying) (?:about |of )?(?:to )?(?:die|dying|end (?:it all|my life|things for good|"
             r"everything)|ending (?:it all|my life|everything|things for good)|take my (?:own )?life|taking my "
             r"(?:own )?life|disappear forever|not wake up|not be here|not be alive|not exist|stop existing|sleep "
             r"forever|go to sleep and never wake up|never wake up)"),
    _rule(S, r"(?:do not|not|never) (?:want|wanna|wish) to (?:live|be alive|exist|be here anymore|go on|wake up|"
             r"be around anymore|keep going|carry on|keep living|be on this earth)",
          negatable=False, unless=r" ?(?:with|in|here|there|together|near|like this|apart|alone|without|next|if|"
                                  r"early|at|this (?:way|week)|on (?:my|our))"),
    _rule(S, r"(?:wish|wished) (?:i|that i) (?:was|were|had been|could be) (?:dead|gone|never born|not alive|"
             r"not here)|(?:wish|wished) i (?:had never been born|was never born|would not wake up|could die|"
             r"could disappear|could just disappear)"),
    _rule(S, r"(?:better off|be better) (?:dead|without me|if i (?:was|were) (?:gone|dead|not here))|"
             r"(?:rather|sooner) (?:be dead|not be alive|not exist|not be here)"),
    _rule(S, r"(?:nobody|no one|nobody) would (?:miss|notice|care) (?:me|if i)|(?:no|nothing|not any) "
             r"(?:reason|point|reasons) (?:to|in|for) (?:live|living|being alive|going on|carrying on|me being here)"
             r"|nothing (?:left )?to live for|what is the point (?:of|in) (?:living|being alive|going on|my life|"
             r"carrying on|me being here|being here)|tired of (?:living|being alive|life)|life is not worth living"),
    _rule(S, r"(?:suicide|suicidal|overdose|overdosed|end my life|ending my life|end it all|take my own life|"
             r"took (?:a lot of|all (?:my|the)|too many) (?:pills|tablets)|can not go on (?:anymore|living)|"
             r"can not do this anymore i want to die|jump (?:off|in front of)|slit my wrists)"),
)


def _negated(words_before: list[str], inside: str) -> bool:
    """A negator in the four words before the match or inside it ('he would never hurt me')."""
    near = " ".join(words_before[-4:]) + " " + inside
    near = NOT_A_NEGATION.sub(" ", near)
    return any(word in NEGATORS for word in near.split())


def _clause_before(text: str, start: int) -> str:
    """The part of the utterance before a match that belongs to the match's clause."""
    before = text[:start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _fires(rule: Rule, text: str) -> bool:
    for match in rule.pattern.finditer(text):
        if rule.unless is not None and rule.unless.match(text[match.end():]):
            continue
        if rule.negatable:
            clause = _clause_before(text, match.start())
            if _negated(clause.split(), match.group(0)) or STORY.search(clause):
                continue
        return True
    return False


def assess(text: str) -> Concern | None:
    """Danger from a person, self-harm, or None for everything else (hurt feelings, negations, stories, idioms)."""
    said = normalise(text)
    if not said:
        return None
    for rule in RULES:
        if _fires(rule, said):
            return rule.concern
    return None
