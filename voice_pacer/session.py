"""Run one flow: perform each state's action through a Conversation and feed what happens back to the machine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from voice_pacer.breathing import PATTERNS
from voice_pacer.errors import UserError
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.check import DEFAULT_END_SILENCE, DEFAULT_LIMIT, CompiledFlow
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.machine import EXITS, INTERLUDES, PROMPT_OF, TERMINAL, Effect, build_machine, fire, handles
from voice_pacer.flowfile.memory import journal_numbers, journal_placeholders
from voice_pacer.flowfile.schema import STAY, Breathe, Listen, State
from voice_pacer.hearing.base import Conversation, InputEnded, ListenRequest, Quiet, Resumed, Utterance
from voice_pacer.intents import IntentSpec, match_intent, phrases_for, sounds_unfinished
from voice_pacer.journal import Journal
from voice_pacer.safety import assess
from voice_pacer.sayback import said_back

DEFAULT_NAMES = ("Partner one", "Partner two")
INTERLUDE_PATTERN = ("box", 2)  # the breathing break the 'pause' intent takes from inside any flow
PASSIVE_END_SILENCE = 0.8
LONG_SAID = ("refuse", "leave", "rebuttal")  # intents said in sentences, which open vocabulary hears as they are
# After an answer that stops on a hesitation ("Well...", "and um"), this much more silence is waited for the rest
# before the answer counts as given: "Well..." then 3 s of thought then the answer must stay one answer (issue 8).
THINKING_WAIT = 6.0


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
        self._endpoint_wall = 0.0  # perf_counter() of the latest endpoint decision, for compute_ms
        self.log.clock = conversation.now
        self.journal = journal
        self.last_answer = ""  # the latest free answer, for {last_answer} and `keep:`; never written anywhere
        self.memory, known = journal.recall(self.names) if journal else ({}, {})
        self.model.facts = {**dict.fromkeys(journal_numbers(), 0), **known}

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
            if not self._breathe(state.breathe):
                return True
        elif state.wait is not None:
            if not self._quiet_for(float(self.flow.value(state.wait.seconds))):
                return True
        elif state.listen is not None:
            self._listen(name, state, state.listen)
            return True
        elif state.run is not None:
            self._run_inner(name)
        if state.end:
            return False
        return self._fire_or_fail("next")

    def _fire(self, event: str) -> tuple[bool, bool]:
        """Fire an event and carry out what its transition asked for; (taken, entered a state)."""
        taken, effects = fire(self.machine, self.model, event)
        entered = self.model.entered
        if entered:
            self.log.write("state", state=self.model.state)
        for effect in effects:
            self._carry_out(effect)
        return taken, entered

    def _fire_or_fail(self, event: str) -> bool:
        taken, entered = self._fire(event)
        if not taken:
            raise UserError(f"flow {self.flow.path}: state '{self.model.state}' has no '{event}' transition "
                            "whose condition holds; add one without 'if:' as the last choice")
        return entered

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
            if self._breathe(Breathe(pattern=pattern, cycles=cycles, cues="words")):
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
        text = self.text(template) if template else ""
        prompt = self.talk.prepare(text, tone)
        self.log.release(compute_ms=round((prompt.ready_wall - self._endpoint_wall) * 1000, 1))
        if remember:
            self.last_prompt = template
        if text:
            self.log.write("say", text=text)
        else:
            self.log.write("tone", cue=tone)
        barged = self.talk.play(prompt)
        if barged is not None:
            event = self._understand(barged, self._exits())
            if event is not None and self._fire(event)[1]:
                raise _Redirected

    # -- listening ------------------------------------------------------------------------------------------

    def _exits(self) -> list[IntentSpec]:
        """The intents heard even while breathing, waiting or speaking: the ways to end a session."""
        return [self.flow.intents[name] for name in EXITS if name in self.flow.global_intents]

    def _understand(self, utterance: Utterance, candidates: list[IntentSpec]) -> str | None:
        """The event an utterance leads to, logged: a safety concern before anything, then the first intent it says.

        Safety reads what the grammar heard and what a second, open pass heard in audio the grammar rejected."""
        texts = [text for text in (utterance.text, utterance.open_text) if text]
        concern = next((found for text in texts if (found := assess(text)) is not None), None)
        if concern is not None:
            self._heard(utterance, None, words=False)  # a disclosure's words are never written down
            self.log.write("safety", concern=str(concern))
            return str(concern)
        # an open pass ran on speech the grammar rejected or on a long utterance it may have forced into a phrase: its
        # transcript is the more faithful one there
        intent = next((found for text in reversed(texts) if (found := match_intent(text, candidates)) is not None),
                      None)
        self._heard(utterance, intent)
        return intent

    def _heard(self, utterance: Utterance, intent: str | None, words: bool = True) -> None:
        self._endpoint_wall = utterance.endpoint_wall
        fields: dict[str, Any] = {"text": utterance.text, "intent": intent} if words else {"intent": intent}
        if utterance.engine not in (None, "text"):
            fields.update(engine=utterance.engine, confidence=utterance.confidence,
                          speech_end=None if utterance.speech_end is None else round(utterance.speech_end, 3),
                          endpoint_at=round(utterance.endpoint_at, 3))
        self.log.release(compute_ms=None)
        self.log.write("heard", t=utterance.endpoint_at, hold=utterance.engine not in (None, "text"), **fields)

    def _listen(self, name: str, state: State, listen: Listen) -> None:
        value = self.flow.value
        candidates, phrases, commands = listening_for(self.flow, name)
        self.talk.warm(self._likely_next(name))
        end_silence = float(value(listen.end_silence) or DEFAULT_END_SILENCE["answer" if listen.answer else "intents"])
        silence = float(value(listen.silence)) if listen.silence is not None else None
        limit_at = self.talk.now() + float(value(listen.limit) or DEFAULT_LIMIT)
        warn_at = limit_at - float(value(listen.warn.before)) if listen.warn else None
        may_think = listen.answer and any(r.event == "answer" and r.to != STAY for r in self.flow.routes[name])
        thinking = False  # an answer stopped on a hesitation; its rest may follow after a pause
        while self.model.state == name:
            now = self.talk.now()
            if now >= limit_at:
                self._fire_or_fail("timeout" if handles(self.machine, self.model, "timeout") else "silence")
                return
            warn_due = warn_at is not None and now < warn_at
            quiet = THINKING_WAIT if thinking else silence
            self.log.release(compute_ms=None)
            result = self.talk.listen(ListenRequest(phrases, end_silence, None if quiet is None else now + quiet,
                                                    warn_at if warn_due else limit_at, final=not warn_due,
                                                    turn=True, commands=commands))
            if isinstance(result, Quiet):
                if result.reason == "silence" and thinking:  # the pause after "well..." was the end after all
                    self._fire_or_fail("answer")
                    thinking = False
                elif result.reason == "silence" and handles(self.machine, self.model, "silence"):
                    self._fire_or_fail("silence")
                    return
                if warn_due and self.talk.now() >= (warn_at or 0) and listen.warn:
                    warn_at = None
                    self._say(listen.warn.say)
                continue
            if not result.text.strip():
                continue
            event = self._understand(result, candidates)
            if event is not None:
                thinking = False
                if self._fire(event)[1] or self.model.state != name:
                    return
                if event == "pause":  # time spent breathing does not count against the state
                    limit_at += self.talk.now() - now
                    warn_at = warn_at + self.talk.now() - now if warn_at is not None else None
                continue
            thinking = may_think and sounds_unfinished(result.text)
            if not thinking:
                self._unmatched(listen, result.text)

    def _unmatched(self, listen: Listen, text: str) -> None:
        """Something said that is no intent: an answer (kept for a say-back), a nomatch, or a plea to repeat."""
        if listen.answer or handles(self.machine, self.model, "nomatch"):
            self.last_answer = text if listen.answer else self.last_answer
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
        filled = []
        for text in dict.fromkeys(texts):
            try:
                filled.append(self.text(text))
            except (KeyError, ValueError):
                continue
        return filled

    def _quiet_for(self, seconds: float) -> bool:
        """Let time pass, still hearing the exits and safety concerns; False when the flow was stopped meanwhile."""
        until = self.talk.now() + seconds
        candidates = self._exits()
        phrases = (*phrases_for([c.name for c in candidates], self.flow.intents), *self.shared.decoys) or None
        while self.talk.now() < until:
            result = self.talk.listen(ListenRequest(phrases, PASSIVE_END_SILENCE, None, until, turn=False))
            if isinstance(result, Utterance) and result.text.strip():
                event = self._understand(result, candidates)
                if event is not None and self._fire(event)[1]:
                    return False
        return True

    def _breathe(self, breathe: Breathe) -> bool:
        """Pace the breathing pattern; False when stopped part way."""
        pattern = str(self.flow.value(breathe.pattern))
        cycles = int(self.flow.value(breathe.cycles))
        cues = self.shared.breathing_cues
        for cycle in range(1, cycles + 1):
            for phase, seconds in PATTERNS[pattern]:
                started = self.talk.now()
                self.log.write("breathe", phase=phase, seconds=seconds, cycle=cycle, pattern=pattern)
                if breathe.cues in ("tones", "both"):
                    self._say("", tone=phase)
                if breathe.cues in ("words", "both"):
                    self._say(cues[phase])
                if not self._quiet_for(max(0.0, started + seconds - self.talk.now())):
                    return False
        return True


def journal_texts() -> dict[str, str]:
    """Journal placeholders with nothing known (the journal off, or nothing recent): empty."""
    return dict.fromkeys(journal_placeholders(), "")


def intent_priority(flow: CompiledFlow, state_intents: list[str]) -> list[IntentSpec]:
    """Intents in the order they win: the state's own, the exits (stop, refuse, leave), then the interludes.

    The state's own come first because they are what was just asked for: "we're done" ends the describing in a
    state that listens for `done`, and stops the session anywhere else."""
    enabled = flow.global_intents
    order = list(dict.fromkeys(state_intents))
    order += [i for i in EXITS if i in enabled and i not in order]
    order += [i for i in INTERLUDES if i in enabled and i not in order]
    return [flow.intents[name] for name in order]


def listening_for(flow: CompiledFlow, state: str) -> tuple[list[IntentSpec], tuple[str, ...] | None, tuple[str, ...]]:
    """What a listening state matches (in priority order), the phrases the recogniser is restricted to (None: open
    vocabulary), and, with open vocabulary, the command phrases a short utterance is checked against."""
    listen = flow.state(state).listen
    if listen is None:
        raise UserError(f"state '{state}' of flow '{flow.flow.name}' does not listen; choose one of: "
                        + ", ".join(n for n, s in flow.flow.states.items() if s.listen))
    own = [*listen.intents, *(r.event for r in flow.routes[state] if r.event in flow.intents)]
    candidates = intent_priority(flow, list(dict.fromkeys(own)))
    if not listen.answer:
        return candidates, (*phrases_for([c.name for c in candidates], flow.intents), *common().decoys), ()
    # Open vocabulary hears long sentences well, but mishears short commands ("stop" as "got that"), so short
    # utterances are also checked against a grammar: of the short commands only, since a grammar forces what it hears
    # into its phrases ("nothing really" came out as the refusal "not doing it").
    short = [c.name for c in candidates if c.name not in LONG_SAID]
    return candidates, None, (*phrases_for(short, flow.intents), *common().decoys)

