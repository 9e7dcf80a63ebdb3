"""Round 65 (de, en, tr, ru, uk): what a fresh measuring set showed the triage missing, taught as classes, each with
calm twins that must stay calm and crisis paraphrases in other words that must keep the crisis reply."""

from __future__ import annotations

import pytest

from tests.crisis_sets import level_and_kind


@pytest.mark.parametrize(
    ("lang", "text", "level", "kind"),
    [
        # (en) a bridge as the way across a river asked for, or as the way round avoided; standing on one, or one
        # found high enough, stays the crisis reply
        (
            "en",
            "How do I get across the river to that address, is there a bridge nearby or do I gotta go all the way "
            "round?",
            "none",
            None,
        ),
        ("en", "how do we get over the canal to the centre, is there a bridge or do we walk round?", "none", None),
        ("en", "what's the best way across the river to your office, over the bridge?", "none", None),
        ("en", "is there a bridge over the river or do I have to go all the way round by bus", "none", None),
        ("en", "I'm standing on the bridge near the river right now and I'm going to jump", "crisis", "suicide"),
        ("en", "found a bridge high enough to jump from, going there tonight", "crisis", "suicide"),
        # (en) someone dying of the shock or the surprise of news; the writer's own end, or anaphylactic shock, not
        (
            "en",
            "Lol I've been putting this off for ages, my therapist is gonna die of shock when I tell her I actually "
            "looked.",
            "none",
            None,
        ),
        ("en", "my mum will literally die of shock when she hears I joined a group", "none", None),
        ("en", "my boss nearly died of the shock when I quit", "none", None),
        ("en", "I'm gonna die tonight, I've got the pills ready", "crisis", "suicide"),
        ("en", "i'm in anaphylactic shock, i think i'm going to die, my throat is closing", "crisis", "medical"),
        # (ru) the last train or bus to catch after the meeting: the words are masked, but the letter model is all but
        # sure (99.96 %) and still asks; not retrained this round, so the first row stays marked
        pytest.param(
            "ru",
            "До какого часа идёт встреча? Мне потом на последний поезд успеть надо.",
            "none",
            None,
            marks=pytest.mark.xfail(strict=True, reason="the letter model is 99.96 % sure and still asks"),
        ),
        ("ru", "Встреча до девяти? Мне надо успеть на последнюю электричку.", "none", None),
        ("ru", "после группы успею на последний автобус?", "none", None),
        ("ru", "лягу под последний поезд сегодня ночью", "crisis", "suicide"),
        # (ru) colloquial verbs of chatting are known words, never a slip of "порезать"; cutting oneself stays read
        (
            "ru",
            "Да я сам по себе норм, просто после развода крыша слегка поехала, хочется с мужиками потрещать",
            "none",
            None,
        ),
        ("ru", "хочется с кем-нибудь потрындеть по душам, есть группа?", "none", None),
        ("ru", "надо потрещать с такими же отцами", "none", None),
        ("ru", "хочется порезать себя, прямо сейчас", "crisis", "self_harm"),
        ("ru", "опять хочется резать", "crisis", "suicide"),
        # (tr) dying of curiosity, heat, laughter with the ablative typed as heard (-dan/-den after k, t, ç); dying
        # tonight with pills gathered stays read
        ("tr", "merakdan ölücem, grubu bi psikolog mu yonetiyo", "none", None),
        ("tr", "sıcakdan ölücem bu yaz, grup toplantısı klimalı mı", "none", None),
        ("tr", "gülmekden öldüm, grup çok iyiydi", "none", None),
        ("tr", "artık ölücem, bu gece kendimi öldüreceğim", "crisis", "suicide"),
        ("tr", "merak etmeyin, bu gece ölücem, ilaçları topladım", "crisis", "suicide"),
        # (uk) a word of dying taken back as figurative in its sentence; "це не образно" passes no negation
        (
            "uk",
            "Я там ляпнула «хочу здохнути від цієї роботи» — то образно, просто вигоріла. Мені групу про вигорання",
            "none",
            None,
        ),
        ("uk", "написала колезі «я тут помру» — образно, звісно. Шукаю групу для вигорілих", "none", None),
        ("uk", "хочу здохнути, і це не образно, таблетки вже поруч", "crisis", "suicide"),
        ("uk", "хочу здохнути від цієї роботи, сьогодні все закінчу", "crisis", "suicide"),
        # (de) the thing wanted put first, then "würde ich sterben" (or "töten"); "am liebsten sterben" stays read
        (
            "de",
            "Für einen ruhigen Abend würde ich sterben, honestly. Gibt es in Lüneburg eine Gruppe für Eltern von "
            "autistischen Kids?",
            "none",
            None,
        ),
        ("de", "für eine Nacht durchschlafen würde ich sterben, gibt es eine Gruppe für junge Eltern?", "none", None),
        ("de", "Für so einen Urlaub würd ich töten lol", "none", None),
        ("de", "für heute würde ich am liebsten sterben, ich hab die Tabletten hier", "crisis", "suicide"),
        ("de", "ich will sterben, heute Nacht mach ich es", "crisis", "suicide"),
        # (uk) dying "with" this (German) office or chore, the verb after it, in Latin letters too; dying soon with a
        # rope bought, or pills taken, stays read
        (
            "uk",
            "Ja z cym nimeckym Finanzamt zovsim zdohnu, lol. Shukaju grupu dlja ljudej z burnout v Mainz, vechorom.",
            "none",
            None,
        ),
        (
            "uk",
            "Я з цим німецьким Finanzamt зовсім здохну, lol. Шукаю групу для людей з вигоранням у Майнці.",
            "none",
            None,
        ),
        ("uk", "з цим Jobcenter я скоро помру, є група для безробітних?", "none", None),
        ("uk", "ja skoro zdohnu, vzhe kupyla motuzku", "crisis", "suicide"),
        ("uk", "я сьогодні здохну, мотузка вже готова", "crisis", "suicide"),
        # (tr) dialysis named first and the session missed, then breathlessness; "deli gibi" of a racing heart is no
        # "as if" that masks the breath; breathlessness as a feeling that comes, a missed session alone, exam nerves not
        (
            "tr",
            "Dialyse hastasıyım, bugün seansa gidemedim, şimdi nefesim daralıyor ve kalbim deli gibi atıyor.",
            "crisis",
            "medical",
        ),
        ("tr", "diyaliz hastasıyım, dün seansı kaçırdım, nefesim daralıyor", "crisis", "medical"),
        ("tr", "şimdi nefesim daralıyor ve kalbim deli gibi çarpıyor", "crisis", "medical"),
        ("tr", "nefesim kesiliyor gibi oluyor bazen, panik grubu var mı", "none", None),
        ("tr", "diyaliz hastasıyım, seansa gidemedim çünkü taksi gelmedi, grup var mı", "none", None),
        ("tr", "kalbim deli gibi atıyor, yarın sınavım var", "none", None),
    ],
)
def test_what_round_65_read_as_classes_detrruuk(lang, text, level, kind):
    """Round 65 (de, en, tr, ru, uk), each with calm twins: a bridge as the way across a river asked for or the way
    round avoided (en); dying of the shock of news (en, the cause right after "of", so anaphylactic shock stays read);
    the last train to catch (ru, masked; the letter model still asks of the first message: marked); colloquial verbs
    of chatting known as words, never a slip of "порезать" (ru); the Turkish ablative typed as heard ("merakdan
    ölücem"); a word of dying taken back as figurative (uk); "für X würde ich sterben" with the thing wanted first
    (de); dying "with" this German office, in Latin letters too (uk); dialysis named first and the session missed,
    then breathlessness, and "deli gibi" no "as if" (tr). Not taught: "Після смерті дружини ... цими вихідними піду до
    неї, план уже є" (uk) stays the question: the death is told in the same sentence as the going to her, and a
    sentence that tells a loss is no plan of the writer's (`follows_the_dead`); loosening that would ask calm visits
    to a grave."""
    assert level_and_kind(text, lang) == (level, kind)
