"""Run one flow: perform each state's action through a Conversation and feed what happens back to the machine."""

from __future__ import annotations

from dataclasses import dataclass

from voice_pacer.breathing import Breathing, Paced
from voice_pacer.ears.base import Speech
from voice_pacer.errors import UserError
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.check import DEFAULT_END_SILENCE, DEFAULT_LIMIT, CompiledFlow
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.machine import PROMPT_OF, TERMINAL, Effect, build_machine, fire, handles
from voice_pacer.flowfile.memory import journal_numbers, journal_placeholders
from voice_pacer.flowfile.schema import STAY, Breathe, Listen, State
from voice_pacer.hearing.base import Conversation, InputEnded, ListenRequest, Quiet, Resumed, Utterance
from voice_pacer.intents import sounds_unfinished
from voice_pacer.journal import Journal
from voice_pacer.listening import interrupting, listening_between, listening_for, listening_for_yes_no, state_kind
from voice_pacer.prompting import Prompter
from voice_pacer.sayback import said_back
from voice_pacer.timers import ListenTimers
from voice_pacer.understanding import Understanding, says_nothing

DEFAULT_NAMES = ("Partner one", "Partner two")
INTERLUDE_PATTERN = ("box", 2)  # the breathing break the 'pause' intent takes from inside any flow
PASSIVE_END_SILENCE = 0.8
# The kinds of listening state (voice_pacer.listening.state_kind) where a half-heard command is asked about. Measured
# with benchmarks/intent_model.py --doubt (see voice_pacer.intent_model.DOUBT_FLOOR): questions on ordinary talk were
# as rare in answer states and on the floor as where a command is awaited.
ASKED_IN = frozenset({"commands", "answer", "floor"})
DOUBT_SILENCE = 8.0  # seconds the answer to "Did you want to stop for now?" is waited for; then it was no
# On the floor a question needs this many words or more: a speaker's single word ("more", "anyway", "sorry") is the
# turn going on (a recogniser cuts long turns at their pauses), and a question would cut into it. The typed corpora
# hold few such fragments, so --doubt could not see it; the turn sessions' tests did (release 27).
FLOOR_QUESTION_WORDS = 2


class _Redirected(Exception):
    """Something said over a prompt (barge-in) moved the flow; carry on from the new state."""


class _InnerEnded(Exception):
    """A flow run from a state ended other than by completing (stopped, unsafe, input ended...): so does this one."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Outcome:
    """How a session ended and the state it ended in."""

    reason: str  # completed, stopped, input_ended, error
    state: str


@dataclass(frozen=True)
class Fired:
    """What firing an event did: whether a transition took it, and whether it entered a state (or re-entered one)."""

    taken: bool
    entered: bool


class Session:
    """One run of one flow; the transitions machine decides where to go, this class does what a state says."""

    def __init__(self, flow: CompiledFlow, conversation: Conversation, log: EventLog,
                 names: tuple[str, str] | None = None, interlude: tuple[str, int] = INTERLUDE_PATTERN,
                 journal: Journal | None = None) -> None:
        self.flow = flow
        self.talk = conversation
        self.log = log
        self.names = names or DEFAULT_NAMES
        self.interlude = interlude
        self.shared = common()
        self.machine, self.model = build_machine(flow)
        self.last_prompt: str | None = None
        self.log.clock = conversation.now
        self.journal = journal
        self.last_answer = ""  # the latest free answer, for {last_answer} and `keep:`; never written anywhere
        self.memory, known = journal.recall(self.names) if journal else ({}, {})
        self.model.facts = {**dict.fromkeys(journal_numbers(), 0), **known}
        self.understand = Understanding(log)
        self.prompter = Prompter(conversation, log, self.understand, interrupting(flow))
        self.between = listening_between(flow)  # what is heard while breathing or waiting, the same all session

    # -- the loop -------------------------------------------------------------------------------------------

    def run(self) -> Outcome:
        """Run the flow to its end; every way out is logged with one 'end' event."""
        reason = "error"
        try:
            self.log.write("state", state=self.model.state)
            reason = self._drive()
        except InputEnded:
            reason = "input_ended"
        except KeyboardInterrupt:
            reason = "stopped"
            raise  # Ctrl-C or SIGTERM: the log is closed with 'stopped', then the program ends
        finally:
            self.log.release(compute_ms=None)
            self.log.write("end", reason=reason)
        return Outcome(reason, self.model.state)

    def _drive(self) -> str:
        while True:
            try:
                return self._drive_until_end()
            except _Redirected:
                continue
            except _InnerEnded as ended:
                return ended.reason
            except Resumed:
                self.log.write("resumed", state=self.model.state)
                self._say(self.shared.prompts["resumed"])
                if self.last_prompt and self.flow.state(self.model.state).listen is not None:
                    self._say(self.last_prompt)

    def _drive_until_end(self) -> str:
        while True:
            name = self.model.state
            if name in TERMINAL:
                self._say(self.shared.prompts[PROMPT_OF[name]])
                return "stopped"
            state = self.flow.state(name)
            moved = self._perform(name, state)
            if state.end and not moved:
                return "completed"

    def _perform(self, name: str, state: State) -> bool:
        """Do the state's action until the machine leaves it; False when an end state finished its action."""
        if state.say is not None:
            self._say(state.say, remember=True)
        elif state.breathe is not None:
            if self._breathe(state.breathe) is Paced.STOPPED:
                return True
        elif state.wait is not None:
            if self._quiet_for(float(self.flow.value(state.wait.seconds))) is Paced.STOPPED:
                return True
        elif state.listen is not None:
            self._listen(name, state.listen)
            return True
        elif state.run is not None:
            self._run_inner(name)
        if state.end:
            return False
        return self._fire_or_fail("next").entered

    def _fire(self, event: str) -> Fired:
        """Fire an event and carry out what its transition asked for."""
        taken, effects = fire(self.machine, self.model, event)
        entered = self.model.entered
        if entered:
            self.log.write("state", state=self.model.state)
        for effect in effects:
            self._carry_out(effect)
        return Fired(taken, entered)

    def _fire_or_fail(self, event: str) -> Fired:
        fired = self._fire(event)
        if not fired.taken:
            raise UserError(f"flow {self.flow.path}: state '{self.model.state}' has no '{event}' transition "
                            "whose condition holds; add one without 'if:' as the last choice")
        return fired

    def _carry_out(self, effect: Effect) -> None:
        if effect.kind == "say" and effect.text:
            self._say(effect.text)
        elif effect.kind == "repeat":
            self._say(self.last_prompt or self.shared.prompts["help"])
        elif effect.kind == "help":
            state = self.flow.state(self.model.state)
            self._say(state.help or self.shared.prompts["help"])
        elif effect.kind == "pause":
            self._say(self.shared.prompts["pause_start"])
            pattern, cycles = self.interlude
            if self._breathe(Breathe(pattern=pattern, cycles=cycles, cues="words")) is Paced.FINISHED:
                self._say(self.shared.prompts["pause_end"])
                if self.last_prompt:
                    self._say(self.last_prompt)
        elif effect.kind == "keep" and effect.text:
            self._keep(*effect.text.split())

    # -- flows run from a state, and the journal ---------------------------------------------------------------

    def _run_inner(self, name: str) -> None:
        """Run the state's flow with the same conversation, log, names and journal; raise unless it completed."""
        inner_flow = self.flow.inner[name]
        self.log.write("flow_enter", flow=inner_flow.flow.name, state=name)
        inner = Session(inner_flow, self.talk, self.log, self.names, self.interlude, self.journal)
        reason = "error"
        try:
            self.log.write("state", state=inner.model.state)
            reason = inner._drive()
        except InputEnded:
            reason = "input_ended"
            raise
        except KeyboardInterrupt:
            reason = "stopped"
            raise
        finally:
            self.log.write("flow_leave", flow=inner_flow.flow.name, outcome=reason)
        if reason != "completed":
            raise _InnerEnded(reason)

    def _keep(self, kind: str, who: str) -> None:
        """Keep the last answer (as said back and confirmed) in the journal, when the journal is on."""
        sentence = said_back(self.last_answer)
        if self.journal is None or not sentence:
            return
        slot = "b" if who == "partner_b" else "a"
        self.journal.keep(self.names[0 if slot == "a" else 1], slot, sentence)
        self.log.write("kept", what=kind, partner=slot)

    # -- speaking -------------------------------------------------------------------------------------------

    def text(self, template: str) -> str:
        """Fill in partner names, role names and settings."""
        partner = {"partner_a": self.names[0], "partner_b": self.names[1]}
        roles = {role: partner[who] for role, who in self.model.roles.items()}
        known = {**journal_texts(), **self.memory, "last_answer": said_back(self.last_answer)}
        return template.format_map({**self.flow.settings, **known, **partner, **roles})

    def _say(self, template: str, remember: bool = False, tone: str | None = None) -> None:
        """Say a prompt; when something said over it (barge-in) moves the flow, carry on from where it went."""
        if remember:
            self.last_prompt = template
        said_over = self.prompter.say(self.text(template) if template else "", tone)
        event = said_over.event if said_over is not None else None
        if event is not None and self._fire(event).entered:
            raise _Redirected

    # -- listening ------------------------------------------------------------------------------------------

    def _listen(self, name: str, listen: Listen) -> None:
        """Listen until the machine leaves the state: an intent, an answer, a disclosure, silence or the limit."""
        value = self.flow.value
        listening = listening_for(self.flow, name)
        self.talk.warm(self._likely_next(name))
        end_silence = float(value(listen.end_silence) or DEFAULT_END_SILENCE["answer" if listen.answer else "intents"])
        timers = ListenTimers.start(self.talk.now(), float(value(listen.limit) or DEFAULT_LIMIT),
                                    float(value(listen.warn.before)) if listen.warn else None,
                                    float(value(listen.silence)) if listen.silence is not None else None, end_silence)
        may_think = listen.answer and any(r.event == "answer" and r.to != STAY for r in self.flow.routes[name])
        while self.model.state == name:
            asked_at = self.talk.now()
            if timers.expired(asked_at):
                self._fire_or_fail("timeout" if handles(self.machine, self.model, "timeout") else "silence")
                return
            self.log.release(compute_ms=None)
            result = self.talk.listen(timers.request(asked_at, listening))
            if isinstance(result, Quiet):
                if self._after_quiet(timers, result, asked_at, listen):
                    return
                continue
            if isinstance(result.heard, Speech) and not result.text.strip():
                continue
            understood = self.understand(result, listening.candidates)
            event = understood.event
            if event is None:
                timers.heard(unfinished=may_think and (sounds_unfinished(result.text) or says_nothing(result.text)))
                if timers.thinking or (event := self._no_intent(name, listen, result, understood.doubted)) is None:
                    continue
            timers.heard(unfinished=False)
            if self._fire(event).entered or self.model.state != name:
                return
            if event == "pause":
                timers.extend(self.talk.now() - asked_at)

    def _no_intent(self, name: str, listen: Listen, utterance: Utterance, doubted: str | None) -> str | None:
        """Something said that is no intent, nor the start of one: a half-heard intent asked about (the event its
        answer leads to; declined, what was said is the answer where one is awaited, else back to listening without
        the prompt again), else an answer, nomatch or plea to repeat (_unmatched)."""
        asked = question_for(self.flow, name, doubted, len(utterance.text.split()))
        if asked is None:
            self._unmatched(listen, utterance)
            return None
        event = self._ask(asked)
        if event is None and listen.answer:  # "I'm pretty tired now" was the answer after all: thanked, not lost
            self._unmatched(listen, utterance)
        return event

    def _ask(self, intent: str) -> str | None:
        """Ask whether a half-heard intent was meant and listen once: its event on a yes, an exit or a concern heard
        instead, else None. The log keeps the question's intent and whether it was confirmed, never the words."""
        self.log.write("doubt", intent=intent)
        self._say(self.shared.doubt[intent])
        listening = listening_for_yes_no(self.flow)
        now = self.talk.now()
        result = self.talk.listen(ListenRequest(listening.phrases, DEFAULT_END_SILENCE["intents"], now + DOUBT_SILENCE,
                                                now + DOUBT_SILENCE))
        event = None if isinstance(result, Quiet) else self.understand(result, listening.candidates).event
        self.log.write("doubt_answered", intent=intent, confirmed=event == "yes")
        return intent if event == "yes" else None if event == "no" else event

    def _after_quiet(self, timers: ListenTimers, quiet: Quiet, asked_at: float, listen: Listen) -> bool:
        """Act on a stretch of quiet; True when the state is over."""
        after = timers.after_quiet(quiet, asked_at, self.talk.now())
        if after.answered:  # the pause after "well..." was the end after all
            self._fire_or_fail("answer")
        elif after.silent and handles(self.machine, self.model, "silence"):
            self._fire_or_fail("silence")
            return True
        if after.warn and listen.warn:
            self._say(listen.warn.say)
        return False

    def _unmatched(self, listen: Listen, utterance: Utterance) -> None:
        """Something said that is no intent: an answer (kept for a say-back), a nomatch, or a plea to repeat."""
        if listen.answer or handles(self.machine, self.model, "nomatch"):
            self.last_answer = utterance.text if listen.answer else self.last_answer
            self._fire_or_fail("answer" if listen.answer else "nomatch")
        else:
            self._say(self.shared.prompts["not_caught"])

    def _likely_next(self, name: str) -> list[str]:
        """The prompts that may follow this listening state, to render while the partners speak."""
        texts: list[str] = []
        for route in self.flow.routes[name]:
            if route.say:
                texts.append(route.say)
            target = self.flow.flow.states.get(route.to)
            if target is not None and target.say:
                texts.append(target.say)
        texts.append(self.shared.prompts["not_caught"])
        texts += questions_in(self.flow, name)  # a half-heard command is asked about at once (issue 8)
        filled = []
        for text in dict.fromkeys(texts):
            try:
                filled.append(self.text(text))
            except (KeyError, ValueError):
                continue
        return filled

    # -- time that passes: waiting and breathing ------------------------------------------------------------

    def _quiet_for(self, seconds: float) -> Paced:
        """Let time pass, still hearing the exits and safety concerns."""
        until = self.talk.now() + seconds
        listening = self.between
        while self.talk.now() < until:
            result = self.talk.listen(ListenRequest(listening.phrases, PASSIVE_END_SILENCE, None, until, turn=False))
            if isinstance(result, Utterance):
                event = self.understand(result, listening.candidates).event
                if event is not None and self._fire(event).entered:
                    return Paced.STOPPED
        return Paced.FINISHED

    def _breathe(self, breathe: Breathe) -> Paced:
        """Pace the breathing pattern, cueing each phase and hearing the exits between cues."""
        pacing = Breathing(str(self.flow.value(breathe.pattern)), int(self.flow.value(breathe.cycles)), breathe.cues)
        cues = self.shared.breathing_cues
        return pacing.pace(self.log, self.talk.now,
                           lambda phase, as_tone: self._say("", tone=phase) if as_tone else self._say(cues[phase]),
                           self._quiet_for)


def question_for(flow: CompiledFlow, name: str, doubted: str | None, words: int = FLOOR_QUESTION_WORDS) -> str | None:
    """The half-heard intent a listening state asks about, of an utterance of so many words: one with a question, in
    a kind of state asked in (on the floor, not of fewer than FLOOR_QUESTION_WORDS words)."""
    listen = flow.state(name).listen
    listened = {spec.name for spec in listening_for(flow, name).candidates}
    if listen is None or doubted not in common().doubt:
        return None
    kind = state_kind(listen.answer, listened)
    return doubted if kind in ASKED_IN and (kind != "floor" or words >= FLOOR_QUESTION_WORDS) else None


def questions_in(flow: CompiledFlow, name: str) -> list[str]:
    """The questions a listening state may ask about a half-heard intent (question_for), in the order it listens."""
    questions = common().doubt
    return [questions[spec.name] for spec in listening_for(flow, name).candidates
            if question_for(flow, name, spec.name) is not None]


def journal_texts() -> dict[str, str]:
    """Journal placeholders with nothing known (the journal off, or nothing recent): empty."""
    return dict.fromkeys(journal_placeholders(), "")
