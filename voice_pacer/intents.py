"""Turning an utterance into an intent: the templates of the state's intents (voice_pacer.intent_spec) over normalised
text (voice_pacer.wording), then cues, then the rules for clauses said together, then the learned model."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from voice_pacer.cues import HELPERS, PERSONS, best_cue

# Names written `name as name` are re-exported: the package, the benchmarks and the tests import them from here.
from voice_pacer.intent_spec import ABOUT_WHAT_WAS_SAID as ABOUT_WHAT_WAS_SAID
from voice_pacer.intent_spec import LEAD_RE, LEADS_ONLY, NEGATIONS, REBUTTAL, REPORTING, TAIL, IntentSpec
from voice_pacer.intent_spec import phrases_for as phrases_for
from voice_pacer.wording import CONTRACTIONS as CONTRACTIONS
from voice_pacer.wording import core_words, normalise
from voice_pacer.wording import sounds_unfinished as sounds_unfinished

# Words that soften or stress without changing what is asked ("I really need a break", "can we just stop"): when no
# template matches, they are dropped from the utterance and it is matched again.
SOFTENERS = frozenset({"really", "just", "totally", "very", "so", "please", "maybe", "actually", "honestly", "little",
                       "perhaps", "quite", "simply", "truly", "seriously", "now", "then", "here", "completely",
                       "utterly", "entirely", "absolutely", "exactly", "literally", "lowkey", "basically", "wee",
                       "frankly"})
# Typed text (and some recognisers) mark clauses; a command may stand in one of them, with an aside of at most
# ASIDE_WORDS words around it ("okay, I'm done, thanks"); a longer rest makes it part of a story.
STOP = "stop"
CLAUSE_MARKS = re.compile(r"[.,;:!?\u2026]+|\s-+\s")
ASIDE_WORDS = 4
# A clause saying how the speaker is, given as the reason for a request ("can we pause, I'm getting too upset to talk"),
# may run longer: up to REASON_WORDS words beside the command in all. It starts with one of FEELING_STARTS.
REASON_WORDS = 10
# What the speaker must do tomorrow is such a reason too ("I'm heading to bed, I've got work at six").
# "my breath" has no space after it: "my breathing's back to normal" keeps its "'s".
FEELING_STARTS = ("i am ", "i feel ", "i cannot ", "i can not ", "my heart ", "my head ", "my breath", "my pulse ",
                  "i need ", "it is late ",
                  "i am getting ", "i have had ", "i have never ", "we have never ", "i have got ", "i have to ",
                  "we have got ", "we have to ", "my hearing ", "my eyes ",
                  # blind 16: an errand or the hour as the reason ("hang fire, I got to turn the hob down", "it's gone
                  # eleven and some of us have work, so I'll be saying goodnight"), the mind elsewhere as the reason
                  # the question was missed ("sorry, what? I was still thinking about the last one")
                  "i got to ", "i must ", "it is gone ", "it is past ", "i was still thinking ",
                  "i was thinking about ", "i was miles away", "i was not listening")
# The practice judged, given as the reason beside a command, may run as long as a feeling ("we tried this, it doesn't
# work, I'm not doing it", "it's all a bit silly, I'd rather skip the whole thing"; blind 15).
JUDGED_STARTS = ("it does not work", "this does not work", "it is not working", "this is not working", "we tried ",
                 "we have tried ", "i have tried ", "it never ", "this never ", "it is all ", "this is all ",
                 "it is a bit ", "this is a bit ",
                 # blind 16: the practice doubted by a question ("is this really how we're spending our evening? no.
                 # I'm not doing it")
                 "is this really how ", "is this how we ", "why would i want to ", "why would we want to ")
# "my head's", "my heart's": the contraction left by normalising, read as the feeling's start "my head ".
POSSESSED_IS = re.compile(r"^my ([a-z]+)'s ")
# So is the speaker being lost in the practice, though it names a saying ("help me, I don't know what to say to the
# robot").
LOST_STARTS = ("i do not know what ", "i do not know how ", "i am not sure what ", "i am not sure how ",
               "i have no idea what ", "i have no idea how ")
# A clause that puts the practice off to another time may run as long as a reason ("finish the practice, we'll try
# another day"), and so may one that says the moment is wrong for it ("this isn't the night for it, stop it please").
LATER = re.compile(r"(?:(?:we|i) (?:will|can|could) (?:try|do (?:it|this)|come back to (?:it|this)|pick (?:it|this) "
                   r"up)(?: again)?|maybe|let us (?:try|do (?:it|this))(?: again)?) (?:another (?:day|time|night)"
                   r"|some other (?:day|time)|tomorrow|later|next time)(?: again)? "
                   r"|(?:this|it|tonight|now|today) is not the (?:night|time|day|moment) for (?:it|this) ")
# Where one clause ends the session and another says the speaker is leaving ("I've had enough, I'm going out"), the
# leaving is the more particular: its close offers a time to come back.
LEAVE = "leave"
ENDINGS = frozenset({STOP, "done"})
# At a yes/no question, assent followed by what was offered ("yes, a break would help", "ok let's take the break") is
# a yes: the break was the offer.
ASSENT = frozenset({"yes", "yeah", "yep", "yup", "ok", "alright", "sure", "fine"})
YES, OFFERED = "yes", frozenset({"pause"})
# Assent before a word that holds the floor is a lead-in, not an answer: "okay wait, let's pause" asks for the pause.
HOLDING = frozenset({"wait", "hold", "hang"})
# At a yes/no question, a bare yes or no followed by its reason ("no, if we stop now we'll never come back to it",
# "yeah, before I say something I regret") is that answer, whatever the reason mentions.
NO, REASON_STARTS = "no", frozenset({"if", "because", "before", "since", "as", "so", "otherwise", "or"})
# ... and so is a yes with the condition it is given on ("yeah, but only a quick one"; blind 15).
CONDITION_STARTS = ("but only ", "but just ", "but not too ", "but not for ", "but a quick ", "but a short ")
# A farewell beside an ending signs off to the assistant ("ok we're stopping here, bye"): it is no leaving. Not "good
# night": said beside an ending, it goes to bed ("goodnight, I'm done in").
FAREWELLS = frozenset({"bye", "bye bye", "goodbye", "see you", "see ya", "cya", "laters"})
# A goodnight beside an answer ends what was said for the night ("I love you, goodnight", "thanks for the tea, night"):
# the evening is over, nobody walks out. Beside a bare word or an ending it still goes to bed ("fine, goodnight",
# "I've had enough, goodnight"), and alone it is the leaving its templates say.
GOODNIGHTS = frozenset({"goodnight", "good night", "night", "night night", "nighty night"})
# Where one clause refuses and another says stop ("I'm ending this, it's not helping, stop"), the stop is the request
# and the refusal its reason.
REFUSE = "refuse"
# A self-repair: what follows the marker replaces what came before ("no wait, don't pause, I mean stop it", "no, I
# mean yes, let's have the break").
REPAIR = re.compile(r"\b(?:i mean|i meant|or rather)\b", re.IGNORECASE)
# A command said again, insisting ("I said stop", "I told you, pause it"): the command, when all that follows the
# insisting words is a template's own (at most INSISTED_WORDS words); with more it is a story ("I said stop and he
# laughed").
INSISTING = re.compile(r"(?:(?:no|look|hey|ok|oh) )*(?:i said|i told you|i am telling you) ")
INSISTED_WORDS = 3
# "like" set off by commas is a filler, not a word of the sentence ("how do I, like, end my turn").
# So is one that starts an afterthought about how soon or what was meant ("I need a break, like right now", "how do I
# make it stop, like what's the word").
FILLER = re.compile(r",\s*like\s*,", re.IGNORECASE)
# ... and so is one after a "be" before a comma ("I'm like, basically boiling"; blind 15).
FILLER_AFTER_BE = re.compile(r"(?:(?<=\bam)|(?<=\bi'm)|(?<=\bis)|(?<=\bwas)|(?<='s)|(?<=\bare)|(?<='re))\s+like\s*,",
                             re.IGNORECASE)
AFTERTHOUGHT_LIKE = re.compile(r",\s*like\s+(?=(?:right now|now|what)\b)", re.IGNORECASE)
# A clause that only hedges ("I don't know", "I guess") beside other talk trails off; it asks for nothing ("I'm just
# sad, I don't know" is no request for help).
HEDGES = frozenset({"i do not know", "i dunno", "dunno", "i do not know really", "i guess", "i suppose", "whatever"})
# In an answer, a refusal to say the partner's words back, beside a clause disputing them, contests them: "I'm not
# repeating that, it's nonsense" is a rebuttal, where "I'm not doing this, it's pointless" and "I'm not saying it back,
# that's ridiculous" (the exercise judged) stay refusals.
SAYING_BACK = re.compile(r"(?:not|never|refuse to) (?:going to )?(?:repeat|repeating|say|saying|parrot|parroting) "
                         r"(?:that|it|this|what (?:he|she|you) said)(?: back)? ")
# The words refused named as untrue in the refusal itself: "I'm not saying back lies" is a rebuttal alone.
SAYING_BACK_UNTRUE = re.compile(r"(?:not|never|refuse to|want me to|expect me to) (?:going to )?(?:repeat|repeating|say"
                                r"|saying)(?: back)? "
                                r"(?:lies|a lie|rubbish|nonsense|that (?:lie|rubbish|nonsense))(?: back)? ")
# Being lost beside a request for the prompt again ("again, I don't understand") asks for the prompt: the request is
# the more particular; a bare "what" beside it is no such request ("so what, do I just talk?").
HELP, REPEAT = "help", "repeat"
AGAIN = frozenset({"again", "repeat", "pardon", "louder", "slower", "different", "differently", "once"})
# In an answer, contesting instead of answering, anywhere in what is said (too many ways for the grammar's phrases, and
# said at length, where only open vocabulary hears it): the partner's words judged ("what she said earlier was
# completely unfair"), their character ("you're a hypocrite", "he thinks he's perfect", "if she stopped lying"), the
# question's premise refused ("what is there to appreciate", "thank you for nothing", "nothing, and you know why"), the
# blame handed back ("he should admit he was wrong", "your mother started it, not me").
CONTESTED = re.compile(
    r" (?:what (?:you|he|she) said(?: [a-z]+){0,3} (?:was|is)(?: (?:completely|totally|so|really|just|very))* "
    r"(?:unfair|not fair|not true|untrue|a lie|wrong|out of order|out of line)"
    r"|(?:you|he|she) (?:are|is|was|were) (?:such |a total |a complete |being )?(?:a )?(?:hypocrite|hypocritical)"
    r"|(?:think|thinks) (?:he|she|you) (?:is|are) (?:perfect|always right|never wrong|a saint)(?! for| at| with)"
    r"|(?:stop|stopped|stops|quit) lying|and you know why|thank you for nothing"
    r"|what (?:is|was) there to (?:appreciate|like|be grateful for|thank (?:him|her|you) for)"
    r"|(?:you|he|she) (?:are|is|was|were) wrong about|admit (?:that )?(?:you|he|she) (?:was|were|is|are) wrong"
    r"|started it(?: and)? not me"
    # the account said back and the blame turned ("he says he's ignored but he's the one who..."), asked back ("she
    # thinks I'm lazy, but who does the cooking?"), or met with sarcasm ("it's my fault again, apparently")
    r"|but (?:you|he|she) (?:is|are) the one (?:who|that)|(?:think|thinks|say|says|said)(?: [a-z]+){1,6} but who"
    r"|(?:my fault|the bad (?:guy|one)|the villain|the problem|to blame)(?: [a-z]+){0,2} (?:apparently|great"
    r"|brilliant|lovely|fantastic|wonderful|of course|as usual|as always)(?= $)"
    r"|none of (?:what|that|it)(?: [a-z]+){0,4} (?:was|is) (?:true|fair|right)|(?:you|he|she) twisted (?:everything"
    r"|it|things|my words|what i said)|i am still right"
    r"|(?:that|this|the) question(?:'s| is) (?:a joke|ridiculous|an insult)"
    r"|(?:no|but) (?:it|that) is (?:complete |total |utter )?(?:nonsense|rubbish|a lie|not true)"
    r"|i (?:completely |totally |strongly )?(?:disagree|do not agree)"
    r"(?: with (?:it|that|him|her|you|all of it))?(?= $)"
    # from blind 13: an apology still owed ("you still haven't said sorry"), the blame told with sarcasm ("so
    # apparently it's all my fault") or as it happens again ("I heard him blame me again"), the account dismissed
    # ("whatever he says"), the thanks refused ("nothing worth thanking him for"), the partner judged out of order, a
    # word held back until the other apologises ("I'll say something when she apologises")
    r"|(?:still|never) (?:has not|have not|had not|did not|does not|do not) (?:said sorry|say sorry|apologised"
    r"|apologized|apologise|apologize)|still (?:has not|have not) apologi[sz]ed"
    r"|apparently(?: [a-z]+){0,4} (?:my fault|down to me)"
    r"|(?:blame|blamed|blaming) me(?: for [a-z]+)? again|whatever (?:he|she|you|they) (?:says|say|said|thinks|think)"
    r"|(?:nothing|anything) worth (?:thanking|appreciating|being grateful for)"
    r"|(?:you|he|she) (?:were|was|are|is) (?:completely |totally |well )?out of (?:order|line)"
    r"|when (?:he|she|you) (?:apologises|apologizes|says sorry|has apologised|has apologized)"
    r"|why (?:am|is) (?:i|it) always (?:me|the one)"
    # from blind 14: the blame handed back ("that moment was your fault, not mine", "well you pulled back first", "it
    # was your mum who started it"), fault denied ("I don't think I did anything wrong"), the question's premise
    # refused ("why would I feel close after what you said"), disagreement announced ("if you say something I'll
    # disagree"), a warning not to start ("so don't start")
    r"|(?:was|is) (?:all |entirely |totally |completely )?(?:your|his|her) fault"
    r"|(?:well|but|no|actually) (?:you|he|she) [a-z]+(?: [a-z]+){0,3} first(?= $| so $| and )"
    r"|but it (?:was|is) (?:you|him|her|them|(?:your|his|her) [a-z]+) (?:who|that)"
    r"|think i did anything wrong|i (?:did not do|have not done|never did) anything wrong|i did nothing wrong"
    r"|why would i(?: [a-z]+){1,4} after (?:what|how) (?:you|he|she)|(?:i will|i am going to) (?:just )?disagree"
    r"|so do not (?:even )?start(?= $)"
    # from blind 15: the partner's doing weighed as worse ("what she did was worse than what I did"), the account
    # disowned as theirs ("that's his story, not mine")
    r"|(?:what|the things?) (?:you|he|she) (?:did|does|said|says) (?:was|is) (?:much |way |far |even )?worse than"
    r"|(?:your|his|her) (?:story|version|side)(?: of (?:it|things|events))? not mine"
    # from blind 16: the feeling said back and turned on the one who has it ("so you feel ignored, but you ignore me
    # all the time", "you're upset about money, but you spend more than me"), the account judged a bit rich, or said
    # back and dismissed at its end ("what you said is ..., and frankly that's rubbish")
    r"|(?:you|he|she) (?:feel|feels|felt) ([a-z]{4,})(?:ed|d) but (?:you|he|she)(?: [a-z]+){0,2} \1[a-z]*"
    r" (?:me|us)(?= )|(?:you|he|she) (?:feel|feels|are|is)(?: [a-z]+){1,5} but (?:you|he|she)(?: [a-z]+){1,3}"
    r" more than (?:me|i do)(?= $)|(?:that|it) is a bit rich(?: (?:after|considering|given|from|coming))?"
    r"|(?:said|says|say) is(?: [a-z]+){1,8} (?:and|but) (?:frankly |honestly )?(?:that|it) is (?:rubbish|nonsense"
    r"|not true|a lie|wrong)(?= $)) ")
# ... or someone's account said back and denied at the end ("I heard him say it's my fault, and it's not").
DENIED = re.compile(r" (?:say|says|said|saying|think|thinks|thought)(?: [a-z]+){1,8} (?:and|but) (?:it|that) "
                    r"(?:is|was) not(?: (?:true|fair|right|so))? $")
# Where one clause ends a turn and another says stop ("I think that's it from me, end it"), the whole session ends.
DONE = "done"
# A word that wraps up what was said before the end of a turn in the last clause ("..., so that's me"): the end may
# then be said in its cues' words too (blind 15).
WRAPPING_UP = frozenset({"so", "anyway", "and"})
# Speech and quick typing run clauses together ("not tonight I can't do this", "I'm done here I'm leaving"): a command
# may then start at one of these words, beside an aside of at most ASIDE_WORDS words, if the aside is a clause of its
# own: it neither ends on a word that leads into what follows ("I told him to | stop", "he asked if | I'm done") nor
# reports someone's words ("she says | I'm leaving").
CLAUSE_STARTS = frozenset({"i", "we", "let", "can", "could", "may", "give", "please", "that", "this", "it", "what",
                           "sorry", "ok", "alright", "no", "yes", "yeah", "time", "just", "one", "count", "leave",
                           "forget", "stop", "pause", "help", "again", "repeat", "enough", "nothing", "over", "your",
                           "bye", "goodnight", "good", "see"})
AFTERTHOUGHT_STARTS = frozenset({"i", "we", "it", "that", "this", "so", "ok", "sorry", "please", "thanks", "thank",
                                 "alright", "no", "yes", "yeah", "just", "let", "can", "could", "give", "what"})
LEADING_INTO = frozenset({"to", "that", "if", "when", "because", "whether", "until", "unless", "before", "after",
                          "while", "since", "and", "or", "but", "of", "for", "the", "a", "an", "about", "like", "than",
                          "as", "is", "was", "be", "am", "are", "were", "not", "never", "do", "does", "did", "where",
                          "why", "how", "who", "which", "with", "without", "my", "your", "his", "her", "our", "their",
                          "can", "could", "would", "should", "will", "might", "must", "so", "then", "every", "all"})
# Where a clause may start in an utterance said without marks (speech has none: "he's calmed down go ahead" is "he's
# calmed down, go ahead"): the words a run-together command starts at, the starts of an afterthought and a few verbs
# that open a command; never after a word leading into what follows, nor inside "i said" / "you know" and the like.
UNMARKED_STARTS = (CLAUSE_STARTS | AFTERTHOUGHT_STARTS | frozenset({
    "go", "turn", "switch", "say", "end", "make", "you", "he", "she", "they", "night", "talk", "wrap",
    "kill", "hold", "hit", "take", "need", "park", "give", "shut", "exit", "quit", "cancel", "sorted", "right"})) \
    - {"this", "one", "enough"}  # "this weekend", "the little one", "good enough": no clause of their own
UNMARKED_HELD = frozenset({"i", "we", "you", "he", "she", "they", "guess", "feel", "felt", "what", "by", "from", "at",
                           "in", "on", "into", "onto", "under", "towards", "through",
                           # a relative clause follows these: "nothing i do is good enough"
                           "nothing", "everything", "anything", "something", "all"})
# Words that are also objects ("let me stop you right there", "we have to stop it getting worse"): they start a clause
# only before a helper ("i am off to bed | you can stay up").
OBJECT_STARTS = frozenset({"you", "it", "that"})
# A clause read into an utterance without marks has at least two words: a lone word beside the rest is too often part
# of the sentence ("the meeting ran late | again", "sorry | i am late"). "you" starts one only before a helper ("i am
# off to bed | you can stay up"), since it is also an object ("let me stop you right there").
UNMARKED_LEAST = 2
# Intents a clause read into an utterance without marks never says: their templates' short words ("one more time",
# "no", "not really") end many ordinary sentences; read so, held-out idioms and negations were taken for them. Help's
# being lost is said beside hurt ("I'm so hurt I don't know what to say").
UNMARKED_NOT = frozenset({"repeat", "yes", "no", "help"})
# The speaker searching for words, thinking aloud: no question put to the assistant ("how do I say this", "how can I
# put it", "what's the word").
THINKING_ALOUD = re.compile(
    r"(?:(?:so|well|ok|oh|and|but|i mean|hmm|like) )*(?:how (?:do|should|can|could|would|shall) (?:i|we) (?:say|put"
    r"|explain|describe|word|phrase)(?: (?:this|it|that))?|how (?:to|can i) (?:say|put|explain) (?:this|it|that)"
    r"|what is the word(?: i am looking for)?|what am i trying to say|is that the (?:word|right word|way to say it)"
    r"|what do you call it) ")
# Exasperation said first ("oh for god's sake, again?", "for crying out loud, turn it off") only colours a command in
# the clauses after it; alone, or before talk, it keeps its meaning (an objection on the floor).
EXASPERATION = re.compile(r"(?:(?:oh|ah|ugh|god|jesus|seriously|honestly) )*(?:for (?:god's|goodness|heaven's|pete's"
                          r"|christ's) sake|for crying out loud|oh my god|good grief|bloody hell|jesus christ"
                          r"|(?:oh )?come on|ugh|seriously) ")
# Words that call on someone other than the partners and the assistant: a clause of them alone ("okay kids", "come on
# boys"), or ending on "you two" / "you lot", turns what is said to them ("stop it you two", "quiet now, lights out").
VOCATIVES = frozenset({"kids", "children", "boys", "girls", "you two", "you lot", "you kids"})
_CALLED_LAST = tuple(sorted(word for word in VOCATIVES if word.startswith("you ")))
# Polite questions and feelings that put a request ("do you mind if we stop", "how about a break", "I feel like I need a
# minute"), and the plain request each stands for; only at the start of an utterance.
_WE = ("is it ok if we", "is it alright if we", "would it be ok if we", "would it be alright if we",
       "do you mind if we", "would you mind if we", "mind if we", "how about we", "what if we", "why do not we",
       "cannot we", "could not we",
       "i feel like we should", "i feel like we need to", "i wish we could", "if only we could")
_I = ("is it ok if i", "is it alright if i", "would it be ok if i", "do you mind if i", "would you mind if i",
      "mind if i")
_PARTNER_NEEDS_TO = ("he needs to", "she needs to", "they need to")
_PARTNER_WANTS_TO = ("he wants to", "she wants to", "they want to")
_PARTNER_NEEDS = ("he needs", "she needs", "they need")
_PARTNER_DOES_NOT_WANT = ("he does not want to", "she does not want to", "they do not want to")
# A command passed on to the device through the partner ("can you tell it to stop", "get it to wait, hon"): what the
# device is to do is asked (blind 16's writer, new to such things, asked this way for a stop and for pauses).
_RELAYED = tuple(f"{ask}{verb} {device} to" for ask in ("", "can you ", "could you ", "will you ", "would you ")
                 for verb in ("tell", "get", "ask", "make") for device in ("it", "the app", "the thing", "the machine"))
FRAMES = tuple((f"{frame} ", plain) for frames, plain in (
    (_WE, "let us "), (_I, "i am going to "),
    (("would it be ok to", "would it be alright to", "is it ok to", "is it alright to", "is there a way to",
      "is it possible to"), "can we "),
    (("would you mind", "do you mind"), "can you "), (("how about", "what about"), ""),
    # blind 16: a chance asked after, a plea in Irish English, a future in Southern US English
    (("is there any chance of", "is there a chance of", "any chance of"), "can we have "),
    ((*_RELAYED, "would you ever"), "can you "), (("i am fixin to", "i am fixing to"), "i am going to "),
    # the goodnight said as what the speaker is about to do ("so I'll be saying goodnight")
    (("i will be saying", "so i will be saying", "well i will be saying"), ""),
    (("i feel like i need", "i think i need", "i am going to need"), "i need "),
    (("i feel like we need", "we are going to need"), "we need "),
    # a request made for the partner ("she needs a minute", "he wants to stop"), which the speaker may share
    (_PARTNER_NEEDS_TO, "i need to "), (_PARTNER_WANTS_TO, "i want to "), (_PARTNER_NEEDS, "i need "),
    (_PARTNER_DOES_NOT_WANT, "i do not want to "),
) for frame in frames)
# Words at the end that name the whole evening: with them, what stop also says ends the session ("we're done for
# tonight" on the floor is not the end of a turn).
# A polite frame may put its request in the past, as a hedge ("would it be alright if we stopped"): the plain request
# says it in the present.
HEDGED_PAST = {"stopped": "stop", "ended": "end", "finished": "finish", "paused": "pause", "took": "take",
               "had": "have", "called": "call", "left": "leave", "went": "go", "wrapped": "wrap", "stepped": "step"}
SESSION_SCOPE = (" for tonight", " for today", " for the night", " for the day")
# A request struck as a bargain ("five more minutes and then we stop", "two more seconds then I'm off"): the bargain's
# time leads into the request, which is what is asked.
BARGAIN = re.compile(r"(?:(?:ok|alright|right|fine|just) )*(?:one|two|three|four|five|ten|a few|a couple(?: of)?) more "
                     r"(?:minute|minutes|min|mins|second|seconds|sec|secs)(?: and)?(?: then)? ")
# What comes after a request, said as its plan or shared by the other partner, leaves the request as it is: a return
# after a break ("take a break and then come back to it"), agreement ("he wants to stop and so do I").
PLANNED_RETURN = re.compile(r" and (?:then )?(?:come back|carry on|continue|keep going|go on|pick (?:it|this) up"
                            r"|try again|start again|(?:i|we) will be (?:right )?back)(?: to (?:it|this))?"
                            r"(?: (?:later|after|afterwards|in a bit|(?:at|by|around|in) (?:[a-z]+ ){0,2}[a-z]+))? $")
# ... and so does the request's reason or its end, said after it without a mark: what the request heads off ("we should
# pause this before one of us says something") or until when ("shut it down till tomorrow"; blind 15).
HEADED_OFF = re.compile(r" (?:before (?:one of us|either of us|i|we|you|he|she|it|things|this|someone|somebody)"
                        r"(?: [a-z]+){1,5}|(?:till|until|til) (?:tomorrow|later|next time|the morning|another (?:day"
                        r"|time))(?: yeah| ok| alright| right)?) $")
SHARED = re.compile(r" (?:and )?(?:so do i|neither do i|nor do i|me too|so do we|same here)(?: to be honest)? $")
INTERRUPT = "interrupt"
# On the floor, the listener cutting in and trailing off before saying what ("can I just, sorry, can I just", "sorry,
# sorry, I know, but"): asking for the floor unfinished, marked as such by "can I just" or an apology before a "but"
# (blind 14); a "but" alone or after "I know" is the speaker going on.
_CUT_IN_WORDS = r"(?:sorry|excuse me|wait|ok|yes|yeah|no|right|look|listen|i know|hang on|hold on|just|but)"
CUTTING_IN = re.compile(rf"(?:{_CUT_IN_WORDS} )*(?:(?:can|could|may) i just|(?:sorry|excuse me)(?: {_CUT_IN_WORDS})*"
                        rf" but)(?: (?:{_CUT_IN_WORDS}|(?:can|could|may) i just))*")
# A holding word said over and over ("wait wait wait", "hang on, hang on"): on the floor the listener cutting in,
# in an answer asking to pause (it was read as a rebuttal once blind 14 was trained on; blind 15).
HELD_OVER = re.compile(r"(?:(?:oh|no|but) )*(?:(?:wait|hold on|hang on|hold up) ){2,}")
# On the floor, holding the speaker and asking about something left out ("but hang on, what about Saturday"; blind 15).
# Asking the device to hold in an everyday idiom ("can you hold on", "bear with me a wee second", "hang fire a
# minute"): a pause, beside an errand as its reason as a template's words are (blind 16). A rule, not templates: the
# pause's grammar phrases are at their limit (templates.MAX_PHRASES), and these are not for the grammar.
HELD_FOR = re.compile(r"(?:(?:can|could|would|will) you (?:just )?(?:hold on|wait|hold (?:it|this|that|everything))"
                      r"|bear with (?:me|us)|hang fire)(?: (?:for )?(?:a|one) (?:little |quick )?(?:minute|moment"
                      r"|second|sec|bit|tick|mo))? ")
# Leaving on an errand that takes the speaker away ("excuse me, I must go and collect the grandchildren"; blind 16).
AWAY_ON_ERRAND = re.compile(r"(?:i|we) (?:must|have to|need to|have got to|got to|should) (?:go|be off|head off)"
                            r" (?:and|to) (?:collect|pick up|fetch) ")
# On the floor, holding the speaker to correct them: a fact set right against another ("wait, it was Tuesday, not
# Monday"), the account laid at someone else's door ("wait, no, it was your mother who said that") or a promise held
# up ("hang on a second, you said you'd do it"); blind 16. The speaker's own doing ("wait, it was my mother who...")
# and a plain recollection ("wait, it was a Tuesday") go on.
HOLD_THEN_CORRECT = re.compile(
    r"(?:(?:but|no|oh|sorry|ok) )*(?:hang on|hold on|hold up|wait)(?: a (?:sec|second|minute|moment))? (?:no )?"
    r"(?:(?:it|that) (?:was|is|were) (?:[a-z]+ ){1,3}not [a-z]+ $|it was (?:you|him|her|(?:your|his|her) [a-z]+) "
    r"(?:who|that) |you said (?:you|that you) (?:would|will|were going to) )")
HOLD_THEN_ASK = re.compile(r"(?:(?:but|no|oh|sorry|ok) )*(?:hang on|hold on|hold up|wait)(?: a (?:sec|second|minute"
                           r"|moment))? (?:but )?what about ")
# A dispute given as a reason after what is said ("let me finish your sentence, because you're wrong"): a clause of
# at most DISPUTED_WORDS words after "because" that the dispute's templates say (blind 15).
BECAUSE = frozenset({"because", "cause", "cos", "coz"})
DISPUTED_WORDS = 4
# A both/and sentence, the collaboration's answer ("I want to be close, and I need ten minutes to land first"): a want
# and a need said side by side are what the speaker feels, no request (the need was taken or asked about as a pause).
BOTH_AND = re.compile(r"(?:^| )(?:i|we) (?:want|would like|wish)(?: [a-z]+)+ (?:and|but) (?:i|we) (?:also |still )?"
                      r"need ")
# The assistant's own words quoted as the reason for a request that leaves its verb to them ("you said we could take a
# break, so can we"): the request is what was quoted (blind 14).
QUOTED = re.compile(r"you (?:said|told us|told me) (?:we|i) (?:could|can|would|might|may) (?P<asked>(?:[a-z]+ ){1,6}?)"
                    r"(?:so |and )?(?:can|could|may) (?:we|i)(?: now| then| please)? ")
# Being tired, the reason a goodnight gives for going to bed ("goodnight, I'm knackered": _tired).
TIRED = frozenset({"tired", "knackered", "exhausted", "shattered", "sleepy", "wrecked", "beat", "zonked", "spent",
                   "drained", "pooped", "whacked", "cream"})
TIRED_WORDS = 5  # "I'm so tired" and a word or two: longer is an answer that says how the day was
# A parting word may leave the partner free at its end ("you stay up if you like"; blind 16): "like" leads into nothing.
PARTING_FREE = " if you like "
# A refusal said with its verb left to the clause before, which names doing the practice (_elided_refusal).
ELIDED_REFUSALS = frozenset({"i do not", "i am not", "i will not", "not me", "no i do not", "no i am not",
                             "no i will not"})
DOING_IT = re.compile(r" (?:do|doing) (?:this|it|that|the (?:exercise|practice|check in|breathing)) ")
# Words that only look like a command's when put loosely (blind 16's chatter): a command said needless ("no need to
# repeat it, I heard you") and being worn out ("I'm done in, what a day").
LOOKALIKE = re.compile(r"^ (?:there is )?no need (?:for you )?to | am (?:[a-z]+ )?done in $")
# Words said twice or more before what is asked, to insist or to get in ("no, no, that's rubbish", "wait wait, pause"):
# said once, they lead in as they would alone (_unrepeated).
REPEATED_LEADS = frozenset({"no", "yes", "yeah", "wait", "sorry", "ok", "right"})


def match_intent(text: str, candidates: Iterable[IntentSpec], learned: bool = True) -> str | None:
    """The first candidate intent (in priority order) whose templates the utterance says, allowing a small slip;
    failing that, the intent whose cues a short utterance holds (voice_pacer.cues); failing that, what one of its
    clauses says when the rest is a few words ("sorry, I need to go, it's late"), marked or run together ("I'm done
    here I'm leaving"); failing that (if `learned`), the learned model's proposal among the candidates
    (voice_pacer.intent_model); or None."""
    specs = list(candidates)
    found = _match_templates(text, specs)
    if found is not None or not learned or not specs:
        return found
    from voice_pacer.intent_model import learned_intent  # here, not at the top: the model imports this module

    return learned_intent(text, {spec.name for spec in specs})


def thinking_aloud(text: str) -> bool:
    """Whether the utterance is the speaker searching for words ("how do I say this"): no intent at all."""
    return THINKING_ALOUD.fullmatch(" ".join(core_words(normalise(text))) + " ") is not None


def both_and(text: str) -> bool:
    """Whether an utterance says a want and a need side by side ("I want closeness, and I need space"): no command."""
    return BOTH_AND.search(" ".join(core_words(normalise(text))) + " ") is not None


def _match_templates(text: str, specs: list[IntentSpec]) -> str | None:
    """What the templates, slips, cues and clauses say (match_intent without the learned model); speech has no
    clause marks, so an utterance without them is also read with them where its clauses may start (_marked)."""
    found = _match_marked(text, specs)
    if found is not None or CLAUSE_MARKS.search(text) is not None:
        return found
    return next((found for marked in _marked(core_words(normalise(text)))
                 if (found := _match_marked(marked, specs)) is not None and found not in UNMARKED_NOT), None)


def _marked(words: list[str]) -> list[str]:
    """An utterance said without clause marks, as it may have been written with them: one mark before each word that
    may start a clause (UNMARKED_STARTS) and does not follow a word leading into it, in turn; then all of them ("he is
    calmed down go ahead" as "he is calmed down, go ahead")."""
    cuts = [at for at in range(UNMARKED_LEAST, len(words) - UNMARKED_LEAST + 1)
            if words[at] in UNMARKED_STARTS and words[at - 1] not in LEADING_INTO | REPORTING | UNMARKED_HELD
            and words[at - 2] not in REPORTING and (words[at] not in OBJECT_STARTS or words[at + 1] in HELPERS)]
    marked = [" ".join(words[:at]) + ", " + " ".join(words[at:]) for at in cuts]
    if len(cuts) > 1 and all(after - at >= UNMARKED_LEAST for at, after in pairwise(cuts)):
        marked.append(", ".join(" ".join(words[start:end]) for start, end in pairwise([0, *cuts, len(words)])))
    return marked


def _match_marked(text: str, specs: list[IntentSpec]) -> str | None:
    """What the templates, slips, cues and clauses say of an utterance as its marks cut it into clauses."""
    if thinking_aloud(text) or calls_on_others(text) or both_and(text):
        return None
    if (repaired := _repaired(text)) is not None and (found := _match_templates(repaired, specs)) is not None:
        return found
    if (calmer := _past_exasperation(text)) is not None and (found := _match_templates(calmer, specs)) is not None:
        return found
    text = AFTERTHOUGHT_LIKE.sub(", ", FILLER_AFTER_BE.sub(" ", FILLER.sub(" ", text)))
    words = core_words(normalise(text))
    if (quoted := QUOTED.fullmatch(" ".join(words) + " ")) is not None:
        return _match_templates("can we " + quoted["asked"], specs)
    if any(spec.name == INTERRUPT for spec in specs) and CUTTING_IN.fullmatch(" ".join(words)) is not None:
        return INTERRUPT
    if (held := _held_over(words, specs)) is not None:
        return held
    if (insisted := _insisted(words, specs)) is not None:
        return insisted
    parts = [clause for part in CLAUSE_MARKS.split(text) if (clause := core_words(normalise(part)))]
    if (contested := _refused_back(parts, specs)) is not None:
        return contested
    # an elliptical or hedging last clause leans on the clauses before it: only they may hold a command
    whole = len(parts) < 2 or not ((_elliptical(parts[-1]) or _hedges(parts[-1])) and _leans_on(parts[:-1]))
    found = _match_words(words, specs) if whole else None
    if found == LEAVE and any(_signs_off(part, parts[:at] + parts[at + 1:], specs) for at, part in enumerate(parts)):
        found = None  # a goodnight closing an answer, which the cues may take whole ("that's it, night")
    if found is None:
        found = _match_clauses(text, parts, specs)
    elif found in ENDINGS or found == HELP:  # an ending or help said whole may hold a leaving or a repeat in a clause
        found = _strongest(found, parts, specs)
    if found is None:
        found = _elided_refusal(parts, specs)
    if found is None and any(spec.name == REBUTTAL for spec in specs) and _contests(words):
        found = REBUTTAL
    if found is None:
        found = _disputed_reason(parts, specs)
    if any(spec.name == YES for spec in specs):
        return _offered(found, words, parts, specs)
    return found


def _elided_refusal(clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """A refusal that leaves its verb to the clause before it, where that clause names doing the practice ("why would
    I want to do this? I don't", "you do it if you want, I'm not"; blind 16); else None."""
    if len(clauses) < 2 or " ".join(clauses[-1]) not in ELIDED_REFUSALS \
            or not any(spec.name == REFUSE for spec in specs):
        return None
    before = " " + " ".join(word for words in clauses[:-1] for word in words) + " "
    return REFUSE if DOING_IT.search(before) and not any(word in REPORTING for word in before.split()) else None


def _held_over(words: list[str], specs: list[IntentSpec]) -> str | None:
    """A holding word said over and over, or holding the speaker to ask about something left out: an interruption on
    the floor; a pause in an answer ("wait wait wait"); else None."""
    said = " ".join(words) + " "
    names = {spec.name for spec in specs}
    if INTERRUPT in names and (HELD_OVER.fullmatch(said) or HOLD_THEN_ASK.match(said)
                               or HOLD_THEN_CORRECT.match(said)):
        return INTERRUPT
    if REBUTTAL in names and "pause" in names and HELD_OVER.fullmatch(said):
        return "pause"
    return None


def _disputed_reason(clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """An interruption or a rebuttal where one is listened for, when a clause after the first gives a dispute as the
    reason ("..., because you're wrong"); else None."""
    disputes = [spec for spec in specs if spec.name in (INTERRUPT, REBUTTAL)]
    for words in clauses[1:]:
        if disputes and words[0] in BECAUSE and 1 < len(words) <= DISPUTED_WORDS + 1 \
                and (found := _match_words(words[1:], disputes, loose=False)) is not None:
            return found
    return None


def _contests(words: list[str]) -> bool:
    """Whether an answer contests the partner or the question instead of answering it (CONTESTED, DENIED)."""
    said = " " + " ".join(words) + " "
    return CONTESTED.search(said) is not None or DENIED.search(said) is not None


def _offered(found: str | None, words: list[str], clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """At a yes/no question, assent followed by the break offered is a yes ("ok let's take the break"); a break asked
    for in the pause's own words with no assent is a pause, however a cue of yes took it whole ("break. I need a
    break"). A flow that offers a break routes both to it (flows/pause.yaml)."""
    assent = bool(words) and words[0] in ASSENT and (len(words) < 2 or words[1] not in HOLDING)
    if found in OFFERED and assent:
        return YES
    offered = [spec for spec in specs if spec.name in OFFERED]
    if found == YES and not assent and len(clauses) > 1 \
            and any(_match_words(clause, offered, loose=len(clause) > 1) for clause in clauses):
        return next(iter(OFFERED))
    return found


def _repaired(text: str) -> str | None:
    """What follows the last self-repair marker, when words come before it ("no wait, don't pause, I mean stop it
    completely" is "stop it completely"); else None."""
    marks = list(REPAIR.finditer(text))
    if not marks or not core_words(normalise(text[: marks[-1].start()])):
        return None
    return text[marks[-1].end():]


def _past_exasperation(text: str) -> str | None:
    """What follows a first clause of exasperation alone ("oh for god's sake, turn it off" is "turn it off"); else
    None."""
    first, *rest = CLAUSE_MARKS.split(text, maxsplit=1)
    said = " ".join(core_words(normalise(first))) + " "
    if not rest or not core_words(normalise(rest[0])) or EXASPERATION.fullmatch(said) is None:
        return None
    return rest[0]


def _insisted(words: list[str], specs: list[IntentSpec]) -> str | None:
    """The command said again after insisting words ("I said stop", "I told you, pause it"), if a template says all
    of what follows them in a few words; else None."""
    said = " ".join(words) + " "
    start = INSISTING.match(said)
    rest = said[start.end():].split() if start is not None else []
    if not rest or len(rest) > INSISTED_WORDS:
        return None
    return _match_words(rest, specs, loose=False)


def _refused_back(clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """Rebuttal where it is listened for, when one clause refuses to say the partner's words back and another
    disputes them ("I'm not saying that back, it's not true"); else None."""
    rebuttal = [spec for spec in specs if spec.name == REBUTTAL]
    refuse = [spec for spec in specs if spec.name == REFUSE]
    refusing = [words for words in clauses if SAYING_BACK.search(" " + " ".join(words) + " ")]
    if rebuttal and any(SAYING_BACK_UNTRUE.search(" " + " ".join(words) + " ") for words in clauses):
        return REBUTTAL
    if not rebuttal or not refusing or len(clauses) < 2:
        return None
    # a judgement the refusal's templates know is of the exercise: "I'm not saying it back, that's ridiculous"
    others = [words for words in clauses if words not in refusing and _match_words(words, refuse) is None]
    return REBUTTAL if any(_match_words(words, rebuttal) == REBUTTAL for words in others) else None


def calls_on_others(text: str) -> bool:
    """Whether a clause calls on someone other than the partners, so that what is said is said to them: a vocative
    alone after lead-in words ("okay kids", "come on boys") or "you two" / "you lot" at its end ("stop it you two")."""
    for part in CLAUSE_MARKS.split(text):
        said = " ".join(core_words(normalise(part)))
        bare = re.sub("^" + LEAD_RE + "(?:come on )?", "", said + " ").strip()
        if bare in VOCATIVES or (said.endswith(_CALLED_LAST) and said not in _CALLED_LAST):
            return True
    return False


def _match_clauses(text: str, clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """What one clause says beside a short aside or a reason, marked or run together; a leaving over an ending; at a
    yes/no question, a bare answer before its reason. Clauses: the text's clauses as core words, empty ones left out."""
    # the longest clause first: "what? no, that's wrong" disputes rather than asks; a clause of lead-in words alone
    # ("hold on, pause it") is no command beside another, nor part of an aside ("right, we're back, sorry that took a
    # while"), and neither is the speaker searching for words ("terminate. is that the word? stop")
    if (answer := _leading_answer(clauses, specs)) is not None:
        return answer
    stressed = False  # an end of a turn said between the speaker's words, which the words run together must not find
    for index, words in sorted(enumerate(clauses), key=lambda item: len(item[1]), reverse=True) \
            if len(clauses) > 1 else ():
        rest = [other for at, other in enumerate(clauses) if at != index and not _leads_only(other)
                and not _searching(other) and not _false_start(at, clauses) and " ".join(other) not in TAIL]
        if _leads_only(words) or ((_elliptical(words) or _hedges(words)) and _leans_on(rest)):
            continue
        found = _command_beside(words, rest, specs)
        if found == DONE and _goes_on(index, clauses, specs):
            stressed = True
            continue
        if found == LEAVE and _signs_off(words, rest, specs):
            continue
        if found is not None and not any(_refused(other, found, specs) for other in rest):
            return _strongest(found, rest, specs)
    found = _answer_and_reason(clauses, specs) or _turn_ended(clauses, specs) \
        or _run_together(core_words(normalise(text)), specs)
    return None if stressed and found == DONE else found


def _false_start(index: int, clauses: list[list[str]]) -> bool:
    """Whether a clause is a start that a later clause says again and goes on from ("could you, eh, could you hold
    it"): no part of the aside (blind 16)."""
    words = clauses[index]
    return any(len(later) > len(words) and later[:len(words)] == words for later in clauses[index + 1:])


def _searching(words: list[str]) -> bool:
    """Whether a clause is the speaker searching for words ("is that the word?"): no part of what is asked."""
    return THINKING_ALOUD.fullmatch(" ".join(words) + " ") is not None


def _goes_on(index: int, clauses: list[list[str]], specs: list[IntentSpec]) -> bool:
    """Whether the end of a turn is said between the speaker's other words, none a command: "that's all" stresses
    what was said ("I'm sad. that's all. I'm just sad"), and the turn goes on."""
    before = [words for words in clauses[:index] if not _leads_only(words)]
    after = [words for words in clauses[index + 1:] if not _leads_only(words)]
    return _says_more(before) and bool(after) \
        and not any(_match_words(words, specs, loose=False) for words in before + after)


def _command_beside(words: list[str], rest: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """What a clause says beside the other clauses, if they fit beside it; clauses that say the same command again
    are no part of the aside ("stop for a sec, not the whole thing, just a sec")."""
    size = sum(len(other) for other in rest)
    if _fits_beside(rest, size):
        # beside a longer reason, only a template's own words are a command ("I'm just fed up" is a feeling too)
        # an aside giving an example ("we need a break away, like a proper holiday") makes the clause a plan or a
        # wish: only a template's own words are a command beside it
        example = any(other[0] == "like" for other in rest)
        return _match_words(words, specs, loose=size <= ASIDE_WORDS and not example)
    found = _match_words(words, specs, loose=False)
    if found == LEAVE and size <= REASON_WORDS and all(_parting(other) for other in rest):
        return LEAVE
    aside = [other for other in rest if _match_words(other, specs, loose=False) != found]
    return found if found is not None and aside != rest and _fits_beside(aside, sum(map(len, aside))) else None


def _parting(words: list[str]) -> bool:
    """Whether a clause is a parting word to the partner ("you do what you want", "you stay up if you like"), which a
    leaving may carry as it carries a reason; not their words reported ("you said I was wrong")."""
    said = " ".join(words) + " "
    words = said.removesuffix(PARTING_FREE).split() if said.endswith(PARTING_FREE) else words
    return bool(words) and words[0] in ("you", "y'all") and words[-1] not in LEADING_INTO \
        and not any(word in REPORTING for word in words)


def _leading_answer(clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """At a yes/no question, a bare yes or no said first, beside clauses that are answers too and none the other way
    by its templates ("no, it's okay, we're calm"): that answer. Beside other talk, the bare word answers someone else
    ("no, I haven't seen your glasses")."""
    said = [words for words in clauses if not _leads_only(words)]
    answers = [spec for spec in specs if spec.name in (YES, NO)]
    if len(answers) < 2 or len(said) < 2 or len(said[0]) > 1:
        return None
    found = _match_words(said[0], answers, loose=False)
    if found is None or not all(_match_words(words, answers) is not None for words in said[1:]):
        return None
    contrary = [spec for spec in answers if spec.name != found]
    return None if any(_match_words(words, contrary, loose=False) for words in said[1:]) else found


def _turn_ended(clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """The end of a turn said as the last clause, after what the speaker had to say, however long ("and that's why I
    was upset. done")."""
    ending = [spec for spec in specs if spec.name == DONE]
    if len(clauses) < 2 or not ending or _elliptical(clauses[-2]) or clauses[-2][-1] in LEADING_INTO:
        return None
    last = clauses[-1]
    if len(last) > 1 and last[0] in WRAPPING_UP:  # "..., so that's me": its cues too
        return _match_words(last[1:], ending, loose=len(last) - 1 <= ASIDE_WORDS)
    return _match_words(last, ending, loose=False)


def _signs_off(words: list[str], others: list[list[str]], specs: list[IntentSpec]) -> bool:
    """Whether a goodnight closes an answer: the other clauses say more than a bare word or a hedge, and no command;
    not where they say only that the speaker is tired, the reason to go to bed ("goodnight, I'm knackered")."""
    said = [other for other in others if not _leads_only(other) and not _hedges(other)]
    return " ".join(words) in GOODNIGHTS and bool(said) and _says_more(said) \
        and not all(_tired(other) for other in said) \
        and not any(_match_words(other, specs, loose=False) for other in said)


def _tired(words: list[str]) -> bool:
    """Whether a clause says the speaker is tired ("I'm knackered", "I am so tired"): a reason to go to bed."""
    return words[:2] == ["i", "am"] and len(words) <= TIRED_WORDS and any(word in TIRED for word in words)


def _strongest(found: str, others: list[list[str]], specs: list[IntentSpec]) -> str:
    """Leave rather than an ending when another clause's templates say the speaker is leaving ("I've had enough, I'm
    going out"), but for a farewell; stop rather than the end of a turn or a refusal when another clause says stop
    ("that's it from me, end it", "it's not helping, stop"); the prompt again rather than help when another clause
    asks for it ("again, I don't understand"); else what was found."""
    if found in ENDINGS and any(_match_words(words, specs, loose=False) == LEAVE
                                and " ".join(words) not in FAREWELLS for words in others):
        return LEAVE
    if found == REFUSE and any(_match_words(words, specs) == STOP for words in others):
        return STOP
    if found == DONE and any(_match_words(words, specs) == STOP for words in others):
        return STOP
    if found == HELP and any(AGAIN & set(words) and _match_words(words, specs) == REPEAT
                             for words in others):
        return REPEAT
    return found


def _elliptical(words: list[str]) -> bool:
    """Whether a clause leaves its verb to what was said before it ("I could leave, I just don't want to")."""
    return words[-1] == "to"


def _hedges(words: list[str]) -> bool:
    """Whether a clause only hedges ("I don't know", "I guess"): beside other talk it asks for nothing."""
    return " ".join(words) in HEDGES


def _leans_on(clauses: list[list[str]]) -> bool:
    """Whether clauses hold a verb an elliptical or hedging clause may lean on: more than a bare yes or no, and not
    only elliptical clauses themselves (a refusal said twice, "I don't want to, okay? I just don't want to")."""
    return _says_more([words for words in clauses if not _elliptical(words) and not _leads_only(words)])


def _says_more(clauses: list[list[str]]) -> bool:
    """Whether clauses hold more than a bare yes or no ("no, I don't want to" is a refusal)."""
    return any(len(words) > 1 or words[0] not in ASSENT | NEGATIONS for words in clauses)


def _answer_and_reason(clauses: list[list[str]], specs: list[IntentSpec]) -> str | None:
    """At a yes/no question, a bare yes or no whose next clause gives its reason ("no, if we stop now we'll never
    come back to it"): that answer."""
    answers = [spec for spec in specs if spec.name in (YES, NO)]
    if len(answers) < 2 or len(clauses) < 2 or len(clauses[0]) > 1 or not (
            clauses[1][0] in REASON_STARTS or (" ".join(clauses[1]) + " ").startswith(CONDITION_STARTS)):
        return None
    return _match_words(clauses[0], answers, loose=False)


def _leads_only(words: list[str]) -> bool:
    """Whether a clause is only words that lead into a command ("hold on", "ok so")."""
    return LEADS_ONLY.fullmatch(" ".join(words) + " ") is not None


def _fits_beside(rest: list[list[str]], size: int) -> bool:
    """Whether the other clauses are few enough words to be an aside to a command, a feeling given as its reason
    counting up to REASON_WORDS."""
    if size <= ASIDE_WORDS:
        return True
    plain = [words for words in rest if not _is_feeling(words) and not _puts_off(words) and not _judges(words)]
    return size <= REASON_WORDS and sum(len(words) for words in plain) <= ASIDE_WORDS


def _is_feeling(words: list[str]) -> bool:
    """Whether a clause says how the speaker is, as a clause of its own ("I'm getting upset", "my heart's going",
    "I can't listen to it any more")."""
    said = " ".join(_unsoftened(words)) + " "  # "honestly I'm basically boiling"
    said = POSSESSED_IS.sub(r"my \1 ", said)  # "my head's spinning" (blind 16), as "my head spinning" starts
    return said.startswith(FEELING_STARTS + LOST_STARTS) and words[-1] not in LEADING_INTO \
        and (said.startswith(LOST_STARTS) or not any(word in REPORTING for word in words))


def _unsoftened(words: list[str]) -> list[str]:
    """The words without the softeners they start with ("honestly i am boiling" as "i am boiling")."""
    start = next((at for at, word in enumerate(words) if word not in SOFTENERS), len(words))
    return words[start:]


def _judges(words: list[str]) -> bool:
    """Whether a clause judges the practice, as a reason beside a command ("it doesn't work", "we tried this")."""
    return (" ".join(words) + " ").startswith(JUDGED_STARTS) and words[-1] not in LEADING_INTO


def _puts_off(words: list[str]) -> bool:
    """Whether a clause puts the practice off to another time ("we'll try another day", "maybe tomorrow")."""
    return LATER.fullmatch(" ".join(words) + " ") is not None


def _refused(aside: list[str], found: str, specs: list[IntentSpec]) -> bool:
    """Whether words said beside a command say the same command negated: "don't stop, I want to finish"."""
    said = " " + " ".join(aside) + " "
    plain = re.sub(r" (?:(?:do|does|did) not|not|never) ", " ", said)
    spec = next(spec for spec in specs if spec.name == found)
    return plain != said and _match_words(plain.split(), [spec]) == found


def _is_aside(words: list[str]) -> bool:
    """Whether words said beside a command are a clause of their own, not what leads into it or reports it."""
    return (0 < len(words) <= ASIDE_WORDS and words[-1] not in LEADING_INTO
            and not any(word in REPORTING for word in words))


def _run_together(words: list[str], specs: list[IntentSpec]) -> str | None:
    """A command of two words or more said with no mark before or after a short aside: the templates (not slips or
    cues) of the part that starts at a clause start ("not tonight | i cannot do this", "give me a moment | i am too
    wound up"). A one-word command beside an aside is too often part of a sentence ("the meeting ran late | again")."""
    for cut in range(1, len(words)):
        before, after = words[:cut], words[cut:]
        if after[0] not in CLAUSE_STARTS:
            continue
        # a command said first must not lead into the aside ("i do not want to | stop"), and the aside must start a
        # clause of its own ("what did you ask | your mum" is one question)
        first = before[-1] not in LEADING_INTO and after[0] in AFTERTHOUGHT_STARTS
        orders = [(after, before)] + ([(before, after)] if first else [])
        for command, aside in orders:
            if len(command) > 1 and _is_aside(aside) and (found := _match_words(command, specs, loose=False)) \
                    and not _refused(aside, found, specs):
                return found
    return None


def _reframed(words: list[str]) -> list[str]:
    """A request put as a polite question, a feeling, a wish, a bargain or for the partner, in the plain form the
    templates know: "do you mind if we stop" as "let us stop", "mind if i head off" as "i am going to head off", "how
    about a break" as "a break", "five more minutes and then we stop" as "we stop", "she needs a minute" as "i need a
    minute"."""
    said = " ".join(words) + " "
    if (bargain := BARGAIN.match(said)) is not None and bargain.end() < len(said):
        said = said[bargain.end():]
    for frame, plain in FRAMES:
        if said.startswith(frame):
            verb, *rest = said[len(frame):].split() or [""]
            return (plain + " ".join([HEDGED_PAST.get(verb, verb), *rest])).split()
    return said.split()


def _with_tails_left_off(attempts: tuple[list[str], ...]) -> list[list[str]]:
    """The attempts, then each without a planned return or a partner's agreement at its end ("take a break and then
    come back to it", "he wants to stop and so do i")."""
    return [*attempts, *(trimmed for words in attempts if (trimmed := _tail_left_off(words)) is not None)]


def _tail_left_off(words: list[str], headed_off: bool = True) -> list[str] | None:
    """The words without a planned return, a partner's agreement or (if `headed_off`) what the request heads off at
    their end; None if they end on none of them."""
    said = " ".join(words) + " "
    trimmed = SHARED.sub(" ", PLANNED_RETURN.sub(" ", HEADED_OFF.sub(" ", said) if headed_off else said)).split()
    return trimmed if trimmed and trimmed != words else None


def _asks(words: list[str]) -> bool:
    """Whether words put a request rather than describe a plan: not a person and a plain verb ("we take ten minutes
    and come back" plans; "I want to take a break and then come back" asks)."""
    return not (len(words) > 1 and words[0] in PERSONS and words[1] not in HELPERS)


def _match_words(words: list[str], specs: list[IntentSpec], loose: bool = True) -> str | None:
    """Templates, then (if loose) slips and cues, over normalised words without hesitations; a polite frame around a
    request is put plainly first."""
    if not words or LOOKALIKE.search(" " + " ".join(words) + " "):
        return None
    words = _unrepeated(_reframed(words))
    plain = [word for word in words if word not in SOFTENERS]
    for attempt in _with_tails_left_off((words, plain) if plain != words else (words,)):
        # a phrase a template says word for word after lead-ins comes first: "so, what now" is help's, not repeat's
        # "what" and a tail
        said = LEADS_ONLY.sub("", " ".join(attempt) + " ", count=1).strip()
        names = {spec.name for spec in specs}
        if HELD_FOR.fullmatch(said + " ") and "pause" in names:
            return "pause"
        if AWAY_ON_ERRAND.match(said + " ") and LEAVE in names:
            return LEAVE
        for spec in sorted(specs, key=lambda spec: said not in spec.said_whole):
            if spec.matches(attempt):
                return _whole_session(attempt, spec, specs)
    if not loose or " ".join(words) in decoys():
        return None  # a decoy ("hang on a second": the speaker holding the floor) is no slip or loose wording
    for spec in specs:
        if spec.nearly(words):
            return spec.name
    named = [(spec.name, spec.cues) for spec in specs if spec.cues is not None]
    # a lead-in is no cue of its own: "excuse me, once more" asks for the prompt again, not to come in
    bare = LEADS_ONLY.sub("", " ".join(words) + " ", count=1).split()
    if bare and bare != words and (found := best_cue(bare, named)) is not None:
        return found
    trimmed = _tail_left_off(words, headed_off=False)  # a cue's words before "before ..." may be a habit
    return best_cue(words, named) or (best_cue(plain, named) if plain and plain != words else None) \
        or (best_cue(trimmed, named) if trimmed is not None and _asks(trimmed) else None)


def _unrepeated(words: list[str]) -> list[str]:
    """The words with a lead said over and over before the rest said once ("no no that is rubbish" as "no that is
    rubbish"); a repeat alone ("no no", a decoy) stays as it is."""
    while len(words) > 2 and words[0] == words[1] and words[0] in REPEATED_LEADS and set(words) != {words[0]}:
        words = words[1:]
    return words


@cache
def short_answers() -> frozenset[str]:
    """The flows' short answers as core words ("a little", "not really"): answers, never commands of their own."""
    from voice_pacer.flowfile.common import common  # here: the flow files' shared part builds on this module

    return frozenset(" ".join(core_words(normalise(phrase))) for phrase in common().short_answers)


@cache
def decoys() -> frozenset[str]:
    """The flows' decoys as core words: phrases that mean no intent, in every grammar (voice_pacer/data/common.yaml)."""
    from voice_pacer.flowfile.common import common  # here: the flow files' shared part builds on this module

    return frozenset(" ".join(core_words(normalise(phrase))) for phrase in common().decoys)


def _whole_session(words: list[str], found: IntentSpec, specs: list[IntentSpec]) -> str:
    """The intent found, unless the words end by naming the evening ("we're done for tonight") and stop says them
    too: then the whole session ends, not only the state's own step (a turn, a description)."""
    said = " ".join(words)
    if found.name == STOP or not said.endswith(SESSION_SCOPE):
        return found.name
    stop = next((spec for spec in specs if spec.name == STOP), None)
    # stop may say only the end, after what a wildcard took ("shut it down, we're done for the night")
    ends = stop is not None and any(stop.matches(words[at:]) for at in range(len(words)))
    return STOP if ends else found.name
