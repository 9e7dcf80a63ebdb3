"""Round 69: what testers acting out users in the console chat found about people in danger, taught as classes with
calm twins and crisis twins: words the writer names a saying ("это так говорится", "ist nur ne Redewendung", "laf olsun
diye") make an idiom of dying asked about, not answered with the crisis reply, unless a time, means told plainly or
harm stand beside them, or the saying is negated ("das ist keine Redewendung")."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the tester's message, and the same class in every language: asked, no longer the crisis reply at once
        ("ru", "ya ustala, hot' v petlyu lez', no ne perezhivayte, eto tak govoritsya", "check", "suicide"),
        ("ru", "я устала, хоть в петлю лезь, это так говорится", "check", "suicide"),
        ("ru", "сдохнуть хочется от этой работы, так, к слову", "check", "suicide"),
        ("uk", "хоч у петлю лізь, це так кажуть", "check", "suicide"),
        ("de", "ich könnt mich erschießen, ist nur ne Redewendung", "check", "suicide"),
        ("de", "ich bring mich um, nur so gesagt", "check", "suicide"),
        ("en", "I want to die, just a figure of speech", "check", "suicide"),
        ("en", "i want to die, it's just a manner of speaking", "check", "suicide"),
        ("tr", "kendimi asacağım, laf olsun diye", "check", "suicide"),
        ("tr", "öleceğim artık, öylesine söyledim", "check", "suicide"),
        ("ar", "بدي موت، مجرد كلام", "check", "suicide"),
        # crisis twins: a negated saying is none; means told plainly, a time or a plan beside it stay the crisis reply
        ("de", "das ist keine Redewendung, ich hab den Strick schon", "crisis", "suicide"),
        ("de", "das ist keine Redewendung, ich will sterben", "crisis", "suicide"),
        ("de", "ich will sterben, und das ist nicht nur so gesagt", "crisis", "suicide"),
        ("de", "ich bring mich heute nacht um, nur so gesagt", "crisis", "suicide"),
        ("en", "this is not a figure of speech, i want to die", "crisis", "suicide"),
        ("en", "i want to die, not just a figure of speech", "crisis", "suicide"),
        ("ru", "это не просто выражение, я хочу умереть", "crisis", "suicide"),
        ("ru", "хоть в петлю лезь, это так говорится, но таблетки я уже приготовила", "crisis", "suicide"),
        ("uk", "я наковталася таблеток, це не просто так кажуть", "crisis", "overdose"),
        # without the saying the idiom stays what it was
        ("ru", "я устала, хоть в петлю лезь", "crisis", "suicide"),
    ],
)
def test_what_round_69_read_as_classes_a_saying_named(lang, text, level, kind):
    assert level_and_kind(text, lang) == (level, kind)


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # the testers' messages: one's own self-harm now and then, told as the reason of a search: asked
        ("de", "ich ritze mich manchmal, suche ne gruppe", "check", "self_harm"),
        ("en", "i cut sometimes, looking for a group for that", "check", "self_harm"),
        ("ru", "иногда режу себя, ищу группу", "check", "self_harm"),
        # crisis twins: now, a wound, a wish to die, not being able to stop
        ("de", "ich hab mich gerade geritzt, es blutet", "crisis", "self_harm"),
        ("de", "ich ritze mich manchmal und kann nicht aufhören, suche eine gruppe", "crisis", "self_harm"),
        ("en", "i cut sometimes and i cant stop, looking for a group", "crisis", "self_harm"),
        ("en", "i cut myself right now, looking for a group", "crisis", "self_harm"),
        ("ru", "иногда режу себя и не могу остановиться, ищу группу", "crisis", "self_harm"),
        ("ru", "режу себя прямо сейчас, ищу группу", "crisis", "self_harm"),
        # calm twins: cutting other things stays calm
        ("en", "i cut the bread sometimes", "none", None),
        ("en", "i cut my hair sometimes, any group for hairdressers?", "none", None),
    ],
)
def test_what_round_69_read_as_classes_self_harm_as_a_habit_beside_a_search(lang, text, level, kind):
    assert level_and_kind(text, lang) == (level, kind)
