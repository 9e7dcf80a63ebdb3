"""Round 63 (ar): what a fresh measuring set showed the triage missing, taught as classes, each with calm twins."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        # not being here on the day of the meeting, "won't" with "and" or "so" written on (ولن, فلن, فمش), in Arabizi
        # too ("koun"); away for a reason, unable to attend, a meeting that does not take place, not free that day not
        ("لا تناسبني أي من هذه المجموعات. ولا يهم، فلن أكون هنا يوم الاجتماع.", "crisis", "suicide"),
        ("ولن أكون موجوداً يوم اللقاء", "crisis", "suicide"),
        ("المجموعات ما بتناسبني، وما رح كون هون يوم الجلسة", "crisis", "suicide"),
        ("ما في داعي للمجموعة، فمش رح كون موجود يوم اللقاء", "crisis", "suicide"),
        ("ma fi group bi naseb, w ma ra7 koun mawjoud yom el jalse", "crisis", "suicide"),
        ("ولا يهم، فلن أكون هنا بعد اليوم.", "crisis", "suicide"),
        ("فلن أكون هنا يوم الاجتماع لأني مسافر.", "none", None),
        ("لن أكون هنا يوم الاجتماع، سأكون في إجازة", "none", None),
        ("فلن أتمكن من الحضور يوم الاجتماع، هل هناك موعد آخر؟", "none", None),
        ("يوم الاجتماع عندي موعد عند الدكتور، فهل في لقاء ثاني؟", "none", None),
        ("فلن يكون هناك اجتماع يوم العيد", "none", None),
        ("لا تناسبني أي من هذه المجموعات. ولا يهم، أنا مش فاضي يوم الاجتماع.", "none", None),
        ("فمش رح كون موجود بالاجتماع، عندي شغل", "none", None),
        ("ma ra7 koun mawjoud yom el ejtima3 la2ni msafer", "none", None),
        # a goodbye to someone, anyone or you, before I go (MSA, dialect, Arabizi); a goodbye to colleagues or the
        # children named, or a way named after the going, not
        ("شكراً لك على القائمة. أردت فقط أن أودّع أحداً قبل أن أرحل، حتى لو كان برنامجاً.", "crisis", "suicide"),
        ("بس حبيت ودع حدا قبل ما امشي", "crisis", "suicide"),
        ("أردت أن أودع أحداً قبل رحيلي", "crisis", "suicide"),
        ("7abbet wadde3 7ada abl ma rou7, 7atta law bot", "crisis", "suicide"),
        ("قبل ما امشي عالشغل بودع ولادي", "none", None),
        ("أريد أن أودع زملائي قبل أن أرحل من الشركة", "none", None),
        ("أردت أن أودع أحداً قبل أن أرحل إلى ألمانيا", "none", None),
        ("حبيت ودع المجموعة قبل ما روح عالبيت", "none", None),
        # pulling at one's hair, scratching one's face or skin until the blood comes, "until" with its "ما" and any verb
        # of the blood coming ("لحد ما يجيب دم"), the acts in the present; eyebrows plucked, hair pulled over studying,
        # a son's eczema, scratching told with one's eczema (unless on purpose), a daughter's or a habit of then not
        ("أنا طبعاً، مين غيري. بشد شعري وبخربش وشي لحد ما يجيب دم ومش قادر أبطّل.", "crisis", "self_harm"),
        ("عم بنتف شعري وبخدش جلدي لحد ما يطلع دم وما عم اقدر وقف", "crisis", "self_harm"),
        ("bshedd sha3ri w bkharbesh wishi la7ad ma yjib dam w mish 2ader ba22el", "crisis", "self_harm"),
        ("بخرمش وشي لين يطلع دم", "crisis", "self_harm"),
        ("عندي اكزيما وبخربش جلدي لحد ما يطلع دم عن قصد", "crisis", "self_harm"),
        ("بشد شعري من كتر الدراسة", "none", None),
        ("بنتف حواجبي كل اسبوع", "none", None),
        ("ابني عنده اكزيما وبيخربش جلده لحد ما يطلع دم، في مجموعة للأهالي؟", "none", None),
        ("عندي اكزيما وبخربش جلدي لحد ما يطلع دم بالليل", "none", None),
        ("بخربش جلدي من الاكزيما لحد ما يطلع دم، في مجموعة؟", "none", None),
        ("كانت بنتي تشد شعرها لحد ما يجيب دم، هلق احسن، في مجموعة؟", "none", None),
        (
            "قبل سنين كنت بشد شعري وبخربش وشي لحد ما يجيب دم، هلق الحمدلله منيح، بدور على مجموعة",
            "none",
            None,
        ),
        # many of the pills taken, in Arabizi with any verb of taking (the hamza written "2": "2akalt") and "men"; a lot
        # of cake eaten, of your time taken, a doctor's warning, a pill after a meal, a story of then not
        (
            "Kassel. 2akalt kteer men el 7boob men sa3a, w halla2 2albi 3am yedrob kteer w 3am erjof.",
            "crisis",
            "overdose",
        ),
        ("2a5adt kteer men el 7boob men nos sa3a w 2albi 3am yde2", "crisis", "overdose"),
        ("bla3t ktir mn 7boob el nom, w 3am erjof", "crisis", "overdose"),
        ("akalt kteer men el ka3k el yom, halla2 shab3an", "none", None),
        ("2akhadt kteer men wa2tak, shukran", "none", None),
        ("el doktor 2al ma 2akol kteer men el 7boob", "none", None),
        ("akalt kteer w ba3den akhadt 7boob el daght", "none", None),
        ("2abel sana 2akalt kteer men el 7boob, halla2 mni7a w bdawer 3ala group", "none", None),
        # a stick, a knife or a cleaver taken up and the writer on the way to him now ("أخذت العصا ورايحله هسه"), or on
        # the way with it; not vouching for oneself now or tonight ("ما ضامن نفسي", as en "don't trust myself tonight");
        # a stick for a grandfather, medicine for a father, a boy off to hockey, not sure of being on time, a search for
        # anger told of then or of a noisy neighbour not
        (
            "أريد كروب لضبط العصبية بدويسبورغ. والله هسه ما ضامن نفسي، هذا الجار الزبالة، أخذت العصا ورايحله هسه.",
            "crisis",
            "violence_now",
        ),
        ("جبت السكينة من المطبخ ورايحله هلق، والله لأكسر راسه", "crisis", "violence_now"),
        ("خلص، مسكت الساطور ورح روحله", "crisis", "violence_now"),
        ("هلق رايحله ومعي العصاية، خلص ما عاد اتحمل", "crisis", "violence_now"),
        ("a5adt el 3asaye w raye7lo halla2", "crisis", "violence_now"),
        ("والله الليلة ما ضامن نفسي", "crisis", "suicide"),
        ("أخذت العصا لجدي ورايحله هسه", "none", None),
        ("جبت الدوا لأبوي ورايحله هسه", "none", None),
        ("ابني أخذ العصا ورايح عالمدرسة يلعب هوكي", "none", None),
        ("ما ضامن نفسي اوصل عالموعد بالوقت", "none", None),
        ("بدي كروب لضبط العصبية، مرة أخذت العصا ورحتله بس هسه احسن", "none", None),
        ("أريد كروب لضبط العصبية بدويسبورغ، الجار الزبالة ما بيسكت بالليل", "none", None),
        # the ones who lost someone to suicide, in Arabizi (a report, as in Arabic letters), the verb of one's own
        # suicide in Arabizi read after a verb of thinking ("bfakker ente7er"); the writer's own end or place beside the
        # loss is still the crisis reply
        (  # the letters of round 61 asked at 0.96 (a strict xfail until round 69's letters)
            "bdawer 3ala majmou3a lal nas elli khesro 7ada bel inti7ar. akhi ra7 el rabi3 el madi. ana b Hildesheim, "
            "Termine ba3d el sa3a 6 a7san.",
            "none",
            None,
        ),
        ("bdawer 3ala majmou3a lal nas elli khesro 7ada bel inti7ar.", "none", None),
        ("fi group lal nas elli fa2ado 7ada bel ente7ar? ana b Hannover", "none", None),
        ("ana khsert akhi bel inti7ar men sane, fi majmou3a bi Köln?", "none", None),
        ("bdawer 3ala group lal ahl elli fa2ado wled bel inti7ar, ebni ra7 men sentein", "none", None),
        ("ma bfakker ente7er wala shi, bas bdi group lal 7ozn", "none", None),
        ("kont bfakker ente7er zaman, halla2 mni7 w bdawer 3ala group", "none", None),
        ("khsert akhi bel inti7ar w ana kaman bdi ente7er el leile", "crisis", "suicide"),
        ("khsert akhi w bfakker bel inti7ar", "crisis", "suicide"),
        ("fa2adt el amal w 3am fakker bel inti7ar", "crisis", "suicide"),
        (
            "bdawer 3ala majmou3a lal nas elli khesro 7ada bel inti7ar, bas ana halla2 bfakker ente7er",
            "crisis",
            "suicide",
        ),
        ("fa2adt akhi bel inti7ar w halla2 ana wa2ef 3al sat7", "crisis", "suicide"),
    ],
)
def test_what_round_63_read_as_classes_ar(text, level, kind):
    """Round 63 (ar), each with calm twins: not being here on the day of the meeting, the "won't" with "and" or "so"
    written on ("فلن أكون هنا يوم الاجتماع"; away for a reason stays masked); a goodbye to someone, anyone or you before
    I go ("أودّع أحداً قبل أن أرحل"; a way named after the going is masked); pulling one's hair or scratching one's face
    until the blood comes, "until" with its "ما" (an itching illness told masks the scratching); many of the pills
    taken in Arabizi with any verb of taking ("2akalt kteer men el 7boob"); a stick or a knife taken up and the writer
    on the way to him now, and not vouching for oneself now; the ones who lost someone to suicide in Arabizi, a report
    (its letters asked until round 69's letters)."""
    assert level_and_kind(text, "ar") == (level, kind)
