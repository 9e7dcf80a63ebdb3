"""Crisis triage: the committed message set, the CLI, and independence from the database."""

from __future__ import annotations

import functools
import json
import re
import time
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.crisis_data import load_lexicon, load_resources
from dialogs.text import normalise
from dialogs.triage import compile_lexicon, compile_pattern, mark_negations, triage
from tests.cli import run_cli

MESSAGES = Path(__file__).with_name("crisis_messages.tsv")


def labelled() -> list[tuple[str, bool, str]]:
    rows = []
    for line in MESSAGES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, expected, text = line.split("\t")
            rows.append((lang, expected == "crisis", text))
    return rows


def test_message_set_is_large_and_covers_six_languages():
    rows = labelled()
    assert sum(crisis for _, crisis, _ in rows) >= 150
    assert sum(not crisis for _, crisis, _ in rows) >= 150
    assert {lang for lang, _, _ in rows} == {"de", "en", "tr", "ar", "ru", "uk"}


def test_recall_is_complete_and_false_alarms_are_rare():
    lexicon = load_lexicon()
    missed, alarms, calm = [], [], 0
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for lang, crisis, text in labelled():
        found = triage(text, lexicon).crisis
        figures = per_lang[lang]
        if crisis:
            figures[0] += found
            figures[1] += 1
            if not found:
                missed.append(text)
        else:
            calm += 1
            figures[2] += found
            figures[3] += 1
            if found:
                alarms.append(text)
    for lang, (hit, total, false, quiet) in sorted(per_lang.items()):
        print(f"triage {lang}: recall {hit}/{total}, false alarms {false}/{quiet}")
    print(f"triage overall: missed {len(missed)}, false alarms {len(alarms)}/{calm} = {len(alarms) / calm:.1%}")
    assert missed == []
    assert len(alarms) / calm <= 0.03, alarms


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ich will nicht mehr leben", "suicide"),
        ("my husband is hitting me right now", "violence_now"),
        ("ich ritze mich", "self_harm"),
        ("I can't breathe", "medical"),
    ],
)
def test_the_kind_and_the_signal_are_reported(text, kind):
    result = triage(text, load_lexicon())
    assert result.crisis and result.kind == kind
    assert result.signal and result.lang


def test_a_reported_loss_is_no_alarm_but_is_recognised():
    result = triage("mein Bruder hat sich das Leben genommen", load_lexicon())
    assert not result.crisis and result.loss


def test_a_loss_followed_by_own_danger_still_alarms():
    assert triage("mein Bruder hat sich umgebracht und ich will auch nicht mehr leben", load_lexicon()).crisis


def test_pattern_language():
    assert compile_pattern("ich ... mich umbringen").search("ich will mich umbringen")
    assert not compile_pattern("ich ... mich umbringen").search("ich a b c d e mich umbringen")
    assert compile_pattern("kann nicht mehr $").search("ich kann nicht mehr")
    assert not compile_pattern("kann nicht mehr $").search("ich kann nicht mehr schlafen")
    assert compile_pattern("selbstmord*").search("selbstmordgedanken")
    assert compile_pattern("habe mir? weh").search("habe weh")
    assert compile_pattern("ich mir das leben nehmen").search("ich werde mir heute das leben nehmen")
    assert not compile_pattern("ich mir das leben nehmen").search("ich a b c mir das leben nehmen")


def test_word_classes_and_numbers():
    words = {"want": ["will", "werde"], "die": ["sterben", "mich umbringen"], "many": ["alle", "<number>"]}
    pattern = compile_pattern("ich ... <want> ... <die>", words=words)
    assert pattern.search("ich werde mich umbringen") and pattern.search("ich will heute sterben")
    assert not pattern.search("ich werde mich morgen melden")
    assert compile_pattern("<many> tabletten", words=words).search("habe 30 tabletten genommen")
    with pytest.raises(ValueError, match="unknown word class"):
        compile_pattern("<nothing> here", words=words)


def test_negations_are_never_skipped_and_a_negated_match_is_no_alarm():
    negations = frozenset({"nicht", "keinen"})
    text = mark_negations("ich will auf keinen fall sterben", negations)
    assert not compile_pattern("ich will ... sterben", negations).search(text)
    lexicon = load_lexicon()
    for calm in ("ich will auf keinen Fall sterben", "لا أريد أن أموت", "я не хочу умирать", "ölmek istemiyorum"):
        assert not triage(calm, lexicon).crisis, calm
    assert triage("ich will nicht mehr leben", lexicon).crisis


def test_a_yaml_boolean_in_the_lexicon_is_refused_with_a_hint():
    with pytest.raises(ValueError, match="quotes"):
        compile_lexicon({"en": {"negation": [False], "suicide": ["i want to die"]}})


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_gets_a_verdict(text):
    result = triage(text, load_lexicon())
    assert isinstance(result.crisis, bool)


@functools.cache
def marked_messages() -> list[str]:
    """The committed messages and the lexicon's words, normalised and marked as triage sees them."""
    lexicon = load_lexicon()
    texts = [text for _, _, text in labelled()] + list(lexicon.vocabulary) + sorted(lexicon.negations)
    return sorted({mark_negations(normalise(t), lexicon.negations) for t in texts} - {""})


@given(st.lists(st.sampled_from(marked_messages()), min_size=1, max_size=3), st.sampled_from(["", "30", "heute"]))
@settings(max_examples=500, deadline=None)
def test_the_rule_index_never_hides_a_rule_that_matches(parts, extra):
    text = " ".join([*parts, extra]).strip()
    lexicon = load_lexicon()
    for index in (lexicon.danger, lexicon.loss, lexicon.harmless):
        matching = {rule.pattern for rule in index.rules if rule.regex.search(text)}
        assert matching <= {rule.pattern for rule in index.candidates(text)}


def test_patterns_may_begin_with_a_number_a_prefix_or_an_optional_word():
    lexicon = compile_lexicon(
        {"en": {"negation": ["not"], "medical": ["<number> pills taken", "overdos* now", "i? swallowed everything"]}}
    )
    assert triage("30 pills taken", lexicon).crisis
    assert triage("overdosed now", lexicon).crisis
    assert triage("so i swallowed everything", lexicon).crisis
    assert not triage("pills taken", lexicon).crisis


def test_resources_show_only_the_situation_numbers():
    resources = load_resources("DE")
    suicide = [r.name for r in resources.for_situation("suicide")]
    violence = [r.name for r in resources.for_situation("violence_now")]
    assert suicide[0] == "TelefonSeelsorge"
    assert "Polizei" in violence and "Hilfetelefon Gewalt gegen Frauen" in violence
    assert "0800 111 0 111" in resources.resources["telefonseelsorge"].numbers


def test_triage_is_fast():
    lexicon = load_lexicon()
    texts = [text for _, _, text in labelled()]
    start = time.perf_counter()
    for text in texts:
        triage(text, lexicon)
    per_message = (time.perf_counter() - start) / len(texts)
    print(f"triage: {per_message * 1000:.3f} ms per message")
    assert per_message < 0.001


def test_triage_cli_needs_no_database(tmp_path):
    unreachable = "postgresql://nobody@127.0.0.1:1/none"
    done = run_cli("triage", "kendimi öldürmek istiyorum", "--lang", "tr", "--json", db=unreachable)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["crisis"] is True and result["kind"] == "suicide"
    assert any("0800 111 0 111" in r["numbers"] for r in result["resources"])


def test_triage_cli_batch(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"text": "I want to die", "lang": "en"}\n{"text": "Diabetes", "lang": "de"}\n', encoding="utf-8")
    done = run_cli("triage", "--batch", str(batch), "--json")
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["crisis"] for r in results] == [True, False]


def test_triage_cli_rejects_empty_text():
    done = run_cli("triage", "")
    assert done.returncode == 2 and done.stderr.count("\n") == 1


FACTS = Path(__file__).resolve().parents[2] / "shared" / "FACTS.md"
COUNTRIES = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "data" / "crisis").glob("*.yaml"))


@pytest.mark.parametrize("country", COUNTRIES)
def test_crisis_data_is_complete_in_six_languages(country):
    resources = load_resources(country)
    for resource in resources.resources.values():
        assert set(resource.who) == {"de", "en", "tr", "ar", "ru", "uk"}, resource.id
    assert set(resources.notes) == {"de", "en", "tr", "ar", "ru", "uk"}
    for kind in ("suicide", "self_harm", "violence_now", "medical", "general", "loss"):
        assert resources.for_situation(kind), kind


@pytest.mark.skipif(not FACTS.exists(), reason="../shared/FACTS.md is not here")
@pytest.mark.parametrize("country", COUNTRIES)
def test_every_number_shown_is_a_verified_fact(country):
    verified = FACTS.read_text(encoding="utf-8").split("Not yet verified")[0].replace(" ", "")
    resources = load_resources(country)
    shown = [n for r in resources.resources.values() for n in r.numbers]
    shown += re.findall(r"\b\d{3}\b", " ".join(resources.notes.values()))
    for number in shown:
        assert number.replace(" ", "") in verified, (country, number)
