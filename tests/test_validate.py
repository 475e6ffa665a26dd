"""Flow validation: every rule yields exactly the expected located problem line, and nothing raises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from voice_pacer.errors import UserError
from voice_pacer.flowfile.common import common, doubt_questions
from voice_pacer.flowfile.load import builtin_flows, check_file, load_flow
from voice_pacer.flowfile.problems import FlowInvalid, Problem
from voice_pacer.intent_model import NOT_DOUBTED

ROOT = Path(__file__).resolve().parent.parent
INVALID = Path(__file__).resolve().parent / "flows_invalid"
VALID = Path(__file__).resolve().parent / "flows_valid"

# file -> the problems it must yield, each (line, state or None, a key part of the message)
EXPECTED: dict[str, list[tuple[int, str | None, str]]] = {
    "syntax_error.yaml": [(7, None, "YAML syntax: found unexpected end of stream while scanning a quoted scalar")],
    "unknown_key_top.yaml": [(4, None, "unknown key 'titel'")],
    "unknown_key_state.yaml": [(9, "hello", "unknown key 'nxt'")],
    "unknown_key_listen.yaml": [(10, "ask", "unknown key 'listen.limt'")],
    "missing_start.yaml": [(2, None, "missing key 'start'")],
    "start_unknown.yaml": [(4, None, "start state 'welcome' does not exist")],
    "transition_unknown.yaml": [(12, "ask", "'no' leads to state 'byee', which does not exist")],
    "unreachable.yaml": [(9, "orphan", "is unreachable from the start state")],
    "no_exit.yaml": [(6, "hello", "has no way out")],
    "listen_no_exit.yaml": [(10, "answer", "listens with no way out on silence or time limit")],
    "wait_no_exit.yaml": [(9, "break", "has no way out")],
    "duration_zero.yaml": [(8, "pause", "'wait.seconds': must be a positive number of seconds, got 0")],
    "duration_negative.yaml": [(9, "ask", "'listen.limit': must be a positive number of seconds, got -3")],
    "duration_text.yaml": [(9, "ask", "'listen.silence': must be a positive number of seconds or a {setting}")],
    "placeholder_undefined.yaml": [(7, "hello", "placeholder '{partner_c}' is not defined")],
    "intent_undefined.yaml": [(8, "ask", "intent 'maybe' is used but not defined")],
    "setting_undefined.yaml": [(10, "pause", "uses setting 'break_length', which 'settings' does not define")],
    "two_actions.yaml": [(6, "hello", "exactly one of say, listen, breathe, wait, run (found: say, wait)")],
    "no_action.yaml": [(6, "hello", "exactly one of say, listen, breathe, wait, run (found: none)")],
    "duplicate_key.yaml": [(12, None, "key 'bye' appears twice (first on line 9)")],
    "bad_state_name.yaml": [(9, "_stopped", "state name '_stopped' must be lower_case_with_underscores")],
    "bad_route.yaml": [
        (15, "turn", "'swap_roles' must be true or false"),
        (16, "turn", "counter 'rounds' has the same name as a setting"),
    ],
    "warn_after_limit.yaml": [(11, "talk", "'warn.before' (40 s) must be less than 'limit' (30 s)")],
    "condition_unknown.yaml": [(13, "talk", "condition 'turn < rounds' uses 'turn'")],
    "all_choices_conditional.yaml": [(12, "talk", "every 'next' choice has an 'if'")],
    "run_missing.yaml": [(7, "first", "runs flow 'no_such_flow', which is neither a built-in flow")],
    "run_bad_setting.yaml": [(9, "first", "runs flow 'pause' with setting 'breaths', which it does not have")],
    "keep_unknown_partner.yaml": [(9, "ask", "'keep' names 'partner_c', which is neither a partner nor a role")],
    "journal_unguarded.yaml": [(8, "hello", "leads to 'remind', which says something from the journal, without")],
    "template_broken.yaml": [(8, None, "cannot parse template '(perhaps | not sure'")],
    "template_unknown.yaml": [(7, None, "unknown rule <hedge>"), (8, None, "unknown list {thing}")],
    "template_matches_anything.yaml": [(6, None, "has no words of its own; it would match anything")],
    "template_too_many.yaml": [(6, None, "more than 600 phrases")],
    "intent_old_phrases.yaml": [(6, None, "unknown key 'intents.maybe.phrases'; an intent lists 'sentences:'")],
}


def _assert_problems(path: Path, problems: list[Problem], expected: list[tuple[int, str | None, str]]) -> None:
    lines = [str(problem) for problem in problems]
    assert len(problems) == len(expected), "\n".join(lines)
    for problem, (line, state, fragment) in zip(sorted(problems, key=lambda p: p.line or 0), expected, strict=True):
        text = str(problem)
        scope = f" state '{state}':" if state else ""
        assert text.startswith(f"{path}:{line}:{scope} "), text
        assert problem.state == state, text
        assert fragment in problem.message, text
        assert "\n" not in text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_flow_yields_exactly_its_problem(name: str) -> None:
    path = INVALID / name
    compiled, problems = check_file(path)
    assert compiled is None
    _assert_problems(path, problems, EXPECTED[name])


def test_every_invalid_flow_file_has_expectations() -> None:
    assert sorted(path.name for path in INVALID.glob("*.yaml")) == sorted(EXPECTED)


def test_load_flow_raises_with_every_problem() -> None:
    with pytest.raises(FlowInvalid) as caught:
        load_flow(str(INVALID / "bad_route.yaml"))
    assert len(caught.value.problems) == 2
    assert "'swap_roles' must be true or false" in str(caught.value)


@pytest.mark.parametrize("path", sorted(VALID.glob("*.yaml")), ids=lambda p: p.name)
def test_valid_flow_has_no_problems(path: Path) -> None:
    compiled, problems = check_file(path)
    assert problems == []
    assert compiled is not None
    assert compiled.flow.name == path.stem


@pytest.mark.parametrize("name", sorted(builtin_flows()))
def test_builtin_flow_is_valid(name: str) -> None:
    compiled, problems = check_file(builtin_flows()[name])
    assert [str(problem) for problem in problems] == []
    assert compiled is not None


def test_minimal_flow_compiles() -> None:
    compiled, _ = check_file(VALID / "minimal.yaml")
    assert compiled is not None
    assert compiled.flow.start == "hello"
    assert [route.to for route in compiled.routes["hello"]] == ["bye"]


def test_gratitude_example_compiles_with_counter_and_roles() -> None:
    compiled, _ = check_file(VALID / "gratitude.yaml")
    assert compiled is not None
    assert compiled.counters == ("shares",)
    assert compiled.flow.roles == {"speaker": "partner_a", "listener": "partner_b"}
    assert compiled.value("{share_time}") == 90


def test_doc_example_is_the_gratitude_flow() -> None:
    doc = (ROOT / "docs" / "flow-format.md").read_text(encoding="utf-8")
    example = (VALID / "gratitude.yaml").read_text(encoding="utf-8")
    assert example.strip() in doc


def test_yes_no_and_on_stay_words() -> None:
    compiled, problems = check_file(VALID / "yes_no_on.yaml")
    assert problems == []
    assert compiled is not None
    assert {route.event for route in compiled.routes["ask"]} == {"yes", "no", "maybe", "silence", "timeout"}
    assert "yes" in common().intents["yes"].phrases
    assert "no" in common().intents["no"].phrases


def test_override_is_checked_like_the_setting() -> None:
    _, problems = check_file(VALID / "gratitude.yaml", overrides={"share_time": 0})
    assert len(problems) == 1
    assert "setting 'share_time' is 0" in problems[0].message


# Source problems: the file itself cannot be read as a flow. Each is one line, never an exception.


def _one_source_problem(path: Path, fragment: str) -> Problem:
    compiled, problems = check_file(path)
    assert compiled is None
    assert len(problems) == 1, problems
    assert problems[0].state is None
    assert fragment in problems[0].message
    assert str(problems[0]).startswith(str(path))
    return problems[0]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("")
    assert _one_source_problem(path, "is empty").line == 1


def test_blank_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.yaml"
    path.write_text("\n   \n\n")
    _one_source_problem(path, "is empty")


def test_comments_only_file(tmp_path: Path) -> None:
    path = tmp_path / "comments.yaml"
    path.write_text("# nothing here yet\n")
    _one_source_problem(path, "must be a mapping")


def test_top_level_list(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- name: x\n- title: y\n")
    _one_source_problem(path, "must be a mapping")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "model.yaml"
    path.write_bytes(bytes(range(256)) * 4)
    _one_source_problem(path, "binary")


def test_not_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: caf\u00e9\n".encode("latin-1"))
    _one_source_problem(path, "not UTF-8")


def test_directory(tmp_path: Path) -> None:
    _one_source_problem(tmp_path, "is a folder")


def test_missing_path(tmp_path: Path) -> None:
    _one_source_problem(tmp_path / "nowhere.yaml", "no such file")


def test_ten_megabyte_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("# padding\n" * 1_000_000)
    _one_source_problem(path, "too large")


def test_two_documents(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text("name: a\n---\nname: b\n")
    assert _one_source_problem(path, "YAML syntax").line == 2


def test_alias_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "alias.yaml"
    path.write_text("a: &x [*x]\n")
    assert _one_source_problem(path, "aliases").line == 1


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    rows = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(rows) + "\n")
    _one_source_problem(path, "aliases")


def test_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 20_000 + "]" * 20_000 + "\n")
    _one_source_problem(path, "nested too deeply")


# The command line: `voice-pacer flows validate PATH...` prints problem lines, exits 1 when any file is invalid.

def _validate(*paths: Path | str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "voice_pacer", "flows", "validate", *map(str, paths)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_cli_valid_flow_exits_0() -> None:
    result = _validate(VALID / "gratitude.yaml")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_cli_invalid_flows_exit_1_with_problem_lines(tmp_path: Path) -> None:
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    paths = [INVALID / "no_exit.yaml", INVALID / "syntax_error.yaml", tmp_path / "missing.yaml", tmp_path, binary,
             VALID / "minimal.yaml"]
    result = _validate(*paths)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Traceback" not in output
    assert f"{INVALID / 'no_exit.yaml'}:6: state 'hello': has no way out" in result.stderr
    assert f"{INVALID / 'syntax_error.yaml'}:7: YAML syntax" in result.stderr
    for path in (tmp_path / "missing.yaml", tmp_path, binary):
        assert f"{path}: " in result.stderr


@pytest.mark.parametrize("name", ["duplicate_key.yaml", "two_actions.yaml", "duration_text.yaml"])
def test_cli_each_invalid_flow_exits_1(name: str) -> None:
    result = _validate(INVALID / name)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{INVALID / name}:" in result.stderr


# Flows that run flows: a cycle is found wherever it closes, and reported at the line of the `run`.

CYCLE = Path(__file__).resolve().parent / "flows_cycle"


def test_cycle_of_two_flows_is_located_in_both_files() -> None:
    compiled, problems = check_file(CYCLE / "first.yaml")
    assert compiled is None
    lines = [str(problem) for problem in problems]
    assert lines[0].startswith(f"{CYCLE / 'first.yaml'}:10: state 'go': runs flow 'second.yaml'")
    assert lines[1] == (f"{CYCLE / 'second.yaml'}:7: state 'back': runs flow 'first.yaml', which leads back here "
                        "(first.yaml -> second.yaml -> first.yaml); flows cannot run in a circle")
    assert len(lines) == 2


def test_flow_running_itself_is_a_cycle() -> None:
    _, problems = check_file(CYCLE / "itself.yaml")
    assert [str(p) for p in problems] == [f"{CYCLE / 'itself.yaml'}:7: state 'again': runs flow 'itself.yaml', which "
                                          "leads back here (itself.yaml -> itself.yaml); flows cannot run in a circle"]


def test_cycle_and_missing_flow_through_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "voice_pacer", "flows", "validate", str(CYCLE / "itself.yaml"),
                             str(INVALID / "run_missing.yaml")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1
    assert f"{CYCLE / 'itself.yaml'}:7: state 'again': runs flow 'itself.yaml'" in result.stderr
    assert f"{INVALID / 'run_missing.yaml'}:7: state 'first': runs flow 'no_such_flow'" in result.stderr
    assert "Traceback" not in result.stderr


def test_pacer_compiles_with_every_inner_flow() -> None:
    compiled = load_flow("pacer")
    assert {state: inner.flow.name for state, inner in compiled.inner.items()} == {
        "pause": "pause", "accountability": "accountability", "turns": "turns", "collaborate": "collaborate",
        "experiment": "experiment"}


def test_graph_labels_the_states_that_run_flows() -> None:
    from voice_pacer.flowfile.graph import draw

    mermaid, dot = draw(load_flow("pacer")), draw(load_flow("pacer"), "dot")
    for name, title in (("accountability", "My own part"), ("turns", "Let them finish"), ("pause", "Breathing pause")):
        assert f'state "{name}: runs flow {name} ({title})" as {name}' in mermaid
        assert f'{name} [label="{name}: runs flow {name} ({title})' in dot


# Prompts are heard: a long one is a warning with FILE:LINE, and the flow stays valid.


def test_long_prompt_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text("name: long\ntitle: Long\nstart: hello\nstates:\n  hello:\n"
                    "    say: " + " ".join(["word"] * 30) + "\n    end: true\n")
    compiled, problems = check_file(path)
    assert problems == [] and compiled is not None
    assert [str(w) for w in compiled.warnings] == [
        f"{path}:6: state 'hello': warning: prompt has 30 words; keep it to about 20, one idea a prompt"]
    result = subprocess.run([sys.executable, "-m", "voice_pacer", "flows", "validate", str(path)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    assert f"{path}:6: state 'hello': warning: prompt has 30 words" in result.stderr


@pytest.mark.parametrize("name", sorted(builtin_flows()))
def test_builtin_prompts_are_short(name: str) -> None:
    compiled = load_flow(name)
    assert [str(w) for w in compiled.warnings] == []


# The questions asked about a half-heard command (voice_pacer/data/common.yaml's doubt): short, naming no one.


def test_every_command_but_yes_no_and_what_a_partner_said_has_a_short_nameless_question() -> None:
    shared = common()
    assert set(shared.doubt) == set(shared.intents) - NOT_DOUBTED
    assert set(shared.doubt) == {"stop", "pause", "help", "repeat", "refuse", "leave", "done", "ready"}
    assert doubt_questions(shared.doubt) == shared.doubt


@pytest.mark.parametrize(("raw", "says"), [
    ({"yes": "Did you mean yes?"}, "only these intents are asked about: stop, pause"),
    ({"rebuttal": "Was that not true?"}, "only these intents are asked about"),
    ({"holiday": "Did you want a holiday?"}, "only these intents are asked about"),
    ({"done": "{speaker}, are you finished?"}, "a question names no one"),
    ({"stop": "We can stop now."}, "write one short question ending with '?'"),
    ({"stop": " ".join(["word"] * 30) + "?"}, "write one short question"),
])
def test_a_bad_doubt_question_is_one_line_naming_it(raw: dict[str, str], says: str) -> None:
    with pytest.raises(UserError) as raised:
        doubt_questions(raw)
    assert f"voice_pacer/data/common.yaml: doubt: {next(iter(raw))}: " in str(raised.value)
    assert says in str(raised.value)
