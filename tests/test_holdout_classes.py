"""Classes of wording found on the holdout sets of stop 21 (measured once, then named as classes):
the panel as the candidate's own ("on your panel"), people named by their own drug use, the
people met at the interview itself, a length of time in other work said with "one year's" or
a longer kind of work, ", or" offering a qualification in place of everything before it, a
qualification named before "or lived experience", caring with how it was given between the verb
and the person ("cared, unpaid, for a family member"), lived experience and peer work named
together as a kind of staff or supervision, and the post's holders named as a group ("two members
of our Wayfinder team") on the panel.
Each class has invented variants (UK, US, Australian, New Zealand and Canadian wording) and a
twin that keeps its verdict. No sentence is copied from a real or blind advert."""

from __future__ import annotations

import pytest
from verdict_table import LE, PANEL, assert_row, table

from jdlint.engine import check_document
from jdlint.readers.text import read_text

ROWS = [
    # the panel named as the candidate's own
    (PANEL, "A peer worker will be on your panel, together with the team leader.", "met"),
    (PANEL, "Someone with lived experience of the justice system sits on your interview panel.", "met"),
    (PANEL, "The team leader and the practice manager will be on your panel.", "not-met"),
    # people named by their own drug use, the harm-reduction community's words
    (PANEL, "People who use drugs sit on our hiring committee and help choose new staff.", "met"),
    (PANEL, "Two people who have injected drugs sit on every interview panel.", "met"),
    (PANEL, "You will support people who use drugs; the interview panel is the manager and a nurse.", "not-met"),
    # the people met at the interview itself, not before it
    (PANEL, "Interviews: you'll meet a Lived Experience Practitioner and our team leader.", "met"),
    (PANEL, "At interview you will meet two of our peer specialists and the program director.", "met"),
    (PANEL, "At your interview, candidates will meet a kaimahi peer and the service manager.", "met"),
    (PANEL, "Before your interview you will meet two of our peer workers.", "partly-met"),
    (PANEL, "At interview you will meet the manager and the deputy manager.", "not-met"),
    # a length of time in other work offered in place of lived experience
    (LE, "Essential: Lived experience of mental distress, or one year's experience volunteering in a peer-run "
         "service.", "not-met"),
    (LE, "Essential: Lived experience of homelessness, or at least a year's experience supporting rough "
         "sleepers.", "not-met"),
    (LE, "Minimum qualifications: lived experience of recovery from addiction, or two years of full-time "
         "community mental health work.", "not-met"),
    (LE, "Required: personal experience of recovery from a substance use disorder, or three years of full-time "
         "experience in a social services setting.", "not-met"),
    (LE, "Essential: lived experience of an eating disorder or 18 months' paid or voluntary experience in a "
         "support role.", "not-met"),
    (LE, "Essential: Lived experience of mental distress. Two years' experience of paid work is desirable.", "met"),
    # ", or" offers the qualification in place of all before it, an "and" inside the kind included
    (LE, "Lived experience of mental health challenges and recovery, or a Certificate IV in Mental Health.",
     "not-met"),
    (LE, "Essential: lived experience of alcohol and other drug use, or a Diploma of Community Services.",
     "not-met"),
    (LE, "Essential: lived experience of psychosis and recovery, and a current driver licence.", "met"),
    # another profession's qualification named before it, then "or"
    (LE, "Essential: A Certificate IV in Mental Health, or lived experience of mental ill health.", "not-met"),
    (LE, "Minimum qualifications: an associate degree in human services or lived experience of recovery from "
         "addiction.", "not-met"),
    (LE, "Essential: a Certificate IV in Mental Health Peer Work, and lived experience of mental ill health.",
     "met"),
    # caring described with how it was given between the verb and the person cared for
    (LE, "This post is only open to people who have cared, unpaid, for a family member with a mental health "
         "condition.", "met"),
    (LE, "Essential: you have looked, unpaid, after a relative living with psychosis.", "met"),
    (LE, "You will have supported the team for a year before you help a family member apply.", "not-met"),
    # lived experience and peer work named together as a kind of staff or supervision, not the
    # applicant's experience
    (LE, "Essential: lived experience of self-harm. Experience managing lived experience or peer staff.", "met"),
    (LE, "Essential criteria: Lived experience of gambling harm. Experience of giving peer or lived experience "
         "supervision.", "met"),
    (LE, "Essential: Lived experience of self-harm, or experience supporting people who self-harm.", "not-met"),
]


@table(ROWS)
def test_holdout_class(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


# --- the advertised post's holders named as a group ("our Wayfinder team") ------------------------

ADVERT = """{title} (Peer Specialist)

Our {plural} are peer specialists who use their own recovery to support people in hospital.

Must have lived experience of recovery from a substance use disorder.

Interview process

After a phone screen, you will meet the Program Manager. {panel}"""


@pytest.mark.parametrize(
    ("title", "plural", "panel", "expected"),
    [
        ("Wayfinder", "Wayfinders", "Final interviews include a conversation with two members of our Wayfinder "
         "team, who will ask about your recovery.", "met"),
        ("Recovery Guide", "Recovery Guides", "The second interview is held by the Recovery Guide team and the "
         "unit manager.", "met"),
        # twin: someone the group's name describes, not the group
        ("Wayfinder", "Wayfinders", "Final interviews include a conversation with our Wayfinder team leader and "
         "HR.", "not-met"),
    ],
)
def test_the_posts_holders_as_a_group_are_peers_on_the_panel(title: str, plural: str, panel: str,
                                                             expected: str) -> None:
    advert = ADVERT.format(title=title, plural=plural, panel=panel)
    assert check_document(read_text(advert)).verdict(PANEL).verdict == expected
