"""The guards every safety rule is fired through: a negation that reaches it, a story frame, a hypothesis, someone
else's report of the speaker; and the rule itself, a pattern with what may follow it and make it ordinary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from voice_pacer.safety_words import Concern

NEGATORS = frozenset({"not", "never", "nobody", "nothing", "no", "neither", "nor", "without"})
SUBJECTS = frozenset({"i", "he", "she", "they", "you", "we", "my", "our", "your", "their", "his", "her", "the"})
# Words through which a negation reaches the next clause: "not that", "never said", "do not think".
FRAMING = frozenset({"like", "that", "as", "if", "think", "believe", "say", "said", "saying", "mean", "is", "it",
                     "even", "ever", "feel", "really", "true", "because", "sure", "so", "once", "one", "time", "way",
                     "afraid", "scared", "worried", "frightened", "terrified", "chance"})
# Words through which a negation reaches a disclosure in its own clause: "I'm not thinking about hurting myself",
# "it's not like I want to die"; but not "I'm not angry, I just want to die".
REACH = FRAMING | SUBJECTS | frozenset({"me", "want", "wanted", "wants", "to", "would", "will", "going", "trying",
                                        "tried", "try", "am", "are", "was", "been", "have", "has", "do", "did",
                                        "thinking", "thought", "thoughts", "about", "of", "planning", "considering",
                                        "plan", "plans", "intention", "intend", "intentions",
                                        # "I'm not going anywhere near hurting myself" (blind 9)
                                        "anywhere", "near", "close"})
# Words before a match that make it someone else's story, a game, or a figure of speech ("so embarrassed I wanted to
# die"); and below, a hypothesis or a claim about the speaker.
# ("films me", the verb, is no story: "she films me when I'm crying", blind 15)
STORY = re.compile(r"\b(?:films?(?! (?:me|us)\b)|movie|movies|show(?! (?:me|us|him|her|them)\b)|series|book|novel|"
                   r"story|stories|"
                   r"news|podcast|"
                   r"documentary|game|games|play|episode|character|article|song|lyrics|video|cartoon|"
                   r"joke(?! (?:is |was )?on me)|dream|dreamt|dreamed|"
                   r"imagine|imagined|pretend|pretending|play fighting|playfighting|wrestling|tickling|pillow fight|"
                   r"hide and seek|"
                   r"embarrassed|embarrassing|mortified|cringe|"
                   # someone the speaker looks after at work: "my patient talked about self harm" (blind 6)
                   r"(?:my|a|one of my|our|the) (?:patient|client|pupil|student)s? (?:[a-z]+ ){0,3}(?:talked|spoke|"
                   r"told|said|says|disclosed|mentioned|asked|attempted|tried|was|were|is|has|had))\b")
# "I could die" as a figure of delight, not a wish (blind 15: "I'm over the moon, I could just die"): the joy said
# before it in its clause.
DELIGHT = re.compile(r"\b(?:over the moon|thrilled|ecstatic|overjoyed|delighted|elated|chuffed|adorable|on cloud nine|"
                     r"so (?:happy|excited|proud|pleased|cute|good|tasty|delicious|gorgeous|beautiful|lovely))\b")
# A death said in jest on a game's result (blind 16: "if City lose again I'm going to jump off a bridge, ha"): the
# condition is a side losing with no object, so no person, job or home lost ("if I lose him" is no game).
LOST_GAME = re.compile(r"\bif (?!i\b)(?:[a-z]+ ){1,3}(?:lose|loses|lost|draw|draws|get relegated|gets relegated|go "
                       r"down|goes down|bottle it|bottles it|get knocked out|gets knocked out)(?: (?:again|today|"
                       r"tonight|tomorrow|this (?:weekend|season|time|week|year)|on (?:saturday|sunday)|one more time|"
                       r"at home)){0,2} (?:i|then i)\b")
# ...and only where the words say it is a game or a jest: "if the appeal gets knocked out I'm going to kill myself"
# and "if it goes down again tonight I'm going to end it" are no jest (the lead's review of the first wording).
GAME_OR_JEST = re.compile(r"\b(?:ha|haha|hah|lol|lmao|joking|kidding|jk|team|match|game|final|league|cup|derby|season|"
                          r"relegated|relegation|penalties|fixture|points|goals?|ref|referee|lads|fans|football|rugby|"
                          r"cricket|city|united|rovers|town|villa|rangers|celtic|saturday|sunday|weekend)\b")


def lost_game(clause: str, said: str) -> bool:
    """Whether a harm is hung on a side losing in jest: the condition before it (clause) and a game's or a jest's word
    anywhere in what was said."""
    return LOST_GAME.search(clause) is not None and GAME_OR_JEST.search(said) is not None
COULD_DIE = re.compile(r"\b(?:could|would|will) (?:just |actually |literally |honestly )?(?:die|have died|pass out)\b")
# A clause that is a hypothesis ("if he ever hit me I would leave") or the partner's claim about the speaker.
HYPOTHESIS = re.compile(r"\b(?:if|whether|in case|what if|even if|unless)(?: (?:ever|ever again))? ?$")
# ...but a condition may be a partner's known reaction, which is a fear, not a hypothesis (blind 7): the reaction said
# before the "if" ("she goes mad if I've deleted anything") or after a condition with a subject of its own ("if I walk
# away he follows me"). Not "I'd leave him if he ever...", "if he ever hit me" (the partner in the condition), nor
# what someone says, asks or would do ("he says if...", "he would go mad if...").
_HABIT = r"(?!(?:says|asks|thinks|wonders|knows|is|was|has|does|always|his|this|us|kids|as)\b)[a-z]{2,}s"
REACTION_BEFORE = re.compile(r"\b(?:he|she)\b(?: [a-z]+)*? " + _HABIT + r"(?: [a-z]+){0,2} (?:if|when|whenever) ?$")
REACTION_AFTER = re.compile(r"^(?!(?:he|she|they|ever)\b)[a-z]+(?: [a-z]+)*? (?:he|she) (?:[a-z]+ )?" + _HABIT + r"\b")
REPORTED = re.compile(r"\b(?:said|says|say|thinks|think|claims|claim|told (?:me|them|everyone|people)|tells (?:me|them|"
                      r"everyone|people)|accused me of|accuses me of|asked if|asks if|asked whether) (?:that )?$")
# ...unless the one reporting is the speaker: "I don't think I'll be here for Christmas" is the speaker's own word.
SELF_REPORTED = re.compile(r"\bi (?:[a-z]+ ){0,2}(?:said|say|think|thought|claim|told (?:me|them|everyone|people)|"
                           r"tell (?:me|them|everyone|people)) (?:that )?$")
CLAUSE_BREAK = re.compile(r"\b(?:but|although|though|however|yet|except|and then|because|so now|whereas)\b")
# Disclosures that hold a negation of their own: "I wish I was not alive", "I'm scared to tell him no".
SAID_NEGATIVELY = re.compile(r"\b(?:not (?:wake up|waking up|be here|being here|be alive|being alive|alive|here|"
                             r"around|exist|existing|be around|being around)|never (?:wake up|waking up|been born|"
                             r"born|see (?:them|her|him|the kids|the children|the baby|my (?:kids|children|baby|son|"
                             r"daughter))(?: again)?)|"
                             # "I can't even die properly" (blind 10)
                             r"can not even (?:die|kill myself|end it|do that)|"
                             r"(?:tell|told|telling) (?:him|her|them) no|say no|saying no|"
                             # checked on: "he drives past to make sure I'm not with anyone" (blind 16)
                             r"(?:check|make sure|see) (?:that |if |whether )?i am not (?:with|seeing|talking to|"
                             r"lying)|"
                             # the marks hidden from others: "so my mum does not see the bruises"
                             r"(?:(?:does not|do not|can not|will not|would not|never) (?:see|notice|ask about)|"
                             r"nobody (?:sees|notices|asks about)) (?:the|my) (?:marks|bruises|bruising|black eye))\b")
# A "no" someone said is no negation of what follows: "last time I said no he pushed me down the stairs" (blind 6).
SAYING_NO = re.compile(r"\b(?:tell|told|telling|say|said|saying|says) (?:(?:him|her|them) )?no\b")
NOT_A_NEGATION = re.compile(r"\b(?:do not know|did not know|not sure|can not tell|not certain|no idea|"
                            r"not just|not only|no matter|nothing but|"
                            # speech held back, not denied: "he's listening, I can't say more" (blind 6)
                            r"(?:can not|could not) (?:say|talk|speak) (?:more|much|any more|anymore|properly|"
                            r"freely))\b")


@dataclass(frozen=True)
class Rule:
    """One pattern; a negatable rule is cancelled by a negation before it or inside it, or by a story frame."""

    concern: Concern
    pattern: re.Pattern[str]
    negatable: bool = True
    unless: re.Pattern[str] | None = None  # what may follow the match and make it ordinary ("pushed me away")


def negated(words_before: list[str], inside: str) -> bool:
    """A negator inside the match ('he would never hurt me'; not one that is part of what is disclosed, 'I wish I was
    not alive') or in the six words before it that reaches it: before a new subject only through framing words ('it
    is not like he hits me'), within the clause through its helpers too ('i am not thinking about hurting myself'),
    but not through other words ('i am not angry i want to die')."""
    inside = SAID_NEGATIVELY.sub(" ", NOT_A_NEGATION.sub(" ", inside))
    if any(word in NEGATORS for word in inside.split()):
        return True
    near = SAYING_NO.sub(" ", NOT_A_NEGATION.sub(" ", " ".join(words_before[-6:]))).split()
    last = max((i for i, word in enumerate(near) if word in NEGATORS), default=None)
    if last is None:
        return False
    reach = FRAMING if inside.split()[0] in SUBJECTS else REACH
    return all(word in reach for word in near[last + 1 :])


def feared_reaction(before: str, after: str) -> bool:
    """Whether a condition ("if", "when") between these two parts of a clause is a partner's known reaction, not a
    hypothesis: "she goes mad if | I've deleted anything", "if | I walk away he follows me"."""
    return bool(REACTION_BEFORE.search(before) or REACTION_AFTER.search(after))


def delighted(clause: str, said: str) -> bool:
    """Whether a death said ("I could just die") is a figure of the joy said before it in its clause."""
    return bool(COULD_DIE.search(said) and DELIGHT.search(clause))


def reported(clause: str) -> bool:
    """Whether a clause ends as someone else's report of the speaker ("she says"), not the speaker's own ("i think")."""
    return bool(REPORTED.search(clause)) and not SELF_REPORTED.search(clause)


def clause_before(text: str, start: int) -> str:
    """The part of the utterance before a match that belongs to the match's clause."""
    before = text[:start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def excused(rule: Rule, text: str) -> bool:
    """Whether the rule's pattern is there but its own exception says it is an ordinary sense ("die of boredom")."""
    return rule.unless is not None and any(rule.unless.match(text[match.end():])
                                           for match in rule.pattern.finditer(text))


def fires(rule: Rule, text: str) -> bool:
    """Whether the rule fires somewhere in the text past its exception and the guards: negation, story, hypothesis,
    someone else's report of the speaker."""
    for match in rule.pattern.finditer(text):
        if rule.unless is not None and rule.unless.match(text[match.end():]):
            continue
        clause = clause_before(text, match.start())
        if lost_game(clause, text):  # a game's result is a jest in any rule's shape
            continue
        if rule.negatable:
            framed = (STORY.search(clause) or STORY.search(match.group(0))  # "so embarrassed I wanted to die"
                      or delighted(clause, match.group(0)) or lost_game(clause, text))
            if negated(clause.split(), match.group(0)) or framed or HYPOTHESIS.search(clause):
                continue
            if match.group(0).startswith("i ") and reported(clause):
                continue
        return True
    return False
