"""The safety classifier on its own: disclosures however worded, and the ordinary talk it must leave alone."""

from __future__ import annotations

import csv
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voice_pacer.safety import Concern, assess, normalise, pattern_concern, reported

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "utterances.csv"

DANGER = [
    # the examples
    "he pushed me", "I'm afraid of what he'll do", "she threw something at me", "he said he'd kill me",
    "I'm scared of him",
    # other wordings, tenses and people
    "my husband hits me when he drinks", "he's been hurting me", "you hit me", "she slapped me across the face",
    "he tried to strangle me", "he put his hands around my throat", "he grabbed my wrist and wouldn't let go",
    "I got beaten up last night", "I was kicked in the stomach", "he threatened to kill the kids",
    "he says he'll hurt me if I tell anyone", "he told me one day he would kill me",
    "if I leave he will find me and hurt me", "I'm frightened of my wife", "I live in fear of my partner",
    "I'm terrified of his temper", "I'm worried he's going to hurt the children", "I fear for my safety",
    "the kids are afraid of their dad", "I'm scared to go home tonight", "I don't feel safe in my own house",
    "we're not safe here", "he punched a hole in the wall next to me", "she smashed my phone",
    "he locks me in the house", "he won't let me leave", "he pulled a gun on me", "he held a knife to my throat",
    "he gets violent when he's been drinking", "my boyfriend is abusive", "he hit our son", "he shook the baby",
    "there is violence at home", "I have bruises all over my arms", "please call the police",
    "the kids saw him hit me", "he gave me a black eye", "he headbutted me", "he spat at me",
    "I'm scared he'll find me", "he sends me threatening messages", "he has a violent temper",
    "he has hurt me before", "he's going to kill us",
    # injuries, weapons, control and threats put in other words
    "my husband slammed my head into the table", "he broke my arm", "he wrapped his hands around my neck",
    "he has a gun and he said he'd use it on me", "he won't let me see my friends", "he forced himself on me",
    "I'm living in fear", "he put his hands on me again", "my husband has been violent towards me",
    "he tried to run me over", "he threatened to burn the house down", "my dad hits my mum",
    "I'm scared he'll find out where I am", "he said he'd kill himself and me",
    # fear and threats put indirectly
    "I sleep with a knife under my pillow because of him", "I'm scared every time I hear his car pull up",
    "he said nobody would ever find my body", "he hurt the dog to scare me",
    "he said if I leave he'll make sure I never see the kids again",
]
SELF_HARM = [
    # the examples
    "I want to hurt myself", "I don't want to live", "I don't want to be here anymore",
    # other wordings
    "I want to die", "I'm thinking about killing myself", "I wish I was dead", "I wish I'd never been born",
    "everyone would be better off without me", "there's no reason to live", "I've got nothing left to live for",
    "I've been cutting myself", "I keep thinking about ending my life", "I don't want to wake up tomorrow",
    "I can't go on anymore", "I feel suicidal", "I'm going to take all my pills", "what's the point of living",
    "I want it all to end", "I'd rather be dead", "nobody would miss me", "life isn't worth living",
    "part of me wants to die",
    "I've been self harming", "I think about not being here", "I don't want to be in this world anymore",
    "I hope I never wake up", "I'm done with life",
    # wishes, doubts and plans put in other words
    "I wish I could go to sleep and not wake up", "I wish I could just end it", "I'm not sure I want to live anymore",
    "life's not worth living", "I don't see the point in living", "I'd be better off not being here",
    "I've been cutting again", "I have pills saved up", "I feel like dying", "I've stopped wanting to live",
    "I wish it would all just end", "I hate my life and want to die", "there's no reason for me to be alive",
    "I feel like giving up on life", "I can't see a way out except dying", "I don't want to live like this anymore",
    # signs put indirectly
    "I've written goodbye letters", "I keep thinking about the pills in the cupboard", "I won't be around much longer",
    "I don't see a future for myself", "I've thought about how I'd do it",
    "I've been giving my things away because I won't need them",
]
NEITHER = [
    # emotional hurt is what the practices are for
    "she hurt my feelings", "that hurt me a lot", "you really hurt me when you left", "it hurts when you ignore me",
    "your words hurt me", "I felt attacked when you criticised me", "you broke my heart", "she pushes me away",
    "I'm scared of losing you", "I'm afraid you'll leave me", "I'm afraid of what she'll think",
    # negations
    "it's not violence, we just argue", "he would never hit me", "she has never been violent",
    "I'm not afraid of him", "I don't want to hurt myself", "I would never kill myself", "I'm not suicidal",
    "nobody is in danger here", "he has never laid a hand on me", "I don't want to die, I want us to be happy",
    # stories and other people
    "the film was violent", "we watched a movie where a man hits his wife", "in the book she wants to die",
    "my friend said her husband threatened her", "a documentary about domestic violence",
    # idioms and ordinary senses
    "this traffic is killing me", "I could kill for a coffee", "my feet are killing me", "I nearly died laughing",
    "my mum will kill me when she sees the mess", "I'm dying to see that film", "he beat me at chess",
    "she pushed me to apply for the job", "I'm afraid I forgot the milk", "I'm scared of spiders",
    "he hit me up yesterday", "you hit me with a tough question", "I killed myself laughing",
    "I don't want to live in this town", "I don't want to go on holiday", "I'm afraid you're wrong",
    "I hurt myself at the gym", "I got hit by a ball at football", "he threatened to leave",
    "he pushed me too hard at work", "my son kicked me in his sleep", "he beat me to the punch",
    "you attacked me the moment I walked in", "you kill me, you really do", "you threatened me with divorce",
    "I'm afraid of my mum's reaction", "I'm afraid to leave the house in the dark", "he cut me off mid sentence",
    "I'm not thinking about suicide", "I think about death since my dad died",
    # hypotheses and claims about the speaker
    "if he ever hit me I would leave", "she says I'm afraid of her but I'm not",
    # chores, trivial trouble and ordinary tiredness
    "I cut myself chopping onions", "I burned myself on the oven", "my mum will kill me if I'm late",
    "she'll murder me if I forget her birthday", "I'm done with life admin", "I'm tired of living with the mess",
    "I'm so tired I could die", "I could die of boredom", "I want to disappear under a blanket",
    "I want to end this argument", "I don't want to live in the city", "I'm dying for a cup of tea",
    "he hit me with a pillow", "I hit my head on the cupboard", "the kids hit each other with pillows",
    "I was thinking about my pills, did I take them", "she hurt me when she laughed at me",
    # negations that reach the disclosure through framing or its own clause's helpers
    "I'm not afraid he'll hurt me, he's not like that", "I have no thoughts of hurting myself",
    "there's no way he'd hit me", "it's not like I want to kill myself", "without him hurting me we'd be fine",
    "my friend said she wants to die", "we were play fighting and he pushed me over",
    "I was so embarrassed I wanted to die",
    "he kicked me under the table to stop me talking",
    # commands and chatter
    "stop", "I need a break", "hang on a second", "I'm done", "the dishwasher is making that noise again",
]
# Families added for issue 8's second round, written from first principles: hiding or locking oneself away from a
# person, threats reported in other words, violence joined to another act, being held down or cut off from help.
DANGER_FAMILIES = [
    "I hide in the bathroom when he's angry", "I lock the door because of him", "the kids hide from their dad",
    "I had to lock myself in the car to get away from her", "I'm terrified he'll come back",
    "our daughter is terrified of her dad", "he said he'd burn the house down with us inside",
    "he keeps a gun in the house and says he'll use it", "he said I'd be dead if I told anyone",
    "he told me he'd make me disappear", "he said no one would find me", "she scratches and hits me",
    "my ex keeps turning up at my door and threatening me", "he sits on me so I can't move",
    "he took the car keys so I couldn't leave", "he takes my phone so I can't call anyone",
    "he controls the money and won't let me leave", "he spits on me",
    # injuries, weapons, being held down, driven off the road, broken in on, stalked, controlled, the police
    "he put me in hospital", "he gave me a concussion", "he knocked me to the floor", "he came at me with a hammer",
    "he held a pillow over my face", "he ran me off the road", "he threw me out of the car", "he pulls my hair",
    "I'm covered in bruises", "I lie about my bruises", "he said tonight he'll finish me",
    "I think she wants to kill me", "I never know when he'll explode", "I'm afraid in my own home",
    "home isn't safe for me",
    "I'm worried about the kids' safety with him", "he hurts our little boy", "he touched our daughter",
    "he's been sexually abusing me", "he's stalking me", "my ex broke into my house", "he keeps me locked in",
    "I'm not allowed to see my friends", "he took my passport", "I'm scared of my own husband",
    "we've had the police round because of him", "I had to get a restraining order",
]
SELF_HARM_FAMILIES = [
    "I wish I could simply vanish", "I hope I never wake up again", "I've been thinking of ending it",
    "I have a plan to end it", "I want to vanish", "I can't keep living like this",
    "I feel like I'd be better off not existing", "I'm a burden to everyone and I should just go",
    "I keep thinking about jumping", "I want out of this life", "I don't see a single reason to keep going",
    "I've written notes to say goodbye", "I've been giving all my stuff away",
    # relief in death, no will to live, means and places, hurting oneself, deserving it
    "death would be a relief", "dying would be easier", "I don't care if I live or die", "I've lost the will to live",
    "I don't think I'll be around much longer", "this is my last night", "I've got a rope", "I bought a noose",
    "I stood on the edge of the bridge", "I want to throw myself in front of a train", "I burn my skin with lighters",
    "I punch myself", "I should just die", "I shouldn't be alive", "what's the point of me being alive",
    "I want to sleep and never wake up", "I pray I don't wake up",
]
NEITHER_FAMILIES = [
    "he threw the ball at me", "she threw a party for me", "he locked me out by accident",
    "the kids hid from him in hide and seek", "I'm going to die of boredom", "I want it all to end well",
    "she pushed me into the pool on holiday", "she hit me with the news that she's pregnant",
    "I don't want to live like we're strangers", "I used to self harm as a teenager but I'm fine now",
    "I wish I could disappear for a weekend", "dad's going to kill us if we're late again",
    "I hid the presents from him", "I sleep with the door shut because of the noise",
    "I've been thinking of ending it with my job", "I feel like a burden when I ask for help with the kids",
    "I hide in the bedroom when he's watching football", "he said I'd be dead tired after the hike",
    "he took the car so I couldn't leave work early", "I feel like a burden to you when I'm sick",
    "I keep thinking about jumping off the diving board", "I hope I never wake up this tired again",
    "I'm afraid they'll show up", "if I didn't wake up early I would miss the bus",
    "he knocked me over with his bag by accident", "she knocked me out with that dress", "he threw me under the bus",
    "he took my phone by mistake", "he won't let me pay for dinner", "I lock the door at night", "I'm dead serious",
    "I want to die my hair", "I wish I could sleep forever on Sundays", "he's violent in the game",
    "he'll murder me for losing the keys", "I threw myself into my work", "I hit myself on the cupboard door",
    "the police came because of the noise next door", "I should just die of embarrassment",
    "she held her hand over my mouth to stop me laughing", "she dragged me across town to that shop",
    "he pushed me down the list", "he's trying to kill me with all this cake", "she'll finish me off with her jokes",
    "I'm scared at home alone at night when it's stormy", "the dog broke down the door to the garden",
    "the kids aren't allowed to see that film", "he took my money at poker", "nobody would notice if I wore a hat",
    "he said I'd be dead lucky to get that job", "he said no one would find me boring",
    "she said she would make me disappear from the group chat", "the wind kicked the door in",
]
SLIPS = [
    # what a recogniser writes: no apostrophes, no punctuation, words run together or split, homophones
    ("im scared of him", Concern.DANGER), ("he push me", Concern.DANGER), ("she through a glass at me", Concern.DANGER),
    ("i dont want to live any more", Concern.SELF_HARM), ("i want to hurt my self", Concern.SELF_HARM),
    ("i cant go on any more", Concern.SELF_HARM), ("HE SAID HED KILL ME", Concern.DANGER),
    ("in scared of him", Concern.DANGER), ("and scared of them", Concern.DANGER),
    ("she threw something of me", Concern.DANGER),
]


@pytest.mark.parametrize("text", DANGER)
def test_danger_from_a_person(text: str) -> None:
    assert assess(text) is Concern.DANGER


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm(text: str) -> None:
    assert assess(text) is Concern.SELF_HARM


@pytest.mark.parametrize("text", NEITHER)
def test_hurt_negations_stories_and_idioms_are_neither(text: str) -> None:
    assert assess(text) is None


@pytest.mark.parametrize("text", DANGER_FAMILIES)
def test_danger_put_as_hiding_reported_threats_or_being_held(text: str) -> None:
    assert assess(text) is Concern.DANGER


@pytest.mark.parametrize("text", SELF_HARM_FAMILIES)
def test_self_harm_put_as_wishes_plans_and_signs(text: str) -> None:
    assert assess(text) is Concern.SELF_HARM


@pytest.mark.parametrize("text", NEITHER_FAMILIES)
def test_play_accidents_trivial_trouble_and_living_arrangements_are_neither(text: str) -> None:
    assert assess(text) is None


@pytest.mark.parametrize(("text", "concern"), SLIPS)
def test_recognition_slips(text: str, concern: Concern) -> None:
    assert assess(text) is concern


def test_a_negation_that_is_part_of_the_disclosure_does_not_cancel_it() -> None:
    assert assess("I wish I wasn't alive") is Concern.SELF_HARM
    assert assess("I'm scared to tell him no") is Concern.DANGER
    assert assess("I don't wish I was dead") is None  # a negation before the wish still cancels it


def test_a_past_or_contrasted_negation_leaves_the_disclosure() -> None:
    assert assess("he stopped hitting me years ago") is Concern.DANGER
    assert assess("he doesn't hit me anymore but I'm still scared of him") is Concern.DANGER
    assert assess("I'm not suicidal but I do think about dying") is Concern.SELF_HARM


def test_a_disclosure_after_a_negation_still_counts() -> None:
    assert assess("he never says sorry but he hits me") is Concern.DANGER
    assert assess("I'm not angry, I just want to die") is Concern.SELF_HARM


def test_the_concern_values_are_what_the_event_log_records() -> None:
    assert [concern.value for concern in Concern] == ["danger", "self_harm"]


@given(st.text(max_size=200))
def test_any_text_gives_an_answer_and_normalising_twice_changes_nothing(text: str) -> None:
    assert assess(text) in (None, Concern.DANGER, Concern.SELF_HARM)
    assert normalise(normalise(text)) == normalise(text)


def _corpus() -> list[dict[str, str]]:
    with CORPUS.open(newline="") as file:
        return list(csv.DictReader(file))


def test_the_corpus_parses_with_the_labels_the_benchmark_knows() -> None:
    rows = _corpus()
    assert len(rows) >= 400
    assert {row["safety"] for row in rows} == {"none", "danger", "self_harm"}
    intents = {row["intent"] for row in rows}
    assert intents >= {"none", "stop", "repeat", "pause", "help", "yes", "no", "ready", "done", "interrupt",
                       "refuse", "leave"}
    states = {row["context"] for row in rows}
    assert "any" in states
    assert all(state == "any" or state.count(":") == 1 for state in states)
    assert len({row["text"].lower() for row in rows}) == len(rows), "an utterance is listed twice"


def test_a_fifth_of_every_category_is_held_out_by_hash() -> None:
    by_category: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _corpus():
        by_category[row["category"]].append(row)
    for category, rows in by_category.items():
        ranked = sorted(rows, key=lambda row: hashlib.sha1(("voice-pacer corpus:" + row["text"]).encode()).hexdigest())
        chosen = {row["text"] for row in ranked[: round(len(rows) / 5)]}
        assert {row["text"] for row in rows if row["split"] == "held_out"} == chosen, category
    splits = Counter(row["split"] for row in _corpus())
    assert set(splits) == {"tuning", "held_out"}
    assert 0.18 <= splits["held_out"] / sum(splits.values()) <= 0.22


def test_fear_about_the_relationship_or_the_road_is_no_fear_of_a_person() -> None:
    # blind 4 (spent) and the safety corpus: a danger pattern fired on each before
    for text in ("we're drifting apart and it scares me", "it scares me when you go quiet for days",
                 "I don't feel safe driving in the snow", "I don't feel safe on that road after dark"):
        assert pattern_concern(text) is None and assess(text) is None, text
    for text in ("it scares me when he drinks", "he scares me", "I don't feel safe at home",
                 "I don't feel safe driving with him"):
        assert assess(text) is Concern.DANGER, text


# Kinds of disclosure blind 5 (spent) showed the patterns missing, in new words: harm never named, a cover story
# taken back, fear of sleeping beside someone, punishment, marks hidden; and not being safe with oneself.
UNNAMED_DANGER = [
    "it got physical between us last week", "things turn violent when she's been drinking",
    "I told the nurse I slipped, but I didn't slip", "he makes me tell people I walked into a door",
    "I'm too frightened to go to bed next to my husband", "I get punished when I come home late",
    "my bruises are getting impossible to hide",
]
UNNAMED_SELF_HARM = [
    "I don't feel safe with myself tonight", "I can't keep myself safe", "I don't trust what I might do tonight",
    "I scratch my legs till it bleeds", "I've been thinking about taking the whole bottle",
    "I can't imagine a future where I'm still alive",
]
# Their hard negatives, and false stops the patterns made on the safety corpus's hurt, negation, story, idiom and
# near-miss rows, put in other words.
SHARING_THEIR_WORDS = [
    "our fights never get physical", "it got physical at football practice", "I don't trust myself near the biscuits",
    "I'm not safe with myself on a bike, ha", "I told the doctor I fell off my bike and she sent me for an x-ray",
    "I'm scared to fall asleep before the kids get home", "the kids got punished at school for talking",
    "the marks on the wall are hard to cover", "I thought about swallowing the whole packet of sweets",
    "I'm hurting", "I have no plans to hurt myself", "my mate got punched outside the pub",
    "I hurt myself falling down the stairs", "she cut my hair too short", "he grabbed my arm to steady me",
    "I'd rather be dead than be seen in those shorts", "we got beaten on penalties",
    "I'm scared for the kids' exam results", "I'm not safe on that ladder",
    "the neighbours called the police about the music", "I feel like dying my hair purple",
    "our son threw his plate on the floor in a strop",
]


# Kinds of disclosure blind 6 (spent) showed the patterns missing, in new words: a "no" someone said read as a
# negation, a pet hurt "to show me", a lock on the outside of one's door, marks kept from others' sight, alive only
# for someone.
BLIND6_DANGER = [
    "every time I say no he slaps me", "the last time I told her no she hit me",
    "she kicked the cat to show me what she'd do to me", "he hit the dog to warn me",
    "they put a bolt on the outside of my bedroom door", "I wear a high collar so my dad will not see the bruises",
    "if I tell you the truth she is going to punish me tonight",
]
BLIND6_SELF_HARM = [
    "if it wasn't for my daughter I would have ended my life",
    "if not for the dog I would have taken my own life last winter",
]
# ...and what shares their words and is no disclosure: a "no" that does negate, a show, a bolt on a gate, marks on a
# wall, someone at work who spoke of self-harm, a joke.
BLIND6_NEITHER = [
    "I said no, he would never hit me", "in the show he kicked the dog", "there's a bolt on the outside of the gate",
    "I repainted so the landlord won't see the marks on the wall", "my patient told me she has been self harming",
    "one of my clients said he wanted to die, it stayed with me",
    "if it wasn't for you I'd have killed myself laughing",
]


@pytest.mark.parametrize("text", UNNAMED_DANGER + BLIND6_DANGER)
def test_danger_said_without_naming_the_harm(text: str) -> None:
    assert pattern_concern(text) is Concern.DANGER and assess(text) is Concern.DANGER


@pytest.mark.parametrize("text", UNNAMED_SELF_HARM + BLIND6_SELF_HARM)
def test_self_harm_said_without_naming_it(text: str) -> None:
    assert pattern_concern(text) is Concern.SELF_HARM and assess(text) is Concern.SELF_HARM


@pytest.mark.parametrize("text", SHARING_THEIR_WORDS + BLIND6_NEITHER)
def test_ordinary_talk_sharing_their_words_makes_no_pattern_fire(text: str) -> None:
    assert pattern_concern(text) is None and assess(text) is None


def test_not_safe_from_a_person_is_still_danger() -> None:
    for text in ("I'm not safe, he's outside", "I'm not safe with him", "I don't feel safe at home tonight"):
        assert assess(text) is Concern.DANGER, text


def test_the_speakers_own_doubt_is_no_report_of_someone_else() -> None:
    assert reported("she says ") and reported("he told me that ")
    assert not reported("i do not think ") and not reported("i really think ")
