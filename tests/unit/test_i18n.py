import re
from pathlib import Path

from handlers.i18n import Texts

ROOT = Path(__file__).resolve().parents[2]
KEY_IN_CODE = re.compile(r'"((?:[a-z_]+\.)+[a-z_0-9]+|welcome|banned|flood|unsupported|'
                         r'not_allowed|unknown_command)"')


def test_french_and_english_catalogs_have_the_same_keys() -> None:
    texts = Texts.load()
    assert texts.keys("fr") == texts.keys("en")
    assert len(texts.keys("fr")) > 50


def test_every_text_key_used_in_the_code_exists_in_both_languages() -> None:
    texts = Texts.load()
    known = texts.keys("fr")
    used: set[str] = set()
    for folder in ("matching/services", "handlers", "bot"):
        for path in (ROOT / folder).rglob("*.py"):
            for key in KEY_IN_CODE.findall(path.read_text()):
                prefix = key.split(".")[0]
                if prefix in {"toast", "ask", "btn", "welcome", "crisis", "queue", "offer",
                              "match", "relay", "switch", "end", "invite", "helper", "help",
                              "language", "consent", "privacy", "alert", "error", "admin", "pf",
                              "rs", "transfer", "escalate", "report", "hours", "line",
                              "stats", "state", "ago", "mydata", "forget", "fu", "ci",
                              "oc"} or "." not in key:
                    used.add(key)
    missing = {k for k in used if k not in known and not k.endswith(".")}
    assert not missing, f"keys used in code but missing from the catalogs: {sorted(missing)}"


def test_parameters_that_are_keys_are_translated() -> None:
    texts = Texts.load()
    assert "Housing" in texts.get("en", "btn.person", who="@theme.housing")
    assert "Logement" in texts.get("fr", "btn.person", who="@theme.housing")


def test_telegram_language_codes_map_to_supported_languages() -> None:
    texts = Texts.load(default="fr")
    assert texts.language("en-GB") == "en"
    assert texts.language("de") == "fr"
    assert texts.language(None) == "fr"


def test_consent_button_says_i_agree_in_english() -> None:
    assert "I agree" in Texts.load().get("en", "btn.consent")


def test_welcome_gives_the_emergency_numbers_in_both_languages() -> None:
    texts = Texts.load()
    for language in ("fr", "en"):
        welcome = texts.get(language, "welcome")
        for number in ("112", "15", "3114", "114"):
            assert number in welcome
