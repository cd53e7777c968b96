from __future__ import annotations

from errctl.fingerprint.subjects import named_subject_heads
from tests.fingerprint.helpers import templates

# A home-automation server's automations, each named by its user, log their runs by name.
ALIASES = [
    "Motion hallway",
    "Kitchen lights",
    "Bedtime scene",
    "Washer done notification",
    "Porch light at sunset",
    "Garage door left open",
    "Thermostat eco when away",
]


def test_one_statement_after_the_colon_of_several_names_is_one_template():
    # Each name was read as a label, one statement each: seven templates of one statement.
    raw = [f"{a}: Running automation actions" for a in ALIASES]
    raw += ["Startup complete", "Motion hallway: Already running"]
    got = templates(raw)
    assert {got[f"{a}: Running automation actions"] for a in ALIASES} == {
        "<*>: Running automation actions"
    }
    # A name so found is a value before its other statements too, seen once or not.
    assert got["Motion hallway: Already running"] == "<*>: Already running"
    assert got["Startup complete"] == "Startup complete"


def test_a_name_statement_the_miner_found_a_variable_in_takes_the_others():
    # One automation ran enough steps for the miner to find the step a variable in its
    # shape; the others' steps, a few each, are that statement's values.
    steps = ["delay", "if", "choose", "condition", "scene"]
    raw = [f"Garage door left open: Executing step {s}" for s in steps]
    raw += [f"{a}: Executing step call service" for a in ALIASES[:3]]
    raw += ["Kitchen lights: Executing step if"]
    raw += [f"{a}: Running automation actions" for a in ALIASES]
    got = templates(raw)
    assert set(got.values()) == {"<*>: Executing step <*>", "<*>: Running automation actions"}


def test_labels_followed_by_the_same_words_twice_stay_apart():
    # Two labels alike by chance, and a banner's labels with values of their own.
    new = [
        "Primary disk: not configured",
        "Backup disk: not configured",
        "Operating system: Linux",
        "Processor count: <*>",
    ]
    assert named_subject_heads(new) == {}


KINDS = ["metrics", "traces", "logs"]


def test_what_failed_before_a_shared_cause_is_no_name():
    # Go's `fmt.Errorf("failed to ...: %w", err)`: each says what was being done, a
    # statement of its own, and SQLite's error after the colon is the cause they share.
    new = [
        "failed to get projects: database is locked",
        "failed to save state: database is locked",
        "failed to delete obsolete query state: database is locked",
        "could not get check configs: database is locked",
        "Unable to open cache: database is locked",
    ]
    assert named_subject_heads(new) == {}
    # ... unless they differ in one word at their end: one statement's value there.
    new = [f"failed to send {kind}: Post <*>: connection refused" for kind in KINDS]
    head = "failed to send <*>: Post <*>: connection refused"
    assert named_subject_heads(new) == dict.fromkeys(new, head)


def test_a_new_name_joins_the_known_statement():
    known = ["<*>: Running automation actions"]
    new = ["Night mode: Running automation actions"]
    assert named_subject_heads(new, known) == {
        "Night mode: Running automation actions": "<*>: Running automation actions"
    }


def test_a_statement_without_a_sentence_is_a_label_value():
    # `label: <*>` and one word after a colon are a label's value, whatever the labels.
    new = [f"{a}: <*>" for a in ALIASES] + [f"{a}: on" for a in ALIASES]
    assert named_subject_heads(new) == {}


def test_a_name_is_a_value_where_another_statement_has_a_variable_in_its_place():
    # The names of two words were one shape with enough values for the miner; the longer
    # names, one shape each, stayed words, though each is a subject elsewhere.
    aliases = [*ALIASES, "Night mode"]
    raw = [f"{a}: Running automation actions" for a in aliases]
    raw += [f"Initialized trigger {a}" for a in aliases]
    got = templates(raw)
    assert {got[f"Initialized trigger {a}"] for a in aliases} == {"Initialized trigger <*>"}


def test_words_every_name_opens_with_stay_the_statements():
    # A mail server names the mailbox after a word of its own: the word stays wording.
    new = [
        f"Mailbox {box}: Transaction log file <*> was locked for <*> seconds (rotating)"
        for box in ("Drafts", "Trash", "Sent")
    ]
    head = "Mailbox <*>: Transaction log file <*> was locked for <*> seconds (rotating)"
    assert named_subject_heads(new) == dict.fromkeys(new, head)
    later = "Mailbox Junk: Transaction log file <*> was locked for <*> seconds (rotating)"
    assert named_subject_heads([later], [head]) == {later: head}
