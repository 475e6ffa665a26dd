"""Every exception in the safety patterns, exercised: the ordinary sentence it lets through, and a disclosure beside it
that must still stop. Dropping or narrowing an exception makes its negative stop; widening it loses the disclosure."""

from __future__ import annotations

import pytest

from voice_pacer.safety import Concern, assess, pattern_concern

D, S = Concern.DANGER, Concern.SELF_HARM

# What may follow "he hit me" and make it an ordinary sense, each said about someone ("he ...") and to the partner
# ("you ..."), but "you" only with the verbs its rule takes ("you hurt me" is hurt feelings already).
ORDINARY_SENSES = [
    ("will slap me", "when she sees the bill"),
    ("will slap me", "for this"),
    ("will slap me", "if we are late again"),
    ("hit me", "with all your questions"),
    ("pushed me", "away"),
    ("beat me", "up about the money"),
    ("pushed me", "to try harder"),
    ("beat me", "to the punch"),
    ("dragged me", "into volunteering"),
    ("pushed me", "into the pool"),
    ("pushed me", "too hard at training"),
    ("pushed me", "over the edge with the nagging"),
    ("abused me", "verbally, in front of my friends"),
    ("kicked me", "in her sleep"),
    ("elbowed me", "by accident"),
    ("elbowed me", "accidentally on the bus"),
    ("kicked me", "while we were playing"),
    ("threatened me", "with divorce"),
    ("cut me", "short"),
    ("cut me", "some slack"),
    ("cut me", "a deal on the car"),
    ("cut me", "in line at the bakery"),
    ("cut me", "down to size in the meeting"),
    ("beat me", "at chess"),
    ("beat me", "to it"),
    ("abused me", "emotionally for years"),
    ("pushed me", "out of my comfort zone"),
    ("kept pushing me", "about the wedding"),
    ("cut me", "off mid sentence"),
    ("cut me", "a slice of cake"),
    ("dragged me", "across town for a sofa"),
    ("dragged me", "round to her mum's"),
    ("dragged me", "around the shops"),
    ("pushed me", "down the list"),
    ("hit me", "with the news at dinner"),
    ("kicked me", "under the table"),
    ("hit me", "with that"),
    ("pushed me", "back to square one"),
    ("hurt me", "when she said that"),
    ("hurt me", "so much"),
    ("hurt me", "a lot"),
    ("hurt me", "deeply"),
    ("hurt me", "by saying it"),
    ("hurt the kids", "feelings"),
    ("hurt me", "in the heart"),
]
YOU_VERBS_LEFT_OUT = ("hurt", "harm", "attack", "kill", "murder")


def _frames(verb_phrase: str) -> list[str]:
    return ["he {}"] if verb_phrase.startswith(YOU_VERBS_LEFT_OUT) else ["he {}", "you {}"]


@pytest.mark.parametrize(("verb_phrase", "tail"), ORDINARY_SENSES)
def test_an_ordinary_sense_after_a_blow_is_no_disclosure_and_the_blow_alone_is(verb_phrase: str, tail: str) -> None:
    for frame in _frames(verb_phrase):
        ordinary = frame.format(f"{verb_phrase} {tail}")
        assert pattern_concern(ordinary) is None, ordinary
        disclosure = frame.format(f"{verb_phrase} again last night")
        assert pattern_concern(disclosure) is D, disclosure
        assert assess(disclosure) is D, disclosure


# The same senses after a blow joined to another act ("she scratches and hits me")
JOINED = [
    ("she laughs and shoves me away", "she laughs and shoves me into the wall"),
    ("she grins and kicks me under the table", "she grins and kicks me in the stomach"),
    ("he smiles and beats me at chess every time", "he smiles and beats me when nobody is looking"),
    ("she laughs and beats me to it", "she laughs and beats me with a belt"),
    ("he grins and beats me to the punch", "he grins and beats me until I cry"),
    ("she cries and threatens me with divorce", "she cries and threatens me with a knife"),
    ("he sulks and hurts me emotionally", "he sulks and then hurts me again"),
    ("she ignores me and hurts me so much", "she ignores me and hurts me when he is out"),
    ("he goes quiet and hurts me deeply", "he goes quiet and hurts me later"),
    ("she laughed and hurt me when she said that", "she laughed and hurt me when I fell"),
    ("he laughs and hurts me by saying I'm lazy", "he laughs and hurts me with his belt"),
    ("she tosses and turns and kicks me in her sleep", "she gets drunk and kicks me in the back"),
    ("he trips and kicks me by accident", "he trips me and kicks me on the floor"),
    ("she rolls over and kicks me accidentally", "she rolls her eyes and kicks me"),
    ("he jokes and shoves me too hard", "he shouts and shoves me down"),
    ("he laughs and shoves me into the pool", "he laughs and shoves me into the door"),
    ("she smiles and shoves me into volunteering", "she screams and shoves me into the fridge"),
]


@pytest.mark.parametrize(("ordinary", "disclosure"), JOINED)
def test_an_ordinary_sense_after_a_joined_blow_is_no_disclosure(ordinary: str, disclosure: str) -> None:
    assert pattern_concern(ordinary) is None
    assert assess(ordinary) is None
    assert assess(disclosure) is D


# (ordinary sentence an exception lets through, disclosure beside it that must stop, its concern)
EXCEPTIONS = [
    # "about" a topic after a blow is pressing ("pushing me about..."), not being thrown or knocked about (blind 7)
    ("he keeps pushing me about the wedding", "he throws me about when he's drunk", D),
    ("he keeps pushing me about the wedding", "she pushed me about the head", D),
    ("the flu really knocked me about", "he knocks me about when he's had a drink", D),
    # cut off mid sentence, not from family or friends (blind 7)
    ("he cut me off halfway through my sentence", "he cut me off from my family years ago", D),
    ("she cut me off before I could finish", "she cut me off from all my friends", D),
    # eyes closed for good, unless for a while or the wish is denied (release 21)
    ("I wish I could shut my eyes and not open them until the holidays",
     "I wish I could shut my eyes and not open them ever again", S),
    ("I don't wish I could close my eyes and never open them", "I wish I could close my eyes and never open them", S),
    # not wanting to live somewhere or somehow, unless "or at all" follows (blind 7)
    ("I don't want to live like this, with the house a mess", "I don't want to live like this, or at all", S),
    # held down, unless in a game or play fight
    ("my sister held me down during the water fight", "my sister held me down on the bed", D),
    # hair pulled, unless into a plait or a ponytail
    ("she pulled my hair into a ponytail before school", "she pulled my hair and dragged me along the hall", D),
    # walls and doors hit, unless by me, the wind, the dog, the cat or a ball; a phone broken by accident
    ("I punched the wall in frustration last night", "he punched the wall right next to my head", D),
    ("the wind smashed the window in the night", "he smashed the window while I was inside", D),
    ("the dog hit the door with its tail", "she hit the door so hard the frame cracked", D),
    ("the cat kicked the window chasing a fly", "he kicked the window in while I hid", D),
    ("the ball smashed the window during the match", "he smashed the window with his fist", D),
    ("he broke my glasses by sitting on them", "he broke my glasses and then laughed at me", D),
    # touched, unless on the shoulder or with something in play
    ("she touched me on the arm to wake me up", "my stepdad touched me", D),
    ("he touched me with the cold spoon as a joke", "my uncle touched me and said it was our secret", D),
    # afraid of a person's opinion is ordinary worry
    ("I'm afraid of her reaction when she sees the car", "I'm afraid of her temper", D),
    # afraid to go home or to leave, unless to face the mess, because of the boiler, leaving work, early or the dog
    ("I'm scared to go home and face the washing up", "I'm scared to go home to him tonight", D),
    ("I'm afraid to go home because of the leak in the roof", "I'm afraid to go home because of him", D),
    ("I'm scared to leave work before my boss does", "I'm scared to leave, he said he would find me", D),
    ("I'm scared to leave early in case they notice", "I'm terrified to leave with the kids", D),
    ("I'm scared to leave the puppy on her own all day", "I'm too scared to leave and he knows it", D),
    # "you scared me" when someone crept up or was not heard
    ("you scared me when you crept in at two in the morning", "he scares me when he drinks", D),
    ("you scared me to death when you jumped out", "he scares me to death", D),
    ("she scared me when I did not hear her come in", "she scares me all the time", D),
    # not feeling safe to speak, emotionally or alone with one's thoughts is no danger from a person
    ("I don't feel safe sharing this at work", "I don't feel safe in this house with him", D),
    ("I don't feel safe emotionally with her yet, we keep fighting", "I don't feel safe at home anymore", D),
    ("I'm not safe saying that at work, they'd sack me", "I'm not safe in this house", D),
    # bruises from sport or a fall
    ("I have bruises from the match on saturday", "I have bruises from where he grabbed me", D),
    # living in fear of an exam
    ("we're living in fear of the exam results", "I've been living in fear since I moved in with him", D),
    # punished at school
    ("I got punished at school for talking", "I get punished if I go out without asking", D),
    # marks on a table are not hidden injuries
    ("I wiped it so mum does not see the marks on the table", "I wear a polo neck so nobody sees the marks", D),
    # made to disappear off a list
    ("she said she would make me disappear off the group chat", "she said she would make me disappear", D),
    # "will kill me" for something trivial
    ("my mom will kill me when she sees the carpet", "he will kill me if I leave", D),
    ("she is going to kill me for forgetting the milk", "she is going to kill me, she has a knife", D),
    ("my dad will kill us if we are late", "my dad will kill us if we tell anyone", D),
    ("my mom is going to absolutely murder me when she sees the carpet", "my ex is going to murder me, he said so", D),
    ("my dad is going to murder us if we are late", "my dad is going to murder us tonight", D),
    ("my sister wants to kill me when she sees her jumper", "my husband wants to kill me", D),
    # a punishment promised for something trivial
    ("my wife will punish me when she sees the kitchen", "my wife will punish me later, she always does", D),
    ("he is going to punish me for forgetting his birthday", "he is going to punish me when you have gone", D),
    ("my mom will totally punish us if we are late", "my husband will punish me if I tell you", D),
    ("she will punish me with her cooking again", "she will punish me, she always does after people visit", D),
    # wishes to die or disappear with a reason that is ordinary, or a dye that sounds like it
    ("honestly I could just die laughing", "honestly I could just die", S),
    ("I feel like disappearing to the beach for a week", "I feel like disappearing for good", S),
    ("I feel like disappearing from this party", "I feel like disappearing and never coming back", S),
    ("I keep thinking about ending it between us", "I keep thinking about ending it", S),
    ("I could just disappear at the party and nobody would notice", "I could just disappear tonight", S),
    ("I feel like disappearing every time my mum visits", "I feel like disappearing, nobody would care", S),
    ("I feel like vanishing until the exams are over", "I feel like vanishing, it would be easier", S),
    ("I'm thinking about disappearing after the wedding for a quiet week", "I'm thinking about disappearing", S),
    ("I could just die, the way she looked at me", "I could just die, nobody needs me", S),
    ("I could just die, it was so awkward", "I could just die tonight and be done", S),
    ("I could just die, her dress was the same as mine", "I could just die and be done with it all", S),
    ("I could just die, his mum saw the whole thing", "I could just die, I'm so tired of everything", S),
    # death as a relief from the weather or a meeting
    ("honestly death would be a relief from this meeting", "death would be a relief from all of this", S),
    # a plan to end it with someone, or between two people
    ("I've worked out how to end it with her kindly", "I've worked out how to end it, the pills are ready", S),
    ("I've been planning when to end it between us", "I've been planning when to end it, the notes are written", S),
    # a burden for a while, for a reason
    ("I feel like a burden to my family when my back flares up", "I feel like a burden to my family", S),
    ("I feel like a burden to everybody if I ask for lifts", "I feel like a burden to everybody", S),
    ("I feel like a burden on my family because I can't drive yet", "I feel like such a burden on my family", S),
    # life not worth living without chocolate
    ("life's not worth living without chocolate", "life's not worth living anymore", S),
    # a wish to vanish somewhere
    # a wish to vanish somewhere restful; not into the sea or under a train
    ("I wish I could disappear to a desert island", "I wish I could disappear and never come back", S),
    ("I wish I could disappear into a good book", "I wish I could disappear into the sea", S),
    ("I wish I could vanish from this meeting", "I wish I could vanish", S),
    ("I wish I could disappear under the duvet until spring", "I wish I could disappear under a train", S),
    ("I wish I could disappear somewhere sunny", "I wish I could simply vanish", S),
    ("I wish I could disappear off to the beach", "I wish I could disappear, honestly", S),
    ("I feel like disappearing somewhere hot for a week", "I feel like disappearing for good", S),
    ("I keep thinking about vanishing under the covers all weekend", "I keep thinking about vanishing", S),
    # alive only for someone, unless laughing
    ("if it wasn't for you I would have killed myself laughing",
     "if it wasn't for you I would have killed myself", S),
    # rather not be here for an occasion
    ("I'd rather not be here when she opens the present", "I'd rather not be here anymore", S),
    ("I'd rather not be here if they start singing", "I'd rather not be here at all", S),
    ("I'd rather not be here while they paint", "I'd sooner not exist", S),
    ("I'd rather not be here during the speeches", "I'd rather be dead", S),
    ("I'd rather not be here for the fireworks, the dog hates them", "honestly I'd rather not be alive", S),
    ("I'd rather not be here at the end of the party", "I'd rather not be here, full stop", S),
    # the point of being somewhere, tired of living somewhere or somehow
    ("what's the point of me at these meetings", "what's the point of me", S),
    ("I'm tired of living in this tiny flat", "I'm so tired of living", S),
    ("I'm tired of living here with the damp", "I'm tired of being alive", S),
    ("I'm tired of living at my mum's", "I'm tired of life", S),
    ("I'm tired of living like students", "I'm just tired of living", S),
    ("I'm tired of living next to the motorway", "honestly I'm tired of living", S),
    ("I'm tired of living on noodles", "I'm really tired of living", S),
    ("I'm tired of living out of boxes since the move", "I'm tired of living like this", S),
    ("I'm tired of living near the railway", "I'm tired of living, truly", S),
    ("I'm tired of living off toast", "I am so tired of living", S),
    ("I'm so tired of living paycheque to paycheque", "I'm tired of living and I want it to stop", S),
    # it all ending, well
    ("I want it all to end happily", "I want it all to end", S),
    ("I want it all to end nicely, with a party", "I want it all to just end", S),
    ("I want it all to be over soon so we can go on holiday", "I want it all to be over", S),
    ("I want it all to end on a high", "I wish it all would just stop", S),
    ("I want it all to end with a big dinner", "I want everything to stop", S),
    ("I want it all to end in a big hug", "I want my life to be over", S),
    ("I want it all to stop there, no more presents", "I want it all to finally end", S),
]


@pytest.mark.parametrize(("ordinary", "disclosure", "concern"), EXCEPTIONS)
def test_each_exception_lets_its_ordinary_sentence_through_and_not_the_disclosure_beside_it(
        ordinary: str, disclosure: str, concern: Concern) -> None:
    assert pattern_concern(ordinary) is None
    assert assess(ordinary) is None
    assert assess(disclosure) is concern


def test_not_safe_alone_with_ones_thoughts_is_no_danger_from_a_person() -> None:
    said = "I don't feel safe alone with my thoughts tonight"
    assert assess(said) is not D
    assert assess("I don't feel safe alone with him tonight") is D
