"""Commands in people's own words (from blind 16, spent): a command passed on to the device through the partner, the
device asked to hold in an idiom with an errand as the reason, a refusal that leaves its verb to the clause before,
unwillingness said formally, the listener holding the speaker to correct a fact, a feeling said back and turned, a
leaving that carries a parting word or an errand; and needless or worn-out talk, which is no command. Each kind has
guards: talk of the same shape that stays what it was."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, drive, end_reason, said, templates, understood
from voice_pacer.flowfile.common import common

PROMPTS = common().prompts
CLOSE_QUESTION = "Dana, what did Luis do today that made you feel close?"
FLOOR = "turns:floor"
LET_THEM_FINISH = "Let's let Dana finish. Each of you gets a turn."


@pytest.mark.parametrize(("said_", "intent"), [
    ("could you tell it to stop please, I've no idea how these things work", "stop"),  # passed on to the device
    ("get the app to wait a second, babe", "pause"),
    ("would you ask it to pause this, I need to check on the baby", "pause"),
    ("can you hold on, I'm just letting the dog out", "pause"),  # the device asked to hold, an errand as the reason
    ("bear with us a minute", "pause"),
    ("hang fire, I've got to move the car", "pause"),
    ("could you, um, could you wait, I must take this call", "pause"),  # a false start said again
    ("any chance of a short break, my feet hurt", "pause"),  # a chance asked after
    ("can we stop, my head's all over the place tonight", "stop"),  # "my head's" as a feeling's start
    ("would you ever turn it off", "stop"),  # a plea in Irish English
    ("I'd like this over now. Off.", "stop"),  # the practice wanted over
    ("I'm not willing to do any of this", "refuse"),  # unwillingness said formally
    ("we don't wish to take part", "refuse"),
    ("I'd prefer not to join in, if it's all the same to you", "refuse"),  # a politeness tail in its own clause
    ("why would anyone want to do this? I don't.", "refuse"),  # the verb left to the question before
    ("you two can do it if you like, I won't", "refuse"),
    ("I'm off to bed, you stay and watch the match if you like", "leave"),  # a parting word to the partner
    ("sorry, I have to go and pick up my son from football", "leave"),  # an errand that takes the speaker away
    ("it's past midnight, so I'll be saying goodnight", "leave"),  # the goodnight as what the speaker will do
    ("once more, please, I not understand the words", "repeat"),  # the prompt again beats being lost
    ("sorry, what was I supposed to be answering", "repeat"),
    ("pardon? I was miles away", "repeat"),  # the mind elsewhere as the reason
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_commands_in_people_s_words(said_: str, intent: str, context: str) -> None:
    assert templates(said_, context) == intent


@pytest.mark.parametrize("said_", [
    "I told him to wait for me outside the shop",  # someone told, not the device
    "can you hold the ladder while I get up there",  # holding something else
    "I want the bathroom finished by Easter",  # something else wanted done
    "do you want to do the shopping? I don't",  # not the practice
    "he said he'd do it, I'm not sure",  # a report and a hedge
    "I had to go and collect the grandchildren yesterday",  # an errand told, in the past
    "it's past midnight already, the time flies",
    "no need to repeat it, I got it the first time",  # a command said needless
    "there's no need to say it again, I heard you",
    "I'm done in after that shift",  # worn out
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_talk_of_the_same_shape_is_no_command(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", [
    "hold on, it was Friday, not Saturday",  # a fact set right against another
    "wait, no, it was his brother who started that",  # the account laid at someone else's door
    "hang on, you said you'd ring the plumber",  # a promise held up
    "give over",  # what was said dismissed
    "hmph",
    "oh typical",
])
def test_the_listener_holds_the_speaker_to_correct_them(said_: str) -> None:
    assert templates(said_, FLOOR) == "interrupt"


@pytest.mark.parametrize("said_", [
    "wait, it was a Friday, I remember the rain",  # the speaker recalling, nothing set right
    "hang on, it was my brother who started that",  # the speaker's own doing
    "wait, you said something lovely that morning",
    "I was giving over the keys when he came in",
])
def test_the_speaker_going_on_is_no_interruption(said_: str) -> None:
    assert templates(said_, FLOOR) != "interrupt"


@pytest.mark.parametrize("said_", [
    "so you feel rushed, but you rush me every morning",  # the feeling said back and turned
    "you're annoyed about the car, but you drive it more than me",
    "honestly that's a bit rich coming from you",
    "what she said is that I never listen, and honestly that's nonsense",  # the account judged at its end
])
@pytest.mark.parametrize("context", ANSWERS)
def test_an_answer_that_contests(said_: str, context: str) -> None:
    assert templates(said_, context) == "rebuttal"


@pytest.mark.parametrize("said_", [
    "I feel rushed, but I know the mornings are hard",  # the speaker's own feeling
    "he is patient, but he works late all the time",
    "the cake was a bit rich for me",
    "what she said is that she missed me, and that was lovely",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_answers_of_the_same_shape_stay_answers(said_: str, context: str) -> None:
    assert templates(said_, context) != "rebuttal"


@pytest.mark.parametrize(("said_", "intent"), [
    ("I'd have to say yes", "yes"),  # the answer weighed and given
    ("no, I don't need longer, thanks", "no"),
    ("no, let's not drag it out", "no"),
    ("not at all, I'm recovered", "no"),
])
def test_answers_at_the_offer_of_a_longer_break(said_: str, intent: str) -> None:
    assert templates(said_, "pause:ask_break") == intent


def test_give_over_on_the_floor_keeps_the_turn() -> None:
    """Until release 30 "give over" was read as the radio's "over" and ended Dana's turn."""
    records = drive("turns", ["I felt alone at dinner", "give over", "I'm done", "You felt alone", "I was tired",
                              "That's all", "You were tired"])
    prompts = said(records)
    assert LET_THEM_FINISH in prompts
    assert prompts.index(LET_THEM_FINISH) < prompts.index("Thank you, Dana.")
    assert end_reason(records) == "completed"


def test_a_needless_repeat_in_a_check_in_answer_is_thanked() -> None:
    """Until release 30 "no need to repeat it, ..." said the question again."""
    records = drive("checkin", ["no need to repeat it, I heard you the first time"])
    prompts = said(records)
    assert prompts.count(CLOSE_QUESTION) == 1
    assert prompts[prompts.index(CLOSE_QUESTION) + 1] == "Thank you, Dana."


def test_a_pause_passed_on_through_the_partner_takes_a_breathing_break() -> None:
    records = drive("checkin", ["can you get it to wait, love, I need to turn the oven off"])
    assert PROMPTS["pause_start"] in said(records)


# A bare "no, I won't" at the offer of a break declines the break; where no question is open it refuses the practice
# (espeak-ng's "No, I'm good." was heard "no i won't" once this release's cues moved the commands model's reading).
@pytest.mark.parametrize("said_", ["no, I won't", "nope, I won't", "no, I will not"])
def test_a_bare_no_i_wont_declines_what_was_asked(said_: str) -> None:
    assert understood(said_, "pause:ask_break") == "no"
    assert understood(said_, FLOOR) == "refuse"
    assert understood("no, I won't do this", "pause:ask_break") == "refuse"  # a refusal that names what it refuses
