"""Requirement wording in any form (issue 15): each class of wording the clear-soil verdicts
must read, with at least two invented variants (UK, US, Australian, New Zealand and Canadian
conventions), and the traps beside them (negation, a qualifier of another clause, whose
experience is meant). Whole invented adverts are in tests/test_criteria_adverts.py."""

from __future__ import annotations

import pytest
from verdict_table import ADJ, LE, PANEL, PP, assert_row, table, verdict_of

from jdlint.engine import check_document
from jdlint.readers.html import read_html
from jdlint.readers.markdown import read_markdown
from jdlint.readers.text import read_text

CASES = [
    # --- (panel3) people who use services as the subject meeting "you" (the applicant) informally, in the
    # paragraph next to one naming the interview or panel: another way of taking part ---
    (PANEL, "Young people from our youth forum will meet you for a cuppa.\n\nInterviews are held by the manager and "
            "a trustee.", "partly-met"),
    (PANEL, "Tenants from our residents forum will have a chat with you.\n\nInterviews are held by the manager.",
     "partly-met"),
    # twins: the post holder meeting them, a chat group of the service, or an enquiry, stay not met
    (PANEL, "You will meet people who use our service for an informal chat.\n\nInterviews are held by the manager.",
     "not-met"),
    (PANEL, "We run a weekly chat group for people who use our service.\n\nInterviews are held by the manager.",
     "not-met"),
    (PANEL, "For an informal chat about the role, contact our peer lead.\n\nInterviews are held by the manager.",
     "not-met"),
    # --- (panel3) people said only to be involved in the recruitment or selection process, as in the hiring
    # process, with no panel, interview or shortlisting named: another way, alone or beside an interview ---
    (PANEL, "People with lived experience are involved in our recruitment process.", "partly-met"),
    (PANEL, "People who use our services are involved in the selection process. Interviews are held in person.",
     "partly-met"),
    (PANEL, "Peer workers are involved in recruitment.", "partly-met"),
    # twins: a stage named stays met; staff, a denial and the post holder's duty stay not met
    (PANEL, "People with lived experience are involved in shortlisting and interviews.", "met"),
    (PANEL, "Staff are involved in our hiring process.", "not-met"),
    (PANEL, "People with lived experience are not involved in our selection process.", "not-met"),
    (PANEL, "You will be involved in recruitment of new peer workers.", "not-met"),
    # --- (panel3) "How we select" is a selection heading: under it, people who use the service meeting "you"
    # informally beside a staff panel take part another way, also where they are said not to be on the panel ---
    (PANEL, "How we select\n\nPeople who use our services will meet you for a cup of tea.\n\nThey are not on the "
            "interview panel.\n\nThe interview panel is the Team Leader and a board member.", "partly-met"),
    (PANEL, "How we select\n\nTenants from our residents forum will meet you for a cuppa.\n\nThe interview panel is "
            "the Housing Manager and a Trustee.", "partly-met"),
    # twins: peers only said not to be on the panel stay not met, with or without the panel's make-up
    (PANEL, "How we select\n\nPeer workers do not sit on the interview panel.", "not-met"),
    (PANEL, "How we select\n\nPeer workers do not sit on the interview panel.\n\nThe panel is the Service Manager "
            "and a Trustee.", "not-met"),
    # --- (panel3) "with" joining an interview to a member of staff ("an interview with the team leader"),
    # then the candidates as a new subject meeting a group of people who use services: "with" is not their
    # place on the panel; the meeting beside the interview is another way ---
    (PANEL, "After a short call and an interview with the team leader, shortlisted applicants meet our Carer "
            "Reference Group for a cup of tea.", "partly-met"),
    (PANEL, "Following an interview with the service manager, candidates meet our Youth Advisory Council for a "
            "short chat.", "partly-met"),
    # twins: the group's member on the panel, or the interview held with them, stays met
    (PANEL, "Finalists are interviewed by a panel that includes our Family Advisory Council chair.", "met"),
    (PANEL, "Candidates will have an interview with two members of our Consumer Advisory Group.", "met"),
    # --- (panel3) a passive's "by" whose agent is staff, the people named before it only reviewing the
    # questions ("... review the questions before interviews are conducted by the team leader"): the design
    # of selection, another way ---
    (PANEL, "Members of our carer forum check the interview questions before interviews are led by the service "
            "manager.", "partly-met"),
    (PANEL, "Young people from our youth council review the questions before interviews are conducted by the team "
            "leader.", "partly-met"),
    # twins: shortlisting by them, or the people named after "by", stays met
    (PANEL, "People with lived experience review applications, and interviews are held by the manager.", "met"),
    (PANEL, "Interviews are held by the manager and a peer worker.", "met"),
    # --- (panel3) the people a service supports named by what they are and their recovery ("students in
    # recovery", "clients in long-term recovery") on a hiring committee or panel: peers on the panel ---
    (PANEL, "The selection panel includes clients in long-term recovery.", "met"),
    (PANEL, "Three tenants in recovery sit on the interview panel.", "met"),
    # twins: the same people without their recovery, or supported in recovery by the post, stay not met
    (PANEL, "The hiring committee includes two students from our nursing program.", "not-met"),
    (PANEL, "We support students in recovery. The panel is the director and a dean.", "not-met"),
    # --- (panel3) a group of whaiora / tāngata whai ora (te reo: people seeking wellness, who use services)
    # named by them ("our Whaiora Advisory Group"): a presentation to it before the interview is another way ---
    (PANEL, "Candidates present to the Tāngata Whai Ora Reference Panel before the interview with the manager.",
     "partly-met"),
    (PANEL, "Shortlisted applicants give a talk to our Whai Ora Advisory Council before their interview with the "
            "team leader.", "partly-met"),
    # twins: a staff group, or an organisation's own name, stays not met
    (PANEL, "Shortlisted candidates will give a short presentation to our Clinical Governance Group before an "
            "interview with the Clinical Team Leader.", "not-met"),
    (PANEL, "Shortlisted candidates will give a short presentation to the Whai Ora Trust board before an interview "
            "with the manager.", "not-met"),
    # --- (rev36, review of pa36/lepp36) over-reach narrowed. Mutual respect or trust among the organisation's own
    # ranks (managers, leadership, board) after peer work said to rest on it: the workplace's relations ---
    (PP, "Peer support at our hub is built on mutual trust among the leadership team.", "not-met"),
    (PP, "Peer work here rests on mutual respect between managers and the board.", "not-met"),
    # twins: with the people served, or bare, it stays mutuality
    (PP, "Peer work here rests on mutual respect between peers and the people we support.", "partly-met"),
    (PP, "Peer support at the hub is built on mutual respect.", "partly-met"),
    # --- the panel itself meeting the candidates is the interview, not another way of taking part ---
    (PANEL, "The panel, including a peer worker, will meet shortlisted candidates on 3 June.", "met"),
    (PANEL, "The selection panel, with a peer support worker on it, will meet shortlisted applicants in March.", "met"),
    # twins: people who are not the panel meeting the candidates stay another way
    (PANEL, "Consumer representatives meet shortlisted candidates.", "partly-met"),
    (PANEL, "Our peer team meets each applicant informally before the interview.", "partly-met"),
    # --- people helped to take part in co-ordinating their own plan: no care co-ordination by the post ---
    (ADJ, "Support people to take part in coordinating their care plans.", "met"),
    (ADJ, "Encourage residents to be involved in co-ordinating their recovery plans.", "met"),
    # twins: the post co-ordinating a person's plan stays a clinical duty
    (ADJ, "You will co-ordinate residents' care plans.", "not-met"),
    (ADJ, "Coordinate each tenant's support plan with the housing officer.", "not-met"),
    # --- the applicant's own experience (recovery, homelessness) named before the setting it happened in is
    # lived experience, not another job's work required in place of it ---
    (ADJ, "Desirable: lived experience of addiction. Essential: experience of recovery in a community setting.", "met"),
    (ADJ, "Lived experience of homelessness is desirable. You must have experience of homelessness within the "
          "housing sector.", "met"),
    # twins: a job's work named there stays adjacent experience
    (ADJ, "Desirable: lived experience of addiction. Essential: experience of recovery coaching in a community "
          "setting.", "not-met"),
    (ADJ, "Desirable: lived experience of psychosis. Essential: experience of rota planning in a social care setting.",
     "not-met"),
    # --- (rev36) other skills welcomed, then set aside in the same sentence by a clause that names lived
    # experience as what counts ("..., but lived experience is what qualifies you"): one more asset beside
    # the requirement, not a route in its place ---
    (LE, "Lived experience of addiction is essential. Skills from hospitality work are also welcome, though your "
         "own lived experience is what counts.", "met"),
    (LE, "You must have lived experience of homelessness. Transferable skills from call centres are welcome, but "
         "personal experience of homelessness is the key requirement.", "met"),
    (ADJ, "Lived experience of gambling harm is required. Transferable skills from banking are also welcome, but "
          "lived experience is what we look for.", "met"),
    # twins: welcomed with no such clause, or set aside by another requirement, stays a route in
    (LE, "You must have lived experience of homelessness. Transferable skills from call centres are also welcome.",
     "not-met"),
    (LE, "Lived experience of gambling harm is required. Transferable skills from banking are welcome, but a car "
         "licence is required.", "not-met"),
    # --- (rev36) the post's description by its other names ("role profile", "person specification", "job
    # spec", "PD", "JD"): people with lived experience consulted on it, or reviewing it, take part another way ---
    (PANEL, "Members of our carer advisory group were consulted on the role profile.", "partly-met"),
    (PANEL, "People with lived experience were consulted on the person specification.", "partly-met"),
    (PANEL, "Young people from our youth council were involved in writing the JD.", "partly-met"),
    (PANEL, "Consumer consultants were consulted on the PD before it was advertised.", "partly-met"),
    # twins: the post holder consulted, staff consulted, another kind of profile
    (PANEL, "You will be consulted on any change to your role profile.", "not-met"),
    (PANEL, "Staff were consulted on the person specification.", "not-met"),
    (PANEL, "Members of our carer advisory group were consulted on the service profile.", "not-met"),
    # --- (rev36) people with lived experience as the subject of interviewing or shortlisting, the candidates
    # named by the stage they have reached with no word before them ("interview shortlisted candidates") ---
    (PANEL, "Carer representatives interview shortlisted applicants.", "met"),
    (PANEL, "People with lived experience interview short-listed candidates on the day.", "met"),
    (PANEL, "Our Lived Experience Advisory Group assesses shortlisted applicants.", "met"),
    # twins: the same people recruiting for other roles, and staff interviewing
    (PANEL, "Peer workers interview applicants for volunteer roles.", "not-met"),
    (PANEL, "The manager and team leader interview shortlisted candidates.", "not-met"),
    # --- (rev36) a title's head noun ("the clinical lead", "carer peer lead") is no verb of leading: the
    # people named are put on the panel by a clause after them ("..., who form the selection panel") or by a
    # stage's label before them ("Shortlisting: ...") ---
    (PANEL, "You will meet the practice lead and a peer mentor, who together form the interview panel.", "met"),
    (PANEL, "The operations lead and two consumer representatives make up the selection panel.", "met"),
    (PANEL, "Shortlisting: team leader and a peer support worker.", "met"),
    (PANEL, "Shortlisting: Head of Service and a lived experience practitioner.", "met"),
    # twins: no peers among the people named; the people leading the interview stay on it
    (PANEL, "You will meet the practice lead and the service manager, who form the interview panel.", "not-met"),
    (PANEL, "Shortlisting: service manager and clinical lead.", "not-met"),
    (PANEL, "You will meet the practice lead and two peer mentors.", "not-met"),
    (PANEL, "Two peer workers lead the interview.", "met"),
    # --- (set203 om19) cover or coverage for other staff's posts while they stand empty, the staff or desks
    # named between the cover and the vacancies ("provide coverage for reception and intake staff during
    # vacancies"): a cover duty ---
    (ADJ, "You will provide coverage for reception and case management staff during vacancies.", "not-met"),
    (ADJ, "Offer coverage for the intake line and the clinic front office while posts are vacant.", "not-met"),
    (ADJ, "Covering for the duty desk and the housing team through vacancies is part of the role.", "not-met"),
    # twins: cover denied, and coverage that is a benefit, keep their verdicts
    (ADJ, "We never use peers to cover vacancies.", "met"),
    (ADJ, "Peers are never asked to provide coverage for other staff during vacancies.", "met"),
    (ADJ, "Our benefits provide coverage for dental care during parental leave.", "met"),
    (ADJ, "To apply, send your CV and a covering letter through our vacancies page.", "met"),
    # --- (set204 on15) a formal youth justice assessment named by its tool (AssetPlus, YLS/CMI, SAVRY),
    # completed by the post: another profession's assessment duty ---
    (ADJ, "You will complete AssetPlus assessments with young people on your caseload.", "not-met"),
    (ADJ, "Undertake SAVRY assessments for young people in custody.", "not-met"),
    (ADJ, "Complete the YLS/CMI with each young person referred to the team.", "not-met"),
    # twins: helping the young person with their own assessment is no assessment duty of the post
    (ADJ, "Support young people to prepare for their AssetPlus review.", "met"),
    (ADJ, "Help young people understand what their AssetPlus assessment says about them.", "met"),
    # --- (set193 oc09) an "or" that joins two forms of the same lived experience ("the parent or primary
    # caregiver of ...") after a label whose noun names a route ("Minimum qualification:", "Experience
    # required:") or after another clause ("A degree is not required, but ..."): the noun is the label's or
    # the other clause's, no route offered in place of the lived experience ---
    (LE, "Minimum qualification: you must be the parent or main caregiver of a young person with emotional or "
         "behavioural difficulties.", "met"),
    (LE, "Experience required: you must be a parent or kinship carer of a young person who has been through "
         "the youth justice system.", "met"),
    (LE, "Qualifications are not needed, but you must be a parent or carer of a child with an eating disorder.",
     "met"),
    # twins: a route named in the words the "or" joins, or another route after the lived experience, stays
    # a substitute
    (LE, "Minimum qualification: you must be the parent or main caregiver of a young person with emotional "
         "difficulties, or have two years' experience in children's services.", "not-met"),
    (LE, "Experience required: relevant experience or lived experience of an eating disorder.", "not-met"),
    (LE, "Relevant professional experience is essential; or lived experience of an eating disorder.", "not-met"),
    # --- (set194 od13) the peer work, named as such, said to rest on mutual respect with a word of place or
    # time before its verb ("Peer work here rests on ...", "Peer support at our hub is built on ..."):
    # mutuality, as "Our work rests on mutual respect" is ---
    (PP, "Peer practice there is grounded in mutual respect.", "partly-met"),
    (PP, "Peer support within our family service is built on mutual respect.", "partly-met"),
    (PP, "Peer work at the Logan hub rests on mutual respect.", "partly-met"),
    # twins: respect as the manner of treating people, the workplace's culture, colleagues' respect
    (PP, "Treat every visitor with kindness and mutual respect.", "not-met"),
    (PP, "Our workplace here is built on mutual respect.", "not-met"),
    (PP, "Peer support at our service is built on mutual respect between staff and managers.", "not-met"),
    # --- (set199 oi25) a qualification named by social services before its noun, maybe after health in a
    # coordinated pair ("a health or social services qualification", "a social services diploma"): another
    # profession's qualification, at the level its line sets; twins: required is not met, the services themselves
    # and a health and safety qualification name none ---
    (ADJ, "Desirable: a social services diploma.", "partly-met"),
    (ADJ, "A health or social services qualification would be an advantage.", "partly-met"),
    (ADJ, "Essential: a health or social services qualification.", "not-met"),
    (ADJ, "You will link people with health and social services across the region.", "met"),
    (ADJ, "A health and safety qualification would be an advantage.", "met"),
    # --- (set198 oh11) a duty named as what peer work must not drift into ("holds the line when peer roles drift into
    # case management": `drift-words`): guarding the role says what it is not, not a duty of the post; twins: the
    # post taking the duty on stays another profession's duty ---
    (ADJ, "You will coach the team and step in when peer work drifts into care coordination.", "met"),
    (ADJ, "Supervision helps peer workers notice when they are sliding into case management.", "met"),
    (ADJ, "Peer workers take on care coordination for people leaving hospital.", "not-met"),
    (ADJ, "You will provide case management for people leaving hospital.", "not-met"),
    # --- (set199 oi11) lived experience said of the people who support someone, the agent of a passive serving
    # verb ("to be supported by people who have walked a similar road"): those supporters', what the people served
    # value, not asked of the applicant; twins: the applicant as that person, or "like you" between ---
    (LE, "Essential criteria\n\nOur members value being supported by people who have walked a similar road.", "not-met"),
    (LE, "Requirements\n\nWhānau tell us it matters to be guided by someone who has walked a similar path.", "not-met"),
    (LE, "Requirements\n\nYou will be someone who has walked a similar path.", "partly-met"),
    (LE, "Essential criteria\n\nClients value being supported by people who, like you, have walked a similar road.",
     "partly-met"),
    # --- (panel2, set197 og27) people said only to be involved in the hiring process, with no panel, interview or
    # shortlisting named for them, take part in another way; twins: the same people also on the panel stay met, the
    # post holder's own hiring duty and a denial stay not met ---
    (PANEL, "People who use our services are involved in our hiring process. Interviews are held in person.",
     "partly-met"),
    (PANEL, "Peer workers are involved in hiring for this role. You will be interviewed by the manager.", "partly-met"),
    (PANEL, "People with lived experience are involved in our hiring process and sit on every interview panel.", "met"),
    (PANEL, "You will be involved in hiring new peer workers. Interviews are held in person.", "not-met"),
    (PANEL, "People with lived experience are not involved in our hiring process. Interviews are held in person.",
     "not-met"),
    # --- (panel2, set198 oh20) people who use the service meeting the candidates at a gathering named after "at" or
    # "during" (a hui, a pōwhiri, a talanoa), beside an interview held by staff, take part in another way; twins:
    # the interview held as a hui with peers stays met, one held with staff only stays not met, and peers on the
    # panel beside the hui stay met ---
    (PANEL, "Tāngata whai ora who use our service will meet shortlisted applicants at a hui. Interviews are with the "
            "team leader and the clinical lead.", "partly-met"),
    (PANEL, "Whānau who use our service welcome shortlisted candidates at a pōwhiri. The interview is with the manager "
            "and a nurse.", "partly-met"),
    (PANEL, "The interview is held as a hui with the manager and two tāngata whai ora.", "met"),
    (PANEL, "Interviews are held at a hui with the team leader and the manager.", "not-met"),
    (PANEL, "Tāngata whai ora meet shortlisted applicants at a hui; the interview panel is the manager and a peer "
            "worker.", "met"),
    # --- (panel2, set198 oh09) the questions for the post written or shaped with people ("The interview questions
    # for this post were co-designed with ...") are the selection designed, another way of taking part, as the
    # questions named alone are; twins: the same people on the panel as well stay met ---
    (PANEL, "The interview questions for this role were co-designed with members of our carers forum. You will be "
            "interviewed by the service manager and a nurse.", "partly-met"),
    (PANEL, "Selection tasks for each vacancy have been written with the input of people who use our services; the "
            "panel is the manager and a psychologist.", "partly-met"),
    (PANEL, "The interview questions for this post were written by our peer workers, who also sit on the interview "
            "panel.", "met"),
    (PANEL, "Two peer workers sit on the interview panel. The interview questions for this role were written with "
            "members of our consumer advisory group.", "met"),
    # --- (end36, set202) ... the post named as a posting or an opening ("questions for this posting were
    # co-designed with ..."); twin: the same group also on the panel stays met ---
    (PANEL, "Interview questions for this posting were shaped with members of our tenants panel. You will meet the "
            "team leader and an HR adviser.", "partly-met"),
    (PANEL, "The selection tasks for each opening are co-written with our youth council; interviews are with the "
            "manager and a clinician.", "partly-met"),
    (PANEL, "The interview questions for this posting were co-designed with our carers forum, two of whom also sit "
            "on the interview panel.", "met"),
    # --- (end36, set202) "LE" as short for lived experience right before a worker noun names peers who lead or
    # co-lead the shortlisting or the interviews; twins: staff who lead it stay not met ---
    (PANEL, "Interviews are co-led by two LE workers and the team leader.", "met"),
    (PANEL, "Shortlisting is led by one of our LE Leads together with HR.", "met"),
    (PANEL, "Shortlisting is led by the service manager.", "not-met"),
    (PANEL, "Shortlisting is co-led by our service manager and an HR adviser.", "not-met"),
    # --- (panel2, set197 og14) the panel's own talk with the candidate at interview ("..., and the panel will talk
    # with you about ...") is the interview itself, not another way of taking part: a panel whose make-up names
    # peers stays met however far its membership word is; twins: a panel of staff that talks with you stays not
    # met, a chat with peers beside it stays partly met, and a panel for other staff's posts is not this one ---
    (PANEL, "Interview panels for all of our designated peer roles include a peer worker, and the panel will chat "
            "with you about your recovery.", "met"),
    (PANEL, "Hiring panels for every peer support position in our service include a person with lived experience, "
            "and the panel will talk with each candidate about boundaries.", "met"),
    (PANEL, "The interview panel is the manager and the clinical lead, and the panel will chat with you about your "
            "recovery.", "not-met"),
    (PANEL, "The panel is the manager and a nurse, and the panel will talk with you; candidates will also chat with "
            "two peer workers.", "partly-met"),
    (PANEL, "Selection panels for nursing posts include at least one peer worker, and the panel will talk with you "
            "about your experience.", "not-met"),
    # --- (panel2, set198 oh16) the alumni, graduates or former participants of the service or programme are
    # people with lived experience of it: on the panel, met; twins: the alumni of a university, former staff,
    # graduates of a degree stay not met ---
    (PANEL, "Alumni of our youth program sit on every interview panel.", "met"),
    (PANEL, "Two former participants of the service join the selection panel with the manager.", "met"),
    (PANEL, "Our hiring panel includes a programme graduate and the team leader.", "met"),
    (PANEL, "Alumni of our university sit on the interview panel.", "not-met"),
    (PANEL, "Former staff of the programme join the interview panel.", "not-met"),
    (PANEL, "Graduates of a social work degree sit on every hiring panel.", "not-met"),
    # --- (set187 nv19) a panel named by students or learners is the audience of a teaching session or a
    # presentation, not the panel that selects: another way; twins: a panel with peers on it, and an interview
    # panel that includes a learner, stay met ---
    (PANEL, "On the assessment day you will lead a short workshop for a learner panel of people who use our services.",
     "partly-met"),
    (PANEL, "You will give a presentation to our trainee panel of Recovery College students before your interview with "
            "the manager.", "partly-met"),
    (PANEL, "Candidates present to a panel that includes two peer workers.", "met"),
    (PANEL, "The interview panel includes the manager and a Recovery College learner with lived experience.", "met"),
    # --- (set187 nv08) a group named by people who use drugs ("Drug User Advisory Group", "Substance User
    # Reference Group") is of people with lived experience; its members on a hiring committee are peers on the
    # panel; twins: a group named only by what it does, and a group of clinicians, stay not met ---
    (PANEL, "Our recruitment committee includes a member of the Substance User Reference Group.", "met"),
    (PANEL, "Two people from our Drug Users' Involvement Forum sit on the interview panel.", "met"),
    (PANEL, "Our hiring committee includes two members of the clinical governance group.", "not-met"),
    (PANEL, "Our hiring committee includes a member of our advisory group.", "not-met"),
    # --- (set179 nn16) a care plan named by the people's possessive and a kind of care ("patients' recovery care
    # plans", "each patient's discharge care plan"): written with the nurses, a clinical task in a supporting
    # position; written alone, another profession's duty; twins: the people's own plan, the worker's self-care plan ---
    (ADJ, "Assist the nurses to draft each patient's discharge care plan.", "partly-met"),
    (ADJ, "Help the ward team write residents’ support care plans.", "partly-met"),
    (ADJ, "You will write patients' treatment care plans after each admission.", "not-met"),
    (ADJ, "You will help consumers develop their own recovery care plans.", "met"),
    (ADJ, "Develop a self-care plan for yourself with your supervisor.", "met"),
    # --- (adj35, set188 nw28) vital signs by their short name "vitals" with no verb, named by when or whose they
    # are ("intake vitals", "admission vitals") or after "with": a physical health check; helping the nurse with
    # it is a supporting position, doing it alone another profession's duty ---
    (ADJ, "Help the nurse with admission vitals on busy mornings.", "partly-met"),
    (ADJ, "Assist the practice nurse with intake vitals at the drop-in clinic.", "partly-met"),
    (ADJ, "Take patient vitals at triage and record them.", "not-met"),
    # twins: the nurses' own, denied, or the word in another sense
    (ADJ, "The nurses take intake vitals; you will welcome people and offer a cup of tea.", "met"),
    (ADJ, "Our peer workers never do intake vitals.", "met"),
    (ADJ, "The vitals: £26,000 a year, 37.5 hours, based in Leeds.", "met"),
    # --- (adj35, set189 nx24) giving medication named by a compound noun, the medicine first ("medication
    # administration", "medicines dispensing"): assisted under a nurse's supervision is a supporting position,
    # done by the post another profession's duty ---
    (ADJ, "Help with medicines administration on the ward when the nurse asks.", "partly-met"),
    (ADJ, "Assist with medication administration under the supervision of the charge nurse.", "partly-met"),
    (ADJ, "You will be responsible for medication administration at night.", "not-met"),
    # twins: the nursing team's duty, or denied
    (ADJ, "Medication administration is the responsibility of the nursing team.", "met"),
    (ADJ, "You will not be involved in medication administration.", "met"),
    # --- (adj35, set189 nx08, set190 ny12) the clinicians' care or treatment plan helped with its review or
    # meeting named as a noun ("support the care coordinator with care plan reviews", "assist the counsellors at
    # treatment planning meetings"), or a treatment plan contributed to with no word between ("contribute to
    # treatment plan reviews"), as a care plan is: clinical planning in a supporting position ---
    (ADJ, "Support the nurse with care plan reviews every month.", "partly-met"),
    (ADJ, "Assist the counsellors at treatment planning meetings.", "partly-met"),
    (ADJ, "Help the psychiatrist with CPA reviews on the ward.", "partly-met"),
    (ADJ, "Contribute to treatment plan reviews with the clinical team.", "partly-met"),
    # twins: the people served taking part in their own reviews; reviews that are no clinical plan's
    (ADJ, "Support people to prepare for their care plan reviews.", "met"),
    (ADJ, "Help tenants take part in their treatment plan reviews.", "met"),
    (ADJ, "Support the manager with staff performance reviews.", "met"),
    (ADJ, "Support the team with service plan reviews.", "met"),
    # --- (adj35, set188 nw02) helping work in a role named only by how it is held ("in a voluntary or paid
    # role", "in a paid or volunteer capacity") required as the qualifying experience while lived experience is
    # only desirable: adjacent experience stands in for lived experience ---
    (ADJ, "Essential: Experience of helping young people in a paid or volunteer capacity.\n\n"
          "Desirable: Lived experience of homelessness.", "not-met"),
    (ADJ, "Essential: Experience of working with families in a professional or voluntary role.\n\n"
          "Desirable: Personal experience of caring for someone with psychosis.", "not-met"),
    # twins: beside lived experience that is essential too; caring for someone close unpaid is lived experience
    (ADJ, "Essential: Experience of helping young people in a paid or volunteer capacity.\n\n"
          "Essential: Lived experience of homelessness.", "met"),
    (ADJ, "Essential: Experience of supporting adults in a voluntary or paid role and lived experience of "
          "mental health crisis.", "met"),
    (ADJ, "Essential: Experience of caring for a relative in an unpaid capacity.", "met"),
    # ... the work said paid or voluntary with no role named, in brackets, after a comma or before it
    (ADJ, "Essential: Experience of supporting adults (paid or voluntary).\n\nDesirable: Lived experience of "
          "mental distress.", "not-met"),
    (ADJ, "Essential: Paid or voluntary experience of helping young people.\n\nDesirable: Lived experience of "
          "the care system.", "not-met"),
    (ADJ, "Essential: Experience of helping families, whether paid or voluntary.\n\nDesirable: Lived experience "
          "of caring.", "not-met"),
    # twins: beside essential lived experience; caring for someone close said unpaid
    (ADJ, "Essential: Experience of supporting adults (paid or voluntary).\n\nEssential: Lived experience of "
          "mental distress.", "met"),
    (ADJ, "Essential: Experience of caring for my mother, unpaid.", "met"),
    # --- (role36) care lived in, said as having lived, grown up or spent time in foster, kinship or residential
    # care, required: lived experience required and its kind named ---
    (LE, "Applicants must have grown up in kinship care.", "met"),
    (LE, "The post is open only to people who have spent time in foster or residential care.", "met"),
    # twins: care work done there, and young people served who grew up in care, ask nothing of the applicant
    (LE, "Applicants must have worked in residential care.", "not-met"),
    (LE, "You will support young people who grew up in foster care.", "not-met"),
    # --- (role36) recruiting people with lived experience as the post holder's duty ("You will ..., recruiting
    # people with experience of ...") is the post's work, not the advert wanting the applicant ---
    (LE, "You will set up our forum, recruiting people with experience of homelessness to advise the board.", "not-met"),
    (LE, "You'll be recruiting people with lived experience of psychosis for our research panel.", "not-met"),
    # twin: the advert recruiting them stays wanted
    (LE, "We are recruiting people with lived experience of psychosis to join our peer team.", "partly-met"),
    # --- (rev35) people after "to" or "for" right after a requirement cue ("The service is essential to people
    # in recovery from ..."): those the post or service matters to, not the applicant's requirement ---
    (LE, "Our service is essential for people in recovery from gambling harm.", "not-met"),
    (LE, "This post is essential to individuals in recovery from drug use across the city.", "not-met"),
    (LE, "The project is essential for people who are in recovery from addiction.", "not-met"),
    # twins: the mention before the cue, or the applicant's "be" after it, keep the requirement
    (LE, "Lived experience of addiction is essential for this role.", "met"),
    (LE, "Your own recovery is essential to this role.", "partly-met"),
    (LE, "It is essential to be a person in recovery from addiction.", "met"),
    (LE, "It is essential for applicants to be in recovery from addiction.", "met"),
    # --- (rev35) a level pointed back after ";" is the mention's only where its clause names the applicant: not
    # the service's or the work's lived experience ---
    (LE, "Our service is co-produced with lived experience of psychosis; this is a requirement of our contract.", "not-met"),
    (LE, "Our work is informed by lived experience; this is essential.", "not-met"),
    # twin: the applicant named
    (LE, "Candidates bring lived experience of self-harm; this is essential.", "met"),
    # --- (rev35) "a carer for parents" with no "their" or "your" is paid care work, as "a carer for people" is ---
    (LE, "Essential: two years as a carer for parents with learning disabilities in supported living.", "not-met"),
    (LE, "Essential: two years as a caregiver for parents with dementia in a nursing home.", "not-met"),
    # twins: the applicant's own parent or parents
    (LE, "Essential: you are a carer for your parents, one of whom lives with dementia.", "met"),
    (LE, "Essential: you are a carer for a parent who lives with psychosis.", "met"),
    # --- (rev35) "people in <kind> recovery" has only words of the kind between "in" and "recovery": not the
    # services people are in and a recovery said later ---
    (LE, "Essential: a commitment to people in drug services and their recovery.", "not-met"),
    (LE, "You must be a person in mental health services who supports recovery.", "not-met"),
    # twins: the kind in words of its own, up to four
    (LE, "You must be a person in mental health or substance use recovery.", "met"),
    (LE, "Essential: a person in eating disorder recovery.", "met"),
    # --- (le35, set183 nr16) people named by a recovery of a named kind, the kind between "in" and "recovery"
    # ("people in mental health or substance use recovery", "applicants in addiction recovery"), as "people in
    # recovery from addiction" are: the applicant's lived experience at the level its sentence gives ---
    (LE, "Candidates in gambling recovery are encouraged to apply.", "not-met"),
    (LE, "Applicants in drug and alcohol recovery are welcome to apply.", "not-met"),
    (LE, "You must be a person in drug or alcohol recovery.", "met"),
    # twins: the people served in that recovery
    (LE, "You will support people in mental health recovery to find housing.", "not-met"),
    (LE, "We run groups for people in substance use recovery across the county.", "not-met"),
    (LE, "You will walk beside a person in substance use recovery as they settle into a new home.", "not-met"),
    # --- (le35, set182 nq15) applicants said to lack lived experience with a negated "have" ("who do not have
    # lived experience", "with no lived experience") and invited with another route ("but have worked in ...
    # are also encouraged to apply") in a later sentence: the requirement before is substitutable ---
    (LE, "Lived experience of homelessness is required.\n\nApplicants who do not have lived experience but have "
         "worked in food banks or day centres are also encouraged to apply.", "not-met"),
    (LE, "Personal experience of psychosis is essential. Candidates who don't have personal experience but hold a "
         "youth work diploma are welcome to apply.", "not-met"),
    (LE, "Lived experience of problem gambling is essential. Those with no lived experience who have worked in "
         "addiction services will be considered.", "not-met"),
    (ADJ, "Lived experience of homelessness is required.\n\nApplicants who do not have lived experience but have "
          "worked in food banks or day centres are also encouraged to apply.", "not-met"),
    # twins: turned away; no route named; everyone invited
    (LE, "Lived experience of homelessness is required. Applicants who do not have lived experience but have worked "
         "in shelters will not be considered.", "met"),
    (ADJ, "Lived experience of homelessness is required. Applicants who do not have lived experience but have worked "
          "in shelters will not be considered.", "met"),
    (LE, "Lived experience of homelessness is required. People from all backgrounds are encouraged to apply.", "met"),
    # (rev35) invited to apply for another opening: no route into this post
    (LE, "Lived experience of psychosis is essential. Candidates with no lived experience but a nursing degree are "
         "welcome to apply for our nursing vacancies.", "met"),
    (LE, "Lived experience of psychosis is essential. People with no lived experience who have worked in housing are "
         "also encouraged to apply for our Housing Officer post.", "met"),
    (LE, "Personal experience of self-harm is essential. Those who do not have personal experience but hold a youth "
         "work diploma are eligible to apply for the relief bank.", "met"),
    # twins: this post, by "this" or its own title's words
    (LE, "Lived experience of psychosis is essential. Candidates with no lived experience but a nursing degree are "
         "welcome to apply for this role.", "not-met"),
    (LE, "Lived experience of psychosis is essential. Candidates with no lived experience but a nursing degree are "
         "welcome to apply for our Peer Support Worker vacancy.", "not-met"),
    # --- (le35, set183 nr06) the applicant named as a carer "for" someone close ("a carer for someone with
    # psychosis", "a caregiver for a loved one"), as "a carer of someone" is: lived experience of caring ---
    (LE, "Essential: you are an unpaid carer for a relative with bipolar disorder.", "met"),
    (LE, "Essential: a caregiver for a loved one living with an eating disorder.", "met"),
    # twins: paid care for people or children (work, not family), and a carer the worker supports
    (LE, "Essential: two years as a carer for people with dementia in a care home.", "not-met"),
    (LE, "Essential: two years as a carer for children in residential care.", "not-met"),
    (LE, "You will support a carer for someone with dementia at home.", "not-met"),
    # --- (le35, set184 ns19) a clause of its own after the mention's ";" whose subject points back to it and whose
    # predicate is a level ("...; it is a requirement for this post", "...; this is absolutely essential") sets
    # the mention's level ---
    (LE, "You bring lived experience of psychosis; it is a requirement for this post.", "met"),
    (LE, "You will bring your own experience of an eating disorder; this is absolutely essential.", "met"),
    (LE, "Applicants bring personal experience of problem gambling; it is also mandatory for the role.", "met"),
    (LE, "You bring lived experience of homelessness; it would be an advantage.", "not-met"),
    # twins: another subject after the ";", a cue of a clause of its own ("it is essential that ..."), a denial
    (LE, "You bring lived experience of psychosis; a driving licence is essential.", "partly-met"),
    (LE, "You bring lived experience of psychosis; it is essential that you keep accurate records.", "partly-met"),
    (LE, "You bring lived experience of psychosis; it is a requirement to hold a driving licence.", "partly-met"),
    (LE, "You bring lived experience of psychosis; it is not a requirement.", "not-met"),
    # --- (pp35, set183 nr09) a conversation or meeting with peers or a group of the people served, for the
    # candidates named by a relative clause ("Applicants who are shortlisted") or with "members of" the group,
    # beside an interview the advert names: another way of taking part ---
    (PANEL, "Applicants who are shortlisted will have a conversation with two of our peer workers. The formal interview is with the Head of Service and HR.", "partly-met"),
    (PANEL, "Shortlisted candidates will have a conversation with members of our peer team, followed by a formal interview with the Head of Service.", "partly-met"),
    (PANEL, "Candidates who have been shortlisted will meet with two members of our consumer council before an interview with the Team Leader.", "partly-met"),
    # twins: no interview described (the meeting is the selection); the members interviewing, or the interview held with them
    (PANEL, "Applicants who are shortlisted will meet with two of our peer workers.", "met"),
    (PANEL, "Applicants who are shortlisted will be interviewed by two members of our peer team and the manager.", "met"),
    (PANEL, "Interviews are held with members of our peer team and the manager.", "met"),
    # --- (pp35, set182 nq14) people who read the applications and pass their views to those who decide (a
    # manager, the panel) advise: another way of taking part; who they are decides whether they count ---
    (PANEL, "Applications are reviewed by members of our youth council, who pass their views to the hiring manager.", "partly-met"),
    (PANEL, "Our Consumer Advisory Group reads every application and shares its views with the shortlisting panel.", "partly-met"),
    # twins: peers who shortlist; a group not of people with lived experience; a peer among those who decide;
    # peers reading the applications with nothing passed on
    (PANEL, "Applications will be shortlisted by two peer workers, who will share their views with the recruiting manager.", "met"),
    (PANEL, "Applications will be read by our clinical advisory group, who will share their views with the recruiting manager.", "not-met"),
    (PANEL, "Applications will be read by our youth council, who will share their views with our peer lead and the manager.", "met"),
    (PANEL, "Applications are read by two of our peer workers.", "met"),
    # --- (pp35, set181 np21) the worker's own story or experience named by its kind, used or shared "with" a
    # manner noun, also said of the team the post leads: disclosure ---
    (PP, "You will help your team use their own caring stories with intention.", "partly-met"),
    (PP, "Share your personal recovery journey with purpose when it helps someone.", "partly-met"),
    (PP, "Mentors draw on their own parenting experience with intention.", "partly-met"),
    # twins: the people served's stories; the worker's skills, not a story; no "own" before the experience
    (PP, "You will help families use their own caring stories with intention.", "not-met"),
    (PP, "You will use your own caring skills with intention.", "not-met"),
    (PP, "Use your family history with care when planning.", "not-met"),
    # --- (h-pan, blind174 ni05/ni21) a peer who sits in on the interview as an observer, in a clause or a sentence
    # beside the panel's make-up, takes part in another way: partly met ---
    (PANEL, "Interviews are held by the Service Manager and the Clinical Lead; one of our peer workers usually sits in as an observer.", "partly-met"),
    (PANEL, "Our interview is run by the Team Leader. A member of our peer team attends as an observer.", "partly-met"),
    (PANEL, "The panel is the Program Director and HR. A peer specialist will observe each interview but will not score.", "partly-met"),
    # twins: the peer on the panel and someone else observing; an observer-free panel without peers
    (PANEL, "Interviews are held by the Service Manager and a peer worker; a student sits in as an observer.", "met"),
    (PANEL, "Interviews are held by the Service Manager and the Clinical Lead.", "not-met"),
    # --- (h-pan, blind170 ne11) members of a lived experience group who design the interview, in a clause before
    # the one that says who holds it: "members of" names where they come from, the design is their part ---
    (PANEL, "Members of our Consumer Advisory Council help write the interview questions; interviews are conducted by the Team Manager.", "partly-met"),
    (PANEL, "Members of our youth council help design the interview questions, and interviews are held by the Service Lead.", "partly-met"),
    # twins: the members on the panel itself, in the same or another clause
    (PANEL, "Members of our Consumer Advisory Council sit on the interview panel; interviews are conducted by the Team Manager and them.", "met"),
    (PANEL, "Interviews are conducted by the Team Manager; members of our peer team also sit on the panel.", "met"),
    # --- (h-pan, last stop) a duty of recruiting others with panels ("Recruit future peer staff using panels
    # with ...") says nothing of this post's selection: not described, not met ---
    (PANEL, "Recruit new peer mentors through interview panels that include a peer.", "not-met"),
    (PANEL, "You will hire volunteer befrienders through panels with people with lived experience on them.", "not-met"),
    # twins: this post's own recruitment, opened by a gerund subject or naming this post
    (PANEL, "Recruiting for this post is by a panel that includes a peer worker.", "met"),
    (PANEL, "Select candidates for this role with a panel including a peer worker.", "met"),
    # --- (h-pan, blind174 ni16) peers on the panels for another kind of staff ("the interview panel for all new
    # clinical staff", "selection panels of nursing posts") are on other hires' panels, not this post's ---
    (PANEL, "Each spring our peer workers join the interview panel for all new clinical staff.", "not-met"),
    (PANEL, "Peers sit on the selection panels of nursing posts across the district.", "not-met"),
    (PANEL, "Our lived experience team is part of every interview for psychologists and social workers.", "not-met"),
    # twins: a panel for all new staff (this post among them); this post named beside the others
    (PANEL, "The interview panel for all new staff includes a peer worker.", "met"),
    (PANEL, "Our peer team sits on the interview panel for this role and for all new clinical staff.", "met"),
    (PANEL, "The interview panel of two clinical managers and a peer worker meets in May.", "met"),
    # --- (h-pan, blind174 ni11) a label's list of panel members set apart by semicolons, a title word that is also
    # a verb inside a member's title ("Workforce Lead", "Peer Support Worker") ---
    (PANEL, "Interview panel: Service Director; Peer Support Worker; HR adviser.", "met"),
    (PANEL, "Selection panel: Director of Nursing; Lived Experience Workforce Lead.", "met"),
    (PANEL, "Interview panel: Area Manager; Senior Peer Worker.", "met"),
    # twins: no peer in the list; a clause of its own after the label's list
    (PANEL, "Interview panel: Director of Nursing; Clinical Lead; HR adviser.", "not-met"),
    (PANEL, "Interview panel: to be confirmed; peer support training is provided.", "not-met"),
    (PANEL, "Interview panel: Director; HR adviser; peer workers will support you after the interview.", "not-met"),
    # --- (h-pan, blind174 ni19) a selector said in a relative clause to have brought up a child through the
    # services the family role serves is a parent with lived experience ---
    (PANEL, "Finalists will be interviewed by our Director, who raised a child through the children's mental health system herself.", "met"),
    (PANEL, "Shortlisted candidates are interviewed by our manager, who has parented a young person through youth justice services.", "met"),
    # twins: a selector who worked in the system, or raised something else
    (PANEL, "Shortlisted candidates are interviewed by our manager, who has worked in the youth justice system.", "not-met"),
    (PANEL, "Shortlisted candidates are interviewed by our manager, who raised the profile of children's mental health services.", "not-met"),
    # --- (h-pan, blind174 ni19) the meeting under a heading of what follows the application ("What happens next",
    # "Next steps") is the selection ---
    (PANEL, "NEXT STEPS\n\nFinalists will be invited to meet our Peer Lead and a board member.", "met"),
    (PANEL, "What happens next: shortlisted applicants will meet one of our peer workers and the Program Director.", "met"),
    # twin: the same meeting with no peer in it
    (PANEL, "Next steps: finalists will meet our Program Manager and a board member.", "not-met"),
    # --- (stop 34, left by the reviewer) the candidates for posts unlike this one, named after the object
    # ("applicants for volunteer roles", "candidates for student placements"), are other hires' ---
    (PANEL, "Our peer workers will interview applicants for volunteer roles.", "not-met"),
    (PANEL, "You will help shortlist candidates for student placements alongside our peer mentors.", "not-met"),
    # twins: this role's applicants; all applicants; this post's own panel named as well
    (PANEL, "Our peer workers will interview applicants for this role.", "met"),
    (PANEL, "Our peer workers will interview all applicants.", "met"),
    (PANEL, "Our peer workers will interview applicants for volunteer roles, and a peer worker sits on the panel for this post.", "met"),
    # --- (stop 34, set171 nf23, read after its one measure) the people as the subject of doing a stage of
    # selection ("will do the shortlisting", "carry out the interviews") take part in it: met ---
    (PANEL, "People with lived experience will do the shortlisting.", "met"),
    (PANEL, "Two peer workers carry out the interviews.", "met"),
    (PANEL, "Our peer mentors undertake all shortlisting with the Service Lead.", "met"),
    # twins: no peer does it; the post's own duty for other posts; negated
    (PANEL, "The manager and HR do the shortlisting.", "not-met"),
    (PANEL, "You will do the shortlisting for our volunteer peer mentors.", "not-met"),
    (PANEL, "Peer workers do not do the shortlisting; the manager does.", "not-met"),
    # --- (stop 34, found by h-rev) the people as the subject of "interview" or "shortlist" in the present, with
    # all the candidates as its object, sit on the selection: met ---
    (PANEL, "Our Peer Lead and Service Manager interview all applicants.", "met"),
    (PANEL, "Two peer workers and the Team Leader interview every candidate.", "met"),
    (PANEL, "A peer worker and the manager shortlist all applications.", "met"),
    # twins: no peer among them; a bare object, as often a duty of recruiting others; "we"
    (PANEL, "The Team Leader and HR interview all applicants.", "not-met"),
    (PANEL, "Our peer workers interview applicants for volunteer roles.", "not-met"),
    (PANEL, "We interview all applicants who meet the essential criteria.", "not-met"),
    # --- (stop 34, set150 mk12 once "Hiring" read as its heading) a meeting with peers under a selection
    # heading, beside an interview named elsewhere that says nothing of who holds it, is the selection ---
    (PANEL, "Hiring\n\nCandidates meet the Peer Support Supervisor and the Nurse Manager.\n\nHow to apply\n\n"
            "Apply online. Interviews are held on a rolling basis.", "met"),
    (PANEL, "Our hiring process\n\nYou will meet the Service Lead and a current peer mentor.\n\nDates\n\n"
            "Interviews take place in the week of 9 March.", "met"),
    # twins: the interview named with its own people (the meeting is another way); no peer met; the
    # meeting dated by the interview in its own sentence (another step: "After your interview, ...", above)
    (PANEL, "Hiring\n\nCandidates meet the Peer Support Supervisor and the Nurse Manager.\n\nHow to apply\n\n"
            "Apply online. Interviews are conducted by the Service Manager and an HR adviser.", "partly-met"),
    (PANEL, "Hiring\n\nCandidates meet the Clinical Director and the Nurse Manager.\n\nHow to apply\n\n"
            "Apply online. Interviews are held on a rolling basis.", "not-met"),
    # --- (h-le) a concession later in the sentence whose subject points back to the lived experience required
    # before it ("You need lived experience of ..., although this is desirable") lowers it: only desirable ---
    (LE, "You need lived experience of psychosis, although this is desirable.", "not-met"),
    (LE, "Lived experience of problem gambling is essential, though it is only an advantage.", "not-met"),
    (LE, "You must have your own experience of homelessness, but this would be preferred rather than required.", "not-met"),
    # twins: the concession is about something else, or says more of its own after the cue
    (LE, "You need lived experience of psychosis, although a driving licence is desirable.", "met"),
    (LE, "Lived experience of gambling harm is essential, but it would be an advantage to have a car.", "met"),
    # --- (h-le, blind174) a bare requirement of lived experience that opens its sentence right after a sentence
    # naming the applicant's lived experience with its kind, in the same paragraph, points back to it: kind named ---
    (LE, "This post is set aside for people with lived experience of an eating disorder. Lived experience is a requirement of the role.", "met"),
    (LE, "We are seeking someone with personal experience of problem gambling. This lived experience is essential.", "met"),
    (LE, "The role is for a person with their own experience of homelessness. Lived experience is required.", "met"),
    # twins: the kind is the people served's, a kind named with no lived experience, or the kind in another paragraph
    (LE, "You will support people with lived experience of psychosis. Lived experience is essential.", "partly-met"),
    (LE, "Our service works with people who use substances. Lived experience is essential.", "partly-met"),
    (LE, "We are seeking someone with personal experience of problem gambling.\n\nLived experience is essential.", "partly-met"),
    # --- (h-le, blind173) lived experience graded desirable in an item of its own in the list that asks for the
    # applicant ("About you / - Lived experience of ... is highly desirable.", "What you bring / - ... would be an
    # advantage") lowers the applicant's own experience the prose wants ("use your own experience"), as a person
    # specification's desirable row does: only desirable ---
    (LE, "You will use your own experience in a safe and purposeful way.\n\nAbout you\n\n- Lived experience of an eating disorder is highly desirable.", "not-met"),
    (LE, "Drawing on your own lived experience, you will walk alongside guests.\n\nWhat you bring\n\n- Personal experience of homelessness would be an advantage", "not-met"),
    (LE, "You will use your own story to inspire hope.\n\nAdditional qualifications\n\n- Lived experience of problem gambling preferred", "not-met"),
    # twins: an invitation to apply grades nothing; nor does an item under a heading about something else;
    # a desirable cue said of another thing leaves the requirement
    (LE, "You will use your own experience in a safe and purposeful way.\n\nAbout you\n\n- People with lived experience of psychosis are warmly encouraged to apply.", "partly-met"),
    (LE, "Drawing on your own lived experience, you will walk alongside guests.\n\nOur peer team\n\n- Lived experience of homelessness is highly valued", "partly-met"),
    (LE, "You will use your own experience in a safe way. Lived experience of psychosis is essential; a driving licence is desirable.", "met"),
    # --- (h-rev3, review of 6232c762/33f0a518) lived experience to be shown in the applicant's own application
    # ("in the supporting statement for peer positions", "in the application form for peer vacancies") is an
    # instruction to the applicant, not a criterion the post sets for other posts: wanted in prose ---
    (LE, "Ensure lived experience of psychosis is shown in the supporting statement for peer positions.", "partly-met"),
    (LE, "Ensure lived experience of addiction is described in the application form for peer vacancies.", "partly-met"),
    # twins: the criterion the post holder sets for the posts it recruits to
    (LE, "You will make sure lived experience is an essential criterion for designated roles.", "not-met"),
    (LE, "You will ensure that lived experience is required in all peer job descriptions.", "not-met"),
    # --- (h-rev3, review of 2329316a) a peer credential's initials spelled out in the sentence as another thing
    # ("two CPCs (Certified Prevention Consultants)", "CPSs from Child Protective Services") name no peers ---
    (PANEL, "The interview panel will include the clinical director and two CPCs (Certified Prevention Consultants).", "not-met"),
    (PANEL, "The interview panel will include the director and a current CRS (Certified Rehabilitation Specialist).", "not-met"),
    (PANEL, "Two current CPSs from Child Protective Services will sit on the panel.", "not-met"),
    # twins: the initials alone, or spelled out as a peer credential
    (PANEL, "The interview panel will include the clinical director and two CPCs.", "met"),
    (PANEL, "Two current CPSs (Certified Peer Specialists) will sit on the interview panel.", "met"),
    # --- (h-rev3, review of 28f6d4e6) a heading bracket whose level word is scoped to the heading's own items
    # ("(all essential unless stated)", "(essential for all applicants)", "(required for this position)")
    # names no other thing: the level stays the heading's ---
    (LE, "About you (all essential unless stated)\n\n- Lived experience of mental health challenges\n- Good communication skills", "met"),
    (LE, "About you (essential for all applicants)\n\n- Lived experience of mental health challenges\n- Good communication skills", "met"),
    (LE, "About you (required for this position)\n\n- Lived experience of mental health challenges\n- Good communication skills", "met"),
    (ADJ, "About you (desirable unless stated)\n\n- A nursing degree\n- Good communication skills", "partly-met"),
    # twins: a bracket whose level word is another thing's sets no level
    (LE, "About you (driving licence preferred)\n\n- Lived experience of mental health challenges\n- Good communication skills", "partly-met"),
    (LE, "About you (Bilingual Spanish essential)\n\n- Lived experience of mental health challenges\n- Good communication skills", "partly-met"),
    # --- (h-rev3, review of 28f6d4e6) the person sought named with "of" must be named by a word of caring or
    # kinship ("a parent or carer of ...", "a family member of ..."): any other noun before "of" ("a manager of
    # our peer team", "a coordinator of our carers network") names no lived experience wanted ---
    (LE, "We are seeking a manager of our peer team to support staff with lived experience.", "not-met"),
    (LE, "We are looking for a coordinator of our carers network to support carers of people with dementia.", "not-met"),
    # twins: a parent, carer or kinship carer sought
    (LE, "We are looking for a parent or carer of a young person with an eating disorder.", "partly-met"),
    (LE, "We are seeking a kinship carer of a child with mental health challenges.", "partly-met"),
    # --- (h-rev3, review of 59612538) a route "gained" after a list of qualifications needs a goal after
    # "work" or "study" ("or willingness to work towards one"): "or be prepared to work weekends" gains no
    # route, so another profession's qualification stays an essential route equal to the peer credential ---
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work or Certificate IV in Mental Health, or be prepared to work weekends.", "not-met"),
    (ADJ, "Essential: a Certified Peer Specialist credential or a counselor license, or willing to work flexible hours.", "not-met"),
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work or a Diploma of Community Services, or happy to study part-time.", "not-met"),
    # twins: the route gained in post, with its goal
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work or Certificate IV in Mental Health, or be willing to study for one.", "partly-met"),
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work or Certificate IV in Youth Work, or willingness to work towards one.", "partly-met"),
    # --- (h-rev3) an interim word before another thing's certificate ("while maintaining first aid
    # certification", "until police check registration is complete") is no interim route to the peer credential ---
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work or Certificate IV in Mental Health, while maintaining first aid certification.", "not-met"),
    (ADJ, "Essential: a Certified Peer Specialist credential or an LPC license, until police check registration is complete.", "not-met"),
    # twins: the peer credential itself awaited
    (ADJ, "Essential: Certified Peer Specialist credential, or a counselor license while your state certification is pending.", "partly-met"),
    (ADJ, "Essential: Certified Peer Specialist credential (or a counselor registration while certification is pending).", "partly-met"),
    # --- (h-rev3, review of c399b829) a relative word cut short to "where needed", "where required" after
    # staff named as where the post holder works opens no clause about them: the duty stays the post's ---
    (ADJ, "Work within the nursing team where needed and give medication when asked.", "not-met"),
    (ADJ, "You will sit within the clinical team where required and complete risk assessments.", "not-met"),
    # twins: a relative clause about the staff that holds the duty
    (ADJ, "You will join the nursing team, who give medication, and offer peer support.", "met"),
    (ADJ, "You will sit within the clinical team, where the nurses give medication.", "met"),
    # --- (h-rev3, review of 59612538) a later list item of risk assessment that is the subject of its own
    # clause ("and each risk assessment is reviewed by ..."), or the risk assessment of one's own workstation
    # or home office: no risk assessment the post does of a person ---
    (ADJ, "You will conduct outreach and each risk assessment is reviewed by the nurse.", "met"),
    (ADJ, "Complete the referral form and the risk assessment will be done by the duty nurse.", "met"),
    (ADJ, "Undertake training and an annual risk assessment of your workstation.", "met"),
    (ADJ, "Complete your induction and a DSE risk assessment of your home office.", "met"),
    # twins: the risk assessment the post does, a later list item
    (ADJ, "You will complete the intake forms and every risk assessment for new referrals.", "not-met"),
    (ADJ, "You will complete the welcome pack and a risk assessment.", "not-met"),
    # --- the post said to be designed, intended or "for" someone who has come through a stay in hospital
    # or treatment for their own health ("designed for someone who has gone through an involuntary
    # psychiatric admission"): lived experience wanted in prose, its kind named: partly met ---
    (LE, "This role is designed for someone who has gone through an involuntary psychiatric admission.", "partly-met"),
    (LE, "The post is intended for people who have been through hospitalisation for their mental health.", "partly-met"),
    (LE, "Essential: you have been through inpatient psychiatric treatment yourself.", "met"),
    # twins: the people served have been through it; a hospital's induction gone through
    (LE, "You will support people who have been through psychiatric hospitalization.", "not-met"),
    (LE, "This position is designed for someone who has been through the hospital's induction programme.", "not-met"),
    # --- the person sought named by whom they care for, with "of" ("seeking a grandparent or guardian of a
    # child with ..."), or the post said to be "for" the people it wants ("This role is for people who have
    # ..."): lived experience wanted in prose, as "looking for someone who has" is: partly met ---
    (LE, "We are seeking a grandparent or guardian of a child with mental health challenges.", "partly-met"),
    (LE, "We are looking for a family member of someone living with psychosis.", "partly-met"),
    (LE, "This role is for people who have lived experience of homelessness.", "partly-met"),
    (LE, "The position is only for carers of a person with an eating disorder.", "partly-met"),
    # twins: a family member sought for a board, staff sought to support parents, a post's hours
    (LE, "Our charity is looking for a family member of a veteran to join the board.", "not-met"),
    (LE, "We are looking for a range of staff to support parents of children with mental health challenges.", "not-met"),
    (LE, "This post is for 30 hours a week; you will support carers of a person with psychosis.", "not-met"),
    # --- "or" joining two words of the kind before "lived experience" ("family or carer lived experience",
    # "mental health or addiction lived experience"): no other route offered: met ---
    (LE, "Essential: two years of relevant experience, and family or carer lived experience.", "met"),
    (LE, "Essential: experience in community work, and mental health or addiction lived experience.", "met"),
    # twins: other experience or a qualification right before the "or" is another route in
    (LE, "Essential: relevant work experience or carer lived experience.", "not-met"),
    (LE, "Essential: a Diploma of Community Services or carer lived experience.", "not-met"),
    (LE, "Selection criteria\n\n- Lived experience of psychosis\n- Experience in a salaried consumer role, or equivalent "
         "lived experience", "not-met"),
    # --- work experience in a lived-experience job with words between ("Experience in a salaried consumer or
    # carer lived experience position"): the job's kind, not the applicant's lived experience nor another
    # route in to it: CS001 keeps the requirement, CS004 sees no adjacent route ---
    (LE, "Lived experience of psychosis is essential. Experience in a paid consumer or carer lived experience position "
         "is desirable.", "met"),
    (LE, "Selection criteria\n\n- Lived experience of psychosis\n- Experience in a salaried consumer or carer lived "
         "experience position", "met"),
    (ADJ, "Lived experience of psychosis is essential. Experience in a paid consumer or carer lived experience position "
          "is desirable.", "met"),
    (ADJ, "Selection criteria\n\n- Lived experience of psychosis\n- Experience in a salaried consumer or carer lived "
          "experience position", "met"),
    # twin: a designated lived experience role says what the post requires
    (LE, "This is a designated lived experience role.", "partly-met"),
    # --- another kind of experience named by a word before "or lived experience", sharing its noun
    # ("clinical or lived experience of psychosis", "professional and/or lived experience"), or learned
    # experience named first ("learned or lived experience"): lived experience one of two routes: not met ---
    (LE, "Essential: clinical or lived experience of psychosis.", "not-met"),
    (LE, "Essential: professional and/or lived experience of addiction.", "not-met"),
    (LE, "Essential: learned or lived experience of psychosis.", "not-met"),
    (ADJ, "Essential: clinical or lived experience of psychosis.", "not-met"),
    # twins: two words for the applicant's own experience; a word of its time
    (LE, "Essential: personal or lived experience of psychosis.", "met"),
    (LE, "Essential: current or past lived experience of psychosis.", "met"),
    (LE, "Essential: lived experience of psychosis, and professional or peer training.", "met"),
    # --- lived experience made a criterion of other posts by the worker's duty ("make sure lived experience
    # is a key selection criterion for designated posts", "ensure that lived experience is listed as
    # essential"): not this post's requirement, nor its evidence ---
    (LE, "You will draft job adverts with the team and make sure lived experience is a key selection criterion for "
         "designated posts.", "not-met"),
    (LE, "Ensure that lived experience is listed as essential in each peer job description.", "not-met"),
    # twins: this post's own requirement beside the duty; the worker's own experience shared
    (LE, "You must have lived experience.\n\nYou will ensure that lived experience is an essential criterion in "
         "every peer advert.", "partly-met"),
    (LE, "You must ensure lived experience of psychosis is shared safely.", "met"),
    # --- people of a panel or group named by lived experience ("selection panels that include lived experience
    # members", "a lived experience representative"): theirs, not the applicant's; still peers on the panel ---
    (LE, "You will coordinate selection panels that include lived experience members, which is essential.", "not-met"),
    (LE, "A lived experience representative must sit on every interview panel you organise.", "not-met"),
    (PANEL, "A lived experience representative will sit on the interview panel.", "met"),
    # twin: the applicant's own, beside membership of a network
    (LE, "You must have lived experience of psychosis and be a member of our network.", "met"),
    # --- the worker's own story named in one paragraph or bullet and shared by a pronoun at the start of
    # the next ("- Your own story of recovery." / "- You will share it when it helps someone."):
    # disclosure, as within one paragraph ---
    # "sharing of our/your own stories" as a noun, whatever the adjective before it (blind164 my23, holdout)
    (PP, "Peer work here means honest sharing of our own stories where it helps.", "partly-met"),
    (PP, "We value the open sharing of your own experience with the people you support.", "partly-met"),
    # twins: sharing with no owner, or the people served's own
    (PP, "The group encourages sharing of stories between members.", "not-met"),
    (PP, "Residents value the sharing of their own stories in the weekly group.", "not-met"),
    (PP, "What you bring:\n- Your own story of recovery.\n- You will share it when it helps someone.", "partly-met"),
    (PP, "You bring your own lived experience of homelessness.\n\nYou will share it with residents when it helps them.", "partly-met"),
    (PP, "- Your own journey through mental distress\n- You'll offer it with care, when it could help a young person", "partly-met"),
    # twins: something else shared, the people's stories, and the people helped to share
    (PP, "- Your own story of recovery.\n- You will share your ideas with the team.", "not-met"),
    (PP, "- Your own story of recovery.\n- Our clients will share theirs in groups.", "not-met"),
    (PP, "- Your own story of recovery.\n- You will support people to share it with their families.", "not-met"),
    (PP, "Their own stories matter to us.\n\nYou will share them with the team.", "not-met"),
    # --- the kind named by its abbreviation: alcohol and other drugs (AU, NZ "AOD") or substance use
    # disorder (US "SUD"): met ---
    (LE, "Essential: living or lived experience of AOD use.", "met"),
    (LE, "You must have lived experience of recovery from SUD.", "met"),
    (LE, "Lived experience of AOD harm and recovery is essential for this kaimahi role.", "met"),
    # twins: the abbreviation naming the service or the sector, not the experience; only desirable
    (LE, "You must have lived experience. You will work in our AOD service.", "partly-met"),
    (LE, "Desirable: lived experience of AOD use.", "not-met"),
    # --- another profession's duty said by a bare verb and its object ("assess risk", "manage medication",
    # "coordinate care", "co-ordinate treatment"): the post's own duty, not met ---
    (ADJ, "You will assess risk and manage medication on the ward.", "not-met"),
    (ADJ, "Duties include coordinating care for a caseload of 20 clients.", "not-met"),
    (ADJ, "The peer worker will co-ordinate treatment with the GP and manage medicines.", "not-met"),
    # twins: the nurses' duty, the duty denied, the people's own medication
    (ADJ, "Our nurses manage medication; you will offer peer support.", "met"),
    (ADJ, "You will not assess risk or manage medication.", "met"),
    (ADJ, "You will help people understand how to manage their medication.", "met"),
    # --- the item or the table row after lived experience opening with "Or" and naming other work
    # ("- Or two years in a caring role"; a row "Alternative | Or two years' experience in a support
    # role"): adjacent experience offered as another route (CS004 not met; CS001 substitutable), also
    # when something else already made lived experience substitutable ("Lived, living or learned") ---
    (ADJ, "Qualifications\n\n- Lived experience of mental health challenges\n- Or two years in a caring role", "not-met"),
    (LE, "Qualifications\n\n- Lived experience of mental health challenges\n- Or two years in a caring role", "not-met"),
    (ADJ, "Requirements\n\n| Requirement | Details |\n|---|---|\n| Experience | Personal experience of recovery "
          "from substance use |\n| Alternative | Or 18 months' experience in a behavioral health technician role |",
     "not-met"),
    (ADJ, "Qualifications\n\n| Requirement | Details |\n|---|---|\n| Experience | Lived, living or learned "
          "experience of mental health or substance use challenges |\n| Alternative | Or two years in a "
          "community support role |", "not-met"),
    # twins: the next item another kind of lived experience, peer work, no "Or", or no route named
    (LE, "Qualifications\n\n- Lived experience of mental health challenges\n- Or lived experience as a carer of "
         "someone with them", "met"),
    (ADJ, "Qualifications\n\n- Lived experience of mental health challenges\n- Or two years as a peer support "
          "worker", "met"),
    (ADJ, "Qualifications\n\n- Lived experience of mental health challenges\n- Two years in a caring role", "met"),
    (ADJ, "Qualifications\n\n- Lived experience of mental health challenges\n- Or a willingness to learn about "
          "it", "met"),
    # --- a required caring or support-work job history where the advert never asks for the
    # applicant's lived experience ("You must have at least two years' experience in a paid care
    # role"): adjacent experience is the qualifying experience, CS004 not met ---
    (ADJ, "You must have at least two years' experience in a paid care role.", "not-met"),
    (ADJ, "Essential: three years of experience working in a support worker role.", "not-met"),
    (ADJ, "Required: 2+ years of experience as a direct support professional or home health aide.", "not-met"),
    (ADJ, "Candidates must have a minimum of one year's experience in community support work.", "not-met"),
    # twins: the same only desirable (met: neither the qualifying experience nor an alternative); beside
    # an essential lived experience requirement (met: clear-soil's "not met" is adjacent experience as
    # an alternative or as the qualifying experience, and here lived experience qualifies, the job
    # history is one more requirement); beside lived experience only desirable (not met); peer work
    (ADJ, "Desirable: two years' experience in a paid care role.", "met"),
    (ADJ, "You must have at least two years' experience in a paid care role.\n\nEssential: lived experience of mental health challenges.", "met"),
    (ADJ, "You must have at least two years' experience in a paid care role.\n\nDesirable: lived experience of mental health challenges.", "not-met"),
    (ADJ, "You must have at least two years' experience in a peer support role.", "met"),
    # (the helping work named by the people helped and their needs, with no setting: "Experience supporting
    # people with mental health needs", "experience of working with clients living with disability")
    (ADJ, "Essential: experience supporting people with mental health needs.\n\nDesirable: lived experience of "
          "mental health challenges.", "not-met"),
    (ADJ, "Required: experience working with adults experiencing behavioral health conditions.", "not-met"),
    (ADJ, "Essential: experience of working with tangata whaiora living with mental illness.\n\nDesirable: lived "
          "experience of mental distress.", "not-met"),
    (ADJ, "Essential: experience of helping young people with complex needs.", "not-met"),
    # twins: beside an essential lived experience requirement, and gained in the post
    (ADJ, "Essential: experience supporting people with mental health needs.\n\nEssential: lived experience of "
          "mental health challenges.", "met"),
    (ADJ, "You will gain experience supporting people with complex needs.", "met"),
    # --- the noun "lead" and "led by" as panel membership ("Interviews are led by our Peer Support
    # Lead", "our lived experience lead will chair the panel", "The lead interviewer is our Peer
    # Support Lead"): met; another lead (clinical) or a lead of something else is not ---
    (PANEL, "Interviews are led by our Peer Support Lead.", "met"),
    (PANEL, "Our lived experience lead will chair the panel.", "met"),
    (PANEL, "Interviews will be led by the Head of Lived Experience.", "met"),
    (PANEL, "The lead interviewer is our Peer Support Lead.", "met"),
    (PANEL, "Your interviewers will be our Peer Lead and the service manager.", "met"),
    (PANEL, "You will meet our Peer Lead and the manager at interview.", "met"),
    (PANEL, "You will meet two peer workers and the manager at interview.", "met"),
    # twins: a clinical lead, the peer lead leading something else, and a peer-led service beside the interview
    (PANEL, "Interviews are led by our Clinical Lead.", "not-met"),
    (PANEL, "Your interviewers will be the service manager and a clinical psychologist.", "not-met"),
    (PANEL, "You will meet the service manager and a psychologist at interview.", "not-met"),
    (PANEL, "Our Peer Support Lead will lead the induction programme.", "not-met"),
    (PANEL, "You will help recruit new peer mentors, including training interviewers.", "not-met"),
    (PANEL, "The peer-led recovery college runs our training. Interviews are led by the clinical manager.", "not-met"),
    # --- an informal chat (or a meeting) that is part of selection for shortlisted candidates, with
    # people who use services or a group of them ("a group of service users", "our youth council",
    # "our consumer advisory group"), beside an interview with staff or with none described:
    # another way of taking part, partly met; an informal chat offered to anyone thinking of
    # applying is no selection ---
    (PANEL, "Shortlisted candidates will have an informal chat with a group of service users.", "partly-met"),
    (PANEL, "As part of the selection process, shortlisted applicants will have an informal chat with young people from our youth council.", "partly-met"),
    (PANEL, "Shortlisted candidates will meet our consumer advisory group for an informal chat, then attend an interview with the manager.", "partly-met"),
    (PANEL, "Shortlisted candidates will meet our consumer advisory group, then attend an interview with the manager.", "partly-met"),
    # twins: an enquiry chat (not selection), peer staff in a chat that is the only step (the
    # selection, met), and the group on the interview panel itself
    (PANEL, "If you are thinking of applying and would like an informal chat, call our Peer Support Lead on 01632 960 111.", "not-met"),
    (PANEL, "For an informal chat about the role, contact Sam, one of our peer workers.", "not-met"),
    (PANEL, "Shortlisted candidates will be invited to an informal chat with members of our peer team.", "met"),
    (PANEL, "Shortlisted candidates will have an informal chat, then an interview with the manager and a member of our consumer advisory group.", "met"),
    # --- another route offered with "instead" in mid-sentence, after the requirement ("Applicants may
    # instead show experience of working in a caring role", "You could instead have worked in ..."):
    # lived experience is substitutable (CS001 not met) and adjacent experience qualifies (CS004 not met) ---
    (LE, "Essential: lived experience of mental health challenges. Applicants may instead show experience of working in a caring role.", "not-met"),
    (LE, "You must have lived experience of homelessness. You could instead have worked in a homeless shelter for two years.", "not-met"),
    (LE, "Lived experience of addiction is essential. Candidates can instead demonstrate three years of work in a treatment program.", "not-met"),
    (ADJ, "Lived experience of addiction is essential. Candidates can instead demonstrate three years of work in a treatment program.", "not-met"),
    (ADJ, "Essential: lived experience of mental health challenges. Applicants may instead show experience of working in a caring role.", "not-met"),
    (LE, "Lived experience of mental health challenges is essential. Alternatively, applicants may show experience of working in a caring role.", "not-met"),
    (LE, "Lived experience of mental health challenges is essential.\n\nWe also welcome applicants with equivalent experience.", "not-met"),
    # twins: a lived route instead, a denied one, and "instead" set against another requirement
    (LE, "Lived experience of mental health challenges is essential. Applicants may instead show lived experience as a carer.", "met"),
    (LE, "Lived experience of mental health challenges is essential. Applicants may not instead show experience of working in a caring role.", "met"),
    (LE, "Lived experience of mental health challenges is essential. A degree is desirable; applicants may instead show equivalent experience.", "met"),
    (LE, "A degree in psychology is essential. Applicants may instead show experience of working in a caring role.\n\nLived experience of mental health challenges is essential.", "met"),
    # ... and another way to apply, an application document offered instead ("Alternatively, you may provide
    # a CV ... showing your experience"): not a route in (application-offered)
    (LE, "Lived experience of psychosis is essential. Alternatively, applicants may provide a CV and a cover letter showing their work experience.", "met"),
    (ADJ, "Lived experience of psychosis is essential. Alternatively, you can submit a résumé that sets out your experience and skills.", "met"),
    (LE, "You must have lived experience of homelessness. You may instead send a letter about your years of work in housing.", "met"),
    # --- equivalent experience accepted in the paragraph right after the requirement's ("Lived
    # experience of psychosis is required." / "Equivalent experience will also be considered."):
    # substitutable, as in the same paragraph ---
    (LE, "Lived experience of psychosis is required.\n\nEquivalent experience will also be considered.", "not-met"),
    (LE, "Lived experience of mental health challenges is essential.\n\nWe will also consider equivalent experience in youth work.", "not-met"),
    (LE, "Lived experience of mental health challenges is essential. We also welcome applicants with equivalent experience.", "not-met"),
    # twins: denied, and lived experience named as the equivalent
    (LE, "Lived experience of psychosis is required.\n\nEquivalent experience will not be considered.", "met"),
    (LE, "Lived experience of psychosis is required.\n\nEquivalent lived experience as a carer will also be considered.", "met"),
    # --- the applicant's lived experience assumed in an opening prepositional or participle phrase
    # ("With your lived experience of recovery, you will ...", "Having your own experience of ...,
    # you'll ..."): wanted in prose, partly met, as "Drawing on your lived experience" is ---
    (LE, "With your lived experience of recovery, you will help people on the ward.", "partly-met"),
    (LE, "With your own experience of caring for a loved one, you'll support carers in our service.", "partly-met"),
    (LE, "Having your own lived experience of psychosis, you will offer hope to others.", "partly-met"),
    (LE, "Through your personal experience of homelessness, you will show whānau that change is possible.", "partly-met"),
    (LE, "As someone with lived experience of addiction, you will support clients in the program.", "partly-met"),
    # twins: required elsewhere (met), the people's experience ("their"), and work experience
    (LE, "With your lived experience of recovery, you will help people on the ward.\n\nEssential: lived experience of mental health challenges.", "met"),
    (LE, "With their lived experience of recovery, our clients will co-design the service.", "not-met"),
    (LE, "With your own experience of working in mental health services, you will support residents.", "not-met"),
    # ... and work experience whose place is named ("of working in a hostel", "in a homeless shelter"),
    # twin: living there is lived experience
    (LE, "With your own experience of working in a hostel, you will support residents.", "not-met"),
    (LE, "You have your own experience of working in a homeless shelter.", "not-met"),
    # ... and work experience named by the job held or the team or service run ("of working as a nurse",
    # "of managing a busy team"); twin: managing one's own mental health stays lived experience
    (LE, "Having your own experience of working as a nurse, you will understand life on the ward.", "not-met"),
    (LE, "Through your own experience of managing a busy team, you will keep the rota running.", "not-met"),
    (LE, "With your own experience of working as a support worker, you will help residents settle in.", "not-met"),
    (LE, "Through your own experience of managing your mental health, you will offer hope to others.", "partly-met"),
    (LE, "You have your own experience of living in a hostel.", "partly-met"),
    # --- lived experience wanted in prose: partly met, not "does not ask" ---
    (LE, "We are looking for two people who have lived experience of mental ill health to join the team.", "partly-met"),
    (LE, "We are looking for up to 3 experts by experience who have lived experience of self-harm.", "partly-met"),
    (LE, "We're seeking peer workers who have their own experience of homelessness.", "partly-met"),
    # --- a desirable row of the experience of helping someone else through it ("of supporting someone
    # through ...", "of caring for ...") does not lower the applicant's own experience the prose wants
    # (blind set 113) ---
    (LE, "This post was created for people with lived experience of self-harm.\n\nDesirable\n\n- Lived experience of supporting a friend through self-harm", "partly-met"),
    (LE, "We want to hear from people with lived experience of psychosis.\n\nDesirable\n\n- Personal experience of caring for a relative with psychosis", "partly-met"),
    # twins: the desirable row is the applicant's own experience, or the prose names no kind
    (LE, "We want to hear from people with lived experience of psychosis.\n\nDesirable\n\n- Lived experience of psychosis", "not-met"),
    (LE, "Drawing on your lived experience, you will support others.\n\nDesirable\n\n- Lived experience of supporting someone through a crisis", "not-met"),
    # --- the lived experience of the people who select (a panel member "with lived experience", "an
    # expert by experience" on the panel) is theirs, not asked of the applicant (blind set 113) ---
    (LE, "Our interview panel includes a peer mentor with lived experience of addiction.", "not-met"),
    (LE, "How we recruit\n\nTwo experts by experience will sit on the shortlisting panel.", "not-met"),
    (LE, "The hiring committee includes a young person with lived experience.\n\nDo you have lived experience of an eating disorder?", "partly-met"),
    # twins: the applicant's lived experience in a sentence about the panel
    (LE, "At interview the panel will want to hear how you use your lived experience of addiction.", "partly-met"),
    (LE, "You will meet our interview panel, who want people with lived experience of addiction.", "partly-met"),
    # --- (role35, set184) lived experience after the panel and a word of its make-up ("Our selection panel
    # includes a peer worker, because we believe ... lived experience": "we" is the organisation there),
    # or as a group's name ("our Lived Experience Reference Group"), is not asked of the applicant, even
    # under a requirements heading ---
    (LE, "Qualifications\n\n- A relevant degree\n\nOur selection panel includes a peer worker, because we believe every team benefits from the insight of lived experience.", "not-met"),
    (LE, "Essential criteria\n\n- A relevant degree\n- A member of our Lived Experience Reference Group will join the interview", "not-met"),
    (LE, "What you need\n\n- Experience of group work\n- Shortlisting is done with our Lived Experience Council", "not-met"),
    # twins: a requirement cue beside the panel, or the applicant's own lived experience listed beside the group
    (LE, "Our interview panel includes a peer worker, and we require lived experience of psychosis.", "met"),
    (LE, "Our interview panel includes a peer worker, because lived experience of psychosis is essential for this post.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis\n- A member of our Lived Experience Reference Group will join the interview", "met"),
    # --- (h-role2, set178) people by experience the post's own duty recruits, trains or pays ("Recruit and
    # induct experts by experience"): the people the post involves, not the applicant; twins: the
    # organisation recruiting them ("We are recruiting ..."), and the applicant's own beside the duty ---
    (LE, "Recruit and train experts by experience to review our leaflets and co-produce our services.", "not-met"),
    (LE, "This post recruits and briefs experts by experience for our service reviews.", "not-met"),
    (LE, "You will induct and pay people with lived experience who join our reading group.", "not-met"),
    (LE, "We are recruiting two experts by experience to join our team.", "partly-met"),
    (LE, "Recruit experts by experience, drawing on your own lived experience of psychosis.", "partly-met"),
    # --- (h-role2) a requirement denied past a long kind ("Lived experience of mental health challenges is not
    # required for this position") with no wish beside it: the advert says lived experience is not needed, as a
    # short negation does; twins: a wish beside the denial ("valued but not essential") leaves it desirable ---
    (LE, "Lived experience of mental health challenges is not required for this position.", "not-met"),
    (LE, "Personal experience of recovery from addiction is not essential for this role.", "not-met"),
    (LE, "Lived experience of mental health challenges is valued but not essential.", "not-met"),
    (LE, "Lived experience of psychosis is helpful, though not required.", "not-met"),
    (LE, "Lived experience of psychosis is essential and will be explored by the interview panel.", "met"),
    (LE, "We want to hear from people with lived experience of an eating disorder.", "partly-met"),
    (LE, "Our peer workers utilise their lived experience to support young people.", "partly-met"),
    # --- the post's own peers said all to have it ("Our peer mentors have all been through the justice system
    # themselves"): the post holder joins them, so it is assumed in prose, as drawing on it is (blind136 lw10) ---
    (LE, "All of our peer workers have lived experience of psychosis.", "partly-met"),
    (LE, "Each of our peer specialists is in recovery from a substance use disorder.", "partly-met"),
    (LE, "Our peer navigators all have their own experience of homelessness.", "partly-met"),
    # twins: other staff, the people served, no lived experience named, or a requirement elsewhere
    (LE, "Our nurses all have lived experience of psychosis.", "not-met"),
    (LE, "Our peer workers all support people with lived experience of psychosis.", "not-met"),
    (LE, "Our peer workers have all completed Intentional Peer Support training.", "not-met"),
    (LE, "Our peer workers all have lived experience of psychosis.\n\nEssential\n\n- Lived experience of psychosis.",
     "met"),
    (LE, "Peer navigators leverage their personal experiences of overcoming addiction.", "partly-met"),
    # --- the kind named by a participle with no "of" ("personal experience navigating services"), and a
    # bracket between the person sought and "who" ("a young adult (18 to 29) who has"): still lived
    # experience, still wanted in prose (blind set 112) ---
    (LE, "We are looking for a school leaver (aged 18 to 25) who has personal experience navigating the youth justice system.", "partly-met"),
    (LE, "We're seeking a grandparent (or other kinship carer) with lived experience of raising a child through addiction.", "partly-met"),
    (LE, "Requirements\n\n- Personal experience using community mental health services is essential.", "met"),
    (LE, "Requirements\n\n- First-hand experience living with bipolar disorder is required.", "met"),
    # twins: experience with a participle that is work or a place, and a bracket before work experience
    (LE, "Requirements\n\n- Personal experience living in a rural community is essential.", "not-met"),
    (LE, "Requirements\n\n- Experience navigating community services for clients is required.", "not-met"),
    (LE, "We are looking for a support worker (part-time) who has experience of working in a hostel.", "not-met"),
    # --- the lived experience another route may replace named with its kind between the adjective and
    # "experience" ("accepted in place of personal recovery experience", "instead of lived mental health
    # experience"): substitutable, even where it is the only mention under the requirements (blind set 112) ---
    (LE, "Requirements\n\n- GED or high school diploma.\n- Two years in a residential program may be accepted in place of personal recovery experience.", "not-met"),
    (LE, "Requirements\n\n- Lived experience of psychosis is essential.\n- Work in a hostel may be accepted instead of lived mental health experience.", "not-met"),
    (LE, "Essential criteria\n\n- Volunteering with a young carers' charity can substitute for own caring experience.", "not-met"),
    # twins: the same kind of wording where it is the requirement, and another requirement replaced
    (LE, "Requirements\n\n- Lived mental health experience is essential.", "met"),
    (LE, "Requirements\n\n- Lived experience of psychosis is essential.\n- A forklift licence may be accepted in place of personal care experience.", "met"),
    # --- applicants who lack lived experience accepted with another route, in a statement anywhere in the
    # advert ("Applicants without lived experience but with a certificate ... will also be considered"):
    # substitutable, however plainly the requirement stands elsewhere (blind set 111) ---
    (LE, "Essential\n\n- Lived experience of an eating disorder\n\nHow to apply\n\nApplicants without lived experience but with a diploma in youth work will also be considered.", "not-met"),
    (LE, "Essential\n\n- Lived experience of homelessness. Candidates lacking personal experience of homelessness who hold a housing qualification may also apply.", "not-met"),
    (LE, "You must have lived experience of psychosis.\n\nPeople without lived experience but with five years' experience in a crisis team will be considered.", "not-met"),
    # ... the route named by skills or work in a relative clause ("who can show transferable skills from
    # shelter work", "who bring a background in debt advice") (blind set 117) ---
    (LE, "Lived experience of homelessness is essential.\n\nApplicants without lived experience who can evidence "
         "transferable skills from youth work will also be considered.", "not-met"),
    (LE, "You must have lived experience of problem gambling.\n\nPeople without lived experience who bring a "
         "background in debt advice will be considered.", "not-met"),
    (LE, "Essential\n\n- Lived experience of an eating disorder.\n\nCandidates lacking lived experience who have "
         "worked on a crisis line may also apply.", "not-met"),
    # twins: the acceptance denied, no route named, or the acceptance about something else
    (LE, "Essential\n\n- Lived experience of psychosis.\n\nApplicants without lived experience will not be considered.", "met"),
    (LE, "Essential\n\n- Lived experience of psychosis.\n\nApplicants without lived experience who have great "
         "listening skills will not be considered.", "met"),
    (LE, "Essential\n\n- Lived experience of psychosis.\n\nApplicants without lived experience but with a nursing degree will not be considered.", "met"),
    (LE, "Essential\n\n- Lived experience of psychosis.\n\nApplicants without a driving licence but with a bus pass will also be considered.", "met"),
    # --- an advantage at selection for applicants who have lived experience, quoted as the evidence, not
    # "does not ask": preferred ("will be prioritised", "preference will be given to") is only desirable
    # (clear-soil: "only desirable / preferred": not met); a place at the next stage promised ("will be
    # interviewed", "will be shortlisted", "are guaranteed an interview") wants it in prose (partly met,
    # as "We guarantee an interview to applicants with ..." above) ---
    (LE, "Applicants with lived experience of self-harm will be prioritised at shortlisting.", "not-met"),
    (LE, "Preference will be given to applicants with lived experience of gambling harm.", "not-met"),
    (LE, "Candidates with personal experience of homelessness will be shortlisted.", "partly-met"),
    (LE, "Applicants with lived experience of psychosis will be invited to interview.", "partly-met"),
    # twins: "only" makes it the requirement; a requirement beside it; the panel's lived experience
    (LE, "Only candidates with lived experience of self-harm will be shortlisted.", "met"),
    (LE, "Applicants must have lived experience of self-harm and will be interviewed by our peer team.", "met"),
    (LE, "Candidates will be interviewed by a panel that includes people with lived experience of self-harm.", "not-met"),
    # --- the other route as a relative clause on the person sought ("someone who has ..., or who has
    # equivalent experience of working in ..."): substitutable under both criteria ---
    (LE, "We are looking for a person who has been homeless, or who has comparable experience of working in a hostel.", "not-met"),
    (LE, "We want someone with lived experience of addiction, or who has similar experience from a treatment service.", "not-met"),
    (LE, "Essential\n\n- A person with lived experience of psychosis, or who has gained experience in a crisis team", "not-met"),
    (ADJ, "We are looking for a person who has been homeless, or who has comparable experience of working in a hostel.", "not-met"),
    # twins: the relative clause names another lived experience, or the applicant's own recovery
    (LE, "We are looking for someone who has been homeless, or who has experienced addiction.", "partly-met"),
    (LE, "You will be someone who has lived experience of psychosis, or who has experience of caring for a relative with psychosis.", "partly-met"),
    (ADJ, "We are looking for someone who has been homeless, or who has experienced addiction.", "met"),
    # --- wider forms (stop 30): lived experience set aside in a condition that opens the sentence ("Where
    # applicants do not have lived experience, we will consider ...", "If you don't have ...", "When
    # candidates lack ..."), then another route accepted after the comma: substitutable ---
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges is essential.\n- Where applicants do "
         "not have lived experience, we will consider a Certificate IV in Mental Health.", "not-met"),
    (LE, "Lived experience of problem gambling is essential.\n\nIf you don't have personal experience of gambling "
         "harm, relevant work experience may be considered.", "not-met"),
    (LE, "You must have lived experience of homelessness.\n\nWhen candidates lack personal experience of "
         "homelessness, a diploma in housing will also be accepted.", "not-met"),
    # twins: the condition sets another requirement aside, or the acceptance is denied
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges is essential.\n- Where applicants do "
         "not have a degree, we will consider a Certificate IV in Mental Health.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges is essential.\n- Where applicants do "
         "not have lived experience, we will not consider a Certificate IV in Mental Health.", "met"),
    (LE, "Lived experience of psychosis is essential.\n\nIf you don't have lived experience, your application "
         "cannot be considered.", "met"),
    # ... another route conceded in the clause after the requirement's, past ", although", ", but" or ";" ---
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges is essential, although candidates "
         "from a nursing background will also be considered.", "not-met"),
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges is required; in exceptional cases, "
         "equivalent professional experience may be accepted.", "not-met"),
    (LE, "Essential criteria\n\n- Personal experience of problem gambling is essential, but applicants with a "
         "counselling diploma may also be considered.", "not-met"),
    # twins: the concession is another requirement's (a degree, a licence, years of work), lived experience
    # too, a desirable extra, or names what it replaces; "lived or living experience" is no substitute
    (LE, "Essential criteria\n\n- Lived experience of psychosis is essential; a degree is required, although "
         "equivalent experience may be accepted.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis is essential; a full driving licence is required, "
         "though an overseas licence will also be accepted.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis is essential; two years of support work are "
         "required, although voluntary work experience may also be considered.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis is essential, although a degree in social work "
         "will also be considered an advantage.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis is essential; in exceptional cases, lived "
         "experience as a carer may be accepted.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis and a degree are essential, although equivalent "
         "experience may be accepted in place of the degree.", "met"),
    (LE, "Essential criteria\n\n- Lived or living experience of mental health challenges is essential.", "met"),
    # ... applicants "without personal experience" (no "of", no kind), wrapped over lines or standing alone,
    # accepted with another route ---
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges is essential. Candidates\nwithout "
         "personal experience who hold a relevant qualification will also be considered.", "not-met"),
    (LE, "Lived experience of an eating disorder is essential.\n\nApplicants without personal experience who have "
         "worked in a crisis team may also apply.", "not-met"),
    # twins: turned down, or another requirement lacked
    (LE, "Lived experience of an eating disorder is essential.\n\nApplicants without personal experience will not "
         "be considered.", "met"),
    (LE, "Lived experience of an eating disorder is essential.\n\nApplicants without personal experience who hold a "
         "degree will not be considered.", "met"),
    (LE, "Lived experience of an eating disorder is essential.\n\nApplicants without a driving licence who hold a "
         "bus pass will also be considered.", "met"),
    # ... another route joined by "and/or" (either will do), or welcomed "instead" right after the requirement ---
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges, or a combination of lived "
         "experience and/or relevant training, is essential.", "not-met"),
    (LE, "Essential criteria\n\n- Lived experience and/or a relevant qualification in mental health.", "not-met"),
    (LE, "Essential criteria\n\n- Lived experience of mental health challenges is essential.\n- We welcome "
         "applications from those with relevant professional experience instead.", "not-met"),
    (LE, "Lived experience of psychosis is essential. We will also consider candidates with a social work degree "
         "instead.", "not-met"),
    # twins: "and/or" inside the lived experience or its kinds; "instead" after another requirement or of
    # no route
    (LE, "Essential criteria\n\n- Lived and/or living experience of mental health challenges is essential.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of mental health and/or addiction is essential.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis is essential.\n- A degree is essential. We also "
         "consider applicants with relevant experience instead.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis is essential.\n\nWe welcome applications by video "
         "instead.", "met"),
    # --- a requirement denied to something else, then lived experience with the predicate left out
    # ("A degree is not required, but lived experience ... is."): lived experience is the requirement
    # (blind set 101) ---
    (LE, "Tertiary qualifications are not essential, but lived experience of using mental health services is.", "met"),
    (LE, "Formal training is not mandatory; lived experience of an eating disorder is.", "met"),
    (LE, "Mentor\n\nQualifications aren't necessary; your own experience of the justice system is.", "met"),
    (LE, "A degree is not essential; lived experience is.", "partly-met"),
    # twins: the sentence goes on past the verb, the verb is negated, or the denial is the mention's
    (LE, "A degree is not required, but personal experience of recovery from addiction is welcome.", "not-met"),
    (LE, "A degree is not required; lived experience of psychosis is not.", "not-met"),
    (LE, "Lived experience of psychosis is not essential; a degree is.", "not-met"),
    (LE, "A degree is not required, and nor is lived experience of psychosis.", "not-met"),
    # --- equivalent experience accepted in the next sentence of the requirement's item, lived
    # experience left unnamed ("... is required. Equivalent experience in X may be considered."):
    # substitutable (blind set 104) ---
    (LE, "Qualifications\n\n- Lived experience of homelessness is essential. Comparable paid experience in a hostel will also be accepted.", "not-met"),
    (LE, "You must have lived experience of addiction. We will also consider equivalent experience gained in a treatment setting.", "not-met"),
    (LE, "Personal experience of the care system is required. Equivalent experience as a residential youth worker may be considered.", "not-met"),
    # twins: the equivalent is another requirement's, the acceptance is denied, or it is lived experience too
    (LE, "Lived experience of psychosis is essential. A degree in social work or equivalent experience may be considered.", "met"),
    (LE, "Lived experience of psychosis is essential. Equivalent professional experience will not be accepted.", "met"),
    (LE, "Lived experience of psychosis is essential. Equivalent experience as a family carer is also accepted.", "met"),
    (LE, "Lived experience of psychosis is essential. Equivalent experience in a peer role will be considered.", "met"),
    # --- welcome, helpful, useful or valued as the last words of an item, with no verb or nothing after
    # it: a wish, however the heading reads (blind set 104) ---
    (LE, "Qualifications\n\n- Associate degree required\n- Personal experience as a family carer is helpful", "not-met"),
    (LE, "Requirements\n\n- High school diploma\n- Lived experience of homelessness welcome", "not-met"),
    (LE, "Eligibility\n\n- Lived experience of gambling harm valued", "not-met"),
    # twins: the word inside the item, or a requirement closing it
    (LE, "Qualifications\n\n- Lived experience of psychosis, helpful for building trust, is required", "met"),
    (LE, "Qualifications\n\n- Personal experience as a family carer is essential", "met"),
    # twin: the word closes a clause of its own about the worker, not the mention
    (LE, "Bring your own experience of addiction to a service where you will be welcomed.", "partly-met"),
    # --- lived experience of the team the post joins ("Our team includes people with lived
    # experience"): the colleagues', not a requirement of the applicant (blind set 101) ---
    (LE, "Qualifications\n\n- Lived experience of psychosis is an asset.\n\nOur team includes people with lived experience of recovery.", "not-met"),
    (LE, "Qualifications\n\nThe wider staff team is made up of people who have used mental health services.", "not-met"),
    (LE, "Qualifications\n\nOur staff team includes people in recovery from addiction.", "not-met"),
    # twins: the applicant's own, after a clause break or in an item of its own
    (LE, "Our team includes two nurses; you must have lived experience of psychosis.", "met"),
    (LE, "Qualifications\n\nOur team includes a nurse and a social worker.\n\n- Lived experience of psychosis", "met"),
    # --- required without the words "lived experience" ---
    (LE, "Applicants must be in recovery for at least two years from a substance use or mental health condition.", "met"),
    (LE, "Candidates must be in a state of recovery for 18 months from an alcohol or drug use disorder.", "met"),
    (LE, "Essential: you have a diagnosis of a mental health condition and have used mental health services.", "met"),
    (LE, "You must have been diagnosed with a mental illness and have accessed mental health services.", "met"),
    (LE, "Essential criteria: your experience as a family carer of someone with mental health challenges.", "met"),
    (LE, "You must have experience as an unpaid carer for a relative with psychosis.", "met"),
    # a must on the ability to draw on it only assumes lived experience (duty prose: partly met)
    (LE, "You must be able to draw on your experience as an unpaid carer for a relative with psychosis.", "partly-met"),
    (LE, "It is essential that you can draw on your lived experience of psychosis.", "partly-met"),
    (LE, "Applicants must be willing to use their lived experience of addiction in their work.", "partly-met"),
    (LE, "Applicants must draw on their own personal experience of psychosis.", "met"),
    (LE, "Candidates are required to bring their own personal experience of recovery from gambling harm.", "met"),
    (LE, "Applicants must self-identify as a person in recovery.", "partly-met"),
    (LE, "Candidates must self-identify as a person in recovery from a mental health or substance use condition.", "met"),
    # Recovery College students are people who use services; a needs assessment named with two words
    (PANEL, "You will co-deliver a short taster session to Recovery College students, who will give feedback to the panel. The interview panel is the College Manager and a psychologist.", "partly-met"),
    (PANEL, "Candidates will present a short session to recovery college learners, whose feedback goes to the interview panel.", "partly-met"),
    (PANEL, "Candidates will present a short session to nursing students, whose feedback goes to the interview panel.", "not-met"),
    (ADJ, "Undertake formal carer needs assessments and enter them in the clinical record.", "not-met"),
    (ADJ, "You will complete statutory capacity assessments for residents.", "not-met"),
    # a sentence split over two paragraphs (Enter pressed mid-sentence): the requirement in the first holds
    (LE, "This position is only open to people with\n\npersonal lived experience of mental health or substance use challenges.", "met"),
    (LE, "Applicants for this identified role must have\n\nlived experience of recovery from problem gambling.", "met"),
    # twin: the first paragraph is a whole sentence
    (LE, "This role is only open to people with a full driving licence.\n\npersonal experience of psychosis would be welcome.", "not-met"),
    # a lived experience role is a kind of job: "or" there joins two kinds of role, not routes
    (LE, "| | Essential | Desirable |\n|---|---|---|\n| Experience | Lived experience of psychosis, either personally or as a close family member | Experience of a peer or lived experience role |", "met"),
    (LE, "Essential: lived experience of gambling harm. Desirable: two years in peer or lived experience posts.", "met"),
    (LE, "You must self-identify as a veteran who has recovered or is recovering from a mental health condition.", "met"),
    (LE, "Applicants must identify as a carer who has supported a family member through psychosis.", "met"),
    (LE, "You will support veterans who have recovered or are recovering from a mental health condition.", "not-met"),
    (LE, "Minimum Qualifications\n\nPersonal experience of recovery from addiction.", "met"),
    (LE, "Key Selection Criteria\n\n1. Personal experience of recovery from mental illness.", "met"),
    (LE, "Qualifications:\n\n- Lived experience of recovery from a mental health condition\n- High school diploma", "met"),
    (LE, "Eligibility:\n\n- Personal experience of homelessness", "met"),
    # --- a gerund of work after "experience of" with where or whom ("your own experience of working
    # in mental health services", "of supporting people in crisis"): professional experience, whoever
    # owns it; "your own experience of psychosis", "of using services" stay lived experience ---
    (LE, "You'll have your own experience of working alongside whānau in community mental health services.", "not-met"),
    (LE, "Applicants must have their own experience of supporting clients through a behavioral health crisis.", "not-met"),
    (LE, "Essential: your own experience of delivering recovery groups in a community agency.", "not-met"),
    (LE, "Candidates must bring their own experience of helping young people who are homeless.", "not-met"),
    (LE, "You have your own experience of working within a Canadian community health organization.", "not-met"),
    # twins: the experience lived, cared or worked through
    (LE, "You must have your own experience of using community mental health services.", "met"),
    (LE, "You'll have your own experience of psychosis and of finding your way through it.", "partly-met"),
    (LE, "Applicants must have their own experience of working through addiction.", "met"),
    (LE, "Lived experience of supporting a family member with psychosis is essential.", "met"),
    (LE, "You must have personal experience of working with a mental health condition.", "met"),
    # --- come through the experience itself ("has come through homelessness", "been homeless") ---
    (LE, "Applicants must have been through addiction and be two years into recovery.", "met"),
    (LE, "You must have lived through psychosis yourself.", "met"),
    (LE, "Have you been homeless yourself? You will mentor hostel residents.", "partly-met"),
    # twins: the people the service supports came through it
    (LE, "You will support people who have been homeless to find a home. A driver licence is essential.", "not-met"),
    (LE, "You will help young people who have come through the care system and people who have been through "
     "addiction.", "not-met"),
    # --- an encouragement to apply ("we especially welcome applications from people with lived
    # experience of ...", an equal-opportunities line) is "would be welcome" on its own (not met),
    # but does not outrank prose that wants the experience of the post holder (partly met) ---
    (LE, "We want someone who has been through addiction and now lives well in recovery.\n\nWe particularly "
     "welcome applications from people with lived experience of addiction, disabled people and Māori.", "partly-met"),
    (LE, "We're looking for a person who has come through psychosis and knows what helped.\n\nWe strongly "
     "encourage applications from people with lived experience of mental illness and from Indigenous people.",
     "partly-met"),
    (LE, "You will mentor hostel residents.\n\nWe especially welcome applications from people with lived "
     "experience of homelessness and from Black and minority ethnic people.", "not-met"),
    # --- the applicant as the subject who brings it, with no possessive: wanted in prose ---
    (LE, "You will bring lived experience of psychosis to a busy inpatient team.", "partly-met"),
    (LE, "You'll bring personal experience of recovery from gambling harm to our kaupapa.", "partly-met"),
    # --- the applicant described in the present tense as having it ("About you": "You have lived
    # experience of ..."): wanted in prose; a requirement cue that closes a clause of its own after
    # ", and" is that clause's subject's level, not the mention's (blind set 77) ---
    (LE, "About you\n\nYou have lived experience of psychosis and you know what helped you.", "partly-met"),
    (LE, "You have your own personal experience of recovery from methamphetamine use.", "partly-met"),
    (LE, "You're a person with lived experience of an eating disorder.", "partly-met"),
    (LE, "You have lived experience of problem gambling, and a peer support certificate is required.", "partly-met"),
    (LE, "You'll have your own experience of homelessness, and a current Working with Children Check is "
     "essential.", "partly-met"),
    # twins: a condition; the mention is itself a subject of the cue; a subject pointing back
    (LE, "If you have lived experience of psychosis, you may find this work rewarding.", "not-met"),
    (LE, "Lived experience of problem gambling and a peer support certificate are required.", "met"),
    (LE, "Personal experience of recovery from addiction, and a driver licence, are essential.", "met"),
    (LE, "You have lived experience of psychosis, and this is essential.", "met"),
    # twins: the organisation brings it; the same words under a requirement
    (LE, "Our organisation brings lived experience into every service we run.", "not-met"),
    (LE, "You'll bring hope to the whānau you meet, and share your own story where it helps.", "not-met"),
    (LE, "Essential: you will bring lived experience of psychosis and of using mental health services.", "met"),
    # --- a label line with its level in brackets sets the level of the list under it ---
    (LE, "You will run groups.\n\nSelection criteria (Essential)\n  a) Lived experience of psychosis and of using "
     "community mental health services, and a willingness to draw on it.\n  b) A driver licence.\n", "met"),
    (LE, "You will run groups.\n\nPerson specification [essential]\n- Personal experience of recovery from "
     "addiction, and readiness to draw on it.\n- A full licence.\n", "met"),
    # twin: the same line with a desirable level
    (LE, "You will run groups.\n\nSelection criteria (Desirable)\n  a) Lived experience of psychosis and of using "
     "community mental health services, and a willingness to draw on it.\n  b) A driver licence.\n", "not-met"),
    # --- a table row's level cell with an intensifier ("Highly desirable") decides over the heading ---
    (LE, "## Key Selection Criteria\n\n| Criterion | Level |\n|---|---|\n| Lived experience of caring for a "
     "family member with psychosis | Highly desirable |\n| A driver licence | Essential |\n", "not-met"),
    (LE, "## Selection Criteria\n\n| Requirement | Priority |\n|---|---|\n| Personal experience of recovery from "
     "a gambling problem | Strongly preferred |\n| A food handling certificate | Required |\n", "not-met"),
    # other words for the level in the row's own cell ("Mandatory", "Must have", "Desired", "Nice to have")
    (LE, "## Selection Criteria\n\n| Criterion | Level |\n|---|---|\n| Lived experience of psychosis | Mandatory |\n"
     "| A driver licence | Desired |\n", "met"),
    (LE, "## Person specification\n\n| Criterion | |\n|---|---|\n| Lived experience of self-harm | Must have |\n"
     "| A driving licence | Nice to have |\n", "met"),
    (LE, "## Qualifications\n\n| Qualification | Level |\n|---|---|\n| Lived experience of recovery | Desired |\n"
     "| A high school diploma | Required |\n", "not-met"),
    (LE, "## Person specification\n\n| Criterion | |\n|---|---|\n| Lived experience of self-harm | Nice to have |\n"
     "| A driving licence | Must have |\n", "not-met"),
    # twin: an intensified essential
    (LE, "## Key Selection Criteria\n\n| Criterion | Level |\n|---|---|\n| Lived experience of caring for a "
     "family member with psychosis | Absolutely essential |\n| A driver licence | Desirable |\n", "met"),
    (LE, "Qualifications and training\n\n- Lived experience of recovery from a mental health condition", "partly-met"),
    (LE, "Special Requirements\n\n1. Applicants for this classification must be in recovery for 2 years from a substance use disorder.", "met"),
    (LE, "Selection Criteria\n\nEssential\n\nCurrent or past experience with drug use - this is essential and non-negotiable.", "met"),
    (LE, "Current or past experience of alcohol use is essential and non-negotiable.", "met"),
    # --- whose experience: the patients' "their", not the applicant's ---
    (LE, "You will help patients make sense of their own experience of psychosis.", "not-met"),
    (LE, "The worker supports clients in recovery from addiction to find housing.", "not-met"),
    (LE, "You will support veterans to tell their own story of recovery.", "not-met"),
    # --- professional experience that reads like lived experience ---
    (LE, "Minimum Qualifications\n\nTwo years of experience with substance use treatment programs.", "not-met"),
    (LE, "Essential: experience of drug and alcohol services as a practitioner; experience with substance use clients.", "not-met"),
    # --- requirement cues of other conventions ---
    (LE, "Preference will be given to applicants with lived experience of mental illness.", "not-met"),
    (LE, "Preferred Qualifications\n\nLived experience of recovery from a substance use disorder.", "not-met"),
    (LE, "Candidates for positions in this classification must have lived experience of a mental health condition.", "met"),
    (LE, "Lived experience of mental distress is essential and non-negotiable.", "met"),
    # --- substitutable: not met under criterion 1 and criterion 4 ---
    (LE, "Lived experience of addiction or equivalent professional experience is required.", "not-met"),
    (ADJ, "Lived experience of addiction or equivalent professional experience is required.", "not-met"),
    (LE, "You must have lived experience of mental illness, or comparable work experience in a helping role.", "not-met"),
    # the applicant's own drug testing, as a condition of employment, is not monitoring others
    (ADJ, "Conditions of employment: citizenship; designated and/or random drug testing; a background check.", "met"),
    (ADJ, "Pre-employment requirements: a criminal record check, a driver's abstract and a drug screen.", "met"),
    (ADJ, "This position is subject to random drug testing under the federal workplace program.", "met"),
    (ADJ, "You will carry out random drug testing of residents.", "not-met"),
    # Aboriginal and Torres Strait Islander health work is a health profession
    (ADJ, "Desirable\n\n- Certificate IV in Aboriginal and Torres Strait Islander Primary Health Care.", "partly-met"),
    (ADJ, "Essential: Diploma in Aboriginal Health Practice and current registration.", "not-met"),
    (ADJ, "You will work alongside our Aboriginal Health Practitioners, who lead clinical care.", "met"),
    # a casual pool of peers covering its own service's shifts is not cover for other staff
    (ADJ, "We are building a casual pool of Peer Support Workers to cover shifts at our recovery hub.", "met"),
    (ADJ, "Join our relief register of peer mentors to cover shifts at the drop-in and the café.", "met"),
    (ADJ, "You will cover shifts on the ward when nursing staff are off sick.", "not-met"),
    # a clinical rating scale given by the post; the treatment team's plans supported
    (ADJ, "Administer the Edinburgh Postnatal Depression Scale at each contact and record the scores.", "not-met"),
    (ADJ, "You will score the anxiety inventory with each new client.", "not-met"),
    (ADJ, "Supports the multidisciplinary team in developing person-centred care plans.", "partly-met"),
    (ADJ, "You will contribute a lived experience view at treatment planning meetings.", "partly-met"),
    (ADJ, "You will help people write their own wellness plans.", "met"),
    # restraint by another name, and working to reduce it
    (ADJ, "Take part in physical interventions when needed, as a member of the ward team.", "not-met"),
    (ADJ, "You may be asked to assist with restrictive interventions on the unit.", "not-met"),
    (ADJ, "You will help the ward reduce restraint and seclusion.", "met"),
    (ADJ, "Champion alternatives to physical intervention in the ward's safety huddles.", "met"),
    # observations named by their interval are the nurses' duty
    (ADJ, "Help nursing staff with ward routines, including half-hourly observations on the unit.", "not-met"),
    (ADJ, "Complete hourly obs of residents overnight and record them.", "not-met"),
    (ADJ, "Observations from your own recovery will shape how the unit welcomes people.", "met"),
    # the other route with its kind named: "or significant professional experience in the sector"
    (LE, "Lived or living experience of gambling harm, or substantial professional experience in the gambling help sector.", "not-met"),
    (ADJ, "Lived or living experience of gambling harm, or substantial professional experience in the gambling help sector.", "not-met"),
    (LE, "Essential: personal experience of recovery from psychosis, or considerable clinical experience in early intervention.", "not-met"),
    (LE, "Lived experience of alcohol or other drug use is essential. Significant professional experience in the AOD sector is desirable.", "met"),
    (ADJ, "You must have lived experience of mental illness, or comparable work experience in a helping role.", "not-met"),
    # "or equivalent" attached to another requirement is not about lived experience
    (ADJ, "High school diploma or equivalent. You must have lived experience of mental illness.", "met"),
    (LE, "High school diploma or equivalent. You must have lived experience of mental illness.", "met"),
    # --- disclosure ---
    # --- lived experience named, then pointed back to by a bare pronoun used with purpose ("lived experience
    # of X, and the ability to use this purposefully"): disclosure (blind set 112) ---
    (PP, "Essential\n\n- Lived experience of an eating disorder, and the ability to use this purposefully with the young people you support", "partly-met"),
    (PP, "Essential\n\n- Personal experience of problem gambling and a willingness to share it intentionally", "partly-met"),
    (PP, "Essential\n\n- Own experience of the care system, and being able to draw on it with purpose", "partly-met"),
    # twins: the pronoun used without purpose, or safely (a licence or a tool named in between)
    (PP, "Essential\n\n- Lived experience of an eating disorder, and the ability to use it in your work", "not-met"),
    (PP, "Essential\n\n- Lived experience of homelessness. A driving licence and the ability to use it safely", "not-met"),
    # --- disclosure said "on purpose", or with "own", "lived" or "personal" before the story ---
    (PP, "You will use your story on purpose, telling what helps and keeping the rest private.", "partly-met"),
    (PP, "Share your own experience on purpose when it helps someone take a next step.", "partly-met"),
    (PP, "Using your lived experience with intention, you will walk beside whānau.", "partly-met"),
    # twins: the people served share theirs; a purpose that is not sharing one's story
    (PP, "Help tenants share their own stories on purpose at the residents' forum.", "not-met"),
    (PP, "You will use your car on purpose for home visits across the district.", "not-met"),
    (PP, "You must be prepared to disclose your history of mental health challenges.", "partly-met"),
    (PP, "You will be willing to disclose your own background of substance use to the people you support.", "partly-met"),
    (PP, "Sharing your story strategically to build connection.", "partly-met"),
    (PP, "You will use your story intentionally, in the service of someone else's recovery.", "partly-met"),
    (PP, "The post is subject to an enhanced disclosure and you must disclose any convictions.", "not-met"),
    # --- adjacent professions: registration essential or desirable ---
    (ADJ, "Essential: current AHPRA registration as a Registered Nurse.", "not-met"),
    (ADJ, "Applicants must hold registration with the NMC or HCPC.", "not-met"),
    (ADJ, "Key Selection Criteria\n\n1. Registration as a social worker with the Social Work Registration Board.", "not-met"),
    (ADJ, "Desirable: eligibility for registration as an allied health professional.", "partly-met"),
    (ADJ, "Preferred Qualifications\n\nLicensed as a registered nurse in the state.", "partly-met"),
    (ADJ, "You do not need to be registered as a nurse or social worker.", "met"),
    # --- adjacent professions: compliance monitoring ---
    (ADJ, "You will enforce attendance at group sessions.", "not-met"),
    (ADJ, "Duties include collecting urine samples and taking drug screens.", "not-met"),
    (ADJ, "Report missed appointments and relapses to probation.", "not-met"),
    (ADJ, "Observes behaviours that might indicate failure to attend or maintain abstinence and reports concerns to the treatment team.", "not-met"),
    (ADJ, "Monitor clients' abstinence and report to their parole officer.", "not-met"),
    (ADJ, "This position requires you to pass a pre-employment drug screen.", "met"),
    (ADJ, "Offers of employment are subject to a satisfactory drug test.", "met"),
    # --- a pre-employment condition on the applicant (employment or an offer contingent or conditional
    # on a drug screen, other checks listed first; candidates asked to take one) is not a duty of
    # monitoring others' compliance (blind set 136) ---
    (ADJ, "Employment is conditional upon two satisfactory references and, where our contract requires it, a urine drug test.", "met"),
    (ADJ, "Any offer of appointment is contingent on a police check, a Working with Children Check and an alcohol and drug screen.", "met"),
    (ADJ, "Successful candidates will be asked to take a drug screen before their start date.", "met"),
    # twins: the screens are the post's duty, or the people served's places depend on them
    (ADJ, "Employment is contingent on a background check. You will collect urine samples and run drug screens for residents.", "not-met"),
    (ADJ, "Candidates will be trained to conduct drug screens with residents.", "not-met"),
    (ADJ, "Residents' places in the house are conditional on weekly drug screens, which you will collect.", "not-met"),
    # --- adjacent professions: care plans, treatment plans, the organisation's programmes ---
    (ADJ, "You will write care plans for each client on your caseload.", "not-met"),
    (ADJ, "Develop and review care plans for residents.", "not-met"),
    (ADJ, "You will assist with treatment plans alongside the clinical team.", "partly-met"),
    (ADJ, "Assisting clinicians with treatment planning for each participant.", "partly-met"),
    (ADJ, "Our programmes include case management, medication management and counselling. You will offer one-to-one peer support.", "met"),
    (ADJ, "Services we offer include psychiatric assessment and case management. As a peer mentor you will run groups.", "met"),
    (ADJ, "Conducts initial needs assessments and psychosocial assessments of new clients.", "not-met"),
    # --- panel ---
    (PANEL, "People with lived experience will meet candidates informally before the interviews.", "partly-met"),
    (PANEL, "Shortlisted applicants will meet members of our consumer advisory group informally on the day.", "partly-met"),
    (PANEL, "Candidates will give a presentation that people with lived experience will hear.", "partly-met"),
    (PANEL, "A peer worker sits on every interview panel.", "met"),
    (PANEL, "One of our peer specialists sits on each interview panel.", "met"),
    (PANEL, "People with lived experience write and score the interview questions.", "met"),
    (PANEL, "The interview questions are written and scored by people with lived experience.", "met"),
    (PANEL, "Shortlisting is done by our peer workers.", "met"),
    (PANEL, "Applications will be shortlisted by a panel that includes people with lived experience.", "met"),
    (PANEL, "People with lived experience will not be on the interview panel.", "not-met"),
    # --- Canadian and Australian "asset", "highly regarded": desirable ---
    (LE, "Lived experience of substance use would be an asset.", "not-met"),
    (LE, "Lived experience of mental illness is considered an asset.", "not-met"),
    (LE, "Lived experience of mental ill-health is highly regarded.", "not-met"),
    # --- "keen to hear from": wanted in prose ---
    (LE, "We are keen to hear from people with lived experience of psychosis.", "partly-met"),
    (LE, "We would love to hear from people with lived experience of homelessness.", "partly-met"),
    # --- understanding instead of experience ---
    (LE, "You must have lived experience or be able to demonstrate an understanding of mental health issues.", "not-met"),
    (LE, "Lived experience of addiction, or demonstrable knowledge of recovery, is essential.", "not-met"),
    # --- adjacent experience in place of lived experience ---
    (ADJ, "Lived experience of mental illness, or experience working in a caring role, is essential.", "not-met"),
    (ADJ, "Lived experience of addiction or experience supporting people in recovery is required.", "not-met"),
    (ADJ, "Transferable skills from a caring role will be accepted in place of lived experience.", "not-met"),
    (ADJ, "Relevant professional experience is acceptable as an alternative to lived experience.", "not-met"),
    # --- vocational care qualifications; medication prompting; case management by the peer ---
    (ADJ, "A qualification in health and social care is desirable.", "partly-met"),
    (ADJ, "A diploma in health and social care is essential.", "not-met"),
    (ADJ, "You will encourage clients to take their medication as prescribed.", "not-met"),
    (ADJ, "Remind residents to take their meds each morning.", "not-met"),
    (ADJ, "You will provide case management services to a caseload of 25 clients.", "not-met"),
    (ADJ, "Deliver care coordination for people leaving hospital.", "not-met"),
    (PANEL, "As part of the selection process, candidates will meet a group of service users.", "partly-met"),
    (PANEL, "Applicants will meet representatives of our consumer network on the selection day.", "partly-met"),
    # --- carers' experience without the words "lived experience" ---
    (LE, "The role has been developed for people who have supported a friend or loved one through mental distress.", "partly-met"),
    (LE, "Carer peer workers use their experiences of caring to offer hope to other families.", "partly-met"),
    (LE, "Applicants must have cared for a relative with a mental health condition.", "met"),
    (LE, "Essential: you care, or have cared, for a family member with an eating disorder.", "met"),
    # --- "people's recovery": the possessive is the people's, whatever requires what ---
    (LE, "Staff support people's personal recovery, remembering the courage that recovery requires.", "not-met"),
    (LE, "Everyone here supports patients' own recovery; a DBS check is required.", "not-met"),
    (LE, "The peer worker's own lived experience of psychosis is essential.", "met"),
    # --- vocational and "any field" qualifications (AU Certificate IV / Diploma, US degrees) ---
    (ADJ, "Desirable: Certificate IV in Mental Health or Community Services.", "partly-met"),
    (ADJ, "Diploma of Community Services (Mental Health) is essential.", "not-met"),
    (ADJ, "Desirable: Certificate IV in Mental Health Peer Work.", "met"),
    (ADJ, "A degree in a health-related field is an asset.", "partly-met"),
    (ADJ, "Bachelor's degree in a behavioral health field required.", "not-met"),
    # --- therapy, counselling and medication as the peer's own duties ---
    (ADJ, "You will facilitate therapy groups and provide counselling to clients.", "not-met"),
    (ADJ, "Run CBT sessions for residents on the unit.", "not-met"),
    (ADJ, "You will be responsible for administering and monitoring medication.", "not-met"),
    (ADJ, "You will be responsible for the safe administration of medicines.", "not-met"),
    (ADJ, "Dispensing of medication on the ward.", "not-met"),
    (ADJ, "Dispensing and recording medicines on the ward.", "not-met"),
    (ADJ, "This is not a counselling role.", "met"),
    # --- compliance with court orders and attendance ---
    (ADJ, "Responsibilities include ensuring clients attend their appointments and comply with court orders.", "not-met"),
    (ADJ, "Make sure participants comply with their probation conditions.", "not-met"),
    (ADJ, "You will support people to attend court hearings, if they wish.", "met"),
    # --- experience as a consumer, "you will be a person with" ---
    (LE, "Requirements: personal experience as a mental health consumer.", "met"),
    (LE, "You must have experience as a mental health service user.", "met"),
    (LE, "You will be a person with lived experience of homelessness.", "partly-met"),
    (LE, "You should be someone with lived experience of an eating disorder.", "partly-met"),
    # --- "part of the panel" versus "as part of the selection process" ---
    (PANEL, "Our Lived Experience Lead will be part of the selection panel.", "met"),
    (PANEL, "A consumer representative will form part of the interview panel.", "met"),
    (PANEL, "As part of the selection process, candidates will meet a group of service users.", "partly-met"),
    # --- the people served, named just before the experience ---
    (LE, "Experience working with people in recovery from addiction is required.", "not-met"),
    (LE, "You must support people who have accessed addiction treatment services.", "not-met"),
    (LE, "You will work alongside clients who have experienced homelessness; a driving licence is essential.", "not-met"),
    (LE, "This post is open to people who have used mental health services.", "partly-met"),
    (LE, "Applicants must be a veteran who has recovered or is recovering from a mental health condition.", "met"),
    (LE, "You must be a consumer who has accessed mental health services.", "met"),
    (LE, "You will support a veteran who has recovered from a mental health condition; a license is required.", "not-met"),
    (LE, "This post is only open to people who have used mental health services.", "met"),
    # a bare plural after a required "be": the applicants' identity ("must be veterans who")
    (LE, "Candidates must be survivors who are in recovery from an eating disorder.", "met"),
    (LE, "Applicants must be carers who are in long-term recovery from gambling harm.", "met"),
    # twins: who the people served will be, or are
    (LE, "Most of the people you meet will be veterans who are in recovery from alcohol use.", "not-met"),
    (LE, "Our clients are veterans who are in recovery from a substance use disorder.", "not-met"),
    # --- some of the staff are in recovery: colleagues' experience, even under a requirements heading ---
    (LE, "Qualifications\n\nMany of our staff are in recovery themselves, and we think it helps.", "not-met"),
    (LE, "Essential criteria\n\nSome of the team have been homeless themselves.", "not-met"),
    # twin: the applicant's own, beside the colleagues'
    (LE, "Essential criteria\n\nApplicants must be in recovery from gambling harm; many of our staff are too.", "met"),
    # --- two caring verbs coordinated before the person cared for ---
    (LE, "This post is only open to people who have raised or cared for a child with behavioural challenges.", "met"),
    (LE, "Applicants must be parents who have parented and supported a young person who lives with anxiety.", "met"),
    # twin: the people served raised the children
    (LE, "You will support families who have raised or cared for a child with autism; a licence is essential.", "not-met"),
    # --- the applicant brings "a" lived experience: wanted in prose ---
    (LE, "You will bring a lived experience of suicide, as someone who has attempted or been bereaved.", "partly-met"),
    (LE, "You'll bring a personal experience of homelessness to the outreach team.", "partly-met"),
    # twin: the people served bring it, not the applicant
    (LE, "The young people will bring a lived experience of homelessness to each group you run.", "not-met"),
    # --- a count of years with a qualifier before the experience stands in for lived experience ---
    (LE, "Essential: lived experience of psychosis or one year of recent experience working in the mental "
     "health sector.", "not-met"),
    (LE, "Essential: lived experience of an eating disorder, or two years' current experience in community "
     "services.", "not-met"),
    # twin: the years are a separate, desirable requirement
    (LE, "Essential: lived experience of psychosis. Desirable: one year of recent experience in the sector.", "met"),
    # --- lived experience as a topic, not the applicant's experience ---
    (LE, "Knowledge of the lived experience movement is essential.", "not-met"),
    (LE, "An understanding of lived experience leadership and governance is required.", "not-met"),
    # --- the boundaries of the people served are not the peer principle ---
    (PP, "You will support people to develop healthy boundaries with their families.", "not-met"),
    (PP, "Help clients set boundaries with the people around them.", "not-met"),
    (PP, "You will model healthy boundaries.", "partly-met"),
    # "with" after a relationship noun names the other side of the worker's relationship
    (PP, "You will keep your relationships with participants within clear boundaries.", "partly-met"),
    (PP, "Keep every contact with clients inside safe boundaries.", "partly-met"),
    (PP, "You will work with clients to set healthy boundaries with family.", "not-met"),
    # --- sharing experience named by its kinds, with no owner, purposefully ---
    (PP, "Shares personal recovery and homelessness experience purposefully to build connection.", "partly-met"),
    (PP, "You will share lived experience of the justice system strategically, to open conversations.", "partly-met"),
    (PP, "Staff share learning from incidents purposefully at team meetings.", "not-met"),
    # --- hope in other words: recovery named beside change, "things can get better" ---
    (PP, "You will show people every day that change and recovery are possible.", "partly-met"),
    (PP, "Your own story is living proof that healing is achievable.", "partly-met"),
    (PP, "You will help rangatahi believe that things can get better.", "partly-met"),
    (PP, "The team reviews whether the change is possible within the budget.", "not-met"),
    # --- a negation inside a clause before ", and": the next coordinated clause is not negated ---
    (PP, "You will stand by people when others will not, and maintain boundaries that keep you both safe.", "partly-met"),
    (PP, "Be there for whānau when services can’t, and hold boundaries in the peer relationship.", "partly-met"),
    (PP, "You will not set boundaries for people, and you will not decide their goals.", "not-met"),
    # --- one-to-one observations ---
    (ADJ, "You will monitor patients on 1:1 observations.", "not-met"),
    (ADJ, "Carry out enhanced observations on the ward when required.", "not-met"),
    # --- traps: a line manager on probation staff, first aid, professional caring ---
    (PANEL, "Our recruitment process is peer-led.", "met"),
    (PANEL, "Interviews for this post are consumer-led.", "met"),
    (PP, "Hopefully you will join our friendly team.", "not-met"),
    (PP, "We are a service that pushes the boundaries of what care can be.", "not-met"),
    (PP, "A boundary-pushing team that challenges the boundaries of care.", "not-met"),
    (ADJ, "Reports to: Senior Probation Officer. You will mentor people leaving prison.", "met"),
    (ADJ, "You will report to the Court Services Manager.", "met"),
    # a breach of licence, bail or court conditions passed on is compliance monitoring; a breach
    # of confidentiality passed to a manager is not
    (ADJ, "Report any breach of bail conditions to the parole officer.", "not-met"),
    (ADJ, "Tell the probation worker about any breach of licence conditions.", "not-met"),
    (ADJ, "Notify the community rehabilitation company of breaches of court orders promptly.", "not-met"),
    (ADJ, "Report any breach of confidentiality to your line manager.", "met"),
    (ADJ, "Report breaches of confidentiality to your manager.", "met"),
    (ADJ, "Report any data breaches to the Information Governance team.", "met"),
    (ADJ, "Report breaches of licence conditions to the probation officer.", "not-met"),
    (ADJ, "Help mentees understand their licence conditions and get to probation appointments.", "met"),
    # the field after "or equivalent experience" governs the degree too: a health or social care
    # qualification, or experience in that profession, as the entry route
    (ADJ, "Essential: Degree or equivalent experience in a health or social care field.", "not-met"),
    (ADJ, "Essential: a diploma or comparable experience in nursing or social work.", "not-met"),
    (ADJ, "You must hold a degree or relevant experience within the healthcare sector.", "not-met"),
    (ADJ, "Desirable: Degree or equivalent experience in a health or social care field.", "partly-met"),
    (ADJ, "Essential: Degree or equivalent experience in customer service or retail.", "met"),
    # a clinical task the post only helps a nurse with: at the clinician's clinic or session, or a
    # session said to be led by clinicians (partly met); the post's own task stays not met
    (ADJ, "Assist the practice nurse during the monthly wound care clinic by welcoming people.", "partly-met"),
    (ADJ, "Support the district nurse at the weekly wound care clinic by setting up the room.", "partly-met"),
    (ADJ, "Help young people get ready for the meal support groups run by the ward nurses.", "partly-met"),
    (ADJ, "Support patients to prepare for and reflect on meal support sessions led by the dietetic team.", "partly-met"),
    (ADJ, "Lead meal support sessions on the ward.", "not-met"),
    (ADJ, "Provide wound care and foot care at the weekly street clinic.", "not-met"),
    (ADJ, "Support people and give medication at groups run by the nurses.", "not-met"),
    # --- a clinician helped with starting a medication, named by a verb ("Assist the physician with
    # initiating buprenorphine"): the clinician's task, the post in a supporting position (set109 kj15) ---
    (ADJ, "- Help the prescriber in starting methadone, explaining each step to patients.", "partly-met"),
    (ADJ, "- Support the ED doctors with commencing naltrexone.", "partly-met"),
    # twins: starting something that is no medication
    (ADJ, "- Help patients with starting a new hobby.", "met"),
    (ADJ, "- Assist the team with starting a peer group.", "met"),
    # --- a clinical task that is the means of the support, a gerund after "by" or "through" (`gerund-preps`:
    # "Assist the psychiatrist by monitoring medication side effects"): the post does the task itself, not in
    # a supporting position;
    # and non-adherence reported to the team is compliance monitoring (set106 kg14) ---
    (ADJ, "- Help the GP by checking blood pressure at the drop-in.", "not-met"),
    (ADJ, "- Support the community nurse by monitoring side effects of medication.", "not-met"),
    (ADJ, "- Assist the practice nurse through checking blood glucose levels.", "not-met"),
    (ADJ, "- Flag any non-compliance with medication to the care co-ordinator.", "not-met"),
    (ADJ, "- Report non-adherence with treatment plans to the team.", "not-met"),
    # twins: the task supported, not done; a workplace rule's non-compliance
    (ADJ, "- Support the community nurse with monitoring side effects of medication.", "partly-met"),
    (ADJ, "- Report any non-compliance with health and safety rules to your manager.", "met"),
    # a question to the reader with its kind named, then prose naming a peer staff title: no reply,
    # so the question wants it (partly met); a real reply still decides
    (LE, "Do you have lived experience of mental health challenges as a young person? Our Youth Lived Experience Workers offer peer relationships built on mutuality.", "partly-met"),
    (LE, "Do you have lived experience of gambling harm? Our Senior Lived Experience Workers lead the team.", "partly-met"),
    (LE, "Do I need lived experience to apply? Lived experience of psychosis is essential.", "met"),
    (LE, "Is lived experience required? No, our Senior Lived Experience Workers will train you.", "not-met"),
    # a question to the reader, then a paragraph that names lived experience with no level of its own
    # (no yes or no, no requirement, no preference): no reply, so the question still wants it
    (LE, "Do you have lived experience of homelessness?\n\nA history of homelessness is never a barrier to applying.", "partly-met"),
    (LE, "Are you someone with your own experience of addiction?\n\nLived experience of addiction will not automatically exclude you.", "partly-met"),
    (LE, "Do you have your own experience of an eating disorder?\n\nLived experience of an eating disorder will never stop you applying.", "partly-met"),
    # twins: a reply that opens with a no, or gives a level, still decides
    (LE, "Do I need lived experience?\n\nNo. A history of addiction will not automatically exclude you.", "not-met"),
    (LE, "Do you have lived experience of psychosis?\n\nLived experience of psychosis is welcome but not essential.", "not-met"),
    (ADJ, "A Certificate in Mental Health First Aid is essential.", "met"),
    (ADJ, "Certificate IV in Mental Health Peer Work is essential.", "met"),
    (LE, "Essential: you have supported families with complex needs in a professional role.", "not-met"),
    (LE, "Essential: experience of caring for children in a nursery setting.", "not-met"),
    (LE, "You will work with parents of children with autism; a driving licence is essential.", "not-met"),
    (LE, "Essential: you have cared for a family member with a mental health condition.", "met"),
    # --- the kind named in the list that completes the requirement ("... experience of:") ---
    (LE, "Applicants must have personal lived experience of:\n\n- a serious mental illness\n- using public behavioral health services", "met"),
    (LE, "Kaimahi must bring lived experience of one or more of the following:\n\n- homelessness or insecure housing\n- the youth justice system", "met"),
    # twins: a list that starts another requirement, or follows another sentence, names no kind
    (LE, "Applicants must have lived experience and the following:\n\n- knowledge of drug and alcohol services", "partly-met"),
    (LE, "You must have lived experience. You will also need:\n\n- knowledge of mental health services", "partly-met"),
    # what other people bring: volunteers in a paid post's advert, or workers counted by "many" or "some"
    # (holdout blind161 mv04 and blind164 my03, named after their final measure)
    (LE, "Peer volunteers bring their own lived experience of recovery, and you will support them.", "not-met"),
    (LE, "Many excellent workers bring their own experience of recovery.", "not-met"),
    (LE, "Some staff draw on their own lived experience of mental distress.", "not-met"),
    # twins: the post's own kind of worker, or the applicant
    (LE, "Our peer workers bring their own experience of recovery.", "partly-met"),
    (LE, "You will bring your own lived experience of recovery.", "partly-met"),
    # "need" with the lived experience as its object is a requirement ("You need lived experience of ...")
    (LE, "You need lived experience of mental health challenges and recovery.", "met"),
    (LE, "Applicants need a personal experience of recovery from addiction.", "met"),
    (LE, "You'll also need your own experience of using mental health services.", "met"),
    # twins: a bare "you need" of something else, or a question
    (LE, "If you need adjustments, lived experience of mental health challenges is welcome.", "not-met"),
    (LE, "Everything you need to know: lived experience of recovery would be great.", "not-met"),
    (LE, "Do you need lived experience of psychosis to apply? No, we welcome everyone.", "not-met"),
    # --- (review of 58080b37) a "need" that is a condition or someone else's belief ("If you need a lived
    # experience mentor, ...", "You may feel you need ...", "Nobody expects that you need ..."), and one
    # beside a desirable cue in its clause ("Ideally, you will also need ..."): no requirement ---
    (LE, "If you need a lived experience mentor during your first months, we will arrange one.", "not-met"),
    (LE, "You may feel you need lived experience of mental distress to apply, but you don't.", "not-met"),
    (LE, "Nobody expects that you need lived experience of addiction to apply.", "not-met"),
    (LE, "Ideally, you will also need your own experience of recovery from addiction.", "not-met"),
    # twins: the employer's own belief, "need" after "also", and a plain need stay requirements
    (LE, "We believe you need lived experience of psychosis to do this work well.", "met"),
    (LE, "Applicants will also need lived experience of homelessness.", "met"),
    (LE, "To apply, you need lived experience of using mental health services.", "met"),
    # --- plain text: a heading underlined with "=" or "-" (a setext heading) is a heading that ends the
    # "Desirable:" section before it, not a paragraph under it ---
    (LE, "Essential:\n- Good listening skills\n\nDesirable:\n- A driving licence\n\nYour experience\n===============\nLived experience of psychosis is what matters most to us.", "partly-met"),
    (LE, "Desirable:\n- A driving licence\n\nAbout the person\n----------------\nLived experience of self-harm is central to this post.", "partly-met"),
    # twins: a rule under a sentence or an item is no underline; a sub-label ("Lived experience") right
    # under "Desirable:" still takes its level, underlined or not
    (LE, "Desirable:\n- A driving licence\n\nLived experience of self-harm.\n-------------------------------", "not-met"),
    (LE, "Desirable:\n- A driving licence\n- Lived experience of self-harm.\n---------------", "not-met"),
    (LE, "Desirable:\n\nLived experience\n----------------\nLived experience of psychosis.", "not-met"),
    # --- the person specification decides over prose that wants lived experience ---
    (LE, "Do you have lived experience of psychosis? Come and talk to us.\n\nDesirable\n\n- Lived experience of mental health challenges", "not-met"),
    (LE, "We want to hear from people with lived experience of addiction.\n\nDesirable: lived experience of recovery from addiction.", "not-met"),
    (LE, "Our peer navigators draw on their own experience of homelessness.\n\nPreferred Qualifications\n\n- Lived experience of homelessness", "not-met"),
    # twins: prose "would be desirable" is not the specification; essential in the spec is met
    (LE, "We want to hear from people with lived experience of addiction. Lived experience of recovery would be desirable.", "partly-met"),
    (LE, "Do you have lived experience of psychosis?\n\nEssential\n\n- Lived experience of mental health challenges", "met"),
    # --- the peer's family's story (family and carer peer work) ---
    (PP, "Where it helps, you will share pieces of your own household's journey with the parents you meet.", "partly-met"),
    (PP, "You will share some of your whānau's story when it will help another whānau.", "partly-met"),
    # --- a bare "storytelling" is a method, a group or a workshop, not the worker's disclosure; only the
    # worker's own storytelling ("your own storytelling", "storytelling about your own recovery") is ---
    (PP, "You will run a digital storytelling workshop for young people.", "not-met"),
    (PP, "Co-facilitate creative writing and storytelling sessions.", "not-met"),
    (PP, "Training in safe storytelling is provided.", "not-met"),
    # twins: the storytelling is the worker's own
    (PP, "You will use your own storytelling to build trust.", "partly-met"),
    (PP, "Where it helps, offer storytelling about your own recovery.", "partly-met"),
    (PP, "Carer peer workers tell their own family's story of the mental health system.", "partly-met"),
    # twins: the family members served sharing their story
    (PP, "You will help parents share parts of their family's story with the school.", "not-met"),
    (PP, "You will support carers to share their own family's experience with the ward team.", "not-met"),
    # --- hiring stages that are not the panel: references and visits ---
    (PANEL, "After the interview we take up two references, including one from a peer.", "not-met"),
    (PANEL, "Successful candidates at interview must supply referees, one of whom is a person with lived experience.", "not-met"),
    (PANEL, "The selection process involves an interview with the manager and two references, one from a peer specialist who knows you.", "not-met"),
    (PANEL, "The recruitment process includes a site visit where you will meet our peer support workers.", "partly-met"),
    (PANEL, "You will be interviewed by the manager; you are welcome to visit the ward beforehand to meet our consumer workers.", "partly-met"),
    # twins: the panel named before the references, or after the visit, still holds the peers
    (PANEL, "Your interview panel will include a peer worker, and we will then take up references.", "met"),
    (PANEL, "References are checked after an interview with a panel that includes a peer worker.", "met"),
    (PANEL, "After a ward visit, you will be interviewed by a panel that includes one of our peer support workers.", "met"),
    (PANEL, "After an informal chat with the manager, you will be interviewed by a panel that includes a kaimahi with lived experience.", "met"),
    # --- the post's current holders help choose: peers in selection ---
    (PANEL, "We want the people already doing this work to help choose who joins them.", "met"),
    (PANEL, "The people already in the role help decide who gets the job.", "met"),
    (PANEL, "Interviews are held by the service manager and a current post holder.", "met"),
    # twins: choosing who joins a group is not hiring; references from post holders are not the panel
    (PANEL, "You will help choose who joins our groups each week, alongside the people already doing this work.", "not-met"),
    (PANEL, "After the interview we ask for references, one of them from someone already in the role.", "not-met"),
    # --- a question about who selects, answered in the next sentence or line (an FAQ) ---
    (PANEL, "Who will be on the interview panel? Our clinical lead and one of our consumer peer workers.", "met"),
    (PANEL, "Who will interview me?\n\nThe team leader and a peer mentor from our Hamilton service.", "met"),
    # twins: the answer names no peer; the answer to another question
    (PANEL, "Who sits on the shortlisting panel? The Operations Manager and a member of HR.", "not-met"),
    (PANEL, "Who will interview me? The manager. Peer workers run the Tuesday group.", "not-met"),
    (PANEL, "What happens at interview? You will meet a peer worker for a cup of tea.", "partly-met"),
    # --- classes found on the blind sets of invented adverts (tests/invented/set5-set9) ---
    # --- peers score a stage of selection ("... who will score it as part of the selection") ---
    (PANEL, "Stage one is a walk-and-talk with two of our lived experience mentors, who will mark it as part of "
            "the recruitment. Stage two is an interview with the Service Manager.", "met"),
    (PANEL, "Our peer navigators score the group exercise, which is a stage of the hiring process.", "met"),
    (PANEL, "Stage one is a conversation with the Team Leader, who will score it as part of the selection.", "not-met"),
    # --- the panel's make-up stated with "is" / "will be" / a colon ---
    (PANEL, "The hiring panel will be our Clinical Director and a Peer Support Specialist from the crisis team.", "met"),
    (PANEL, "Our interview panel: the Team Leader and a Lived Experience Practitioner. Candidates also give a "
            "short presentation.", "met"),
    (PANEL, "The panel is the Area Manager, the Consumer Consultant and a member of our consumer advisory group.", "met"),
    (PANEL, "The interview panel will be the Service Manager and the Clinical Lead.", "not-met"),
    # --- reading, screening or scoring the applications is shortlisting ---
    (PANEL, "All applications will be screened by members of our peer workforce.", "met"),
    (PANEL, "Two lived experience practitioners read every application before we decide who to invite.", "met"),
    (PANEL, "Applications are read by the HR team.", "not-met"),
    # twins: the applicant joins the peers; "we" read the applications
    (PANEL, "Applications are reviewed on a rolling basis, so apply early to join our peer team.", "not-met"),
    (PANEL, "Interviews will be held in May, so apply early to join our lived experience team.", "not-met"),
    (PANEL, "We review all applications within two weeks and will tell you if you are shortlisted to join our "
            "peer workforce.", "not-met"),
    (PANEL, "Two of our peer mentors will join the manager for your interview.", "met"),
    # --- an informal part and a panel with peers in one sentence: the panel part decides ---
    (PANEL, "Candidates will have an informal coffee with the team and then a formal interview alongside two of "
            "our peer mentors.", "met"),
    (PANEL, "Shortlisted people are invited for a tour of the hub, followed by an interview with the manager and "
            "a youth peer worker.", "met"),
    # twins: the peers are in the informal part, or no one with lived experience is on the panel
    (PANEL, "Candidates will have a formal interview with the manager and then an informal chat with two of our "
            "peer workers.", "partly-met"),
    (PANEL, "Our consumer reference group helped shape the interview questions, and one member will show you "
            "around before your interview with the Team Leader and Practice Manager.", "partly-met"),
    # --- interviews held by people who include a lived experience group ---
    (PANEL, "Interviews will be held by the Service Lead and two members of our Carer Advisory Group, who have "
            "cared for someone with mental ill health.", "met"),
    (PANEL, "Interviews are held by our Peer Team Leader and a member of the Whānau Advisory Rōpū.", "met"),
    (PANEL, "Interviews will be held by the Service Lead and the HR Manager.", "not-met"),
    # --- interviews given by people named after a participle other than "held" or "led"
    # ("co-delivered", "facilitated", "co-hosted by"): the people who interview (blind set 110) ---
    (PANEL, "Interviews are co-hosted by a peer worker and the ward manager.", "met"),
    (PANEL, "The selection interview is facilitated by our Lived Experience Lead.", "met"),
    (PANEL, "Interviews for this post are co-delivered by a Senior Peer Specialist and HR.", "met"),
    # twins: the participle's people are staff only; a group task facilitated by them is another way
    (PANEL, "Interviews are delivered by the ward manager and a psychologist.", "not-met"),
    (PANEL, "Shortlisted candidates join a group discussion facilitated by two experts by experience, then an "
            "interview with the manager.", "partly-met"),
    # --- people made part of another group (a stakeholder group, an advisory panel) on the day of the
    # interview: the membership's object is that group, not the interview (blind set 112) ---
    (PANEL, "Experts by experience will join a reference group on the day of the interviews.", "partly-met"),
    (PANEL, "People with lived experience will be part of a stakeholder forum on interview day.", "partly-met"),
    (PANEL, "Experts by experience sit on an advisory panel during the interviews.", "partly-met"),
    # twins: the membership's object is the panel itself
    (PANEL, "Consumers will be part of the selection panel on the interview day.", "met"),
    (PANEL, "Two peer workers will be part of the interview panel alongside a stakeholder group.", "met"),
    # --- "peer" naming a topic is not people in selection; interviews that are the peers' work ---
    (PANEL, "The interview panel is the Team Leader and the Deputy Manager. Candidates will give a short "
            "presentation on peer supervision.", "not-met"),
    (PANEL, "Shortlisted candidates will give a short presentation to our peer workers.", "partly-met"),
    (PANEL, "Peer researchers carry out interviews with research participants across the region.", "not-met"),
    # --- "with" joining people to other work (the role's design) while they wrote the questions ---
    (PANEL, "This position description was shaped with our youth council, who also helped write the "
            "interview questions. You will be interviewed by the Team Leader and a psychologist.", "partly-met"),
    (PANEL, "The role was developed alongside our whānau advisory group, who helped draft the interview questions.",
     "partly-met"),
    # --- a panel member named by the group they come from ("a parent from our advisory council") ---
    (PANEL, "Candidates meet with a panel that includes a Youth Peer Mentor and a young person from our "
            "Youth Advisory Council, along with the Clinical Manager.", "met"),
    (PANEL, "Shortlisted applicants meet a panel made up of the Service Manager and two members of our "
            "Consumer Reference Group.", "met"),
    # twins: the group met in an activity beside the interview is another way, not the panel
    (PANEL, "Finalists will run a short activity with members of our Youth Advisory Council, then have an "
            "interview with the Hub Manager and a counsellor.", "partly-met"),
    (PANEL, "The panel is the manager and a psychologist. You will also meet our Consumer Advisory Group informally.",
     "partly-met"),
    # twins: the same people also on the panel
    (PANEL, "Our peer workers, who helped write the interview questions, will sit on the panel alongside the manager.",
     "met"),
    (PANEL, "The interview questions were written with our carers' forum, and a carer peer worker joins the "
            "manager on the panel.", "met"),
    # --- hope worded as the belief that recovery happens ---
    (PP, "Our work is rooted in mutual aid: we believe everyone can recover.", "partly-met"),
    (PP, "Our team knows that people do recover from addiction, whatever their history.", "partly-met"),
    (PP, "Recovery happens, and our kaimahi are living proof of it.", "partly-met"),
    (PP, "We know recovery is achievable for every young person who walks through our door.", "partly-met"),
    # twins: recovering money or things is not recovery
    (PP, "Everyone can recover travel expenses through the payroll system.", "not-met"),
    (PP, "You will help people recover lost benefits and identity documents.", "not-met"),
    # --- blind set 8 ---
    # --- an adverb between the passive and "by": "done jointly by" puts its people in selection ---
    (PANEL, "Shortlisting is carried out jointly by our Whānau Peer Lead and the Service Manager.", "met"),
    (PANEL, "Interviews are usually conducted by a Certified Peer Specialist and the Program Director.", "met"),
    (PANEL, "Applications will be shortlisted together by a lived experience practitioner and HR.", "met"),
    # twins: the same adverb with no peer among the people
    (PANEL, "Shortlisting is carried out jointly by the Service Manager and the HR Advisor.", "not-met"),
    (PANEL, "Interviews are usually conducted by the Program Director and the Clinical Supervisor.", "not-met"),
    # --- the questions written with people, in the passive: designing selection, not the panel ---
    (PANEL, "Our interview questions were written with input from tangata whai ora who use our service. You "
            "will be interviewed by the Team Leader and the Practice Manager.", "partly-met"),
    (PANEL, "The selection tasks have been co-designed in consultation with our Youth Advisory Council; "
            "interviews are with the Operations Manager.", "partly-met"),
    (PANEL, "People with lived experience of addiction have a say in the interview questions. Interviews are "
            "held by the Clinical Director.", "partly-met"),
    # twins: the people also score, or sit on the panel; or the questions are written by managers
    (PANEL, "The interview questions are written and scored by people with lived experience.", "met"),
    (PANEL, "Our interview questions were written with input from consumers, and a consumer consultant sits on "
            "every interview panel.", "met"),
    (PANEL, "Our interview questions were written by the Team Leader. Interviews are held by the Team Leader "
            "and the HR Advisor.", "not-met"),
    # ... in one sentence, the membership ("held by", "conducted by") past ", and" or ";" in a clause with a
    # selection word of its own: that selection's, not the round of hiring's the people shape (stop 30) ---
    (PANEL, "Tāngata whaiora check the questions before each round of hiring, and interviews are held by the "
            "manager.", "partly-met"),
    (PANEL, "Consumers review the interview questions before each recruitment round; interviews are conducted by "
            "the team leader.", "partly-met"),
    (PANEL, "Our peer workers shape the questions for each round of recruitment, and interviews are led by the "
            "clinical lead.", "partly-met"),
    # twins: the later clause's membership names a peer, or the people sit on the round themselves
    (PANEL, "Tāngata whaiora check the questions before each round of hiring, and interviews are held by the "
            "manager and a peer worker.", "met"),
    (PANEL, "Tāngata whaiora sit on every round of hiring, and interviews are held by the manager.", "met"),
    # --- a presentation to people who use services, "followed by" a panel of others ---
    (PANEL, "Shortlisted applicants will present a short case study to members of our Carer Reference Group, "
            "followed by a panel interview with the Area Manager and the Deputy Director.", "partly-met"),
    (PANEL, "Candidates give a ten-minute talk to our Youth Advisory Group, followed by an interview with the "
            "Chief Executive.", "partly-met"),
    # twins: the panel after "followed by" includes a peer; a panel that selects "by" itself
    (PANEL, "Candidates give a short presentation, followed by a panel interview with a peer support worker "
            "and the manager.", "met"),
    (PANEL, "After a short presentation you will be interviewed by a panel of peer mentors and managers.", "met"),
    (PANEL, "Applicants will present a case study to the Team Leader and the HR Advisor.", "not-met"),
    # --- adjacent experience with a qualifier offered in place of lived experience ---
    (LE, "Essential: lived experience of problem gambling, or significant experience supporting people affected "
         "by gambling harm.", "not-met"),
    (LE, "You must have lived experience of psychosis, or substantial experience in a mental health support "
         "role.", "not-met"),
    (LE, "Required: personal lived experience of homelessness, or proven experience working alongside peer "
         "navigators.", "not-met"),
    # twins: the same experience asked for as well as lived experience; alternatives that are kinds
    (LE, "Essential: lived experience of problem gambling, and significant experience supporting people "
         "affected by gambling harm.", "met"),
    (LE, "You must have lived experience of psychosis, or of an eating disorder, or both.", "met"),
    # --- blind set 9 ---
    # --- respect that is mutual inside the peer relationship is mutuality ---
    (PP, "You will build relationships of mutual respect with the young people you walk alongside.", "partly-met"),
    (PP, "Offer whānau a partnership grounded in mutual respect and trust.", "partly-met"),
    (PP, "Create supportive connections based on mutual respect with veterans in the program.", "partly-met"),
    # twins: mutual respect as the organisation's value names no peer relationship
    (PP, "We foster a culture of mutual respect across all our teams.", "not-met"),
    (PP, "Our values are integrity, mutual respect and courage.", "not-met"),
    # --- respect or trust that is mutual between peers and the people they support ---
    (PP, "Our work is built on mutual respect between people who use drugs.", "partly-met"),
    (PP, "We practise mutual trust among peers and participants at the drop-in.", "partly-met"),
    (PP, "We build mutual respect and trust with the people we support.", "partly-met"),
    (PP, "Our approach rests on mutual respect between peer workers and the people who use our service.", "partly-met"),
    (PP, "You will build relationships where respect goes both ways.", "partly-met"),
    (PP, "In our groups, learning flows both ways between kaimahi and tāngata whaiora.", "partly-met"),
    # twin: between colleagues it is the organisation's value
    (PP, "A culture of mutual respect between teams.", "not-met"),
    (PP, "We foster mutual respect between colleagues and managers.", "not-met"),
    # --- disclosure: a part of the story shared, with no owner or a kind before the noun ---
    (PP, "Shares elements of personal recovery experience purposefully, when it is likely to help.", "partly-met"),
    (PP, "Where it helps, you will share parts of your own caring story purposefully and safely.", "partly-met"),
    (PP, "Share aspects of lived experience where it may help a rangatahi feel less alone.", "partly-met"),
    # how one's own story is used: "one's" or no owner, the adverb after the noun or before the verb
    (PP, "Purposeful sharing of one's own recovery story is part of the job.", "partly-met"),
    (PP, "Uses personal recovery experience purposefully to build connection.", "partly-met"),
    (PP, "Draws on personal experience of recovery intentionally, when it serves the participant.", "partly-met"),
    (PP, "Judiciously shares personal lived experience with veterans.", "partly-met"),
    (PP, "Tells parts of their own story with care.", "partly-met"),
    (PP, "Offers their own journey strategically to build trust with tāngata whaiora.", "partly-met"),
    # twins: experience with no owner's qualifier (professional experience); a case history
    (PP, "You will use your experience thoughtfully to plan activities.", "not-met"),
    (PP, "Use the case history carefully when planning care.", "not-met"),
    (PP, "Help residents tell parts of their own story to the tribunal.", "not-met"),
    # twins: the people served share their story; a part of something that is not a story
    (PP, "You will help clients share parts of their own recovery story with the group.", "not-met"),
    (PP, "You will share parts of the team's work plan with partners.", "not-met"),
    # --- (endA35, set186 nu15) a part of the worker's story shared with a manner word, the owner and the story's
    # kinds between ("share parts of their own housing story intentionally") ---
    (PP, "Mentors share some of their own justice and reentry story deliberately, to build trust.", "partly-met"),
    (PP, "Kaimahi share aspects of their personal housing journey thoughtfully with whānau.", "partly-met"),
    # twins: the people served share theirs; a part of something that is no story
    (PP, "You will support tenants to share some of their own housing story thoughtfully.", "not-met"),
    (PP, "Residents share parts of their own housing story intentionally at our tenant forum.", "not-met"),
    (PP, "You will share parts of the team's annual plan intentionally with partners.", "not-met"),
    # --- disclosure: the part of the story before "to share" ("how much of your story to share") ---
    (PP, "You decide how much of your own journey to share, and when.", "partly-met"),
    (PP, "Kaimahi judge which parts of their recovery story to disclose to each person.", "partly-met"),
    (PP, "You'll choose what aspects of your lived experience to share with young people.", "partly-met"),
    # twin: sharing something that is not the peer's story
    (PP, "Tenants decide how much of their weekly budget to share with housemates.", "not-met"),
    # --- self-help fellowships to refer people to ("mutual-aid meetings") are not mutuality ---
    (PP, "Refer participants to mutual-aid meetings such as AA, NA or SMART Recovery.", "not-met"),
    (PP, "Introduce tangata whaiora to mutual-help groups and other community supports.", "not-met"),
    (PP, "Help clients find local mutual-support groups, e.g. Gamblers Anonymous.", "not-met"),
    (PP, "Connect members with mutual support meetings across the region.", "not-met"),
    # twins: mutual support inside the peer relationship stays mutuality
    (PP, "Peer work rests on mutual support between people who share lived experience.", "partly-met"),
    (PP, "You will offer mutual, two-way support to the young people you meet.", "partly-met"),
    # --- a possessive and "own" before the story, then how it is used: disclosure ---
    (PP, "Use your own story with care when it helps someone see a way forward.", "partly-met"),
    (PP, "Peer mentors use their own experience strategically to build trust with tenants.", "partly-met"),
    (PP, "Tell your own story with purpose at community recovery events.", "partly-met"),
    # twins: the story is someone else's, or nothing says how it is used
    (PP, "Help tenants use their own story with purpose when they speak to landlords.", "not-met"),
    (PP, "Read your own story back to the team at the weekly meeting.", "not-met"),
    # --- the kind of experience between its owner and the noun: disclosure ---
    (PP, "Share personal recovery experiences when appropriate to build trust.", "partly-met"),
    (PP, "You will share your own caring experience with parents new to the service.", "partly-met"),
    (PP, "Sharing their own military story, our Veteran Peer Mentors open doors.", "partly-met"),
    # twins: the people served share their own experience
    (PP, "Help carers share their own caring experience with commissioners.", "not-met"),
    (PP, "Support veterans to share their military story with their families.", "not-met"),
    # --- a contract's prospects are not hope ---
    (PP, "Fixed term to 30 June (funding-dependent, with hope of extension).", "not-met"),
    (PP, "This is a 12-month post; we have every hope for further funding.", "not-met"),
    # twins: hope as practice in the same advert
    (PP, "Fixed term, with hope of extension. You will help carers find hope.", "partly-met"),
    (PP, "A one-year contract with hope for renewal. You will model hope that recovery is possible.", "partly-met"),
    # --- blind set 10 ---
    # --- how the story is used, before "use of", a possessive and "own": disclosure ---
    (PP, "Coaches make careful, deliberate use of their own story when it helps a young person.", "partly-met"),
    (PP, "The role calls for safe and considered use of your own lived experience with whānau.", "partly-met"),
    (PP, "Veteran mentors make thoughtful use of their own journey in conversations at the post.", "partly-met"),
    # twins: the use is of something else, or the story is the people's own
    (PP, "Careful, deliberate use of your own car is reimbursed at 45p a mile.", "not-met"),
    (PP, "Help tenants make considered use of their own budget each month.", "not-met"),
    # --- "draw on" the worker's own or that experience, then how: disclosure ---
    (PP, "You will draw on your own experience purposefully and safely, with the person at the centre.", "partly-met"),
    (PP, "The ability to draw on that experience safely and with good judgement.", "partly-met"),
    (PP, "Draw upon your own story with purpose when it helps a parent feel less alone.", "partly-met"),
    # twin: plain "draw on your lived experience" wants lived experience, it is not disclosure
    (PP, "You will draw on your lived experience to support people in the community.", "not-met"),
    # --- the experience's kind after "of", then a comma and how it is used: disclosure ---
    (PP, "You will use your lived experience of homelessness, intentionally and with care, to build trust.",
     "partly-met"),
    (PP, "Draw on your own experience of the justice system, safely and skilfully, as a mentor.", "partly-met"),
    # twins: the manner is of something else in the clause, with no comma before it
    (PP, "You will use your experience of data systems to store records safely.", "not-met"),
    (PP, "Draw on your experience of NDIS plans to help participants travel safely.", "not-met"),
    # --- people a service supports named by what they are, "who use our service": a
    # presentation to them is involvement short of the panel ---
    (PANEL, "Shortlisted applicants will give a presentation to a group of parents who use our service, followed "
     "by an interview with the Operations Manager.", "partly-met"),
    (PANEL, "Candidates give a ten-minute talk to tenants who have used the project, then meet the Director "
     "for an interview.", "partly-met"),
    (PANEL, "As part of the selection day you will give a presentation to veterans who access our program. The "
     "interview panel is the Clinical Lead and a recruiter.", "partly-met"),
    # twins: the audience is not people the service supports, or they are named outside selection
    (PANEL, "Shortlisted applicants will give a presentation to a group of funders who support our service, "
     "followed by an interview with the Operations Manager.", "not-met"),
    (PANEL, "You will run a weekly group for parents who use our service. Interviews will be held with the "
     "Operations Manager.", "not-met"),
    # --- other staff who offer or run a service: the services are theirs, not the post's ---
    (ADJ, "The psychologists on site offer CBT and DBT. Your work as a peer mentor is one-to-one support.", "met"),
    (ADJ, "Our therapy staff offer counselling and DBT to every client; as a peer specialist you will host a "
     "walking group.", "met"),
    # twin: the post holder is the subject of the duty after the staff are named
    (ADJ, "Our clinical team is stretched and you offer CBT to every client.", "not-met"),
    # --- the organisation described under "About the clinic / centre / hospital": its services ---
    (ADJ, "About the centre\n\nAdults come to us for psychosocial assessments and family therapy.\n\n"
     "About the role\n\nYou will offer peer support.", "met"),
    (ADJ, "About the hospital\n\nPatients here receive diagnostic assessments and administration of medication.\n\n"
     "What you will do\n\nWalk alongside patients as a peer.", "met"),
    # twin: the post's own staff nouns under the same heading make it the post's duty
    (ADJ, "About the clinic\n\nOur peer navigators complete intake assessments for every new client.", "not-met"),
    # --- timed checks on people, observations recorded in a log or chart of any name ---
    (ADJ, "Overnight duties include two-hourly checks of residents.", "not-met"),
    (ADJ, "On awake nights you will log observations on the shift chart.", "not-met"),
    (ADJ, "Half-hourly checks on young people staying at the refuge.", "not-met"),
    # twins: negated; observations shared, not recorded in a log
    (ADJ, "You will not carry out hourly checks on guests.", "met"),
    (ADJ, "You will share your observations with the team at handover.", "met"),
    # --- addiction-practitioner registration bodies (DAPAANZ, FDAP, NAADAC) ---
    (ADJ, "DAPAANZ registration would be an advantage.", "partly-met"),
    (ADJ, "Membership of NAADAC is preferred.", "partly-met"),
    (ADJ, "Essential: registration with FDAP as an addiction practitioner.", "not-met"),
    # twin: said not to be needed
    (ADJ, "You do not need DAPAANZ registration for this role.", "met"),
    # --- disclosure in the team's or programme's own voice ("sharing of our own stories") ---
    (PP, "Our practice rests on the purposeful sharing of our own stories.", "partly-met"),
    (PP, "As a team we value the careful use of our lived experience with the people we meet.", "partly-met"),
    # twin: the sharing is of something else
    (PP, "We value the safe sharing of our data with partner agencies.", "not-met"),
    # --- a negation inside a bracketed aside does not reach past the bracket ---
    (PP, "Our commitments: mutuality (walking beside people, not ahead of them), intentional sharing of our "
     "own experiences, hope that recovery is possible, and clear boundaries.", "met"),
    (PP, "Our values: hope (never false promises), mutual relationships, boundaries and sharing your own "
     "story with purpose.", "met"),
    (ADJ, "You will walk with people (never ahead of them), give medication and record observations.", "not-met"),
    # twins: a negation before the bracket still reaches past it
    (ADJ, "You will not (at any point) give medication.", "met"),
    (ADJ, "You will not hold a caseload (as a nurse would), give medication or record observations.", "met"),
    # --- a negation inside a pair of spaced dashes does not reach past the second dash ---
    (PP, "Mentors tell their story carefully – only where it is useful, never to impress – and keep "
     "reciprocal relationships with each tenant.", "partly-met"),
    (PP, "Kaiāwhina share their own journey with intent - when it helps, not out of habit - and build "
     "relationships of mutual respect with whānau.", "partly-met"),
    # twins: a negation before the dashes still reaches past them; a hyphenated word is no aside
    (PP, "Our peer workers do not – as a rule – keep reciprocal relationships.", "not-met"),
    (ADJ, "You will never, in a one-to-one session, give medication.", "met"),
    # --- the two people stand level: an equal footing, both learning from each other ---
    (PP, "Navigators meet every veteran on an equal footing.", "partly-met"),
    (PP, "It is a connection where both people learn from one another.", "partly-met"),
    # twin: footing that is not the relationship's
    (PP, "The charity is on a sound financial footing.", "not-met"),
    # --- a little of one's own story, or what helped the worker, shared ---
    (PP, "You will offer something of your own recovery story where it might help.", "partly-met"),
    (PP, "Peer workers tell a little of their journey when it is useful to the young person.", "partly-met"),
    (PP, "You will share what helped you, when it could be useful to the family you are supporting.", "partly-met"),
    (PP, "Tell people what has worked for you in your own recovery.", "partly-met"),
    # twins: what helped the person served is theirs; sharing something that is not a story
    (PP, "Help the client share what helped them.", "not-met"),
    (PP, "You will share something of the service's history at induction.", "not-met"),
    # --- supervision or training that helps "people" (the peer staff) with their sharing ---
    (PP, "You will offer reflective supervision that helps people think about how they share their story.", "partly-met"),
    (PP, "Our training helps people decide when they share their own story.", "partly-met"),
    # twin: a serving verb with no staff development before it names the people served
    (PP, "You will help people think about how they share their story with family.", "not-met"),
    # --- hope as a belief or a message that a better future is possible ---
    (PP, "Above all, you carry the message that change is possible.", "partly-met"),
    (PP, "Support workers help tenants believe that a stable life is achievable.", "partly-met"),
    (PP, "Your story is proof that recovery from gambling harm is possible.", "partly-met"),
    # twins: a possibility of something the employer offers; one particular change
    (PP, "We believe that it is possible to work flexibly in this team.", "not-met"),
    (PP, "We will check whether the change is possible.", "not-met"),
    # --- a negated verb chain over a coordinated pair of professions before one qualification noun ---
    # --- a designated lived experience post is a requirement, though "lived experience post"
    # alone names a kind of job (not the applicant's experience) ---
    (LE, "This is an identified lived experience post for someone who has used drug and alcohol services.", "met"),
    (LE, "Desirable: two years in lived experience posts. You will run groups.", "not-met"),
    (ADJ, "You will not be required to hold a clinical or social work registration.", "met"),
    (ADJ, "Applicants will not be asked to hold a psychology or counselling degree.", "met"),
    # twin: a predicate of its own after the qualification, in a new clause
    (ADJ, "We do not offer on-site parking, and nursing registration is essential.", "not-met"),
    # --- a talk named otherwise (te reo Māori kōrero, a speech) to people who use services ---
    (PANEL, "Shortlisted candidates will give a short kōrero to a group of service user representatives before "
     "a formal interview with the Clinical Manager.", "partly-met"),
    (PANEL, "Shortlisted applicants will deliver a brief speech to a group of service users, then meet the "
     "manager for interview.", "partly-met"),
    # twins: a kōrero outside selection; a speech to people who are not service users
    (PANEL, "You will kōrero with whānau every day. Interviews are held with the Operations Manager.", "not-met"),
    (PANEL, "Shortlisted applicants will give a brief speech to the board of trustees, then meet the manager "
     "for interview.", "not-met"),
    # --- classes found on blind sets 20 and 22 ---
    # the role kept from drifting into another profession's duties: what the role is not
    (ADJ, "You will keep the peer role from drifting into case management or formal risk assessment.", "met"),
    (ADJ, "Part of this job is to guard peer work against drift into care coordination and medication rounds.", "met"),
    (ADJ, "Our kaimahi support whānau without sliding into care co-ordination.", "met"),
    # twin: the post moving into the duty is the duty
    (ADJ, "Over time the post will move into care coordination for the team.", "not-met"),
    # care co-ordinator held by another verb; named needs-assessment instruments
    (ADJ, "You will serve as care coordinator for the young people on your caseload.", "not-met"),
    (ADJ, "Each mentor works as the care co-ordinator for up to ten families.", "not-met"),
    (ADJ, "You will complete the quarterly CANS assessment for each child.", "not-met"),
    (ADJ, "Administer the ANSA with every adult at intake and discharge.", "not-met"),
    # twin: negated
    (ADJ, "You will not serve as care coordinator; the clinicians do.", "met"),
    # screening for risk with a tool; monitoring the people served for warning signs
    (ADJ, "You will complete suicide risk screening tools with every new client.", "not-met"),
    (ADJ, "Complete a risk screening questionnaire at each home visit.", "not-met"),
    (ADJ, "Monitor clients for early warning signs of relapse and report to the care coordinator.", "not-met"),
    (ADJ, "Observe residents for signs of deterioration overnight and tell the nurse in charge.", "not-met"),
    # twin: helping people notice their own signs is their own plan
    (ADJ, "You will help people notice their own early warning signs and write their own plans.", "met"),
    (ADJ, "You will monitor your own wellbeing for early warning signs and bring them to supervision.", "met"),
    # helping people follow or keep to their treatment: compliance
    (ADJ, "Helps patients understand and follow their treatment plans.", "not-met"),
    (ADJ, "You will support residents to stick to their medication regimen.", "not-met"),
    # twin: their own wellness plans
    (ADJ, "You will support people to follow their own wellness and recovery plans.", "met"),
    # information, advice and guidance; social services; health and wellbeing qualifications
    (ADJ, "Desirable: Level 3 Certificate in Information, Advice and Guidance.", "partly-met"),
    (ADJ, "An advice and guidance qualification (level 2 or above) would be an advantage.", "partly-met"),
    # ... an advice and guidance award named without "information" ("Level 3 Certificate in Advice and
    # Guidance"): an advice worker's qualification (blind142 mc23 class)
    (ADJ, "Essential\n\n- Level 2 Award in Advice & Guidance or similar\n- Good listening skills", "not-met"),
    (ADJ, "Applicants must hold a Diploma in Advice and Guidance (Level 4) to be considered in Sheffield.", "not-met"),
    (ADJ, "A Certificate in Advice and Guidance would be an advantage.", "partly-met"),
    # twins: advice given as a duty, the award not needed, or training in it offered
    (ADJ, "You will offer advice and guidance to tenants on their rights.", "met"),
    (ADJ, "You don't need a certificate in advice and guidance; we will train you.", "met"),
    # --- a sentence about selection that opens with a heading's words ("Interviews ...", "About the ...")
    # and is broken on a verb of including, an article or a conjunction, its rest on the next line: one
    # sentence, not a heading over a line (blind141 mb20 class) ---
    (PANEL, "How we hire\n\nInterviews are held by a panel that includes\none of our peer support staff.", "met"),
    (PANEL, "Selection\n\nInterview panels always include the\npeer lead and a senior peer worker.", "met"),
    (PANEL, "About the selection panel, which includes\ntwo peer workers and the team leader.", "met"),
    (PANEL, "Interviews will be run by our manager and\nan experienced peer worker from the team.", "met"),
    # twins: a real heading in the same words, and the sentence with no peer in it
    (PANEL, "Interview process\n\nThe panel is our manager and a peer worker.", "met"),
    (PANEL, "How we hire\n\nInterviews are held by a panel that includes\nthe service manager and an HR adviser.", "not-met"),
    # --- the people served helped to learn how to take part in their own planning, what else they learn
    # between ("Help families understand consent, confidentiality and how to take part in care
    # planning"): their part, not the post's clinical duty (blind141 mb15 class) ---
    (ADJ, "Support carers to understand the Mental Health Act, their rights as nearest relative and how to take "
          "part in care and treatment planning.", "met"),
    (ADJ, "Help tāngata whaiora understand their rights, the complaints process and where to take part in their "
          "treatment plans.", "met"),
    (ADJ, "Assist parents to learn about the program, its staff and when to take part in discharge planning.", "met"),
    # twins: the post holder after the people, and staff helped instead of the people served
    (ADJ, "Support families at visiting times, and you will decide with the psychiatrist when to take part in care "
          "planning.", "partly-met"),
    (ADJ, "Assist the ward manager to decide how to take part in care planning for new admissions.", "partly-met"),
    (ADJ, "A college diploma or degree in social services is an asset.", "partly-met"),
    (ADJ, "A diploma in social services would be welcome.", "partly-met"),
    (ADJ, "Essential: NZ Diploma in Health and Wellbeing (Applied Mental Health) Level 5.", "not-met"),
    (ADJ, "Essential: Certificate in Health and Wellbeing (Level 4).", "not-met"),
    # --- (adj37b) medication or health education led together with a clinician ("co-facilitate ... with the
    # unit nurse"): the clinician's teaching with the post beside them, a supporting position (set219 pc01) ---
    (ADJ, "Co-facilitate the weekly medication education group with the unit nurse.", "partly-met"),
    (ADJ, "You will co-deliver health education sessions alongside the practice nurse.", "partly-met"),
    (ADJ, "Co-lead a monthly medicines information session with the community pharmacist.", "partly-met"),
    # twins: another group with the nurse, or the education with a peer, stay met
    (ADJ, "Co-facilitate the weekly recovery group with the unit nurse.", "met"),
    (ADJ, "Co-facilitate the medication education group with a peer colleague.", "met"),
    # --- (adj37b) care plans named by their owner alone before them ("the team's", "each resident's"): the
    # post completing or preparing them is its own care planning (not met), as "complete care plans" is ---
    (ADJ, "Complete the team's care plans.", "not-met"),
    (ADJ, "Prepare each resident's care plan with them.", "not-met"),
    # twins: clinicians helped to complete them stay partly met; another plan of the team's stays met
    (ADJ, "Support clinicians to complete the team's care plans.", "partly-met"),
    (ADJ, "Complete the team's rota plans.", "met"),
    # --- (adj37b) a duty learned about, the learning words inside the duty's match where its gap stepped
    # over them ("Complete training on suicide and overdose risk assessment"): training, not the duty ---
    (ADJ, "Complete training on suicide and overdose risk assessment.", "met"),
    (ADJ, "Undertake training in self-harm and suicide risk assessments within your first month.", "met"),
    # twins: the assessment itself done by the post, also after training, stays not met
    (ADJ, "Complete the hostel's formal suicide and overdose risk assessment.", "not-met"),
    (ADJ, "Conduct suicide and self-harm risk assessments after training.", "not-met"),
    # already studying for it at entry ("or working towards it") keeps an essential one required
    (ADJ, "Essential: Certificate IV in Community Services, or working towards it.", "not-met"),
    (ADJ, "Essential: Certificate IV in Mental Health, or currently working towards it.", "not-met"),
    # --- (adj37b) a willingness to gain the qualification itself after it ("or willing to complete", "or
    # willingness to work towards it", "or a commitment to gain it"): only the willingness is asked at entry,
    # so it is no bar, as "hold or be willing to gain ..." before it is not: partly met (set214 ox05) ---
    (ADJ, "Essential: NZ Certificate in Health and Wellbeing (Level 4) or willing to complete.", "partly-met"),
    (ADJ, "Essential: Diploma of Community Services, or a commitment to gain it in your first year.", "partly-met"),
    (ADJ, "Essential: Certificate IV in Youth Work or be happy to study for one once in post.", "partly-met"),
    # twins: the willingness gains another thing, or is no route to a qualification, stays required
    (ADJ, "Essential: Registered nurse, or willingness to complete a peer support course.", "not-met"),
    (ADJ, "Essential: Certificate IV in Community Services, or willing to work weekends.", "not-met"),
    # --- the care field named before the qualification noun ("a social care qualification (NVQ 3 or
    # equivalent)") in the Desirable column: desirable (blind set 77) ---
    (ADJ, "| | Essential | Desirable |\n|---|---|---|\n| Qualifications | Good written English | A social care "
          "qualification (QCF Level 3 or equivalent) |", "partly-met"),
    (ADJ, "A health and social care diploma would be an advantage.", "partly-met"),
    # twins: required; social care experience is not a qualification
    (ADJ, "Essential: a social care qualification.", "not-met"),
    (ADJ, "Desirable: two years of social care experience.", "met"),
    # --- the professions named in brackets after the qualification noun with no "e.g." ("a related
    # diploma (Social Service Worker, Child and Youth Care) is an asset"): desirable (blind set 76) ---
    (ADJ, "Qualifications\n\n- A related diploma (Child and Youth Worker or Addictions Worker) is an asset.",
     "partly-met"),
    (ADJ, "A degree (psychology, counselling or nursing) would be advantageous.", "partly-met"),
    # twins: required; a level in the brackets is no profession
    (ADJ, "Minimum requirements: a degree (social work or nursing).", "not-met"),
    (ADJ, "A diploma (Level 5) in office administration is an asset.", "met"),
    # twins: health and safety is not a health qualification; a qualification said not to be needed
    (ADJ, "Essential: Certificate in Health and Safety at Work.", "met"),
    (ADJ, "You don't need a degree in social services to apply.", "met"),
    # a qualification that may stand in for part of another requirement is one route, not required
    (ADJ, "Minimum qualifications: two years of supervisory experience. A bachelor's degree in psychology can "
          "replace one year of the required experience.", "met"),
    (ADJ, "Required: three years' management experience; an MSW may substitute for one year of it.", "met"),
    (ADJ, "Three years of outreach experience are required. A bachelor's degree in human services may substitute "
          "for one year of the required experience.", "met"),
    # twins: the qualification is required, and what it counts towards only describes it
    (ADJ, "Required: a master's degree in social work, which may count towards the supervision hours.", "not-met"),
    (ADJ, "A master's degree in counselling is required; it may also count toward the supervised hours.", "not-met"),
    # twins: the qualification stands in for lived experience itself: adjacent experience instead
    (ADJ, "Minimum qualifications: lived experience of addiction. A bachelor's degree in psychology can replace the "
          "lived experience.", "not-met"),
    (ADJ, "A diploma in community services may be accepted in lieu of lived experience.", "not-met"),
    # a heading or label naming the panel, over the panel's make-up
    (PANEL, "Interview panel\n\nService Manager and a Lived Experience Practitioner from the team.", "met"),
    (PANEL, "Hiring committee\n\nOur Program Director, a Certified Peer Specialist and a board member.", "met"),
    (PANEL, "Your interview panel\n\n- Team Leader\n- Peer Support Worker", "met"),
    # twins: no peers under it; peers only in another way after it
    (PANEL, "Interview panel\n\nService Manager and the Deputy Director of Nursing.", "not-met"),
    (PANEL, "Interview panel\n\nThe manager and a psychologist. Candidates also meet our peer group informally.",
     "partly-met"),
    (PANEL, "Selection panel\n\nCandidates also meet our peer group informally before the panel.", "partly-met"),
    # a group of people who use services as the subject of "sit on the panel", past a relative clause
    (PANEL, "Interviews happen by phone. Three members of our Consumer Reference Group, who have used our services "
            "themselves, sit on the panel with the team leader.", "met"),
    (PANEL, "Members of our Carers Advisory Group, who all care for someone themselves, sit on the panel with our "
            "manager.", "met"),
    (PANEL, "Two parents from the Family Reference Group, who have raised children with disabilities, will also sit "
            "on the panel.", "met"),
    # twins: the group gives feedback, or sets a task beside a panel without them
    (PANEL, "Members of our Youth Advisory Council, who have lived experience, give feedback to the panel after each "
            "interview.", "partly-met"),
    (PANEL, "Our Youth Advisory Council, which meets monthly, sets a group task; the panel is the manager and HR.",
     "partly-met"),
    # a panel of another kind (stakeholder, service user) beside the interview: another way
    (PANEL, "Applicants will meet a stakeholder panel of people with lived experience before a formal interview "
            "with the Clinical Director and an HR adviser.", "partly-met"),
    (PANEL, "After the formal interview with the Service Manager, shortlisted applicants meet a service user panel "
            "made up of members of our peer network.", "partly-met"),
    # twins: a member of that panel on the interview panel; "meet a panel" names no kind of panel
    (PANEL, "The interview panel includes a member of our service user panel.", "met"),
    (PANEL, "Candidates will meet a panel that includes two peer workers.", "met"),
    # a duty's object reached from a negated verb chain ("will not be asked to report on clients'
    # compliance with ...") says what the role is not
    (ADJ, "You will not be asked to tell the court about participants' compliance with bail conditions; "
          "compliance monitoring stays with probation officers.", "met"),
    (ADJ, "Mentors are never expected to report on a resident's compliance with parole conditions.", "met"),
    # twins: a new clause after the negated one asks for the duty
    (ADJ, "You will not be asked to chair meetings, but you will report on clients' compliance with court orders.",
     "not-met"),
    (ADJ, "You are not expected to drive; you will check participants' compliance with probation conditions.",
     "not-met"),
    # standing in for permanent staff while they are away: cover, not peer work
    (ADJ, "Covering reception and welfare rounds when permanent staff are on annual leave or off sick.", "not-met"),
    (ADJ, "You will mind the switchboard while regular colleagues are away.", "not-met"),
    # twin: the same cover said not to be the post's
    (ADJ, "You will never be asked to cover reception when permanent staff are away.", "met"),
    # the team's care plans with a possessive between: a supporting clinical task
    (ADJ, "Contribute to the ward's care plans by sharing a lived experience view at reviews.", "partly-met"),
    (ADJ, "You will contribute to the team’s treatment plans in weekly meetings.", "partly-met"),
    # a team or programme of the organisation, or the organisation named with an apposition, offers
    # the clinical services: not the post's duties
    (ADJ, "Our youth outreach team offers counselling, detox support and a family program. You will run peer "
          "groups.", "met"),
    (ADJ, "The Riverbend Housing Society, Eastside Branch, provides case management and a crisis line. You will "
          "offer peer support.", "met"),
    # twin: the post holder's own duty after the team's offer
    (ADJ, "Our team offers peer groups, and you will administer medication.", "not-met"),
    # watching that doses are taken, taking medication out to people: a nursing duty
    (ADJ, "Checks that each resident's medication has been taken, as agreed with the team.", "not-met"),
    (ADJ, "You will drop in on members and watch that the doses are swallowed.", "not-met"),
    (ADJ, "Deliver medications to members in supported housing.", "not-met"),
    # twins: negated; talking about medication is not giving it
    (ADJ, "You will not be asked to check that doses are taken; the nurses do that.", "met"),
    (ADJ, "You will support people to talk about their medication with their doctor.", "met"),
    # other experience said to substitute for or replace lived experience itself
    (ADJ, "Minimum qualifications: personal experience of recovery. Three years' work in a youth service may "
          "substitute for personal experience.", "not-met"),
    (ADJ, "Essential: lived experience of addiction. Counselling experience can replace lived experience.", "not-met"),
    # twin: nothing replaces it
    (ADJ, "Nothing can substitute for lived experience, and it is essential for this post.", "met"),
    # the required experience gained "through your own recovery or through paid work": another route
    (LE, "Essential criteria\n\n- Experience of helping people with their mental health, gained through your own "
         "recovery or through paid or voluntary work in a support role.", "not-met"),
    (ADJ, "Essential criteria\n\n- Experience of helping people with their mental health, gained through your own "
          "recovery or through paid or voluntary work in a support role.", "not-met"),
    (LE, "Essential: an understanding of gambling harm, whether from your own lived experience or from "
         "professional work in a treatment service.", "not-met"),
    (ADJ, "Essential: an understanding of gambling harm, whether from your own lived experience or from "
          "professional work in a treatment service.", "not-met"),
    # twins: the other route is lived experience too (caring for a family member)
    (LE, "Essential: lived experience of psychosis, gained through your own recovery or through caring for a "
         "family member.", "met"),
    (ADJ, "Essential: lived experience of psychosis, gained through your own recovery or through caring for a "
          "family member.", "met"),
    # a qualification "accepted in place of" or able to "stand in for" another requirement (not lived
    # experience) is one route to it, not required
    (ADJ, "Requirements: two years leading a team. A diploma in community work may be accepted in place of the team "
          "leadership experience.", "met"),
    (ADJ, "Requirements: two years leading a team. A master's degree in social work can stand in for one year of that "
          "experience.", "met"),
    (ADJ, "Minimum Qualifications\n\n- Lived experience of recovery (required).\n- One year of supervisory or team "
          "lead experience. A bachelor's degree in a\n  health or social care field may substitute for the supervisory "
          "experience.", "met"),
    # twin: in place of lived experience
    (ADJ, "A diploma in community services may be accepted in lieu of lived experience.", "not-met"),
    # lived experience that "can stand in for" another requirement is optional, not required
    (LE, "Essential: two years leading a team. Lived experience of recovery can stand in for one year of that "
         "experience.", "not-met"),
    # an adjacent qualification whose level marker falls on the wrapped line of its list item
    (ADJ, "Qualifications\n - Diploma in Community Services, Youth Work or a closely related\n   discipline (required)\n"
          " - Two years of experience in outreach", "not-met"),
    (ADJ, "Qualifications\n - Bachelor's degree in Social Work or Counselling from an accredited\n   university "
          "(essential)\n - Driver's licence", "not-met"),
    (ADJ, "Qualifications\n - Diploma in Community Services, Youth Work or a closely related\n   discipline (an asset)",
     "partly-met"),
    # twin: a peer credential on the same wrapped form
    (ADJ, "Qualifications\n - Certificate IV in Mental Health Peer Work or working towards it\n   (required)\n"
          " - Driver's licence", "met"),
    # --- classes found on blind sets 23 and 24 ---
    # the US civil-service interview panel, the "oral board" (and a hiring or interview board)
    (PANEL, "Eligible candidates sit an oral examination. The oral board includes the Recovery Services Lead, "
            "herself a person with lived experience, and a county HR analyst.", "met"),
    (PANEL, "Our interview board is made up of a certified peer specialist and the clinic director.", "met"),
    # twins: a board of the same kind without peers; a board of trustees is no selection
    (PANEL, "The oral board is made up of the program manager and a human resources analyst.", "not-met"),
    (PANEL, "Our board of trustees includes two people with lived experience. Interviews are with the "
            "Operations Manager.", "not-met"),
    # a panel whose members are named by their own recovery ("all of whom are in recovery")
    (PANEL, "Our selection committee is three staff and two drop-in members, all of whom are in recovery "
            "themselves.", "met"),
    (PANEL, "You will be interviewed by the team leader and a volunteer in long-term recovery from gambling harm.",
     "met"),
    # twin: people in recovery named in another sentence, not on the panel
    (PANEL, "Interviews are held by the service manager and a nurse. The role supports people in recovery from "
            "addiction.", "not-met"),
    # a kōrero *with* people is a conversation, the interview when nothing makes it informal, and a
    # group named as where a person comes from ("a rangatahi from our Youth Advisory Group") is
    # the panel's make-up, not an activity of its own
    (PANEL, "Shortlisted applicants will have a kōrero with our Peer Team Leader and a rangatahi from our Youth "
            "Advisory Group.", "met"),
    (PANEL, "After shortlisting, you will have a korero with two of our tangata whaiora peer workers and the "
            "service lead.", "met"),
    # twins: an informal kōrero before the interview; a talk given to people
    (PANEL, "Shortlisted candidates will have an informal kōrero with our peer kaimahi, then an interview with the "
            "Clinical Manager.", "partly-met"),
    (PANEL, "Shortlisted applicants will do an informal activity with a young person from our Youth Advisory Group, "
            "then an interview with the manager.", "partly-met"),
    # lived experience required, then something else said to stand in for it in a sentence of its own
    (LE, "Essential: lived experience of mental ill health. Three years of paid community work may substitute for "
         "lived experience.", "not-met"),
    (LE, "Essential criteria:\n- Personal experience of addiction recovery. A social care diploma can be accepted "
         "in lieu of personal experience.\n- A driving licence.", "not-met"),
    # twins: the substitution denied; a substitution for another requirement
    (LE, "Essential: lived experience of mental ill health. Paid work cannot replace lived experience.", "met"),
    (LE, "Essential: lived experience of mental ill health. A degree may substitute for one year of the required "
         "work experience.", "met"),
    # --- the same substitution wrapped over two lines or list items (a PDF line, a bullet of its own:
    # "... may substitute" / "for lived experience."): the second line's mention is substitutable, not a
    # bare requirement of its heading (blind set 115) ---
    (LE, "Minimum requirements\n\n- Lived experience of gambling harm preferred.\n- Three years in youth work can "
         "substitute\n- for lived experience.\n- Own transport", "not-met"),
    (LE, "Essential criteria\n\n- Personal experience of an eating disorder\n- A counselling diploma will be "
         "accepted in lieu of\n- lived experience.", "not-met"),
    (LE, "What you need\n\nLived experience of homelessness is required.\n\nSix months on a housing helpline may "
         "be accepted instead of\n\nyour own experience.", "not-met"),
    # ... and something accepted "as an alternative to" lived experience, in a statement of its own
    (LE, "Essential\n\n- Lived experience of self-harm.\n\nWe will accept a youth work qualification as an "
         "alternative to lived experience.", "not-met"),
    (LE, "You must have lived experience of addiction.\n\nFive years in a detox unit is an acceptable "
         "alternative to your own experience.", "not-met"),
    # twins: no alternative to it; an alternative to something else
    (LE, "Essential\n\n- Lived experience of self-harm.\n\nThere is no alternative to lived experience in this "
         "role.", "met"),
    (LE, "Essential\n\n- Lived experience of self-harm.\n\nPeer support offers an alternative to clinical "
         "services for people with lived experience.", "met"),
    # twins: the split substitution denied; a line that goes on with something else; the stand-in
    # for another requirement
    (LE, "Minimum requirements\n\n- Lived experience of gambling harm is essential.\n- Youth work cannot "
         "substitute\n- for lived experience.", "met"),
    (LE, "Minimum requirements\n\n- Lived experience of gambling harm is essential.\n- Peer workers are "
         "valued\n- for lived experience they bring.", "met"),
    (LE, "Minimum requirements\n\n- Lived experience of gambling harm is essential.\n- A diploma may "
         "substitute\n- for one year of work experience.", "met"),
    # --- blind sets 20 and 22: lived experience and principles (were tests/test_le_principle_classes.py) ---
    # --- recovery with no kind named, asked of the person ("be a person in recovery", "someone in
    # long-term recovery"): partly met, not "does not ask" ---
    (LE, "Must be a person in recovery who is willing to be open about it with colleagues.", "partly-met"),
    (LE, "Applicants must be an individual in sustained recovery.", "partly-met"),
    (LE, "We are looking for someone in long-term recovery who can meet people where they are.", "partly-met"),
    (LE, "We'd love to hear from somebody in active recovery who knows the local meetings.", "partly-met"),
    # twins: the kind named makes it met; recovery of the people served is not the applicant's
    (LE, "Must be a person in recovery from a gambling or alcohol problem.", "met"),
    (LE, "You will help someone in long-term recovery to find work. A driver licence is essential.", "not-met"),
    # --- lived experience wanted of the sought person named by the post ("a leader who brings
    # their own ...", "a coordinator with personal experience of ..."): partly met ---
    (LE, "We are looking for a leader who brings their own lived or living experience of mental health challenges.",
     "partly-met"),
    (LE, "We seek an outreach coordinator with personal experience of homelessness.", "partly-met"),
    (LE, "Our ideal hire brings their own experience of recovery from problem gambling.", "partly-met"),
    # --- a requirement set by the next, short sentence that points back ("One of these is essential.") ---
    (LE, "- Lived experience of mental distress, or lived experience as whānau of someone living with distress. "
     "One of these is essential.", "met"),
    (LE, "Personal experience of problem gambling, or experience as a family member of someone with a gambling "
     "problem. Either is required for this role.", "met"),
    (LE, "Lived experience of psychosis, or experience as a carer of someone with psychosis. Both are welcome but "
     "neither is essential.", "partly-met"),
    (LE, "Lived experience of an eating disorder, or of supporting a sibling through one. Either is desirable.",
     "not-met"),
    # the same sentence after a list: it sets the level of its items ...
    (LE, "- Lived experience of mental distress\n- Lived experience as whānau of someone living with distress\n\n"
     "One of these is essential.", "met"),
    (LE, "- Personal experience of problem gambling\n- A full driver licence\n\nBoth are essential.", "met"),
    (LE, "- Personal experience of problem gambling\n- A full driver licence\n\nThese are desirable.", "not-met"),
    # ... and a choice between lived experience and work experience makes it substitutable
    (LE, "- Personal experience of problem gambling\n- Two years as a counsellor in a gambling help service\n\n"
     "One of these is required.", "not-met"),
    (ADJ, "- Lived experience of homelessness\n- 12 months as a hostel support worker\n\nEither is essential.",
     "not-met"),
    # twins: a later sentence about something else sets nothing
    (LE, "- Lived experience of self-harm. This post is based in Leeds.", "partly-met"),
    (LE, "- Personal experience of problem gambling\n- A full driver licence\n\nThis post is based in Hamilton.",
     "partly-met"),
    # --- lived experience as one item of "one of the following" beside time in a job ---
    (LE, "Minimum Qualifications:\n\nHigh school diploma or GED, AND one of the following:\n\n"
     "- Lived experience of a mental health condition; or\n- two years as a psychiatric aide in a hospital setting.",
     "not-met"),
    (LE, "You must have at least one of:\n\n- Personal experience of problem gambling\n"
     "- Eighteen months working as a support worker in a gambling help service", "not-met"),
    (LE, "Requirements:\n\n- Lived experience of addiction; or\n- 3 years as a youth worker", "not-met"),
    # twins: every item is lived experience
    (LE, "You must have one of the following:\n\n- Personal experience of psychosis\n"
     "- Experience as a carer of someone with psychosis", "met"),
    (LE, "Requirements:\n\n- Lived experience of addiction; or\n- lived experience as a parent of someone with addiction",
     "met"),
    # --- an FAQ reply that accepts applicants without lived experience on other experience ---
    (LE, "Applicants must have lived experience of psychosis.\n\nCan I apply if I do not have lived experience "
     "myself?\n\nIf you have worked for three years in a residential support service, we will consider your "
     "application.", "not-met"),
    (LE, "You must have lived experience of addiction. What if I don't have lived experience? You can still apply "
     "if you have two years of youth work experience.", "not-met"),
    # twins: the reply says no, or accepts nothing in its place
    (LE, "Applicants must have lived experience of psychosis.\n\nCan I apply if I do not have lived experience "
     "myself?\n\nNo. Lived experience is essential, and we will consider your application only if you have it.",
     "met"),
    (LE, "Applicants must have lived experience of psychosis.\n\nCan I apply without lived experience?\n\n"
     "You are welcome to apply for our volunteer roles instead.", "met"),
    (ADJ, "Applicants must have lived experience of psychosis.\n\nCan I apply if I do not have lived experience "
     "myself?\n\nIf you have worked for three years in a residential support service, we will consider your "
     "application.", "not-met"),
    (ADJ, "Applicants must have lived experience of psychosis.\n\nCan I apply without lived experience?\n\n"
     "Unfortunately not; you are welcome to apply for our other posts.", "met"),
    # --- principles: a predicate joined by ", and" shares the first one's subject (the workers),
    # so their sharing is the workers', not that of the people named as its object ---
    (PP, "Our peer mentors build equal relationships with patients, and share their personal recovery story "
     "intentionally.", "partly-met"),
    (PP, "Peer navigators sit with residents at meals, and share their own journeys purposefully.", "partly-met"),
    # twin: the people served as the subject of the second clause
    (PP, "Peer workers meet patients on the ward, and patients share their personal recovery story.", "not-met"),
    # --- principles: boundaries after a condition whose serving verb has its own subject ("where it
    # helps someone else, keep healthy boundaries") are the worker's ---
    (PP, "You will share your story where it helps someone else, keep healthy boundaries, and offer hope.",
     "partly-met"),
    (PP, "Tell your story when this supports a whānau member, hold clear boundaries and model hope.", "partly-met"),
    # twin: the people served set the boundaries
    (PP, "You will support clients to set healthy boundaries.", "not-met"),
    # --- adjacent professions, blind sets 5-9 (were tests/test_adjacent_classes.py): a negated verb
    # chain, a registration only desirable, the organisation's other programmes and other staff's work,
    # duties the lexicon had not named, clinical work in a supporting position, making sure people take
    # their treatment, support coordination, other experience as the other route, registration with a
    # professional body, cover when the team is short, qualifications named by level or field ---
    # a negated verb chain reaches every item of the list
    (ADJ, "You will not be expected to dispense medicines, take bloods or write care plans.", "met"),
    (ADJ, "Peer specialists won't be required to conduct intake assessments, administer "
          "medications or complete formal risk assessments.", "met"),
    (ADJ, "Kaimahi will not be required to undertake clinical assessments, give medication or "
          "act as care co-ordinator.", "met"),
    (ADJ, "We do not expect you to carry out enhanced observations, give medication or take bloods.", "met"),
    # a negative lead-in with a colon inside the sentence
    (ADJ, "Peer workers do not: give medication; carry out observations; complete risk assessments.", "met"),
    (ADJ, "What peer specialists don't do: dispense medications, take vital signs or write treatment plans.", "met"),
    # a colon lead-in that is not negative keeps the duties
    (ADJ, "Duties include, but are not limited to: give medication; carry out observations.", "not-met"),
    (ADJ, "You will do the following: give medication and take bloods.", "not-met"),
    # the negation of a chain stops at a new clause
    # not negated at all
    (ADJ, "You will be expected to dispense medicines, take bloods and write care plans.", "not-met"),
    # the negation ends where a new clause starts
    (ADJ, "You will not be expected to work alone, and you will administer medication at night.", "not-met"),
    (ADJ, "Nobody will be expected to drive; staff are required to give medication and take bloods.", "not-met"),
    (ADJ, "We do not need a degree, and will expect you to give medication and carry out enhanced observations.", "not-met"),
    # --- a registration that is only desirable -------------------------------------------------------
    # a registered professional (rows of EVIDENCE)
    # --- the organisation's other programmes and other staff's work ---------------------------------
    # what the organisation runs or other staff do is not the post's duty
    (ADJ, "Our trust also runs a community detox unit and a depot clinic, where nurses give medication. "
          "You will meet people in cafés and libraries.", "met"),
    (ADJ, "The Brookvale Family Association provides counselling, case management and supported housing across the "
          "valley.", "met"),
    (ADJ, "We also operate a wound care service and a supervised consumption site.", "met"),
    (ADJ, "The clinical team carries out all risk assessments and gives medication; your role is about connection.", "met"),
    (ADJ, "Psychiatrists and nurses on the ward handle medication and enhanced observations.", "met"),
    (ADJ, "The nurses will give medication and take bloods.", "met"),
    (ADJ, "Tūranga Partnership delivers case management, counselling and supported housing.", "met"),
    # a duty after the organisation is still the post's when the post holder does it
    # the post holder comes back as the subject: the duty is the post's
    (ADJ, "Our service offers counselling, and you will administer medication on home visits.", "not-met"),
    (ADJ, "Our agency runs a day centre; you will carry out enhanced observations there.", "not-met"),
    # the organisation is not the subject of the duty
    (ADJ, "As part of our service you will give medication and complete risk assessments.", "not-met"),
    # the peer among the staff who do it
    (ADJ, "Nurses and peer workers give medication together at breakfast.", "not-met"),
    # a duty given to other staff after it is not the post's
    (ADJ, "Medication and risk assessments remain the responsibility of the nursing team.", "met"),
    (ADJ, "Giving medication and physical observations sit with the ward nurses, not with peer workers.", "met"),
    (ADJ, "Clinical assessments and prescribing are the job of the psychiatrist and the GP.", "met"),
    # a relative clause does not give the post's duty away
    # a relative clause about a duty the post does
    (ADJ, "You will give medication, which remains the responsibility of the nurse in charge.", "not-met"),
    (ADJ, "Give medication and take bloods, which remain the responsibility of the nurse in charge.", "not-met"),
    (ADJ, "Assist nurses with observations, which remain the responsibility of the charge nurse.", "not-met"),
    # another team's name is not clinical work
    (ADJ, "Work closely with the case management and housing teams while keeping a peer role.", "met"),
    (ADJ, "Liaise with care management colleagues about referrals.", "met"),
    (ADJ, "Provide case management to a caseload of twelve.", "not-met"),
    # --- duties the lexicon had not named ------------------------------------------------------------
    # duties of another profession (rows of EVIDENCE)
    # the twins of those duties are not duties
    (ADJ, "Do fire safety checks of the building once a month.", "met"),
    (ADJ, "Carry out routine safety checks on the pool car.", "met"),
    (ADJ, "Coordinate the peer roster for the team.", "met"),
    (ADJ, "Other duties as assigned by your peer supervisor.", "met"),
    (ADJ, "Encourage people to keep to their own plans and goals.", "met"),
    (ADJ, "Record your observations of the group in your reflective log.", "met"),
    (ADJ, "Support the peer team with the weekly newsletter.", "met"),
    # the bare idiom is read under lived-experience-essential, not here
    (ADJ, "Essential: lived, living or learned experience of alcohol and other drug use.", "met"),
    # --- clinical work in a supporting position -------------------------------------------------------
    # clinical work in a supporting position is partly met (rows of EVIDENCE)
    # --- blind set 7: timed rounds named by two words, formal screening by instrument ---------------
    # timed rounds and formal screening are another profession's duty (rows of EVIDENCE)
    # the twins of timed rounds and screening keep the role distinct
    (ADJ, "Do fire safety checks of the building every month.", "met"),
    (ADJ, "Help people fill in the housing screening form.", "met"),
    (ADJ, "Check in with people every few hours if they want company.", "met"),
    # the same duties negated, or other staff's
    (ADJ, "You will not carry out formal screening assessments or observation rounds.", "met"),
    (ADJ, "Our nurses complete formal screening assessments and 15-minute safety rounds.", "met"),
    # --- a duty word naming another team; the organisation described by apposition ------------------
    # a team named by a duty or the organisation by apposition is not the post's duty
    (ADJ, "You will work alongside our prescribing team and the wound care clinic.", "met"),
    (ADJ, "Refer people to the community prescribing service when they ask for it.", "met"),
    (ADJ, "Link whānau with the GP practice's personal care team.", "met"),
    (ADJ, "Introduce people to the clinical assessment team at the hospital.", "met"),
    # the organisation by apposition, outside a heading about it
    (ADJ, "Brookside is a charity offering detox and prescribing in Leeds. You will meet people at the hub.", "met"),
    (ADJ, "Ridgeway is a non-profit that runs a wound care clinic and a detox unit in Calgary.", "met"),
    (ADJ, "Kelso House is a service providing personal care and counselling to older adults in Ballarat.", "met"),
    # the twins: a duty done by the post stays a duty
    # the duty word led by the post's own verb is still a duty
    (ADJ, "You will be prescribing for the team's clients.", "not-met"),
    (ADJ, "Provide care coordination services to a caseload of fifteen.", "not-met"),
    (ADJ, "Give personal care to residents of the unit.", "not-met"),
    # the post holder back as the subject after the apposition
    (ADJ, "Kelso House is a service providing housing advice, and you will give medication at the hub.", "not-met"),
    # --- the role said to exclude duties; "not required or expected to A, B" -------------------------
    # duties the role excludes say what the role is not (rows of EVIDENCE)
    # the twins: an exclusion that does not reach the duty
    # the exclusion does not reach a new clause or another sentence
    (ADJ, "The role excludes restraint, but you will give medication at breakfast.", "not-met"),
    (ADJ, "The role includes giving medication but excludes restraint.", "not-met"),
    (ADJ, "You will give medication, which is outside the scope of most peer roles.", "not-met"),
    # a chain word after a list item does not make the list negated
    (ADJ, "You will not hold a caseload, or you will give medication.", "not-met"),
    (ADJ, "You won't need a degree and will be expected to give medication and take bloods.", "not-met"),
    # a supporting position is read in the duty clause only
    # a supporting word in an earlier clause does not put the duty in a supporting position
    (ADJ, "Kelso House is a service providing peer support; you will give medication there.", "not-met"),
    (ADJ, "We help people settle in, but you will also give medication at night.", "not-met"),
    # the twin: the supporting verb in the duty's own clause
    (ADJ, "Help the charge nurse with medication rounds on the ward.", "partly-met"),
    (ADJ, "You will assist the community nurse in giving medication at home visits.", "partly-met"),
    # --- blind set 8: enforcing treatment said another way -------------------------------------
    # making sure people take or follow treatment is enforcing compliance (rows of EVIDENCE)
    # the twins: making sure without enforcing treatment
    (ADJ, "Make sure tenants have a lift to their clinic appointments.", "met"),  # no treatment to follow
    (ADJ, "Ensure families follow through on the goals they set for themselves.", "met"),  # their own goals
    (ADJ, "Make sure people know how to ask their prescriber about side effects.", "met"),
    (ADJ, "You will not be asked to make sure people take their medication.", "met"),  # negated
    # --- blind set 8: NDIS support coordination is care co-ordination ----------------------------
    # support coordination is another profession's duty (rows of EVIDENCE)
    # the twins: support coordination that is not the post's duty
    (ADJ, "Help carers work with their NDIS support coordinator.", "met"),  # someone else's role
    (ADJ, "We are a registered NDIS provider offering support coordination.", "met"),  # the organisation's service
    (ADJ, "You will provide peer support coordination across the region.", "met"),  # the peer programme
    (ADJ, "The Peer Support Coordinator role is a senior peer post.", "met"),
    # --- blind set 8: adjacent work experience as the other route ------------------------------
    # comparable or extensive work experience as the other route is not met
    (ADJ, "What we need:\n\n- Lived experience of homelessness\n- Or comparable experience gained in paid roles in housing support", "not-met"),
    (ADJ, "Lived experience of problem gambling, or equivalent experience acquired through employment in the sector.", "not-met"),
    (ADJ, "Lived experience of mental distress, or extensive experience working alongside consumer workers.", "not-met"),
    (ADJ, "Personal experience of addiction, or significant experience supporting people in AOD services.", "not-met"),
    # the twins: another lived route or experience asked for as well
    (ADJ, "Lived experience of psychosis, or significant experience of caring for someone with psychosis.", "met"),  # lived too
    (ADJ, "Lived experience of self-harm, and extensive experience working in groups.", "met"),  # both asked for
    (ADJ, "Lived experience of an eating disorder is essential. Experience gained through work in schools is welcome.", "met"),
    # --- blind set 8: registration with a professional body, named or not ------------------------
    # registration with a professional body is a professional qualification
    (ADJ, "Desirable\n\n- Registration with a professional body", "partly-met"),
    (ADJ, "Nice to have: membership of a recognised professional association such as the ACA.", "partly-met"),
    (ADJ, "Essential: registration with the relevant regulatory body.", "not-met"),
    (ADJ, "You must be registered with an appropriate professional body.", "not-met"),
    (ADJ, "You do not need registration with a professional body.", "met"),
    # --- blind set 8: a records system named after case management is not the work -------------
    # a records system named after case management is not the work
    (ADJ, "Record all contacts on the case management system within two days.", "met"),
    (ADJ, "Update the client's file in our case management database after each visit.", "met"),
    (ADJ, "You will support case management and keep notes on the system.", "partly-met"),  # the work itself
    # the twins: experience of the peer work itself is not an adjacent route
    (ADJ, "Lived experience of addiction is essential. Cert IV in Peer Work, or equivalent experience gained in a "
          "peer role, is desirable.", "met"),
    (ADJ, "Lived experience of psychosis; a peer qualification or extensive experience working as a peer specialist.", "met"),
    # experience supervising peers is still another route
    (ADJ, "Lived experience of homelessness, or considerable experience supervising peer workers.", "not-met"),
    # --- blind set 9: a range of certificate levels, care-work certificates, a qualification named
    # by its level in a health or social field -------------------------------------------------------
    # a qualification named by its levels or its level of study
    (ADJ, "Essential\n\n- Certificate III or IV in Disability, Ageing or Community Services", "not-met"),
    (ADJ, "You must hold a Cert III/IV in Individual Support.", "not-met"),
    (ADJ, "Desirable: Certificate 3 or 4 in Alcohol and Other Drugs.", "partly-met"),
    (ADJ, "Desirable\n\n- Tertiary qualification in health or social sciences.", "partly-met"),
    (ADJ, "A college diploma in the human services would be an asset.", "partly-met"),
    (ADJ, "Essential: a university degree in the behavioural sciences.", "not-met"),
    # the twins: a peer certificate or another field is not another profession
    (ADJ, "Essential\n\n- Certificate III or IV in Mental Health Peer Work", "met"),  # the peer qualification itself
    (ADJ, "Desirable: a university degree in fine art or music.", "met"),  # not a health or social field
    (ADJ, "Essential: Certificate III or IV in Hospitality.", "met"),
    # --- blind set 9: cover when the (qualified) team is short ------------------------------------
    # covering when a named team is short is not met
    (ADJ, "You will pick up support shifts when the rostered team is short.", "not-met"),
    (ADJ, "Help on the floor whenever our residential support staff are short-staffed.", "not-met"),
    (ADJ, "If the overnight team is understaffed, you will join the rota.", "not-met"),
    # the twin: a team that is not short is no cover duty
    (ADJ, "You will join the rostered team when it is back from leave.", "met"),
    # --- blind set 9: the other route opened by "Alternatively," or "Otherwise," ------------------
    # an other route opened by a sentence adverb is not met (rows of EVIDENCE)
    # the twins: a sentence adverb without work experience is no other route
    (ADJ, "Lived experience of addiction is essential. Alternatively, send us a short video instead of a letter.", "met"),
    (ADJ, "Lived experience of psychosis is essential. Otherwise, apply by post to the address below.", "met"),
    # --- blind set 9: contributing to the clinical team's plans is supporting clinical work -------
    # contributing to the clinical team's plans is partly met
    (ADJ, "Contributing to the clinical team's wellness plans and reporting back on progress.", "partly-met"),
    (ADJ, "You will contribute to the treating team’s recovery plan for each tenant.", "partly-met"),
    (ADJ, "Input into the multidisciplinary team's care planning every week.", "partly-met"),
    # the twin: the person's own plan is peer work
    (ADJ, "Support each person to write their own wellness plan, in their own words.", "met"),
    # --- the compliance pattern's objects, each one token or one phrase ---------------------------
    # ensuring people follow treatment or instructions is not met
    (ADJ, "Ensure patients follow their treatment.", "not-met"),
    (ADJ, "You will ensure that whānau are following the discharge instructions.", "not-met"),
    (ADJ, "Ensure clients follow their medication regimen after discharge.", "not-met"),
    # the twin: following a procedure of one's own is not compliance
    (ADJ, "Ensure you follow the lone working procedure on home visits.", "met"),
    # filling staffing gaps and handling medicines are duties
    (ADJ, "You may be asked to fill nursing gaps at weekends.", "not-met"),
    (ADJ, "You will handle medication for residents on the night shift.", "not-met"),
    (ADJ, "You will help fill gaps in community support for families.", "met"),  # not staffing
    # a condition on a negated clause is negated too
    (ADJ, "You will not be asked to backfill rota vacancies when the ward is short.", "met"),
    (ADJ, "Peer mentors are never used as extra staff if the hostel team is understaffed.", "met"),
    (ADJ, "You will backfill rota vacancies when the ward is short.", "not-met"),  # the twin: not negated
    (ADJ, "We do not pay overtime, but you will step in when the ward is short.", "not-met"),  # another clause
    # --- blind set 12: statutory assessments of need or capacity done by the post -----------------
    # a statutory assessment done by the post is another profession's duty
    (ADJ, "You will carry out statutory carers' assessments on behalf of the county council.", "not-met"),
    (ADJ, "Complete Care Act needs assessments for people leaving hospital.", "not-met"),
    (ADJ, "Undertake functional capacity assessments ahead of NDIS plan reviews.", "not-met"),
    (ADJ, "Conduct mental capacity assessments with tangata whai ora on the ward.", "not-met"),
    (ADJ, "You will be responsible for carers' assessments under the Care Act 2014.", "not-met"),
    (ADJ, "Lead on statutory needs assessments for the borough's young carers.", "not-met"),
    # named formal assessments of need or level of care
    (ADJ, "Complete ASAM level of care assessments for new admissions.", "not-met"),
    (ADJ, "Conduct LOCUS assessments at intake for each young adult.", "not-met"),
    (ADJ, "Complete NASC needs assessments for tāngata whaiora leaving the ward.", "not-met"),
    # the same work in a supporting position, with a possessive: partly met
    (ADJ, "Assist with carer's assessments when the social worker asks.", "partly-met"),
    (ADJ, "Support social workers with statutory needs assessments.", "partly-met"),
    # twins: a person's own assessment, or a referral to one, is not the post's duty
    (ADJ, "Help carers complete their carer's assessment forms before the council visits.", "met"),
    (ADJ, "Signpost carers to the local authority for a Care Act assessment.", "met"),
    (ADJ, "Help whānau understand their NASC assessment before the meeting.", "met"),
    (ADJ, "Knowledge of ASAM criteria and the levels of care is helpful.", "met"),
    (ADJ, "Our social workers are responsible for carers' assessments; you will offer peer support.", "met"),
    (ADJ, "The case managers complete the needs assessments, and you will walk alongside families.", "met"),
    # the twin of the twin: the post holder comes back as the subject of the duty
    (ADJ, "Social workers complete the reviews and you will complete carers' assessments too.", "not-met"),
    (ADJ, "You will not complete carers' assessments: the council's social workers do those.", "met"),
    # --- blind set 12: another profession named as the applicant's background --------------------
    # a professional background is read at the level it is asked for
    (ADJ, "A nursing or social work background is preferred but not required.", "partly-met"),
    (ADJ, "A background in counselling or psychology would be an advantage.", "partly-met"),
    (ADJ, "Ideally you will have a youth work background.", "partly-met"),
    (ADJ, "Essential: a social work background.", "not-met"),
    (ADJ, "Applicants must have a clinical background.", "not-met"),
    (ADJ, "You will have a background in occupational therapy.", "not-met"),
    # work experience in another profession, named as such
    (ADJ, "Experience as a social worker or nurse is desirable.", "partly-met"),
    (ADJ, "Desirable: previous experience working as a counsellor.", "partly-met"),
    (ADJ, "Essential: at least two years' experience as a youth worker.", "not-met"),
    # twins: other people's background, anyone's background, or one said not to be needed
    (ADJ, "Several of our team have a nursing background, and you will work alongside them.", "met"),
    (ADJ, "We welcome people from every social and cultural background.", "met"),
    (ADJ, "You do not need a nursing or social work background.", "met"),
    (ADJ, "You don't need experience as a nurse or counsellor.", "met"),
    (ADJ, "Applicants from a clinical or non-clinical background are welcome.", "met"),
    (ADJ, "People from non-medical backgrounds are encouraged to apply.", "met"),
    (ADJ, "Experience as a peer worker is desirable.", "met"),
    (ADJ, "Lived experience as a carer is essential.", "met"),
    # --- blind set 12: youth work, and a profession later in a list of fields ----------------------
    # a profession in a list of fields is a professional qualification
    (ADJ, "Desirable: a qualification in youth work or community development.", "partly-met"),
    (ADJ, "A degree in sociology, criminology or social work would be an asset.", "partly-met"),
    (ADJ, "Preferred: a diploma in child development or counselling.", "partly-met"),
    (ADJ, "Essential: a JNC-recognised youth work diploma.", "not-met"),
    # twins: a list of fields with no profession in it
    (ADJ, "Desirable: a degree in business or social sciences.", "met"),
    (ADJ, "Desirable: a qualification in music, drama or art.", "met"),
    # counted in staffing numbers with words between is cover
    (ADJ, "You will be counted in the unit's minimum staffing levels on late shifts.", "not-met"),
    (ADJ, "This post counts towards the ward's safer nursing establishment.", "not-met"),
    (ADJ, "Peer workers are included within our night shift staffing ratios.", "not-met"),
    # twins: supernumerary, said in so many words; numbers of another kind
    (ADJ, "You are supernumerary and are never counted in the ward's staffing numbers.", "met"),
    (ADJ, "You will be counted among the first peer workers in the region.", "met"),
    # helping a team deliver its clinical plans is clinical work in support
    (ADJ, "You will help the ward team to deliver the care plans agreed at each review.", "partly-met"),
    (ADJ, "Assist community staff in carrying out each client's treatment plan.", "partly-met"),
    (ADJ, "Support our crisis house nurses with implementing residents' nursing care plans.", "partly-met"),
    # twins: a team helped to deliver peer work; the person's own plan, written with them
    (ADJ, "Help the team to deliver peer groups and social outings.", "met"),
    (ADJ, "You will help people write their own recovery plans in their own words.", "met"),
    # --- panel, blind set 12 and slips noted since (were tests/test_panel_classes.py): a kind of panel
    # named after "on the", a group of the people served with a name word between, an informal activity
    # as a stage and feedback passed to the panel, people in another clause past a semicolon, a joining
    # word or a dash, "selection questions" written by people with lived experience, presenting "to" a
    # group; the people on a panel named by a seat on it, or as someone who has used services, are rows
    # of EVIDENCE ---
    # --- "on the" and a kind of panel: a seat on it --------------------------------------------------
    # twins: only staff on it, or peers said not to be on it
    (PANEL, "The service manager will be on the interview panel.", "not-met"),
    (PANEL, "Peer workers are not on the interview panel.", "not-met"),
    (PANEL, "There is no peer worker on the selection panel at present.", "not-met"),
    # --- a named group of the people served, an informal activity, feedback to the panel ---------------
    (PANEL, "Shortlisted applicants will join an informal group activity led by members of our Consumer "
            "Participation Group, followed by an interview with the Team Leader and a Psychologist.", "partly-met"),
    (PANEL, "Candidates take part in an informal workshop with young people from the Youth Action Council; "
            "their feedback is passed to the interview panel of two managers.", "partly-met"),
    (PANEL, "Before the interview there is an activity morning hosted by our Family Engagement Network, and "
            "the families' views are shared with the panel.", "partly-met"),
    # twins: a member of the group on the panel; an informal part before peers on the panel; feedback
    # from staff only
    (PANEL, "The panel includes a member of our Youth Voice Forum.", "met"),
    (PANEL, "An informal activity afternoon run by the Participation Lead comes before an interview with two "
            "peer workers.", "met"),
    (PANEL, "The interview panel is the Team Leader and a psychologist; their feedback is shared with HR.", "not-met"),
    # --- people in another clause past a semicolon are not on the panel ---------------------------------
    # a group that gives feedback, or a further meeting, beside a panel without them: partly met
    (PANEL, "Candidates meet with a panel of the Clinic Director; our Whānau Advisory Group also gives feedback.", "partly-met"),
    (PANEL, "The panel is the manager and a psychologist; candidates also meet with our peer team.", "partly-met"),
    (PANEL, "The panel is the clinical lead and the HR partner. Shortlisted applicants will also meet two of our "
            "peer navigators.", "partly-met"),
    # peers in an earlier clause of their own, not a part in selection
    (PANEL, "You will work closely with peer workers across the region; the manager will be on the interview panel.", "not-met"),
    # twins: a list of panel members set out with semicolons, and peers in the panel's own clause
    (PANEL, "The interview panel will include: the service manager; a peer support worker; and an HR advisor.", "met"),
    (PANEL, "The interview panel will include the program director; a peer specialist from the outreach team; "
            "and a board member.", "met"),
    (PANEL, "Our peer workers interview every candidate; the panel also includes the manager.", "met"),
    # a relative clause in a list item only describes the member
    (PANEL, "The panel will include the manager; a peer worker who has lived experience of psychosis; and a nurse.", "met"),
    (PANEL, "The panel will be made up of the clinic director; a person who has used our services; and an HR adviser.", "met"),
    # --- people after the panel who are the subject of another way of taking part ----------------------
    (PANEL, "Candidates meet with a panel of the Program Director, and our Parent Advisory Council also gives "
            "feedback.", "partly-met"),
    (PANEL, "You will be interviewed by the manager, and peer workers will share their impressions with the panel.", "partly-met"),
    # twins: a member of the group named on the panel; peers who do both, named before the panel or in a
    # relative clause
    (PANEL, "Interviews are with a panel of the Director and a parent from our Family Advisory Council.", "met"),
    (PANEL, "Two peer workers will meet candidates informally and sit on the interview panel.", "met"),
    (PANEL, "The interview panel includes the manager and two peer workers, who also meet candidates informally "
            "beforehand.", "met"),
    # --- "selection questions", and presenting "to" a group --------------------------------------------
    (PANEL, "People with lived experience write the selection questions.", "partly-met"),
    (PANEL, "Our youth council sets the interview tasks for every peer post.", "partly-met"),
    (PANEL, "The recruitment questions were devised by our consumer reference group.", "partly-met"),
    (PANEL, "Candidates will present to a group of people with lived experience.", "partly-met"),
    (PANEL, "Shortlisted applicants present to a group of service users before their interview.", "partly-met"),
    # twins: writing the questions and sitting on the panel; presenting to a panel with peers on it;
    # the selection criteria of a person specification are not a stage of selection
    (PANEL, "Peer workers write the interview questions and sit on the panel.", "met"),
    (PANEL, "Candidates present to a panel that includes two peer workers.", "met"),
    (PANEL, "Please address the selection criteria in your cover letter.", "not-met"),
    # --- someone who has used services is a panel member with lived experience ---
    # --- the same past a joining word or a spaced dash ---------------------------------------------------
    (PANEL, "The panel is the manager and a psychologist, but candidates also meet with our peer team.", "partly-met"),
    (PANEL, "The panel is the practice manager and a GP, while our peer workers run the induction.", "not-met"),
    (PANEL, "The interview panel is the manager and a psychologist, and our peer workers will support you in your "
            "first weeks.", "not-met"),
    (PANEL, "Interviews are with the team leader - our peer specialists lead the orientation.", "not-met"),
    (PANEL, "Interviews are with the team leader \u2014 our kaimahi lead the orientation.", "not-met"),
    # twins: a parenthesis between dashes, a clause that puts the peer on the panel itself, and lists
    (PANEL, "A peer worker - often our Peer Lead - sits on every interview panel.", "met"),
    (PANEL, "The panel includes the manager, and a peer worker will also sit on it.", "met"),
    (PANEL, "The panel includes not only the manager but also a peer worker.", "met"),
    (PANEL, "The panel is the manager, a psychologist, and a peer worker.", "met"),
    (PANEL, "Interviews are with the team leader and a peer-support worker.", "met"),
    # --- the panel's make-up stated after it: only the people in it are on the panel -------------------
    (PANEL, "Shortlisted applicants will present to our Carer Reference Group, whose views go to the interview "
            "panel of the Service Manager and Clinical Lead.", "partly-met"),
    (PANEL, "Candidates will present to the Youth Advisory Council, whose feedback is shared with the selection "
            "panel of the Program Director and HR Manager.", "partly-met"),
    # twin: the make-up names a peer
    (PANEL, "Candidates will present to the Youth Advisory Council, whose feedback is shared with the interview "
            "panel of the Program Director and a Peer Support Specialist.", "met"),
    # --- blind sets 13-15: panel and adjacent professions (were tests/test_panel_adjacent_classes3.py) ---
    # --- a negated predicate after a coordinated list reaches its first items ---
    (ADJ, "Licensure as an RSW, RPN or RN is not required for this position.", "met"),
    (ADJ, "A nursing degree, a counselling diploma, and a social work licence are not needed.", "met"),
    (ADJ, "Registration with the NMC, HCPC or BACP is not necessary.", "met"),
    (ADJ, "Licensure (LCSW, LMFT or LPCC) is not required.", "met"),
    (ADJ, "A Bachelor of Social Work, an RN or an LMHC is required, and prior experience is not essential.", "not-met"),
    (ADJ, "Registration as a nurse, social worker or psychologist is essential; a driving licence is not required.",
     "not-met"),
    # --- a qualification viewed favourably is desirable ---
    (ADJ, "Key Selection Criteria\n\n1. A Certificate IV in Alcohol and Other Drugs will be looked upon favourably.",
     "partly-met"),
    (ADJ, "Qualifications\n\n- A social work degree would be viewed favorably.", "partly-met"),
    (ADJ, "Applicants holding registration as a nurse will be regarded favourably.", "partly-met"),
    (ADJ, "Key Selection Criteria\n\n1. A Diploma of Mental Health is essential; a driver's licence will be viewed "
          "favourably.", "not-met"),
    (LE, "Lived experience of mental illness will be viewed favourably.", "not-met"),
    # --- welcome, but not required: desirable ---
    (ADJ, "About you\n\n- Applicants holding a Diploma of Counselling are welcome, but it is not essential.", "partly-met"),
    (ADJ, "A Master of Social Work is helpful, though not necessary.", "partly-met"),
    (ADJ, "A Diploma of Nursing is an advantage but not a requirement.", "partly-met"),
    (ADJ, "Tertiary qualifications in social work or psychology are welcome but not essential.", "partly-met"),
    (ADJ, "You will give medication on the ward, but a nursing qualification is not required.", "not-met"),
    (ADJ, "Experience of care coordination, while useful, is not essential.", "partly-met"),
    (ADJ, "Experience of care coordination for clients who are not required to attend is essential.", "not-met"),
    (ADJ, "A Diploma of Mental Health is required, but lived experience is not essential.", "not-met"),
    # --- a condition on a credential the applicant may hold ("If you also hold ...") asks for nothing;
    # a denial after it says what the role is not; a welcome after it is desirable (blind set 77) ---
    (ADJ, "If you already hold a counselling diploma, you won't be asked to work as a counsellor here.", "met"),
    (ADJ, "Should you also have an LCSW, you will still be hired and paid as a peer specialist.", "met"),
    (ADJ, "Whether or not you are a registered social worker, this job is peer work.", "met"),
    (ADJ, "If you also hold a Bachelor of Social Work, that would be an asset.", "partly-met"),
    # twins: the post asks for it ("only if"; "unless"; a plain "should")
    (ADJ, "You can apply only if you hold current registration as a nurse.", "not-met"),
    (ADJ, "We cannot consider you unless you hold an RPN licence.", "not-met"),
    (ADJ, "Applicants should hold a diploma of counselling.", "not-met"),
    # --- a doctorate, or a degree in public health ---
    (ADJ, "Essential: a doctorate in clinical psychology.", "not-met"),
    (ADJ, "Minimum Qualifications\n\nPhD in public health or a closely related discipline.", "not-met"),
    (ADJ, "Desirable: a Master of Public Health.", "partly-met"),
    (ADJ, "You do not need a PhD in psychology to apply.", "met"),
    # --- a contribution to the team's care planning, with what is contributed in between ---
    (ADJ, "You will contribute a lived experience view to each resident's care planning.", "partly-met"),
    (ADJ, "Contribute peer insight to the whānau's care plan.", "partly-met"),
    (ADJ, "You won't be asked to carry out risk assessments, but you will contribute your recovery perspective to "
          "the team's treatment planning.", "partly-met"),
    (ADJ, "Contributes the peer perspective at treatment planning meetings.", "partly-met"),
    (ADJ, "You will contribute lived experience insight in care planning reviews.", "partly-met"),
    (ADJ, "You will contribute a peer perspective to team meetings and service planning.", "met"),
    (ADJ, "Support consumers to prepare for and take part in care planning meetings.", "met"),
    # ... to the clinical team's plans of any name, with what is contributed between (blind138 ly06): partly
    # met; twins: a team with no clinical word and plans of a day out, the patients' own plans
    (ADJ, "You will contribute a lived experience view to the clinical team's wellness plans.", "partly-met"),
    (ADJ, "Contributes recovery insight into the treating team’s discharge plan for each consumer.", "partly-met"),
    (ADJ, "Contribute a peer voice into the MDT's support plans.", "partly-met"),
    (ADJ, "You will contribute a peer perspective to the team's away day plans.", "met"),
    (ADJ, "Help patients contribute their views to their own recovery plans.", "met"),
    # ... and the clinical team's plans of a kind that is no one's care (a rota, training, a holiday): its
    # running, not a clinical duty; twin: a plan of the people's care (crisis plans)
    (ADJ, "Contribute ideas to the care team's holiday rota plans.", "met"),
    (ADJ, "You will contribute a peer view to the nursing team's fundraising plans.", "met"),
    (ADJ, "You will contribute a peer view to the nursing team's crisis plans.", "partly-met"),
    # --- helping clinicians with outcome measures ---
    (ADJ, "Help nurses to record routine outcome measures at discharge.", "partly-met"),
    (ADJ, "Assist the clinical team with outcome questionnaires at each review.", "partly-met"),
    (ADJ, "Support clinicians to understand the value of peer work.", "met"),
    (ADJ, "Support people to complete their own wellbeing plans.", "met"),
    # --- observations with words before them; covering the floor, a handover or a break ---
    (ADJ, "Perform routine physical observations with patients after meals.", "not-met"),
    (ADJ, "Undertake the post-dinner observations in the lounge.", "not-met"),
    (ADJ, "Take and record patients' physical observations.", "not-met"),
    (ADJ, "Support nurses with routine physical observations.", "not-met"),
    (ADJ, "Cover the floor while the nurses are at handover.", "not-met"),
    (ADJ, "You will provide ward cover during staff lunch breaks.", "not-met"),
    (ADJ, "Covering the unit over meal breaks when asked.", "not-met"),
    (ADJ, "You will not complete observations or cover the floor.", "met"),
    (ADJ, "Peer workers notice how groups run and share observations with the team.", "met"),
    (ADJ, "Our service covers the whole ward and the day programme.", "met"),
    # --- the panel's make-up as a label and a list ---
    (PANEL, "Selection panel: Service Manager, Peer Support Lead and HR Business Partner.", "met"),
    (PANEL, "Hiring committee: Program Director, Certified Peer Specialist, HR Generalist.", "met"),
    (PANEL, "Interview panel – Nurse Unit Manager, Lived Experience Lead and a HR representative.", "met"),
    (PANEL, "Interview panel: Team Leader and HR Manager.", "not-met"),
    (PANEL, "Interview panel: to be confirmed; peer support training is provided.", "not-met"),
    (PANEL, "Interview panel - the manager; peer support training is provided.", "not-met"),
    (PANEL, "Interview panel: Service Manager and Clinical Lead. Peer workers run the Tuesday group.", "not-met"),
    # --- the people a service supports, named by the service ---
    (PANEL, "Young people we work with join the manager on each interview panel.", "met"),
    (PANEL, "Two of the families we've supported sit on the shortlisting panel.", "met"),
    (PANEL, "Interviews are conducted by the Program Lead and two veterans we have served.", "met"),
    (PANEL, "Interviews are held by the manager. People we support run the garden project.", "not-met"),
    # --- an informal conversation with peers is the selection when nothing else is described ---
    (PANEL, "How to apply\n\nSend us a short letter. You'll then be invited for an informal chat with two of our "
            "team, one of whom began as a peer support worker.", "met"),
    (PANEL, "HIRING PROCESS\n\nIf your application fits, we'll set up an informal conversation with our "
            "coordinator and one of our recovery coaches.", "met"),
    (PANEL, "How to apply\n\nApplicants will be invited for an informal chat with two of our peer mentors, "
            "followed by an interview with the manager.", "partly-met"),
    (PANEL, "Shortlisted applicants will be invited for an informal chat with two of our peer mentors.", "met"),
    (PANEL, "Applicants will be invited to an informal chat with two of our kaimahi peer workers. We make "
            "adjustments at every stage of the recruitment process.", "met"),
    (PANEL, "Applicants will be invited for an informal chat with two of our peer mentors before a panel "
            "interview with the manager.", "partly-met"),
    (PANEL, "For an informal chat with a peer mentor about the role, call Sam on 0400 000 000.", "not-met"),
    # ... a chat with peers ("a chat with", no "informal") under a paragraph's own selection label ("How to
    # get involved: ...", "How to apply: ...") is the selection too (blind set 139) ---
    (PANEL, "How to get involved: pop into the hub on a Wednesday. You'll have a chat with our peer lead and one of our current peer mentors.", "met"),
    (PANEL, "How to apply: fill in the short online form, and we'll organize a chat with our coordinator and one of our peer supporters.", "met"),
    # twins: a chat with staff only; a chat offered as an enquiry; a chat beside an interview
    (PANEL, "How to get involved: pop into the hub on a Wednesday. You'll have a chat with Jo, our centre manager.", "not-met"),
    (PANEL, "How to get involved: for a chat with one of our peer mentors, message us on here.", "not-met"),
    (PANEL, "How to get involved: pop into the hub on a Wednesday. You'll have a chat with our peer lead.\n\nShortlisted applicants are then interviewed by the manager.", "partly-met"),
    # ... but a duty's label is no selection label: a list item's ("- Recruitment: ..."), or one whose first
    # word names something else ("Volunteer recruitment: ..."); the post holder's chat is its work
    (PANEL, "Key duties\n\n- Recruitment: have a chat with people interested in becoming peer volunteers.", "not-met"),
    (PANEL, "Volunteer recruitment: you will have a chat with each new peer mentor before they start.", "not-met"),
    (PANEL, "Mentor hiring: once a month you'll have a chat with our peer supporters about new mentors.", "not-met"),
    (PANEL, "How to apply\n\nApplicants will give a short presentation to our peer workers.", "partly-met"),
    # Blind sets 26-28, adjacent professions and panel: observations named by their interval with a
    # word between; escorting patients on leave (a ward duty); helping people take their medication
    # and reporting missed doses (compliance); a team's clinician named by discipline and helped to
    # deliver their programme (supporting: partly met), or a ward team helped with its observations (the
    # peer still observes: not met since blind sets 29-31);
    # a yarn with a lived experience group before the interview (another way, not the panel)
    (ADJ, "Do 30-minute visual obs in the lounge overnight.", "not-met"),
    (ADJ, "Assist unit staff with bed checks and hourly welfare observations.", "not-met"),
    (ADJ, "Escort patients on section 17 leave when the nurse in charge asks.", "not-met"),
    (ADJ, "Go with the ward staff escorting young people during ground leave.", "not-met"),
    (ADJ, "Support residents to take their prescribed medication as directed.", "not-met"),
    (ADJ, "Help clients take their medicines on time each morning.", "not-met"),
    (ADJ, "Remind families to report missed doses to the prescriber.", "not-met"),
    (ADJ, "Record any skipped doses on the house chart.", "not-met"),
    (ADJ, "Support the ward team with observations.", "not-met"),
    (ADJ, "Help the unit staff with obs at night.", "not-met"),
    (ADJ, "Support the service's occupational therapist in running the cooking group.", "partly-met"),
    (ADJ, "Assist our family therapist in delivering the parenting programme.", "partly-met"),
    (PANEL, "Before the interview you will be invited to a short yarn with our Consumer Advisory Group.", "partly-met"),
    (PANEL, "Shortlisted applicants will have a yarn with members of our lived experience reference group, "
            "then an interview with the manager.", "partly-met"),
    # twins: the same words with no ward duty, no medication taken, no clinician, or on the panel
    (ADJ, "Go with people to their GP appointments and community groups.", "met"),
    (ADJ, "You will not be asked to escort patients on leave.", "met"),
    (ADJ, "We support people who take medication for psychosis.", "met"),
    (ADJ, "Support people to take part in decisions about their medication.", "met"),
    (ADJ, "Support the team in delivering the walking group.", "met"),
    (PANEL, "The interview panel includes a member of our Lived Experience Advisory Group.", "met"),
    # interviews listed beside surveys or questionnaires are the post's research methods, not selection
    (PANEL, "Our evaluation officer will design surveys, run interviews with peer workers and managers, "
            "and analyse the data.", "not-met"),
    (PANEL, "You will gather views through questionnaires and interviews with carers and peer staff.", "not-met"),
    # twins: interviews as selection, with or without a questionnaire elsewhere
    (PANEL, "Interviews are held with a panel that includes a peer worker; a written questionnaire follows.", "met"),
    (PANEL, "Shortlisting and interviews are done by the manager and a peer worker.", "met"),
    # Blind sets 29-31, adjacent professions. Observations in a supporting position stay the peer's
    # duty: "assist nursing staff with observations" still has the peer observing, and clear-soil.md
    # names observations beside restraint and medication (not met; contributing to a clinician's plan
    # is still partly met). Work on the floor set by staffing need, or another post covered while its
    # staff are away. Other experience said to give the transferable skills the post needs. Meal
    # supervision (a clinical task: partly met beside nurses). A degree named with "of" and a list of
    # fields. Compliance with a care or treatment plan. A named gambling
    # screening tool. A named clinician helped with their plans.
    (ADJ, "Assist nursing staff with physical health observations and fortnightly weight checks.", "not-met"),
    (ADJ, "Help the charge nurse with patient observations during the night shift.", "not-met"),
    (ADJ, "Support ward nurses with safety observation of patients on close watch.", "not-met"),
    (ADJ, "Act as a 1:1 sitter for patients on suicide precautions.", "not-met"),
    (ADJ, "Work on the inpatient floor when unit staffing requires.", "not-met"),
    (ADJ, "You may be asked to help on the ward if staffing levels demand it.", "not-met"),
    (ADJ, "Be rostered to the unit as staffing needs dictate.", "not-met"),
    (ADJ, "Cover reception and the intake line when office staff are on leave.", "not-met"),
    (ADJ, "Answer the front desk phones while the receptionist is away.", "not-met"),
    (ADJ, "Staff the switchboard when the administration team is absent.", "not-met"),
    (ADJ, "Mind the front desk during the lunch hour.", "not-met"),
    (ADJ, "No degree is needed. Work in a call centre or a café will give you the transferable skills you need.", "not-met"),
    (ADJ, "Your transferable skills from retail or hospitality are all we need.", "not-met"),
    (ADJ, "Support meal supervision alongside nursing staff, with a focus on encouragement.", "partly-met"),
    (ADJ, "Help dietitians and nurses with supervised meals on the unit.", "partly-met"),
    (ADJ, "Provide meal supervision for young people on the ward.", "not-met"),
    (ADJ, "Supervise meals and snacks in the dining room.", "not-met"),
    (ADJ, "Desirable: a Bachelor of Health Science, Community Work or Addiction Studies.", "partly-met"),
    (ADJ, "Essential: a Bachelor of Arts or Nursing.", "not-met"),
    (ADJ, "Desirable: a Diploma of Addiction Studies.", "partly-met"),
    (ADJ, "Support people on the unit to comply with their care plans.", "not-met"),
    (ADJ, "Help tenants stay compliant with their medication regime.", "not-met"),
    (ADJ, "Meet new callers and administer the PGSI at first contact.", "not-met"),
    (ADJ, "Support the care co-ordinator in reviewing care plans.", "partly-met"),
    (ADJ, "Help the psychologist to review treatment plans.", "partly-met"),
    # the same classes in other words: the ward's assistants or technicians, census or acuity, a float
    # to other units, front of house, a misspelt "transferrable", experience that gives the skills
    (ADJ, "Assist healthcare assistants with patient observations on the ward.", "not-met"),
    (ADJ, "Help the mental health technicians with obs during the evening.", "not-met"),
    (ADJ, "Join the unit's rounds as census requires.", "not-met"),
    (ADJ, "Float to other units when acuity demands.", "not-met"),
    (ADJ, "Cover front of house when the administrator is off.", "not-met"),
    (ADJ, "Transferrable skills from any caring job are all you need for this post.", "not-met"),
    (ADJ, "Your years in customer service give you the transferable experience we need.", "not-met"),
    (ADJ, "Keep clients compliant with their treatment.", "not-met"),
    (ADJ, "Encourage young people to comply with care plans agreed at review.", "not-met"),
    (ADJ, "A degree in a helping profession such as occupational therapy is desirable.", "partly-met"),
    (ADJ, "You must hold a degree in an allied health profession.", "not-met"),
    # twins: said not to be the post's, staffing that does not put the peer on the floor, a desk
    # that is where people are met, skills built not qualifying, a shared meal, a peer credential,
    # people's own plans
    (ADJ, "You will not be asked to assist nursing staff with observations.", "met"),
    (ADJ, "Staffing levels allow each peer worker protected time for reflection.", "met"),
    (ADJ, "Welcome people at reception and walk with them to the group room.", "met"),
    (ADJ, "Run the peer warmline phones on Tuesday evenings.", "met"),
    (ADJ, "We will help you build transferable skills for your next step.", "met"),
    (ADJ, "Transferable skills are not what qualify you for this post.", "met"),
    (ADJ, "Transferable skills are welcome, but lived experience is what qualifies you.", "met"),
    (ADJ, "Share a meal with people at the Friday community lunch.", "met"),
    # a teaching qualification is not an adjacent helping profession (tests/invented sets 2 and 3;
    # blind set 29's label on its peer trainer says partly met: see the v-y1 report)
    (ADJ, "Desirable: a teaching qualification (PGCE or equivalent).", "met"),
    (ADJ, "A Certificate IV in Training and Assessment would be an advantage.", "met"),
    (ADJ, "Desirable: a Certificate IV in Mental Health Peer Work.", "met"),
    (ADJ, "You will not be asked to make anyone comply with their care plans.", "met"),
    (ADJ, "Help people to write their own recovery plans.", "met"),
    (ADJ, "Your records must be compliant with our care plan policy.", "met"),
    (ADJ, "Peer workers are never floated to other units, even when staffing is short.", "met"),
    (ADJ, "Shifts are planned as staffing allows.", "met"),
    (ADJ, "We will not ask you to cover reception when admin staff are on leave.", "met"),
    (ADJ, "The front desk team will welcome you on your first day.", "met"),
    (ADJ, "We value people from every profession and background.", "met"),
    # --- blind sets 29-31: lived experience as use of services, an alternative qualification, another
    # programme's staff; people who shape the selection or meet candidates beside a staff-only panel ---
    # lived experience named as being a (current or former) recipient, user or consumer of services
    (LE, "Minimum Qualifications\n\nApplicants must self-identify as a past or present recipient of behavioral "
         "health or addiction treatment.", "met"),
    (LE, "Essential: you are a former user of alcohol and drug services.", "met"),
    (LE, "You must be a current or former consumer of mental health or addiction services.", "met"),
    (LE, "Applicants must be a former service user of mental health services.", "met"),
    (LE, "Essential: you have received treatment for a mental health or gambling problem.", "met"),
    # twins: the people served, after a serving verb, and a recipient of something else
    (LE, "You will support recipients of mental health services to find work.", "not-met"),
    (LE, "You will work with former users of homelessness services in their new tenancies.", "not-met"),
    (LE, "You will support people who have received treatment for a substance use disorder.", "not-met"),
    # another profession's qualification offered, after "or", in place of lived experience
    (LE, "Key selection criteria\n\n- Personal experience of recovery from mental ill health, or a Diploma of "
         "Community Services with one year's experience in the sector.", "not-met"),
    (LE, "Essential: lived experience of addiction OR hold a current nursing registration.", "not-met"),
    (LE, "Essential: lived experience of an eating disorder, or alternatively a relevant counselling qualification.",
     "not-met"),
    # twins: a qualification required beside it ("and"), a peer qualification as the other route,
    # and "and/or" naming the kind
    (LE, "Essential: lived experience of psychosis, and a Certificate IV in Mental Health or willingness to "
         "complete one.", "met"),
    (LE, "Essential: lived experience of mental distress, or a Certificate IV in Mental Health Peer Work.", "met"),
    (LE, "Essential: lived experience of mental health and/or substance use challenges.", "met"),
    # "or" inside another requirement joined by "and" / "plus" is two kinds of that qualification
    (LE, "Essential: lived experience of mental illness and a degree or diploma in nursing.", "met"),
    (LE, "Essential criteria: personal experience of addiction, plus a qualification or certificate in youth "
         "work.", "met"),
    # twins: the qualification itself after "or"; "or equivalent" after the mention
    (LE, "Essential: lived experience of mental illness, or a degree in social work.", "not-met"),
    (LE, "Essential: lived experience or equivalent.", "not-met"),
    # lived experience asked of the staff of another programme the organisation runs
    (LE, "Our health centre also runs a peer recovery service; its coaches are recruited separately and must "
         "be in recovery themselves.", "not-met"),
    (LE, "The trust also operates a recovery college whose tutors must have personal experience of mental ill "
         "health.", "not-met"),
    # twin: the applicant comes back as the subject
    (LE, "The trust also operates a recovery college, and you must have personal experience of mental ill "
         "health.", "met"),
    (LE, "Our charity also runs a peer mentoring team, and we are looking for someone with lived experience of "
         "homelessness to join it.", "partly-met"),
    # the lived experience "of" the people served is theirs, even under the selection criteria's heading
    (LE, "Key Selection Criteria\n\n- A driver licence.\n\nWe value the lived experience of our participants.",
     "not-met"),
    (LE, "Selection criteria\n\n- A driver licence.\n\nOur model honours the lived experience of the families we "
         "work with.", "not-met"),
    # twins: "of" a system names the kind of the applicant's own experience
    (LE, "You must have lived experience of the care system.", "met"),
    (LE, "Essential: lived experience of the mental health system as a patient.", "met"),
    # people who write the interview questions or run an activity, beside a panel of staff only
    (PANEL, "Tenants from our Estate Forum help us draft the interview questions. The panel is the Housing "
            "Manager and a Team Leader.", "partly-met"),
    (PANEL, "Guests from the Drop-in Council helped us write the selection questions. You will meet the "
            "Operations Manager and the Clinical Lead at interview.", "partly-met"),
    (PANEL, "Members of our Whānau Advisory Group lead a short walk around the grounds with each applicant and "
            "pass their views to the selection panel, which consists of the Team Leader and the Psychologist.",
     "partly-met"),
    (PANEL, "After the interview, young people from our Youth Council host a games session with each candidate "
            "and share their impressions with the hiring panel, which is made up of the Service Manager and a "
            "Senior Nurse.", "partly-met"),
    # twins: the relative clause puts a peer on the panel; the group sits on it
    (PANEL, "Members of our Whānau Advisory Group lead a short walk around the grounds with each applicant and "
            "pass their views to the selection panel, which will be made up of the Team Leader and a Lived "
            "Experience Practitioner.", "met"),
    (PANEL, "Tenants from our Estate Forum sit on the interview panel with the Housing Manager.", "met"),
    # Blind sets 32-34, adjacent professions. Clinician-rated outcome measures under any verb or
    # noun (HoNOS, LSP-16), and risk screening as a later item of duties after one verb; a named risk
    # and needs instrument of criminal justice work, by its initials or its long name (LSI-R, OASys,
    # "the ... Risk Assessment System"), unless probation staff are its subject; adherence and
    # compliance as adjectives ("remain adherent", "stay compliant") and keeping people on their
    # medication in other words ("on track with", "keep taking"): compliance; other experience named as
    # equivalent beside lived experience in a clause of its own, or a profession named as one standing
    # the experience may come from ("as a consumer, carer or practitioner in ...", "personally or
    # professionally"): an alternative (not met).
    (ADJ, "Do HoNOS ratings with each tangata whaiora at their six-monthly review.", "not-met"),
    (ADJ, "Carry out the LSP-16 and CANSAS with every person on your list.", "not-met"),
    (ADJ, "Complete clinician-rated outcome measures at discharge.", "not-met"),
    (ADJ, "Complete intake forms and suicide risk screens for new arrivals.", "not-met"),
    (ADJ, "Undertake outcome ratings and risk screening with each resident every quarter.", "not-met"),
    # the later item with a determiner of its own ("and the suicide risk assessment", "and an overdose
    # risk assessment"): still the post's own formal risk assessment
    (ADJ, "Undertake home visits and an overdose risk assessment at each first contact.", "not-met"),
    (ADJ, "Conduct the welcome interview and a suicide risk screen with each new guest.", "not-met"),
    # twins: the risk assessment the clinician does, the post helping the family prepare; the
    # family's own safety plan
    (ADJ, "Complete the intake paperwork and help the family prepare for the risk assessment the clinician "
          "carries out.", "met"),
    (ADJ, "Complete the referral form and the family's own safety plan together.", "met"),
    (ADJ, "Administer the LSI-R with each client at intake and update it every six months.", "not-met"),
    (ADJ, "Score the OASys with probation colleagues before each sentence plan.", "not-met"),
    (ADJ, "Complete the Regional Risk Assessment System screening for every new referral.", "not-met"),
    (ADJ, "Update the Structured Risk Needs Assessment Tool after each home visit.", "not-met"),
    (ADJ, "Ensure clients remain adherent to their methadone through the first month.", "not-met"),
    (ADJ, "Make sure residents stay compliant with their prescribed medication.", "not-met"),
    (ADJ, "Help young people remain concordant with their treatment.", "not-met"),
    (ADJ, "Help families stay on track with their relative's medication between appointments.", "not-met"),
    (ADJ, "Support tenants to keep on top of their meds.", "not-met"),
    (ADJ, "Keep clients on their buprenorphine after they leave the ED.", "not-met"),
    (ADJ, "Help people keep taking their tablets after discharge.", "not-met"),
    (ADJ, "Personal experience of gambling harm would be an advantage. Applicants with comparable experience "
          "in youth work will also be considered.", "not-met"),
    (ADJ, "Lived experience of homelessness is desirable; we equally welcome candidates with equivalent "
          "experience in housing support.", "not-met"),
    (ADJ, "Essential: lived experience of mental distress, as a consumer, carer or practitioner in mental "
          "health services.", "not-met"),
    (ADJ, "Essential: lived experience of addiction, as a family member or a professional in the addiction "
          "field.", "not-met"),
    (ADJ, "Essential: experience of mental health challenges, either personally or professionally.", "not-met"),
    (ADJ, "Lived experience is desirable, though similar experience gained through paid work would also be "
          "considered.", "not-met"),
    (ADJ, "Lived experience of psychosis (preferred). We will also consider applicants who have comparable "
          "experience.", "not-met"),
    (ADJ, "Screen each guest for suicide risk at check-in.", "not-met"),
    (ADJ, "Rate each client on the HoNOS at review.", "not-met"),
    (ADJ, "Promote medication concordance with the people you support.", "not-met"),
    (ADJ, "Help patients stay on buprenorphine after they leave hospital.", "not-met"),
    (ADJ, "Encourage clients to remain on methadone.", "not-met"),
    (ADJ, "Lived experience of mental illness is preferred, but equivalent work experience will be considered.",
     "not-met"),
    # twins: reviews and forms that are not clinical measures, instruments held by probation, the
    # word "compliant" about the service, goals that are people's own, equivalent experience in a
    # peer role, "professionally" beside no lived experience, a family member's experience
    (ADJ, "Help people prepare for their review meeting with the clinical team.", "met"),
    (ADJ, "You will not undertake HoNOS ratings or risk screening; the clinical team does that.", "met"),
    (ADJ, "Complete timesheets and travel claims and attend supervision.", "met"),
    (ADJ, "Probation officers complete the LSI-R; you will walk alongside people after release.", "met"),
    (ADJ, "Complete the welcome pack with each new member.", "met"),
    (ADJ, "Ensure the service remains compliant with privacy law.", "met"),
    (ADJ, "Help people stay on track with their own recovery goals.", "met"),
    (ADJ, "Support people to talk with their prescriber about side effects of medication.", "met"),
    (ADJ, "You will not be asked to keep anyone on their medication.", "met"),
    (ADJ, "Lived experience of psychosis is essential; we also welcome applicants with equivalent experience "
          "gained in a peer role.", "met"),
    (ADJ, "We welcome applicants with equivalent experience in project administration.\n\nA full driving "
          "licence is essential.", "met"),
    (ADJ, "Referees must know you personally or professionally.", "met"),
    (ADJ, "Essential: lived experience of addiction, as a person in recovery or a family member.", "met"),
    (ADJ, "Lived experience of addiction is essential; we also welcome equivalent experience in peer roles.", "met"),
    (ADJ, "You will not be asked to complete the LSI-R or any other risk tool.", "met"),
    (ADJ, "Support people who are on methadone to find housing.", "met"),
    (ADJ, "Lived experience of mental illness is essential, and we value work experience in any field.", "met"),
    (ADJ, "Keep people on the waiting list up to date.", "met"),
    (ADJ, "Refer people to their GP or a professional in the area when they ask.", "met"),
    # applicants without lived experience welcomed with other experience; twins: the other route is
    # lived experience too, or turned down, or not experience at all
    (ADJ, "Applicants without lived experience but with experience in community work are also welcome to apply.",
     "not-met"),
    (ADJ, "Lived experience of gambling harm is desirable. Candidates without personal experience who have worked "
          "in a helpline will be considered.", "not-met"),
    (ADJ, "Applicants without lived experience but with experience of caring for a family member with psychosis "
          "are welcome.", "met"),
    (ADJ, "Applicants without lived experience who have worked in mental health services will not be shortlisted.",
     "met"),
    (ADJ, "Applicants without lived experience but with a commitment to recovery are welcome.", "met"),
    # ... or with a qualification instead (a certificate, diploma or degree): an adjacent qualification
    # as the other route (blind set 111); twins: lived experience is the route, or the route is refused
    (ADJ, "Candidates without personal experience but holding a Diploma of Community Services are welcome to "
          "apply.", "not-met"),
    (ADJ, "Applicants lacking lived experience who hold a relevant degree will be considered.", "not-met"),
    (ADJ, "Applicants without lived experience but with a Certificate IV in Youth Work may also apply.", "not-met"),
    (ADJ, "Applicants without a degree but with lived experience of psychosis will also be considered.", "met"),
    (ADJ, "Applicants without lived experience but with a degree will not be considered.", "met"),
    # a duty named just before a noun of training is what is learned about, not done
    (ADJ, "Complete induction and risk assessment training in your first month.", "met"),
    (ADJ, "Undertake mandatory training and suicide risk screening awareness sessions.", "met"),
    (ADJ, "Complete induction and risk assessments with each new resident.", "not-met"),
    # --- blind sets 32-34: lived experience, principles and panel (were tests/test_blind32_34_classes.py) ---
    # --- the people sought named by who they are ("looking for veterans who have their own ...") ----
    # A served noun (veterans, survivors, members) after a seeking word is the applicants, so the
    # lived experience is wanted in prose (partly met); after a serving verb it is theirs (not met).
    (LE, "We are looking for veterans who have their own lived experience of PTSD or substance use.", "partly-met"),
    (LE, "We're recruiting survivors who have their own experience of domestic abuse and have found a way "
         "through it.", "partly-met"),
    (LE, "Kia ora! We are seeking veterans who are in recovery from an alcohol use disorder.", "partly-met"),
    # twins: the same people after a serving verb
    (LE, "You will support veterans who have their own lived experience of PTSD or substance use.", "not-met"),
    (LE, "We are looking to support veterans who have their own lived experience of PTSD.", "not-met"),
    (LE, "You will work with survivors who are in recovery from addiction.", "not-met"),
    # --- recovery held in a named way, and psychiatric named as the kind ------------------------------
    (LE, "Must be in self-identified recovery from an alcohol or opioid use disorder for at least one year.", "met"),
    (LE, "Applicants must be in stable recovery from gambling harm.", "met"),
    (LE, "Essential: you are in ongoing recovery from an eating disorder.", "met"),
    (LE, "Lived experience of a psychiatric condition is required for this post.", "met"),
    (LE, "Essential: personal experience of a psychiatric diagnosis.", "met"),
    (LE, "You must have lived experience of the psychiatric system as a patient.", "met"),
    # twins: the people served are in recovery; no kind named at all
    (LE, "You will support people in ongoing recovery from addiction. A driving licence is essential.", "not-met"),
    (LE, "Lived experience is required for this post.", "partly-met"),
    # --- "or equivalent experience as a family member or professional": a work route in ------------
    (LE, "Essential: lived experience of psychosis, or comparable experience as a carer or clinician in "
         "mental health services.", "not-met"),
    (LE, "You must have personal experience of addiction, or equivalent experience as a family member or "
         "support professional.", "not-met"),
    # twin: the alternative is only another lived experience (a family member's)
    (LE, "Lived experience of an eating disorder, or equivalent experience as a parent or family member of "
         "someone with one, is essential.", "met"),
    # --- the organisation values the people who bring it: a preference, whatever the heading --------
    (LE, "Qualifications\n\nWe value applicants who bring lived experience of psychosis.", "not-met"),
    (LE, "Requirements\n\n- Two years in a support role\n\nWe particularly appreciate candidates with lived "
         "experience of homelessness.", "not-met"),
    # the same said of the experience itself, with or without adverbs
    (LE, "Qualifications\n\nWe value lived experience of psychosis.", "not-met"),
    (LE, "Requirements\n\n- A driving licence\n\nWe also greatly value personal experience of homelessness.",
     "not-met"),
    # twin: the heading's requirement holds when nothing in the sentence softens it
    (LE, "Qualifications\n\nLived experience of psychosis.", "met"),
    # --- disclosure as talking about one's own experience -------------------------------------------
    (PP, "Build mutual relationships, offer hope, keep clear boundaries and talk about your own experience "
         "when it will help the caller.", "met"),
    (PP, "Speak openly about your own recovery where it helps, in mutual relationships that inspire hope and "
         "keep healthy boundaries.", "met"),
    # twin: the people served talk about their own experiences
    (PP, "Help people talk about their own experiences in group, in mutual relationships that inspire hope "
         "within clear boundaries.", "partly-met"),
    # --- people met before the interview are not on the panel ---------------------------------------
    (PANEL, "Two members of our peer team will be present at a welcome breakfast with candidates "
            "before the interview.", "partly-met"),
    (PANEL, "Peer workers will join shortlisted applicants for a walk around the garden prior to the panel "
            "interview.", "partly-met"),
    # twins: the people on the panel itself, with "before" elsewhere in the sentence; a welcome once
    # appointed is no stage of selection
    (PANEL, "Before the interview you will receive the questions; the panel includes a peer support worker.",
     "met"),
    (PANEL, "A peer worker will be present at the formal interview.", "met"),
    (PANEL, "How to apply\n\nInterviews are held by the service manager. Once appointed, you will be welcomed "
            "by the peer team with a mihi whakatau.", "not-met"),
    # --- blind sets 35-37 (were tests/test_route_and_duty_classes.py): lived experience offered beside a
    # length of time in other work; a list's own lead-in deciding its level over a lead-in line above it
    # read as a heading; a negation reaching a duty that is the object of "be part of", "be involved in",
    # "have a role in"; a semicolon ending a qualification's item before the peer training listed after it;
    # a hospital's emergency response to aggression by its code or team, and patient escorts; work on
    # someone's funded plan or care package; timed checks in a supporting position; service use required
    # beside another identity ("must be a veteran who has received ...") ---
    *[(criterion, text, "not-met") for text in (
        "Minimum Qualifications\n\n- GED or high school diploma\n- Personal experience of recovery from a substance "
        "use disorder or 24 months of paid human services work",
        "Essential: lived experience of mental ill health, or three years working in community services.",
        "You must have lived experience of homelessness, or a year in a shelter staff position.",
        "Lived experience of psychosis, or having worked in an NHS trust for two years, is essential.",
        "Required: personal experience of gambling harm or 18 months' employment in a helpline service.",
    ) for criterion in (LE, ADJ)],
    # twins: time named elsewhere keeps lived experience required; the other route belongs to another
    # requirement
    (LE, "Essential: lived experience of psychosis. A high school diploma, or two years of office work.", "met"),
    (LE, "Minimum Qualifications\n\n- Lived experience of recovery from addiction.\n- GED or two years of paid work.", "met"),
    # time in recovery is part of the lived experience, not another route
    (LE, "You must have lived experience of addiction, with at least two years in recovery.", "met"),
    (LE, "You must have lived experience of recovery from psychosis of two years or more.", "met"),
    # --- a list's own lead-in decides its level over a lead-in line read as a heading above it ---
    (ADJ, "About you\n\nTo be appointed you must have:\n\n- lived experience of recovery from gambling harm;\n"
          "- a full licence.\n\nIt would be a bonus to have:\n\n- a diploma in social work.", "partly-met"),
    (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n- a driver licence\n\n"
          "It would be an advantage to have:\n\n- a social work degree", "partly-met"),
    (LE, "Who we are looking for\n\nYou must have:\n\n- a driver licence\n\nIt would be an advantage to have:\n\n"
         "- personal experience of psychosis", "not-met"),
    # the lead-in line read as a heading names its level in other words
    (LE, "Your experience\n\nYou will need:\n\n- a current first aid certificate\n\nIt would be great if you also "
         "had:\n\n- lived experience of an eating disorder", "not-met"),
    (LE, "About you\n\nYou must have:\n\n- a driver licence\n\nWe would prefer you to have:\n\n"
         "- lived experience of psychosis", "not-met"),
    (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n\nYou must also "
          "have:\n\n- a social work degree", "not-met"),
    (ADJ, "Your experience\n\nYou will need:\n\n- lived experience of psychosis\n\nIt would be nice if you also "
          "had:\n\n- a nursing registration", "partly-met"),
    # twin: the first list keeps the level of its own lead-in
    (ADJ, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n- a social work degree\n\n"
          "It would be an advantage to have:\n\n- a driver licence", "not-met"),
    (LE, "Who we are looking for\n\nYou must have:\n\n- personal experience of psychosis\n\n"
         "It would be an advantage to have:\n\n- a driver licence", "met"),
    # --- a negation before "be part of", "be involved in", "have a role in" reaches the duty ------
    (ADJ, "Kaimahi are not involved in any of the team's formal risk assessments.", "met"),
    (ADJ, "You will not have a role in the community service's care coordination.", "met"),
    (ADJ, "As a peer, you will never be part of the ward team's restraint or seclusion practice.", "met"),
    (ADJ, "This is a non-clinical post: you won't take part in any of the unit's formal risk assessments.", "met"),
    # twins: participation without a negation is the duty
    (ADJ, "You will be part of the ward team's formal risk assessments.", "not-met"),
    (ADJ, "You will take part in the community service's care coordination.", "not-met"),
    # the negation is in another clause
    (ADJ, "You will not be part of the interview panel, and you will take part in formal risk assessments.", "not-met"),
    # --- a semicolon ends the qualification's item: peer training after it is another item ------
    (ADJ, "Desirable: Certificate III in Individual Support; peer work training.", "partly-met"),
    (ADJ, "Preferred: an associate degree in social work; Intentional Peer Support training.", "partly-met"),
    (ADJ, "| Criteria | Essential | Desirable |\n| Qualifications | Year 12 | Diploma of Nursing; peer support training |", "partly-met"),
    # twins: a peer credential is not adjacent
    (ADJ, "Desirable: Certificate IV in Mental Health Peer Work; a driver licence.", "met"),
    (ADJ, "Desirable: Certificate IV in Mental Health (Peer Work).", "met"),
    # --- the hospital's emergency response to aggression, by code or team; patient escorts -------
    # (the duties themselves, with the sentence each quotes, are rows of EVIDENCE); twins: no such duty
    (ADJ, "Peer workers are never part of the Code White response.", "met"),
    (ADJ, "You will accompany people to appointments and community groups.", "met"),
    (ADJ, "All new staff complete training in Code Grey procedures.", "met"),
    # --- work on someone's funded plan or care package: care co-ordination -----------------------
    (ADJ, "You will implement participants' NDIS plans and write plan review reports.", "not-met"),
    (ADJ, "Arrange home care packages for older carers and commission respite.", "not-met"),
    (ADJ, "Manage service bookings with providers for each participant.", "not-met"),
    # twins: a plan that is not the post's work
    (ADJ, "Help people make sense of their NDIS plans before a review.", "met"),
    (ADJ, "We also run NDIS plan management for participants.", "met"),
    (ADJ, "Help carers work with their NDIS support coordinator.", "met"),
    # --- timed checks stay the peer's duty when helping a nurse (observations by another name) ---
    # (the checks themselves, with the sentence each quotes, are rows of EVIDENCE); twins:
    (ADJ, "Peer workers do not help with 15-minute safety checks.", "met"),
    (ADJ, "Carry out routine safety checks on the pool car.", "met"),
    # medication rounds and health checks helped with stay a supporting position
    (ADJ, "Help the charge nurse with medication rounds on the ward.", "partly-met"),
    (ADJ, "Help the practice nurse with annual physical health checks for clinic patients.", "partly-met"),
    # --- service use required beside another identity: the applicant as a user, patient or
    # consumer of services, or someone who has received care ("must be a veteran who ...") ------
    (LE, "Applicants must be a veteran who is, or has been, a user of mental health services.", "met"),
    (LE, "Candidates must be a veteran who has been a consumer of addiction treatment.", "met"),
    (LE, "Applicants must be a parent who is or has been a patient of a psychiatric service.", "met"),
    (LE, "Applicants must be an ex-serviceman or woman who has received psychiatric care.", "met"),
    (LE, "You must have been a patient of an acute mental health unit.", "met"),
    (LE, "Candidates must be a veteran who has been a recipient of addiction treatment.", "met"),
    # twins: identity alone, or the people served
    (LE, "Applicants must be a veteran.", "not-met"),  # identity alone
    (LE, "You will support veterans who are users of mental health services.", "not-met"),  # the people served
    (LE, "You will support people who have been inpatients in psychiatric hospitals.", "not-met"),
    (LE, "We are run by and for consumers of mental health services.", "not-met"),
    # --- blind sets 38-39: named level-of-care and acuity assessments, clinical staff helped with
    # their own task, a contribution to the team's formulation, the people served doing their own
    # assessment, an adjacent qualification beside a peer credential; a panel set out after "will be:"
    # and a member from a group; a part of "our own" story ---
    # a named level-of-care or placement assessment, its words hyphenated (US, NZ)
    (ADJ, "Completes ASAM level-of-care assessments for patients referred from the emergency room.", "not-met"),
    (ADJ, "Conduct LOCUS level-of-care determinations at intake.", "not-met"),
    (ADJ, "Administer ASAM Criteria dimensional assessments on the detox unit.", "not-met"),
    # twins: negated, and learned about
    (ADJ, "You will not complete ASAM level-of-care assessments; our counselors do that.", "met"),
    (ADJ, "Training in ASAM level-of-care assessments is provided.", "met"),
    # formal vulnerability or acuity scoring that ranks people for housing (CA, AU, UK)
    (ADJ, "Complete VI-SPDAT assessments with people sleeping rough.", "not-met"),
    (ADJ, "Assign acuity scores so that the coordinated access list can be ranked.", "not-met"),
    (ADJ, "Undertake vulnerability assessments to prioritise applicants for the housing register.", "not-met"),
    (ADJ, "You will not do VI-SPDAT scoring; our housing assessors complete it.", "met"),
    # clinical staff helped to do their own clinical task; the task as the post's own
    (ADJ, "Help the nursing team to monitor side effects of clozapine by passing on what people tell you.",
     "partly-met"),
    (ADJ, "Support the psychiatrist to review medication with the people on your caseload.", "partly-met"),
    # other staff as the object of a verb of helping: the post works beside them on the task
    (ADJ, "Support social workers to complete carers' assessments.", "partly-met"),
    (ADJ, "Assist our psychologists to complete risk assessments.", "partly-met"),
    # twins: the staff as the subject do it themselves; the task as the post's own
    (ADJ, "Our social workers complete carers' assessments.", "met"),
    (ADJ, "Monitor residents for side effects of their medication.", "not-met"),
    (ADJ, "You will not monitor medication side effects; that stays with the nurses.", "met"),
    # a contribution to the clinical team's risk formulation or care planning, words between
    (ADJ, "Contribute to the team's clinical risk formulation from a lived experience perspective.", "partly-met"),
    (ADJ, "Contribute to weekly multidisciplinary care planning with the consultant.", "partly-met"),
    (ADJ, "Contribute to psychological formulations alongside the team psychologist.", "partly-met"),
    (ADJ, "Contribute to the design of our peer training.", "met"),
    # the people served doing their own assessment, the post helping them
    (ADJ, "Help carers complete their own carer's assessments with the council if they want one.", "met"),
    (ADJ, "Support whānau to complete needs assessments with the NASC service when they ask.", "met"),
    (ADJ, "Support tenants to complete their needs assessment with the council.", "met"),
    # twins: the post's own assessment, and a social worker helped with it
    (ADJ, "Complete carers' assessments on behalf of the local authority.", "not-met"),
    (ADJ, "Complete needs assessments for new tenants.", "not-met"),
    (ADJ, "Help the social worker complete carers' assessments.", "partly-met"),
    # an adjacent qualification beside a peer credential, joined by "or": still desirable
    (ADJ, "Desirable: a Certificate IV in Community Services or a Certificate IV in Mental Health Peer Work.",
     "partly-met"),
    (ADJ, "Preferred: CPRS certification or an associate degree in human services.", "partly-met"),
    # required as an essential route equal to a peer credential: another profession's qualification
    # alone lets an applicant in (clear-soil.md section 4, not accepted as a substitute): not met
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work or a Diploma of Community Services.", "not-met"),
    (ADJ, "Required: a CPRS certification or a bachelor's degree in social work.", "not-met"),
    (ADJ, "Minimum qualification: a diploma in counselling, or a Certificate IV in Mental Health Peer Work.",
     "not-met"),
    (ADJ, "You will hold either a peer support specialist certification or a degree in psychology.", "not-met"),
    # routes closed by one gained in post ("or willingness to work towards one") or held only until the
    # peer credential comes ("while certification is pending"): neither bars entry, partly met
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work or Certificate IV in Youth Work, or willingness to "
          "complete one within six months.", "partly-met"),
    (ADJ, "Required: Certified Peer Specialist credential (or a social work registration while certification is "
          "pending).", "partly-met"),
    (ADJ, "Essential: peer support certification, or a Diploma of Counselling until your certificate is issued.",
     "partly-met"),
    # twins: willingness in a sentence of its own; "while" with no credential after it
    (ADJ, "Essential: Certificate IV in Youth Work or Certificate IV in Mental Health Peer Work. Willingness to "
          "learn new systems.", "not-met"),
    (ADJ, "Required: peer specialist certification or a counselling diploma, while you settle into the team.",
     "not-met"),
    # "or" before a peer credential named by its own words ("... or a peer support specialist certification")
    # opens a second item: the adjacent qualification before it is still another profession's
    (ADJ, "Desirable: a diploma in counselling or a peer support specialist certification.", "partly-met"),
    (ADJ, "Essential: a diploma in counselling or a peer support specialist certification.", "not-met"),
    # twin: the peer credential alone
    (ADJ, "Desirable: a peer support specialist certification.", "met"),
    # a professional designation (Canadian: "a nursing or social work designation", "RSW designation"), and a
    # degree in health or the social services named before the noun: another profession's credential
    (ADJ, "A nursing or social work designation would be an asset.", "partly-met"),
    (ADJ, "An RSW designation is considered an asset.", "partly-met"),
    (ADJ, "You must hold a social work designation.", "not-met"),
    (ADJ, "A health or social services degree would be an advantage.", "partly-met"),
    (ADJ, "Preferred: a health sciences degree.", "partly-met"),
    # twins: a job's designation (its title), and health and safety, are no profession's credential
    (ADJ, "Your job designation will be Peer Worker.", "met"),
    (ADJ, "Our health and safety officer will show you around on your first day.", "met"),
    # twins: the same two routes only desirable stay partly met
    (ADJ, "A degree in psychology, or a Certificate IV in Mental Health Peer Work, would be an advantage.",
     "partly-met"),
    (ADJ, "Preferred: a bachelor's degree in social work or a peer support specialist certification.", "partly-met"),
    # twins: the peer credential alone, or willingness to gain it; "or equivalent qualification" is
    # no peer credential
    (ADJ, "Desirable: Certificate IV in Mental Health Peer Work or willingness to complete it.", "met"),
    (ADJ, "Essential: a Diploma of Community Services or an equivalent qualification.", "not-met"),
    (ADJ, "Essential: NVQ Level 3 in Health and Social Care; peer support training.", "not-met"),
    # twin: "or" joins two fields of one certificate, the second a peer field
    (ADJ, "Desirable: Certificate IV in AOD or Mental Health Peer Work.", "met"),
    # the panel's make-up after "will be:" or "is:", and a member from a group of people with
    # lived experience (the group's name after them)
    (PANEL, "The panel will be: Team Manager, Senior Nurse and one of our peer workers.", "met"),
    (PANEL, "Your interview panel is: the Clinical Lead, an HR adviser and a member of the Trust's Service "
            "User Reference Group.", "met"),
    (PANEL, "Interviews are held in Leeds. The panel will be the ward manager, a psychologist, and a member "
            "of our Experts by Experience Panel.", "met"),
    (PANEL, "The interview panel includes a member of the health board's Consumer Advisory Panel.", "met"),
    (PANEL, "You will be interviewed by the Team Leader and a representative from our Consumer Advisory Council.",
     "met"),
    (PANEL, "Shortlisted applicants are interviewed by the manager and two members of our Youth Advisory Group.",
     "met"),
    (PANEL, "You will be interviewed by the Team Leader, and our Consumer Advisory Council gives feedback on your "
            "presentation.", "partly-met"),
    # twins: a staff-only make-up, and the group meeting candidates another way
    (PANEL, "The panel will be: Team Manager and Senior Nurse.", "not-met"),
    (PANEL, "The panel will be: Team Manager and Senior Nurse. Our Lived Experience Advisory Panel will meet "
            "you afterwards.", "partly-met"),
    # a part of the team's or the worker's own story, in the first person
    (PP, "We build mutual relationships, hold hope and keep clear boundaries. When it is useful, I share small "
         "parts of my own recovery story.", "met"),
    (PP, "Mutuality, hope and boundaries guide us, and we tell pieces of our own journeys where that helps.",
     "met"),
    (PP, "Mutuality, hope and boundaries guide us, and we use our own stories with care.", "met"),
    # twin: "our stories" without "own", the organisation's case studies
    (PP, "Mutuality, hope and boundaries guide us. We share some of our stories of success in our annual "
         "report.", "partly-met"),
    # --- blind sets 40-41 (were tests/test_blind40_41_classes.py) ---
    # --- a duty given to other staff in the passive: theirs, not the post's ---
    (ADJ, "Care coordination is handled by the community mental health team's social worker; you will not hold "
          "a caseload.", "met"),
    (ADJ, "Medication will be managed by our nursing staff, and you will not give it.", "met"),
    (ADJ, "Risk assessments are completed by the treating psychiatrist.", "met"),
    # twins: the post holder does it, or the agent is the peer
    (ADJ, "Care coordination is handled by the Peer Navigator for every client on the caseload.", "not-met"),
    (ADJ, "You will complete risk assessments, which are reviewed by the nurse.", "not-met"),
    # --- assessments of alcohol and drug use or mental health, and named AOD instruments ---
    (ADJ, "Conduct alcohol and other drug assessments at intake.", "not-met"),
    (ADJ, "Complete substance use assessments for new referrals.", "not-met"),
    (ADJ, "Undertake mental health assessments in the emergency department.", "not-met"),
    (ADJ, "Score the CIWA-Ar withdrawal scale each shift.", "not-met"),
    (ADJ, "Enter Treatment Outcomes Profile reviews every twelve weeks.", "not-met"),
    # twins: the person's own assessment, supported
    (ADJ, "Support people to attend their AOD assessment and explain what will happen.", "met"),
    (ADJ, "Go with whānau to their mental health assessment if they ask.", "met"),
    # --- a substitution cue that closes a whole list of requirements ---
    (LE, "Qualifications: Lived experience of problem gambling, a high school diploma, a recognised peer training "
         "course and two years of related work, or any equivalent combination of training and experience.",
     "not-met"),
    (LE, "Minimum qualifications: personal experience of psychosis and recovery, a driver's licence, first aid and "
         "six months' volunteering, or a suitable combination of education and experience.", "not-met"),
    # --- "non-clinical" with other words listed before the noun: the role kept distinct ---
    (ADJ, "Recovery Coaches offer non-clinical, strengths-based recovery support to people in the community.", "met"),
    (ADJ, "Our navigators provide nonclinical and culturally safe support.", "met"),
    # --- one application read by someone named: the selection process, without peers ---
    (PANEL, "Your CV and supporting statement will be scored by the Service Manager.", "not-met"),
    (PANEL, "Each application is reviewed by two members of our peer team.", "met"),
    # twins: the combination cue in a sentence of its own about another requirement
    (LE, "Qualifications: Lived experience of problem gambling is required. A high school diploma or an "
         "equivalent combination of education and experience.", "met"),
    # --- a group task run by people with lived experience beside a staff-only interview ---
    (PANEL, "Shortlisted applicants join an assessment day. Peer workers co-facilitate a group exercise, followed "
            "by an interview with the Clinical Manager and a Psychologist.", "partly-met"),
    (PANEL, "On the selection day members of our consumer advisory group observe a role-play task; the interview "
            "panel is the Team Leader and a Senior Nurse.", "partly-met"),
    # twins: a peer sits on the panel; the group task has no peers
    (PANEL, "The interview panel includes a peer worker and the Ward Manager, and candidates complete a group "
            "exercise on the day.", "met"),
    (PANEL, "Candidates complete a group exercise, followed by an interview with the Ward Manager and a "
            "Psychologist.", "not-met"),
    (PANEL, "The panel is made up of our Hub Manager and one of our current Peer Mentors, and there will be a "
            "short group exercise.", "met"),
    # --- classes found on the holdout sets of stop 21 (blind sets 42-46) ---
    # --- the panel named as the candidate's own ---
    (PANEL, "A peer worker will be on your panel, together with the team leader.", "met"),
    (PANEL, "Someone with lived experience of the justice system sits on your interview panel.", "met"),
    (PANEL, "The team leader and the practice manager will be on your panel.", "not-met"),
    # --- people named by their own drug use, the harm-reduction community's words ---
    (PANEL, "People who use drugs sit on our hiring committee and help choose new staff.", "met"),
    (PANEL, "Two people who have injected drugs sit on every interview panel.", "met"),
    (PANEL, "You will support people who use drugs; the interview panel is the manager and a nurse.", "not-met"),
    # --- the people met at the interview itself, not before it ---
    (PANEL, "Interviews: you'll meet a Lived Experience Practitioner and our team leader.", "met"),
    (PANEL, "At interview you will meet two of our peer specialists and the program director.", "met"),
    (PANEL, "At your interview, candidates will meet a kaimahi peer and the service manager.", "met"),
    (PANEL, "Before your interview you will meet two of our peer workers.", "partly-met"),
    (PANEL, "At interview you will meet the manager and the deputy manager.", "not-met"),
    # --- a length of time in other work offered in place of lived experience ---
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
    # --- ", or" offers the qualification in place of all before it, an "and" inside the kind included ---
    (LE, "Lived experience of mental health challenges and recovery, or a Certificate IV in Mental Health.",
     "not-met"),
    (LE, "Essential: lived experience of alcohol and other drug use, or a Diploma of Community Services.",
     "not-met"),
    (LE, "Essential: lived experience of psychosis and recovery, and a current driver licence.", "met"),
    # --- another profession's qualification named before it, then "or" ---
    (LE, "Essential: A Certificate IV in Mental Health, or lived experience of mental ill health.", "not-met"),
    (LE, "Minimum qualifications: an associate degree in human services or lived experience of recovery from "
         "addiction.", "not-met"),
    (LE, "Essential: a Certificate IV in Mental Health Peer Work, and lived experience of mental ill health.",
     "met"),
    # --- caring described with how it was given between the verb and the person cared for ---
    (LE, "This post is only open to people who have cared, unpaid, for a family member with a mental health "
         "condition.", "met"),
    (LE, "Essential: you have looked, unpaid, after a relative living with psychosis.", "met"),
    (LE, "You will have supported the team for a year before you help a family member apply.", "not-met"),
    # --- another post's work on the unit: its clerk's or its porter's (an extra pair of hands) ---
    (ADJ, "Performs other duties as assigned, including ward clerical duties and portering of patients.", "not-met"),
    (ADJ, "When the unit is busy you will porter residents to the dining room.", "not-met"),
    (ADJ, "Keep your own records and statistics up to date.", "met"),
    (ADJ, "You will not be asked to porter patients or do ward clerical work.", "met"),
    # --- blind sets 47-51, adjacent professions (v-z6) ---
    # --- peers kept from being used as other staff: "protect/prevent ... (from) being used to cover" ---
    (ADJ, "Work with the charge nurses to protect the peer team from being used to fill rota gaps.", "met"),
    (ADJ, "Our lead will prevent peer workers being deployed to cover shifts on other wards.", "met"),
    (ADJ, "Safeguard the peer role against being pulled in to cover staffing shortages.", "met"),
    (ADJ, "You will be used to cover staffing gaps on the ward.", "not-met"),
    (ADJ, "Protect our clients' privacy; you may be asked to cover shifts when staffing is short.", "not-met"),
    # --- watching or recording how people take their medication ---
    (ADJ, "Supervise residents' medication intake at breakfast and supper.", "not-met"),
    (ADJ, "Observe clients' medication self-administration in the evening.", "not-met"),
    (ADJ, "Sign the medication chart after each dose is taken.", "not-met"),
    (ADJ, "Monitor your own wellbeing and use supervision well.", "met"),
    (ADJ, "You will not monitor medication intake or complete medication charts.", "met"),
    # --- medication prompting (a level of medication assistance), even when "assisting" ---
    (ADJ, "Help with medication prompts during home visits to participants.", "not-met"),
    (ADJ, "Assist with prompting medication for tenants on the morning round.", "not-met"),
    (ADJ, "Medication prompting is handled by our nursing staff, not by peer workers.", "met"),
    # --- case coordination held by the post: care co-ordination by another name ---
    (ADJ, "Hold case coordination for a small group of whānau referred by the hospital.", "not-met"),
    (ADJ, "You will take on case co-ordination duties for young people leaving custody.", "not-met"),
    (ADJ, "Refer members to the case coordination service when they ask for it.", "met"),
    (ADJ, "Peer workers do not hold case coordination responsibilities.", "met"),
    # --- screening instruments completed by the post (supporting a clinician: partly met) ---
    (ADJ, "Help our nurses to complete screening questionnaires with new members.", "partly-met"),
    (ADJ, "Support the psychologist to administer screening tools at intake.", "partly-met"),
    (ADJ, "Complete screening questionnaires with every new client.", "not-met"),
    # --- a duty named in an FAQ question answered "no": what the role is not ---
    (ADJ, "Will I be giving medication or doing risk assessments? No. The nurses on shift do that.", "met"),
    (ADJ, "Do peer mentors hold a caseload for case management? No, that sits with our social workers.", "met"),
    (ADJ, "Will I give medication? Yes, on the evening round.", "not-met"),
    # --- equivalent experience that names another profession: adjacent experience qualifies ---
    (ADJ, "Essential: two years of peer work. Equivalent experience in a helping profession will be considered.",
     "not-met"),
    (ADJ, "Comparable experience in nursing or counselling is also accepted.", "not-met"),
    (ADJ, "Equivalent experience in a peer role will be considered.", "met"),
    (ADJ, "Equivalent experience in community organising is welcome.", "met"),
    # --- a degree in any field: no profession's qualification ---
    (ADJ, "Preferred: a degree of any discipline.", "met"),
    (ADJ, "Any bachelor's degree would be an advantage.", "met"),
    (ADJ, "Preferred: a degree in psychology or a related field.", "partly-met"),
    # --- addiction counselor credentials by their initials ---
    (ADJ, "Preferred: CASAC-G or CADC-II.", "partly-met"),
    (ADJ, "Essential: a current MADC or LCAS credential.", "not-met"),
    # --- learned experience gained supporting someone close: lived experience of the carer kind ---
    (ADJ, "Essential: lived experience of psychosis, or learnt experience through caring for a parent with "
          "psychosis.", "met"),
    (ADJ, "Lived experience of addiction or learned experience from supporting a sibling through recovery is "
          "essential.", "met"),
    (ADJ, "Essential: lived experience of addiction, or learned experience through working in drug services.",
     "not-met"),
    # --- a qualification whose professions are examples in brackets ---
    (ADJ, "Desirable: a relevant tertiary qualification (e.g. social work, nursing).", "partly-met"),
    (ADJ, "Preferred: a bachelor's level degree (such as psychology or social work).", "partly-met"),
    (ADJ, "Desirable: a tertiary qualification (for example in peer work or community development).", "met"),
    # --- an interview guaranteed to applicants with lived experience: wanted, and they are not the panel ---
    (LE, "We guarantee an interview to applicants with lived experience of homelessness who meet the essential "
         "criteria.", "partly-met"),
    (LE, "Candidates with lived experience of the care system who meet the minimum criteria are guaranteed an "
         "interview.", "partly-met"),
    (PANEL, "We offer a guaranteed interview to candidates with lived experience of mental distress.", "not-met"),
    (PANEL, "Applicants with lived experience of addiction are guaranteed an interview; the panel is the manager "
            "and HR.", "not-met"),
    # twins: the requirement stands beside it; peers interview the applicants
    (LE, "Essential: lived experience of homelessness. We guarantee an interview to disabled applicants who meet "
         "the essential criteria.", "met"),
    (PANEL, "Applicants with lived experience will be interviewed by two of our peer workers.", "met"),
    # --- a level inside brackets with a subject and verb of their own is that subject's, not the mention's ---
    (LE, "Essential: Lived experience of psychosis (experience of inpatient care is welcome but not required).",
     "met"),
    (LE, "Essential criteria: lived experience of self-harm (a driving licence is desirable).", "met"),
    (LE, "Essential: lived experience of an eating disorder (experience of inpatient services is welcome).", "met"),
    (LE, "Minimum qualifications: lived experience of problem gambling (knowledge of local services is preferred).",
     "met"),
    # twins: the brackets point back to the mention, or hold only the level
    (LE, "Lived experience of psychosis (this is not a requirement).", "not-met"),
    (LE, "Lived experience of addiction (ideally, though not essential).", "not-met"),
    # --- the interview named as the candidate's kōrero ---
    (PANEL, "Your kōrero will be with our Peer Lead and a tāngata whaiora representative.", "met"),
    (PANEL, "The interview korero is with two of our peer support kaimahi and the clinical lead.", "met"),
    (PANEL, "Your kōrero will be with the service manager and the clinical lead.", "not-met"),
    (PANEL, "Before the interview you are welcome to an informal kōrero with our peer team.", "partly-met"),
    # --- lived experience and peer work named together as a kind of staff or supervision ---
    (LE, "Essential: lived experience of self-harm. Experience managing lived experience or peer staff.", "met"),
    (LE, "Essential criteria: Lived experience of gambling harm. Experience of giving peer or lived experience "
         "supervision.", "met"),
    (LE, "Essential: Lived experience of self-harm, or experience supporting people who self-harm.", "not-met"),
    # --- disclosure named by the use of one's own story, its manner after it, or "with purpose" ---
    (PP, "Supervision helps peer mentors reflect on mutual relationships, hope, clear boundaries and the use of "
         "their own recovery stories.", "met"),
    (PP, "Our coaches offer mutual support, keep boundaries and hold hope; we train you in the safe use of your "
         "personal story.", "met"),
    (PP, "The work rests on four ideas: mutuality; disclosure that is planned and safe; hope; and clear "
         "boundaries.", "met"),
    (PP, "You will build mutual relationships, hold hope and keep boundaries; self-disclosure which is "
         "thoughtful matters too.", "met"),
    (PP, "You will help peer workers tell their personal journeys with purpose, build mutual relationships, hold "
         "hope and keep boundaries.", "met"),
    (PP, "Kaimahi share their own stories with care, within clear boundaries, in mutual relationships that "
         "inspire hope.", "met"),
    # twins: the use of a policy or of someone else's story, disclosure of a conviction, stories used
    # without a word of intent
    (PP, "Supervision helps peer mentors reflect on mutual relationships, hope, clear boundaries and the use of "
         "the team's case notes.", "partly-met"),
    (PP, "The work rests on mutuality, hope and clear boundaries; disclosure that is required by the DBS check "
         "comes later.", "partly-met"),
    (PP, "You will help peer workers tell their personal journeys, build mutual relationships, hold hope and "
         "keep boundaries.", "partly-met"),
    # --- use of services with an adverb between ("who have personally used mental health services") ---
    (LE, "This post is only open to people who have personally used mental health services.", "met"),
    (LE, "Applicants must have previously received addiction treatment, as an inpatient or in the community.", "met"),
    (LE, "Essential: you have yourself accessed psychiatric care at some point in your life.", "met"),
    # twin: the same wording only welcomed is desirable, not required
    (LE, "People who have personally used mental health services are welcome to apply.", "not-met"),
    # --- a line that glosses the criterion above it takes that item's level ---
    (LE, "Selection criteria\n\n- Lived experience as a young person (highly desirable).\n- This criterion "
         "covers lived experience of self-harm.\n- Good written English.", "not-met"),
    (LE, "Key selection criteria\n\n- Lived experience as a parent (desirable).\n- By this we mean lived "
         "experience of caring for a child with mental health challenges.", "not-met"),
    (LE, "Person specification\n\n- Personal experience of recovery (essential).\n- This requirement covers "
         "lived experience of gambling harm.", "met"),
    # twin: a plain item under the heading keeps the heading's level
    (LE, "Selection criteria\n\n- Lived experience as a young person (highly desirable).\n- Lived "
         "experience of self-harm.\n- Good written English.", "met"),
    # --- lived experience named as the way into another opening ---
    (LE, "Essential criteria\n\n- Understanding of harm reduction.\n\nApplicants who have cared for a relative "
         "with an eating disorder are also welcome to apply for our Carer Peer Worker vacancy.", "not-met"),
    (LE, "Requirements\n\n- A driver's licence.\n\nPeople in recovery from gambling harm may instead apply for "
         "our peer mentor programme.", "not-met"),
    # twin: a welcome to apply for this post counts as it always did
    (LE, "Essential criteria\n\n- Understanding of harm reduction.\n- Lived experience of alcohol or other drug "
         "use; applicants in recovery are welcome to apply for this role.", "met"),
    # --- the reader addressed as someone who has it, in the duty prose: assumed, not required ---
    (LE, "As someone with personal recovery from alcohol use, you will share your story when it helps.", "partly-met"),
    (LE, "As a person who has used mental health services, you'll walk alongside patients on the ward.",
     "partly-met"),
    (LE, "As someone in long-term recovery, you will co-facilitate our SMART groups.", "partly-met"),
    # --- candidates invited to interview are not people who interview ---
    (PANEL, "Candidates invited to interview will first give a short talk to our Consumer Advisory Group. The "
            "interview is with the Service Manager and the Clinical Lead.", "partly-met"),
    (PANEL, "Those asked to interview will present a case study to members of our youth reference group; the "
            "panel itself is the CEO and HR.", "partly-met"),
    # twin: people who interview, as before
    (PANEL, "Two peer workers will also interview candidates, alongside the Service Manager.", "met"),
    # --- blind sets 54-57: pointed to another opening by a verb of looking ("look at", "consider"),
    # "instead" after the opening or before the verb ---
    (LE, "Key Selection Criteria\n\n1. Diploma in Community Services.\n\nAnyone with lived experience of "
         "postnatal depression who would like a peer role should look at our Parent Peer Supporter vacancies "
         "instead.", "not-met"),
    (LE, "Essential criteria\n\n- Two years in housing.\n\nPeople with lived experience of homelessness may "
         "prefer to instead consider our Housing Peer Navigator openings.", "not-met"),
    # twin: "instead" about something else, the lived experience in its own item
    (LE, "Essential criteria\n\n- Lived experience of homelessness.\n\nApplicants without a driver licence "
         "should look at our Dunedin vacancies instead.", "met"),
    # --- the post holder's own experience named as what the role rests on: wanted in prose, even
    # beside a line that only encourages people with it to apply ---
    (LE, "People in recovery from an eating disorder are warmly encouraged to apply. Your own experience is "
         "what makes this job work.", "partly-met"),
    (LE, "People in recovery from gambling harm are strongly encouraged to apply. Your personal experience is "
         "the reason this role exists.", "partly-met"),
    (LE, "Whānau who have lived with addiction are encouraged to apply. Your own journey is at the heart of "
         "this mahi.", "partly-met"),
    # twins: the encouragement alone is desirable; the organisation's own experience is not the applicant's
    (LE, "People in recovery from an eating disorder are warmly encouraged to apply.", "not-met"),
    (LE, "People in recovery are encouraged to apply. Our own experience as a charity is what makes this "
         "service work.", "not-met"),
    # --- a desirable cue inside an item under the person specification's Desirable heading is the
    # specification's: it decides over prose that wants lived experience ---
    (LE, "You will walk alongside people as someone who has been there.\n\nDesirable\n\n- Lived experience "
         "of gambling harm is highly regarded.", "not-met"),
    (LE, "We are looking for someone who has come through psychosis.\n\nDesirable criteria\n\n- Personal "
         "experience of psychosis would be an advantage.", "not-met"),
    # twin: the same cue in prose, with no specification, leaves the prose wanting it
    (LE, "We are looking for someone who has come through psychosis. Personal experience of psychosis would "
         "be an advantage.", "partly-met"),
    # --- a word about the services between the verb and their kind ("used secondary mental health
    # services", "accessed inpatient psychiatric care") ---
    (LE, "To apply you must have used community mental health services yourself.", "met"),
    (LE, "Applicants must have accessed inpatient psychiatric care at some point.", "met"),
    (LE, "You must have received specialist addiction treatment in the past.", "met"),
    # twin: the people served used them
    (LE, "You will support people who have used secondary mental health services.", "not-met"),
    # --- a post reserved, or open exclusively, to people with lived experience: required ---
    (LE, "This post is reserved for applicants with personal experience of homelessness.", "met"),
    (LE, "The position is open exclusively to people with lived experience of psychosis.", "met"),
    # twin: something else reserved; the lived experience only wanted in prose
    (LE, "Two parking spaces are reserved for staff. We are looking for someone with lived experience of "
         "psychosis.", "partly-met"),
    # --- "or equivalent experience" closing an item that describes the lived experience at length
    # (its kinds, then whose it may be): substitutable, however far the cue is from the words ---
    (LE, "Essential criteria\n\n- Lived experience of an eating disorder or self-harm, whether your own or as a "
         "parent or partner, or equivalent experience in youth services.", "not-met"),
    (LE, "Minimum qualifications\n\n- Lived experience of psychosis, bipolar disorder or an eating disorder, "
         "either yourself or as a close relative, or equivalent experience in youth work.", "not-met"),
    # twin: the item holds another requirement first; the cue is about that one
    (LE, "Essential criteria\n\n- Lived experience of an eating disorder or self-harm, whether your own or as a "
         "parent or partner.\n- Two years in youth services, or equivalent experience.", "met"),
    # --- an FAQ reply that accepts other experience with "also" or "equally" before "be considered" ---
    (LE, "You must have lived experience of homelessness.\n\nCan I apply if I have no lived experience? Yes, "
         "applicants with experience in housing support will also be considered.", "not-met"),
    (LE, "Lived experience of psychosis is essential.\n\nWhat if I don't have lived experience? Candidates with "
         "relevant work experience may equally be considered.", "not-met"),
    # twin: the reply turns them down
    (LE, "You must have lived experience of homelessness.\n\nCan I apply if I have no lived experience? No, "
         "applicants with experience in housing support will not be considered.", "met"),
    # --- other experience named as equivalent by the role it was gained in, beside lived experience ---
    (ADJ, "Essential: lived experience of homelessness.\n\nComparable experience in a support position will also "
          "be considered.", "not-met"),
    (ADJ, "Lived experience of gambling harm is preferred. Similar experience from a frontline job (for instance "
          "in a food bank or a youth club) is also accepted.", "not-met"),
    (ADJ, "- Personal experience of psychosis is preferred.\n- Equivalent experience in a caring role — say, "
          "a care home or a befriending scheme — will be considered.", "not-met"),
    # twins: nothing to be level with; the peer work itself; said not to count
    (ADJ, "Comparable experience in a support position will also be considered.", "met"),
    (ADJ, "Lived experience of psychosis is essential. Equivalent experience in a peer role will be considered.",
     "met"),
    (ADJ, "Essential: lived experience of self-harm.\n\nEquivalent experience in a paid peer support position will "
          "be considered.", "met"),
    (ADJ, "Essential: demonstrated experience mentoring peer workers, or comparable experience in a senior peer "
          "role.", "met"),
    (ADJ, "Lived experience of psychosis is essential. Equivalent experience in a helping role will not be "
          "accepted.", "met"),
    # --- transferable skills or another job's skills said to be worth as much, beside lived experience ---
    (ADJ, "Essential: lived experience of addiction.\n\nTransferable skills from retail or hospitality are just "
          "as valid.", "not-met"),
    (ADJ, "You must have lived experience of mental distress. Skills gained in bar work are equally valued.",
     "not-met"),
    (ADJ, "Essential: lived experience of homelessness. Experience from other jobs is just as valuable.", "not-met"),
    (ADJ, "You must have lived experience of psychosis. Experience in previous roles is equally recognised.",
     "not-met"),
    # twins: said not to be; nothing to be level with
    (ADJ, "You must have lived experience of psychosis; transferable skills from retail are not equally valid.",
     "met"),
    (ADJ, "Essential: lived experience of psychosis. Experience in previous roles is not equally valued.", "met"),
    (ADJ, "Essential: lived experience of psychosis. Equivalent experience will not be considered.", "met"),
    (ADJ, "Experience from other jobs is just as valuable.", "met"),
    (ADJ, "Transferable skills from retail are just as valid.", "met"),
    # --- ... "just as" before the word of worth ("just as valued", "just as welcome") ---
    (ADJ, "Lived experience of an eating disorder would be good to have. Transferable skills from call centre, "
          "bar or shop work are just as valued.", "not-met"),
    (ADJ, "Essential: personal experience of gambling harm. Experience from previous careers is just as welcome.",
     "not-met"),
    (ADJ, "You must have lived experience of psychosis. Skills gained in hospitality are just as important.",
     "not-met"),
    # twins: said not to be; nothing to be level with
    (ADJ, "You must have lived experience of psychosis; skills gained in hospitality are not just as important.",
     "met"),
    (ADJ, "Transferable skills from retail are just as valued.", "met"),
    # --- volunteering on a phone line of another name, required ---
    (ADJ, "Essential: lived experience of psychosis.\n\nExperience volunteering with a support line is "
          "essential.", "not-met"),
    (ADJ, "Required: three months volunteering on a text line.", "not-met"),
    # --- learned experience spelled out, in its sentence, by another profession's study or work ---
    (ADJ, "Essential: lived, living or learned experience of gambling harm, for instance through your own "
          "recovery, supporting a partner, or a degree in psychology.", "not-met"),
    (ADJ, "Lived or learned experience of homelessness (such as your own story, or work in a housing service) "
          "is essential.", "not-met"),
    (ADJ, "Lived, living or learned experience of self-harm, e.g. through tertiary study or your own "
          "recovery.", "not-met"),
    # twins: the routes named are lived experience; a negated route; the bare idiom (CS001's alone)
    (ADJ, "Lived, living or learned experience of psychosis, for example through your own recovery or caring "
          "for a parent.", "met"),
    (ADJ, "Lived or learned experience of addiction is essential, though not through formal study.", "met"),
    (ADJ, "Essential: lived, living or learned experience of problem gambling.", "met"),
    (ADJ, "Essential: lived or learned experience of substance use, and the ability to work with the services "
          "around our clients.", "met"),
    # --- time or work in another job said to stand in for the peer credential ---
    (ADJ, "Required: Certified Recovery Specialist credential. Three years as a psychiatric aide may substitute "
          "for the credential.", "not-met"),
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work. Eighteen months' employment in a residential "
          "care home can replace the certificate.", "not-met"),
    (ADJ, "Minimum qualifications\n\n- CPRS certification.\n- Two years' experience as a mental health "
          "technician may substitute for the certification requirement.", "not-met"),
    # twins: peer work, peer training or lived experience stands in; a negated substitution
    (ADJ, "Required: CPRS certification. Two years of paid peer support work may substitute for the "
          "certification.", "met"),
    (ADJ, "Required: CPRS certification. Completion of the state training may substitute for the "
          "certification.", "met"),
    (ADJ, "Required: CPRS certification. Lived experience of recovery for two years may substitute for the "
          "certification.", "met"),
    (ADJ, "Required: CPRS certification. Experience as a nurse may not substitute for the certification.", "met"),
    # --- a condition that sets lived experience aside, then other experience accepted in the main clause ---
    (ADJ, "Essential: lived experience of psychosis.\n\nIf you don't have lived experience yourself, two years "
          "of work in a community service will be considered.", "not-met"),
    (ADJ, "Essential: lived experience of psychosis.\n\nWhere you do not have lived experience, three years in a "
          "support role would also be considered.", "not-met"),
    # twins: the other route is lived experience too; the acceptance negated; no other route named
    (ADJ, "Essential: lived experience of psychosis.\n\nIf you don't have lived experience yourself, experience "
          "of caring for a relative with psychosis will be considered.", "met"),
    (ADJ, "Essential: lived experience of psychosis.\n\nIf you do not have lived experience, experience in youth "
          "work will not be considered.", "met"),
    (ADJ, "Essential: lived experience of psychosis.\n\nIf you don't have lived experience, you are welcome to "
          "apply for our volunteer roles.", "met"),
    # --- an FAQ reply that accepts other experience with "will also be considered" ---
    (LE, "Essential: lived experience of homelessness.\n\nCan I apply if I don't have lived experience?\n\nYes - "
         "applicants with two years of work in hospitality will also be considered.", "not-met"),
    (LE, "You must have lived experience of psychosis.\n\nWhat if I have no lived experience? Applicants with "
         "experience in a support role would also be considered.", "not-met"),
    # twin: the reply opens with a no
    (LE, "You must have lived experience of psychosis.\n\nWhat if I have no lived experience? Unfortunately not - "
         "only applicants with lived experience will be considered.", "met"),
    # --- another profession's qualification standing in for the peer credential: an essential route
    # equal to it, as when the two are joined by "or" (not met) ---
    (ADJ, "Required: CPRS certification. A bachelor's degree in human services may substitute for the "
          "certification.", "not-met"),
    (ADJ, "Essential: Certificate IV in Mental Health Peer Work. A Diploma of Community Services will be accepted "
          "in lieu of the certificate.", "not-met"),
    # twin: the credential and its stand-in only desirable
    (ADJ, "Desirable: Certificate IV in Mental Health Peer Work; a Diploma of Community Services will be accepted "
          "in lieu of the certificate.", "partly-met"),
    # twins: standing in for part of another requirement; negated
    (ADJ, "Required: three years' supervisory experience; a master's degree in social work may substitute for one "
          "year of it.", "met"),
    (ADJ, "Required: CPRS certification. A bachelor's degree in human services may not substitute for the "
          "certification.", "met"),
    # --- the group a panel comes from described between dashes ("a panel from our X — volunteers
    # and members who are in recovery —"): a member noun before the people is their head noun ---
    (PANEL, "Candidates meet a hiring panel from our Harbour Recovery Association – staff and members who are in "
            "long-term recovery – as well as the Clinical Supervisor.", "met"),
    (PANEL, "Interviews are run by a panel from our Recovery Café Collective — volunteers and members who are in "
            "stable recovery — with the Programme Manager.", "met"),
    # the group named whole when its name ends in words read as another way ("Whānau Reference Group")
    (PANEL, "Applicants are interviewed by a panel from our Whānau Reference Group and the Clinical Lead.", "met"),
    (PANEL, "Applicants are interviewed by a panel drawn from our Whānau Reference Group — parents and members who "
            "have lived experience of addiction — alongside the Clinical Lead.", "met"),
    (PANEL, "Members of our Whānau Reference Group give feedback on your presentation; the panel is the Manager "
            "and an HR adviser.", "partly-met"),
    # twin: the members named are not people with lived experience
    (PANEL, "Candidates are interviewed by a panel from the Board of Trustees — accountants and members who are "
            "retired — together with the Service Manager.", "not-met"),
    # --- a gathering other than the interview (a hui, an afternoon tea), feedback offered, a rōpū ---
    (PANEL, "Shortlisted candidates are invited to a hui with our whānau reference rōpū, and interviews follow with "
            "the Clinical Lead and a trustee.", "partly-met"),
    (PANEL, "Shortlisted people are invited to an afternoon tea with members of our whānau advisory rōpū, and then "
            "to an interview with the Practice Lead and a Pou Ārahi.", "partly-met"),
    (PANEL, "Rangatahi from our youth rōpū will attend the pōwhiri and offer their impressions of each candidate, "
            "although the interview panel is the Clinical Lead and the Kaiwhakahaere.", "partly-met"),
    (PANEL, "Candidates will be interviewed by the Operations Manager; members of our reference rōpū will then "
            "provide feedback on a short role-play.", "partly-met"),
    # twins: a hui that is the interview; a welcome once appointed; a rōpū member on the panel
    (PANEL, "Shortlisted applicants will be invited to a hui-style interview with the Team Leader and Service "
            "Manager.", "not-met"),
    (PANEL, "Once appointed, you will be welcomed with a mihi whakatau; interviews are held with the Team Leader "
            "and a Clinical Lead.", "not-met"),
    (PANEL, "The interview panel is the Team Leader and a member of our whānau advisory rōpū.", "met"),
    (PANEL, "Shortlisted candidates will join a talanoa with our Pasifika family advisory group, followed by an "
            "interview with the Service Manager.", "partly-met"),
    (PANEL, "Shortlisted applicants will be invited to a barbecue with residents who use our service. Interviews "
            "are with the House Manager and a trustee.", "partly-met"),
    (PANEL, "Shortlisted candidates join a welcome circle with members of our lived experience collective, then an "
            "interview with the Director.", "partly-met"),
    # twins: the gathering holds no peers and the interview does; a hui in the post's duties
    (PANEL, "Shortlisted candidates will join a talanoa with the manager, then an interview with two of our peer "
            "support workers.", "met"),
    (PANEL, "After a shared kai with the whole team, you will be interviewed by a panel that includes a kaimahi "
            "with lived experience.", "met"),
    # --- a group of the people served named by their kind and "Experience" ("Carer Experience Forum") ---
    (PANEL, "Applicants will present to the Family Experience Network, then meet an interview panel of the Service "
            "Manager and Clinical Lead.", "partly-met"),
    (PANEL, "You will be interviewed by the Team Leader and a member of our carers experience group.", "met"),
    # a group of the people served named by what they are ("our Patient Council", "Tenants' Panel")
    (PANEL, "Shortlisted candidates will give a short presentation to our Residents' Committee, followed by an "
            "interview with the Manager and HR.", "partly-met"),
    (PANEL, "Shortlisted candidates will present to the Patient Council; the panel is the Ward Manager and a "
            "Consultant.", "partly-met"),
    (PANEL, "Candidates will be interviewed by our Tenants' Panel and the Housing Manager.", "met"),
    # twins: a committee of staff named after patients' safety; a board's members
    (PANEL, "The Patient Safety Committee reviews all incidents; interviews are with the Ward Manager.", "not-met"),
    (PANEL, "Shortlisted candidates will give a short presentation to our Members' Forum, followed by an "
            "interview with the Manager and HR.", "not-met"),
    # twin: a patient experience team is staff
    (PANEL, "Shortlisted applicants will present to our Patient Experience Team, followed by an interview with the "
            "Ward Manager.", "not-met"),
    # --- an interview whose conductors a relative clause gives, none of them peers, after an informal
    # part with people with lived experience: involved another way ---
    (PANEL, "You will be asked to an informal cup of tea with our consumer advisory group ahead of the interview, "
            "which will be led by the Nurse Unit Manager and a Psychologist.", "partly-met"),
    (PANEL, "Applicants first spend time with members of our Lived Experience Network before the interview, which "
            "is conducted by the Program Director and an HR Partner.", "partly-met"),
    # twin: the relative clause puts peers on the interview
    (PANEL, "Applicants will be invited to an informal chat with the manager before the formal interview, which is "
            "held by two of our peer mentors and the Service Manager.", "met"),
    # --- "Shortlisted candidates will meet with ...": the selection word only describes the candidates,
    # and "with" joins the people to what they do, beside an interview described: another way ---
    (PANEL, "Shortlisted candidates will meet with two of our peer workers, and then have an interview with the "
            "Team Manager and HR.", "partly-met"),
    (PANEL, "Shortlisted applicants will spend a morning on the ward with our peer support team before interview "
            "with the Ward Manager and Matron.", "partly-met"),
    # twins: no interview described (the meeting is the selection); the people on the panel they meet
    (PANEL, "Shortlisted candidates will meet with two of our peer workers.", "met"),
    (PANEL, "Shortlisted candidates will meet with a panel that includes two peer workers and the manager.", "met"),
    (PANEL, "Shortlisted candidates will be interviewed with two peer workers present, alongside the manager.",
     "met"),
    # --- a group task run by the people in the passive, or a role-play with them ---
    (PANEL, "Shortlisted candidates will take part in a group discussion facilitated by two experts by experience, "
            "followed by a panel interview with the Service Manager and Team Leader.", "partly-met"),
    (PANEL, "Applicants complete a scenario exercise led by members of our youth council, then an interview with "
            "the Programme Manager.", "partly-met"),
    (PANEL, "Candidates will do a role-play with an expert by experience; the interview panel is the Team Leader "
            "and a Senior Practitioner.", "partly-met"),
    # twins: the task run by staff, the panel with peers
    (PANEL, "Candidates complete a written task facilitated by HR, followed by a panel interview that includes a "
            "peer worker.", "met"),
    (PANEL, "Candidates do a role-play with the Team Leader, then an interview with a panel of two peer workers.",
     "met"),
    # --- disclosure of the experience pointed back to ("share that experience safely"), or with two
    # adverbs of manner ("carefully and deliberately") ---
    (PP, "Essential: lived experience of mental health difficulties.\n- Willingness to share that experience safely "
         "with people using services.", "partly-met"),
    (PP, "Essential: personal experience of problem gambling.\n- Able to use this experience thoughtfully and "
         "intentionally with the families you support.", "partly-met"),
    (PP, "Key criteria: lived experience of an eating disorder, and the ability to use your own story "
         "sensitively and purposefully.", "partly-met"),
    # twins: no manner; the people served sharing
    (PP, "Essential: lived experience of homelessness.\n- Willing to draw on that story with the residents.",
     "not-met"),
    (PP, "You will help residents share that experience safely and purposefully with their families.", "not-met"),
    (PP, "You will share that journey with care when it may help someone.", "partly-met"),
    (PP, "Willingness to draw on those experiences safely and purposefully in your work.", "partly-met"),
    # the manner as "in a ... way"
    (PP, "You will offer your story in a planned and safe way.", "partly-met"),
    # twins: the people served sharing; a manner of something else; a story used without one
    (PP, "Help tenants share those experiences safely with their neighbours.", "not-met"),
    (PP, "Tell us in a short and clear way why you want the job.", "not-met"),
    (PP, "You will use this story in your application.", "not-met"),
    # --- hope as a life worth living named possible, or the post holder modelling it ---
    (PP, "You will be a living example that people can build a good life after addiction.", "partly-met"),
    (PP, "You'll hold the belief that everyone can live a meaningful life.", "partly-met"),
    # twins: a good life as what the support is for, or the job's perks, not a belief it is reachable
    (PP, "You will support residents so they can live a good life in their own homes.", "not-met"),
    (PP, "You can have a full life outside work with our flexible hours.", "not-met"),
    (PP, "You will walk alongside people using our services and model that a meaningful life is possible.",
     "partly-met"),
    (PP, "Mentors demonstrate that a fulfilling life after prison is achievable.", "partly-met"),
    # twins: a task made possible; a licence and insurance
    (PP, "Our team models that it is possible to balance work and study.", "not-met"),
    (PP, "A full driving licence is essential; life insurance is available.", "not-met"),
    # --- a reflexive or adverb between "have" and "been" ("people who have themselves been an
    # inpatient", "must have personally been sectioned"), in a post only open to them: required ---
    (LE, "This post is only open to people who have themselves been an inpatient on a psychiatric ward.", "met"),
    (LE, "Applicants must have personally been sectioned under mental health law.", "met"),
    (LE, "Candidates must have previously been homeless.", "met"),
    # twin: the people served have been inpatients
    (LE, "You will support people who have themselves been an inpatient on a psychiatric ward.", "not-met"),
    # --- the family named by another word for it ("a whānau member", "a household member") ---
    (LE, "We'd love to hear from you if you have experience of helping a whānau member living with "
         "psychosis.", "partly-met"),
    (LE, "Essential: experience of supporting a household member through addiction.", "met"),
    # twin: the whānau served care for someone
    (LE, "You will run groups for whānau members who care for someone with psychosis.", "not-met"),
    # --- another post named by its rank ("supported by a Lived Experience Lead"): that post's name,
    # not the applicant's experience, even in a paragraph under the essential criteria ---
    (LE, "Essential criteria\n\n- Good IT skills.\n- A driving licence.\n\nYou will be supervised by our Lived "
         "Experience Lead.", "not-met"),
    (LE, "Minimum requirements\n\n- Two years in community services.\n\nCoaches are supported by the Lived "
         "Experience Manager and our lived experience advisors.", "not-met"),
    # twin: the applicant's own lived experience beside the post's name is still required
    (LE, "Essential criteria\n\n- Lived experience of psychosis.\n\nYou will be supervised by our Lived "
         "Experience Lead.", "met"),
    # --- lived experience as the main requirement of other openings the reader is pointed to, in the
    # plural after "our" ("please look at our Peer Worker vacancies"): not asked of this post ---
    (LE, "Lived experience of psychosis is welcome but not essential. If you want a post where lived "
         "experience is the main requirement, please look at our Peer Worker vacancies.", "not-met"),
    (LE, "Anyone wanting a job where personal recovery is essential should browse our current Recovery Mentor "
         "openings.", "not-met"),
    # twin: this post's own paperwork, in the singular
    (LE, "Lived experience of psychosis is essential; please see our job description for details.", "met"),
    # --- the organisation's own programme staff who bring their lived experience, in the sentence
    # where "we" name the services ("We offer ... a recovery café with volunteers who bring their
    # own lived experience"): theirs, not the applicant's ---
    (LE, "We offer detox beds, a housing team and a recovery café with volunteers who bring their own lived "
         "experience.", "not-met"),
    (LE, "We run counselling, a family service and a mutual aid hub where mentors draw on their own "
         "recovery from gambling harm.", "not-met"),
    # twin: the applicants named after the organisation's verb
    (LE, "We offer paid training to applicants who bring their own lived experience of addiction.", "partly-met"),
    # --- risk assessment as the second of two kinds after "carry out" ("carry out health and risk
    # assessments"): the post's own duty ---
    (ADJ, "You will carry out wellbeing and risk assessments when tenants move in.", "not-met"),
    (ADJ, "Carrying out health and risk assessments with young people at the drop-in.", "not-met"),
    # twins: negated; other staff do them
    (ADJ, "You will not carry out wellbeing and risk assessments; the housing officers do that.", "met"),
    (ADJ, "Our duty social workers carry out mental health and risk assessments at referral.", "met"),
    # --- helpline volunteering, a word or two before "helpline", offered after "or" and a length of
    # time as the other route ---
    (ADJ, "Relevant experience: two years of paid peer work, or eighteen months of volunteering with a "
          "national suicide helpline.", "not-met"),
    (ADJ, "You need six months in a peer role or one year volunteering on a youth warmline.", "not-met"),
    # twins: a staff member's past, not a route in; the time after a comma is another clause
    (ADJ, "Essential: lived experience of gambling harm. Several of our team came to us after volunteering on a "
          "student helpline.", "met"),
    (ADJ, "Essential: lived experience of gambling harm. You will answer calls for two years or more, "
          "volunteering on our evening helpline.", "met"),
    # --- "or" before a repeated preposition of field opens a second qualification ("Diploma of Youth
    # Work or of Peer Support"): the first is another profession's, desirable ---
    (ADJ, "Desirable: Certificate IV in Youth Work or in Mental Health Peer Work.", "partly-met"),
    (ADJ, "Highly regarded: a Diploma of Community Services or of Peer Work.", "partly-met"),
    # twin: no repeated preposition, one certificate in either field (the row above "or joins two fields")
    (ADJ, "Desirable: Certificate IV in Youth Work or Mental Health Peer Work.", "met"),
    # --- clinical staff helped to do their own task, the staff before "to" and the duty's verb
    # ("help the nurses to carry out observations"): a supporting position, observations too ---
    (ADJ, "Help the nurses to carry out routine physical observations on the ward.", "partly-met"),
    (ADJ, "Assist the midwives to complete newborn observations at the clinic.", "partly-met"),
    # twins: the post does the task itself (the staff helped "with" it, or helped by it); restraint
    # stays the post's own whoever is helped
    (ADJ, "Help the nurses with routine physical observations on the ward.", "not-met"),
    (ADJ, "Complete newborn observations to help the midwives.", "not-met"),
    (ADJ, "Help the ward team to restrain a patient when asked.", "not-met"),
    (ADJ, "Support the nurses to restrain residents during incidents.", "not-met"),
    # --- the staff helped named with a word or two before them ("the ward nurses", "our community
    # nurses"): still helped, a supporting position, not the staff's work apart from the post ---
    (ADJ, "Assist the ward nurses to carry out routine observations on the unit.", "partly-met"),
    (ADJ, "Support our community mental health nurses to complete risk assessments.", "partly-met"),
    # twins: the staff do it in a clause of their own
    (ADJ, "Peer workers help residents settle in while the night nurses carry out observations.", "met"),
    (ADJ, "You will listen and encourage; the ward nurses give medication.", "met"),
    # --- a meal or gathering with the people served named by the service they live in or use
    # ("residents of our housing program", "guests at the night shelter") ---
    (PANEL, "Applicants selected for interview are also invited to a barbecue with tenants of our supported "
            "housing project.", "partly-met"),
    (PANEL, "Shortlisted applicants share a breakfast with guests at the night shelter before the panel interview "
            "with the service manager.", "partly-met"),
    (PANEL, "Interviews are held by the Operations Manager and two patients on our rehabilitation ward.", "met"),
    # twins: residents of a place that is not a service; a meal with staff
    (PANEL, "Interviews are held by the manager and two residents of the borough.", "not-met"),
    (PANEL, "Shortlisted applicants share a breakfast with staff at the head office before the panel interview "
            "with the service manager.", "not-met"),
    # --- a group of people with lived experience named before and referred back to ("the group",
    # "the council") in the selection sentence ---
    (PANEL, "Our Youth Council meets monthly. Shortlisted applicants will spend time with the council before an "
            "interview with the service manager.", "partly-met"),
    (PANEL, "## Carer Reference Group\n\nOur Carer Reference Group reviews every new post. Candidates selected for "
            "interview have a short morning tea with the group before the panel with the team leader.",
     "partly-met"),
    (PANEL, "Our Lived Experience Advisory Group helped shape this role. The interview panel is two members of the "
            "group and the service manager.", "met"),
    # twins: a group that is not people with lived experience; a group noun naming someone else
    (PANEL, "Our Finance Committee oversees budgets. Shortlisted applicants will spend time with the committee "
            "before an interview with the manager.", "not-met"),
    (PANEL, "Our Youth Council meets monthly. Shortlisted applicants will spend time with the group leader "
            "before an interview with the service manager.", "not-met"),
    # --- disclosure as telling how the worker came through ("share how you found your own way
    # through", "what got you through") ---
    (PP, "You will tell people how you made it out of gambling harm, when it helps them.", "partly-met"),
    (PP, "Share what got you through the hardest months of withdrawal.", "partly-met"),
    # twins: the people served telling their own way through; an applicant's account
    (PP, "Help residents share how they got through a crisis.", "not-met"),
    (PP, "You will help members tell what got them through.", "not-met"),
    # --- hope as the post holder being living proof, or proof or a reminder that change happens ---
    (PP, "You will be a walking testament to recovery for the young people you meet.", "partly-met"),
    (PP, "Our mentors are a daily reminder that people do recover.", "partly-met"),
    # twins: evidence of something other than change; a living wage
    (PP, "We need evidence that staff can attend the training.", "not-met"),
    (PP, "We pay the Living Wage and ask for proof of your right to work.", "not-met"),
    # --- a negated verb of losing keeps the principle after it ("without losing the mutuality") ---
    (PP, "Coach the team to hold firm limits without losing the mutuality at the heart of peer work.", "partly-met"),
    (PP, "You will never lose sight of hope, even on the hardest shifts.", "partly-met"),
    # twins: the principle itself negated; a verb that is not one of losing
    (PP, "You will support people without sharing your own story.", "not-met"),
    (PP, "This is a job without mutuality: you direct the care plan.", "not-met"),
    # --- sharing chosen at selection ("at interview", "in your application"), in the sentence or
    # the question it answers, is the applicant's choice, not the post's practice ---
    (PP, "Will the panel ask about my history during the selection day? You decide how much to disclose.",
     "not-met"),
    (PP, "At interview, you can choose how much of your story to share.", "not-met"),
    # twins: the same choice in the work, or after a question about something else
    (PP, "In this role you decide how much of your story to share with tenants.", "partly-met"),
    (PP, "Do I need a degree? No. You will decide what to share and when, in supervision.", "partly-met"),
    # --- a task set, observed or marked by the people, one participle or two joined: another way ---
    (PANEL, "The selection day has two parts: a role-play devised and marked by members of our Youth Council, then "
            "an interview with the service manager and a nurse.", "partly-met"),
    (PANEL, "Assessment day: a group scenario observed by two experts by experience, then an interview with the ward "
            "manager and a psychologist.", "partly-met"),
    # twins: the task marked by staff
    (PANEL, "The selection day has two parts: a written exercise marked by the HR team, then an interview with the "
            "service manager and a nurse.", "not-met"),
    (PANEL, "Assessment day: a group scenario observed by two psychologists, then an interview with the ward manager.",
     "not-met"),
    # --- "peer" naming the service a manager runs ("the Peer Services Manager", its supervisor or
    # coordinator: blind93 wk01) is not a peer on the panel; a peer beside them still is ---
    (PANEL, "Our Lived Experience Advisory Group helps write the interview questions. Interviews are with the Peer "
            "Services Manager and our Head of Operations.", "partly-met"),
    (PANEL, "Interviews are held by the Peer Service Director and the Clinical Lead.", "not-met"),
    (PANEL, "Interviews are held by the Peer Services Supervisor and the Clinical Lead.", "not-met"),
    (PANEL, "Interviews are held by the Peer Services Manager and a current Recovery Coach.", "met"),
    # --- a panel drawn from a group of the people served, the group named whole ("a panel from our
    # Youth Council", "a panel drawn from our Consumer Reference Group"): they sit on it ---
    (PANEL, "You will meet a panel from our Whānau Advisory Council alongside the Clinical Director.", "met"),
    (PANEL, "You will be interviewed by a panel drawn from our Consumer Reference Group, together with the Team "
            "Leader.", "met"),
    (PANEL, "Interviews are run by a panel from the Carers Reference Council, with the Housing Manager.", "met"),
    # twins: a panel from a staff team; a stakeholder panel from the group beside the interview
    (PANEL, "You will meet a panel from our finance team and the service manager.", "not-met"),
    (PANEL, "Applicants meet a stakeholder panel from our Consumer Reference Group before the formal interview with "
            "the manager and a nurse.", "partly-met"),
    # --- a page of information the reader is sent to, which names the openings only after a
    # preposition ("see our FAQ page for other roles"): the requirement before it stays this post's ---
    (LE, "Personal experience of gambling harm is essential; see our FAQ page for other roles.", "met"),
    (LE, "Applicants must have lived experience of homelessness and may visit our careers website for details "
         "of other posts.", "met"),
    (LE, "Lived experience of an eating disorder is required - please read our guidance notes on peer roles.", "met"),
    # twins: the openings themselves are what the reader is sent to
    (LE, "Lived experience of gambling harm is welcome but not essential. If you want a job where it is the main "
         "requirement, please see our Peer Mentor roles.", "not-met"),
    (LE, "Anyone wanting a post where personal recovery is essential should explore our Recovery Navigator "
         "vacancies.", "not-met"),
    # --- another opening offered to the applicants without the lived experience ("...; people without
    # it should see our Support Worker roles"): the requirement before it stays this post's ---
    (LE, "Lived experience of psychosis is essential; people without it should see our Support Worker roles.", "met"),
    (LE, "Personal experience of recovery from addiction is required, and applicants lacking it may instead apply "
         "for our Outreach Worker vacancy.", "met"),
    # twin: those with it are sent to the other opening
    (LE, "Applicants who have supported a sibling through psychosis are also welcome to apply for our Carer "
         "Support Worker vacancy.", "not-met"),
    # --- the one-word family nouns after "experience of supporting" ("a relative", "a friend",
    # "a parent"), not only "a family member" ---
    (LE, "Essential: experience of supporting a relative through addiction.", "met"),
    (LE, "You must have experience of helping a sibling through recovery from gambling harm.", "met"),
    (LE, "Essential criteria: experience of supporting a parent who lives with schizophrenia.", "met"),
    # twins: the carers the post serves have it; only desirable
    (LE, "You will run peer groups for carers who have experience of supporting a relative through addiction. "
         "A driving licence is essential.", "not-met"),
    (LE, "Desirable: experience of supporting a parent through an eating disorder.", "not-met"),
    # --- in plain text, a section phrase asking for the applicant on a line of its own, with no
    # colon ("What we are looking for"), heads the list under it: not the heading before ---
    (LE, "Desirable\n\n- A full driving licence\n\nWhat we are looking for\n\n- Lived experience of addiction "
         "and recovery\n- Good listening skills", "partly-met"),
    (LE, "Nice to haves\n\n- Welsh language skills\n\nThe person we're seeking\n\n- Personal experience of "
         "psychosis\n- Warmth and patience", "partly-met"),
    # twin: a sentence that opens with the same words is no heading
    (LE, "Desirable\n\n- A full driving licence\n\nWhat we are looking for is someone who gets it\n\n- Lived "
         "experience of addiction and recovery", "not-met"),
    # --- "or equivalent experience in ..." closing a long lived experience item that opens after a
    # label or a semicolon inside an Essential cell: substitutable, as in a list item ---
    (LE, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Experience | Experience: lived experience of "
         "gambling harm or problem drinking, either your own or through a partner, parent or close friend, or "
         "equivalent experience in a community setting | Peer support training |", "not-met"),
    (LE, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Experience | Warmth and patience; personal "
         "experience of homelessness or insecure housing, whether in the past or now, yourself or as a whānau "
         "member, or equivalent experience working in housing support | A driving licence |", "not-met"),
    # twin: the cue closes the next item, past a semicolon
    (LE, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Experience | Experience: lived experience of "
         "psychosis or bipolar disorder, either personally or as a carer of a loved one; a nursing degree or "
         "equivalent experience in health | A driving licence |", "met"),
    # --- disclosure in a series of predicates joined by bare commas, opened by a worker ("Our mentors
    # sit with clients, share their own stories with purpose, and ..."): the worker's sharing ---
    (PP, "Our mentors sit with clients in the waiting room, share their own stories with purpose, and follow "
         "up by phone.", "partly-met"),
    (PP, "Our support workers meet families at the clinic, share their own stories safely, and follow up by "
         "text.", "partly-met"),
    # twins: a clause of the people served before the series; a serving verb that makes them act;
    # sharing that is not one's own story
    (PP, "We run drop-in groups where veterans meet, share their stories with purpose and build friendships.",
     "not-met"),
    (PP, "Our coaches help clients set goals, share their stories with purpose and plan next steps.", "not-met"),
    (PP, "Our advocates visit tenants at home, share information with the team, and keep records.", "not-met"),
    # --- the same worker's sharing joined by a bare "and" right after the people served, or after "by"
    # or "through" ("Our navigators build trust with residents by sharing their own stories") ---
    (PP, "Our peer specialists support participants and share their own stories intentionally.", "partly-met"),
    (PP, "Peer workers walk alongside tenants and share their lived experience safely.", "partly-met"),
    (PP, "Our navigators build trust with residents by sharing their own recovery stories purposefully.",
     "partly-met"),
    (PP, "Our mentors support veterans through sharing their own journeys safely.", "partly-met"),
    # twins: the people act (a verb after them, a relative clause); "we" or "you" are not "their"
    (PP, "Our coaches help clients set goals and share their stories with purpose.", "not-met"),
    (PP, "Our peer workers support clients who feel stuck and share their stories with purpose.", "not-met"),
    (PP, "We help families by sharing their stories with care.", "not-met"),
    (PP, "You will meet patients, and share their stories safely with the team.", "not-met"),
    # --- team or staff members helped to share their own stories (a lead's duty): colleagues' disclosure ---
    (PP, "Coach your team members to share their recovery stories intentionally.", "partly-met"),
    (PP, "Encourage staff members to tell their own stories with care.", "partly-met"),
    # twins: members of a club the service runs are the people served; sharing the service's results
    (PP, "Support club members to share their stories with purpose.", "not-met"),
    (PP, "Help team members share the service's results with purpose.", "not-met"),
    # --- other openings pointed to in a clause of their own, after a semicolon, a bracket or ", and you"
    # ("... is essential; see our other peer roles too"): the requirement before stays this post's ---
    (LE, "You must have lived experience of homelessness; please also browse our other peer roles.", "met"),
    (LE, "Lived experience of addiction is essential for this post (see our Pacific peer roles explained page).",
     "met"),
    (LE, "Personal experience of gambling harm is essential, and you can view our current mentor roles on the "
         "careers page.", "met"),
    (LE, "Personal experience of the care system is essential — see our Youth Navigator jobs for what the "
         "work involves.", "met"),
    (LE, "You must have lived experience of problem gambling - browse our other peer roles too.", "met"),
    # twins: the lived experience is the way into the other openings, with no clause between (a hyphen
    # inside a word is no break)
    (LE, "Young people with lived experience of self-harm may also apply for our Peer Mentor programme.", "not-met"),
    (LE, "Whānau who have walked alongside a relative through psychosis may also apply for our Family Navigator "
         "vacancy.", "not-met"),
    (LE, "Veterans in recovery from alcohol use should look at our Peer Mentor openings instead.", "not-met"),
    # --- people who have used a kind of service named by one word ("addiction services", "housing
    # services"), beside "mental health services" (a pattern of its own: an alternative holds no space) ---
    (PANEL, "The interview panel includes someone who has used addiction services.", "met"),
    (PANEL, "Our shortlisting panel always includes two people who have accessed housing services.", "met"),
    # twin: the people served named outside the selection, a staff panel
    (PANEL, "The interview panel is the team manager and a nurse. You will support people who have used "
            "addiction services.", "not-met"),
    # --- a part in the clinical team's plan for a person, under a clinician's direction: taking
    # part in it, the plan named with discharge beside care or treatment, or what the peer brings
    # named before the team's plan: a supporting position (partly met) ---
    (ADJ, "Takes part in each resident's treatment planning, guided by the consultant psychiatrist.", "partly-met"),
    (ADJ, "Participate in the treatment plan for every veteran, as directed by the attending physician.",
     "partly-met"),
    (ADJ, "Contribute to the ward's discharge and care planning under the guidance of the Nurse Unit Manager.",
     "partly-met"),
    (ADJ, "Contribute lived experience insights to the community team’s treatment plan, under the direction of the "
          "clinical lead.", "partly-met"),
    (ADJ, "You will contribute to discharge planning for people leaving the forensic unit.", "partly-met"),
    # twins: the people served take part in their own plan, the post helping them; a plan of no
    # clinical kind; the part denied
    (ADJ, "Support tenants and their whānau to take part in their own care planning.", "met"),
    (ADJ, "Help parents get ready for and participate in their child's treatment planning meetings.", "met"),
    (ADJ, "Encourage and help veterans to contribute to their discharge plans.", "met"),
    (ADJ, "Take part in the team's planning day and contribute to the service's annual business plan.", "met"),
    (ADJ, "You will not take part in treatment planning or hold a caseload.", "met"),
    (ADJ, "Support tāngata whaiora to take part in their own care planning.", "met"),
    (ADJ, "Help rangatahi and their whānau contribute to their discharge plans.", "met"),
    # --- the organisation by its own name as the subject, with a verb of providing: what it
    # provides is its programmes, not the post's duties ---
    (ADJ, "Kōwhai Health provides case management, a medication clinic and peer support across the district.",
     "met"),
    (ADJ, "Harbourside Wellbeing runs care coordination and a clozapine clinic for the district.", "met"),
    (ADJ, "Maple Ridge CMHC offers formal risk assessments, care coordination and peer support to 3,000 people a "
          "year.", "met"),
    # twins: the post or its holder as the subject, in any person; an adverb is no name; the post
    # holder after the organisation's programmes
    (ADJ, "You will provide case management to twelve participants.", "not-met"),
    (ADJ, "The Peer Navigator provides case management to families.", "not-met"),
    (ADJ, "The Incumbent provides case management to families.", "not-met"),
    (ADJ, "Occasionally runs care coordination when the team is busy.", "not-met"),
    (ADJ, "Eastgate Recovery Services delivers detox and a drop-in; you will give medication on the evening "
          "round.", "not-met"),
    # the same under a heading about the branch or the agency, in the passive
    (ADJ, "OUR BRANCH\n\nCare coordination and a medication clinic are run from our Main Street site.", "met"),
    (ADJ, "Our agency:\n\nCase management and formal risk assessments are offered at three sites.", "met"),
    (ADJ, "OUR BRANCH\n\nYou will provide case management from the branch office.", "not-met"),
    # --- "or" and other experience named as equivalent by the role it was gained in, after an
    # adjacent qualification in a list of what is wanted: adjacent experience is the other route
    # in (not met), whatever the list's level ---
    (ADJ, "What we are looking for\n\n- Certificate III in Individual Support, or comparable experience in a care "
          "position.\n- A driver licence.", "not-met"),
    (ADJ, "About you\n\n- An associate degree in human services, or similar experience in a case management "
          "capacity.\n- Warmth and patience.", "not-met"),
    # twins: the other route is peer work; the same words with no "or" and no lived experience near
    (ADJ, "What we are looking for\n\n- Certificate IV in Mental Health Peer Work, or equivalent experience in a "
          "peer support role.\n- A driver licence.", "met"),
    (ADJ, "About you\n\n- Comparable experience in a community role would help you settle in.\n- Warmth and "
          "patience.", "met"),
    # --- a yes/no question in prose under a requirements heading (an FAQ whose own heading was
    # lost) is no requirement: the reply after it decides ---
    (LE, "Qualifications\n\n- A certificate in community work\n\nCan I apply without lived experience? Lived "
         "experience is not essential for this post, though many of our team have it.", "not-met"),
    (LE, "Requirements\n\n- A full driving licence\n\nDo I need lived experience to apply? No. Personal "
         "experience of addiction is welcome but not required.", "not-met"),
    (LE, "Key selection criteria\n\n- Good computer skills\n\nDo I have to have lived experience? You do not; "
         "it would be an advantage.", "not-met"),
    # twins: a reply that requires it; a question with no reply wants it (prose)
    (LE, "Qualifications\n\n- Good IT skills\n\nDo I need lived experience to apply? Yes: lived experience of "
         "mental health challenges is essential for this post.", "met"),
    (LE, "Essential requirements\n\n- A driving licence\n\nMust I have lived experience? Yes, you must have "
         "personal experience of homelessness.", "met"),
    (LE, "Qualifications\n\n- Good IT skills\n\nDo I need lived experience of psychosis to apply? Yes, it is "
         "essential for this post.", "met"),
    (LE, "Person specification\n\n- A driving licence\n\nIs lived experience of gambling harm required? "
         "Absolutely: it is a requirement of this post.", "met"),
    (LE, "Qualifications\n\n- Good IT skills\n\nDo you have lived experience of psychosis?", "partly-met"),
    # a bare yes or no, then the sentence that says it
    (LE, "Qualifications\n\n- Good IT skills\n\nDo I need lived experience of addiction to apply? Yes. It is "
         "essential for this post.", "met"),
    (LE, "Qualifications\n\n- Good IT skills\n\nQ: Do I need lived experience to apply? A: No, although many of "
         "our team have it.", "not-met"),
    # --- in plain text, two columns named only by their levels and aligned by spaces, each cell
    # wrapped in its own column: the column a cell sits in sets its level ---
    (LE, "What you will bring\n\nESSENTIAL                               DESIRABLE\nPersonal experience of gambling  "
         "       A full driving licence\nharm and of recovery from it\nGood listening skills                   "
         "Knowledge of te reo Māori", "met"),
    (LE, "Essential criteria                      Desirable criteria\nGood written English                    "
         "Experience in housing\nLived experience of homelessness,       support services\nwhether now or in the "
         "past              Peer support training", "met"),
    # twins: the lived experience cell in the desirable column stays desirable
    (LE, "Required                                Preferred\nA high school diploma                   Lived "
         "experience of recovery from\nCPR certification                       substance use or addiction",
         "not-met"),
    (LE, "ESSENTIAL                          DESIRABLE\nGood IT skills                     Lived experience of "
         "psychosis,\nA full driving licence             either your own or a relative's", "not-met"),
    # --- community services named with a degree or a qualification (not only a certificate or a
    # diploma) is another profession's qualification; "or equivalent experience" after it is its
    # own alternative, not lived experience's ---
    (ADJ, "A qualification in community services, community development or health, or equivalent experience "
          "(essential).", "not-met"),
    (ADJ, "You must hold a Bachelor of Community Welfare or have equivalent experience in the sector.", "not-met"),
    (ADJ, "Essential: an associate degree in community work, or equivalent experience.", "not-met"),
    (ADJ, "A degree in community services would be an advantage.", "partly-met"),
    (LE, "Essential: lived experience of problem gambling. A qualification in community services, or equivalent "
         "experience.", "met"),
    # twins: a peer qualification; community services as the places the post links people with
    (ADJ, "A qualification in peer work or equivalent experience (essential).", "met"),
    (ADJ, "You will link people with community services and welfare agencies across the region.", "met"),
    # --- carer experience said as having been beside someone close through it ("has walked
    # alongside a whānau member through ...", "stood by a partner through ..."): lived experience ---
    (LE, "We want to hear from people who have stood by a partner through psychosis and can now support other "
         "families.", "partly-met"),
    (LE, "We're seeking someone who has been alongside a parent through gambling harm, and who\ncan now share "
         "that understanding.", "partly-met"),
    (LE, "Essential: you have walked beside a family member through addiction.", "met"),
    (LE, "Applicants must have stood by a whānau member through mental distress.", "met"),
    # twins: the post's future duty; the people the post supports
    (LE, "You will walk alongside a family member of each person we support. A driving licence is essential.",
         "not-met"),
    (LE, "You will support carers who have stood by a relative through psychosis. A driving licence is essential.",
         "not-met"),
    # --- relationships with the people supported said to rest on mutual respect, the people named
    # between ("relationships with guests based on mutual respect"): mutuality ---
    (PP, "The Peer Mentor builds relationships with guests based on mutual respect and helps them plan for "
         "discharge.", "partly-met"),
    (PP, "You will form connections with the young people you meet, grounded in mutual respect.", "partly-met"),
    (PP, "Our kaimahi build relationships with whānau that are founded on mutual respect.", "partly-met"),
    # twins: relationships with others than the people supported; an organisation's culture
    (PP, "You will build relationships with local employers based on mutual respect.", "not-met"),
    (PP, "We have a workplace culture based on mutual respect.", "not-met"),
    (ADJ, "Use motivational interviewing rather than confrontation.", "met"),
    # --- a duty set against the peer work ("rather than case management", "instead of care
    # coordination") says what the role is not, as "not case management" does ---
    (ADJ, "Our mentors offer friendship rather than case management.", "met"),
    (ADJ, "You will walk with people through their first year, instead of case management or therapy.", "met"),
    (ADJ, "You will offer companionship as opposed to care coordination.", "met"),
    # twins: the duty before the contrast, or after it in a clause of its own, is the post's
    (ADJ, "You will provide case management rather than therapy.", "not-met"),
    (ADJ, "Rather than referring people on, you will complete risk assessments yourself.", "not-met"),
    # --- a professional qualification opening an item of a list that asks for the applicant with no
    # level ("About you", "What we're looking for", "To be successful you will have:") is what the
    # post requires, as in an "Essential" table ---
    (ADJ, "About you\n\n- Lived experience of psychosis and recovery\n- A diploma in social work\n- A full driving licence", "not-met"),
    (ADJ, "What we’re looking for\n\n- Your own experience of gambling harm\n- Current registration as a mental health nurse", "not-met"),
    (ADJ, "The role\n\nTo be successful you will have:\n\n- A degree in psychology or counselling\n- Warmth and patience", "not-met"),
    (ADJ, "You will also need\n\n- Certificate IV in Community Services\n- A current first aid certificate", "not-met"),
    # twins: a level in the item or over the list keeps it desirable; a willingness to train, other
    # staff, a list that is not the applicant's, a denial on the next line of the same sentence
    (ADJ, "About you\n\n- Lived experience of psychosis\n- A diploma in social work would be an advantage", "partly-met"),
    (ADJ, "About you\n\nDesirable:\n\n- A degree in psychology or counselling", "partly-met"),
    (ADJ, "What you bring\n\n- Willingness to complete the Certificate IV in Community Services", "met"),
    (ADJ, "About you\n\n- Comfortable working alongside registered nurses and social workers", "met"),
    (ADJ, "What we offer\n\n- A diploma in counselling, fully funded after your first year", "met"),
    (ADJ, "About the team\n\n- A registered nurse and a social worker", "met"),
    (ADJ, "Who you are\n\n- A nursing or social work degree\n- is not required for this post", "met"),
    (ADJ, "About you\n\n- Current NMC registration or a licence from the Nursing\n- and Midwifery Council is not essential", "met"),
    (ADJ, "About you\n\n- A social work degree from a Canadian\n- University Accredited Program is not required", "met"),
    (ADJ, "About you\n\n- Registration with the Nursing Council or HCPC\n- A car is not required", "not-met"),
    # --- the people served named first, then the worker's own sharing after "and": "your" makes it
    # the worker's disclosure, whoever the verb before "and" serves ---
    (PP, "Support veterans and share your own story of recovery when it helps.", "partly-met"),
    (PP, "- Walk alongside clients and tell your own story with care", "partly-met"),
    (PP, "You will accompany tenants to appointments and use your own experience of homelessness purposefully.", "partly-met"),
    # twins: "their" after the people served is theirs
    (PP, "Help tenants find housing and share their stories with others.", "not-met"),
    (PP, "You will help young people set goals and share their stories.", "not-met"),
    # --- peer shifts covered by a peer (a supervisor, a lead) are the peer work's own, not cover for
    # another post's staffing (bench/agreement.py --evidence: "Cover peer shifts" had decided not-met) ---
    (ADJ, "Cover peer shifts at the crisis café in Brisbane when a mentor is off sick.", "met"),
    (ADJ, "As team lead you will be covering peer support worker shifts at short notice.", "met"),
    # twins: another post's shifts, or peer and nursing shifts together, are cover
    (ADJ, "Cover nursing shifts in Brisbane when the ward is short.", "not-met"),
    (ADJ, "As team lead you will be covering healthcare assistant shifts at short notice.", "not-met"),
    # --- care or case co-ordination said as a gerund, in two words or hyphenated, is the post's
    # clinical duty ("You will be care coordinating for six clients") ---
    (ADJ, "You will be care co-ordinating nine tenants across Dundee.", "not-met"),
    (ADJ, "Care-coordinating a small caseload of older adults in Winnipeg is part of the job.", "not-met"),
    # twins: the gerund denied, staff named by the noun, a meeting or team named by the gerund
    (ADJ, "You won't be care-coordinating anyone in Toronto.", "met"),
    (ADJ, "You will work beside our care coordinators in Adelaide.", "met"),
    (ADJ, "You will attend care coordinating meetings with the ward team.", "met"),
    # --- another profession's shift among the shifts covered, past two words ("cover peer and
    # nursing shifts"): cover for another post even beside peer shifts ---
    (ADJ, "You will cover peer and healthcare assistant shifts at weekends in Perth.", "not-met"),
    (ADJ, "You may be asked to cover peer support and ward shifts in Cork.", "not-met"),
    # twins: peer shifts alone, or peer and volunteer shifts, are the peer work's own
    (ADJ, "Cover peer shifts at the Galway hub over Christmas.", "met"),
    (ADJ, "Covering peer mentor and volunteer shifts over the holidays in Calgary.", "met"),
    # --- a requirement denied with "needed" ("is not needed", "isn't needed") reads like "is not
    # required": a qualification said so is at most desirable, or denied on its own line ---
    (ADJ, "A social work degree, while useful, is not needed for this post in Hamilton.", "partly-met"),
    (ADJ, "About you\n\n- A nursing or youth work degree\n- isn't needed for this post", "met"),
    (LE, "Lived experience of gambling harm is welcome but not needed.", "not-met"),
    # twins: "what is needed is ..." asks for it; "not needed" of something else leaves it required
    (ADJ, "About you\n\n- A degree in social work from a Canadian university is what is needed", "not-met"),
    (LE, "Lived experience of gambling harm is essential; a car is not needed.", "met"),
    # --- a qualification noun naming colleagues after a word of working beside them, or after "to"
    # or "from" with "our" or "the", is the staff, not what the post requires ---
    (ADJ, "You will take referrals from our registered psychologists and pass notes to the registered nurse on shift.", "met"),
    (ADJ, "Lived experience is essential. You will work with registered mental health nurses and licensed clinicians in Cairns.", "met"),
    # twins: the applicant as the qualified person, required or welcome
    (ADJ, "You must be a registered nurse with a practising certificate in Nelson.", "not-met"),
    (ADJ, "We welcome applications from registered nurses who have lived experience.", "partly-met"),
    # --- lived experience said as a personal (own, lived) history of its kind: incarceration,
    # substance use, homelessness, the care system (US, UK, AU wordings) ---
    (LE, "This opening in Ohio is open only to applicants with a personal history of imprisonment and recovery from opioid use.", "met"),
    (LE, "Applicants must have their own history of serious mental illness and be willing to share it.", "met"),
    (LE, "Essential: a personal history of homelessness in Manchester or elsewhere.", "met"),
    (LE, "To apply, you must have a lived history of being in out-of-home care in Queensland.", "met"),
    (LE, "We would love to hear from people with a personal history of psychosis.", "partly-met"),
    # twins: a history of employment or of work, or a medical history form, is not lived experience
    (LE, "This opening is open only to applicants with a personal history of employment in retail.", "not-met"),
    (LE, "Essential: a history of working in mental health services in Bristol.", "not-met"),
    (LE, "Applicants must complete a medical history form before starting in Adelaide.", "not-met"),
    (LE, "Applicants must have a personal history of working in addiction services.", "not-met"),
    # --- a requirement whose subject is other posts named before it in its clause is theirs ---
    (LE, "This is an outreach post; our Peer Navigator roles are posted separately and are open only to people with lived experience of psychosis.", "not-met"),
    (LE, "You will run groups in Dunedin. Our Recovery Mentor vacancies, which are reserved for people in recovery from addiction, close next week.", "not-met"),
    # twins: this post itself, or added to the others, or named between, keeps the requirement
    (LE, "This is a peer position and is open only to people with lived experience of psychosis.", "met"),
    (LE, "Our Peer Navigator roles are open only to people with lived experience of psychosis, and so is this one.", "met"),
    (LE, "Like our other peer roles, this post is open only to people with lived experience of gambling harm.", "met"),
    # --- a presentation, exercise or test the candidate does is a task, whatever its topic: people
    # named in its topic ("on", "about") do not take part in selection, and an interview that
    # "includes" the task is not made up of the people it is given to ---
    (PANEL, "Interviews will be held in Leeds on 3 March and will include a ten-minute presentation on growing the "
            "peer workforce.", "not-met"),
    (PANEL, "The selection day includes a written exercise about supporting service users through hospital "
            "discharge. The interview panel is the Service Manager and HR.", "not-met"),
    (PANEL, "Shortlisted candidates will be interviewed and asked to prepare a short presentation about how you "
            "would involve people with lived experience in service design.", "not-met"),
    (PANEL, "The interview in Toronto will include a case scenario on working with consumers in crisis.", "not-met"),
    (PANEL, "The interview in Darwin will include a role-play on supporting a consumer in distress.", "not-met"),
    (PANEL, "Interviews in Adelaide include a written test on working with people with lived experience.", "not-met"),
    # twins: the task given to a panel that includes peers (met), or heard and scored by people who
    # use services (another way: partly met)
    (PANEL, "Interviews will be held in Leeds; you will give a presentation to a panel that includes a peer worker.",
            "met"),
    (PANEL, "At interview you will deliver a presentation on recovery to a panel that includes a lived experience "
            "practitioner.", "met"),
    (PANEL, "Interviews will be held in Perth and you will give a presentation to our service-user reference group, "
            "who score it.", "partly-met"),
    (PANEL, "The interview will include a presentation on peer work to our consumer advisory group, who will score "
            "it.", "partly-met"),
    (PANEL, "The selection day will include a short talk to members of our youth council.", "partly-met"),
    (PANEL, "The interview will include our Peer Lead and the Service Manager.", "met"),
    (PANEL, "The interview will include two of our peer mentors and a role-play.", "met"),
    # --- a requirement said with "is needed" or "are needed" ("Lived experience of recovery is
    # needed for this role"), read like "is required" ---
    (LE, "Lived experience of mental health recovery is needed for this role in Swansea.", "met"),
    (LE, "For this position in Calgary, lived experience of homelessness is needed.", "met"),
    (LE, "Lived experience of addiction and recovery is needed, and you will use it to support others.", "met"),
    (LE, "Lived experience of homelessness will be needed for this role in Oslo.", "met"),
    (LE, "Personal experience of recovery from addiction is absolutely needed.", "met"),
    (LE, "Lived experience of mental health challenges and recovery: needed.", "met"),
    # twins: "not needed", "no previous experience is needed", a need of something else, and a
    # need inside a clause of time or place after the mention ("where support is needed")
    (LE, "Lived experience is not needed for this role in Cardiff.", "not-met"),
    (LE, "Lived experience of psychosis won't be needed; a degree is essential.", "not-met"),
    (LE, "No previous experience is needed; lived experience of psychosis is welcome.", "not-met"),
    (LE, "Lived experience of addiction is welcome. A full driving licence is needed.", "not-met"),
    (LE, "Our peer workers use their lived experience of addiction where support is needed most.", "partly-met"),
    (LE, "You will use your lived experience of psychosis in Tauranga to offer support when it is needed.", "partly-met"),
    (LE, "Our peer workers use their lived experience of addiction where support is required most.", "partly-met"),
    # --- a history of a kind that can only be lived ("a history of incarceration", "of substance
    # use", "of homelessness"), without "personal" or "own", as the applicant's requirement ---
    (LE, "Applicants must have a history of incarceration.", "met"),
    (LE, "Essential: a history of homelessness and of rebuilding a home in Wellington.", "met"),
    (LE, "Candidates are required to have a history of substance use and at least a year in recovery.", "met"),
    (LE, "This Texas position requires a history of involvement with the criminal justice system.", "met"),
    (LE, "Applicants in Oregon must have a history of justice involvement.", "met"),
    (LE, "Required: a history of drug addiction and at least two years in recovery.", "met"),
    (LE, "We are looking for people in Belfast with a history of problem gambling.", "partly-met"),
    # twins: a history of work, of the service or of driving; the people served; the organisation's
    # history of a kind of service
    (LE, "Applicants must have a history of working in prisons in Victoria.", "not-met"),
    (LE, "Essential: a history of the service and its values in Leeds.", "not-met"),
    (LE, "Applicants must have a clean driving history.", "not-met"),
    (LE, "Candidates must have a proven history of delivering training.", "not-met"),
    (LE, "You will support adults with a history of homelessness in Bristol.", "not-met"),
    (LE, "Work with clients who have a history of incarceration across the county.", "not-met"),
    (LE, "Harbour House has a 40-year history of homelessness services in Dublin.", "not-met"),
    (LE, "Required: a history of criminal justice work in Oregon.", "not-met"),
    # --- a history said to be no bar to applying (an equal-opportunity statement) sets no level:
    # the advert's own wording decides ---
    (LE, "We are looking for people who have lived experience of psychosis. A history of incarceration is never "
         "a barrier to applying.", "partly-met"),
    (LE, "Lived experience of gambling harm is preferred. A history of imprisonment won't disqualify applicants "
         "in Nevada.", "not-met"),
    (LE, "We are an equal opportunity employer: a history of incarceration will not automatically exclude you.",
         "not-met"),
    # twins: the requirement stands beside a no-bar clause of its own, or in another sentence
    (LE, "A history of addiction is essential; a criminal record will not exclude you.", "met"),
    (LE, "Applicants must have a history of homelessness. A conviction is not a bar to applying.", "met"),
    # --- a fair-chance statement said of one applicant ("does not automatically disqualify a
    # candidate", "will not rule out any applicant") or weighed case by case, under a "Conditions of
    # Employment" or requirements heading: what does not exclude an applicant, not a request for
    # lived experience; the heading's level is not the history's ---
    (LE, "Conditions of Employment\n\nAn offer depends on a clear background check. A history of incarceration "
         "does not automatically disqualify a candidate; every check is weighed against the post.", "not-met"),
    (LE, "Conditions of employment\n\nA history of imprisonment will not rule out any applicant in Ohio.", "not-met"),
    (LE, "Requirements\n\nA history of justice involvement is assessed case by case against the duties of the role.",
         "not-met"),
    (LE, "Essential criteria\n\nA history of incarceration is reviewed on a case-by-case basis under our "
         "fair-chance policy.", "not-met"),
    (LE, "Conditions of Employment\n\nWe would love to hear from people with lived experience of addiction. A "
         "history of imprisonment does not disqualify an applicant.", "partly-met"),
    # twins: lived experience of the justice system asked for under the same heading; a no-bar clause
    # beside a requirement of its own; a requirement with the case-by-case clause after it
    (LE, "Conditions of Employment\n\nLived experience of the justice system is essential.", "met"),
    (LE, "Conditions of Employment\n\nYou must have personal experience of the criminal justice system.", "met"),
    (LE, "Having a criminal record is not a barrier; lived experience of homelessness is essential.", "met"),
    (LE, "Requirements\n\nA history of incarceration is required; each background check is considered case by case.",
         "met"),
    # --- the lived experience workforce named as the subject of what it does ("Lived experience
    # workers help ...", "Our lived experience mentors run ..."), under a requirements heading: the job
    # family, the applicant's colleagues, described; nothing asked of the applicant ---
    (LE, "Key requirements\n\nLived experience practitioners walk alongside families at every court hearing.", "not-met"),
    (LE, "Essential criteria\n\nOur lived experience mentors run weekly groups for young men leaving custody.", "not-met"),
    (LE, "Selection criteria\n\n- The lived experience workers meet each morning with the unit manager.", "not-met"),
    (LE, "Desirable: lived experience of the care system.\n\nKey requirements\n\nLived experience workers help "
         "residents prepare for tribunal hearings.", "not-met"),
    # twins: lived experience itself under the heading; the workers' own requirement; the applicant
    # joining them with a requirement of their own; the workers recruited (the post wanted)
    (LE, "Key requirements\n\nLived experience of the justice system is essential.", "met"),
    (LE, "Key requirements\n\nLived experience workers must have their own experience of the care system.", "met"),
    (LE, "Essential criteria\n\nYou will join our lived experience workers and must have lived experience of "
         "homelessness.", "met"),
    (LE, "Key requirements\n\nWe are recruiting lived experience workers for our Cairns team.", "partly-met"),
    # twin: the workforce defined by what its members are, not described at work ("... mentors are
    # people who have been through ..."): the definition says what the post asks
    (LE, "Key requirements\n\nLived experience mentors are people who have been through the care system themselves.",
         "met"),
    # --- "their own experiences" of the people a verb prompts to act ("encourage young people to
    # ... talk about their own experiences") is theirs, not the worker's disclosure ---
    (PP, "You will encourage young people to join groups and talk about their own experiences.", "not-met"),
    (PP, "You will inspire young carers in Hobart to speak about their own experiences at school.", "not-met"),
    (PP, "Enable older adults in Halifax to tell their own stories of living with dementia.", "not-met"),
    # twins: the worker shares to encourage them, or by sharing; workers prompted to share
    (PP, "You will share your own experience to encourage young people to keep going.", "partly-met"),
    (PP, "Peer workers encourage young people by sharing their own experiences of recovery.", "partly-met"),
    (PP, "We encourage our peer workers to share their own stories of recovery with patients.", "partly-met"),
    # --- the clinical team's plan for a person carried out by the peer, in part or whole, under a
    # clinician's direction: a supporting position (partly met) ---
    (ADJ, "Carry out agreed parts of each tenant's treatment plan at the direction of the keyworker in Leeds.", "partly-met"),
    (ADJ, "You will implement aspects of the young person's care plan as agreed with their psychiatric nurse.", "partly-met"),
    (ADJ, "Deliver the individualised care plans set by the Auckland community team.", "partly-met"),
    # twins: the people served write or carry out their own plan with the post's help; a
    # negated duty; training about care plans; a support plan
    (ADJ, "Support people to write their own recovery plan in Perth.", "met"),
    (ADJ, "Help residents carry out their own care plans at home in Ohio.", "met"),
    (ADJ, "You will not deliver any part of the care plan; the nurses in Halifax do.", "met"),
    (ADJ, "Deliver the training on care plans to new volunteers.", "met"),
    (ADJ, "Deliver agreed elements of the support plan with each tenant.", "met"),
    # --- care co-ordination by its names in other countries as the post's duty: NDIS support
    # coordination (AU), service coordination (US early intervention, NZ NASC) ---
    (ADJ, "You will also work as an NDIS support coordinator for twelve participants in Ballarat.", "not-met"),
    (ADJ, "Serve as the early intervention service coordinator for each family in Tulsa.", "not-met"),
    (ADJ, "Provide service coordination to tangata whaiora referred by the Whanganui NASC.", "not-met"),
    (ADJ, "Provide NDIS support coordination for up to fifteen participants in Hobart.", "not-met"),
    # twins: the organisation's own programmes; a negated duty; another provider; a peer title
    (ADJ, "Our organisation also offers NDIS support coordination in Darwin.", "met"),
    (ADJ, "You will not provide support coordination; that sits with our Cairns team.", "met"),
    (ADJ, "Liaise with participants' NDIS support coordination providers in Perth.", "met"),
    (ADJ, "You will act as a peer support coordinator for the volunteer team in Derby.", "met"),
    # --- case management said as a verb ("case managing", "case-manage") as the post's duty ---
    (ADJ, "You'll be case managing a small group of clients in Fresno.", "not-met"),
    (ADJ, "You will case-manage twelve young people across Hamilton.", "not-met"),
    # twins: negated; the people served case managed by others
    (ADJ, "There is no case managing in this Swansea role.", "met"),
    (ADJ, "Clients who are case managed by the Ottawa mental health team may be referred to you.", "met"),
    # --- a length of time in the possessive before lived experience ("three years' lived
    # experience", "a year’s lived experience") measures the applicant's experience; it owns nothing ---
    (LE, "| Required | Assets |\n|---|---|\n| At least two years’ lived experience of recovery | A full driver licence |", "partly-met"),
    (LE, "Essential: a minimum of 18 months' lived experience of recovery from problem gambling in Ontario.", "met"),
    (LE, "You must have at least a year's lived experience of recovery from alcohol use.", "met"),
    (LE, "Applicants with 5+ years’ lived experience of homelessness in Wellington are required.", "met"),
    # twins: the possessive of the people served (or of members) owns it; a length after a serving verb is theirs
    (LE, "Essential: our members' lived experience of psychosis shapes the service in Leeds.", "not-met"),
    (LE, "The young people's lived experience of the care system is essential to how we plan.", "not-met"),
    (LE, "You must be able to support clients with ten years' lived experience of homelessness.", "not-met"),
    # --- a definition of lived experience elsewhere in the advert (a footnote, an asterisked note,
    # a glossary) names the kind a requirement that names none asks for ---
    (LE, "Applicants must have lived experience.²\n\nYou will work in Halifax.\n\n² In this advert, lived experience means your own recovery from problem gambling.", "met"),
    (LE, "Essential: lived experience*\n\nThe post is based in Rotorua.\n\n*Lived experience refers to having used youth justice services yourself.", "met"),
    (LE, "You must identify as a person with lived experience.\n\nGlossary\n\nBy lived experience we mean personal experience of homelessness in Scotland or elsewhere.", "met"),
    (LE, "Essential: lived experience.\n\nNotes\n\nWe define lived experience as first-hand experience of an eating disorder.", "met"),
    # twins: a definition that names no kind, a definition of another term, a definition of a wish
    (LE, "Applicants must have lived experience.¹\n\n¹ Lived experience means different things to different people in Perth.", "partly-met"),
    (LE, "Applicants must have lived experience.¹\n\n¹ Peer support means mutual help between people in recovery from addiction.", "partly-met"),
    (LE, "Lived experience would be welcome.¹\n\n¹ Here, lived experience means recovery from psychosis.", "not-met"),
    # a glossary entry that opens with the words and a colon or a dash names the kind too
    (LE, "Applicants must have lived experience.\n\nGlossary\n\n- Lived experience: your own recovery from problem gambling.\n- Peer support: mutual help.", "met"),
    (LE, "Essential: lived experience.\n\nDefinitions\n\n**Lived experience** – first-hand experience of homelessness in Ireland.", "met"),
    # twins: the same line under another heading, an entry that names no kind, another term's entry
    (LE, "Essential: lived experience.\n\nAbout You\n\nLived experience: first-hand experience of homelessness is welcome.", "partly-met"),
    (LE, "Essential: lived experience.\n\nDefinitions\n\nLived experience – different for everyone.", "partly-met"),
    (LE, "Essential: lived experience.\n\nKey Terms\n\n- Peer support: mutual help between people in recovery from addiction.", "partly-met"),
    # a footnote mark glued to a word or after a full stop is a token of its own: the words still match
    (LE, "Lived experience of psychosis³ is essential in Galway.", "met"),
    (LE, "Applicants must have lived experience of gambling harm.¹", "met"),
    # --- a panel's make-up under its label naming a post whose title names lived experience or
    # peer work, beside a member named as coming from a group of the people served ("a consumer
    # representative from our ... Advisory Group"): the group is where a member comes from, not
    # another way of taking part ---
    (PANEL, "Interview panel\n\nClinical Lead; Lived Experience Workforce Coordinator (Southern Region); a family representative from our Family Reference Group.", "met"),
    (PANEL, "Interview panel\n\nTeam Manager; Lived Experience Advisor (North Coast); a carer representative from the Carers Advisory Group.", "met"),
    (PANEL, "Selection panel\n\nClinical Director, Senior Peer Practitioner (Hawke's Bay) and a member of our Whānau Advisory Group.", "met"),
    (PANEL, "The hiring panel is the Nurse Unit Manager and our Senior Peer Practitioner.", "met"),
    # twins: another person from the group, a lived experience post that does not sit on the panel,
    # the applicant's own lived experience under the label
    (PANEL, "Interview panel\n\nService Manager; Operations Lead; a manager from our Regional Consumer Advisory Group.", "partly-met"),
    # (a post with lived experience reviewing the job description takes part in another way: see below)
    (PANEL, "The interview panel is the Service Manager and the Team Leader. Our Lived Experience Researcher reviews the job description.", "partly-met"),
    (PANEL, "Interview panel\n\nThe panel will ask about your lived experience of recovery and your values.", "not-met"),
    # --- work in a helping sector or role required as the route in while lived experience is
    # only desirable or wanted: the qualifying experience is adjacent (not met) ---
    (ADJ, "Essential: demonstrated experience working in a disability or caring role in Wollongong.\nDesirable: "
          "lived experience as a carer of someone with mental illness.", "not-met"),
    (ADJ, "Selection criteria\n\n- Two years' paid experience in the homelessness sector.\n- Lived experience of "
          "psychosis would be an advantage.", "not-met"),
    (ADJ, "Minimum qualifications\n\n- One year of experience working in a human services agency in Iowa.\n\n"
          "Preferred qualifications\n\n- Lived experience of recovery from substance use.", "not-met"),
    # twins: the same experience beside lived experience required, or wanted in prose, or beside
    # a peer certification required; peer work required; the adjacent experience only desirable
    (ADJ, "You must have experience working in youth or housing services in Glasgow. We would love to hear from "
          "people with their own experience of homelessness.", "met"),
    (ADJ, "Minimum qualifications\n\n- One year of experience working in a human services agency in Iowa.\n- "
          "Peer Recovery Support certification, or completion within six months.\n\nPreferred qualifications\n\n"
          "- Lived experience of recovery from substance use.", "met"),
    (ADJ, "Essential: demonstrated experience working in a disability or caring role in Wollongong.\nEssential: "
          "lived experience as a carer of someone with mental illness.", "met"),
    (ADJ, "Essential: lived experience of psychosis.\nDesirable: experience in a peer or community role in Leeds.", "met"),
    (ADJ, "Essential: experience working in a peer support role in Denver.\nDesirable: lived experience of psychosis.", "met"),
    (ADJ, "Desirable: experience working in a community services role.\nDesirable: lived experience of psychosis.", "met"),
    # --- the same route in other words: a helping job named by the people helped, a capacity, the
    # worker's title, a sector in another country's words, or "have worked in" (blind sets 125, 127) ---
    (ADJ, "Essential\n\n- Experience of assisting older people in a residential care setting in Dundee.\n\n"
          "Desirable\n\n- Lived experience of depression.", "not-met"),
    (ADJ, "Essential criteria\n\n- At least a year's experience as a healthcare assistant or support worker.\n"
          "- Lived experience of psychosis would be an advantage.", "not-met"),
    (ADJ, "Requirements\n\n- You will have worked in a support or caring role in Hamilton.\n- Personal "
          "experience of addiction is preferred but not required.", "not-met"),
    (ADJ, "Essential: experience of helping young people in a youth work capacity.\nDesirable: lived experience "
          "of homelessness.", "not-met"),
    (ADJ, "Minimum qualifications\n\n- One year of direct care experience in Ohio.\n\nPreferred qualifications"
          "\n\n- Lived experience of recovery from opioid use.", "not-met"),
    (ADJ, "Essential\n\n- Experience of working in health or social care in Swindon.\n\nDesirable\n\n- "
          "Personal experience of an eating disorder.", "not-met"),
    # twins: lived experience required beside it; a carer's own caring (lived experience, in a carer
    # peer post); the job only desirable; the job a peer one; receiving support, not giving it
    (ADJ, "Essential\n\n- Lived experience of depression.\n- Experience of assisting older people in a "
          "residential care setting.", "met"),
    (ADJ, "Carer Peer Worker\n\nEssential: experience as a carer for a relative with dementia.\nDesirable: "
          "experience of working in a team.", "met"),
    (ADJ, "Desirable: previous experience as a support worker.\nDesirable: lived experience of psychosis.", "met"),
    (ADJ, "Essential: experience as a community peer worker.\nDesirable: lived experience of psychosis.", "met"),
    (ADJ, "Essential: experience of direct support from a peer.\nDesirable: lived experience of psychosis.", "met"),
    # --- lived experience one route among others ("lived, living or learned") while a helping job is
    # required: the job is the way in, whatever prose wants (blind set 125) ---
    (ADJ, "Selection criteria\n\n1. Lived, living or learned experience of gambling harm.\n2. Two years' paid "
          "experience in the disability sector.", "not-met"),
    (ADJ, "Key selection criteria\n\n- Lived or learned experience of an eating disorder.\n- Experience of "
          "supporting adults in a community support role.", "not-met"),
    (ADJ, "We'd love to hear from people with their own experience of self-harm.\n\nSelection criteria\n\n- "
          "Lived, living or learned experience of self-harm.\n- Demonstrated experience in the aged care sector.",
     "not-met"),
    # twins: lived experience required; no helping job asked; the job only desirable
    (ADJ, "Selection criteria\n\n1. Lived experience of gambling harm is essential.\n2. Two years' paid "
          "experience in the disability sector.", "met"),
    (ADJ, "Selection criteria\n\n1. Lived, living or learned experience of gambling harm.\n2. Excellent "
          "written communication.", "met"),
    (ADJ, "Selection criteria\n\n1. Lived, living or learned experience of gambling harm.\n\nDesirable\n\n- "
          "Experience in the aged care sector.", "met"),
    # --- another profession named among the people the post is open to, beside peers: one route
    # in beside them (partly met), not a peer credential ---
    (ADJ, "This post in Bristol is open to registered nurses and peer workers.", "partly-met"),
    (ADJ, "We welcome applications from occupational therapists or peer support workers in Calgary.", "partly-met"),
    (ADJ, "The Brisbane vacancy is open to peer workers and mental health nurses alike.", "partly-met"),
    # twins: the other profession sent elsewhere past a clause break or a sentence's end; negated;
    # the profession named as whom the post takes referrals from
    (ADJ, "This post is open to peer workers; registered nurses should see our other vacancies.", "met"),
    (ADJ, "This post is open to peer mentors in Auckland. Social workers should see our other vacancies.", "met"),
    (ADJ, "This post is not open to registered nurses or social workers, only to peer workers in Leeds.", "met"),
    (ADJ, "Our peer workers in Austin take referrals from nurses and social workers.", "met"),
    # the same route required: the profession's holders or peers ("a registered nurse or peer worker")
    (ADJ, "To apply in Cardiff you must be a registered nurse or peer worker.", "partly-met"),
    (ADJ, "Applicants in Oregon must be registered psychologists, or certified peer specialists.", "partly-met"),
    (ADJ, "To apply in Cardiff you must be a registered nurse.", "not-met"),
    # --- a group of people with lived experience that shapes the recruitment, reviews or co-writes
    # the job description or advises on the interview questions takes part in another way ---
    (PANEL, "Two experts by experience review every position description for this role in Tasmania. Interviews are with the Team Leader and the Clinical Manager.", "partly-met"),
    (PANEL, "How we recruit\n\nMembers of our tāngata whaiora rōpū shape how we recruit and comment on the interview questions. The interview panel is the Service Manager and the HR Adviser.", "partly-met"),
    (PANEL, "Recruitment\n\nPeople who use our services help shape our hiring, advising on interview questions. Interviews are held by the Locality Manager in Cardiff.", "partly-met"),
    (PANEL, "Survivors from our advisory forum co-write our job adverts. The hiring committee is the Director and a board member from Chicago.", "partly-met"),
    # twins: shaping the services is not the recruitment; on the panel too is met
    (PANEL, "Our Experts by Experience shape our services. Interviews are held by the Hub Manager and the Volunteer Coordinator.", "not-met"),
    (PANEL, "Our Experts by Experience group helps shape our recruitment. The interview panel includes an Expert by Experience and the Hub Manager.", "met"),
    (PANEL, "Our lived experience advisory group shapes our recruitment and sits on every interview panel.", "met"),
    # ... the advert itself, named by its wording or as a posting or listing, with no selection word
    # near: writing or reviewing it is a part in the recruitment wherever it is said (blind set 112)
    (PANEL, "Members of our youth council co-wrote this job listing.", "partly-met"),
    (PANEL, "Two experts by experience reviewed the text of this advert.", "partly-met"),
    (PANEL, "About this vacancy\n\nPeople who have used our services checked the wording of this posting.", "partly-met"),
    # twins: staff reviewed it; people with lived experience shape something after the hire
    (PANEL, "Our staff reviewed the wording of this posting.", "not-met"),
    (PANEL, "People with lived experience will help shape onboarding for the new hire.", "not-met"),
    # ... or the post itself, shaped or co-designed by them before it was advertised ("Members of our
    # Peer Advisory Council helped shape this role"): as its description is, partly met (blind set 138)
    (PANEL, "How this post was created\n\nMembers of our Carers Reference Group helped shape this role before we advertised it.", "partly-met"),
    (PANEL, "Our Youth Advisory Council co-designed this position. Interviews will be with the Program Manager.", "partly-met"),
    (PANEL, "Survivors from our advisory forum have helped define this post. Only candidates selected for an interview will be contacted.", "partly-met"),
    # twins: the post holder shaping the role; people with lived experience shaping the services
    (PANEL, "You will help shape this role as it grows, working alongside our peer workers.", "not-met"),
    (PANEL, "People with lived experience helped shape our services. Interviews are held by the manager.", "not-met"),
    # ... and a kind of post shaped, "the role of" others ("co-designed the role of peer workers across the
    # region"), not this post
    (PANEL, "People with lived experience co-designed the role of peer workers across the region in 2019.", "not-met"),
    (PANEL, "Young people with lived experience helped shape the role of youth peer mentors nationally. Interviews are with the manager.", "not-met"),
    # --- class: only applicants who have it may apply: the restriction is the requirement ---
    (LE, "Only candidates who have used mental health services themselves can be appointed to this post.", "met"),
    (LE, "We offer a good pension. Only applicants having personal experience of homelessness will be considered.", "met"),
    # twins: the restriction is another requirement; "only people with" said of peers in general
    (LE, "Only applicants with the right to work in Canada will be considered. Lived experience of addiction is "
         "desirable.", "not-met"),
    (LE, "Only people with lived experience of psychosis truly understand it. Lived experience of psychosis is an "
         "advantage.", "not-met"),
    # --- class ---
    # the post acting under a peer title: a peer support coordinator is never care co-ordination,
    # with or without an article (met)
    (ADJ, "You will act as peer support coordinator for the Dunedin volunteers.", "met"),
    (ADJ, "Serving as the Peer Support Co-ordinator in Swansea, you will mentor new starters.", "met"),
    (ADJ, "Act as our peer support coordinator across the Tacoma clinics.", "met"),
    # twins: the title with no peer word is NDIS support coordination, another profession's duty
    (ADJ, "You will act as support coordinator for NDIS participants in Toowoomba.", "not-met"),
    (ADJ, "Act as support co-ordinator for six participants in Geelong.", "not-met"),
    # --- class ---
    # another profession said to apply beside peers ("... may both apply"), or the applicants said
    # to be them: the same route in as "open to registered nurses and peer workers" (partly met)
    (ADJ, "In Ohio, mental health nurses and certified peer specialists may both apply.", "partly-met"),
    (ADJ, "In Rotorua, both youth workers and peer mentors can apply.", "partly-met"),
    (ADJ, "Peer recovery coaches and counsellors in Cork can also apply.", "partly-met"),
    (ADJ, "Applicants may be psychologists or peer support workers based in Perth.", "partly-met"),
    # twins: no applying (the people work together), only peers apply, the profession sent to
    # other posts past a clause break or a sentence's end, negated, no other profession
    (ADJ, "Therapists and peer workers both work on the Winnipeg ward.", "met"),
    (ADJ, "Only peer workers from the Leeds area may apply.", "met"),
    (ADJ, "Social workers can apply for our clinical roles in Bath; peer workers should apply here.", "met"),
    (ADJ, "Clinicians can apply to our Toronto team. Peer workers should apply here.", "met"),
    (ADJ, "Nurses may not apply; this Adelaide post is for peer workers.", "met"),
    (ADJ, "Applicants may be peer workers or volunteers from Fife.", "met"),
    # --- class ---
    # lived experience said to be helpful or useful, with nothing after but the sentence's end, the
    # post or "to have": desirable (not met), like "would be helpful"
    (LE, "Lived experience of an eating disorder is helpful.", "not-met"),
    (LE, "Personal experience of problem gambling is very useful in this role.", "not-met"),
    (LE, "Own experience of caring for a relative with dementia is useful to have; we are based in Kendal.", "not-met"),
    (LE, "Lived experience of the justice system is very helpful for the post, which is based in Vancouver.", "not-met"),
    # twins: helpful to someone (its value in the work: wanted in prose), beside "essential", and
    # the time of a duty
    (LE, "Your lived experience of recovery is helpful to the people you support.", "partly-met"),
    (LE, "Your own experience of homelessness is useful to the young people we house in Leicester.", "partly-met"),
    (LE, "Lived experience of self-harm is essential and helpful.", "met"),
    (LE, "Lived experience of psychosis is essential. You will share your own story when it is helpful.", "met"),
    # --- class ---
    # a clause of its own is the same break both ways round: other posts named as the subject
    # before the requirement, or another opening pointed to after it, do not take a requirement
    # past a spaced dash or "and" before a new subject (it stays this post's: met)
    (LE, "This is a drop-in post. Our Peer Navigator roles are posted separately - you must have lived "
         "experience of psychosis to apply for this one.", "met"),
    (LE, "Our Galway Recovery Mentor vacancies are advertised separately and we require lived experience "
         "of addiction for this post.", "met"),
    (LE, "You must have lived experience of an eating disorder - please also look at our Peer Mentor "
         "vacancies instead.", "met"),
    (LE, "You must have lived experience of gambling harm, and you may also apply for our Family Support "
         "Worker vacancy in Hull.", "met"),
    # twins: the same subject carried on after "and", or a hyphen with no spaces, keeps the requirement
    # the other posts'; the pointer with no break takes the lived experience to the other opening
    (LE, "This is a drop-in post. Our Galway Recovery Mentor vacancies are advertised separately and are "
         "open only to people with lived experience of addiction.", "not-met"),
    (LE, "This is a drop-in post. Our Peer Navigator roles are posted separately-and are open only to people "
         "with lived experience of self-harm.", "not-met"),
    (LE, "Applicants with lived experience of psychosis may also apply for our Family Support Worker vacancy "
         "in Hull.", "not-met"),
    # --- class ---
    # people "with lived and living experience" (the harm-reduction pairing, "and/or", "or") named
    # as members of the panel or hiring committee are peers on it (met)
    (PANEL, "Our hiring committee in Vancouver includes people with lived and living experience of drug use.", "met"),
    (PANEL, "The interview panel includes a member with lived and/or living experience of opioid use.", "met"),
    (PANEL, "Selection\n\nTwo people with lived or living experience of homelessness sit on the Melbourne panel.", "met"),
    # twins: the committee of staff only; the applicant's own lived and living experience
    (PANEL, "Our hiring committee includes the Director and a nurse.", "not-met"),
    (PANEL, "The interview panel will ask about your lived and living experience of substance use.", "not-met"),
    # --- class ---
    # peers or people with lived experience who "take part", "join in", "sit in" or "are involved"
    # with no object, in the sentence right after one about the interview: the taking part refers
    # back to that interview (met)
    (PANEL, "Hiring\n\nInterviews are informal. People with lived experience take part.", "met"),
    (PANEL, "Interviews in Leeds are relaxed. Two of our peer mentors join in too.", "met"),
    (PANEL, "Our interviews in Denver are conversations. Someone with lived experience is also involved.", "met"),
    (PANEL, "Selection\n\nInterviews are held in Auckland. Tāngata whaiora sit in as well.", "met"),
    # twins: an object of its own (another activity), not people with lived experience, negated,
    # a sentence between
    (PANEL, "Interviews are informal. Peer workers take part in the induction.", "not-met"),
    (PANEL, "Interviews in Ottawa are informal. Our managers take part.", "not-met"),
    (PANEL, "Interviews are informal. Peer workers do not take part.", "not-met"),
    (PANEL, "Interviews are informal. We offer a pension in Perth. Peer workers take part.", "not-met"),
    # --- class ---
    # a panel's make-up in a membership sentence, where a listed member comes from a named group
    # (the v-u17 class under a label, extended): a sentence broken by Enter right after the panel
    # ("The interview panel" / "includes a young person ... from our Youth Reference Group"), and a
    # clause after a semicolon that names the panel again ("an oral board; the board includes a
    # member of our Peer Advisory Council") (met)
    (PANEL, "How we recruit\n\nInterviews are relaxed. The interview panel\nincludes a young person with lived experience from our Youth Reference Group, together with the Team Leader.", "met"),
    (PANEL, "Interviews are friendly in Hamilton. Our selection committee\nis made up of two peer workers and the Service Manager.", "met"),
    (PANEL, "Selection process\n\nApplicants will be invited to an oral board; the board for this recruitment includes a member of the state's Consumer Advisory Council.", "met"),
    (PANEL, "Shortlisted applicants in Ohio attend an oral board; the board includes a representative of our Family Advisory Council.", "met"),
    # twins: staff only on the broken line; a manager from the group; the group's own board
    (PANEL, "Interviews are relaxed. The interview panel\nincludes the Team Leader and the Practice Manager.", "not-met"),
    (PANEL, "Shortlisted applicants attend an oral board; the board includes a manager from the county's Regional Consumer Advisory Council.", "partly-met"),
    (PANEL, "Shortlisted applicants in Leeds attend an oral board; our advisory board includes peer workers.", "partly-met"),
    # --- class ---
    # an FAQ's question about who selects, marked "Q:", is never evidence: its answer, on the next
    # line or after "A:" on the same one, decides
    (PANEL, "FAQ\n\nQ: Who sits on the interview panel?\nA: The Team Leader, a senior peer practitioner and someone from HR in Brisbane.", "met"),
    (PANEL, "Frequently asked questions\n\nQ: Who will interview me?  A: Our Clinical Manager and one of our peer support workers in Dunedin.", "met"),
    (PANEL, "FAQs\n\nQ: Who is on the hiring committee?\n\nA: The Program Director and a certified peer specialist from our Tulsa team.", "met"),
    # twins: the answer names no peer (not met), and a question with no answer after it
    (PANEL, "FAQ\n\nQ: Who will interview me?\nA: Our Clinical Lead and a nurse from the Halifax ward.", "not-met"),
    (PANEL, "FAQ\n\nQ: Who sits on the interview panel in Leeds?", "not-met"),
    # --- footnote level: a footnote or asterisked note sets the level of the requirement it marks ---
    (LE, "Minimum Qualifications\n\n- High school diploma.\n- Lived experience of homelessness or housing "
         "insecurity*\n- Valid driver's license.\n\n*Preferred, not required.", "not-met"),
    (LE, "Essential criteria\n\n- Grade 12 or equivalent.\n- Personal experience of recovery from mental illness "
         "or addiction.*\n\nDesirable criteria\n\n- Peer certification.\n\n*Lived experience is desirable but "
         "not essential for this post.", "not-met"),
    (LE, "Key selection criteria\n\n1. Lived experience of psychosis.†\n2. Current driver licence.\n\n† This is "
         "not a requirement; people with two years in community support may also apply.", "not-met"),
    (LE, "You must have personal experience of gambling harm.¹\n\n¹ It would be an advantage to have.", "not-met"),
    # twins: a footnote that requires it; a mark with no footnote
    (LE, "Minimum Qualifications\n\n- High school diploma.\n- Lived experience of homelessness or housing "
         "insecurity*\n\n*Required for this role.", "met"),
    (LE, "Minimum Qualifications\n\n- High school diploma.\n- Lived experience of homelessness or housing "
         "insecurity*\n- Valid driver licence.", "met"),
    # --- kind in a post title: a kind word naming the post in the sentence is not the applicant's kind ---
    (LE, "Lived experience (essential), and the ability to use it in a carer peer role.", "partly-met"),
    (LE, "Essential: lived experience and the confidence to draw on it as a mental health peer worker.", "partly-met"),
    (LE, "You must have lived experience and be able to use it in our youth AOD peer support role.", "partly-met"),
    # twins: the kind said of the applicant; a kind joined to the post by a comma
    (LE, "Lived experience as a carer (essential).", "met"),
    (LE, "Lived experience of caring for a whānau member (essential), and the ability to use it in a carer peer "
         "role.", "met"),
    (LE, "You must have lived experience as a carer, peer worker or volunteer.", "met"),
    # --- deciding what to share, with how or by whom between ("decide carefully what to share"): disclosure ---
    (PP, "You will decide carefully what to share from your own recovery, and when, keeping the other person's "
         "wellbeing first.", "partly-met"),
    (PP, "Our kaimahi choose wisely how much to disclose of their own journey with addiction.", "partly-met"),
    (PP, "You'll judge for yourself when to share parts of your past with the young people you support.", "partly-met"),
    # twins: the people served decide; a candidate's choice at interview
    (PP, "You will help tenants decide carefully what to share with their landlord.", "not-met"),
    (PP, "Candidates may decide for themselves how much to share about their health at interview.", "not-met"),
    # --- (end36, set202) ... the manner in two words ("choose with care what to share from your own experience");
    # twins: sharing information with the team, choosing with care what else to do, the people served choosing ---
    (PP, "You will choose with care what to share from your own recovery.", "partly-met"),
    (PP, "Our mentors decide with thought how much to disclose of their own journey.", "partly-met"),
    (PP, "You will share information with the team.", "not-met"),
    (PP, "You will choose with care which groups to run each week.", "not-met"),
    (PP, "You will help tenants decide with care what to share with their landlord.", "not-met"),
    # --- blind set 74: a required count of years or months of one's own recovery ("At least one year
    # of continuous recovery", "18 months in sustained recovery"): lived experience required; the kind
    # is named only where the recovery is from something (clear-soil: required, kind not named) ---
    (LE, "Minimum Qualifications\n\n- At least one year of continuous recovery at the time of hire.\n- A GED or "
         "high school diploma.", "partly-met"),
    (LE, "Essential criteria\n\n1. A minimum of 18 months in sustained recovery.\n2. A full driving licence.",
     "partly-met"),
    (LE, "Applicants must have at least one year of stable recovery from a substance use disorder.", "met"),
    # twins: the recovery of the people served; experience of supporting it; a count with no "own"
    # reading ("their first year of recovery")
    (LE, "You will support people to maintain their recovery. A driver licence is essential.", "not-met"),
    (LE, "Essential: two years' experience supporting people in recovery.", "not-met"),
    (LE, "You will help clients through their first year of recovery. A degree is essential.", "not-met"),
    # --- blind set 74: a civil-service class specification's sub-labels under its requirements
    # heading ("MINIMUM QUALIFICATIONS" / "Education:" / "Bachelor's degree ..."), read as headings of
    # the same level, take that heading's level; a degree there is required even where further
    # experience may substitute for it ---
    (ADJ, "MINIMUM QUALIFICATIONS\n\nEducation:\nA bachelor's degree in social work or counseling from an "
          "accredited college. Additional qualifying experience may substitute for the degree on a year-for-year "
          "basis.\n\nExperience:\nOne year as a peer specialist.", "not-met"),
    (ADJ, "REQUIRED QUALIFICATIONS\n\nTraining and experience:\nA Social Service Worker diploma from a recognised "
          "college.\n\nCertification:\nPeer Support Canada certification.", "not-met"),
    (ADJ, "MINIMUM REQUIREMENTS\n\nEducation:\nHigh school diploma.\n\nLicensure:\nCurrent registration as a "
          "Registered Nurse with the state board.", "not-met"),
    (LE, "MINIMUM QUALIFICATIONS\n\nEducation:\nHigh school diploma or GED.\n\nLived experience:\nPersonal "
         "experience of recovery from a substance use disorder.", "met"),
    (ADJ, "PREFERRED QUALIFICATIONS\n\nEducation:\nA bachelor's degree in social work.", "partly-met"),
    # twin: a sub-label under a heading that names no level
    (ADJ, "WHAT WE OFFER\n\nTraining:\nA funded place on a bachelor's degree in social work after your first "
          "year.", "met"),
    # --- other peer staff as the subject of a requirement: theirs only where the post is not a peer
    # post (tests/test_role_classes.py); under a peer title they are the post's kind (twin) ---
    (LE, "Our Peer Mentors must have lived experience of psychosis.", "met"),
    # --- class ---
    # the ward's observation rota or roster, and observation by its nursing names, as the peer's
    # duty ("take your turn on the obs rota", "rostered onto observations", "therapeutic engagement
    # and observation"): a nursing duty (not met)
    (ADJ, "Take your turn on the unit's obs rota during night shifts in Wollongong.", "not-met"),
    (ADJ, "You will be part of the observation roster on Ward 3 when required.", "not-met"),
    (ADJ, "Peer workers in Leeds may be rostered onto observations at weekends.", "not-met"),
    (ADJ, "Carry out therapeutic engagement and observation with patients on the Thunder Bay unit.", "not-met"),
    # twins: negated; observations of practice; observing meetings (met)
    (ADJ, "You will not be included in the observations rota in Christchurch.", "met"),
    (ADJ, "Your supervisor will carry out observations of practice during your first year in Ohio.", "met"),
    (ADJ, "In your first month you will observe team meetings and shadow peer colleagues in Calgary.", "met"),
    # --- class ---
    # meal support in an eating-disorder service, a nursing task: the nurses or the dietitian helped at
    # meals is clinical work in a supporting position (partly met); meal support or supported meals as the
    # peer's own duty is another profession's, like meal supervision (not met)
    (ADJ, "Assist the nurses at mealtimes on the adolescent eating disorder unit in Brisbane.", "partly-met"),
    (ADJ, "You will help ward staff with meal support on the Toronto inpatient program.", "partly-met"),
    (ADJ, "Support the dietitian and nursing team during supported meals in Wellington.", "partly-met"),
    (ADJ, "You will provide meal support to young people on the Cardiff unit.", "not-met"),
    (ADJ, "Sit in on supported meals and snacks at our Portland residential program.", "not-met"),
    # twins: a social meal; meal planning with the people served; a tenant's mealtime; negated (met)
    (ADJ, "Share a meal with participants at the Thursday drop-in in Hobart.", "met"),
    (ADJ, "Support people with meal planning and budgeting in their own homes in Regina.", "met"),
    (ADJ, "Support tenants at mealtimes in the shared house kitchen in Nelson.", "met"),
    (ADJ, "You will not provide meal support in Sheffield: the nurses do that.", "met"),
    # --- class ---
    # helpful or useful, then a "but" that sets it below a requirement ("is helpful, but you don't
    # need it to apply", "is useful; however, ..."): desirable (not met), whatever follows the but
    (LE, "Lived experience of psychosis is helpful, but you don't need it to apply in Manchester.", "not-met"),
    (LE, "Personal experience of homelessness is useful; however, we also value other life experience in Vancouver.",
     "not-met"),
    (LE, "Lived experience of gambling harm is helpful but by no means required for our Adelaide team.", "not-met"),
    (LE, "Your own experience of recovery from addiction is helpful, but don't worry if you are not sure it counts.",
     "not-met"),
    # twins: "and" makes it essential; the "but" is another item's (met)
    (LE, "Lived experience of psychosis is helpful, and is essential for this role in Tauranga.", "met"),
    (LE, "Lived experience of an eating disorder is essential; a driver licence is helpful, but not required in "
         "Denver.", "met"),
    # --- class ---
    # a group named only by what it does ("our Advisory Council", "the Reference Group", "a Community
    # Advisory Board") is not said to be of people with lived experience: a member of it on the panel
    # is no peer (not met); a group named by the people served, or said to be made up of people with
    # lived experience, still is (met)
    (PANEL, "The interview panel includes a member of our Advisory Council and the Program Manager in Tulsa.", "not-met"),
    (PANEL, "A representative of the Community Advisory Board sits on every interview panel in Saskatoon.", "not-met"),
    (PANEL, "Two members of our Reference Group join the Team Leader on the selection panel in Darwin.", "not-met"),
    # twins: the people named in the group's name or beside it; a service-user group, hyphenated
    (PANEL, "The interview panel includes a member of our Youth Advisory Council and the Program Manager in Tulsa.",
     "met"),
    (PANEL, "The interview panel includes a member of our Advisory Council, which is made up of people with lived "
            "experience, in Napier.", "met"),
    (PANEL, "Two members of our service-user reference group join the Team Leader on the selection panel in Derby.",
     "met"),
    # ... a group named by its peers or its participants, or said in apposition to be of the people served
    (PANEL, "A member of our Peer Advisory Council sits on the interview panel in Fresno.", "met"),
    (PANEL, "Two members of the Participant Reference Group join the Program Director on the hiring committee in "
            "Boise.", "met"),
    (PANEL, "The interview panel includes a member of our Advisory Council, a group of current clients, and the Site "
            "Lead in Hull.", "met"),
    (PANEL, "Finalists meet members of our Advisory Council, a group of program participants, before an interview "
            "with the manager in Perth.", "partly-met"),
    (PANEL, "Finalists meet members of our Advisory Council before an interview with the manager in Perth.", "not-met"),
    # --- lived experience whose subject is the people served, named with the clause that says so
    # ("Everyone you support will have ...", "the whānau we serve"), is theirs, not the applicant's ---
    (LE, "Everyone you support will have lived experience of psychosis.", "not-met"),
    (LE, "The young people you work with in Leeds will have lived experience of the care system.", "not-met"),
    (LE, "The whānau we serve in Rotorua have their own experience of addiction.", "not-met"),
    (LE, "Tenants you support in Calgary will often have lived experience of homelessness.", "not-met"),
    # twins: the applicant's, also beside the people served
    (LE, "You will have lived experience of psychosis.", "partly-met"),
    (LE, "Like the people you support, you will have lived experience of psychosis.", "partly-met"),
    (LE, "Like the clients you work with in Ohio, you will have your own experience of recovery.", "partly-met"),
    # --- a qualification held by other staff named as its subject ("Our clinicians have a bachelor's
    # degree in social work") is theirs, not one the post asks for ---
    (ADJ, "Our clinicians have a bachelor's degree in social work.", "met"),
    (ADJ, "The care coordinators in Tauranga hold a degree in nursing.", "met"),
    (ADJ, "Our psychologists all hold a doctorate in clinical psychology.", "met"),
    (ADJ, "The team in Halifax are qualified social workers.", "met"),
    # twins: the post holder has it, also beside them
    (ADJ, "You will have a bachelor's degree in social work.", "not-met"),
    (ADJ, "Like our clinicians, you will hold a bachelor's degree in social work.", "not-met"),
    (ADJ, "Our nurses, like you, must hold a degree in nursing.", "not-met"),
    # --- a clinical duty whose subject is one other person or a ward team ("Your manager will carry out
    # observations", "the ward nurse gives medication") is theirs: says whose work it is instead ---
    (ADJ, "Your manager will carry out observations.", "met"),
    (ADJ, "The ward nurse gives medication on the evening round in Adelaide.", "met"),
    (ADJ, "The crisis team will complete risk assessments in Saskatoon.", "met"),
    # ... and a team named by its field or its work ("the mental health team", "our clinical team")
    (ADJ, "The community mental health team completes the suicide risk assessment; you offer peer support after it.", "met"),
    (ADJ, "Our clinical team carries out observations, and you will spend time with people on the ward.", "met"),
    (ADJ, "The treatment team will give medication; you will walk alongside people in their recovery.", "met"),
    # blind168 and blind167, measured once on the final rules and then read: "diagnoses" as the people's
    # own plural noun; medication "as prescribed" after another thing to encourage; Quebec's DEC in a
    # helping profession's techniques; one's own journey shared by "it" in its sentence
    (ADJ, "You will walk alongside adults who live with serious mental illness diagnoses.", "met"),
    (ADJ, "Many of the people we support carry co-occurring diagnoses.", "met"),
    (ADJ, "Assesses and diagnoses patients referred by their GP.", "not-met"),
    (ADJ, "Encourage members to attend appointments and take medications as prescribed.", "not-met"),
    (ADJ, "Remind residents to eat well and take their medication as prescribed.", "not-met"),
    (ADJ, "Encourage members to attend appointments and take part in community groups.", "met"),
    (ADJ, "Assets:\n\n- DEC in special education techniques or in social work techniques", "partly-met"),
    (ADJ, "Required: a DEC in nursing.", "not-met"),
    (ADJ, "Required: a DEC or equivalent in any field.", "met"),
    (PP, "You will draw on your own caring journey and share it thoughtfully, with purpose, when it helps.", "partly-met"),
    (PP, "You will learn about your own experience and share it with your supervisor.", "not-met"),
    (PP, "Residents write their own stories and share them in the weekly group.", "not-met"),
    # an information session for candidates co-hosted by peers is another way of taking part, not the panel
    (PANEL, "Shortlisted candidates will be invited to an information session co-hosted by our peer workers, "
            "followed by an interview with the manager and HR.", "partly-met"),
    (PANEL, "Applicants are welcome at an information evening run by people with lived experience; interviews "
            "are with the service manager.", "partly-met"),
    # twins: a peer on the panel beside an information session, and a session run by HR alone
    (PANEL, "The interview panel includes a peer support worker. Before it, there is an information session "
            "for all applicants.", "met"),
    (PANEL, "An information session is run by HR. Interviews are held by the team leader.", "not-met"),
    # ... or named with a relative clause after a comma, or as pharmacy staff
    (ADJ, "You will refer people into the crisis team, who will complete a risk assessment.", "met"),
    (ADJ, "Pharmacy staff hand out medication; you offer peer support on the ward.", "met"),
    (ADJ, "Talk with people before they see the treatment team, which gives medication at the clinic.", "met"),
    # twins: the post holder does it after referring, or helps pharmacy staff
    (ADJ, "You will refer people to the crisis team and complete a risk assessment.", "not-met"),
    (ADJ, "You will help pharmacy staff hand out medication.", "partly-met"),
    # ... but not a team named as where the post holder works: joined, worked within, belonged to
    (ADJ, "You will join the nursing team and give medication.", "not-met"),
    (ADJ, "You will work within the clinical team and complete risk assessments.", "not-met"),
    (ADJ, "You will be part of the nursing team and give out medication at set times.", "not-met"),
    (ADJ, "As a member of the medical team, you will hand out residents' medicines.", "not-met"),
    # twins: the team is the subject, after a place or before the post holder's own clause
    (ADJ, "In our service the nursing team gives medication and you offer peer support.", "met"),
    (ADJ, "Our nursing team carries out observations and you will join them on the ward for peer support.", "met"),
    (ADJ, "You will hand out leaflets about medication and recovery groups.", "met"),
    # --- a word of belonging or a place word that opens its clause ("A member of the nursing team
    # will ...", "Part of the clinical team ...", "Within the nursing team, the nurses ..."): the staff are
    # the clause's subject or the setting of another subject, not where the post holder works (met) ---
    (ADJ, "A member of the nursing team will give medication; you will offer peer support.", "met"),
    (ADJ, "Part of the clinical team will complete risk assessments while you offer peer support.", "met"),
    (ADJ, "Members of our clinical team complete risk assessments, and you will offer peer support alongside them.", "met"),
    (ADJ, "Within the nursing team, the nurses give medication and you offer peer support.", "met"),
    # twins: an imperative of joining, the post holder after the place, or the post holder said to be a member
    (ADJ, "Join the nursing team on shift and give out medication.", "not-met"),
    (ADJ, "Within the nursing team, you will give medication at set times.", "not-met"),
    (ADJ, "You will be a member of the nursing team and give medication.", "not-met"),
    # --- staff named as where the post holder works, then a relative clause about them that holds the duty
    # ("You will join the nursing team, who give medication"): the staff's duty (met) ---
    (ADJ, "You will join the nursing team, who give medication while you offer peer support.", "met"),
    (ADJ, "You will work within the clinical team, whose nurses give medication.", "met"),
    (ADJ, "You will sit within the clinical team, where the nurses give medication.", "met"),
    # twins: the duty joined to the post holder, a relative clause only after the duty
    (ADJ, "You will join the nursing team to give medication to residents who need it.", "not-met"),
    (ADJ, "You will work within the clinical team and complete risk assessments that the psychiatrist reviews.", "not-met"),
    (ADJ, "You will join the nursing team so that you can give medication.", "not-met"),
    # --- medication handed out as the name of something else, a leaflet or a card ("hand out medication
    # information leaflets"): no clinical duty (met) ---
    (ADJ, "You will hand out medication information leaflets at the drop-in.", "met"),
    (ADJ, "You will give out medication reminder cards and recovery booklets.", "met"),
    # twins: the medication itself handed out
    (ADJ, "You will hand out medication to residents at set times.", "not-met"),
    (ADJ, "You will join the nursing team and hand out medication at set times.", "not-met"),
    # twins: the post holder in the team does the duty, or does it for the team
    (ADJ, "As part of the mental health team, you will complete suicide risk assessments.", "not-met"),
    (ADJ, "Working within the mental health team, you will complete suicide risk assessments.", "not-met"),
    (ADJ, "You will carry out observations for the clinical team.", "not-met"),
    # twins: the post's own duty, and supporting staff in theirs
    (ADJ, "You will carry out observations.", "not-met"),
    (ADJ, "You will support nurses to carry out observations.", "partly-met"),
    (ADJ, "You will assist the ward nurses to give medication in Adelaide.", "partly-met"),
    # --- a requirement said of ONE other post introduced as separate, another or also employed
    # ("Separately, we employ a Peer Researcher, who must have ...") is that post's, not this one's ---
    (LE, "You will visit tenants in Leeds. Separately, we employ a Peer Researcher, who must have lived experience "
         "of psychosis.", "not-met"),
    (LE, "You will run the Tuesday group. The program also funds a Peer Recovery Coach, who is required to be in "
         "recovery from addiction.", "not-met"),
    (LE, "You will walk alongside rangatahi. We also have a separate Peer Navigator, who must have lived experience "
         "of homelessness.", "not-met"),
    # twins: the post is that post, or the applicant is named between
    (LE, "As our Peer Researcher, you must have lived experience of psychosis.", "met"),
    (LE, "Separately, we employ a Peer Researcher, and you must have lived experience of psychosis.", "met"),
    # --- one's own experience named as a healing journey or path ("someone who has walked their own
    # healing journey with alcohol"), as "their own journey" ---
    (LE, "We are looking for someone who has walked their own healing journey with gambling harm in Perth.", "partly-met"),
    (LE, "We want a person who has walked their own healing path with alcohol or other drugs.", "partly-met"),
    (LE, "Your own healing journey with mental distress is essential for this role.", "met"),
    # twin: the people served's healing journey
    (LE, "You will support participants on their own healing journey with alcohol in Regina.", "not-met"),
    # --- one's own road or path of recovery ("someone who has walked their own road of recovery from
    # addiction", "your own path to recovery"), as "their own journey" (blind142 mc17 class) ---
    (LE, "We are seeking a person who has walked their own road to recovery from problem gambling in Dunedin.", "partly-met"),
    (LE, "We'd love to hear from someone who has travelled their own path of recovery from an eating disorder.", "partly-met"),
    (LE, "Your own road to recovery from alcohol use is essential for this position.", "met"),
    # twins: the people served's road, and a road that is not recovery
    (LE, "You will walk alongside tenants on their own road to recovery from addiction in Halifax.", "not-met"),
    (LE, "We are looking for someone who has walked their own road to the top of the sales team.", "not-met"),
    # --- the people served named as the service's current ones ("current aftercare participants"),
    # and a circle the candidate joins with them after the interview: another way, not the panel ---
    (PANEL, "Interviews are with the program manager and an Elder. After the interview, you will join a sharing "
            "circle with current program participants in Regina.", "partly-met"),
    (PANEL, "The panel is our team leader and HR. Afterwards candidates have a cuppa with present residents of the "
            "house.", "partly-met"),
    (PANEL, "Interviews are with the program manager, an Elder and two current day-programme participants.", "met"),
    # twins: staff named as current, and a circle with staff only
    (PANEL, "The panel is our team leader and HR. Afterwards candidates meet current staff of the house.", "not-met"),
    (PANEL, "Interviews are with the program manager and an Elder. After the interview, you will join a yarning "
            "circle with our team leader.", "not-met"),
    # --- prose that wants it ("We are looking for someone who has ...") under a heading that names only
    # the part of the advert ("Qualifications", "Eligibility"): wanted, not required ---
    (LE, "Peer Support Worker\n\nQualifications\n\nWe are looking for someone who has lived experience of mental "
         "health or substance use challenges. A driver's licence is an asset.", "partly-met"),
    (LE, "Peer Recovery Specialist\n\nEligibility\n\nWe want someone who has personal experience of recovery from "
         "opioid use.", "partly-met"),
    # (the same as one item of the list there, beside items that are required: the item's own words
    # want it, "required" on another item is that item's)
    (LE, "Peer Support Worker\n\nQualifications\n\n- We are looking for someone who has lived experience of mental "
         "health challenges.", "partly-met"),
    (LE, "Peer Specialist\n\nQualifications\n\n- GED or high school diploma.\n- State peer certification required "
         "within six months of hire.\n- We are looking for someone who has personal experience of recovery from "
         "a substance use disorder.", "partly-met"),
    (LE, "Lived Experience Worker\n\nEligibility\n\n- A current driver licence is required.\n- We want someone who "
         "has lived experience of mental distress and is comfortable talking about it.", "partly-met"),
    # twins: a heading that names a level; a plain item under the plain heading; the item's own "must"
    (LE, "Peer Support Worker\n\nEssential criteria\n\nWe are looking for someone who has lived experience of "
         "mental health challenges.", "met"),
    (LE, "Peer Support Worker\n\nQualifications\n\n- Lived experience of mental health challenges.\n- A full "
         "driving licence.", "met"),
    (LE, "Peer Specialist\n\nQualifications\n\n- We are looking for someone who must have personal experience of "
         "recovery from a substance use disorder.", "met"),
    # --- disclosure as being open about one's own experience, and judging how and when to share it ---
    (PP, "Peer Support Worker\n\nYou will walk alongside people in Leeds.\n\nYou will be open about your own recovery "
         "with the people you support.", "partly-met"),
    (PP, "Peer Mentor\n\nBeing thoughtful about how and when you share it, you will walk beside tāngata whaiora in "
         "Napier.", "partly-met"),
    (PP, "Peer Navigator\n\nBe thoughtful about when and how to share your story with clients in Calgary.", "partly-met"),
    # twins: the interview, another's news, or the people served's openness
    (PP, "Peer Support Worker\n\nAt interview you can be open about your own experience; you decide how and when "
         "you share it.", "not-met"),
    (PP, "Peer Support Worker\n\nYou will teach participants how and when to share their news with family.", "not-met"),
    (PP, "Peer Support Worker\n\nYou will help guests be open about their own experience with their GP.", "not-met"),
    # --- a qualification the post will not take in place of lived experience ("will not substitute
    # for", "won't be accepted in place of", "is no substitute for"): no requirement nor route ---
    (ADJ, "A degree in social work will not substitute for the lived experience requirement.", "met"),
    (ADJ, "A master's degree in counselling won't be accepted in place of personal experience of recovery.", "met"),
    (ADJ, "Lived experience is essential; a psychology degree is no substitute for it.", "met"),
    (ADJ, "Nursing registration cannot be counted instead of lived experience of mental distress.", "met"),
    # twins: the substitution offered, and a required degree with the denial said of something else
    (ADJ, "A degree in social work will substitute for the lived experience requirement.", "not-met"),
    (ADJ, "A nursing qualification will be accepted in place of lived experience.", "not-met"),
    (ADJ, "A degree in social work is required; volunteering will not be accepted in place of it.", "not-met"),
    # --- "learned experience" defined as work with the people served or as research, in a sentence of
    # its own: adjacent experience offered as the qualifying experience ---
    (ADJ, "Essential: lived, living or learned experience of gambling harm. By learned experience we mean "
          "knowledge gained through working with people affected by gambling.", "not-met"),
    (ADJ, "Required: lived or learned experience of psychosis. Learned experience means understanding gained "
          "from research or from working alongside whanau.", "not-met"),
    (ADJ, "Essential: lived or learned experience of homelessness. Learned experience here means insight from "
          "years of working with clients in a shelter.", "not-met"),
    # twins: the idiom alone (CS001's), work with people as a duty, and another clause after the cue
    (ADJ, "Essential: lived, living or learned experience of gambling harm.", "met"),
    (ADJ, "Essential: lived experience of psychosis. You will be working with people who use our service.", "met"),
    (ADJ, "Essential: lived experience of self-harm. We value learned experience from your own recovery, and "
          "you will be working with young people.", "met"),
    # --- transferable skills from a list of other work said to be worth as much, past eight words ---
    (ADJ, "Essential: lived experience of addiction. Transferable skills from a caring role, customer service "
          "or volunteering are equally welcome.", "not-met"),
    (ADJ, "You must have lived experience of mental distress. Transferable skills gained in retail, hospitality, "
          "teaching or the armed forces are just as valid.", "not-met"),
    (ADJ, "You must have lived experience of psychosis. Transferrable experience from youth work, coaching and "
          "community sport is equally recognised.", "not-met"),
    # twins: the equal welcome said of all applicants in another sentence, and the level denied
    (ADJ, "You must have lived experience of psychosis. Transferable skills will be built in training, coaching "
          "or mentoring. All applicants are equally welcome.", "met"),
    (ADJ, "You must have lived experience of psychosis. Transferable skills from a caring role, retail or "
          "volunteering are not equally valid here.", "met"),
    # --- clinical staff supported with a person's plans, a possessive before the plan ---
    (ADJ, "Support nursing staff to deliver activities in each person's care plan.", "partly-met"),
    (ADJ, "Assist the ward team to implement goals from a patient's treatment plan.", "partly-met"),
    (ADJ, "Support case managers in updating participants' treatment and reentry plans.", "partly-met"),
    (ADJ, "Assist care coordinators with reviewing the tangata whaiora's recovery and care plans.", "partly-met"),
    # twins: the people served supported with their own plans, and a case manager's office plans
    (ADJ, "Support tenants to carry out the goals in each person's own wellness plan.", "met"),
    (ADJ, "Support case managers in updating the office rota and leave plans.", "met"),
    # --- a registration as what the applicant will be: a qualification required ---
    (ADJ, "You will be a registered nurse.", "not-met"),
    (ADJ, "You'll be a licensed clinical social worker with two years in community teams.", "not-met"),
    (ADJ, "You must be a registered social worker.", "not-met"),
    # twins: the registered staff beside the post, and the post supported by them
    (ADJ, "You will work alongside a registered nurse.", "met"),
    (ADJ, "You will be supported by a registered nurse on each shift.", "met"),
    # --- lived experience hoped for or loved in the applicant: wanted in prose ---
    (LE, "We hope you have walked your own path through mental distress.", "partly-met"),
    (LE, "We'd love you to have your own experience of psychosis.", "partly-met"),
    (LE, "We would like you to bring your own experience of recovery from gambling harm.", "partly-met"),
    # twins: no lived experience hoped for, and the people served who have it
    (LE, "We hope you enjoy working with us.", "not-met"),
    (LE, "We hope you will help people with lived experience of psychosis.", "not-met"),
    # --- the applicant's own experience named as valued by the people served: wanted ---
    (LE, "Clients value that you have your own experience of recovery.", "partly-met"),
    (LE, "People we support appreciate the fact that you bring personal experience of homelessness.", "partly-met"),
    (LE, "Whānau really value that you've walked your own path through addiction.", "partly-met"),
    # twins: staff valued with no lived experience, and work with people who have it
    (LE, "Clients value staff who listen.", "not-met"),
    (LE, "Clients value that you have worked with people with lived experience of psychosis.", "not-met"),
    # --- a manager, shift leader or colleague helped to do their own clinical task: supporting ---
    (ADJ, "You will assist your manager to carry out observations.", "partly-met"),
    (ADJ, "Help the shift leader to complete hourly observations.", "partly-met"),
    (ADJ, "Support your line manager to carry out physical health observations.", "partly-met"),
    # twins: the post doing them itself, and hands-on work done with a manager
    (ADJ, "You will carry out observations.", "not-met"),
    (ADJ, "Help your manager to restrain residents.", "not-met"),
    # --- the applicant's "own experience" of a condition, recovery or services, with no "lived" or
    # "personal": as "lived experience" in the same place (in prose wanted, in a list required) ---
    (LE, "You have your own experience of psychosis and of finding your way through it.", "partly-met"),
    (LE, "You've got your own experience of recovery from problem drinking.", "partly-met"),
    (LE, "About you\n\nYou have had your own experiences of using community mental health services.", "partly-met"),
    (LE, "You will bring your own experience of gambling harm to our small team.", "partly-met"),
    (LE, "Essential criteria\n\n- Your own experience of an eating disorder\n- A full driving licence", "met"),
    (LE, "What you need\n\n- Own experience of homelessness and recovery\n- Good written English", "met"),
    # twins: professional experience, the clients' own experience, and a condition ("if you have")
    (LE, "You have experience of working with people with psychosis.", "not-met"),
    (LE, "You will listen to our clients' own experience of psychosis.", "not-met"),
    (LE, "You will hear tenants describe their own experience of eviction and rough sleeping.", "not-met"),
    (LE, "If you have your own experience of psychosis, you are welcome to talk to us about it.", "not-met"),
    # --- the interview held as a yarning circle (Aboriginal and Torres Strait Islander), a talanoa
    # (Pacific) or a hui (Māori): the selection itself, as "interview panel" is, not another way ---
    (PANEL, "Interviews will be held as a yarning circle with an Aboriginal peer worker and the team manager.", "met"),
    (PANEL, "The interview is a yarning circle that includes people with lived experience of mental distress.", "met"),
    (PANEL, "Interviews are run as a yarning circle led by two of our peer workers.", "met"),
    (PANEL, "Shortlisted applicants are invited to a yarning-circle interview with the Coordinator and a peer mentor.", "met"),
    (PANEL, "Your interview will take the form of a talanoa with our Pasifika peer support lead and the manager.", "met"),
    (PANEL, "The interview is held as a hui with a peer support worker and our kaumātua.", "met"),
    # twins: the circle with the manager only; a yarning circle after the interview; one before it
    (PANEL, "Interviews will be held as a yarning circle with the team manager and an Elder.", "not-met"),
    (PANEL, "The interview takes the form of a talanoa with the Service Manager.", "not-met"),
    (PANEL, "Interviews are with the Program Manager. After the interview, you will join a yarning circle with two of "
            "our peer workers.", "partly-met"),
    (PANEL, "Before the interview you will share a short yarn with our lived experience advisory group.", "partly-met"),
    # --- the gathering named as the interview, then referred back to in the next sentence as where
    # the people sit ("Interviews are held as a yarning circle. A peer worker will sit in the circle."):
    # they are on the panel ---
    (PANEL, "Interviews are held as a yarning circle. One of our Aboriginal peer workers will sit in the yarning circle.", "met"),
    (PANEL, "Your interview will be run as a yarning circle. An Elder and one of our peer mentors join the circle.", "met"),
    (PANEL, "The interview takes the form of a talanoa. A Pasifika peer support worker will be part of the talanoa.", "met"),
    # twins: a yarning circle after the interview; the circle joined by staff only
    (PANEL, "After the interview there is a yarning circle. A peer worker will sit in the yarning circle.", "partly-met"),
    (PANEL, "Interviews are held as a yarning circle. Our team manager will sit in the circle.", "not-met"),
    # --- the multidisciplinary team named by its initials or with a hyphen as the subject of a
    # clinical duty, or its doer in the passive: other staff's work, as "nursing staff" is ---
    (ADJ, "Our MDT will complete the clinical assessments.", "met"),
    (ADJ, "The multi-disciplinary team carries out all formal risk assessments.", "met"),
    (ADJ, "Clinical assessments are completed by the MDT before referral.", "met"),
    (ADJ, "Risk assessments are undertaken by our multi-disciplinary team.", "met"),
    (ADJ, "Our IDT colleagues conduct the clinical assessments on admission.", "met"),
    # twins: the post doing them as part of the MDT, or after joining it
    (ADJ, "You will complete risk assessments as part of the MDT.", "not-met"),
    (ADJ, "As a member of the multi-disciplinary team, you will carry out clinical assessments.", "not-met"),
    (ADJ, "You will join the MDT and undertake risk assessments.", "not-met"),
    # --- the post holder joined by "and" before other staff as one subject ("You and the MDT will
    # complete risk assessments"): the post does the duty too, as "You will complete ..." reads ---
    (ADJ, "You and the nursing staff will carry out observations on the ward.", "not-met"),
    (ADJ, "You and your manager will complete the risk assessments together.", "not-met"),
    (ADJ, "You and our multidisciplinary team will conduct clinical assessments.", "not-met"),
    (ADJ, "You & the ward nurse will administer medication at the evening round.", "not-met"),
    (ADJ, "You and the psychiatrists do the mental state examinations.", "not-met"),
    # twins: other staff alone as the subject; the post holder in a clause of its own after them
    (ADJ, "The MDT will complete risk assessments for each tenant.", "met"),
    (ADJ, "Your supervisor will carry out observations.", "met"),
    (ADJ, "The nursing staff carry out observations, and you will support residents to plan their week.", "met"),
    # --- a specification label opening the line ("Assets:", "Preferred:", "Desirable:") heads the
    # whole list of items after it, cut by semicolons: an item past the first semicolon takes the
    # label's level, not the heading's above ---
    (LE, "Qualifications\n\nAssets: French; work on a telephone helpline; lived experience of mental health challenges.", "not-met"),
    (LE, "Qualifications\n\nPreferred: a driver's license; bilingual (Spanish); personal experience of recovery from addiction.", "not-met"),
    (LE, "Requirements\n\nDesirable: first aid certificate; lived experience of homelessness.", "not-met"),
    # the label opening a later sentence of the line
    (LE, "Qualifications\n\nRequired: a diploma in youth work; first aid. Assets: Cantonese; lived experience of psychosis.", "not-met"),
    (ADJ, "Qualifications\n\nLived experience of psychosis is essential.\n\nAssets: te reo Māori; a degree in social work.", "partly-met"),
    # twins: the item's own clause sets its level, and a "Required:" label heads its items too
    (LE, "Qualifications\n\nPreferred: a driving licence; lived experience of psychosis is essential.", "met"),
    (LE, "Required: first aid certificate; lived experience of homelessness.", "met"),
    # --- the people served named by their use of the service ("people who use our service",
    # "adults accessing the hub") as the ones with lived experience: theirs, not the applicant's,
    # whatever requirement the sentence goes on to set for the worker ---
    (LE, "Many people who use our service have their own lived experience of trauma and homelessness, and you will need to work with them without judgement.", "not-met"),
    (LE, "Most adults accessing the hub have lived experience of addiction, so you must stay non-judgemental.", "not-met"),
    (LE, "Whānau who come to our service often have lived experience of family harm, and you must be able to work with them safely.", "not-met"),
    # twin: the applicant who once used a service is the applicant
    (LE, "You must be someone who has used mental health services and has lived experience of psychosis.", "met"),
    # --- a share of the current team ("a third of our staff", "half of our team", "the majority
    # of our workers") described as having it: colleagues', not a requirement under the heading ---
    (LE, "Qualifications\n\nAround a third of our outreach staff bring personal experience of homelessness or substance use.", "not-met"),
    (LE, "Requirements\n\nHalf of our team are in recovery from addiction themselves.", "not-met"),
    (LE, "Qualifications\n\nThe majority of our workers have lived experience of mental distress.", "not-met"),
    # twin: the item under the heading is the applicant's
    (LE, "Qualifications\n\nPersonal experience of homelessness or substance use.", "met"),
    # --- the organisation or team as the subject that values it ("Our team values lived
    # experience"): a preference, as "we value" is, whatever heading it sits under ---
    (LE, "Qualifications\n\nOur team values lived experience.", "not-met"),
    (LE, "Requirements\n\nThe agency really values personal experience of recovery from addiction.", "not-met"),
    # twin: a requirement of the post in the next sentence stands
    (LE, "Qualifications\n\nOur team values lived experience. Lived experience of psychosis is essential for this post.", "met"),
    # --- an essential ability to reflect on one's own recovery or journey: an ability that assumes
    # lived experience (as "able to draw on it"), wanted, not lived experience required ---
    (LE, "Essential: good communication skills; ability to reflect on your own recovery.", "partly-met"),
    (LE, "Candidates must be able to reflect upon their own journey.", "partly-met"),
    # twin: the people supported reflecting on theirs
    (LE, "You will help people reflect on their own recovery.", "not-met"),
    # --- experience of serving people described before "with" ("supporting young people with
    # lived experience", "working with older adults with ..."): the lived experience is the
    # people's, the requirement is work experience; an Asset for the applicant's own stays desirable ---
    (LE, "Minimum requirements:\n\n- Two years' experience supporting youth with lived experience of addiction\n\n"
         "Assets:\n\n- Personal lived experience of addiction", "not-met"),
    (LE, "Essential criteria\n\n- Experience supporting young people with lived experience of psychosis", "not-met"),
    (LE, "Requirements\n\n- A year working with older adults with lived experience of homelessness", "not-met"),
    # twins: the young people sought are the applicants
    (LE, "This role is only open to young people with lived experience of psychosis.", "met"),
    (LE, "Minimum requirements:\n\n- Youth with lived experience of homelessness", "met"),
    # --- the panel of another time: past practice or a future intention is not this selection ---
    (PANEL, "In the past our interview panels included a peer worker. This time, interviews will be held by the "
     "Service Manager and the Clinical Lead.", "not-met"),
    (PANEL, "Until last year a member of our consumer advisory group sat on the selection panel. Interviews will now "
     "be conducted by the Program Director and an HR advisor.", "not-met"),
    (PANEL, "We plan to include people with lived experience on interview panels in future. The panel for this post "
     "is the Team Manager and a psychologist.", "not-met"),
    (PANEL, "We aim to have a peer worker on every recruitment panel from 2027. Interviews are with the Operations "
     "Manager and a senior nurse.", "not-met"),
    (PANEL, "Interviews will be held by the manager. In the past, candidates also had an informal chat with our "
     "consumer advisory group.", "not-met"),
    # twins: the practice kept or set against this selection, the time in another clause or about the people
    (PANEL, "As in previous years, a peer worker will sit on the interview panel.", "met"),
    (PANEL, "Unlike past rounds, the interview panel now includes a peer worker.", "met"),
    (PANEL, "The interview panel will include a peer worker, as it has in the past.", "met"),
    (PANEL, "Previously the panel was two managers; now a peer worker sits on every interview panel.", "met"),
    (PANEL, "Our interview panel includes a consumer representative who has previously used our services.", "met"),
    (PANEL, "The Trust intends to include experts by experience on interview panels from next year. The panel is two "
     "managers.", "not-met"),
    (PANEL, "We're working towards having a peer on every interview panel. Interviews are held by the Team Leader.",
     "not-met"),
    # twins: the hopes and plans of the people served, not the organisation's intention
    (PANEL, "The panel includes a peer worker and will ask how you help people who hope to return to work.", "met"),
    (PANEL, "A peer worker sat on the interview panel last year. Interviews will be held by the manager.", "not-met"),
    # twins: a time said of the person, just after them
    (PANEL, "A peer worker, hired last year, sits on the interview panel with the manager.", "met"),
    (PANEL, "Our lived experience lead, appointed in the past year, chairs every interview panel.", "met"),
    (PANEL, "Our interview panel includes a peer worker and will ask how you support people working towards their "
     "goals.", "met"),
    # --- the interview named only to date an earlier stage ("Before the interview, members of our
    # group ..."): the people take part in that stage, another way, not on the panel ---
    (PANEL, "Ahead of the interview, two members of our consumer advisory group will host an informal afternoon tea "
     "with shortlisted applicants. The interview panel is the team leader and a psychologist.", "partly-met"),
    (PANEL, "Before interviews, members of our carers forum will hold a lunch with candidates.", "partly-met"),
    (PANEL, "Prior to interview, two of our peer mentors will show shortlisted candidates around the hostel. "
     "Interviews are held by the Service Manager and a caseworker.", "partly-met"),
    # twins: at the interview itself, a panel named in a sentence of its own, reading the applications
    (PANEL, "At the interview, members of our consumer advisory group will ask you questions.", "met"),
    (PANEL, "Before the interview, you will have a cup of tea with our team. The interview panel includes a peer "
     "support worker.", "met"),
    (PANEL, "Before the interview, members of our carers forum will read every application.", "met"),
    # --- "You'll be interviewed by" a peer and someone from an advisory group: the interview itself,
    # as "Interviews are conducted by ..." is; the group only says where the other member comes from ---
    (PANEL, "You will be interviewed by our Senior Peer Worker and an elder from our Pasifika advisory group.", "met"),
    (PANEL, "Candidates are interviewed by the Peer Services Lead and a representative from our community "
     "advisory board.", "met"),
    # twins: the people reached only past another way of taking part, or no peer among the interviewers
    (PANEL, "You will be interviewed by the manager and will give a presentation to a group of peer workers.",
     "partly-met"),
    (PANEL, "Shortlisted candidates will be interviewed by the Service Manager after a presentation to our youth "
     "advisory council.", "partly-met"),
    (PANEL, "You will be interviewed by the Team Leader and an elder from our Pasifika advisory group.", "not-met"),
    # --- the interview's make-up, then another way of taking part with the people ("... and will
    # include a presentation to peer workers"): the people are reached past the activity, not on the panel ---
    (PANEL, "Interviews are conducted by the manager and will include a presentation to a group of peer workers.",
     "partly-met"),
    (PANEL, "The interview panel is the Clinic Manager and a GP, and will include a role-play with one of our "
     "consumer consultants.", "partly-met"),
    # twins: a peer named in the make-up itself, before the activity
    (PANEL, "Interviews are conducted by the Program Director and a Peer Specialist and will include a presentation "
     "to our board.", "met"),
    (PANEL, "The interview panel includes the manager and a peer worker, and will include a presentation.", "met"),
    # --- the young people a youth service supports named in one word, from a group of theirs
    # ("Youth from our advisory council", "rangatahi from our rōpū"): people who use the service ---
    (PANEL, "Youth from our advisory council help design the interview questions. Interviews are conducted by the "
     "Centre Coordinator and the Clinical Lead.", "partly-met"),
    (PANEL, "Rangatahi from our youth rōpū will help write the interview questions. The panel is the Team Leader and "
     "a psychologist.", "partly-met"),
    (PANEL, "Teenagers from our reference group set the interview tasks. Interviews are with the Program Manager.",
     "partly-met"),
    (PANEL, "Youth from our advisory council sit on the interview panel with the Centre Coordinator.", "met"),
    # twin: staff from the same council are not the people served
    (PANEL, "Staff from our advisory council help design the interview questions. Interviews are conducted by the "
     "Centre Coordinator.", "not-met"),
    # --- a duty added to the peer work ("as well as", "in addition to"): the peer work's own
    # verb ("support") does not put the added duty in a supporting position ---
    (ADJ, "You will offer peer support as well as completing LOCUS level-of-care assessments for new referrals.", "not-met"),
    (ADJ, "Provide peer support to tenants, as well as carrying out formal risk assessments at intake.", "not-met"),
    (ADJ, "In addition to peer support, you'll complete formal risk assessments with each new tangata whaiora.", "not-met"),
    (ADJ, "On top of supporting clients in the community, you will administer medication on the evening round.", "not-met"),
    # twins: the added work is itself support of a clinician, and the plain supporting position
    (ADJ, "Run peer groups as well as supporting the nurses with formal risk assessments.", "partly-met"),
    (ADJ, "In addition to peer support, you will help the ward nurses with formal risk assessments.", "partly-met"),
    # --- other experience set in place of the peer experience itself ("instead of peer experience") ---
    (ADJ, "Transferable skills from disability support work will be considered instead of peer experience.", "not-met"),
    (ADJ, "A year in youth justice can be counted in place of your own peer experience.", "not-met"),
    (ADJ, "Experience as a teacher aide is accepted in lieu of peer experience.", "not-met"),
    # twins: lived experience set in place of peer work, and the substitution denied
    (ADJ, "Lived experience of psychosis will be considered instead of peer experience.", "met"),
    (ADJ, "Transferable skills from disability support work won't be accepted instead of peer experience.", "met"),
    # --- registration as a practitioner of a field, the field named between ("registration as an
    # addiction practitioner with <body>"): another profession's register ---
    (ADJ, "Desirable: registration as an alcohol and drug practitioner with the national body.", "partly-met"),
    (ADJ, "Being registered as a gambling harm clinician would be an advantage.", "partly-met"),
    (ADJ, "Essential: registered as an addiction practitioner with FDAP.", "not-met"),
    # twins: a peer practitioner's register, and the practitioners the post works beside
    (ADJ, "Desirable: registered as a peer support practitioner.", "met"),
    (ADJ, "You will work alongside practitioners registered with the nursing council.", "met"),
    # --- involvement in the selection said, then a colon saying how: reviewing the questions is
    # designing the selection, another way, not a place on the panel ---
    (PANEL, "Consumers are involved in the selection process: a consumer consultant will review the interview "
     "questions with the hiring manager.", "partly-met"),
    (PANEL, "Young people take part in our recruitment: our youth council vets the selection questions.", "partly-met"),
    (PANEL, "Our youth council checks the interview questions. Interviews are with the Program Manager.", "partly-met"),
    # twin: the words after the colon put them on the panel
    (PANEL, "Families are part of our selection process: two parents from our family council sit on every interview "
     "panel.", "met"),
    # --- a swap "accepted / considered in place (lieu) of" is adjacent experience only where what is set
    # aside is the lived experience or the peer credential, named or pointed back to ("in place of
    # this"), and a qualification or other experience takes its place (UK, US, AU, NZ, CA wordings) ---
    (ADJ, "A degree in social work will be accepted in place of lived experience.", "not-met"),
    (ADJ, "Two years of case management experience may substitute for lived experience.", "not-met"),
    (ADJ, "An associate degree in human services will be considered in lieu of personal experience of recovery.",
     "not-met"),
    (ADJ, "Equivalent experience in a youth work setting will be accepted in place of the lived experience "
          "requirement.", "not-met"),
    (ADJ, "Essential: personal experience of recovery from addiction. A diploma in social work may be accepted "
          "in place of this requirement.", "not-met"),
    (ADJ, "You must have lived experience of psychosis. A nursing qualification will be considered in lieu of "
          "the above.", "not-met"),
    (ADJ, "Eighteen months in a community health role will be accepted in lieu of the peer credential.", "not-met"),
    # twins: a swap of something else, however worded, in a peer advert
    (ADJ, "A bus pass will be accepted in place of a driving licence.", "met"),
    (ADJ, "A police check from another state will be considered in lieu of a new DBS certificate.", "met"),
    (ADJ, "Kiwi applicants: a passport will be accepted in lieu of a birth certificate for the ID check.", "met"),
    (ADJ, "CVs will not be accepted in place of the application form; a cover letter may be considered in lieu "
          "of the supporting statement.", "met"),
    (ADJ, "You must hold a full driving licence. Access to a car will be considered in lieu of this.", "met"),
    (ADJ, "A character reference will be accepted in lieu of a peer reference.", "met"),
    (ADJ, "Eighteen months in a youth work role will be accepted in lieu of peer work experience.", "not-met"),
    (ADJ, "Two years in disability support will be considered in place of experience in a peer role.", "not-met"),
    # twins: lived experience standing in for another requirement, and the swap to lived experience denied
    (ADJ, "Lived experience of homelessness will be accepted in lieu of a degree.", "met"),
    (ADJ, "A psychology degree will not be accepted in place of lived experience.", "met"),
    # --- other work standing in for a credential is adjacent experience only where the credential is the
    # peer one: named bare or "the certificate" (the one asked for), or marked as peer ---
    (ADJ, "Two years' experience in youth work may substitute for the state peer certification.", "not-met"),
    (ADJ, "Three years' experience as a support worker will be accepted in lieu of the Certificate IV in Mental "
          "Health Peer Work.", "not-met"),
    (ADJ, "Eighteen months of work in a psychiatric hospital can replace the certificate.", "not-met"),
    # twins: another certificate named by its own words
    (ADJ, "Equivalent experience will be accepted in place of a food handling certificate.", "met"),
    (ADJ, "Two years of work in a kitchen may substitute for a food safety certificate.", "met"),
    (ADJ, "Three years' experience as a kitchen hand will be accepted in lieu of the Certificate III in Food "
          "Safety.", "met"),
    # --- childcare and early years qualifications, and (health and) social care later in a list of
    # fields: another profession's qualification at the level asked ---
    (ADJ, "Essential: a Level 3 Diploma in Childcare and Education.", "not-met"),
    (ADJ, "You must hold a Certificate III in Early Childhood Education and Care.", "not-met"),
    (ADJ, "An Early Childhood Education diploma is required.", "not-met"),
    (ADJ, "Essential: an NVQ in teaching, youth support or health and social care.", "not-met"),
    (ADJ, "Desirable: a qualification in early years or social care.", "partly-met"),
    # twins: childcare and early years settings as the families' needs, and social care as experience
    (ADJ, "You will help parents find childcare and visit early years settings with them.", "met"),
    (ADJ, "Essential: a qualification in music or art, and social care experience is welcome.", "met"),
    # --- a duty of the post's own joined by "and" after a supporting verb's object: the supporting
    # verb does not reach it (not met); twins: the helped staff's own after "to", and a supporting duty ---
    (ADJ, "Assist clinicians with safety planning and complete formal risk assessments each month.", "not-met"),
    (ADJ, "Support the nurses with discharge paperwork and conduct suicide risk assessments on the ward.", "not-met"),
    (ADJ, "Help the psychologist with group sessions and administer medication at lunchtime.", "not-met"),
    (ADJ, "Support clinicians to plan and complete risk assessment reviews.", "partly-met"),
    (ADJ, "Help the nurse with safety planning and complete risk assessment training.", "met"),
    # --- a qualification's initials in brackets before its field, and Quebec's college diploma by
    # its initials: another profession's qualification at the level asked ---
    (ADJ, "Assets\n\n- A college diploma (DEC) in social work – an asset.", "partly-met"),
    (ADJ, "A degree (BSW) in social work is required.", "not-met"),
    (ADJ, "A Bachelor (BScN) of Nursing would be an advantage.", "partly-met"),
    (ADJ, "A DEC in youth work is an asset.", "partly-met"),
    # twin: a first aid certificate with a bracket
    (ADJ, "A certificate (any level) in first aid is an asset.", "met"),
    # --- a duty named as what the peer work is kept apart from ("distinct from", "separate to"):
    # what the role is not; twin: the words after the duty, the post's own caseload ---
    (ADJ, "Work with team leaders to keep peer roles distinct from case management.", "met"),
    (ADJ, "You will help keep peer work separate to care coordination on the ward.", "met"),
    (ADJ, "Our peer mentors' work is different from case management.", "met"),
    (ADJ, "You will provide case management for a caseload of twelve, separate from the peer group.", "not-met"),
    # --- blind89: talking about "your experience" without "own", with the purpose it serves ("talk about
    # your experience in ways that help others"): disclosure ---
    (PP, "You can talk about your experience in ways that help the young people you meet.", "partly-met"),
    (PP, "You are comfortable speaking about your journey when it could help a tangata whaiora.", "partly-met"),
    (PP, "You will talk about your story in a way that inspires hope in the people you support.", "partly-met"),
    # twins: an interview topic with no purpose, or the people served talking about theirs
    (PP, "At interview, you will talk about your experience of shift work.", "not-met"),
    (PP, "You will help residents talk about their experience in ways that help them plan.", "not-met"),
    # --- blind89: people with lived experience involved in the interview but said not to be on the panel
    # itself ("... who will observe the task but are not part of the interview panel"): another way ---
    (PANEL, "Interviews include an exercise designed by our Youth Advisory Group, whose members watch the "
            "exercise but do not sit on the panel.", "partly-met"),
    (PANEL, "The interview includes a role play written by our Whanau Reference Group, who are not members of "
            "the selection panel.", "partly-met"),
    (PANEL, "Our Consumer Reference Group sets a short scenario for the interview. They are not members of the "
            "interview panel.", "partly-met"),
    # twins: they sit on it, or a peer sits on it in a clause of its own beside the group that does not
    (PANEL, "Interviews will include a task set by our Carer Forum, who also sit on the interview panel.", "met"),
    (PANEL, "The interview panel includes a peer support worker; our carer forum sets a task but is not part of "
            "the panel.", "met"),
    # --- blind90: the system found one's own way through, said of oneself ("someone who has personally
    # navigated the mental health system"): lived experience without the word "lived" ---
    (LE, "We are seeking someone who has personally navigated the youth mental health system.", "partly-met"),
    (LE, "We'd love to hear from people who have themselves negotiated the addiction treatment system.", "partly-met"),
    (LE, "You must have navigated psychiatric services yourself, as an adult or a young person.", "met"),
    # twins: the people served navigate it, or colleagues did on others' behalf
    (LE, "You will help whanau navigate the mental health system.", "not-met"),
    (LE, "Our social workers have navigated the forensic mental health system on behalf of families for years.",
     "not-met"),
    # --- blind90: a substitution said of another posting the advert also lists ("for our Tenancy Support
    # Worker posting (job 4471), ..."): that posting's, not this post's; a reference in brackets may hold
    # a full stop ---
    (LE, "Lived experience of mental health recovery is required. For our Tenancy Support Worker posting (job "
         "4471), equivalent housing experience may be accepted instead of lived experience.", "met"),
    (ADJ, "Lived experience of mental health recovery is required. For our Tenancy Support Worker posting (job "
          "4471), equivalent housing experience may be accepted instead of lived experience.", "met"),
    (ADJ, "Essential: lived experience of the youth justice system. In the separate Family Liaison Officer "
          "vacancy, a degree in social work can replace lived experience.", "met"),
    (LE, "Essential: lived experience of psychosis. Under the Whanau Housing Worker role (ref. no. 2291), a "
         "diploma in social services can stand in for lived experience.", "met"),
    (ADJ, "Essential: lived experience of psychosis. Under the Whanau Housing Worker role (ref. no. 2291), a "
          "diploma in social services can stand in for lived experience.", "met"),
    # twins: the posting named is this one, or the clause after a semicolon is this post's own
    (LE, "Lived experience of mental health recovery is required. For the Peer Support Worker posting, "
         "equivalent housing experience may be accepted instead of lived experience.", "not-met"),
    (ADJ, "Lived experience of mental health recovery is required. For our Tenancy Support Worker posting see "
          "its own advert; equivalent housing experience may be accepted instead of lived experience.", "not-met"),
    (LE, "Lived experience of mental health recovery is required. For our Senior Peer Support Worker position, "
         "equivalent housing experience may be accepted instead of lived experience.", "not-met"),
    # --- a care assistant's or aide's certificate as the required education (blind83 ut12) ---
    (ADJ, "Qualifications:\n\n- Completion of a recognised Health Care Assistant certificate, or an equivalent "
          "combination of education and experience.", "not-met"),
    (ADJ, "Requirements: completion of a recognized Personal Support Worker certificate.", "not-met"),
    (ADJ, "Essential: a Healthcare Assistant diploma or a Mental Health Support Worker certificate.", "not-met"),
    (ADJ, "A Health Care Aide certificate would be an asset.", "partly-met"),
    # twin: the peer's own certificate
    (ADJ, "Requirements: completion of a recognised Peer Support Worker certificate.", "met"),
    # --- a duty helped with when the unit is full or busy: extra hands (blind83 ut12) ---
    (ADJ, "Assists with physical observations when the unit is at capacity.", "not-met"),
    (ADJ, "You will help out with patient checks whenever the ward is busy.", "not-met"),
    (ADJ, "Pitch in on the floor if the emergency department is over capacity.", "not-met"),
    # twins: a busy unit named with no help asked
    (ADJ, "When the ward is busy, you can always call your supervisor for a debrief.", "met"),
    (ADJ, "Our emergency department is busy, friendly and often at capacity.", "met"),
    # --- a diploma in addictions or rehabilitation, or a list of fields ending in human services (blind83 ut18) ---
    (ADJ, "Required qualifications: Diploma in Addictions, Child and Youth Care or Social Work.", "not-met"),
    (ADJ, "Essential: a diploma in Community Rehabilitation or Human Services.", "not-met"),
    (ADJ, "Required: a diploma in Psychosocial Rehabilitation.", "not-met"),
    (ADJ, "A diploma in Addictions or Human Services is an asset.", "partly-met"),
    # twins: a diploma outside the helping fields; rehabilitation as the people's own
    (ADJ, "Required: Diploma in Business, Marketing or Human Resources.", "met"),
    (ADJ, "You will support people in community rehabilitation after a hospital stay.", "met"),
    (ADJ, "Required: Diploma in Addictions Peer Support.", "met"),
    # --- risk assessments last in a list of the verb's objects; structured psychosocial interventions
    # delivered by the post (blind85 uw06) ---
    (ADJ, "Hold a caseload of 20, completing assessments, support plans and risk assessments.", "not-met"),
    (ADJ, "You will undertake reviews, recovery plans, and risk assessments every quarter.", "not-met"),
    (ADJ, "Deliver structured psychosocial interventions in groups.", "not-met"),
    (ADJ, "Providing psychosocial interventions one-to-one to people in treatment.", "not-met"),
    # twins: negated, or other staff's; a risk assessment learned about
    (ADJ, "You will not complete assessments, care plans or risk assessments; our keyworkers do that.", "met"),
    (ADJ, "Our nurses complete assessments, care plans and risk assessments.", "met"),
    (ADJ, "Our psychologists deliver psychosocial interventions.", "met"),
    (ADJ, "Complete your induction before you attend risk assessment training.", "met"),
    # --- counsellors or psychotherapists as the subject of the duty: theirs (blind84 uv09) ---
    (ADJ, "Our counsellors provide therapy; your job is different.", "met"),
    (ADJ, "The counselors do the clinical assessments and you walk alongside people.", "met"),
    (ADJ, "Our psychotherapists deliver the trauma therapy, not you.", "met"),
    # twin: the post's own therapy
    (ADJ, "You will provide therapy to people in the programme.", "not-met"),
    # --- a duty done by licensed or clinical partners and providers, in the passive (blind83 ut03) ---
    (ADJ, "Clinical assessment and treatment planning are done by our licensed partners.", "met"),
    (ADJ, "Risk assessments are carried out by the treating providers.", "met"),
    # twin: done by the post itself
    (ADJ, "Clinical assessment is done by the peer worker.", "not-met"),
    # --- attendance kept as a register of the post's own groups, or with feedback (blind84 uv22) ---
    (ADJ, "Track attendance and gather feedback from participants.", "met"),
    (ADJ, "Keep attendance for your peer groups and workshops.", "met"),
    (ADJ, "Record attendance and collect feedback after each session.", "met"),
    # twins: attendance at treatment or appointments watched
    (ADJ, "Track attendance at court-ordered treatment groups.", "not-met"),
    (ADJ, "Monitor attendance at appointments.", "not-met"),
    # --- a professional body named by its field: health, allied, regulated (blind83 ut30) ---
    (ADJ, "Desirable:\n\n- Registration with a healthcare professional body\n(for example nursing or social work).\n"
          "- Experience of respite.", "partly-met"),
    (ADJ, "Desirable: registration with a health professional body.", "partly-met"),
    (ADJ, "Essential: membership of an allied health regulatory council.", "not-met"),
    # twins: a peer body, or the registration not required
    (ADJ, "Desirable: membership of a peer support professional body.", "met"),
    (ADJ, "Registration with a health professional body is not required.", "met"),
    # --- the lived experience "of" the people served with no determiner between ("sensitivity to
    # the lived experience of participants", "of patients") is theirs, not the applicant's ---
    (LE, "Essential: sensitivity to the lived experience of participants.", "not-met"),
    (LE, "Applicants must show respect for the lived experience of patients and carers.", "not-met"),
    (LE, "Key Selection Criteria\n\n1. An understanding of the lived experience of consumers.", "not-met"),
    # twins: a kind of experience after the noun, or the applicant's own, stays a requirement
    (LE, "Essential: lived experience of family violence.", "met"),
    (LE, "Essential: your own lived experience of mental distress.", "met"),
    # --- lived experience as the condition of a requirement on something else ("if you are in
    # recovery, one year of sobriety is required"): the requirement is the sobriety's ---
    (LE, "If you are in recovery, one year of continuous sobriety is required.", "not-met"),
    (LE, "Should you identify as being in recovery, two years of abstinence is essential.", "not-met"),
    (LE, "If you have lived experience of problem gambling, you must have been gambling-free for two years.", "not-met"),
    # twins: being in recovery required itself, or "only if"
    (LE, "You must be in recovery, and one year of continuous sobriety is required.", "partly-met"),
    (LE, "You must be in recovery from addiction; if so, one year of continuous sobriety is required.", "met"),
    # --- the people met named first, the interview they are met for after them ("you will meet the
    # manager and one of our peer coaches for a panel interview"): peers on the panel ---
    (PANEL, "If selected, you will meet the Clinic Director and one of our current Peer Mentors for a panel interview.", "met"),
    (PANEL, "Shortlisted candidates will meet the Team Leader and a lived experience worker for a formal interview in Dunedin.", "met"),
    (PANEL, "If shortlisted, you'll meet the Program Manager and a certified peer specialist for an interview.", "met"),
    (PANEL, "If selected, you will meet the ED Charge Nurse and one of our existing Peer Support Navigators for a panel interview.", "met"),
    # twins: no peer among those met, or peers met before the interview, not for it
    (PANEL, "If selected, you will meet the Nurse Manager and the Charge Nurse for a panel interview.", "not-met"),
    (PANEL, "You will meet our peer coaches informally before your panel interview with the Nurse Manager.", "partly-met"),
    # --- a family member's lived experience as one child or young person seen through something ("has
    # supported a tamaiti through mental distress"), sought as two people joined ("a parent or
    # caregiver who"): wanted in prose, partly met ---
    (LE, "We are looking for a parent or caregiver who has supported a tamaiti through mental distress.", "partly-met"),
    (LE, "We are seeking a mum or a dad who has cared for their teenager through an eating disorder.", "partly-met"),
    (LE, "We are looking for a grandparent or guardian who has supported a young person through a mental health crisis.", "partly-met"),
    # ... with a word before the second person ("a parent or primary caregiver who"), and under a
    # heading that only names the part of the advert ("Qualifications", "Eligibility"): still wanted
    # in prose; "looking for a parent" is the person sought, not caring for one (blind set 101)
    (LE, "Qualifications\n\nWe are looking for a mother or kinship carer who has raised a child through an eating disorder.", "partly-met"),
    (LE, "Eligibility\n\nWe are seeking a father or foster carer who has cared for a young person through psychosis.", "partly-met"),
    (LE, "Qualifications\n\nWe are looking for a parent or caregiver who has supported a tamaiti through mental distress.", "partly-met"),
    # twins: the same person as an item of the list, or required; caring named with "looking after"
    (LE, "Qualifications\n\n- A parent or primary caregiver who has raised a child with a mental health condition", "met"),
    (LE, "Qualifications\n\nYou must be a parent or primary caregiver who has raised a child with a mental health condition.", "met"),
    (LE, "Qualifications\n\n- Experience of looking after a parent with a mental health condition", "met"),
    # twins: young people supported at work, or the post's own duty
    (LE, "You have supported young people through transitions in a school setting.", "not-met"),
    (LE, "You will support a young person through their first weeks at the service.", "not-met"),
    # --- the worker's own story brought, then shared by a pronoun ("bring your own story to the
    # relationship and share it with care"): disclosure ---
    (PP, "You will bring your own story to the relationship and share it with care, at the right time. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "met"),
    (PP, "Our navigators bring their own journeys to every conversation and offer them when it helps. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "met"),
    (PP, "Mentors bring their own experience of the justice system and tell it to inspire others. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "met"),
    # twins: the story only brought, or something else shared, or the experience used
    (PP, "You will bring your own story to the relationship. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "partly-met"),
    (PP, "You will bring your own laptop and share it with the team. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "partly-met"),
    (PP, "Our navigators bring their own experiences to every conversation and use them to build trust. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "partly-met"),
    # ... the worker's own story named in one sentence and shared by a pronoun in the next, which opens with
    # "you" ("You have your own story. You will share it when it helps people."): disclosure (stop 30) ---
    (PP, "You have your own story. You will share it when it helps people.", "partly-met"),
    (PP, "You bring your own story of recovery. You'll tell it when it helps someone feel less alone.", "partly-met"),
    (PP, "You have your own lived experience of psychosis. You can share it with the people you support.", "partly-met"),
    # twins: the people served's stories, something else of the worker's, work experience, or a denial
    (PP, "The people we support have their own stories. You will share them with the team.", "not-met"),
    (PP, "You have your own rota. You will share it with your manager.", "not-met"),
    (PP, "You have your own experience of writing care plans. You will share it with the team.", "not-met"),
    (PP, "You have your own story. You will not share it with the people you support.", "not-met"),
    # --- the worker's own story, recovery or lived experience drawn on or used, then shared by a pronoun
    # ("draw on your own journey and tell it"): disclosure (blind set 119) ---
    (PP, "You will draw on your own journey and tell it when it could help a whānau member.", "partly-met"),
    (PP, "Mentors use their own recovery and offer it where it helps a resident.", "partly-met"),
    (PP, "Draw upon your lived experience, and share it with care.", "partly-met"),
    # twins: "own experience" of work, the story drawn on but not shared, the pronoun used for a task
    (PP, "Use your own experience of writing care plans and share them with new staff.", "not-met"),
    (PP, "Draw on your own story when you plan groups.", "not-met"),
    (PP, "Draw on your lived experience and use it to plan groups.", "not-met"),
    # --- the worker's own experience named by kinds joined with "and" or "or" ("your own grief and loss
    # journey"), shared, told or talked about: disclosure (blind set 118) ---
    (PP, "You will share some of your own grief and loss journey with bereaved families.", "partly-met"),
    (PP, "Talk about your own mental health and addiction experience when it serves the conversation.", "partly-met"),
    (PP, "Tell your personal gambling and recovery story at community talks.", "partly-met"),
    # twins: kinds that are work ("health and safety"), no "own" (a clinician's experience), the people
    # served sharing theirs
    (PP, "Share your own health and safety experience with the team.", "not-met"),
    (PP, "Share your mental health and addiction experience with the nursing team.", "not-met"),
    (PP, "You will help clients share their own crisis and recovery experience with the group.", "not-met"),
    # --- lived and living experience shared, and what the worker has been through told: disclosure ---
    (PP, "You will share your lived and living experience where it builds trust.", "partly-met"),
    (PP, "Share your living experience of drug use when it helps.", "partly-met"),
    (PP, "You will tell others what you've come through, when it helps.", "partly-met"),
    (PP, "Share what you have gone through with people starting out.", "partly-met"),
    # twins: the people served, or the applicant at selection
    (PP, "Help residents share what they have been through.", "not-met"),
    (PP, "Help members share their lived and living experience at the forum.", "not-met"),
    (PP, "Tell us what you have been through in your cover letter.", "not-met"),
    # --- the worker's own story named first, then shared or told with a manner ("Your own story, shared
    # with care, ..."); telling people about one's own journey; the Māori "kōrero"; one's own experience
    # of a named kind used, then shared by a pronoun: disclosure (wider forms of blind sets 118, 119) ---
    (PP, "Your own story, shared with care, can help someone feel less alone.", "partly-met"),
    (PP, "Their personal journeys, told with intention, show people what recovery can look like.", "partly-met"),
    (PP, "Tell families about your own recovery where it could help them.", "partly-met"),
    (PP, "Kaimahi share their own korero when it supports whānau.", "partly-met"),
    (PP, "You will share your own kōrero with tāngata whaiora when it helps.", "partly-met"),
    (PP, "Draw on your own experience of psychosis and tell it when it might help.", "partly-met"),
    # twins: no manner, the people served's stories, the applicant at selection, experience of work, a car
    (PP, "Your own story, shared at interview, helps us get to know you.", "not-met"),
    (PP, "The residents' own stories, shared with care, shape our service.", "not-met"),
    (PP, "Tell us about your own experience of leading a team.", "not-met"),
    (PP, "Help whānau share their own kōrero at hui.", "not-met"),
    (PP, "Draw on your own experience of audit and share it with the team.", "not-met"),
    (PP, "Your personal car, used safely, is covered by our insurance.", "not-met"),
    # --- a requirement whose kind is named where its sentence goes on, in the next list item or
    # line (a PDF line or a bullet of its own that opens with "from", "with", "of"): met ---
    (LE, "Requirements\n\n- Must have at least two years of continuous recovery\n- from a gambling or alcohol problem.\n- High school diploma", "met"),
    (LE, "Minimum qualifications\n\n- Applicants must self-identify as a person in long-term recovery\n- with a mental health condition or a substance use disorder.\n- Valid driver's license", "met"),
    (LE, "You must be in sustained recovery\n\nfrom an alcohol or drug use disorder.\n\nYou will run groups.", "met"),
    (LE, "Applicants must have lived experience of\n\nmental health challenges or psychosis.", "met"),
    # twins: the kind named only in other prose, or in an item of its own, or after a closed sentence
    (LE, "Requirements\n\n- Must self-identify as a person in recovery\n- Valid driver's license\n\nWe serve adults with substance use disorders.", "partly-met"),
    (LE, "Requirements\n\n- Must self-identify as a person in recovery\n- substance use disorder training (provided)", "partly-met"),
    (LE, "You must be in sustained recovery.\n\nfrom our base in Leeds you will visit people with alcohol problems.", "partly-met"),
    # --- the post said to suit the person it wants, or the person hoped for, in prose ("This role
    # is ideal for someone who has been through the criminal justice system", "We are hoping to
    # find someone who ..."): wanted, partly met ---
    (LE, "This role is ideal for someone who has been through the criminal justice system themselves.", "partly-met"),
    (LE, "The post would suit a person who has come through the care system.", "partly-met"),
    (LE, "This job is perfect for someone with lived experience of homelessness.", "partly-met"),
    (LE, "We are hoping to find someone who has their own experience of psychosis.", "partly-met"),
    (LE, "We hope to recruit people with lived experience of problem gambling.", "partly-met"),
    # twins: a service said to suit the people it serves; the people supported; no lived experience
    (LE, "Our drop-in is ideal for someone who has lived experience of homelessness.", "not-met"),
    (LE, "You will support people who have been through the criminal justice system.", "not-met"),
    (LE, "This role is ideal for someone who enjoys working outdoors.", "not-met"),
    # --- an item of the selection criteria marked desirable ("5. Lived experience as a carer ... is
    # desirable"), beside prose that draws on it: the specification's level, not met (blind92 wj12) ---
    (LE, "Drawing on your own experience of caring for someone with psychosis, you will support carers.\n\nSelection criteria\n\n1. Ability to work in a team\n2. Lived experience as a carer of someone with a mental illness is desirable", "not-met"),
    (LE, "You will use your own experience of recovery from addiction with clients.\n\nRequirements\n\n- A driving licence\n- Lived experience of recovery from addiction is preferred", "not-met"),
    # ... under a heading that names the applicant as "the candidate" ("The Candidate", "The ideal candidate",
    # "The applicant") (set201 ok14)
    (LE, "You will draw on your own experience of homelessness with guests.\n\nThe Candidate\n\n- A driving licence\n- Lived experience of homelessness is desirable", "not-met"),
    (LE, "You will use your own story of recovery to inspire hope.\n\nThe ideal candidate\n\n- Good IT skills\n- Personal experience of problem gambling would be an advantage", "not-met"),
    (LE, "You will use your own story of recovery to inspire hope.\n\nThe ideal candidate\n\n- Good IT skills\n- Personal experience of problem gambling is essential", "met"),
    # twins: "desirable" in the prose itself; an item under a heading that is no specification
    (LE, "Drawing on your own experience of caring for someone with psychosis, you will support carers. Lived experience of caring would be desirable.", "partly-met"),
    (LE, "You will use your own experience of recovery from addiction with clients.\n\nAbout the team\n\n- Lived experience of recovery from addiction is preferred", "partly-met"),
    # --- lived experience naming a discipline of work ("Understanding of Lived Experience practice",
    # "Lived Experience work here rests on mutuality"): not the applicant's own experience ---
    (LE, "Essential criteria\n\n- Understanding of lived experience practice and its values\n- A current driver's licence", "not-met"),
    (LE, "Lived Experience work at our service rests on mutuality and hope.", "not-met"),
    # twin: the applicant's own lived experience beside it
    (LE, "Essential criteria\n\n- Understanding of lived experience practice\n- Lived experience of psychosis", "met"),
    # --- a selection stage before a group of the people a service supports, named with a
    # possessive ("our Carers' Voice forum", "the Members' Advisory Committee"), by the recovery
    # community, or made up of people who use a named service: another way, partly met ---
    (PANEL, "Candidates will join a group discussion with members of the Parents' Voice group before an interview with the Team Leader.", "partly-met"),
    (PANEL, "Finalists present a short case study to our Tenants' Advisory Panel; the interview is with the Housing Manager.", "partly-met"),
    (PANEL, "Shortlisted applicants give a ten-minute talk to the Members' Reference Group, made up of people who use our day services. Interviews are with the Director.", "partly-met"),
    (PANEL, "Candidates meet members of our Recovery Community Reference Group over coffee before the interview with the manager.", "partly-met"),
    # the sentence split over two lines, the group on the second
    (PANEL, "Finalists give a short presentation to our\n\nRecovery Community Advisory Board.\n\nFinal interviews are with the Clinical Director.", "partly-met"),
    # --- a group of the recovery community named with no "advisory" between ("our Recovery Community
    # Council", "the Recovery Community Forum") is people in recovery: a presentation to it is another
    # way, partly met (blind set 139) ---
    (PANEL, "Shortlisted candidates give a short presentation to our Recovery Community Forum; the interview is with the Service Manager.", "partly-met"),
    (PANEL, "Finalists present a brief program overview to the Recovery Community Council, then interview with the Program Director.", "partly-met"),
    # twins: a council named only as a community's, and members of the recovery community's council on the panel
    (PANEL, "Finalists present a brief program overview to the Community Council, then interview with the Program Director.", "not-met"),
    (PANEL, "Two members of our Recovery Community Council sit on the interview panel with the Program Director.", "met"),
    # --- people said in plain words to have been through it themselves ("members who have been through
    # it too", "staff who've been there themselves") are people with lived experience: on the panel,
    # met (blind set 139) ---
    (PANEL, "Two of our volunteers who have been through it themselves will sit on the interview panel.", "met"),
    (PANEL, "The hiring committee includes staff who've been there themselves.", "met"),
    (PANEL, "Two mentors who have come through it too sit on the selection panel with the Centre Manager.", "met"),
    # twins: been through something else, and the applicants' own experience
    (PANEL, "Two of our volunteers who have been through the induction will sit on the interview panel.", "not-met"),
    (PANEL, "Applicants who have been through it themselves are guaranteed an interview with our manager.", "not-met"),
    # ... and "through this" with what it is after it ("this process", "this training"): a thing gone
    # through, not a life; twin: "through this" closed off
    (PANEL, "The panel includes staff who have been through this process before, and our manager.", "not-met"),
    (PANEL, "You will be interviewed by volunteers who have gone through this training and the coordinator.", "not-met"),
    (PANEL, "You will be interviewed by the coordinator and two volunteers who have been through this themselves.", "met"),
    # --- a group of people with lived experience named anywhere before (the title too), its members
    # then named by its noun ("Two council members will sit on the interview panel"): on the panel, met
    # (blind set 138) ---
    (PANEL, "Our Lived Experience Advisory Council meets every month.\n\nDuties\n\nPlan the council's meetings.\n\nSelection\n\nTwo council members will sit on the interview panel for this role.", "met"),
    (PANEL, "The Carers Forum shapes our services.\n\nKey tasks\n\nSupport carers at home.\n\nHow we recruit\n\nA forum member sits on every shortlisting panel, alongside the team manager.", "met"),
    (PANEL, "Our Whānau Advisory Rōpū guides our mahi.\n\nThe process\n\nRōpū members will interview every candidate with the service lead.", "met"),
    # twins: a council that is not of people with lived experience, its members denied a place, a
    # post named by the group noun
    (PANEL, "This post is funded by the county council.\n\nSelection\n\nTwo council members will sit on the interview panel.", "not-met"),
    (PANEL, "Our Youth Advisory Council meets monthly.\n\nSelection\n\nCouncil members will not sit on the interview panel.", "not-met"),
    (PANEL, "Our Youth Advisory Council meets monthly.\n\nSelection\n\nThe council leader will sit on the interview panel.", "not-met"),
    # ... and the members' own group named right after them ("from the City Council", "of the trust"): theirs
    (PANEL, "Our Lived Experience Advisory Council meets monthly.\n\nSelection\n\nTwo council members from the "
            "borough council will sit on the interview panel.", "not-met"),
    (PANEL, "The Carers Forum shapes our services.\n\nHow we recruit\n\nA forum member of the local business "
            "network sits on every panel with the manager.", "not-met"),
    # --- a selection sentence split over two lines, its membership word on the first and the
    # people on the second ("Shortlisting will be done by the" / "Peer Lead and the Ward
    # Manager."): the second line is the make-up, met ---
    (PANEL, "Shortlisting will be done by the\n\nPeer Lead and the Ward Manager.\n\nInterviews follow the same week.", "met"),
    (PANEL, "Shortlisting is done jointly by our\n\npeer support workers and the team leader.", "met"),
    (PANEL, "The interview panel will include the manager and one of our\n\npeer mentors, who started as a volunteer.", "met"),
    # twins: no peers on the second line; the people there reached past another way of taking part
    (PANEL, "Shortlisting will be done by the\n\nHead of Nursing and the Ward Manager.\n\nInterviews follow the same week.", "not-met"),
    (PANEL, "Shortlisting will be done by the Ward Manager, followed by a presentation to our\n\nPeer Advisory Group.", "partly-met"),
    # twins: a staff team; an advisory board named only by what it does
    (PANEL, "Candidates will join a group discussion with members of the finance team before an interview with the Team Leader.", "not-met"),
    (PANEL, "Finalists give a short presentation to our\n\nCommunity Advisory Board.\n\nFinal interviews are with the Clinical Director.", "not-met"),
    # --- someone who has used the service, an adverb between, or a service named by its name: on
    # the panel, met ---
    (PANEL, "Our interview panel includes a person who has previously used our services.", "met"),
    (PANEL, "The panel will include someone who has themselves accessed the service, and the team manager.", "met"),
    (PANEL, "Interviews are held by the manager and a person who uses the Cedar House programmes.", "met"),
    # twins: someone who worked here; people who used to run programmes
    (PANEL, "Our interview panel includes a person who previously worked in our finance team.", "not-met"),
    (PANEL, "The panel includes two people who used to run programmes for us.", "not-met"),
    # --- the coordinator or supervisor of peer services ("a phone screen with the Peer Services
    # Coordinator"): a title, not a statement that a peer selects; a peer beside them, or a peer
    # lead, still is ---
    (PANEL, "Shortlisted applicants have a phone screen with the Peer Services Coordinator, then an interview with HR.", "not-met"),
    (PANEL, "Interviews are held by the Peer Service Co-ordinator and the Clinical Lead.", "not-met"),
    (PANEL, "Interviews are held by the Peer Services Coordinator and a current peer support worker.", "met"),
    (PANEL, "Interviews are held by the Peer Services Lead and the Clinical Lead.", "met"),
    # --- the applicants named as the family who cared ("only open to parents or caregivers who have
    # cared for a child or youth with mental health challenges"): lived experience required, kind named
    # (blind94 xc23) ---
    (LE, "This role is only open to parents or caregivers who have cared for a child or youth with mental health challenges.", "met"),
    (LE, "Applicants must be parents who have supported a teenager with an eating disorder.", "met"),
    (LE, "Essential: grandparents or guardians who have looked after a child through addiction.", "met"),
    # twins: the parents are the people served, or the carers are staff at work
    (LE, "You will support parents or caregivers who have cared for a child or youth with mental health challenges.", "not-met"),
    (LE, "This role is only open to staff who have cared for children with mental health challenges.", "not-met"),
    # --- the people served taking part in a group exercise of an assessment day, not on the panel:
    # partly met (blind94 xc28) ---
    (PANEL, "Assessment day\n\nService users will take part in a group exercise on the assessment day.", "partly-met"),
    (PANEL, "People who use our services will take part in a group exercise during the selection day.", "partly-met"),
    (PANEL, "Members of our carers forum join a group discussion at the assessment event, followed by an interview with the manager.", "partly-met"),
    # twins: the candidates alone take part, or the people take part in the interview itself
    (PANEL, "Candidates will take part in a group exercise on the assessment day.", "not-met"),
    (PANEL, "Peer workers will take part in the interview on the assessment day.", "met"),
    # --- an elliptical "or of" alternative, "experience" left out before work or helping others:
    # substitutable (blind95 zc09) ---
    (LE, "Essential criteria\n\n- Lived experience of mental health, or of supporting people in a care role.", "not-met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis, or of working in a support service.", "not-met"),
    (LE, "Essential criteria\n\n- Personal experience of addiction, or of helping others in a paid role.", "not-met"),
    (ADJ, "Essential criteria\n\n- Lived experience of mental health, or of supporting people in a care role.", "not-met"),
    # twins: the other route is lived experience too (a relative cared for, another kind)
    (LE, "Essential criteria\n\n- Lived experience of mental health, or of caring for a family member with mental health problems.", "met"),
    (LE, "Essential criteria\n\n- Lived experience of mental health or of substance use.", "met"),
    (ADJ, "Essential criteria\n\n- Lived experience of mental health, or of caring for a relative with dementia.", "met"),
    # --- disclosure in the relative clause of a denied role ("This is not a role where you will be
    # expected to share your personal story"): negated (blind95 zc25) ---
    (PP, "This is not a role where you will be expected to share your personal story; what matters is how you listen. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "partly-met"),
    (PP, "This isn't the kind of job in which you have to tell your own story. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "partly-met"),
    (ADJ, "This is not a role where you will be expected to give medication or complete risk assessments.", "met"),
    # twins: sharing optional but, when it happens, purposeful; "not just a role where"; a role where you do
    (PP, "You will never be pressed to share your story, but when you do, you will use your own story purposefully. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "met"),
    (PP, "It is not a role where you must tell your story; you will share your own experience intentionally when it helps. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "met"),
    (PP, "It's not just a role where you share your story with purpose. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "met"),
    (PP, "You will not only share your own story with purpose but also train others. Peer support is mutual. You will hold hope for people and keep clear boundaries.", "met"),
    (ADJ, "This is a role where you will give medication.", "not-met"),
    # --- lived and living experience, and its advisory circle, met during the selection: another way
    # (blind94 xc21) ---
    (PANEL, "Selection process\n\nCandidates may be invited to meet members of our Lived and Living Experience Advisory Circle during the process.", "partly-met"),
    (PANEL, "Selection process\n\nCandidates will meet members of our Living Experience Reference Group before the interview.", "partly-met"),
    # twin: a circle named only by what it does
    (PANEL, "Selection process\n\nCandidates may be invited to meet members of our Advisory Circle during the process.", "not-met"),
    # --- blind set 93, adjacent professions: medication taken, with a word naming it more closely
    # ("take their prescribed medications"), is compliance enforced; timed rounds or checks named by
    # the place they cover ("15-minute unit rounds") are observations ---
    (ADJ, "Ensure members take their prescribed medications and report refusals to the charge nurse.", "not-met"),
    (ADJ, "Ensure residents take the evening dose before lights out.", "not-met"),
    (ADJ, "Ensure that clients take their daily medication in front of staff.", "not-met"),
    (ADJ, "Complete the 15-minute unit rounds sheet when assigned.", "not-met"),
    (ADJ, "Do hourly ward checks overnight.", "not-met"),
    (ADJ, "Complete 30-minute floor rounds on the night shift.", "not-met"),
    # twins: taking part in a review of the medication, a ward round with no interval, a timed meeting,
    # and the same duties denied
    (ADJ, "Ensure members take part in their medication reviews.", "met"),
    (ADJ, "Attend the weekly ward round with the consultant.", "met"),
    (ADJ, "Join the 15-minute team huddle each morning.", "met"),
    (ADJ, "You will never be asked to ensure members take their prescribed medication.", "met"),
    # --- blind set 92, adjacent professions: a risk assessment helped with, the clinicians or the
    # assessment's kind named between ("Assist clinicians with crisis risk assessments"): a clinical
    # task in a supporting position ---
    (ADJ, "Assist clinicians with crisis risk assessments during after-hours on-call shifts.", "partly-met"),
    (ADJ, "Support the on-call team with suicide risk assessments.", "partly-met"),
    (ADJ, "Help nurses in crisis risk assessment at weekends.", "partly-met"),
    # twins: the assessment done by the peer, something else helped with, and the help denied
    (ADJ, "Complete crisis risk assessments on your own.", "not-met"),
    (ADJ, "Assist clinicians with the weekly wellness group.", "met"),
    (ADJ, "Help tenants with budgeting and the risk of eviction.", "met"),
    (ADJ, "You will not assist clinicians with risk assessments.", "met"),
    # --- blind set 92, the personal route set beside work ("either personally or through supporting
    # young people in a professional or volunteer role", "personally or in a paid or voluntary
    # capacity"): adjacent or volunteer experience qualifies in place of lived experience, with or
    # without "learned" (LE and ADJ not met) ---
    (ADJ, "Selection criteria (essential)\n\n- Lived or learned experience of mental health challenges, either "
          "personally or through supporting young people in a professional or volunteer role.", "not-met"),
    (ADJ, "Essential: lived or learned experience of addiction, for example through volunteer work at a drop-in.",
     "not-met"),
    (ADJ, "Essential: experience of addiction, either personally or in a paid or voluntary capacity.", "not-met"),
    (LE, "Essential: experience of mental health challenges, either personally or through supporting young people "
         "in a professional or volunteer role.", "not-met"),
    (LE, "Essential: experience of addiction, either personally or in a paid or voluntary capacity.", "not-met"),
    # twins: the other route lived experience too, or work and volunteering asked for beside it
    (ADJ, "Essential: lived or learned experience of psychosis, either personally or as a carer.", "met"),
    (ADJ, "Essential: lived or learned experience of addiction, and a willingness to volunteer.", "met"),
    (ADJ, "Essential: lived experience of addiction, and experience gained in paid work or in a voluntary role.", "met"),
    (LE, "Essential: lived experience of addiction, and experience of supporting others in a paid or voluntary "
         "capacity.", "met"),
    (LE, "Essential: lived experience of psychosis, either personally or as a family member.", "met"),
    # --- blind set 96: a helping profession's worker named before its certificate or diploma (Canada:
    # "A Community Social Service Worker certificate is required"): a professional qualification ---
    (ADJ, "A Community Social Service Worker certificate is required.", "not-met"),
    (ADJ, "Required: Community Support Worker certificate.", "not-met"),
    (ADJ, "A Mental Health and Addictions Worker certificate is required.", "not-met"),
    (ADJ, "Developmental Services Worker diploma required.", "not-met"),
    (ADJ, "A Community Social Service Worker certificate is preferred.", "partly-met"),
    # twins: a peer worker's own certificate, the workers as colleagues, the certificate not needed
    (ADJ, "A Peer Support Worker certificate is required.", "met"),
    (ADJ, "You will work alongside our Community Support Workers.", "met"),
    (ADJ, "No Community Social Service Worker certificate is needed.", "met"),
    # --- blind set 92: the front desk or reception as a set share of the post's own week, with no
    # gap, absence or shortage named ("Cover the front desk and phones one shift per week"): no
    # staffing gap covered (clear-soil.md: "cover staffing gaps"; every labelled front-desk cover
    # in the invented sets names a gap, a break or an absence) ---
    (ADJ, "Cover the front desk and phones one shift per week.", "met"),
    (ADJ, "Staff reception two mornings a week.", "met"),
    (ADJ, "Cover the front desk one afternoon each fortnight.", "met"),
    # twins: a gap, an absence or a break named, beside the set share or alone
    (ADJ, "Cover the front desk one shift per week and when the receptionist is off sick.", "not-met"),
    (ADJ, "Cover the front desk one shift per week, and more when the team is short-staffed.", "not-met"),
    (ADJ, "Cover the front desk when reception is short-staffed.", "not-met"),
    # --- other staff worked with, their verb in the infinitive ("Work with nurses to deliver case
    # management"): the post holder does the duty with them, a shared duty, not theirs alone ---
    (ADJ, "Work with nurses to deliver case management.", "not-met"),
    (ADJ, "Work jointly with the ward nurses to complete risk assessments.", "not-met"),
    (ADJ, "Work together with care coordinators to provide care coordination.", "not-met"),
    # ("alongside" is a supporting word of its own: a supporting position)
    (ADJ, "Work alongside nurses to deliver case management to clients.", "partly-met"),
    # twins: the staff's own verb, or the staff as the subject, keep the duty theirs
    (ADJ, "Work with nurses, who deliver case management.", "met"),
    (ADJ, "Nurses deliver case management, and you will work with them.", "met"),
    (ADJ, "Our nurses deliver case management.", "met"),
    # --- a swap pointing back ("in place of this") after two requirements swaps the nearer one: the
    # part of the block just before it, or the item above; lived experience further back is not it ---
    (ADJ, "You must have lived experience of psychosis. You must also hold a full driving licence; two years of "
          "bus travel training will be accepted in place of this.", "met"),
    (ADJ, "Essential:\n\n- Lived experience of psychosis.\n- A full driving licence. A bus pass will be accepted "
          "in place of this.", "met"),
    (ADJ, "You must have lived experience of addiction. You must hold a current first aid certificate. Two years "
          "in a caring role will be considered in lieu of that.", "met"),
    # twins: lived experience the nearer requirement, in the sentence before, its own clause or the item above
    (ADJ, "You must have lived experience of psychosis. Experience in a caring role will be accepted in place of "
          "this.", "not-met"),
    (ADJ, "Lived experience of psychosis is essential, and experience in a caring role may be accepted in lieu of "
          "it.", "not-met"),
    (ADJ, "Essential:\n\n- Lived experience of psychosis.\n- Experience in a caring role will be accepted in place "
          "of this.", "not-met"),
    # (twin of the EVIDENCE rows on a post set against another profession: another person set against one)
    (ADJ, "Refer people to a social worker, not a case manager.", "met"),
    (ADJ, "Protect the peer group's confidentiality. You will give medication.", "not-met"),
    # --- disclosure: the worker's own recovery itself is what is shared ("share your own recovery"), or
    # "your recovery" shared with how (blind104 ke25) ---
    (PP, "Peer mentors share their own recovery where it helps a young person see a next step.", "partly-met"),
    (PP, "You will be sharing your own recovery with people leaving hospital, when it helps them.", "partly-met"),
    (PP, "Share your recovery thoughtfully with the tenants you walk alongside.", "partly-met"),
    # twins: the people served share their own recovery, or the worker shares something else of recovery
    (PP, "You will help people share their own recovery at our community events.", "not-met"),
    (PP, "Encourage group members to share their recovery with care.", "not-met"),
    (PP, "You will share recovery resources and leaflets with families.", "not-met"),
    # --- a selection task the people served run or lead (with help or not) beside a staff-only interview:
    # another way, partly met (blind100 ka09) ---
    (PANEL, "Young people from our youth council run a short group task on the assessment day, followed by a panel "
            "interview with the Team Leader and HR.", "partly-met"),
    (PANEL, "Shortlisted applicants attend a selection day. Two experts by experience lead the role-play exercise; the "
            "interview panel is the Clinical Lead and a Psychologist.", "partly-met"),
    (PANEL, "At the assessment centre, carers who use our service help run the group exercise, and then the Service "
            "Manager interviews each candidate.", "partly-met"),
    # twins: staff run the task, the people also sit on the panel, or running groups is the post's duty
    (PANEL, "Our Team Leader runs the group exercise, followed by an interview with the Service Manager and a trustee.",
     "not-met"),
    (PANEL, "Peer workers run the group exercise and sit on the interview panel with the Service Manager.", "met"),
    (PANEL, "You will help run exercise sessions with people who use our service.\n\nInterviews are held by the "
            "Service Manager and HR.", "not-met"),
    # --- "members of" a group of the people served, in a clause dated by a selection word ("On the selection
    # day members of ... observe a task"), the interviewers in the next clause: "members of" only says where
    # they come from, it puts them on no panel (partly met) ---
    (PANEL, "On the selection day members of our consumer advisory group observe a role-play task; interviews are "
            "then held by the Team Leader and HR.", "partly-met"),
    (PANEL, "At the assessment event, members of our youth council observe a role-play; the Programme Manager and HR "
            "then interview each candidate.", "partly-met"),
    # twins: the members are the interviewers, sit on the panel in their own clause, or are added to it
    (PANEL, "On the selection day the Team Leader observes a role-play task; interviews are then held by two members "
            "of our consumer advisory group.", "met"),
    (PANEL, "On the selection day members of our consumer advisory group sit on the interview panel; the Team Leader "
            "observes a role-play task.", "met"),
    (PANEL, "The panel is the Team Leader and HR; on the selection day, members of our carers forum will also sit on "
            "the panel.", "met"),
    (PANEL, "The interview panel will be: the Ward Manager, a Psychologist, and a member of our Carers Advisory Panel.",
     "met"),
    # --- the post holder's work bringing other people onto other hires' panels ("Support people with lived
    # experience to sit on recruitment panels"), with "you will", an imperative or the post's own title as
    # subject: not this post's selection (blind102 kc29, blind103 kd28) ---
    (PANEL, "Support people with lived experience to sit on recruitment panels across the Trust.\n\nInterviews are "
            "held by the Head of Involvement and HR.", "not-met"),
    (PANEL, "You will recruit and train experts by experience to sit on interview panels for new staff.", "not-met"),
    (PANEL, "The post holder coordinates our involvement work: recruiting and paying service users to sit on "
            "shortlisting panels, and arranging their training.", "not-met"),
    # twins: the employer's own practice, or a peer on this panel
    (PANEL, "We pay experts by experience to sit on all our interview panels.", "met"),
    (PANEL, "Our involvement team supports people who use our services to sit on every interview panel.", "met"),
    # --- the post holder's own duty in other hires' recruitment, with the stages its sentence goes on to
    # name ("Contribute to recruitment of peer support workers, including shortlisting and interviewing"):
    # the lead's work, not this post's selection, which is then not described (blind136 lw11) ---
    (PANEL, "Main duties\n\n- Take part in recruitment of new peer mentors, including shortlisting and interviews.",
     "not-met"),
    (PANEL, "Responsibilities\n\n- Participate in hiring for the peer team, such as reading applications and "
            "interviewing candidates with lived experience.", "not-met"),
    (PANEL, "You will contribute to the selection of peer specialists, including shortlisting.", "not-met"),
    # twins: peers on this post's panel in a clause or a sentence of their own
    (PANEL, "Take part in recruitment of peer workers; peer workers will sit on the interview panel for this post.",
     "met"),
    (PANEL, "Contribute to recruitment of peer mentors. Our interview panel for this post includes a peer mentor.",
     "met"),
    # --- the other route opened by a sentence adverb, named as skills ("Alternatively, transferable
    # skills from ..."; "Otherwise, skills gained in ...") after a lived experience requirement (blind100) ---
    (ADJ, "Essential:\n\n- Lived experience of self-harm.\n- Alternatively, transferable skills from youth work or "
          "retail.", "not-met"),
    (ADJ, "You must have lived experience of gambling harm. Otherwise, skills gained in hospitality or customer "
          "service will be considered.", "not-met"),
    # twins: the adverb opens something else; transferable skills only welcomed
    (ADJ, "You must have lived experience of gambling harm. Alternatively, we will help you build the skills you "
          "need on the job.", "met"),
    (ADJ, "You must have lived experience of addiction. Transferable skills from retail are a bonus.", "met"),
    # --- a duty further along a list that contrast-words open ("keep the role distinct from nursing and
    # care co-ordination", "rather than therapy, diagnosis or medication rounds"): what the role is not ---
    (ADJ, "You will help peers keep the role distinct from nursing and care co-ordination.", "met"),
    (ADJ, "Our mentors offer companionship rather than therapy, diagnosis or medication rounds.", "met"),
    (ADJ, "Kaimahi keep their work separate from case management and formal risk assessment.", "met"),
    # twins: a clause of its own after the contrast gives the post the duty
    (ADJ, "You will offer friendship rather than judgement, and give medication on the ward.", "not-met"),
    (ADJ, "Peer work here is different from nursing, and you will give medication at night.", "not-met"),
    # --- a qualification plainly denied past an aside in brackets ("Registration (for example as a nurse
    # or social worker) is not required"): what the role is not ---
    (ADJ, "Professional registration (for example as a nurse, psychologist or social worker) is not required.", "met"),
    (ADJ, "A social work degree (BSW or MSW) is not needed for this role.", "met"),
    # twins: welcomed before the denial, it is desirable
    (ADJ, "A social work degree, while useful, is not essential.", "partly-met"),
    (ADJ, "A nursing degree (an advantage) is not essential.", "partly-met"),
    # --- a qualification named by its field before the noun ("a community services qualification", "a
    # human services degree"): another profession's, required or offered in place of lived experience ---
    (ADJ, "Essential\n\n- A relevant community services qualification", "not-met"),
    (ADJ, "Requirements\n\n- Human services degree or equivalent.", "not-met"),
    (LE, "Essential criteria:\n\n- Lived experience of psychosis or a relevant community welfare diploma.", "not-met"),
    (LE, "Essential criteria:\n\n- Lived experience of homelessness or a human services degree.", "not-met"),
    # the same split over two bullets or PDF lines, the item stopping on the open "or" route and the next
    # going on in lower case with the qualification (set108 ki11): substitutable under both criteria
    (LE, "Essential criteria:\n\n- Lived experience of psychosis or a relevant human\n- services qualification (Diploma or above).\n- A driving licence.", "not-met"),
    (LE, "Essential criteria:\n\n- Lived experience of homelessness or a\n- diploma in social work.\n- A driving licence.", "not-met"),
    (ADJ, "Essential criteria:\n\n- Lived experience of homelessness or a\n- diploma in social work.\n- A driving licence.", "not-met"),
    # twins: the route on the next line is the peer work's own; the item closes before the next one
    (LE, "Essential criteria:\n\n- Lived experience of psychosis or a relevant peer\n- work certificate.\n- A driving licence.", "met"),
    (LE, "Essential criteria:\n\n- Lived experience of psychosis.\n- diploma in social work is not needed.", "met"),
    # twins: community services named as what the organisation provides
    (ADJ, "We provide community services across the county.", "met"),
    (LE, "Essential criteria:\n\n- Lived experience of homelessness and of using community services.", "met"),
    # --- the peer work set against named professions' work or theirs (set105): met is CS004's default,
    # so its rows are EVIDENCE rows ("distinct from casework or therapy") and a difference of something
    # else is a twin of test_beside_or_within_the_clinical_side_alone_is_no_difference ---
    # twin: another profession's duty beside the statement decides
    (ADJ, "Your role is different from theirs, and you will give medication at night.", "not-met"),
    # --- a qualification a form's boilerplate requires, disowned for this post by the sentence after it
    # ("This requirement does not apply to this post"): nothing is asked ---
    (ADJ, "You must hold current professional registration. Please note this wording is standard; it does not apply to this post.", "met"),
    (ADJ, "Essential\n\n- Registration with the HCPC or NMC\n\nThis requirement is not applicable to this role.", "met"),
    (ADJ, "Applicants must be registered with a regulatory body. However, this does not apply for this vacancy.", "met"),
    # twins: the next sentence disowns something else, or exempts other staff, not this post
    (ADJ, "A nursing degree is required. The relocation package does not apply to this post.", "not-met"),
    (ADJ, "You must hold professional registration with the HCPC. This requirement does not apply to bank staff.", "not-met"),
    # --- an academic degree with no field named is no profession's qualification ("Bachelor's degree
    # (preferred)", "Master's degree required") ---
    (ADJ, "Qualifications\n\n- Bachelor's degree (preferred)", "met"),
    (ADJ, "An associate degree is an asset.", "met"),
    # twins: the field named after it, or in brackets
    (ADJ, "Qualifications\n\n- Bachelor's degree in social work (preferred)", "partly-met"),
    (ADJ, "Qualifications\n\n- Bachelor's degree (psychology or nursing) preferred", "partly-met"),
    # --- the organisation's team by a long name, maybe with its initials in brackets, offering its
    # services ("Our alcohol and other drugs (AOD) team offers counselling"): not the post's duties ---
    (ADJ, "Our gambling harm and family support team offers counselling and debt advice. You will run peer "
          "groups.", "met"),
    (ADJ, "The Early Intervention in Psychosis (EIP) team provides care coordination; you will walk alongside "
          "people.", "met"),
    # twin: the post joins the team and does it
    (ADJ, "You will join our alcohol and other drugs team and offer counselling.", "not-met"),
    # --- the exception to a negation gives the cover duty back ("not part of the nursing roster, except
    # when the unit is short-staffed") ---
    (ADJ, "Kaimahi are never counted in the ward numbers, except when the ward is short-staffed, when they may "
          "help with general ward tasks.", "not-met"),
    (ADJ, "Peer workers never cover nursing shifts, except when the ward is short-staffed.", "not-met"),
    # twins: "even when" keeps the negation
    (ADJ, "Kaimahi are never counted in the ward numbers, even when the ward is short-staffed.", "met"),
    (ADJ, "Peer workers are not part of the nursing roster, even when the unit is short-staffed.", "met"),
    # --- restraint named as holds, the US term ("assisting with holds when needed") ---
    (ADJ, "Keep the lounge safe, including assisting with holds when needed.", "not-met"),
    (ADJ, "You will take part in manual holds on the ward as part of the team.", "not-met"),
    # twins: a hold on something else; holds denied
    (ADJ, "Help people place a hold on library books for the group.", "met"),
    (ADJ, "Peer specialists never take part in physical holds.", "met"),
    # --- equivalent experience named by the work it was gained in, accepted beside lived experience
    # ("Equivalent experience working in corrections may be considered") ---
    (ADJ, "Lived experience of incarceration is required. Equivalent experience working in youth justice or "
          "policing may be considered.", "not-met"),
    (ADJ, "You must have lived experience of homelessness. Comparable experience employed in a hostel or housing "
          "office will be accepted.", "not-met"),
    # twin: turned down
    (ADJ, "Lived experience of incarceration is required. Equivalent experience working in youth justice or "
          "policing will not be accepted.", "met"),
    # --- a parole or probation violation reported to the agent: monitoring compliance ---
    (ADJ, "Help participants keep probation appointments and report any violations to their probation agent.",
     "not-met"),
    (ADJ, "You will report parole violations to the supervising agent.", "not-met"),
    # twin: the workplace's own rules
    (ADJ, "Report any policy violations to your supervisor.", "met"),
    # --- US licence titles with the level or field between, in a Desirable column ---
    (ADJ, "| | Essential | Desirable |\n|---|---|---|\n| Licence | | Licensed Master Social Worker (LMSW) |",
     "partly-met"),
    (ADJ, "Preferred: Licensed Professional Counselor Associate or Licensed Marriage and Family Therapist.",
     "partly-met"),
    # twin: licensed for something else
    (ADJ, "You will be licensed to drive a minibus for the counselling service.", "met"),
    # --- clinicians helped while they start or dose a medication treatment: a supporting position ---
    (ADJ, "Support the emergency physician and nursing staff during buprenorphine induction by explaining the "
          "process.", "partly-met"),
    (ADJ, "Assist the clinic nurse with methadone dosing on Tuesday mornings.", "partly-met"),
    # twin: the people served supported through their own treatment
    (ADJ, "Support people through the first week of their methadone treatment.", "met"),
    # --- a medicine given or dispensed, named by the drug or its form ("give methadone doses", "administer
    # depot injections"): giving medication, another profession's duty ---
    (ADJ, "You will give methadone doses at the morning clinic.", "not-met"),
    (ADJ, "Administer depot injections under the nurse's supervision.", "not-met"),
    (ADJ, "Dispense clozapine to residents at breakfast.", "not-met"),
    # twins: naloxone kits handed out; the drug only named; denied
    (ADJ, "Dispense naloxone kits and show people how to use them.", "met"),
    (ADJ, "Help people understand their clozapine blood tests.", "met"),
    (ADJ, "You will not give methadone or any other medication.", "met"),
    # --- an exception to a negated duty that opens a circumstance ("except in an emergency",
    # "other than when ..."): the exception gives the duty back for that circumstance ---
    (ADJ, "You will not give medication, except in an emergency.", "not-met"),
    (ADJ, "Peer workers never carry out restraint except as a last resort when staff are injured.", "not-met"),
    (ADJ, "Restraint is outside the scope of this role, except in an emergency.", "not-met"),
    (ADJ, "You do not do observations, except on night shifts.", "not-met"),
    # twins: an exception that names another activity; "not even"; the exception in another sentence
    (ADJ, "You will not give medication, other than reminding people of their appointments.", "met"),
    (ADJ, "You will never give medication, not even in an emergency.", "met"),
    (ADJ, "You will not give medication. Except in an emergency, the nurse in charge leads every admission.", "met"),
    # --- a recovery story named with no sharing verb is no disclosure: the worker's own story must be
    # shared, told, offered or used ("tell your recovery story"), not only named ("a recovery stories
    # group", "our team have their own recovery story"), nor told by the people served ---
    (PP, "You will tell your recovery story to inspire others.", "partly-met"),
    (PP, "Share your own reentry and recovery story with purpose, when it might help.", "partly-met"),
    (PP, "Coaches staff in the intentional, safe sharing of their own recovery stories.", "partly-met"),
    (PP, "A third of our team have their own recovery story.", "not-met"),
    (PP, "You will run a recovery stories group on Tuesdays.", "not-met"),
    (PP, "Support members to tell their recovery stories.", "not-met"),
    # --- an absence of another post's holder opened by "whenever": cover for a staffing gap ---
    (ADJ, "Cover reception one afternoon a week and whenever the receptionist is off.", "not-met"),
    (ADJ, "You will look after reception whenever the receptionist is off.", "not-met"),
    # --- an absence another post's staff cover, the main clause's subject someone other than the post
    # ("When the receptionist is off, the office manager covers the desk"): no cover by the post ---
    (ADJ, "When the administrator is away, the office manager covers the phones.", "met"),
    (ADJ, "Our duty manager staffs reception whenever the administrator is away.", "met"),
    (ADJ, "While permanent staff are on leave, the agency sends a temp.", "met"),
    # twins: the post holder, an order, or the peer named as the one who covers
    (ADJ, "When the administrator is away, you will cover the phones.", "not-met"),
    (ADJ, "When the administrator is away, the peer worker covers the phones.", "not-met"),
    (ADJ, "Cover the phones while permanent staff are on leave.", "not-met"),
    (ADJ, "Help out on reception whenever the administrator is off sick.", "not-met"),
    # twin: a set share of the week at reception, no gap named
    (ADJ, "Cover reception one afternoon a week.", "met"),
    # --- "support" inside a team's or service's name is no supporting verb: the duty is the post's ---
    (ADJ, "You will join our family support team and offer counselling.", "not-met"),
    (ADJ, "Join our peer support service and provide counselling to families.", "not-met"),
    (ADJ, "You will work in the carer support hub and give medication at lunchtime.", "not-met"),
    # twins: "support" as the verb
    (ADJ, "Support the nurses to offer counselling.", "partly-met"),
    (ADJ, "Work alongside the family support team to help the psychologist offer counselling.", "partly-met"),
    # --- the people served observing the interview, not selecting: another way of taking part ---
    (PANEL, "Our Parent Carer Forum will observe the interview.", "partly-met"),
    (PANEL, "The interviews are observed by members of our youth council.", "partly-met"),
    (PANEL, "A carer from our Carers Forum attends the interview as an observer.", "partly-met"),
    # twins: on the panel; a peer on the panel beside an observer
    (PANEL, "Our Parent Carer Forum will sit on the interview panel.", "met"),
    (PANEL, "The interview panel is the manager and a peer worker, and a member of our Youth Forum will observe.",
     "met"),
    # --- mentoring or coaching named as an activity (`mentor~`, `coach~` reach "mentoring",
    # "coaching") names no person on the panel: "the Head of Family Mentoring" is staff ---
    (PANEL, "The panel is the Head of Family Mentoring and a psychologist.", "not-met"),
    (PANEL, "Interviews are held by the manager and our Recovery Coaching lead.", "not-met"),
    # twins: the people by their noun
    (PANEL, "The interview panel is the manager and a family mentor.", "met"),
    (PANEL, "Interviews are held by two recovery coaches and the manager.", "met"),
    # --- the people served named by the service's place or programme ("people who use our site",
    # "those who attend our drop-in"), and a hyphenated "meet-and-greet": another way, not the panel ---
    (PANEL, "Hiring decisions are made by the manager. Those who attend our drop-in may be invited to a "
            "meet-and-greet with shortlisted candidates.", "partly-met"),
    (PANEL, "Interviews are held by the manager. People who use our clinic will meet the candidates informally "
            "on the day.", "partly-met"),
    (PANEL, "The interview panel includes two people who access our programs.", "met"),
    # twins: a meet-and-greet with staff only; the people who use a website
    (PANEL, "Interviews are held by the manager. Shortlisted candidates are invited to a meet-and-greet with the "
            "team.", "not-met"),
    (PANEL, "Interviews are held by the manager. People who use our website can read about the team.", "not-met"),
    # --- the people as the audience of an earlier step of the candidates, then the candidates' next
    # step ("give a presentation to our consumer group, then attend an interview with ..."): the
    # "attend" after them is the candidates', not the people's; another way (blind set 115) ---
    (PANEL, "Shortlisted candidates will give a short presentation to our consumer advisory group, then attend an "
            "interview with the Team Leader and our operations manager.", "partly-met"),
    (PANEL, "Applicants present a short case study to members of our Youth Council and then attend an interview "
            "with the Program Director.", "partly-met"),
    (PANEL, "Finalists give a short talk to two peer workers, then attend a panel interview with the Service "
            "Manager.", "partly-met"),
    (PANEL, "After presenting to our consumer advisory group, you will be interviewed by the Team Leader and the "
            "operations manager.", "partly-met"),
    (PANEL, "Shortlisted applicants will give a presentation to people who use our services and will then be "
            "interviewed by the manager.", "partly-met"),
    (PANEL, "You will give a short kōrero to tāngata whaiora and then sit an interview with the Team Leader.",
     "partly-met"),
    # twins: the people given a verb of their own, or named in the interview's make-up
    (PANEL, "Candidates will present to our consumer advisory group, and two peer workers will then join the "
            "interview panel.", "met"),
    (PANEL, "Candidates give a presentation to two peer workers, who then sit on the interview panel.", "met"),
    (PANEL, "Candidates give a presentation, and you will then be interviewed by a peer worker and the manager.",
     "met"),
    (PANEL, "Shortlisted candidates will give a presentation to the panel, then attend an interview with a peer "
            "worker and the manager.", "met"),
    # --- feedback to the panel said with the verb "feed back" ("the forum then feeds back to the
    # interview panel"): another way of taking part (blind set 115) ---
    (PANEL, "Selection process\n\nMembers of our consumer reference group will feed back to the interview panel of "
            "the manager and a nurse.", "partly-met"),
    (PANEL, "Selection process\n\nCandidates spend an hour at the drop-in, and service users there will feed back "
            "on each candidate. Interviews are held by the manager.", "partly-met"),
    (PANEL, "Whānau from our advisory rōpū will feed back to the panel after a short kōrero, and the interview is "
            "with the Team Leader.", "partly-met"),
    # twins: the panel feeding back to the candidates; a panel with a peer on it that feeds back
    (PANEL, "The interview panel is the manager and the team leader. They will feed back to every candidate by "
            "email.", "not-met"),
    (PANEL, "The interview panel, which includes a peer worker, will feed back to every candidate.", "met"),
    (PANEL, "Recruitment process\n\nMembers of our carers' forum meet candidates at an open morning and report "
            "back to the interview panel.", "partly-met"),
    (PANEL, "Recruitment process\n\nThe panel, which includes a peer worker, will report back to candidates within "
            "a week.", "met"),
    # --- the questions reviewed or checked by people with lived experience, "our questions" with no
    # selection word in the sentence, under a recruitment heading: another way (blind set 119) ---
    (PANEL, "Recruitment process\n\nCarer representatives review our questions.", "partly-met"),
    (PANEL, "Selection process\n\nMembers of our youth council check the questions before each round.", "partly-met"),
    (PANEL, "Consumer representatives review our questions. Interviews are held by the manager.", "partly-met"),
    # twins: staff review them; the same people also on the panel
    (PANEL, "Recruitment process\n\nWe review our questions every year.", "not-met"),
    (PANEL, "Consumer representatives review our questions and sit on the interview panel.", "met"),
    # ... and the questions signed off, chosen, suggested or contributed by them
    (PANEL, "Recruitment process\n\nOur youth council signs off the interview questions.", "partly-met"),
    (PANEL, "Recruitment process\n\nTāngata whaiora help choose the questions we ask.", "partly-met"),
    (PANEL, "Recruitment process\n\nOur consumer council suggests questions for every interview.", "partly-met"),
    (PANEL, "Recruitment process\n\nPeople with lived experience contribute questions to the interview.", "partly-met"),
    # twins: the panel of staff chooses them; a peer on the panel who also chooses them
    (PANEL, "Recruitment process\n\nThe panel chooses the questions. It is the manager and a nurse.", "not-met"),
    (PANEL, "Recruitment process\n\nA peer worker sits on the panel and helps choose the questions.", "met"),
    # --- under a selection heading, a meeting that names peers ("you will meet our Peer Lead and the
    # Program Director"): with no interview described it is the selection; beside an interview held
    # by others, another way ---
    (PANEL, "Selection process\n\nAfter a short phone call, you will meet our Peer Lead and the Program Director.",
     "met"),
    (PANEL, "Selection process\n\nYou will meet with two of our peer mentors and the Team Leader.", "met"),
    (PANEL, "Selection process\n\nAfter a short phone call, you will meet our Peer Lead and the Program Director. "
            "Interviews are held by the Director.", "partly-met"),
    # twins: a meeting after the hire; a meeting with staff only; a meeting outside a selection section
    (PANEL, "Selection process\n\nOnce hired, you will meet our Peer Lead during induction.", "not-met"),
    (PANEL, "Selection process\n\nYou will meet our Program Director.", "not-met"),
    (PANEL, "About us\n\nIn your first week you will meet our Peer Lead and the Program Director.", "not-met"),
    # ... the meeting is a step of selection only when its sentence, one next to it or its heading names
    # a step (`selection-stage-words`: "Recruitment process", "after your interview", "shortlisted") ---
    (PANEL, "Recruitment process\n\nAfter your interview, you will meet two of our peer mentors.", "partly-met"),
    (PANEL, "How to apply\n\nShortlisted candidates will meet our Peer Lead and the Team Leader.", "met"),
    (PANEL, "How to apply\n\nSend us your CV. At the next stage you will meet two of our peer workers.", "met"),
    (PANEL, "How to apply\n\nSend us your CV. Finalists meet our Peer Lead and the Team Leader.", "met"),
    # twins: a meeting before applying, on the first day, for an enquiry (`not-selection-meeting-words`),
    # or under "How to apply" with no step named
    (PANEL, "How to apply\n\nYou can meet our Peer Lead at an open day on Friday before you apply.", "not-met"),
    (PANEL, "Selection process\n\nPlease send a CV. On your first day you will meet our Peer Support Team.", "not-met"),
    (PANEL, "Recruitment process\n\nIf you have questions, you can meet with our Peer Lead for an informal chat.",
     "not-met"),
    (PANEL, "Hiring process\n\nCome and meet two of our peer mentors at an open evening.", "not-met"),
    (PANEL, "How to apply\n\nYou are welcome to meet our Peer Lead and the Team Leader.", "not-met"),
    # --- other experience said to be worth as much (equally valued, given equal weight) under another
    # heading than the lived experience the advert asks for: level with it all the same (blind set 119) ---
    (ADJ, "Essential criteria\n\n- Lived experience of an eating disorder.\n\nAbout you\n\nSkills from bar work or "
          "retail are equally valued here.", "not-met"),
    (ADJ, "You must have personal experience of homelessness.\n\nWhat we offer\n\nTransferable skills from teaching "
          "will be given equal weight.", "not-met"),
    # twins: no lived experience asked anywhere; the skills only useful, not worth as much
    (ADJ, "Transferable skills from teaching will be given equal weight.", "met"),
    (ADJ, "You must have personal experience of homelessness.\n\nWhat we offer\n\nTransferable skills from teaching "
          "are also useful.", "met"),
    # --- work in a helping field required while lived experience is said not to be needed, the field
    # named by its role or setting with no verb of working (blind set 116) ---
    (ADJ, "Lived experience of psychosis is not required, though we'd welcome it.\n\nYou will need experience in a "
          "community support role.", "not-met"),
    (ADJ, "You do not need lived experience of addiction to apply.\n\nEssential: experience in a youth or housing "
          "position.", "not-met"),
    # twins: lived experience required beside it (one more skill), and the experience the peer work's own
    (ADJ, "Lived experience of psychosis is essential.\n\nYou will need experience in a community support role.", "met"),
    (ADJ, "You do not need lived experience of addiction.\n\nEssential: experience in a peer support role.", "met"),
    # --- the organisation's site named with a place before its verb: its services, not the post's
    # duties (blind set 116) ---
    (ADJ, "Our drop-in centre on Queen Street provides counselling and case management.", "met"),
    (ADJ, "The clinic at Riverside also offers psychotherapy and prescribing.", "met"),
    # twin: the post holder offers it
    (ADJ, "You will work in our clinic in Riverside and offer counselling to clients.", "not-met"),
    # --- extra hands by another noun or adjective, and other staff's breaks covered (blind set 115) ---
    (ADJ, "Be an extra set of hands for the nursing team on busy days.", "not-met"),
    (ADJ, "You will cover staff lunch breaks on the ward.", "not-met"),
    # twins: the post's own breaks; the idiom denied
    (ADJ, "You will take regular breaks and never work alone.", "met"),
    (ADJ, "Our peer workers are never used as an extra set of hands.", "met"),
    # --- two verbs joined before a screening instrument or an assessment (blind set 118) ---
    (ADJ, "Administer and score the K10 with every new client.", "not-met"),
    (ADJ, "Complete and document risk assessments at each visit.", "not-met"),
    # twin: two verbs before the post's own paperwork
    (ADJ, "Complete and submit your timesheets each week.", "met"),
    # --- a US professional standing named as a status or designation (blind set 118) ---
    (ADJ, "Preferred: Qualified Mental Health Professional (QMHP) designation.", "partly-met"),
    (ADJ, "Required: Mental Health Professional status in the State of Washington.", "not-met"),
    # twin: the professionals as colleagues
    (ADJ, "You will work alongside qualified mental health professionals.", "met"),
    # --- "in place of" the lived experience named by its kind alone ("recovery experience") (blind set 116) ---
    (ADJ, "Requirements\n\n- Lived experience of addiction is essential.\n- Work in a homeless shelter will be "
          "accepted in place of recovery experience.", "not-met"),
    (ADJ, "Essential: personal experience of gambling harm. Two years in retail may be considered in lieu of "
          "addiction experience.", "not-met"),
    # twin: another experience swapped
    (ADJ, "Essential: personal experience of gambling harm. A bus pass will be accepted in place of driving "
          "experience.", "met"),
    # --- desirable vocational or counselling-skills awards of the helping professions (blind sets 116, 118) ---
    (ADJ, "Desirable: an SVQ in Social Services at level 3.", "partly-met"),
    (ADJ, "Desirable\n\n- A counseling skills diploma", "partly-met"),
    # twin: an award in another field
    (ADJ, "Desirable: an SVQ in Business and Administration.", "met"),
    # --- wider forms: the register joined by a hyphen ("HCPC-registered"), and other experience said to
    # count as much ---
    (ADJ, "Essential: you must be HCPC-registered.", "not-met"),
    (ADJ, "Desirable: BACP-accredited membership.", "partly-met"),
    (ADJ, "Essential: lived experience of psychosis.\n\nAbout you\n\nSkills from hospitality count just as much.",
     "not-met"),
    (ADJ, "Essential: lived experience of psychosis. Experience from previous jobs counts equally.", "not-met"),
    # twins: the registered staff as colleagues; nothing to count as much as
    (ADJ, "You will work with HCPC-registered psychologists.", "met"),
    (ADJ, "Skills from hospitality count just as much.", "met"),
    # --- other skills or experience said to be taken too, after the requirement in its item, after a
    # semicolon or in the next sentence ("...; transferable skills from youth work will also be
    # considered", "We will also consider skills from other jobs"): another route in, substitutable
    # (blind set 123) ---
    (LE, "Essential\n\n- Lived experience of an eating disorder; transferable skills from youth work will also be "
         "considered", "not-met"),
    (LE, "Essential criteria\n\n- Personal experience of homelessness. Skills gained in other support roles are also "
         "welcome.", "not-met"),
    (LE, "You must have lived experience of problem gambling. Relevant work experience will also be accepted.", "not-met"),
    (LE, "Lived experience of the care system is required, although we will also consider transferable skills from "
         "other jobs.", "not-met"),
    (LE, "Essential\n\n- Lived experience of addiction recovery. Candidates with related work experience are also "
         "encouraged to apply.", "not-met"),
    (LE, "Lived experience of self-harm is essential. People from allied professions may also apply.", "not-met"),
    # twins: the acceptance denied; what is also taken is another lived experience, or peer work
    (LE, "Essential\n\n- Lived experience of an eating disorder; transferable skills from youth work will not be "
         "considered in its place", "met"),
    (LE, "Essential\n\n- Lived experience of psychosis; experience as a family carer will also be considered", "met"),
    (LE, "Essential criteria\n\n- Personal experience of homelessness. Experience in other peer roles is also welcome.",
     "met"),
    (LE, "Essential\n\n- Lived experience of addiction recovery. Candidates with disabilities are also encouraged to "
         "apply.", "met"),
    # ... and the same other route keeps the role from being distinct from adjacent work
    (ADJ, "You must have lived experience of problem gambling. Relevant work experience will also be accepted.",
     "not-met"),
    (ADJ, "Lived experience of self-harm is essential. People from allied professions may also apply.", "not-met"),
    (ADJ, "Essential\n\n- Lived experience of addiction recovery. Candidates with disabilities are also encouraged to "
          "apply.", "met"),
    # --- other experience said to be worth as much, after the requirement in its sentence or the next
    # ("Skills from youth work are equally valued", "counts just as much", "given equal weight"): one
    # reading for both criteria, another route in (CS001 substitutable, CS004 not met) ---
    (LE, "Essential: lived experience of psychosis. Skills from youth work are equally valued.", "not-met"),
    (ADJ, "Essential: lived experience of psychosis. Skills from youth work are equally valued.", "not-met"),
    (LE, "Lived experience of recovery is required. Experience from other jobs counts just as much.", "not-met"),
    (ADJ, "Lived experience of recovery is required. Experience from other jobs counts just as much.", "not-met"),
    (LE, "Requirements\n\n- Lived experience of homelessness (essential); transferable skills from retail will be "
         "given equal weight", "not-met"),
    (ADJ, "Requirements\n\n- Lived experience of homelessness (essential); transferable skills from retail will be "
          "given equal weight", "not-met"),
    # twins: the worth denied, or what is worth as much is lived experience too
    (LE, "Essential: lived experience of psychosis. Skills from youth work are not equally valued.", "met"),
    (ADJ, "Essential: lived experience of psychosis. Skills from youth work are not equally valued.", "met"),
    (LE, "Requirements\n\n- Lived experience of homelessness (essential); experience as a carer is equally valued", "met"),
    (ADJ, "Requirements\n\n- Lived experience of homelessness (essential); experience as a carer is equally valued",
     "met"),
    # --- professions joined before one qualification noun ("Nursing or midwifery qualification", "a
    # social work, nursing or psychology degree"), and midwifery itself: an adjacent qualification,
    # desirable or required (blind set 123) ---
    (ADJ, "Desirable\n\n- Midwifery or health visiting qualification", "partly-met"),
    (ADJ, "Desirable\n\n- A social work, nursing or psychology degree", "partly-met"),
    (ADJ, "Essential\n\n- Registered midwife", "not-met"),
    # twins: the professions as colleagues, a peer qualification joined with another
    (ADJ, "Desirable\n\n- Experience of running groups with midwives or nurses", "met"),
    (ADJ, "Desirable\n\n- Peer support or mentoring qualification", "met"),
    (ADJ, "Support parents referred by midwives and health visitors.", "met"),
    (ADJ, "Knowledge of social work, and a clean driving licence.", "met"),
    # --- people with lived experience who set or mark a task, or review the presentation, in the active
    # ("our experts by experience will set a short task", "a consumer representative will review it"):
    # another way, not the panel ---
    (PANEL, "Interviews are with the manager. Members of our service user forum will mark a brief written exercise.", "partly-met"),
    (PANEL, "Shortlisted applicants will give a presentation. A carer representative will review it. The panel is the manager and HR.", "partly-met"),
    (PANEL, "Interviews are with the team leader. Two experts by experience will judge your presentation.", "partly-met"),
    # twins: staff set or review it; the same people on the panel as well
    (PANEL, "Interviews are with the manager. The HR team will set a short written task.", "not-met"),
    (PANEL, "Shortlisted applicants will give a presentation. The manager will review it.", "not-met"),
    (PANEL, "The interview panel includes two experts by experience, who will also set a short task.", "met"),
    # --- a task or questions written for the interview by people with lived experience, with no verb "be"
    # ("respond to a scenario written by our lived experience advisory group"): they design a task,
    # another way, not the panel (set107 kh16) ---
    (PANEL, "Shortlisted candidates will answer a case study prepared by our youth council. Interviews are with the manager.", "partly-met"),
    (PANEL, "Applicants will be asked to complete an exercise written by members of our carer forum.", "partly-met"),
    # twins: the writers sit on the panel too; a manager writes it
    (PANEL, "Interviews will include a scenario written by our Carer Forum, two of whom also sit on the interview panel.", "met"),
    (PANEL, "Shortlisted applicants will respond to a scenario written by the hiring manager.", "not-met"),
    # --- the people served named as a group or an association of their own ("our tenants' group", "the
    # Residents' Association"): on the panel it is met, in another way partly ---
    (PANEL, "Two members of our tenants' group sit on the interview panel.", "met"),
    (PANEL, "The panel is the hostel manager and a member of the Residents' Association.", "met"),
    (PANEL, "Interviews are with the manager. Our patients' group will meet candidates informally beforehand.", "partly-met"),
    # twins: a staff group, and the client group a service works with
    (PANEL, "Two members of our staff group sit on the interview panel.", "not-met"),
    (PANEL, "Interviews are with the manager. You will work with a varied client group.", "not-met"),
    # --- an interest, a passion or a commitment offered after "or" as the other route in ("or a strong
    # interest in ...", "or be passionate about ..."): it stands in for lived experience, not met (blind set 127) ---
    (LE, "Essential criteria\n\n- Lived experience of an eating disorder or a genuine interest in eating disorder "
         "recovery.", "not-met"),
    (LE, "You must have lived experience of homelessness or be passionate about ending it.", "not-met"),
    (LE, "Selection criteria\n\n1. Personal experience of problem gambling, or an interest in gambling harm.", "not-met"),
    (LE, "Key selection criteria\n\n- Lived experience of mental distress or a real commitment to recovery-oriented "
         "practice.", "not-met"),
    # twins: the interest joined with "and", or an "or" in another item
    (LE, "Essential criteria\n\n- Lived experience of an eating disorder and a genuine interest in peer work.", "met"),
    (LE, "Essential\n\n- Lived experience of psychosis.\n- A driving licence or a strong interest in cycling.", "met"),
    (LE, "Essential: lived experience of psychosis, and a Certificate IV in Mental Health or a commitment to "
         "complete one.", "met"),
    # --- (endA35, set179 nn21) "lived experience" naming a practice with its kind between ("lived experience
    # reflective practice", "lived experience group supervision") is no applicant's experience: another
    # requirement's "or" beside it offers no route in to the lived experience required elsewhere ---
    (LE, "Essential criteria\n\n1. Essential: lived experience of psychosis and recovery.\n2. Essential: experience "
         "running team supervision or lived experience reflective practice.", "met"),
    (LE, "Essential criteria\n\n1. Essential: personal experience of homelessness.\n2. Essential: experience of "
         "facilitating lived experience group supervision or peer reflective practice.", "met"),
    # twins: lived experience of a kind after the "or" is another route in; the practice alone asks for none
    (LE, "Essential criteria\n\n1. Essential: experience providing peer supervision or lived experience of recovery "
         "from psychosis.", "not-met"),
    (LE, "Essential criteria\n\n1. Essential: experience of lived experience reflective practice.", "not-met"),
    # --- (endA35, set185 nt28) a preference named by its noun before the people preferred ("Preference for
    # candidates with ...", "a strong preference for applicants who ...") is desirable; twin: the preference is
    # for something else beside the requirement ---
    (LE, "Essential criteria\n\n- Preference for candidates with lived experience of psychosis.", "not-met"),
    (LE, "Requirements\n\n- A strong preference for applicants who have personal experience of homelessness.",
     "not-met"),
    (LE, "Essential criteria\n\n- Lived experience of psychosis.\n- Preference for candidates who hold a driving "
         "licence.", "met"),
    # --- (endA35, set179 nn04) a qualified understanding offered after "or" ("or a demonstrated understanding of",
    # "or a good understanding of", "or sound knowledge of") is another route in; twin: joined with "and" ---
    (LE, "Essential\n\n- Lived experience of psychosis, or a demonstrated understanding of recovery from psychosis.",
     "not-met"),
    (LE, "Essential criteria\n\n- Personal experience of homelessness or a good understanding of the housing system.",
     "not-met"),
    (LE, "Essential\n\n- Lived experience of addiction or sound knowledge of harm reduction.", "not-met"),
    (LE, "Essential\n\n- Lived experience of psychosis and a good understanding of recovery principles.", "met"),
    # ... an insight or affinity offered in its place ("or insight into ...", "or an affinity with ...");
    # twin: insight into one's own recovery joined with "and"
    (LE, "Essential criteria\n\n- Lived experience of psychosis or insight into the challenges of psychosis.",
     "not-met"),
    (LE, "Essential\n\n- Lived experience of homelessness or an affinity with people who are homeless.", "not-met"),
    (LE, "Essential\n\n- Lived experience of psychosis and insight into your own recovery.", "met"),
    # --- "or" opening the clause after the requirement's semicolon ("... is required; or two years of
    # work in ...", "... is essential; or a diploma in ..."): another route in (blind set 127) ---
    (LE, "Requirements\n\n- Lived experience of opioid use and recovery is required; or three years of work in a "
         "methadone clinic.", "not-met"),
    (LE, "Lived experience of mental illness is essential; or a diploma in community services.", "not-met"),
    # twin: the next clause with no "or" at its start is a requirement of its own
    (LE, "Lived experience of mental illness is essential; a diploma or certificate in community services is "
         "desirable.", "met"),
    # ... or opening the next sentence ("... is required. Or two years of work in ..."); twin: "or" later in
    # the next sentence, in a count ("Two or more years ...")
    (LE, "Requirements\n\n- Lived experience of mental illness is required. Or two years of work in a community "
         "mental health service.", "not-met"),
    (LE, "Lived experience of gambling harm is essential. Or 12 months in a gambling support service.", "not-met"),
    (LE, "Lived experience of mental illness is essential. Two or more years of experience in community services "
         "is desirable.", "met"),
    # --- lived experience in a phrase leading into a clause of the applicant's duties ("Drawing on your
    # lived experience, you will ..."), a word of worth in that clause said of something else ("...
    # make sure peer workers are valued"): prose that assumes it, partly met (blind set 125) ---
    (LE, "Drawing on your lived experience of psychosis, you will make sure carers are valued as partners.",
     "partly-met"),
    (LE, "Using your own experience of homelessness, you'll see that every guest is welcome at the drop-in.",
     "partly-met"),
    # twins: the word of worth said of the drawing itself, or of the applicant, or of the mention
    (LE, "Drawing on your lived experience is valued in this team.", "not-met"),
    (LE, "If you have lived experience of psychosis, you are welcome to apply.", "not-met"),
    (LE, "Lived experience of psychosis, while not essential, is valued.", "not-met"),
    # --- blind129 lp25: two stages joined before the one panel ("on the shortlisting and interview
    # panel") name the panel the peer sits on ---
    (PANEL, "A Family Peer Worker will be on the shortlisting and interview panel.", "met"),
    (PANEL, "Two people with lived experience will be on our shortlisting & interview panel.", "met"),
    (PANEL, "One of our youth peer mentors sits on the recruitment or selection panel.", "met"),
    # twins: the joined panel named without peers; a peer beside the panel's paperwork only
    (PANEL, "The service manager will be on the shortlisting and interview panel.", "not-met"),
    (PANEL, "A Peer Support Worker will help with the shortlisting and interview panel paperwork.", "not-met"),
    # --- blind122 li03: the people named first, a clause after them saying they are the panel ("...
    # and a peer worker, who will together make up the interview panel"), also inside a gathering ---
    (PANEL, "You will meet the clinical lead and two peer mentors, who form the selection panel.", "met"),
    (PANEL, "Shortlisted people are invited to a talanoa with our matai, the team leader and a Pacific peer "
            "support worker, who together make up the interview panel.", "met"),
    # twins: the people named are not peers; the peers in another sentence than the panel's
    (PANEL, "You will meet the clinical lead and the team manager, who form the selection panel.", "not-met"),
    (PANEL, "Our peer mentors run a group on Tuesdays. The clinical lead and the team manager form the "
            "interview panel.", "not-met"),
    # --- blind121 lh20: "peer" naming a comparable organisation the person comes from ("a clinician from
    # a peer service") is no peer on the panel (`peer-equal-nouns`) ---
    (PANEL, "The interview panel will include the Team Manager and a manager from a peer organisation in "
            "another county.", "not-met"),
    (PANEL, "Interviews are run by our director and a nurse consultant at another peer provider.", "not-met"),
    # twins: a peer worker from another service; someone from the service's own peer service
    (PANEL, "The interview panel will include the Team Manager and a peer worker from a neighbouring service.", "met"),
    (PANEL, "The interview panel will include the Team Manager and someone from our peer service.", "met"),
    # --- blind120 lg25: the selection said to be made by a committee, its members after it ("Hiring is
    # done by a committee that includes ...") ---
    (PANEL, "Appointments will be made by a committee of two peer mentors and the director.", "met"),
    (PANEL, "Selection is carried out by a committee that includes one of our peer workers.", "met"),
    # twins: the committee without peers; peers on a committee that is not selection's
    (PANEL, "Hiring is done by a committee of the director and the clinical lead.", "not-met"),
    (PANEL, "Our peer mentors sit on the program committee.", "not-met"),
    # --- blind121 lh21: care co-ordination held as a caseload or by "you will be" ("carry a caseload as
    # care co-ordinator") is another profession's duty ---
    (ADJ, "- Hold a caseload of eight as care coordinator", "not-met"),
    (ADJ, "You'll be the care coordinator for a small group of young people.", "not-met"),
    # twins: beside another's care co-ordination; another person named as care co-ordinator
    (ADJ, "- Work alongside the care co-ordinator for each person", "met"),
    (ADJ, "Your caseload is held jointly; the nurse will be care coordinator for each person.", "met"),
    # --- blind128 lo23: a qualification named by its level with the field before the noun ("a tertiary
    # health qualification") is a professional qualification ---
    (ADJ, "Desirable\n\n- A university social work degree.", "partly-met"),
    (ADJ, "Essential\n\n- A college allied health diploma.", "not-met"),
    # twins: the level without a field; a field that is no profession
    (ADJ, "Desirable\n\n- A tertiary qualification.", "met"),
    (ADJ, "Desirable\n\n- A university arts degree.", "met"),
    # --- blind120 lg23: a professional connection or background offered after "or" is another route in
    # (substitutable: not met) ---
    (LE, "Essential: Lived experience of psychosis, or a professional connection to psychosis services.", "not-met"),
    (LE, "Essential: Lived experience of mental distress, or a professional background in mental health.", "not-met"),
    # twins: professional links named in another sentence; "or" joining two lived experiences
    (LE, "Essential: Lived experience of psychosis. You will build links with professional networks in mental "
         "health.", "met"),
    (LE, "Essential: Lived experience of psychosis or of caring for a relative with psychosis.", "met"),
    # --- blind130 lq07: a part of the worker's own family's story told, offered or disclosed, not only
    # shared ("Tell parts of your own whānau's journey"), is disclosure ---
    (PP, "Tell parts of your own whānau's journey when it helps another parent.", "partly-met"),
    (PP, "You will offer some of your own family's story to carers who feel alone.", "partly-met"),
    (PP, "You will disclose aspects of your household's story to parents at the centre.", "partly-met"),
    # twins: the parents' own story, or the family's history with no owner
    (PP, "Support parents to tell parts of their family's story to the court.", "not-met"),
    (PP, "Tell parts of the family's history to the school.", "not-met"),
    # --- blind130 lq10: the team's or the worker's own voice using or sharing "our" stories (plural) or
    # "my" story with a purposeful manner, no "own" ("we use our journeys purposefully"), is disclosure ---
    (PP, "As peer workers we use our journeys purposefully.", "partly-met"),
    (PP, "In our team we offer our experiences thoughtfully, never to take centre stage.", "partly-met"),
    (PP, "I tell my story deliberately when it will help.", "partly-met"),
    # twins: "our story" (the organisation's) told to funders; stories used with no manner
    (PP, "We tell our story strategically to funders and commissioners.", "not-met"),
    (PP, "We use our stories in fundraising campaigns.", "not-met"),
    # ... and "our" with the people served as the first person of the sentence: theirs ("Our members tell our
    # stories safely at conferences"); twin: the workers first
    (PP, "Our members tell our stories safely at conferences.", "not-met"),
    (PP, "Residents of the house share our journeys thoughtfully at open days.", "not-met"),
    (PP, "Our peer mentors share our journeys thoughtfully with residents.", "partly-met"),
    # --- blind130 lq15: "whai ora" alone, said of the service or as a group ("whaiora who use the
    # service", "whai ora from our kaupapa"), are people who use services ---
    (PANEL, "Whaiora who use the service will have a cup of tea with shortlisted candidates before the interview.",
     "partly-met"),
    (PANEL, "Shortlisted applicants will share kai with whai ora from our kaupapa before meeting the panel.", "partly-met"),
    (PANEL, "Two whai ora from our service sit on the interview panel with the Team Leader.", "met"),
    # twin: "Whai Ora" in an organisation's name
    (PANEL, "Interviews will be held at the Whai Ora Trust office with the Service Manager.", "not-met"),
    # --- blind132 ls20: "peer" naming the programme a post runs ("the Peer Programme Manager", "our Peer
    # Program Coordinator") is the one who runs it, not a peer who selects (as "Peer Services Manager") ---
    (PANEL, "Interviews are held by the Peer Programme Manager and the Clinical Lead.", "not-met"),
    (PANEL, "You will be interviewed by our Peer Program Coordinator and an HR adviser.", "not-met"),
    (PANEL, "Finalists have a chat with our Youth Council. The interview is then with our Peer Program Supervisor "
            "and the Operations Manager.", "partly-met"),
    # twins: a peer lead of the programme, and a peer worker beside its manager
    (PANEL, "Interviews are held by the Peer Program Lead and the Clinical Lead.", "met"),
    (PANEL, "Interviews are held by the Peer Programme Manager and a peer worker from the programme.", "met"),
    # --- blind135 lv24: a short teaching, taster or sample session, lesson or workshop the candidates run
    # for people who use services is a presentation to them by another name: another way (partly met) ---
    (PANEL, "At interview you will give a 15-minute mini lesson to people who use our services.", "partly-met"),
    (PANEL, "Shortlisted applicants deliver a short taster workshop to members of our Carers Forum.", "partly-met"),
    (PANEL, "Finalists will teach a brief sample class for residents of our housing program.", "partly-met"),
    # twin: the session run for the panel
    (PANEL, "Shortlisted applicants will deliver a short training session to the interview panel.", "not-met"),
    # --- blind132 ls04: portions or pieces of the clinical team's care or treatment plan carried out are
    # clinical work in a supporting position (partly met) ---
    (ADJ, "Carry out agreed pieces of the treatment plan set by the nurse practitioner.", "partly-met"),
    (ADJ, "Deliver portions of each tenant's care plan as directed by the community psychiatric nurse.", "partly-met"),
    # twins: the people served carrying out their own plan; portions of something else
    (ADJ, "Help clients carry out portions of their own care plan.", "met"),
    (ADJ, "Deliver portions of the weekly meal programme.", "met"),
    # --- blind130 lq09: transferable skills said to be taken too ("... will also be considered", "... are
    # also welcome"), also past a list of other work, are adjacent experience offered as a route in (the
    # transferable skills fallacy: not met) ---
    (ADJ, "Essential: lived experience of gambling harm.\n\nTransferable skills from retail, hospitality and "
          "customer service are also welcome.", "not-met"),
    (ADJ, "Lived experience of the care system is essential.\n\nTransferable skills gained in coaching, hospitality "
          "or retail may also be considered.", "not-met"),
    # twins: skills from other peer roles; the acceptance denied
    (ADJ, "Lived experience of psychosis is essential.\n\nTransferable skills from other peer roles will also be "
          "considered.", "met"),
    (ADJ, "Lived experience of psychosis is essential.\n\nTransferable skills from sport, retail or hospitality "
          "will not be considered.", "met"),
    # ... and skills taken too after another requirement named first in their sentence ("A driving licence is
    # desirable; transferable skills ... are also welcome"): that requirement's route, in CS001 and CS004
    (ADJ, "Lived experience of psychosis is essential.\n\nA driving licence is desirable; transferable skills "
          "from other jobs are also welcome.", "met"),
    (LE, "Lived experience of psychosis is essential. A degree is desirable; transferable skills from retail "
         "or hospitality may also be considered.", "met"),
    (LE, "Lived experience of psychosis is essential.\n\nA full licence is needed; transferable skills are "
         "also welcome.", "met"),
    # --- blind135 lv10: time or work in another job that "may substitute", nothing named after it, under
    # the lived experience requirement (the item above, or its own clause): adjacent experience stands in
    # for lived experience (not met) ---
    (ADJ, "Requirements\n\n- Lived experience of homelessness is essential.\n- Eighteen months of employment in a "
          "shelter can substitute.", "not-met"),
    (ADJ, "Essential\n\n- Personal experience of recovery; two years working in a youth service may substitute.",
     "not-met"),
    # twins: another requirement above it; the substitution denied; peer work as the stand-in
    (ADJ, "Requirements\n\n- A full driving licence.\n- A year of paid work in community services may substitute.",
     "met"),
    (ADJ, "Requirements\n\n- Lived experience of homelessness is essential.\n- Two years of work in a shelter cannot "
          "substitute.", "met"),
    (ADJ, "Requirements\n\n- Lived experience of homelessness is essential.\n- Two years as a peer mentor may "
          "substitute.", "met"),
    # --- blind139 lz13: time without using, counted or said from what ("N months clean from drugs", "two
    # years sober", "a year of abstinence"), is lived experience of substance use, and "you need to be"
    # says it is required ---
    (LE, "What we ask: you need to be at least two years sober from alcohol or other drugs.", "met"),
    (LE, "Requirements\n\n- Must be at least 18 months clean from alcohol and other drugs.", "met"),
    (LE, "Applicants need to be one year abstinent from opioids before they start with us.", "met"),
    (LE, "We are looking for someone who is at least 6 months clean from gambling.", "partly-met"),
    # twins: denied; a workplace rule with no count; the people served's time without using
    (LE, "You don't need to be two years sober to apply.", "not-met"),
    (LE, "All staff must be sober at work and keep the drop-in clean.", "not-met"),
    (LE, "You will support people who are 12 months clean from drugs to find housing.", "not-met"),
    (LE, "Staff in recovery must be at least two years sober.", "not-met"),
    # ... and the people served as the subject of the "be" or "have" (a rule of the service for them:
    # "Residents must be abstinent from alcohol", "Clients need to be 12 months sober"), not the
    # applicant's lived experience; twin: the applicants as the subject
    (LE, "In our sober house, residents must be abstinent from alcohol and drugs.", "not-met"),
    (LE, "Clients need to be at least 90 days clean from opioids before they move in.", "not-met"),
    (LE, "All guests have to be one year sober to join the programme.", "not-met"),
    (LE, "Candidates need to be at least 90 days clean from opioids before they start.", "met"),
    # --- blind139 lz22: a mental health certificate or diploma with the setting named before the field
    # ("Certificate in Community Mental Health", "Diploma in Clinical Mental Health") is another
    # profession's qualification ---
    (ADJ, "A Certificate in Forensic Mental Health is considered an asset.", "partly-met"),
    (ADJ, "Desirable\n\n- A Graduate Diploma in Clinical Mental Health.", "partly-met"),
    (ADJ, "Essential: a Certificate in Adult Mental Health (Level 5).", "not-met"),
    # twins: the peer strand of it; the setting named as the team, not a qualification
    (ADJ, "Desirable\n\n- Certificate in Community Mental Health Peer Support.", "met"),
    (ADJ, "You will work beside our community mental health team.", "met"),
    # --- blind138 ly18: a sentence opened by "They" (or "He", "She") has the subject of the sentence before
    # it, so a series' "their own story" after ", and" is the workers' when that subject is the workers;
    # and the worker's own story with its kind in one word before it ("their own housing story") ---
    (PP, "Our mentors have all been in prison. They sit with residents on the wing, and share their own stories "
         "when it helps.", "partly-met"),
    (PP, "Each Peer Navigator has been unhoused. He meets clients at the shelter, and shares his own housing story "
         "in a planned way.", "partly-met"),
    (PP, "Our Peer Support Workers know gambling harm first-hand. They walk alongside whanau, and tell their own "
         "gambling story when it helps.", "partly-met"),
    # twins: the sentence before names the people served; the kind-worded story only held, not shared
    (PP, "Our residents have all been homeless. They sit with other residents at the drop-in, and share their "
         "own housing stories.", "not-met"),
    (PP, "Every guest at the drop-in has their own housing story.", "not-met"),
    # --- blind136 lw10: the people a mentoring service mentors, by a group of theirs or as "our mentees",
    # meeting candidates informally are people who use the service: another way (partly met) ---
    (PANEL, "Peer Mentor\n\nShortlisted applicants will be invited to meet members of our mentee forum for an "
            "informal conversation before the interview.\n\nThe interview panel will be the service manager and "
            "an HR adviser.", "partly-met"),
    (PANEL, "Youth Peer Mentor\n\nCandidates on the shortlist will have a cuppa with two of our current mentees "
            "before the interview with the manager.", "partly-met"),
    (PANEL, "Peer Mentor\n\nTwo of our former mentees sit on every interview panel.", "met"),
    # twin: the post holder's own mentees, once in post, are no part of the selection
    (PANEL, "Peer Mentor\n\nShortlisted candidates will be interviewed by the manager. You will meet your mentees "
            "in your first week.", "not-met"),
    # --- the lived-experience requirement said to be replaceable by a passive after it, in brackets or a
    # relative clause ("Lived experience (may be substituted by significant experience of working in
    # services)", "which can be replaced with two years of paid work"): substitutable, not met ---
    (LE, "Person specification\n\n| Essential | Desirable |\n|---|---|\n| Lived experience of psychosis (may be "
         "substituted by extensive experience of working in community mental health) | Driving licence |", "not-met"),
    (LE, "Essential criteria:\n\n- Lived experience of mental health challenges, which can be replaced with two years "
         "of paid support work", "not-met"),
    (LE, "Essential: lived experience of homelessness (this may be replaced by equivalent experience in housing "
         "programs).", "not-met"),
    # twins: the substitution denied; lived experience is what may replace another requirement
    (LE, "Essential criteria:\n\n- Lived experience of mental health challenges (this cannot be substituted by "
         "professional experience)", "met"),
    (LE, "Essential criteria:\n\n- Lived experience of mental health challenges (may not be replaced by clinical "
         "work)", "met"),
    (LE, "Essential criteria:\n\n- Two years of paid work (may be substituted by lived experience of recovery)\n- "
         "Lived experience of substance use recovery", "met"),
    # --- "or (significant) experience as a <profession>" after the lived-experience requirement ("..., or
    # significant experience as a mental health clinician", "or proven experience as a registered nurse",
    # "or experience as a social worker"): another profession's work as the other route in, not met ---
    (LE, "Essential criteria:\n\n- Lived experience of mental distress and recovery, or considerable experience as a "
         "community psychiatric nurse.", "not-met"),
    (LE, "You must have lived experience of addiction, or proven experience as a licensed counselor.", "not-met"),
    (LE, "Lived experience of mental ill health, or experience working as a social worker, is essential.", "not-met"),
    # twins: peer work or caring as the other route (lived or peer experience), a profession joined by "and"
    (LE, "Essential criteria:\n\n- Lived experience of mental health challenges, or experience as a peer support "
         "worker.", "met"),
    (LE, "Essential criteria:\n\n- Lived experience of mental health challenges, or significant experience as a carer "
         "for a family member with them.", "met"),
    (LE, "Essential criteria:\n\n- Lived experience of mental health challenges and experience as a team leader.",
     "met"),
    # --- lived experience said without the words "experience": the applicant bereaved by suicide, marked as
    # their own ("You must have been bereaved by suicide yourself", a cell "Bereaved or affected by suicide
    # yourself"), or living with a condition ("only open to people living with HIV"): its kind named ---
    (LE, "Applicants must have been personally bereaved by suicide.", "met"),
    (LE, "Essential criteria\n\n- Bereaved or affected by a suicide yourself\n- A full driver's licence", "met"),
    (LE, "The role is open only to applicants who are living with hepatitis C.", "met"),
    (LE, "You must be a person living with HIV, and you will walk alongside people newly diagnosed.", "met"),
    # twins: the people served bereaved or living with it; only desirable; the requirement denied
    (LE, "You will support whanau bereaved by suicide in the weeks after their loss.", "not-met"),
    (LE, "You will support people living with HIV to access treatment.", "not-met"),
    (LE, "Desirable: bereaved by suicide yourself.", "not-met"),
    (LE, "We are a community organisation run by and for people living with HIV.", "not-met"),
    # --- time in prison said of the applicant ("someone who has been to prison", "who's been in jail",
    # "has served a prison sentence", "have been in custody yourself"): lived experience, its kind named;
    # wanted in prose (partly met) or required (met) ---
    (LE, "We are seeking a peer mentor who has served a prison sentence and turned things around.", "partly-met"),
    (LE, "We're looking for someone who's been in jail and rebuilt their life since.", "partly-met"),
    (LE, "Essential: you have been in custody yourself.", "met"),
    # twins: the people served, the team, the panel have been in prison
    (LE, "You will support men who have been in prison to find housing.", "not-met"),
    (LE, "Most of our staff team have been in prison themselves. You will support men on release.", "not-met"),
    (LE, "Our mentees have been to prison; you will help them find work.", "not-met"),
    # --- a line naming the part of the person specification and its level after a colon or a dash ("Key
    # selection criteria: desirable", "Selection criteria - essential"): a heading over the items below ---
    (LE, "Key selection criteria: desirable\n\nLived experience\n\nLived experience of mental health challenges, "
         "personally or as a whanau member.", "not-met"),
    (LE, "Selection criteria – desirable\n\nLived experience of homelessness, personally or as a family member.",
     "not-met"),
    (LE, "Person specification: essential\n\nPersonal experience of recovery from substance use.", "met"),
    # twins: no such line (prose); a criterion with its level after the colon stays a criterion
    (LE, "About the role\n\nLived experience of homelessness, personally or as a family member.", "partly-met"),
    (LE, "Lived experience of psychosis: essential\n\nYou will run groups.", "met"),
    # --- the panel's make-up named with the post between ("Our panel for this role is the manager and one of
    # our senior peer workers", "The interview panel for this position will be ..."): peers on the panel ---
    (PANEL, "Our panel for this vacancy is the Service Lead and two of our senior peer workers.", "met"),
    (PANEL, "The interview panel for this position will be the clinical director and a peer specialist from "
            "our team.", "met"),
    (PANEL, "The selection panel for the post is our Service Manager and a Lived Experience Practitioner.", "met"),
    # twins: no peer in the make-up; peers only in another clause, doing something else
    (PANEL, "The panel for this role is the Operations Manager and the Team Leader.", "not-met"),
    (PANEL, "The panel for this role is the Operations Manager and the Clinical Lead; peer workers will give a "
            "tour of the service.", "partly-met"),
    # --- the people a service supports named by the programme they take part in ("Program participants",
    # "programme clients"): people who use services, on the panel (met) ---
    (PANEL, "Program clients sit on every selection committee for this job.", "met"),
    (PANEL, "Two programme participants sit on the interview panel alongside the manager.", "met"),
    (PANEL, "Service clients are part of every selection panel.", "met"),
    # twins: the programme's staff; the participants said not to be on the panel
    (PANEL, "Program staff sit on every selection committee for this job.", "not-met"),
    (PANEL, "Program participants are not on the hiring panel.", "not-met"),
    # --- another profession's duty as the object of a negated verb of being drawn in ("not drawn into",
    # "never pulled into", "aren't dragged into" clinical tasks such as ...): kept out of it, met ---
    (ADJ, "Ensure the team is never pulled into clinical work such as giving medication or doing observations.", "met"),
    (ADJ, "Check that peer specialists aren't dragged into clinical duties such as administering medications.", "met"),
    (ADJ, "You will not be drawn into clinical tasks such as medication prompts or formal risk assessment.", "met"),
    # twins: drawn in without a negation; the negation on another clause, the duty in its own
    (ADJ, "Peer workers are drawn into clinical tasks such as medication prompts when the ward is short.", "not-met"),
    (ADJ, "Peer workers are not drawn into arguments; you will give medication on the ward.", "not-met"),
    (ADJ, "You will not be drawn into debates, and you will carry out risk assessments.", "not-met"),
    # --- work in another profession named with its field before it ("experience as a mental health
    # nurse", "as a psychiatric nurse", "as a behavioral health counselor") offered as the route beside
    # lived experience: adjacent experience as an alternative, not met ---
    (ADJ, "Essential: lived experience of mental distress, or experience as a mental health nurse.", "not-met"),
    (ADJ, "Essential criteria: personal lived experience of recovery, or extensive experience as a psychiatric "
          "nurse working alongside peers.", "not-met"),
    (ADJ, "Required: lived experience of a behavioral health condition or three years of experience as a "
          "behavioral health counselor.", "not-met"),
    # twins: the team's experience, not the applicant's; only desirable; denied
    (ADJ, "Essential: lived experience of mental distress. Our team includes staff with experience as a mental "
          "health nurse.", "met"),
    (ADJ, "Essential: lived experience of mental distress. Desirable: experience as a mental health clinician.",
     "partly-met"),
    (ADJ, "Essential: lived experience of mental distress, not experience as a mental health nurse.", "met"),
    # --- other work said in so many words to count or qualify ("Volunteering on a crisis line counts as the
    # experience we need", "Warmline volunteering will count as qualifying experience", "Paid care work
    # qualifies too"): adjacent experience as the qualifying experience, not met ---
    (ADJ, "You must have lived experience of suicide bereavement. Volunteering on a crisis line counts as the "
          "experience we need.", "not-met"),
    (ADJ, "Essential: you have lost someone to suicide. Warmline volunteering will count as qualifying "
          "experience.", "not-met"),
    (ADJ, "You must have lived experience of homelessness. Paid care work qualifies too.", "not-met"),
    # twins: peer work counting; the other work said not to count; counting towards something else
    (ADJ, "You must have lived experience of homelessness. Peer support work counts as qualifying experience.",
     "met"),
    (ADJ, "You must have lived experience of homelessness. Helpline volunteering does not count as qualifying "
          "experience.", "met"),
    (ADJ, "Volunteering with our helpline counts towards your annual leave.", "met"),
    # --- a clinical task after a supporting verb whose object, the staff, is named with a hyphenated word
    # ("Support the care co-ordinator to complete needs assessments"; the hyphen's three tokens are one
    # word): a supporting position, partly met ---
    (ADJ, "Support the care co-ordinator to complete needs assessments.", "partly-met"),
    (ADJ, "Help our community care co-ordinators to carry out risk assessments.", "partly-met"),
    # twins: the post's own duty for the co-ordinator; the support in another clause; a duty of its own joined
    (ADJ, "Complete carers' assessments for the care co-ordinator.", "not-met"),
    (ADJ, "Support people to stay well; complete carers' assessments with the care co-ordinator.", "not-met"),
    (ADJ, "Support the care co-ordinator and give medication on the ward.", "not-met"),
    # --- a clinical task named among what a programme, unit or ward combines or provides ("a programme that
    # combines group therapy, supported meals and family work", "The unit provides medication management"):
    # the service's, not the post's duty; also after a helping verb whose object is the people helped
    # ("helps families through a service that provides ...") ---
    (ADJ, "Peers join a twelve-week programme that combines group therapy, supported meals and family work.", "met"),
    (ADJ, "The unit provides medication management, therapy groups and supported meals.", "met"),
    (ADJ, "Our clinic helps families through a service that provides medication reviews and family therapy.", "met"),
    # twins: the post's own duty after the programme's; the unit's in one clause, the post's in another
    (ADJ, "Our program combines therapy groups and supported meals, and you will run the supported meals.", "not-met"),
    (ADJ, "The unit provides therapy groups; you will carry out observations.", "not-met"),
    (ADJ, "You will work in a unit that provides therapy groups, and you will give medication.", "not-met"),
    # --- clinical work the post delivers on a clinician's direction ("Co-run family sessions under clinical
    # direction", "deliver groups under the direction of the psychologist"): a supporting position, partly met ---
    (ADJ, "Co-run family sessions under clinical direction.", "partly-met"),
    (ADJ, "Deliver wellbeing groups under the direction of the psychologist.", "partly-met"),
    (ADJ, "Lead family education sessions under medical direction.", "partly-met"),
    # twins: denied; the nurses' work so directed; a peer lead's direction
    (ADJ, "Peer work here is never delivered under clinical direction.", "met"),
    (ADJ, "Our nurses give medication under the direction of the psychiatrist; you will offer peer support.", "met"),
    (ADJ, "Run carer groups under the direction of our Lived Experience Lead.", "met"),
    # --- a health test the post carries out ("Do point-of-care hepatitis C tests", "perform finger-prick HIV
    # testing", "conduct blood glucose screening"): a physical health check, another profession's duty ---
    (ADJ, "Do point-of-care hepatitis C tests at the drop-in.", "not-met"),
    (ADJ, "Perform finger-prick HIV testing during outreach.", "not-met"),
    (ADJ, "Conduct blood glucose screening at the clinic.", "not-met"),
    # twins: helping people get tested; the nurses' testing; denied; "rapid" of something else
    (ADJ, "Support people to access HIV testing at the sexual health clinic.", "met"),
    (ADJ, "Our nurses carry out rapid HIV testing; you will offer peer support.", "met"),
    (ADJ, "You will not carry out HIV or hepatitis testing; our nurse does.", "met"),
    (ADJ, "Do a rapid review of referrals each morning, then offer support to people waiting for test results.", "met"),
    # === h-adj block (blind150, blind153, blind156) ===
    # --- a risk assessment of a named kind (intake, suicide, self-harm, formal) done by the post, its kind
    # after at most one word, or owned by the service before the kind: another profession's duty ---
    (ADJ, "Conduct initial self-harm risk assessments on the ward.", "not-met"),
    (ADJ, "You will update each guest's suicide risk assessment at every visit.", "not-met"),
    (ADJ, "Carry out the trust's formal risk assessment with every new referral.", "not-met"),
    # twins: the person's own plan; training; the nurses' assessments
    (ADJ, "You will support people to complete their own safety plan.", "met"),
    (ADJ, "Complete suicide prevention training in your first month.", "met"),
    (ADJ, "Our nurses complete intake suicide risk assessments; you will offer peer support.", "met"),
    # --- a formal functional (capacity) assessment of a disability scheme done by the post: allied health
    # work, not met ---
    (ADJ, "Carry out functional capacity assessments for the scheme.", "not-met"),
    (ADJ, "Conduct a formal functional assessment before each plan review.", "not-met"),
    # twin: the person's own assessment, which the post helps them prepare for
    (ADJ, "Help carers prepare for their functional capacity assessment.", "met"),
    # --- helping a clinician with screening: a clinical task in a supporting position, partly met ---
    (ADJ, "Help the nurse with screenings at the clinic.", "partly-met"),
    (ADJ, "Support the clinician with depression screening.", "partly-met"),
    # twins: helping a clinician with something else; helping people get to a screening
    (ADJ, "Assist the clinician with booking appointments.", "met"),
    (ADJ, "Help people get to their cancer screening appointments.", "met"),
    # --- a degree named by its level and the possessive before its field ("Bachelor's in psychology"):
    # another profession's qualification, desirable here: partly met ---
    (ADJ, "A Master's in Counseling is desirable.", "partly-met"),
    (ADJ, "Bachelor's in psychology or nursing preferred.", "partly-met"),
    # twins: no field; a field of no helping profession
    (ADJ, "Bachelor's degree preferred.", "met"),
    (ADJ, "Master's in business administration preferred.", "met"),
    # --- a clinical duty given in the passive to counsellors or therapists: theirs, not the post's ---
    (ADJ, "Clinical assessment is provided by our registered counsellors; you offer peer support.", "met"),
    (ADJ, "Care coordination is handled by our counsellors; you will offer peer support.", "met"),
    (ADJ, "Clinical assessments are completed by the therapists on the team.", "met"),
    # twin: given to the peer worker
    (ADJ, "Clinical assessment is provided by the peer worker.", "not-met"),
    # --- clinical observations recorded, taken or charted by the post with no owner named: not met ---
    (ADJ, "Give first aid and take observations after an overdose.", "not-met"),
    (ADJ, "Chart observations every hour overnight.", "not-met"),
    # twins: the post's own notes; observations shared, not taken
    (ADJ, "Record your observations of the group in your reflective log.", "met"),
    (ADJ, "Share observations from the group with your supervisor.", "met"),
    # --- observations of research or of a meeting recorded by the post: a researcher's notes, not the
    # ward's observations (met) ---
    (ADJ, "Conduct interviews with service users and record observations from fieldwork visits.", "met"),
    (ADJ, "Take observations during the focus groups and write them up.", "met"),
    (ADJ, "Document observations and field notes after each interview.", "met"),
    # twins: observations logged overnight, on the ward
    (ADJ, "Record observations in the night log every hour.", "not-met"),
    (ADJ, "Take observations on the ward and record observations of patients.", "not-met"),
    # --- h-role (blind152): the worth of lived experience in general, something to understand ("an
    # understanding of the value of lived experience", "appreciation of the contribution of lived
    # experience"): not the applicant's own, so nothing is required ---
    (LE, "Essential:\n- A clear grasp of the value of lived experience in service design.", "not-met"),
    (LE, "Selection criteria:\n- An appreciation of the contribution of lived experience to recovery-oriented care.", "not-met"),
    # twins: the applicant's own lived experience required beside it
    (LE, "Essential:\n- Lived experience of mental health challenges.\n- An understanding of the value of lived experience.", "met"),
    (LE, "You must have your own lived experience of psychosis and know the importance of lived experience in services.", "met"),
    # --- h-role (blind152): lived experience said to be well regarded ("would be well regarded", "is well
    # regarded"): an advantage, as "highly regarded", not a requirement ---
    (LE, "Selection criteria:\n- Personal experience of mental distress would be well regarded.", "not-met"),
    (LE, "Personal experience of homelessness is well regarded.", "not-met"),
    # twins: required, with the organisation well regarded in another sentence
    (LE, "Lived experience of mental health challenges is essential. Our service is well regarded across the region.", "met"),
    (LE, "Essential: lived experience of substance use. We are a well regarded charity.", "met"),
    # === h-lep (CS001, CS003; blind sets 150-153) ===
    # --- lived experience said as a harm the applicant "has experienced" (domestic abuse, family violence,
    # childhood sexual abuse), after "only open to" or "must be": required, its kind named (blind153 mn13) ---
    (LE, "This post is only open to men who have experienced childhood sexual abuse.", "met"),
    (LE, "You must have personally experienced family violence.", "met"),
    (LE, "Applicants must be women who have experienced intimate partner violence.", "met"),
    # twins: the women served after a serving verb, or worked with (work experience); the same only an advantage
    (LE, "You will support women who have experienced domestic abuse.", "not-met"),
    (LE, "You must have experience of working with women who have experienced domestic abuse.", "not-met"),
    (LE, "You must have experience of working with women who have experienced homelessness.", "not-met"),
    (LE, "It would be an advantage if you have experienced domestic abuse yourself.", "not-met"),
    (LE, "We know that many disabled people have experienced discrimination in recruitment, so we guarantee an "
         "interview.", "not-met"),
    # --- the kind named by the adjective for disability ("experience of being disabled", "as a Deaf
    # person"): the kind is named, as "disability" names it (blind153 mn26) ---
    (LE, "Essential: personal experience of being disabled.", "met"),
    (LE, "You must have lived experience as a Deaf person.", "met"),
    # twins: disabled people named in another sentence only; the same only desirable
    (LE, "Essential: lived experience. You will support disabled people.", "partly-met"),
    (LE, "Desirable: personal experience of being disabled.", "not-met"),
    # --- the lived experience workforce or discipline named with another name for it in brackets ("the
    # Lived Experience (Peer) Workforce standards"): the field's name, no mention of the applicant's own
    # experience, so a list's desirable lived experience keeps its level (blind152 mm15) ---
    (LE, "Essential: understanding of Lived Experience (Peer) Work principles.", "not-met"),
    (LE, "Knowledge of the Lived Experience (Consumer) Workforce framework is essential.", "not-met"),
    (LE, "Selection criteria\n\n1. Sound knowledge of the Lived Experience (Peer) Workforce framework.\n2. The "
         "following are desirable: a first aid certificate, lived experience of psychosis, and a driving licence.",
     "not-met"),
    # twins: a bracket that names no field; the field beside the applicant's own lived experience
    (LE, "Essential: lived experience (personal) of psychosis.", "met"),
    (LE, "Essential: lived experience of psychosis and knowledge of the Lived Experience (Peer) Workforce "
         "standards.", "met"),
    # --- people met before the interview said to have walked their own path of healing or recovery, or to
    # have come through a named harm ("a sharing circle with members of our committee, several of whom have
    # trodden their own recovery path"): people with lived experience involved another way (blind150 mk02) ---
    (PANEL, "Shortlisted candidates are invited to a sharing circle with members of our whanau committee, "
            "several of whom have trodden their own recovery path, before the panel interview with the Manager.",
     "partly-met"),
    (PANEL, "Before your interview with the manager, you will share a meal with volunteers, most of whom have "
            "been through addiction.", "partly-met"),
    (PANEL, "Candidates meet members of our tenants committee, many of whom have walked their own recovery "
            "journey, before the formal interview.", "partly-met"),
    # twins: the committee not said to have lived experience; a walk or a course that is no life lived; the
    # same people on the panel itself
    (PANEL, "Shortlisted candidates are invited to a sharing circle with members of our whanau committee "
            "before the panel interview with the Manager.", "not-met"),
    (PANEL, "Shortlisted candidates are invited to a sharing circle with members of our whanau committee, "
            "who have walked the land with us, before the panel interview with the Manager.", "not-met"),
    (PANEL, "Shortlisted candidates are invited to a sharing circle with members of our whanau committee, "
            "most of whom have been through our training, before the panel interview with the Manager.",
     "not-met"),
    (PANEL, "Our interview panel includes two Elders who have walked their own healing path.", "met"),
    # --- the same through a system of the state ("members of our reference group, all of whom have been
    # through the youth justice system", "mentors who have come through the care system"): people with lived
    # experience, so shortlisting with them is peers in selection (blind153 mn15) ---
    (PANEL, "Shortlisting is done jointly with members of our reference group, all of whom have been through the "
            "youth justice system.", "met"),
    (PANEL, "Shortlisting is done jointly with mentors who have come through the care system.", "met"),
    # twins: staff who worked in the system; the people the post supports
    (PANEL, "Shortlisting is done jointly with staff who have worked in the justice system.", "not-met"),
    (PANEL, "Shortlisting is done by the manager; you will support young people who have been through the "
            "justice system.", "not-met"),
    # --- an activity in the interview done with people, with no "group" before it ("Your interview will include a
    # brief activity alongside young people from our youth council"): another way of taking part, as a
    # role-play or a group exercise with them is, not a seat on the panel (blind153 mn15) ---
    (PANEL, "Your interview will include a brief activity alongside two young people from our youth council.",
     "partly-met"),
    (PANEL, "Your interview will include a brief activity alongside two peer workers.", "partly-met"),
    # twins: the activity with staff only; the panel itself named with peers; activities as the post's duty
    (PANEL, "Your interview will include a brief activity alongside the Team Leader.", "not-met"),
    (PANEL, "The interview panel includes two peer workers and the manager, and a short activity.", "met"),
    (PANEL, "You will run activities with young people. Interviews are with the manager.", "not-met"),
    # === h-a2 (blind158-160): CS002 and CS004 classes ===
    # --- a risk assessment named by its field or its stage after an article ("Complete the triage mental
    # health risk assessment", "undertake a psychiatric risk assessment"): another profession's duty
    # (blind159 mt12) ---
    (ADJ, "Undertake a psychiatric risk assessment when a guest arrives at the crisis house.", "not-met"),
    (ADJ, "You will conduct the intake mental health risk assessment for each new referral.", "not-met"),
    (ADJ, "Carry out the triage risk assessment before people see the on-call doctor.", "not-met"),
    # twins: the assessment supported, done by the multi-disciplinary team, or a course
    (ADJ, "Help the nurse complete the intake mental health risk assessment.", "partly-met"),
    (ADJ, "The multi-disciplinary team completes the triage risk assessment.", "met"),
    (ADJ, "You will complete mental health first aid training in your first month.", "met"),
    # --- a person's supports co-ordinated by the post ("coordinate supports", "co-ordinating their
    # supports"): care co-ordination, the NDIS support coordinator's work (blind159 mt03) ---
    (ADJ, "You will coordinate supports for participants across their NDIS plan.", "not-met"),
    (ADJ, "Co-ordinating their supports with whānau is part of the role.", "not-met"),
    # twins: a support group coordinated, the participants' own co-ordinating, the duty denied
    (ADJ, "Coordinate peer support groups at the hub.", "met"),
    (ADJ, "Help participants coordinate their supports.", "met"),
    (ADJ, "You will not coordinate supports; that is the support coordinator's job.", "met"),
    # --- an adjacent qualification set off by a comma before a peer credential in a list of routes ("a
    # Certificate IV in Youth Work, a Certificate IV in Mental Health Peer Work, or ..."): an essential
    # route equal to the peer credential, as with "or": not met (blind159 mt03) ---
    (ADJ, "You must hold a Certificate IV in Youth Work, a Certificate IV in Mental Health Peer Work, or a "
          "Diploma of Nursing.", "not-met"),
    (ADJ, "You will need one of the following: a Certificate IV in Alcohol and Other Drugs, a Certificate IV in "
          "Mental Health Peer Work, or a Certificate IV in Peer Work (Carer).", "not-met"),
    # twins: the peer credential listed with things that are no qualification; the adjacent one alone
    (ADJ, "You must hold a Certificate IV in Mental Health Peer Work, a current driver licence and a first aid "
          "certificate.", "met"),
    (ADJ, "You must hold a Certificate IV in Youth Work.", "not-met"),
    # --- a qualification the applicant may hold or gain in post ("You hold, or are willing to gain,
    # a Certificate in Community Support"): asked for but no bar to entry, as desirable (blind159 mt16) ---
    (ADJ, "You must hold or be prepared to obtain a Diploma of Community Services.", "partly-met"),
    (ADJ, "Hold, or be willing to work towards, a Certificate IV in Mental Health.", "partly-met"),
    # twins: the willingness about something else, or another route than the qualification
    (ADJ, "You must hold a Diploma of Nursing and be willing to complete our induction.", "not-met"),
    (ADJ, "You must hold a Diploma of Community Services or be willing to learn on the job.", "not-met"),
    # --- the peer work itself said to rest on mutual respect or trust ("Our work rests on mutual respect",
    # "Peer practice is built on mutual trust"): mutuality (blind160 mu09) ---
    (PP, "Peer practice here is built on mutual trust.", "partly-met"),
    (PP, "Our work rests on mutual respect and nothing less.", "partly-met"),
    # twins: the organisation's culture or workplace, a list of values
    (PP, "We foster a culture of mutual respect across all our teams.", "not-met"),
    (PP, "Our workplace is built on mutual respect.", "not-met"),
    # --- "safe" (or "purposeful") before a lived experience workforce, team or service: the workforce's
    # adjective, no story shared (blind159 mt09) ---
    (PP, "You will work with the executive to grow a safe lived experience workforce.", "not-met"),
    (PP, "You will lead a safe lived experience team across three sites.", "not-met"),
    # twins: the worker's own experience used safely
    (PP, "You will share your lived experience safely.", "partly-met"),
    (PP, "Make safe use of your lived experience with the people you support.", "partly-met"),
    # --- adjacent work experience offered with "or" beside the peer credential, where lived experience may
    # itself be substituted ("lived or learned ... a Certificate IV in Mental Health Peer Work or two years'
    # experience in disability support work"): the work experience is a way in (blind159 mt03) ---
    (ADJ, "You must have lived or learned experience of mental health challenges. You will need a Certificate IV "
          "in Mental Health Peer Work or at least two years' experience in disability support work.", "not-met"),
    (ADJ, "Lived, living or learned experience of recovery is required. You must hold the Certificate IV in Mental "
          "Health Peer Work, or have two years' experience in disability support work.", "not-met"),
    # twins: lived experience required outright; the credential and the experience both asked for
    (ADJ, "You must have lived experience of mental health challenges. You will need a Certificate IV in Mental "
          "Health Peer Work or at least two years' experience in disability support work.", "met"),
    (ADJ, "You must have lived or learned experience of mental health challenges. You will need a Certificate IV "
          "in Mental Health Peer Work and at least two years' experience in disability support work.", "met"),
    # --- (h-rev review) observations the post records, takes or documents, said to be about something,
    # shared with someone or kept in notes ("Record observations about the group and share them in
    # supervision"): what the worker noticed, not the ward's clinical observations (the bare wording
    # of clinical-duty read them as a clinical duty) ---
    (ADJ, "Record observations about the group and share them in supervision.", "met"),
    (ADJ, "Document observations of each participant's progress towards their goals.", "met"),
    (ADJ, "Take observations back to the team meeting.", "met"),
    (ADJ, "Record observations and feedback from participants.", "met"),
    (ADJ, "Record observations in the daily notes.", "met"),
    # twins: clinical observations, timed, of vital signs, after first aid, in the house log
    (ADJ, "Record observations every hour overnight.", "not-met"),
    (ADJ, "Record observations of pulse and blood pressure.", "not-met"),
    (ADJ, "Administer oxygen and record observations.", "not-met"),
    (ADJ, "Record observations in the house log.", "not-met"),
    # --- (h-rev review) a risk assessment of a place, an outing or the worker's own safety ("Complete venue
    # risk assessments", "Carry out workplace safety risk assessments for home visits", "a full risk
    # assessment of the activity venue", "health and safety risk assessments"): health and safety work,
    # not the formal risk assessment of a person (a named kind of risk assessment before it read as one) ---
    (ADJ, "Carry out workplace safety risk assessments for home visits.", "met"),
    (ADJ, "Conduct a full risk assessment of the activity venue.", "met"),
    (ADJ, "Update our health and safety risk assessments.", "met"),
    (ADJ, "Complete event risk assessments for the recovery walk.", "met"),
    # twins: a person's risk assessment, whatever follows
    (ADJ, "Complete suicide risk assessments for each resident.", "not-met"),
    (ADJ, "Conduct a full risk assessment of each new client.", "not-met"),
    (ADJ, "Complete risk assessments for each group member.", "not-met"),
    # --- (h-rev review) people who "have experienced" a harm named after a noun of the work or of what is
    # known about them and its preposition ("knowledge of the needs of children who have experienced
    # trauma", "the impact on people who ...", "groups for men who ..."): the people served or the
    # topic, not the applicants (the harm wording of lived-experience read them as the applicant's) ---
    (LE, "Essential: knowledge of the needs of children who have experienced trauma.", "not-met"),
    (LE, "Essential: understanding of the impact on people who have experienced sexual abuse.", "not-met"),
    (LE, "Essential: experience of running groups for men who have experienced family violence.", "not-met"),
    (LE, "Essential: knowledge of the needs of young women who have experienced family violence.", "not-met"),
    # twins: the applicants themselves, after "open to", "be" or a pronoun
    (LE, "This post is open only to women who have experienced family violence.", "met"),
    (LE, "Applicants must be men who have personally experienced childhood sexual abuse.", "met"),
    (LE, "Essential: you will be someone who has experienced mental distress.", "met"),
    # --- (h-rev review) a screening helped with that is no health check: a showing of a film, or sorting
    # calls or referrals ("Help the doctor with film screenings at the cafe", "Assist our counsellors
    # with screening calls"): no clinical task (the screening wording of supporting-clinical read them) ---
    (ADJ, "Help the doctor with film screenings at the recovery cafe.", "met"),
    (ADJ, "Assist our counsellors with screening calls from new callers.", "met"),
    (ADJ, "Support the nurse in screening referrals to the drop-in.", "met"),
    # twins: a health screening helped with
    (ADJ, "Support the clinician with depression screening.", "partly-met"),
    (ADJ, "Help the nurse with hepatitis C screenings at the outreach van.", "partly-met"),
    # --- (h-rev review) the worth of lived experience that the post brings or offers ("you will bring the
    # benefit of lived experience of psychosis"): the applicant's own, not the worth of lived experience in
    # general (read only after a word of knowing, understanding or promoting) ---
    (LE, "Essential: you will bring the benefit of lived experience of psychosis to the team.", "met"),
    (LE, "Essential: you will offer the team the value of lived experience of addiction and recovery.", "met"),
    # twins: the worth known, promoted or understood, with no lived experience of one's own asked for
    (LE, "Essential: you will promote the value of lived experience across the service.", "not-met"),
    (LE, "Essential: awareness of the contribution of lived experience to recovery services.", "not-met"),
    # === h-b2 (blind158-160) ===
    # --- people named by their past use of a kind of service ("a forum of people who have used crisis
    # services", "people who use psychiatric services"): people who use services, so a presentation to them
    # is another way of taking part (partly met) and a seat on the panel is met (blind158 ms04) ---
    (PANEL, "Shortlisted applicants present a case study to people who use psychiatric services before a formal "
            "interview with the team leader.", "partly-met"),
    (PANEL, "Candidates will meet a group of people who have accessed crisis services, then interview with the "
            "service manager.", "partly-met"),
    (PANEL, "The interview panel includes someone who has used inpatient services.", "met"),
    # twins: staff who ran or worked in such services are not people who used them
    (PANEL, "Candidates will meet a group of staff who have run crisis services, then interview with the service "
            "manager.", "not-met"),
    (PANEL, "Candidates will meet a group of people who have worked in crisis services, then interview with the "
            "service manager.", "not-met"),
    # --- a panel said of the employer's other posts, then this post's own selection in a clause or sentence
    # of its own ("Our peer worker posts are interviewed by panels that include peers; this role is
    # interviewed by the manager"): the other posts' panel says nothing of this one (blind160 mu23) ---
    (PANEL, "Panels for our peer worker posts include peers; this post is interviewed by the manager.", "not-met"),
    (PANEL, "Our lived experience roles are interviewed by panels with a peer lead. This new coordinator role is "
            "interviewed by the service manager and HR.", "not-met"),
    (PANEL, "Panels for our peer worker jobs include peers, but for this job the panel is the manager and a "
            "nurse.", "not-met"),
    # twins: this post said to be the same; this post's own panel with a peer; all posts' panels; no other
    # posts named (the peers and the interviewer both on this post's selection)
    (PANEL, "Our peer worker positions are interviewed by panels that include peers, and this role is too.", "met"),
    (PANEL, "Our peer worker posts are interviewed by panels with peers; this role is interviewed by the manager "
            "and a peer worker.", "met"),
    (PANEL, "All our posts are interviewed by panels that include a peer worker.", "met"),
    (PANEL, "The panel includes peers; this role is also interviewed by the manager.", "met"),
    # twins: this post said to be selected the same way as the others, in a clause or sentence of its own
    (PANEL, "Our peer roles are interviewed by panels that include peers; this role is no exception and will be "
            "interviewed in the same way.", "met"),
    (PANEL, "Our peer roles are interviewed by panels that include peers. This role is likewise interviewed by such "
            "a panel.", "met"),
    # --- the road or path of recovery walked, with "the" for "their own" ("someone who has walked the road to
    # recovery from gambling"), and recovery gone through marked as the applicant's own by a reflexive ("has
    # been through recovery from drug use themselves"): lived experience, here wanted in prose (blind158 ms09) ---
    (LE, "We'd love to hear from someone who has travelled the path to recovery from alcohol use.", "partly-met"),
    (LE, "We hope to find a person who has been through recovery from drug and alcohol use themselves.",
     "partly-met"),
    (LE, "You must have walked the road to recovery from drug use yourself.", "met"),
    # twins: the people served walking it; recovery training gone through; the clients' road
    (LE, "You will help people walk the road of recovery from addiction.", "not-met"),
    (LE, "We hope to find a person who has been through recovery coach training themselves.", "not-met"),
    (LE, "You will support clients who have walked the road of recovery.", "not-met"),
    # --- the kind named only in another experience item joined after the lived experience in the list
    # ("Essential: lived experience, and experience of supporting people with psychosis"): that item's kind,
    # not the lived experience's, so the kind is not named (partly met) ---
    (LE, "Essential: lived experience, and experience of supporting people with psychosis.", "partly-met"),
    (LE, "Required: lived experience; two years of experience supporting adults with mental health challenges.",
     "partly-met"),
    (LE, "You must have lived experience and skills in working with people who use drugs.", "partly-met"),
    # twins: the kind in the lived experience itself; the second item itself lived experience of a kind; the
    # kind given as an example of it; "understanding of" read as both of the kind
    (LE, "Essential: lived experience of psychosis, and experience of group work.", "met"),
    (LE, "Essential: lived experience and experience of using mental health services.", "met"),
    (LE, "Essential: lived experience, for example of psychosis or addiction.", "met"),
    (LE, "Essential: lived experience and understanding of psychosis.", "met"),
    # --- h-h6 (blind157): the peer relationship said to be one between equals ("a relationship between
    # equals", "a partnership of equals"): mutuality set out ---
    (PP, "Peer support is a relationship between equals.", "partly-met"),
    # --- (end36, blind200) the worker beside the people "as an equal" ("walking alongside them as an equal");
    # twins: a place in the team, an equal-opportunities provider ---
    (PP, "You will walk alongside young people as an equal.", "partly-met"),
    (PP, "Our mentors stand beside each tenant as an equal, never above them.", "partly-met"),
    (PP, "You will work alongside the nurses as an equal member of the team.", "not-met"),
    (PP, "We work alongside partner agencies as an equal opportunities provider.", "not-met"),
    (PP, "You will build partnerships of equals with the young people you mentor.", "partly-met"),
    (PP, "Our mentoring is a meeting between equals, grounded in shared experience of prison.", "partly-met"),
    # twins: equal opportunities; "equals" as a verb; a culture of mutual respect (the organisation's value)
    (PP, "We are an equal opportunities employer and treat all applicants as equal.", "not-met"),
    (PP, "Your caseload equals about twenty people at a time.", "not-met"),
    (PP, "We have a culture of mutual respect between colleagues.", "not-met"),
    # --- h-h6 (blind157): a selection panel called a circle ("a hiring circle", "the selection circle"):
    # peers in it are on the panel ---
    (PANEL, "Candidates meet a selection circle that includes a peer worker.", "met"),
    (PANEL, "Our interview circle is made up of two peer mentors and the team leader.", "met"),
    # twins: a sharing circle with participants is another way; a circle the worker runs is no selection
    (PANEL, "Before the interview you will join a sharing circle with current participants.", "partly-met"),
    (PANEL, "You will run a weekly support circle for peers.", "not-met"),
    # --- h-h6 (blind157): how things changed for the worker, shared ("share how things changed for you",
    # "tell people how life got better for you"): disclosure ---
    (PP, "Sit with people on the unit and share how things changed for you, if it could help them.", "partly-met"),
    (PP, "Tell people how life got better for you, if it feels right.", "partly-met"),
    (PP, "Where it helps, you can share how you got through your own crisis.", "partly-met"),
    # "you" in the match is the worker, even after the people served ("talk with clients and share ...")
    (PP, "You will sit with clients and share what helped you, when it is useful.", "partly-met"),
    # twins: the people served's change; the applicant's, at selection; a service's change
    (PP, "You will help people share how things changed for them.", "not-met"),
    (PP, "In your statement, tell us how things changed for you in your last job.", "not-met"),
    (PP, "You will share how things changed on the ward with the team.", "not-met"),
    # --- h-h6 (blind157): a counsellor's licence or certificate named by its title, assistant or trainee
    # too ("a Counselor Assistant (CA) license", "an Alcohol and Drug Counsellor certificate"): another
    # profession's qualification ---
    (ADJ, "Essential: an Alcohol and Drug Counsellor certificate.", "not-met"),
    (ADJ, "You must hold Substance Use Counselor Trainee licensure.", "not-met"),
    (ADJ, "Desirable: a Counsellor Associate (CA) licence.", "partly-met"),
    # twins: the peer's own counselling credential; counsellors as the staff beside the post
    (ADJ, "We will support you to gain your peer counselor certification.", "met"),
    (ADJ, "You will work alongside licensed counselors and nurses.", "met"),
    (ADJ, "Required: a state Certified Peer Counselor (CPC) credential.", "met"),
    # --- h-h6 (blind154): people who help design the selection, then ", and" a clause of the interview held
    # by staff ("Peers will help write the interview questions, and the interview will be held by the
    # manager"): the design is another way of taking part, not a place on the panel ---
    (PANEL, "Peers will help write the interview questions, and the interview will be held by the team manager.",
     "partly-met"),
    (PANEL, "Members of our youth council will help shape the selection tasks, and interviews are run by the "
            "Service Manager and HR.", "partly-met"),
    # twins: the second clause puts them (or a peer) on the panel
    (PANEL, "Peers will help write the interview questions, and they will sit on the interview panel.", "met"),
    (PANEL, "Peers will help write the interview questions, and a peer worker will also sit on the panel.", "met"),
    # --- h-h6 (blind154): other experience said, later in its sentence, to qualify the applicant ("A year
    # on a listening line or in a care home would also qualify you"): adjacent experience as the qualifying route ---
    (ADJ, "Volunteering with a crisis line would also qualify you.", "not-met"),
    (ADJ, "Experience of volunteering on a helpline counts too.", "not-met"),
    (ADJ, "A year volunteering on a listening line or in a caring role would equally qualify applicants.", "not-met"),
    # twins: qualifying said of the lived experience in another clause; negated; counting towards leave
    (ADJ, "Volunteering on a helpline is welcome, but lived experience is what qualifies you.", "met"),
    (ADJ, "Volunteering on a helpline would not qualify you for this post.", "met"),
    (ADJ, "Time volunteering on a helpline counts towards your annual leave too.", "met"),
    # --- h-h6 (blind154): the people served named, then "help them take part in care planning": "them" stands
    # for the people served, who take part in their own plan (no clinical work of the post's) ---
    (ADJ, "You will meet carers on the ward and help them take part in care planning meetings.", "met"),
    (ADJ, "You will visit families at home, and support them to participate in treatment planning.", "met"),
    # twins: "them" for the clinicians; the post itself taking part
    (ADJ, "You will attend ward rounds with the psychiatrist and help them take part in care planning.", "partly-met"),
    (ADJ, "You will meet carers weekly and take part in care planning meetings.", "partly-met"),
    # --- h-h6 (blind149): a part in the case manager's plan taken by the peer ("contribute to case plans
    # developed by the case manager", "take part in case planning"): case management in a supporting position ---
    (ADJ, "Take part in case planning with the case manager.", "partly-met"),
    (ADJ, "Participate in the weekly case planning meeting with caseworkers.", "partly-met"),
    # twins: the people served in their own case plan; "case" in another sense
    (ADJ, "Support people to contribute to their own case plans.", "met"),
    (ADJ, "Help tenants take part in their case planning.", "met"),
    (ADJ, "Contribute to our newsletter in any case.", "met"),
    # --- h-rev2 review: supports co-ordinated for a group, an event or the staff, not for a person's plan
    # ("coordinate supports for peer groups", "co-ordinating wellbeing supports for staff"): the peer's own
    # organising, not the support coordinator's duty (over-reach of "coordinate supports") ---
    (ADJ, "You will coordinate supports for peer groups across the region.", "met"),
    (ADJ, "Co-ordinating wellbeing supports for staff at each site is part of the role.", "met"),
    (ADJ, "Coordinating supports at community events is part of the job.", "met"),
    # twins: a person's supports, still the support coordinator's work
    (ADJ, "Coordinate supports for each member and liaise with their GP.", "not-met"),
    (ADJ, "You will coordinate supports for participants across their NDIS plan.", "not-met"),
    # --- h-rev2 review: equals, respect or trust said of organisations or colleagues ("a partnership of
    # equals between the trust and the council", "our practice is built on mutual respect between GPs and
    # nurses", "a relationship of equals with local agencies"): the workplace or its partners, no peer
    # relationship (over-reach of "relationship between equals" and "built on mutual respect") ---
    (PP, "Our model is a partnership of equals between the trust and the council.", "not-met"),
    (PP, "Our practice is built on mutual respect between GPs and nurses.", "not-met"),
    (PP, "We work in a relationship of equals with local agencies and commissioners.", "not-met"),
    # twins: the same words of the peer and the people served
    (PP, "You will build a relationship between equals with each person you support.", "partly-met"),
    (PP, "Peer work rests on mutual respect between you and the people you walk alongside.", "partly-met"),
    (PP, "Our peer practice is a partnership of equals with tangata whaiora.", "partly-met"),
    # --- h-rev2 review: a service's data, systems or records used ("experience of using mental health
    # services data", "of accessing mental health service records"): a skill with information, not the
    # applicant's own use of the services (over-reach of "experience of using mental health services") ---
    (LE, "Essential: experience of using mental health services data to improve outcomes.", "not-met"),
    (LE, "You must have experience of using mental health services information systems.", "not-met"),
    # twins: the services used, support received
    (LE, "Essential: experience of using mental health services.", "met"),
    (LE, "Essential: experience of receiving mental health support for your own wellbeing.", "met"),
    # --- h-rev2 review: the other posts' panel, then this post's selection named with no selectors of its own,
    # only its date or place ("This position will be interviewed in Leeds on 4 March"): the same panel as the
    # others', peers on it (over-reach of "the other posts' panel then this post's") ---
    (PANEL, "All our roles are interviewed by a panel with a peer worker; this role will be interviewed on 3 May.", "met"),
    (PANEL, "All our positions are interviewed by a panel including a peer worker. This position will be "
            "interviewed in Leeds on 4 March.", "met"),
    (PANEL, "Our posts are all filled by a selection panel that includes a person with lived experience. This "
            "vacancy will be interviewed in the week of 12 June.", "met"),
    # twins: this post's own selectors named, by "by" or a membership word: not the other posts' panel
    (PANEL, "Our peer worker posts have peers on the panel; this family role is interviewed by the manager and "
            "the clinical lead.", "not-met"),
    (PANEL, "Our peer mentor roles are interviewed by panels that include peers. This coordinator post's panel "
            "includes the service manager and a GP.", "not-met"),
    # --- h-rev2 review: a business, funding or investment case's plans, no person's case plan ("contribute to the
    # business case plans for the new hub"): not case management in a supporting position (over-reach of
    # "contributing to case plans") ---
    (ADJ, "You will contribute to the business case plans for the new hub.", "met"),
    (ADJ, "Take part in investment case planning with the finance team.", "met"),
    (ADJ, "Contribute to our outline business case planning for the service.", "met"),
    # twins: a person's case plan with the caseworker stays supporting clinical work
    (ADJ, "You will contribute to case plans written by the caseworker.", "partly-met"),
    (ADJ, "Take part in case planning meetings with the case manager.", "partly-met"),
    # --- h-rev2 review: a psychosocial (work health and safety) risk assessment of the workplace, its sites or
    # its staff ("conduct a psychosocial risk assessment of our offices"): the employer's duty to staff, not a
    # clinical assessment of a person (over-reach of a risk assessment named by its field) ---
    (ADJ, "Conduct a psychosocial risk assessment of our offices under the WHS Regulations.", "met"),
    (ADJ, "You will complete psychosocial risk assessments for the team with the safety officer.", "met"),
    (ADJ, "Undertake psychosocial risk assessments across all sites each year.", "met"),
    # twins: a person's psychosocial or psychiatric risk assessment stays another profession's duty
    (ADJ, "You will complete a psychosocial risk assessment with each new client.", "not-met"),
    (ADJ, "Conduct a psychosocial risk assessment for each person referred to the service.", "not-met"),
    # --- (h-role, blind163 mx26) a lived experience criterion the post holder is to set or check for the
    # posts it recruits to (`criterion-setting-words` before it, "for"/"in" and `criterion-post-nouns`
    # after): a recruiter's duty, not the applicant's requirement ---
    (LE, "You will make sure lived experience of mental health challenges is an essential criterion for all "
         "peer vacancies.", "not-met"),
    (LE, "Your duties: ensure that lived experience of recovery is required in all new peer job descriptions.", "not-met"),
    (LE, "- Check that personal experience of homelessness is listed as essential for designated roles", "not-met"),
    # twins: the applicant told to have it, no duty verb, the applicant's own experience to describe
    (LE, "Make sure you have lived experience of psychosis, which is essential for these roles.", "met"),
    (LE, "Lived experience of psychosis is an essential criterion for all our peer roles.", "met"),
    (LE, "Please ensure your lived experience of psychosis is described, as it is essential for this role.", "met"),
    # --- (h-role, blind163 mx26) people in the plural named by their lived experience
    # (`experience-group-nouns`: "lived experience members", "representatives", "assessors") are theirs,
    # whatever requirement cue sits elsewhere in the sentence ---
    (LE, "You will book rooms, make sure every interview is essential reading, and run panels that include "
         "lived experience members.", "not-met"),
    (LE, "You will keep the essential records and coordinate interview panels with lived experience "
         "representatives.", "not-met"),
    (LE, "Each assessment centre, which is essential to our process, includes lived experience assessors.", "not-met"),
    # twins: the applicant's own requirement beside them; a designated post
    (LE, "Lived experience of mental health problems is essential; our panels include lived experience members.", "met"),
    (LE, "Essential: lived experience of psychosis. You will join our lived experience colleagues.", "met"),
    (LE, "This is a designated lived experience position.", "partly-met"),
    # === h-adj (blind170-175) ===
    # --- a contribution to assessments owned by the team or a clinician, a possessive between ("contribute
    # to the ward's risk assessments"): the clinicians' assessment, the post in a supporting position ---
    (ADJ, "Contribute to the ward's risk assessments each morning.", "partly-met"),
    (ADJ, "Contributing to the psychiatrist’s needs assessments on admission.", "partly-met"),
    (ADJ, "You will contribute to the CMHT's mental health assessments when asked.", "partly-met"),
    # twins: the team's planning; helping people prepare for the assessment
    (ADJ, "Contribute to the team's weekly planning.", "met"),
    (ADJ, "You will help people prepare for the team's risk assessments.", "met"),
    # --- a clinical duty in the passive with the post holder as its agent ("Risk assessments will be completed
    # by the post holder"): the post's own duty, another profession's ---
    (ADJ, "Risk assessments will be completed by the post holder within a week of referral.", "not-met"),
    (ADJ, "Medication will be given by yourself at night.", "not-met"),
    (ADJ, "Observations are taken by you each hour on the ward.", "not-met"),
    # twins: the same passive with other staff as the agent
    (ADJ, "Risk assessments are completed by the crisis team, and you will offer peer support afterwards.", "met"),
    (ADJ, "Observations are taken by the nurses each hour.", "met"),
    # --- a sample, dose or test taken, given or read by other staff, in the passive ("drug screens are taken
    # by the clinic nurses"): their work, which says what the role is not ---
    (ADJ, "Drug screens are taken by the clinic nurses, and you offer support while people wait.", "met"),
    (ADJ, "Urine drug screens are interpreted by the prescriber; you never see the results.", "met"),
    # twins: the post collects them, actively or in the passive with a peer as the agent
    (ADJ, "You will collect urine drug screens.", "not-met"),
    (ADJ, "Drug screens are collected by the peer worker each morning.", "not-met"),
    # --- other staff named as holders of a clinical credential ("LPN licence holders administer ..."):
    # their duty, not the post's ---
    (ADJ, "LPN licence holders administer the depot injections.", "met"),
    (ADJ, "Our nursing registration holders dispense medicines at the clinic.", "met"),
    # twins: the post holder as such a holder; a peer credential's holders beside the post's own duty
    (ADJ, "As an RN designation holder, you will give medication.", "not-met"),
    (ADJ, "Our CPRS credential holders run the evening group, and you will give medication.", "not-met"),
    # --- a desk the post staffs or mans with no gap, absence or shortage named ("Staff the front desk and
    # the phone line"): its own work, not cover; "cover" or "mind" stand in for whoever usually works it ---
    (ADJ, "Staff the front desk and the phone line at the drop-in.", "met"),
    (ADJ, "Man the reception desk and welcome members as they arrive.", "met"),
    # twins: cover; a gap named
    (ADJ, "Cover the front desk.", "not-met"),
    (ADJ, "Staff the front desk whenever the receptionist is off sick.", "not-met"),
    # --- the post holders said not to be another service's staff (rows of EVIDENCE); twin: that service's
    # staff met in the work, which says nothing of the difference and asks nothing ---
    (ADJ, "You will meet probation staff each month to plan referrals.", "met"),
    # --- the peer work set against a clinical model (rows of EVIDENCE); twins: another model set aside says
    # nothing of the difference; a duty after the contrast still decides ---
    (ADJ, "Use a trauma-informed model rather than a punitive one.", "met"),
    (ADJ, "Rather than a clinical model, you will give medication.", "not-met"),
    # --- a degree in the social or behavioural sciences, another discipline's qualification ---
    (ADJ, "A behavioural science degree is desirable.", "partly-met"),
    (ADJ, "A degree in the social sciences would be an advantage.", "partly-met"),
    (ADJ, "Essential: a degree in social sciences.", "not-met"),
    # twins: a degree of no field; training in research given in post
    (ADJ, "A degree in any subject is an asset.", "met"),
    (ADJ, "Training in social research methods is provided.", "met"),
    # === h-rev (review of f89a8570..80e76a06 for over-reach) ===
    # --- a panel for other staff that also names peer posts ("panels for peer and clinical positions") is this
    # post's panel too (panel-other-staff-not); twins: a panel for other staff only stays not this post's ---
    (PANEL, "Interview panels for peer and clinical positions always include a person with lived experience.", "met"),
    (PANEL, "Our selection panels for peer and nursing roles include someone with lived experience.", "met"),
    (PANEL, "The selection panel for nursing staff and peer workers includes a person with lived experience.", "met"),
    (PANEL, "The interview panel for nursing staff includes peer workers.", "not-met"),
    (PANEL, "Our lived experience team is part of every interview for psychologists and social workers.", "not-met"),
    # --- a clinical duty in the passive with the post holder as agent, negated before the agent ("will not be
    # completed by you"): what the role is not; twins: the same passive not negated stays the post's duty ---
    (ADJ, "Risk assessments will not be completed by you; the nurses do them.", "met"),
    (ADJ, "Medication is never given by the post holder.", "met"),
    (ADJ, "Medication is given by the post holder at night.", "not-met"),
    # --- a contribution to another's assessment with a possessive: only a word of a clinical sort between the
    # possessive and the kind ("the team's training needs assessment" is no clinical assessment); twins: the
    # clinical kinds stay partly met ---
    (ADJ, "Contribute to the team's training needs assessment.", "met"),
    (ADJ, "Contribute to the council's community needs assessment each year.", "met"),
    (ADJ, "Contribute to the team's workplace safety assessments.", "met"),
    (ADJ, "Contribute to the ward's clinical risk assessments.", "partly-met"),
    (ADJ, "Contribute to the team's risk assessments.", "partly-met"),
    # --- a later part of a panel label's semicolon list is a member only where it ends on the person or goes on
    # with a title, a mark or a qualifier ("from", "with"); a noun after the person makes it about something
    # else ("; peer worker induction in your first week"); twins: bare members stay met ---
    (PANEL, "Interview panel: Team Manager and HR Adviser; peer mentor shadowing available in week one.", "not-met"),
    (PANEL, "Interview panel: Team Manager and HR Adviser; peer worker induction in your first week.", "not-met"),
    (PANEL, "Interview panel: Service Manager; a peer worker from our recovery college.", "met"),
    (PANEL, "Interview panel: Director; peer support worker; HR adviser.", "met"),
    (PANEL, "Interview panel: Service Manager; Peer Support Worker (Lived Experience Team).", "met"),
    # --- a desk or switchboard the post staffs over someone's break, lunch, leave or absence is cover (the
    # staffing-the-desk class, 317886e9, kept for a desk with no gap named); twins: a desk staffed on set days ---
    (ADJ, "Staff the switchboard during the receptionist's lunch break.", "not-met"),
    (ADJ, "Man the front desk over the administrator's annual leave.", "not-met"),
    (ADJ, "Staff the reception desk on Tuesdays and Thursdays.", "met"),
    (ADJ, "You will staff the reception desk at weekends.", "met"),
    # --- a duty of recruiting others skips its own panel only in its own clause: a clause after a semicolon
    # about the service's panels is this post's selection too; twin: the panel inside the duty ---
    (PANEL, "Recruit future peer workers; our interview panels always include a peer.", "met"),
    (PANEL, "Recruit future peer workers through interview panels that always include a peer.", "not-met"),
    # --- a bare "Recruitment" line is an area of the post's duties as often as its selection: a meeting with a
    # peer under it is no selection; twins: "Hiring" and "Our recruitment process" still head the selection ---
    (PANEL, "Key responsibilities\n\nRecruitment\n\nHelp recruit volunteers for the drop-in. You will meet with our "
            "Peer Lead each month to plan volunteer recruitment.", "not-met"),
    (PANEL, "Hiring\n\nYou will meet our Peer Lead and the Service Manager.", "met"),
    (PANEL, "Our recruitment process\n\nYou will meet our Peer Lead and the Service Manager.", "met"),
    # --- a selector said to have guided or supported a young person through the services is a parent only with
    # a possessive ("supported her son through ..."); "a young person" may be a worker's client; twins: raised ---
    (PANEL, "The interview panel includes our Team Leader, who has supported a young person through the youth justice "
            "system.", "not-met"),
    (PANEL, "The interview panel includes our Team Leader, who has guided a teenager through the care system.", "not-met"),
    (PANEL, "The interview panel includes our Team Leader, who has supported her son through the youth justice system.",
     "met"),
    (PANEL, "The interview panel includes our Director, who has raised a child through the care system.", "met"),
    # --- (h-le2, set177 nl20) a degree named by its level ("a master's degree", "a bachelor's degree") offered
    # by an "or" right after a bare mention: another route in, not met; the "or" inside a list of qualifications
    # after "and" keeps the old reading ---
    (LE, "Essential: lived experience or a master's degree in counselling.", "not-met"),
    (LE, "Requirements: lived experience or a bachelor's degree in social work.", "not-met"),
    (LE, "Essential: lived experience and a degree or diploma in nursing.", "partly-met"),
    (LE, "Essential: lived experience or a peer support certificate.", "partly-met"),
    # --- (h-le2, set178 nm14) one's own recovery said with the verb alone ("must be recovering from", "must
    # have recovered from"): lived experience required, its kind named; the people served "who are
    # recovering from" it stay theirs ---
    (LE, "Applicants must be actively recovering from an addiction.", "met"),
    (LE, "You must have recovered from a substance use disorder.", "met"),
    (LE, "You will support veterans who are recovering from a mental health condition. A driving licence is essential.", "not-met"),
    (LE, "Experience supporting clients who have recovered from homelessness is essential.", "not-met"),
    (LE, "Our team is still recovering from the floods of last winter. A driving licence is essential.", "not-met"),
    (LE, "The service has recovered from its funding cuts, and a full licence is required.", "not-met"),
    # (second read) "we" and staff as the subject: the organisation's recovery too
    (LE, "We are still recovering from a busy winter, so applicants must be flexible.", "not-met"),
    (LE, "We have recovered from the funding cuts and must grow the team.", "not-met"),
    # --- (h-le2) a panel member in a semicolon-split label list described by "with" right after them ("; a Peer
    # Worker with lived experience;"): the "with" describes the member, it opens no clause of its own; a later
    # part with a verb of its own, or "with" after another noun, stays about something else ---
    (PANEL, "Interview panel: Team Leader; peer mentor with lived experience of recovery; Clinical Lead.", "met"),
    (PANEL, "Interview panel: Service Manager; a consumer representative with lived experience; HR Adviser.", "met"),
    (PANEL, "Interview panel: Service Manager and HR Adviser; peer workers with lived experience will run the orientation.", "not-met"),
    (PANEL, "Interview panel: Service Manager; HR Adviser; induction with our peer workers in week one.", "not-met"),
    # --- (misc35) one's own story told ("tell your own story"), as it is shared: disclosure; the people
    # served telling their own story stay theirs ---
    (PP, "You will tell your own story when it is useful to someone, with thought.", "partly-met"),
    (PP, "Telling your own journey, carefully, is part of the work.", "partly-met"),
    (PP, "You will help tenants tell their own stories to the housing board.", "not-met"),
    (PP, "Members are supported to tell their own story at the open day.", "not-met"),
    # --- (misc35) a lived experience advisory PANEL named whole, as a group is: the stage it does decides;
    # shortlisting or interviewing is on the selection, meeting candidates or a presentation another way ---
    (PANEL, "Applications are sifted by our Lived Experience Advisory Panel and the service lead.", "met"),
    (PANEL, "Interviews are run by the team manager and our living experience advisory panel.", "met"),
    (PANEL, "Candidates will have a cup of tea with our lived experience advisory panel on the day.", "partly-met"),
    (PANEL, "You will give a short presentation to our lived experience advisory panel before the interview.", "partly-met"),
    # --- (misc35) being a current or former recipient, consumer or user of mental health or substance use
    # services (US and Canadian certification wording) is the applicant's lived experience; the people
    # served named as recipients of services stay theirs ---
    (LE, "Applicants must self-identify as a current or former consumer of substance use services.", "met"),
    (LE, "You must identify as a present or past user of behavioral health services.", "met"),
    (LE, "You will support current and former recipients of mental health services. A driving licence is essential.", "not-met"),
    (LE, "Must have two years of experience working with consumers of mental health services.", "not-met"),
    # --- (misc35) a group of people with lived experience as the subject of the stage, its verb in the
    # singular ("our advisory group shortlists the applications"): on the selection; twins: the group only
    # meets the candidates while another person shortlists or interviews ---
    (PANEL, "Our Lived Experience Reference Group shortlists every application with the team leader.", "met"),
    (PANEL, "The consumer advisory council interviews all shortlisted candidates.", "met"),
    (PANEL, "The manager shortlists the applications, and our consumer advisory council meets the candidates informally.", "partly-met"),
    (PANEL, "Our lived experience advisory group has a chat with candidates; the manager interviews every candidate.", "partly-met"),
    # --- (pa36) care co-ordination by its housing and social care name: the post acting as a person's key
    # worker, or co-ordinating a person's care, support or recovery plan; twins: beside the key worker,
    # another's key working, people helped to take part in their own plan review ---
    (ADJ, "You will act as keyworker for a small caseload of residents in supported housing.", "not-met"),
    (ADJ, "Co-ordinate each client's care plan with the community mental health team.", "not-met"),
    (ADJ, "Serve as key worker to young people leaving care, coordinating their recovery plans.", "not-met"),
    (ADJ, "You will be the key worker for six tenants.", "not-met"),
    (ADJ, "Work alongside each tenant's key worker to help them settle in.", "met"),
    (ADJ, "Support people to take part in their care plan review.", "met"),
    (ADJ, "Report any concerns to the resident's keyworker.", "met"),
    (ADJ, "The housing officer will be key worker for each tenant; you will offer peer support.", "met"),
    (ADJ, "You will not act as key worker; the housing officers do.", "met"),
    # --- (pa36) people who meet the candidates, as the subject with the candidates as its object, beside an
    # interview by others: a meeting, another way; twins: a word of membership, or the panel named with them ---
    (PANEL, "Consumer representatives meet shortlisted candidates. Interviews are with the Team Leader and HR.", "partly-met"),
    (PANEL, "Our peer team meets every shortlisted applicant, and the manager and HR interview them.", "partly-met"),
    (PANEL, "Members of our lived experience forum meet the candidates on the day. The interview panel is the "
            "service manager and a psychologist.", "partly-met"),
    (PANEL, "Consumer representatives meet shortlisted candidates and sit on the interview panel.", "met"),
    (PANEL, "Consumer representatives meet shortlisted candidates. The interview panel includes a consumer representative.", "met"),
    (PANEL, "Candidates will meet the Team Leader and a peer worker for a formal interview.", "met"),
    # --- (pa36) service users as the participants of a candidates' exercise on a selection day, beside an
    # interview by a "team lead" (a title, not the verb "lead"), or with a membership word that opens the
    # exercise ("join a group discussion"): another way; twins: they observe and score it, or sit on the panel ---
    (PANEL, "On the selection day, candidates will run a short group exercise with members of our service user "
            "forum before an interview with the team lead.", "partly-met"),
    (PANEL, "On the selection day, candidates will join a group discussion with members of our carers' forum "
            "before an interview with the Team Leader.", "partly-met"),
    (PANEL, "Candidates will give a short presentation to people from our lived experience network, then an "
            "interview with the clinical lead and HR.", "partly-met"),
    (PANEL, "On the selection day, members of our service user forum will observe and score the group exercise "
            "before an interview with the team lead.", "met"),
    (PANEL, "On the selection day, candidates will facilitate a group exercise; members of our service user forum "
            "sit on the interview panel with the team lead.", "met"),
    (PANEL, "Two peer workers lead the interview with the manager.", "met"),
    # --- (pa36) people with lived experience consulted in writing the position description: it shaped the
    # post, as reviewing it does (partly met); twins: the post holder consulted, another thing consulted on ---
    (PANEL, "Consumer and carer representatives were consulted in drafting this position description. "
            "Interviews are conducted by the Team Leader.", "partly-met"),
    (PANEL, "Members of our carer reference group were involved in writing the job description. The manager "
            "will interview you.", "partly-met"),
    (PANEL, "People with lived experience were consulted on the position description.", "partly-met"),
    (PANEL, "You will be consulted on changes to your position description. Interviews are with the Team Leader.", "not-met"),
    (PANEL, "Consumers were consulted on the new service model. Interviews are with the Team Leader.", "not-met"),
    # --- (pa36) skills from other work valued where lived experience is one route among others with learned
    # experience: the other work is how the learned experience may come (adjacent experience in its place);
    # twins: lived experience required on its own, or the idiom alone, or something else valued ---
    (ADJ, "Essential: lived, living or learned experience of gambling harm.\n\nWe value transferable skills from "
          "retail, hospitality or caring.", "not-met"),
    (ADJ, "Essential: lived or learned experience of an eating disorder. Transferable skills gained in call "
          "centres are welcomed.", "not-met"),
    (ADJ, "Essential: lived experience of self-harm. We value transferable skills from retail.", "met"),
    (ADJ, "Essential: lived, living or learned experience of gambling harm. We value your own story.", "met"),
    # --- (pa36) another job's work named between the experience and a helping setting, essential while lived
    # experience is only desirable: adjacent work experience is the route in; twins: lived experience
    # essential beside it, or the setting no helping field ---
    (ADJ, "Essential\n\nExperience of line management in a health or social care setting\n\nDesirable\n\nLived "
          "experience of mental health difficulties", "not-met"),
    (ADJ, "Essential: experience of team leadership within the community services sector. Desirable: lived "
          "experience of addiction.", "not-met"),
    (ADJ, "Essential: lived experience of mental health difficulties; experience of line management in a health "
          "or social care setting.", "met"),
    (ADJ, "Essential: experience of line management in a retail setting. Desirable: lived experience of addiction.", "met"),
    # --- (le37) the workforce the post leads, supervises, manages or trains, named by lived experience before a
    # worker noun, two verbs maybe joined by "or" ("Experience supervising or leading lived experience workers"):
    # the workers' job family, not the applicant's experience, and its "or" offers no route in ---
    (LE, "Essential: lived experience of mental health challenges. Essential: experience supervising or leading "
         "lived experience workers.", "met"),
    (LE, "You must have lived experience of psychosis. Experience managing or mentoring lived experience "
         "practitioners is essential.", "met"),
    (LE, "Essential: personal experience of addiction recovery; ability to line manage and coach lived experience "
         "peers.", "met"),
    # twins: the applicant's own lived experience with another route after "or" stays substitutable; leading
    # such workers asked alone asks nothing of the applicant's own experience
    (LE, "You will lead and supervise our team. Essential: lived experience of psychosis or relevant professional "
         "experience.", "not-met"),
    (LE, "Essential: experience supervising or leading lived experience workers.", "not-met"),
    # --- (le37) the parent or caregiver the advert asks for who has been involved with a family's system of the
    # state (child welfare, child protection, family court, youth justice), or the applicant "personally"
    # involved with it: lived experience, its kind named by the system ---
    (LE, "Must be a parent or kinship carer who has personally been involved with the child protection system.",
     "met"),
    (LE, "You must have personally been involved with the family court system as a parent.", "met"),
    (LE, "Applicants must be a grandparent who has been involved with the youth justice system.", "met"),
    # twins: involvement at work, and the parents the post supports, are no lived experience of the applicant
    (LE, "You must have been involved with the family court system for two years as a caseworker.", "not-met"),
    (LE, "You will support parents who have been involved with the child welfare system. You must have a "
         "driving licence.", "not-met"),
    # --- (le37) a wish and a denied requirement said together of lived experience ("desirable but not essential",
    # "an advantage but not essential", "nice to have, not required"): a stated level, which prose that draws
    # on lived experience does not raise (not met, only desirable) ---
    (LE, "Share your own journey where it will help someone.\n\nLived experience of the justice system is "
         "desirable but not essential.", "not-met"),
    (LE, "Draw on your lived experience of homelessness every day.\n\nPersonal experience of homelessness would be "
         "an advantage but is not essential.", "not-met"),
    (LE, "Draw on your own experience of recovery every day.\n\nPersonal experience of addiction: nice to have, "
         "not required.", "not-met"),
    # twins: the same said of another criterion leaves the prose wanting it; a requirement beside stays met
    (LE, "Draw on your own experience of recovery every day.\n\nA driving licence is desirable but not essential.",
     "partly-met"),
    (LE, "Draw on your lived experience of psychosis every day.\n\nLived experience of psychosis is essential; a "
         "degree is desirable but not essential.", "met"),
    # --- (le37) a note after the requirements, its subject the applicants said to lack lived experience, that
    # lets them show other experience "instead" ("Applicants without lived experience may instead show
    # experience of working in a caring role"): substitutable, and adjacent experience offered in its place ---
    (LE, "Essential: lived experience of psychosis.\n\nApplicants without lived experience may instead show "
         "experience of working in a caring role.", "not-met"),
    (LE, "Essential: lived experience of addiction.\n\nNote: candidates lacking personal experience can instead "
         "demonstrate three years of work in a treatment program.", "not-met"),
    (ADJ, "Essential: lived experience of psychosis.\n\nApplicants without lived experience may instead show "
          "experience of working in a caring role.", "not-met"),
    (ADJ, "Essential: lived experience of addiction.\n\nNote: candidates lacking personal experience can instead "
          "demonstrate three years of work in a treatment program.", "not-met"),
    # twins: another lived route instead, or applicants lacking another criterion, leave it required
    (LE, "Essential: lived experience of psychosis.\n\nApplicants without lived experience may instead show lived "
         "experience as a carer.", "met"),
    (LE, "Essential: lived experience of psychosis.\n\nApplicants without a degree may instead show experience of "
         "working in a caring role.", "met"),
    (ADJ, "Essential: lived experience of psychosis.\n\nApplicants without a degree may instead show experience "
          "of working in a caring role.", "met"),
    # --- (le37) experience "in recovery", the state lived in ("Experience in recovery is preferred"): lived
    # experience, with its level; not experience in recovery services or recovery-oriented practice ---
    (LE, "Requirements\n\n- High school diploma.\n- Experience in recovery is preferred.", "not-met"),
    (LE, "About you\n\nExperience in recovery would be an asset.", "not-met"),
    (LE, "Experience in recovery is required, with at least two years in recovery from a substance use disorder.",
     "met"),
    # twins: work in recovery services asks nothing of lived experience
    (LE, "Draw on your lived experience every day. You must have experience in recovery support services.",
     "partly-met"),
    (LE, "Draw on your lived experience every day. You must have experience in recovery-oriented practice.",
     "partly-met"),
    # --- (le37) the post itself said in so many words to be a lived experience post ("This is a lived experience
    # role."): what it assumes, wanted, not a stated requirement (partly met), that sentence the evidence ---
    (LE, "This is a lived experience role. You will support young people at the drop-in.", "partly-met"),
    (LE, "The position is a lived experience position.\n\nYou will run groups at the hub.", "partly-met"),
    # twins: the organisation led by lived experience asks nothing; a requirement beside it decides
    (LE, "This is a lived experience led service. You will support young people at the drop-in.", "not-met"),
    (LE, "This is a lived experience role: you must have personal experience of psychosis.", "met"),
    # --- (le37) care given as a job: a paid, agency or live-in carer, or a carer for a family it works for, is
    # care work, not a family carer's lived experience ---
    (LE, "Essential: experience as a paid carer for someone with dementia.", "not-met"),
    (LE, "Essential: experience as a carer for a family with three young children.", "not-met"),
    (LE, "Essential: two years as an agency caregiver to older adults.", "not-met"),
    # twins: a carer for a family member, and an unpaid carer, stay lived experience
    (LE, "Essential: you are a carer for a family member with dementia.", "met"),
    (LE, "Essential: experience as an unpaid carer for someone with dementia.", "met"),
    # --- (panel37, set209 os19) a panel member said to be a peer in a relative clause after any noun, one
    # person or several: been through a life or a system, used the services, knows it first-hand or from
    # personal experience, from the inside; twins: work or knowledge of the services, a course been through ---
    (PANEL, "Each selection panel includes a volunteer who has been through the care system.", "met"),
    (PANEL, "Our shortlisting is done with a worker who has come through homelessness herself.", "met"),
    (PANEL, "The interview panel includes a colleague who has used our services.", "met"),
    (PANEL, "Shortlisting is done by the team leader and an elder who has attended the programme.", "met"),
    (PANEL, "The interview panel will include a colleague who knows recovery first-hand.", "met"),
    (PANEL, "Our panel always includes someone who understands addiction from personal experience.", "met"),
    (PANEL, "The interview panel includes a mentor who knows the prison system from the inside.", "met"),
    (PANEL, "The interview panel includes a manager who has worked in the justice system.", "not-met"),
    (PANEL, "The interview panel includes a colleague who knows our services well.", "not-met"),
    (PANEL, "Our interview panel includes a mentor who has been through the training.", "not-met"),
    # --- (panel37, set213 ow23) peers who meet the post holder after selection (after appointment, once
    # appointed or in post, on their first day, at induction): not a part in choosing; beside a panel without
    # them, not met; twin: the same meeting before the interview is another way; a date of the interview ---
    (PANEL, "The manager and the HR lead will interview you. Our peer workers will meet the successful candidate "
            "after appointment.", "not-met"),
    (PANEL, "Interviews are held by the service manager. Once appointed, you will meet members of our consumer "
            "advisory group.", "not-met"),
    (PANEL, "The Team Leader interviews applicants. Two of our peer mentors will welcome you on your first day.", "not-met"),
    (PANEL, "Interviews are with the clinical lead; you will meet our lived experience network at induction.", "not-met"),
    (PANEL, "The manager and the HR lead will interview you. Our peer workers will meet shortlisted candidates "
            "before the interview.", "partly-met"),
    (PANEL, "Interviews are held on the first day of each month, with a peer worker on the panel.", "met"),
    # --- (panel37, set208 or16) the recruitment process, or the questions put to candidates, designed with or
    # by people with lived experience (the passive, the questions named with who is asked): another way,
    # not the panel; twins: the design beside a peer on the panel, or designed with staff ---
    (PANEL, "Our recruitment process has been shaped by young people from our youth council. The manager will "
            "interview you.", "partly-met"),
    (PANEL, "The selection process was co-designed with members of our carer forum.", "partly-met"),
    (PANEL, "How we select\n\nThe questions you will be asked were written with our lived experience reference "
            "group.", "partly-met"),
    (PANEL, "The hiring process was co-designed with our consumer advisory group, and a peer worker sits on every "
            "interview panel.", "met"),
    (PANEL, "Our recruitment process has been co-designed with our HR team.", "not-met"),
    # --- (panel37, set209 os15) boundaries agreed or negotiated with the people served, who follow "with" or
    # "alongside": settled between the worker and them, the relationship's boundaries (the worker's practice);
    # twins: the people helped to set or agree their own with someone else ---
    (PP, "You will work with clients to agree clear boundaries for your time together.", "partly-met"),
    (PP, "Work alongside tenants to negotiate boundaries that suit you both.", "partly-met"),
    (PP, "Work with participants to agree boundaries at your first meeting.", "partly-met"),
    (PP, "Help residents agree boundaries with their landlord.", "not-met"),
    (PP, "Work with residents to set their own boundaries.", "not-met"),
    # --- (panel37, set208 or15) the use or sharing of one's own stories named as a thing done with care or on
    # purpose ("the careful use of", "the use of ... with care"), "recovery" or "lived" beside the noun: intentional
    # disclosure; twins: a use with no manner, or of something else than a story ---
    (PP, "Coach mentors in the careful use of their own recovery stories.", "partly-met"),
    (PP, "Supervisors promote the purposeful sharing of lived experience stories across the team.", "partly-met"),
    (PP, "The sharing of recovery journeys with purpose is part of the role.", "partly-met"),
    (PP, "We record the use of recovery stories in training.", "not-met"),
    (PP, "Model the use of personal recovery plans with care.", "not-met"),
    # --- (panel37) a label naming the stage or its people, with a hyphen in the stage ("Short-listing:") or
    # "Interviewers" before a colon or a dash, then the people with no article: the panel's make-up; twins:
    # the same labels over staff only ---
    (PANEL, "Short-listing: team leader and a peer support worker.", "met"),
    (PANEL, "Applications are short-listed by two peer workers.", "met"),
    (PANEL, "Interviewers: Team Leader, Peer Lead", "met"),
    (PANEL, "Interviewers - the team leader and a peer worker.", "met"),
    (PANEL, "Short-listing: service manager and clinical lead.", "not-met"),
    (PANEL, "Interviewers – Service Manager and Clinical Lead", "not-met"),
    # --- (panel37) "How we choose" and "How we pick" as selection headings: a meeting with people who use
    # services under them is another way; twin: the same heading over staff only ---
    (PANEL, "How we choose\n\nPeople who use our services will meet you for a cup of tea.", "partly-met"),
    (PANEL, "How we pick\n\nTenants from our residents forum will have a cuppa with you.", "partly-met"),
    (PANEL, "How we choose\n\nInterviews are held by the manager.", "not-met"),
    # --- (panel37) a gathering the service runs for the people it serves ("for" right before them), with no
    # applicant in the sentence: the service's own work, not a part in selection; twins: the applicant invited
    # to it, or the candidates as its subject ---
    (PANEL, "We run an informal chat group for people who use our service. Interviews are held by the manager.", "not-met"),
    (PANEL, "We hold a weekly coffee morning for our consumers. The team leader interviews applicants.", "not-met"),
    (PANEL, "We will invite you for an informal chat with people who use our service. Interviews are held by the "
            "manager.", "partly-met"),
    (PANEL, "Candidates have an informal chat with service users. Interviews are held by the manager.", "partly-met"),
    # --- (panel37) peer work said to rest on mutual respect at a place written with a hyphen ("at the drop-in",
    # "at our walk-in clinic": more tokens than a plain place); twins: a manner of treating people there ---
    (PP, "Peer support at the drop-in rests on mutual respect.", "partly-met"),
    (PP, "Peer work at our walk-in clinic is built on mutual trust.", "partly-met"),
    (PP, "Peer support at the drop-in is offered with dignity and mutual respect.", "not-met"),
    (PP, "Treat every guest at the drop-in with dignity and mutual respect.", "not-met"),
    # --- (panel37) the panel said to "have" its people, right after the panel noun: its make-up; twins: a panel
    # that has staff only or has none of them, another panel the peers have ---
    (PANEL, "Every panel has a peer worker on it.", "met"),
    (PANEL, "Our interview panel will always have two consumer representatives.", "met"),
    (PANEL, "Our interview panel has the manager and a psychologist.", "not-met"),
    (PANEL, "The panel has no peer workers.", "not-met"),
    (PANEL, "Peer workers have their own panel for clinical staff.", "not-met"),
    # --- (adj37, set208 or09) the service, clinic or organisation as the subject of a clinical verb in the third
    # person: what the service does, not the post's duty; twins: the post's own team, the post holder in the
    # service, joining it and doing the duty, and a post noun as the subject stay the post's duty ---
    (ADJ, "Our memory service diagnoses and supports about 900 people each year with dementia.", "met"),
    (ADJ, "The Northfield walk-in clinic prescribes and reviews medication for 400 adults; you will offer peer "
          "support.", "met"),
    (ADJ, "The crisis unit completes a risk assessment with everyone who arrives, and you will offer a listening "
          "ear.", "met"),
    (ADJ, "Harbourside Wellbeing diagnoses and supports around 900 adults a year.", "met"),
    (ADJ, "Our team completes a risk assessment with every new tenant.", "not-met"),
    (ADJ, "In our memory service, you will complete a risk assessment with each carer.", "not-met"),
    (ADJ, "You will join the crisis unit and complete a risk assessment with everyone who arrives.", "not-met"),
    (ADJ, "Each Peer Navigator completes a risk assessment with new members.", "not-met"),
    # (a line that opens with the post's own verbs is no organisation's name, nor one that ends on "and")
    (ADJ, "Reviews and diagnoses patients referred by their GP.", "not-met"),
    # --- (adj37, set208 or13) a helping profession's qualification with its work named after the noun ("a
    # diploma in community support work", the reversed order of "a Community Support Worker diploma"): an asset
    # is desirable (partly met), required it is not met; twins: the same work as experience, a peer support
    # work certificate, and the qualification denied stay met ---
    (ADJ, "Qualifications\n\n- A diploma in community support work is an asset.", "partly-met"),
    (ADJ, "Qualifications\n\n- A certificate in developmental services work would be an asset.", "partly-met"),
    (ADJ, "A diploma in mental health and addictions work is an asset.", "partly-met"),
    (ADJ, "Essential: a certificate in human services work.", "not-met"),
    (ADJ, "Qualifications\n\n- Experience in community support work is an asset.", "met"),
    (ADJ, "Qualifications\n\n- A certificate in peer support work is an asset.", "met"),
    (ADJ, "A diploma in community support work is not required.", "met"),
    # --- (adj37, set208 or20) clinicians or a clinical team helped to complete, prepare, draft or finalise
    # their care, treatment or discharge plans: a clinical task in a supporting position (partly met), as
    # helping them write or review the plans is; twins: the post completing care plans itself stays not met,
    # the people's own plans and the clinicians' other paperwork stay met ---
    (ADJ, "Support clinicians to complete the team's care plans, bringing the family view.", "partly-met"),
    (ADJ, "Help the nurses to complete each resident's care plan.", "partly-met"),
    (ADJ, "Support the psychologist in drafting treatment plans.", "partly-met"),
    (ADJ, "Help the clinical team to finalise discharge plans.", "partly-met"),
    (ADJ, "Complete care plans for each new resident.", "not-met"),
    (ADJ, "Support people to complete their own recovery plans.", "met"),
    (ADJ, "Support clinicians to complete their timesheets.", "met"),
    # --- (adj37, set209 os06, set211 ou03, set99 xf05) work in a setting named only as a place in the community,
    # with no helping work named ("working or volunteering in a community setting", "working with whānau in a
    # community setting"), essential while lived experience is only desirable: general work with people, not
    # another profession's experience (clear-soil.md section 4: "experience of working in a caring role");
    # twins: helping work there (supporting, youth work, case management), a caring role, and a helping field's
    # setting (community mental health) stay adjacent work experience ---
    (ADJ, "Essential: experience of working with whānau in a community setting. Desirable: lived experience of "
          "addiction.", "met"),
    (ADJ, "Essential: experience of working or volunteering in a community setting. Desirable: lived experience "
          "of psychosis.", "met"),
    (ADJ, "Essential: experience of working with young people in community settings. Desirable: lived experience "
          "of self-harm.", "met"),
    (ADJ, "Essential: experience of supporting adults in a community setting. Desirable: lived experience of "
          "addiction.", "not-met"),
    (ADJ, "Essential: experience of youth work in a community setting. Desirable: lived experience of addiction.",
     "not-met"),
    (ADJ, "Essential: experience of case management in a community setting. Desirable: lived experience of "
          "psychosis.", "not-met"),
    (ADJ, "Essential: experience of working in a caring role. Desirable: lived experience of addiction.", "not-met"),
    (ADJ, "Essential: experience of working in a community mental health setting. Desirable: lived experience of "
          "psychosis.", "not-met"),
    # --- (adj37, set211 ou03) case or care management named first in a list of teams ("the case management,
    # crisis and housing teams"): the teams' names, not the post's duty; twins: case management provided, beside
    # other services or before another clause, stays the post's duty ---
    (ADJ, "Our peer program works alongside the case management, crisis and housing teams.", "met"),
    (ADJ, "You will work closely with the care management, outreach and nursing teams.", "met"),
    (ADJ, "Provide case management, crisis support and housing services.", "not-met"),
    (ADJ, "Provide case management, and refer people to other teams.", "not-met"),
    # --- (adj37, set211 ou06) a risk assessment named by two kinds joined by "and", "or" or "/", maybe after one
    # more kind word, done by the post: a formal risk assessment (not met); twins: the nurses' own, and the
    # post supporting a clinician to do it (partly met) ---
    (ADJ, "Complete the hostel's formal suicide and overdose risk assessment with each new guest at intake.",
     "not-met"),
    (ADJ, "Conduct suicide and self-harm risk assessments with new residents.", "not-met"),
    (ADJ, "You will complete a violence or overdose risk assessment with each guest.", "not-met"),
    (ADJ, "The nurses complete the suicide and overdose risk assessment; you will offer a listening ear.", "met"),
    (ADJ, "Support the clinician to complete suicide and self-harm risk assessments.", "partly-met"),
    # --- (adj37, set213 ow12) a degree, diploma or qualification "or equivalent" with its field after it and no
    # "experience" ("Degree or equivalent in a health or social care discipline"): required it is not met,
    # desirable partly met; twins: a field of no profession, the qualification denied, and "or equivalent
    # experience" in retail stay met ---
    (ADJ, "Essential criteria\n\n- Degree or equivalent in a health or social care discipline.", "not-met"),
    (ADJ, "Essential: a diploma or equivalent in nursing.", "not-met"),
    (ADJ, "Desirable: a qualification or comparable in a relevant discipline.", "partly-met"),
    (ADJ, "Essential: degree or equivalent in business administration.", "met"),
    (ADJ, "A degree or equivalent in a health or social care discipline is not required.", "met"),
    (ADJ, "Essential: degree or equivalent experience in customer service or retail.", "met"),
    # --- (adj37, set212 ov09) a counselling qualification named by its level alone, before or after it ("Level 2
    # counselling skills", "Counselling Skills Level 3"): desirable it is partly met, required not met; twins:
    # counselling skills with no level, another subject's level, and the qualification denied stay met ---
    (ADJ, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Knowledge | Understanding of recovery | Level 2 "
          "counselling skills |", "partly-met"),
    (ADJ, "Desirable: Counselling Skills Level 3.", "partly-met"),
    (ADJ, "Essential: counselling skills (Level 2).", "not-met"),
    (ADJ, "Essential: good counselling skills.", "met"),
    (ADJ, "Desirable: Level 2 food hygiene certificate.", "met"),
    (ADJ, "Level 2 counselling skills are not required.", "met"),
    # --- (adj37, set212 ov17) medication given recorded or signed for in the medication administration record
    # (MAR, eMAR): the record is kept by whoever gives the dose, so it is the medication duty itself (not met),
    # also beside a supporting verb; twins: the nurses' own record, assisting under a nurse's supervision with
    # nothing recorded (partly met), and "Mar" as a month stay as they were ---
    (ADJ, "Help with the medicines round and sign each dose on the MAR.", "not-met"),
    (ADJ, "You will record medication given in the eMAR at each visit.", "not-met"),
    (ADJ, "Nurses give medication and record it in the MAR; you will offer peer support.", "met"),
    (ADJ, "Help with medicines administration on the ward and record it in your own notes when the nurse asks.",
     "partly-met"),
    (ADJ, "Our next intake starts in Mar 2027.", "met"),
    # --- (panel37b, set218 pb11) the post holder interviewing people as a duty of the post (research, intake or
    # assessment interviews, screening of referrals: the verb with people as its object, or a verb of doing the
    # interviews before the noun, opening a duty or in a series of duties): not this post's selection; twins: the
    # candidate's own interview with peers, peers who conduct the interviews, stay met ---
    (PANEL, "You will interview people who use our services about their experience of discharge.\n\nInterviews are "
            "held by the manager.", "not-met"),
    (PANEL, "- Conduct intake interviews with people who use the service and their families.\n\nShortlisting is "
            "done by the manager.", "not-met"),
    (PANEL, "You will recruit participants, interview young people who have left care and write up what they tell "
            "us.", "not-met"),
    (PANEL, "Carry out telephone screening of new referrals from people who use our drop-in.", "not-met"),
    (PANEL, "You will interview with our Peer Lead and a Clinical Manager.", "met"),
    (PANEL, "Two peer workers conduct the interviews with the manager.", "met"),
    # --- (panel37b, set218 pb11) a panel of another kind named by its people ("a Lived Experience Advisory
    # Panel") in a sentence that names no stage of selection and no candidate: the organisation's group, no part
    # in selection; twins: candidates presenting to it, or it shaping this role, stay another way ---
    (PANEL, "The study team includes academics and a Lived Experience Advisory Panel of people who have used "
            "services.\n\nInterviews are held by the manager.", "not-met"),
    (PANEL, "Our Consumer Advisory Panel meets monthly to advise the board.\n\nThe interview panel is the Team "
            "Leader and HR.", "not-met"),
    (PANEL, "Shortlisted candidates present to our Consumer Advisory Panel.\n\nInterviews are held by the manager.",
     "partly-met"),
    (PANEL, "Our Consumer Advisory Panel helped shape this role.\n\nInterviews are held by the manager.", "partly-met"),
    (PANEL, "Service users will be part of a stakeholder panel.\n\nFormal interviews are held by the manager.",
     "partly-met"),
    # --- (panel37b, set219 pc06) a group of the service's members, clients, patients, residents, tenants or
    # participants named by a name of its own, a name word between ("Members' Voice Committee", "Client
    # Participation Group"), and people who use a service named by a participle ("people using our services"):
    # meeting or hearing the candidates beside a staff interview is another way; twins: a staff group, and
    # "members" with no name word, stay not met ---
    (PANEL, "Finalists give a short talk to the Client Participation Group before an interview with the Director.",
     "partly-met"),
    (PANEL, "Candidates meet our Tenant Engagement Panel for a cup of tea, then interview with the Housing Manager.",
     "partly-met"),
    (PANEL, "Shortlisted candidates present to members of our Members' Voice Committee; interviews are then held "
            "with the manager.", "partly-met"),
    (PANEL, "Finalists give a short talk to people using our services before an interview with the Director.",
     "partly-met"),
    (PANEL, "Finalists give a short talk to our Staff Voice Group before an interview with the Director.", "not-met"),
    (PANEL, "Finalists give a short talk to the Members' Council before an interview with the Director.", "not-met"),
    # --- (panel37b, set219 pc15) people named as a share of the panel ("make up the majority of", "form at least
    # half of", "sit as a third of", "Half of every interview panel are ..."), and "form" or "constitute" the panel
    # with no "who" before it: on the panel; twins: staff as the share, or peers as a share of the staff ---
    (PANEL, "Peer workers and people who have used our services make up the majority of every hiring panel.", "met"),
    (PANEL, "People with lived experience form at least half of each interview panel.", "met"),
    (PANEL, "Two consumer representatives sit as a third of the selection committee.", "met"),
    (PANEL, "Half of every interview panel are peer workers.", "met"),
    (PANEL, "The manager and two peer workers form the interview panel.", "met"),
    (PANEL, "Managers make up the majority of every hiring panel.", "not-met"),
    (PANEL, "Peer workers make up the majority of our staff. Interviews are held by the manager.", "not-met"),
    (PANEL, "The manager and the deputy form the interview panel.", "not-met"),
    # --- (rev37) "Mar" the month after a verb of recording or signing, a day, a year or a calendar noun after
    # it: a date, not the medication administration record (met); twins: the MAR itself, with a noun after it
    # or a time of day, stays the medication duty ---
    (ADJ, "Please sign in on Mar 3 at the main reception.", "met"),
    (ADJ, "Sign your contract in Mar 2027.", "met"),
    (ADJ, "Log your hours on the Mar rota before payday.", "met"),
    (ADJ, "Sign each dose on the MAR at the morning round.", "not-met"),
    (ADJ, "Record each dose in the MAR chart.", "not-met"),
    # --- (rev37) "or experience" then a gerund of supervising, leading or running others' work after the lived
    # experience requirement ("..., or experience supervising support workers"): another route in its place
    # (substitutable); twins: the same joined by "and" or past a semicolon, and the applicant's own life
    # managed ("or experience managing your own mental health"), stay required ---
    (LE, "Essential: lived experience of mental health challenges, or experience supervising support workers.",
     "not-met"),
    (LE, "You must have lived experience of homelessness, or experience of running community groups.", "not-met"),
    (LE, "Lived experience of addiction is required, or experience managing a team of outreach workers.", "not-met"),
    (LE, "Essential: lived experience of mental health challenges and experience supervising support workers.", "met"),
    (LE, "Essential: lived experience of psychosis, or experience managing your own mental health.", "met"),
    (ADJ, "Essential: lived experience of mental ill health, or experience of training volunteer befrienders.",
     "not-met"),
    (ADJ, "Essential: lived experience of psychosis, or experience managing your own mental health.", "met"),
    # --- (rev37) an informal meeting run for the candidates "with" people who use the service, the people right
    # after "candidates with" or "shortlisted applicants with": whom the candidates meet, another way of taking
    # part beside a staff interview (partly met), not the candidates' own attribute; twins: "applicants with
    # lived experience" stays the applicants', a chat with staff and a group run for the people stay not met,
    # and an interview for the candidates with peers stays met ---
    (PANEL, "We hold a short meet-and-greet for candidates with people who use our services. The interview panel is "
            "the manager and HR.", "partly-met"),
    (PANEL, "There is an informal coffee for shortlisted applicants with tenants of our hostels. Interviews are held "
            "by the manager.", "partly-met"),
    (PANEL, "We offer a guaranteed interview for applicants with lived experience. Interviews are held by the manager.",
     "not-met"),
    (PANEL, "We run an informal chat for candidates with the team manager. Interviews are held by the manager.",
     "not-met"),
    (PANEL, "There is an interview for shortlisted applicants with two peer workers and the manager.", "met"),
    # --- (rev37) a service named as the subject of a clinical verb but the object of the post holder's verb of
    # seeing to it ("you will ensure the hub completes a risk assessment", "Make sure that the unit completes
    # ..."): the post's own duty (not met); twins: the service's own work, also where the organisation checks
    # it, stays met ---
    (ADJ, "As a peer worker in our hub, you will ensure the hub completes a risk assessment with everyone who "
          "arrives.", "not-met"),
    (ADJ, "Make sure that the unit completes a suicide risk assessment with each new arrival.", "not-met"),
    (ADJ, "The crisis unit completes a risk assessment with everyone who arrives; you will offer peer support "
          "afterwards.", "met"),
    (ADJ, "We check the clinic prescribes safely; you will offer peer support.", "met"),
    # --- (end37c) a requirement denied as "not a condition of employment" (or "of appointment", "for the
    # role"): lived experience in that sentence is at most desirable, and with a wish beside it not met;
    # twins: the same denial of something else, or "a condition" as a health word, leave it required ---
    (LE, "Requirements:\n\n- Lived experience of psychosis is preferred\n\nApplicants who draw on lived experience "
         "will be coached in it, though it is not a condition of appointment.", "not-met"),
    (LE, "Lived experience of an eating disorder would be lovely to have but isn't a condition for the role.", "not-met"),
    (LE, "Lived experience of an eating disorder is essential; a driving licence is not a condition of employment.",
     "met"),
    (LE, "You must have lived experience of a long-term mental health condition.", "met"),
    # --- (end37c) the post said to be created or designed for the person it wants ("This role has been
    # created for a person with lived experience of ..."): wanted in prose, as "developed specifically for"
    # is, now also with one person named ("a person", "an individual") (partly met); twins: a post created
    # for a time, or for a team, asks nothing ---
    (LE, "This position was created for an individual with lived experience of addiction and recovery.",
     "partly-met"),
    (LE, "The post has been designed specifically for a person who has lived experience of psychosis.",
     "partly-met"),
    (LE, "This post was created for a team that supports people with lived experience of psychosis.", "not-met"),
    (LE, "This role has been created for twelve months. You will support people with lived experience of psychosis.",
     "not-met"),
    # --- (end37c) one's own story named with its kind ("your own caregiving journey") and taken up by "it"
    # shared or used with intention: intentional disclosure; twin: what is shared with care is something else ---
    (PP, "Bring your own recovery story to the work and share it with care.", "partly-met"),
    (PP, "Your own caregiving experience counts here: use it intentionally.", "partly-met"),
    (PP, "Draw on your own parenting journey when you plan the groups, and share the plan with care.", "not-met"),
    # --- (end37c) gaps filled on the roster or rota, the gaps named first, or help given when nursing shifts
    # are short: cover for other posts (not met); twins: gaps in one's own knowledge, or the peer team's own
    # rota planned, stay met ---
    (ADJ, "You will fill gaps on the unit rota and support people in peer groups.", "not-met"),
    (ADJ, "Offer peer support, and step in on the ward whenever nursing shifts run short.", "not-met"),
    (ADJ, "Fill gaps in your knowledge of recovery approaches through our peer training.", "met"),
    (ADJ, "Plan the peer team's rota and offer peer support on the ward.", "met"),
]


@table(CASES)
def testverdict_of(criterion: str, text: str, expected: str) -> None:
    assert_row(criterion, text, expected)


def test_le_evidence_leaves_out_a_duty_that_makes_lived_experience_another_posts_criterion() -> None:
    text = ("Peer Support Worker\n\nYou must have lived experience.\n\nYou will ensure that lived experience is an "
            "essential criterion in every peer advert.")
    verdict = verdict_of(text, LE)
    assert [e.text for e in verdict.evidence] == ["You must have lived experience."]


# --- a heading's bracketed level word that qualifies another thing named in the bracket ("# Family Peer
# Worker (Bilingual Spanish preferred)", "(driver's licence desirable)"): that thing's level, not the level
# of the lived experience in the block under it; twins: a bracket holding only a level, or a level heading
# whose bracket adds another thing, still set it ---
BRACKET_HEADINGS = [
    ("# Family Peer Worker (Bilingual Spanish preferred)\n\nThis post is for parents of a child with mental "
     "health challenges.", "partly-met"),
    ("# Peer Mentor (driver's licence desirable)\n\nThis role is for people who have lived experience of "
     "homelessness.", "partly-met"),
    ("# Peer Mentor [Te reo Māori an advantage]\n\nWe are looking for someone who has lived experience of "
     "addiction.", "partly-met"),
    ("# Peer Mentor\n\n## Lived experience (preferred)\n\nThis role is for people who have lived experience of "
     "homelessness.", "not-met"),
    ("# Peer Mentor\n\n## Desirable (a driving licence would also help)\n\n- Lived experience of homelessness",
     "not-met"),
    ("# Peer Mentor (Spanish preferred)\n\n## Essential criteria\n\n- Lived experience of homelessness", "met"),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_HEADINGS)
def test_a_bracketed_level_of_another_thing_in_a_heading_sets_no_level(text: str, expected: str) -> None:
    verdict = check_document(read_markdown(text), role="peer").verdict(LE)
    assert verdict.verdict == expected, f"{verdict.verdict}: {verdict.why}"


# --- a person specification laid out as a grid of <div> rows and cells (class "row" / "cell", or
# ARIA roles): its columns are the levels, as in a <table>; a twin with the item in the Desirable column ---
DIV_SPECS = [
    ("<div class='row'><div class='cell'>Experience</div><div class='cell'>Lived experience of caring for a "
     "relative with dementia</div><div class='cell'>Group work</div></div>", "met"),
    ("<div role='row'><div role='cell'>Experience</div><div role='cell'>Personal experience of recovery from "
     "substance use</div><div role='cell'>A driver's license</div></div>", "met"),
    ("<div class='row'><div class='cell'>Experience</div><div class='cell'>Group work</div><div class='cell'>"
     "Lived experience of caring for a relative with dementia</div></div>", "not-met"),
]


@pytest.mark.parametrize(("row", "expected"), DIV_SPECS)
def test_a_div_grid_person_specification_reads_as_a_table(row: str, expected: str) -> None:
    head = ("<div class='row'><div class='cell'>Area</div><div class='cell'>Essential</div>"
            "<div class='cell'>Desirable</div></div>")
    page = (f"<main><h1>Carer Peer Support Worker</h1><p>You will support carers.</p><h2>Person specification</h2>"
            f"<div class='spec'>{head}{row}</div></main>")
    verdict = check_document(read_html(page), role="peer").verdict(LE)
    assert verdict.verdict == expected, verdict.why


# --- evidence that decides ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Interviews are by a panel that includes a peer worker, and lived experience of psychosis is desirable.",
        "Our selection panel includes a peer worker; lived experience of homelessness would be an advantage.",
        "The interview panel includes a peer worker and lived experience of psychosis would be welcome.",
    ],
)
def test_le_a_desirable_level_beside_the_panels_make_up_stays_the_applicants(text: str) -> None:
    # (rev35) lived experience after the panel and a word of its make-up is the panel's or the organisation's
    # value only with no level of its own: a desirable cue makes it the applicant's, and its evidence
    verdict = verdict_of("Peer Support Worker\n\n" + text, LE)
    assert verdict.verdict == "not-met"
    assert [span.text for span in verdict.evidence] == [text]


def test_le_the_panels_make_up_and_the_organisations_value_is_no_evidence() -> None:
    # twin: no level of its own, the perspective of the panel's member (the le35 class) stays theirs
    text = "Our interview panel includes a peer worker, because we believe every role benefits from the perspective of lived experience."
    verdict = verdict_of("Peer Support Worker\n\n" + text, LE)
    assert verdict.verdict == "not-met"
    assert not verdict.evidence


def test_le_evidence_prefers_a_statement_to_a_question() -> None:
    text = ("Peer Specialist\n\nDo you have lived experience of recovery?\n\n"
            "We are looking for someone who has lived experience of addiction to join us.")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "partly-met"
    assert verdict.evidence[0].text == "We are looking for someone who has lived experience of addiction to join us."
    assert "question" not in verdict.why


def test_le_evidence_of_an_answered_question_is_the_question_and_the_reply_that_decides() -> None:
    text = ("Peer Navigator\n\nEligibility\n\n- A valid driver's license\n\nDo I have to have lived experience? "
            "You do not. It would be an advantage, though.")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "not-met", verdict.why
    assert [e.text for e in verdict.evidence] == ["Do I have to have lived experience?",
                                                  "It would be an advantage, though."]


def test_le_evidence_is_the_requirement_not_the_heading_or_the_prose() -> None:
    text = ("Lived Experience Peer Worker\n\nDrawing on your lived experience, you will support young people.\n\n"
            "Selection criteria\n\n- Lived experience of mental health challenges is essential.")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "met"
    assert [e.text for e in verdict.evidence] == ["Lived experience of mental health challenges is essential."]


def test_le_evidence_includes_the_list_item_that_names_the_kind() -> None:
    text = ("Peer Mentor\n\nTo be considered, candidates must have lived experience of:\n\n"
            "- a gambling problem\n- rebuilding your life afterwards")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "met"
    assert [e.text for e in verdict.evidence] == [
        "To be considered, candidates must have lived experience of:", "a gambling problem"]


def test_le_evidence_includes_the_next_item_that_goes_on_with_the_requirement() -> None:
    text = ("Recovery Coach\n\nRequirements\n\n- Must have at least two years of continuous recovery\n"
            "- from a gambling or alcohol problem.\n- High school diploma")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "met", verdict.why
    assert [e.text for e in verdict.evidence] == [
        "Must have at least two years of continuous recovery", "from a gambling or alcohol problem."]


def test_le_evidence_of_a_split_substitution_is_both_lines() -> None:
    text = ("Recovery Navigator\n\nQualifications\n\n- Lived experience of recovery from addiction preferred.\n"
            "- Two years on a crisis line may substitute\n- for lived experience.\n- A driver's license")  # fmt: skip
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "not-met", verdict.why
    assert {e.text for e in verdict.evidence} >= {"Two years on a crisis line may substitute", "for lived experience."}


def test_panel_evidence_is_the_whole_sentence_split_over_two_lines() -> None:
    partly = verdict_of("Peer Specialist\n\nFinalists give a short presentation to our\n\nRecovery Community "
                        "Advisory Board.\n\nFinal interviews are with the Clinical Director.", PANEL)  # fmt: skip
    assert partly.verdict == "partly-met", partly.why
    assert [e.text for e in partly.evidence] == ["Finalists give a short presentation to our",
                                                 "Recovery Community Advisory Board."]
    unmet = verdict_of("Peer Specialist\n\nShortlisting will be done by the\n\nHead of Nursing and the Ward "
                       "Manager.\n\nInterviews will follow on the same day.", PANEL)  # fmt: skip
    assert unmet.verdict == "not-met", unmet.why
    assert [e.text for e in unmet.evidence] == ["Shortlisting will be done by the", "Head of Nursing and the Ward Manager."]


@pytest.mark.parametrize("text", [
    "After a short registration call, we will put you forward to the ward manager for an informal chat.",
    "Your recruitment consultant arranges a registration chat, then an informal chat with the team leader.",
])
def test_panel_an_agency_registration_call_is_a_stage_of_hiring_not_a_contact(text: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\n" + text, PANEL)
    assert (verdict.verdict, [e.text for e in verdict.evidence]) == ("not-met", [text]), verdict.why
    assert "described without peers" in verdict.why


@pytest.mark.parametrize(("text", "evidence"), [
    # blind set 116: "you will meet our X and Y" under a selection heading says who selects, where the
    # only selection sentence names no one ("Applications are reviewed on a rolling basis")
    ("# Family Peer Advocate\n\n## Hiring process\n\nAfter a short phone call, you will meet our Program "
     "Coordinator and the Director of Family Services.\n\n## How to apply\n\nApplications are reviewed on a rolling "
     "basis.", ["After a short phone call, you will meet our Program Coordinator and the Director of Family Services.",
                "Applications are reviewed on a rolling basis."]),
    ("# Peer Support Worker\n\n## Selection\n\nYou will meet with the clinic manager and a senior nurse.",
     ["You will meet with the clinic manager and a senior nurse."]),
    # twin: a meeting outside a selection section says nothing of the selection
    ("# Peer Support Worker\n\n## About us\n\nIn your first week you will meet our Clinic Manager.", []),
    # twins: a meeting on the first day, or before applying, is no selection under a selection heading either
    ("# Peer Support Worker\n\n## Selection process\n\nYou will meet with HR on your first day.", []),
    ("# Peer Support Worker\n\n## How to apply\n\nYou can meet our Clinic Manager at an open day.", []),
])
def test_panel_a_meeting_under_a_selection_heading_says_who_selects(text: str, evidence: list[str]) -> None:
    verdict = check_document(read_markdown(text), role="peer").verdict(PANEL)
    assert (verdict.verdict, [e.text for e in verdict.evidence]) == ("not-met", evidence), verdict.why


def test_panel_an_enquiry_call_describes_no_selection() -> None:
    verdict = verdict_of("Peer Support Worker\n\nFor an informal chat, please give our registration team a call.", PANEL)
    assert (verdict.verdict, verdict.evidence) == ("not-met", ())
    assert "not described" in verdict.why


# A guaranteed interview scheme (Disability Confident, veterans, care leavers) promises who is interviewed,
# not who selects: the selection is not described by it, and it is not quoted (blind136 lw11, set19 y12).
@pytest.mark.parametrize("text", [
    "Peer Support Worker\n\nWe are a Disability Confident employer and guarantee an interview to disabled "
    "applicants who meet the essential criteria.",
    "Peer Specialist\n\nWe are proud to guarantee an interview for veterans who meet the minimum qualifications.",
    "Peer Worker\n\nWe operate a guaranteed interview scheme for care leavers.",
])  # fmt: skip
def test_panel_a_guaranteed_interview_scheme_describes_no_selection(text: str) -> None:
    verdict = verdict_of(text, PANEL)
    assert (verdict.verdict, verdict.evidence) == ("not-met", ())
    assert "not described" in verdict.why


def test_panel_a_guaranteed_interview_beside_the_panel_leaves_the_panel_deciding() -> None:
    # twin: the interview panel described beside the scheme still decides, with its own sentence
    verdict = verdict_of("Peer Support Worker\n\nWe guarantee an interview to disabled applicants who meet the "
                         "essential criteria. The interview panel includes a peer support worker.", PANEL)
    assert verdict.verdict == "met"
    assert verdict.evidence[0].text == "The interview panel includes a peer support worker."


LABEL_LINES = [
    # a label line (not read as a heading) that stands over a list sets the level of its items
    ("Peer Worker\n\nAbout the role\n\nYou will run groups.\n\nNgā pūkenga – what is essential\n\n"
     "- Lived experience of problem gambling\n- A full licence", "met"),
    ("<html><body><h1>Peer Recovery Specialist</h1><p>You will run groups.</p><p>What we require</p><ul>"
     "<li>Lived experience of recovery from a substance use disorder</li><li>A valid license</li></ul></body></html>", "met"),
    ("Peer Worker\n\nAbout the role\n\nYou will run groups.\n\nKa pai mēnā – nice to have\n\n"
     "- Lived experience of homelessness\n- Te reo Māori", "not-met"),
    # twin: a label line with no requirement in it leaves the item stated without one
    ("<html><body><h1>Peer Worker</h1><p>You will run groups.</p><p>Our peer team</p><ul>"
     "<li>Lived experience of homelessness</li><li>Three days a week</li></ul></body></html>", "partly-met"),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_LINES, ids=["mi-essential", "us-html-require", "mi-nice", "no-cue"])
def test_a_label_line_over_a_list_sets_its_level(text: str, expected: str) -> None:
    from jdlint.readers import read_bytes

    fmt = "html" if text.startswith("<html>") else "text"
    verdict = check_document(read_bytes(text.encode(), "advert", fmt=fmt), role="peer").verdict(LE)
    assert verdict.verdict == expected, verdict.why


HOLDERS = [
    # the advertised post's title, after "current", "existing", "experienced": its holders, peers
    ("Wellbeing Companion – Acute Unit", "Your interview panel will include the ward manager and an experienced Wellbeing Companion.", "met"),
    ("Whānau Navigator", "Shortlisting is done by our team leader and two of our existing Whānau Navigators.", "met"),
    # twins: another post named after the title ("... programme lead"); the title not after "current"
    ("Wellbeing Companion – Acute Unit", "Your interview panel will include the ward manager and the Wellbeing Companion programme lead.", "not-met"),
    ("Whānau Navigator", "Shortlisting is done by our team leader, who trains every Whānau Navigator.", "not-met"),
    # the title in the plural after a count or "our": its holders too
    ("Community Connector – Housing", "Shortlisting is done by the service manager and one of our Community Connectors.", "met"),
    ("Recovery Companion", "You will meet a panel made up of three Recovery Companions and the deputy director.", "met"),
    # twins: a hiring verb before the count (posts to fill); the title in the singular after "our"
    ("Recovery Companion", "The interview panel, our manager and an HR adviser, will appoint two Recovery Companions.", "not-met"),
    ("Community Connector – Housing", "The interview panel is the manager who set up our Community Connector scheme.", "not-met"),
    # the holders as a group after "our" or "the" ("two members of our Wayfinder team")
    ("Wayfinder (Peer Specialist)", "Final interviews include a conversation with two members of our Wayfinder team, who will ask about your recovery.", "met"),
    ("Recovery Guide", "The second interview is held by the Recovery Guide team and the unit manager.", "met"),
    # twin: someone the group's name describes, not the group
    ("Wayfinder (Peer Specialist)", "Final interviews include a conversation with our Wayfinder team leader and HR.", "not-met"),
    # --- the title's head noun alone, capitalised, after "current" or "existing" ("a current Connector"
    # under "Community Connector") ---
    ("Community Connector (Street Outreach)", "Your interview will be with our outreach manager and a current Connector.", "met"),
    ("Whānau Navigator – Mental Health", "You will meet a panel of our team leader and two existing Navigators.", "met"),
    # twins: another post named after the head noun; the head noun in lower case (a common noun)
    ("Community Connector (Street Outreach)", "Your interview will be with our outreach manager and a current Connector program lead.", "not-met"),
    ("Recovery Companion", "Your interview will be with our manager and an experienced companion.", "not-met"),
    # --- the title named without its leading qualifier ("Certified", "Senior"), by its bracketed
    # initials, or the holders of a peer credential by its initials ("current CPSs"): the post's
    # holders or peers by credential, whether or not the words are peer vocabulary ---
    ("Certified Recovery Ally", "Shortlisting is done by the program director and two of our Recovery Allies.", "met"),
    ("Senior Wellbeing Companion – Acute Unit", "Your interview panel will include the ward manager and an existing Wellbeing Companion.", "met"),
    ("Certified Recovery Specialist (CRS) – Outpatient", "The second interview is with the clinical director and two of our CRSs.", "met"),
    ("Recovery Ally", "You will meet a panel of our program manager and two current CPSs.", "met"),
    # twins: another post named after the shortened title; other staff titles; initials that are not the
    # title's; a credential's initials before another noun (Child Protective Services); a hiring verb
    ("Certified Recovery Ally", "Your interview panel will include the ward manager and the Recovery Ally program lead.", "not-met"),
    ("Certified Recovery Specialist (CRS)", "Final interviews include a panel of current Clinical Specialists from our team.", "not-met"),
    ("Certified Recovery Specialist (CRS) – Outpatient", "The second interview is with the clinical director and two of our RNs.", "not-met"),
    ("Recovery Ally", "Your interview panel will include a current CPS caseworker and the program manager.", "not-met"),
    ("Certified Recovery Ally", "The interview panel, our manager and an HR adviser, will appoint two Recovery Allies.", "not-met"),
    # --- the holders as a group by the title's initials ("our CRS team"); twins: a credential's initials
    # as a group ("our CPS team" is as likely Child Protective Services); the post's title another
    # profession's with no peer word ("Registered Nurse"): its holders are that profession, not peers ---
    ("Certified Recovery Specialist (CRS)", "Final interviews are held by our CRS team and the program director.", "met"),
    ("Peer Counsellor", "The interview panel includes two of our Peer Counsellors.", "met"),
    ("Family Peer Advocate", "Final interviews are with our CPS team and the program director.", "not-met"),
    ("Registered Nurse", "The interview panel includes two of our Registered Nurses.", "not-met"),
    ("Clinical Case Manager", "The interview panel includes two current Clinical Case Managers.", "not-met"),
]


@pytest.mark.parametrize(("title", "text", "expected"), HOLDERS, ids=["uk-experienced", "nz-existing", "lead", "trains", "one-of-our", "count", "appoint", "scheme", "our-team", "the-team", "team-leader", "us-head-current", "nz-head-existing", "head-then-noun", "head-lower", "us-qualifier-count", "uk-senior-existing", "us-initials", "us-credential", "qualifier-then-noun", "other-staff", "other-initials", "credential-then-noun", "qualifier-appoint", "initials-team", "peer-profession", "credential-team", "nurse-title", "clinical-title"])
def test_the_posts_current_holders_are_peers_on_the_panel(title: str, text: str, expected: str) -> None:
    verdict = verdict_of(f"{title}\n\nYou will walk alongside people using our services.\n\n{text}", PANEL)
    assert verdict.verdict == expected, verdict.why


def test_the_holders_of_a_post_that_is_not_a_peer_post_are_not_peers_on_its_panel() -> None:
    """A panel of the post's own holders where the post is another job (no peer role detected): the
    clear-soil criteria do not apply, and the holders are not read as peers."""
    advert = ("Certified Nursing Assistant (CNA)\n\nYou will give personal care and take vital signs on our medical "
              "ward.\n\nRequirements: current CNA certification.\n\nFinal interviews include a panel of current "
              "Nursing Assistants and two of our CNAs.")
    report = check_document(read_text(advert))
    assert report.role.kind == "other", report.role.why
    assert report.verdict(PANEL).verdict == "not-applicable"


def test_panel_evidence_is_the_question_about_who_selects_and_its_answer() -> None:
    text = ("Peer Support Worker\n\nFrequently asked questions\n\nWho will be on the interview panel? "
            "Our Service Lead and someone from HR.\n\nCan I work part time? Yes, and we can discuss hours at interview.")  # fmt: skip
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == "not-met"
    assert [e.text for e in verdict.evidence] == ["Who will be on the interview panel?", "Our Service Lead and someone from HR."]


BARE_YES = [
    # a bare yes to a question about peers on the panel: the sentence after it, about the panel, is
    # quoted too (it says what the yes means)
    ("Peer Worker\n\nFAQ\n\nWill there be people with lived experience on the panel? Yes.\n\nEvery interview "
     "panel for our peer roles includes a Peer Lead.", "Every interview panel"),
    ("Peer Mentor\n\nQ: Is a peer worker on the interview panel?\n\nA: Yes, always.\n\nOur Senior Peer Mentor sits "
     "on every panel.", "Our Senior Peer Mentor"),
    # twins: a reply that says more, or a next sentence about something else, is quoted alone
    ("Peer Worker\n\nFAQ\n\nWill there be people with lived experience on the panel? Yes, one of our peer workers "
     "sits on every panel.\n\nEvery interview panel also includes a manager.", "Yes, one of our"),
    ("Peer Worker\n\nFAQ\n\nWill there be people with lived experience on the panel? Yes.\n\nParking is free "
     "on site.", "Yes."),
]


@pytest.mark.parametrize(("text", "last"), BARE_YES)
def test_panel_evidence_reads_past_a_bare_yes(text: str, last: str) -> None:
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == "met", verdict.why
    assert verdict.evidence[0].text.endswith("panel?"), [e.text for e in verdict.evidence]
    assert verdict.evidence[-1].text.startswith(last), [e.text for e in verdict.evidence]


@pytest.mark.parametrize("text", [
    "Peer Worker\n\nOur service was rated outstanding by inspectors.\n\nHelp tenants get on the housing register.",
    "Peer Mentor\n\nSupport people to prepare for a medical examination.",
])
def test_a_rating_that_is_not_the_selection_describes_none(text: str) -> None:
    # twins of the merit system's rating (rows of EVIDENCE): the service's rating, the people's register
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == "not-met"
    assert not verdict.evidence and "not described" in verdict.why


def test_principle_evidence_is_a_sentence_not_a_heading_or_slogan() -> None:
    text = ("Peer Mentor\n\nHope. Recovery. Connection.\n\n## Hope and boundaries\n\n"
            "You will inspire hope that recovery is possible and keep clear, healthy boundaries.")  # fmt: skip
    verdict = verdict_of(text, PP)
    assert verdict.verdict == "partly-met"
    assert [e.text for e in verdict.evidence] == [
        "You will inspire hope that recovery is possible and keep clear, healthy boundaries."
    ]


@pytest.mark.parametrize(
    ("text", "criterion", "evidence"),
    [
        # the panel's evidence is the sentence describing selection, not its heading
        ("Peer Support Worker\n\nInterview process\n\n"
         "Interviews will be held with the team manager and a clinical psychologist.", PANEL,
         "Interviews will be held with the team manager and a clinical psychologist."),
        # the adjacent professions' evidence is the duty sentence
        ("Peer Recovery Coach\n\nWe are a friendly team.\n\nDuties\n\n"
         "- Collect urine samples for drug screens and report results to the court.\n- Run peer groups.", ADJ,
         "Collect urine samples for drug screens and report results to the court."),
    ],
    ids=["panel", "adjacent"],
)  # fmt: skip
def test_not_met_evidence_is_the_sentence_not_its_heading(text: str, criterion: str, evidence: str) -> None:
    verdict = verdict_of(text, criterion)
    assert verdict.verdict == "not-met"
    assert verdict.evidence[0].text == evidence


def test_substitution_evidence_is_quoted_under_both_criteria() -> None:
    text = "Peer Worker\n\nLived experience of homelessness or equivalent professional experience is essential."
    le, adj = verdict_of(text, LE), verdict_of(text, ADJ)
    assert le.evidence[0].text == adj.evidence[0].text == (
        "Lived experience of homelessness or equivalent professional experience is essential."
    )


def test_placeholders_in_a_template_are_not_read_as_content() -> None:
    text = ("# Peer Worker Position Description\n\n**Position purpose**: [Brief statement - e.g., "
            "\"drawing on lived experience to support people who use drugs\"]\n\n"
            "Duties: [e.g., write care plans for each client]")  # fmt: skip
    report = check_document(read_text(text), role="peer")
    assert report.verdict(LE).verdict == "not-met"
    assert report.verdict(ADJ).verdict == "met"


WHOSE = [
    ("You must support parents of children with emotional needs.", "not-met"),
    ("You will help carers of people with dementia to find respite.", "not-met"),
    ("You must be the parent or caregiver of a child with emotional or behavioral needs.", "met"),
    ("Applicants must be a family member of someone with a mental health condition.", "met"),
    ("Must be a self-identified consumer of mental health services.", "met"),
    ("You must be a person in recovery from a substance use disorder.", "met"),
]


@pytest.mark.parametrize(("text", "expected"), WHOSE, ids=[t[:60] for t, _ in WHOSE])
def test_whose_experience(text: str, expected: str) -> None:
    verdict = verdict_of("Family Peer Advocate\n\n" + text, LE)
    assert verdict.verdict == expected, verdict.why


def test_a_served_persons_sharing_is_not_the_peers_disclosure() -> None:
    verdict = verdict_of("Peer Specialist\n\nYou will run groups that allow veterans to share their experiences.", PP)
    assert verdict.verdict == "not-met", verdict.why
    verdict = verdict_of("Peer Specialist\n\nYou will share your own experiences to build connection.", PP)
    assert verdict.verdict == "partly-met", verdict.why


def test_a_field_label_alone_does_not_describe_the_selection_process() -> None:
    verdict = verdict_of("Peer Support Worker\n\n- Interview date\n- 25/09/2025\n\nYou will run groups.", PANEL)
    assert verdict.verdict == "not-met"
    assert verdict.evidence == ()
    assert "not described" in verdict.why


@pytest.mark.parametrize("title", ["Lived Experience Peer Cadet Program", "Lived Experience Practitioner (Mental Health)"])
def test_a_title_line_is_neither_a_requirement_nor_the_evidence(title: str) -> None:
    text = f"{title}\n\nThis is an opportunity for people with lived experience of mental health challenges."
    verdict = verdict_of(text, LE)
    assert verdict.verdict == "partly-met"
    assert [e.text for e in verdict.evidence] == [
        "This is an opportunity for people with lived experience of mental health challenges."
    ]
    assert verdict_of(title + "\n\nYou will run groups.", LE).verdict == "not-met"


@pytest.mark.parametrize(("row", "expected"), [
    # the kind named only in the row's Desirable cell is not the kind the Essential cell requires
    ("| Lived experience | Personal lived experience and the ability to use it at work "
     "| Lived experience of an eating disorder |", "partly-met"),
    ("| Experience | Your own lived experience, used with purpose | Lived experience of psychosis or bipolar "
     "disorder |", "partly-met"),
    # twins: the kind in the row's own label, or in the Essential cell, names it
    ("| Lived experience of mental ill health | Personal lived experience and the ability to use it at work "
     "| Peer work certificate |", "met"),
    ("| Experience | Your own lived experience of gambling harm | Lived experience of psychosis |", "met"),
])
def test_a_kind_named_only_in_the_desirable_cell_does_not_name_the_essential_kind(row: str, expected: str) -> None:
    text = f"Peer Support Worker\n\n| Area | Essential | Desirable |\n| --- | --- | --- |\n{row}\n"
    verdict = verdict_of(text, LE)
    assert verdict.verdict == expected, verdict.why


def test_blind_set_classes_quote_the_deciding_sentence() -> None:
    """The sentence that decided the verdict is its evidence: the drift the role is kept from,
    the qualification that only stands in for other experience, the panel label's make-up."""
    advert = ("Senior Peer Worker\n\nThis is not a clinical post. You will keep the team from drifting into care "
              "co-ordination.\n\nThe interview panel\n\nOur manager and a Peer Support Worker.")
    adj = verdict_of(advert, ADJ)
    assert adj.verdict == "met" and any("drifting into care" in e.text for e in adj.evidence)
    panel = verdict_of(advert, PANEL)
    assert panel.verdict == "met" and [e.text for e in panel.evidence][-1] == "Our manager and a Peer Support Worker."
    optional = verdict_of("Peer Support Supervisor\n\nTwo years of supervisory experience are required. A master's "
                          "degree in social work may substitute for one year of that experience.", ADJ)
    assert optional.verdict == "met" and "may substitute" in optional.evidence[0].text
    negated = verdict_of("Peer Mentor\n\nYou will not be asked to conduct drug screens or report missed "
                         "appointments to probation.", ADJ)
    assert negated.verdict == "met" and "drug screens" in negated.evidence[0].text


def test_the_alternative_qualification_is_the_evidence() -> None:
    verdict = verdict_of("Peer Support Worker\n\nSelection criteria\n\n- Lived experience of gambling harm, or a "
                         "Diploma of Counselling.\n- A driver licence.", LE)
    assert verdict.verdict == "not-met" and "Diploma of Counselling" in verdict.why
    assert "Lived experience of gambling harm, or a Diploma of Counselling." in verdict.evidence[0].text


# --- the evidence is the sentence that decided: (criterion, advert, verdict, how its first
# evidence sentence starts) ---

EVIDENCE = [
    # the worker's own story named in one bullet and shared by a pronoun in the next: the bullet that
    # names the story is quoted first (then the one that shares it)
    (PP, "Peer Support Worker\n\nWhat you bring:\n- Your own story of recovery.\n- You will share it when it "
         "helps someone.", "partly-met", "Your own story of recovery."),
    # the peer work set against a named profession's, or grounded in experience rather than expertise:
    # that statement is the evidence for met, before a peer credential (set105)
    (ADJ, "Family Peer Advocate\n\nOur advocacy rests on shared experience rather than professional expertise.\n\n"
          "Credentialed Family Peer Advocate or able to obtain the credential.", "met", "Our advocacy rests on shared"),
    (ADJ, "Peer Support Worker\n\nPeer work here is different from counselling or social work.\n\nYou will not give "
          "medication.", "met", "Peer work here is different"),
    # a professional designation, licence or registration not required, the verb before it ("We do not
    # require a clinical or professional designation", "doesn't require clinical licensure"): quoted for met
    (ADJ, "Peer Support Coordinator\n\nYou will lead our peer team. We do not require a clinical or professional "
          "designation.", "met", "We do not require a clinical or professional designation."),
    (ADJ, "Peer Recovery Specialist\n\nThe position doesn't require clinical licensure or a degree.", "met",
     "The position doesn't require clinical licensure"),
    (ADJ, "Peer Worker\n\nNo professional registration is needed for this kaimahi role.", "met",
     "No professional registration is needed"),
    # a qualifications row whose cell asks for nothing ("Qualifications | None required", "Education | Not
    # required"): the advert says no professional qualification is asked for, quoted for met
    (ADJ, "Carer Peer Support Worker\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n| Experience | Lived "
          "experience of caring for a relative | Running groups |\n| Qualifications | None required | Peer support "
          "training |", "met", "None required"),
    (ADJ, "Peer Specialist\n\n| Area | Requirement |\n|---|---|\n| Education | Not required |\n| Experience | Personal "
          "experience of recovery from addiction |", "met", "Not required"),
    (ADJ, "Peer Worker\n\n| Criteria | Essential |\n|---|---|\n| Formal qualifications | Nil |\n| Lived experience | "
          "Lived experience of mental distress |", "met", "Nil"),
    # the same as the value of a qualifications label on its own line ("Professional qualification: none
    # required for this post", "...: N/A"): the label asks for nothing, quoted for met (set186 nu02)
    (ADJ, "Senior Peer Worker\n\nProfessional registration: not needed for this position", "met",
     "Professional registration: not needed for this position"),
    (ADJ, "Peer Mentor\n\nProfessional qualification - N/A\n\nLived experience of recovery is essential.", "met",
     "Professional qualification - N/A"),
    # twins: a label whose value names a qualification still asks for it
    (ADJ, "Peer Worker\n\nProfessional qualification: RMN required", "not-met", "Professional qualification: RMN required"),
    (ADJ, "Peer Worker\n\nProfessional qualification: none required, but a social work degree is essential", "not-met",
     "Professional qualification: none required, but"),
    # ... and a value that ends its clause before another ("...: none required, but a nursing degree is an
    # advantage"): the label asks nothing, the clause after it is read on its own (desirable: partly met)
    (ADJ, "Peer Worker\n\nLived experience of psychosis is essential.\n\nProfessional qualification: none required, but "
          "a nursing degree is an advantage.", "partly-met",
     "Professional qualification: none required, but a nursing degree"),
    (ADJ, "Peer Mentor\n\nLived experience of recovery is essential.\n\nProfessional registration: not needed; a "
          "counselling diploma would be welcome.", "partly-met",
     "Professional registration: not needed; a counselling diploma"),
    # the duties denied by their bare verbs ("Our kaimahi do not assess risk, manage medication or coordinate
    # care"): quoted for met before a heading that says the same (blind set 144 me07)
    (ADJ, "Peer Support Kaimahi\n\nTHIS IS NOT A CLINICAL ROLE\n\nOur kaimahi do not assess risk, manage medication "
          "or coordinate care. Those tasks sit with the clinical team.", "met", "Our kaimahi do not assess risk"),
    # the post set against another profession's post by "one" ("This is a peer role, not a clinical one",
    # "a lived experience position rather than a nursing one"): quoted for met
    (ADJ, "Lived Experience Worker\n\nThis is a peer role, not a clinical one.\n\nYou will run a weekly recovery "
          "group.", "met", "This is a peer role, not a clinical one."),
    (ADJ, "Peer Specialist\n\nThis is a lived experience position rather than a counseling one.", "met",
     "This is a lived experience position rather"),
    (ADJ, "Peer Support Worker\n\nIt is a peer post, not a nursing one, and you will never give medication.", "met",
     "It is a peer post, not a nursing one"),
    # the worker's own story and its sharing by a pronoun in the next sentence (stop 30): both quoted,
    # the story first; and lived experience set aside in a condition: the condition's sentence
    (PP, "Peer Worker\n\nYou have your own story. You will share it when it helps people.", "partly-met",
     "You have your own story."),
    (LE, "Peer Worker\n\nLived experience of psychosis is essential.\n\nIf you don't have lived experience, a "
         "diploma in nursing will also be considered.", "not-met", "If you don't have lived experience"),
    (LE, "Peer Worker\n\nEssential\n\n- Lived experience of psychosis is required; in exceptional cases, equivalent "
         "professional experience may be accepted.", "not-met", "Lived experience of psychosis is required; in exceptional"),
    # peer work said to differ from the professions it names (blind set 125): what the role is not,
    # quoted before a denied cover duty; twin: two other disciplines set side by side
    (ADJ, "Lived Experience Lead\n\n- You will not be asked to cover staffing gaps.\n- Help managers see how peer "
          "work differs from nursing and occupational therapy.", "met", "Help managers see how peer work differs"),
    (ADJ, "Peer Support Worker\n\nYou will never be used to cover shifts on the ward.\n\nPeer support is distinct "
          "from counselling and psychotherapy: it rests on shared experience.", "met",
     "Peer support is distinct from counselling"),
    (ADJ, "Peer Support Worker\n\nDuring induction you will learn how nursing differs from social work.\n\nYou will "
          "not be asked to cover staffing gaps.", "met", "You will not be asked to cover staffing gaps"),
    # a helping job required while lived experience is one route among others (blind set 125): the
    # job's line is the evidence, not a "non-clinical" duty
    (ADJ, "Lived Experience Worker\n\nYou will provide non-clinical support to families.\n\nKey selection criteria"
          "\n\n1. Lived, living or learned experience of self-harm.\n2. Demonstrated experience in a disability "
          "support role.", "not-met", "Demonstrated experience in a disability support role"),
    (ADJ, "Recovery Coach\n\nEssential\n\n- Experience of helping adults in a caring or support capacity, paid or "
          "unpaid.\n\nDesirable\n\n- Personal experience of recovery from alcohol use.", "not-met",
     "Experience of helping adults in a caring or support capacity"),
    # ... set against named professions' work or theirs, or grounded in experience instead of training
    (ADJ, "Mentoring at our service is distinct from casework or therapy.", "met", "Mentoring at our service is distinct"),
    (ADJ, "You sit beside the psychologists, but your role is different from theirs.", "met",
     "You sit beside the psychologists, but your role is different"),
    (ADJ, "The work draws on lived experience instead of clinical training.", "met", "The work draws on lived experience"),
    # the post named and set against another profession after a comma (blind set 96): what the role
    # is not, quoted for met; not another person set against one
    (ADJ, "Peer Mentor\n\nYou will be a mentor, not a probation officer: you do not report on the people you work "
          "with.\n\nMentoring Certificate (we provide).", "met", "You will be a mentor, not a probation officer"),
    (ADJ, "Peer Mentor\n\nYou are a peer, not a case manager.\n\nA Certificate IV in Mental Health Peer Work is "
          "required.", "met", "You are a peer, not a case manager"),
    (ADJ, "Recovery Coach\n\nAs a recovery coach, not a counsellor, you walk beside people.", "met",
     "As a recovery coach, not a counsellor"),
    # the post guarding the peer role itself (blind set 93): quoted before the peer credential
    (ADJ, "Peer Recovery Supervisor\n\n- Protect the peer role: push back when partner agencies ask specialists to "
          "drug-test or act as case managers.\n\nTennessee Certified Peer Recovery Specialist (CPRS) required.", "met",
     "Protect the peer role"),
    (ADJ, "Lead Peer Specialist\n\nSafeguard our peer model against clinical drift.\n\nA Certified Peer Specialist "
          "credential is required.", "met", "Safeguard our peer model"),
    # the organisation's own programmes named before the post's duty: the duty decides
    (ADJ, "Recovery Coach\n\nBrightwater Health runs care coordination and a detox unit.\n\nYou will complete "
          "formal risk assessments with each new client.", "not-met", "You will complete formal risk assessments"),
    # a ward duty after peer work (blind sets 26-28)
    (ADJ, "Peer Support Worker\n\nOffer peer support on the ward.\n\nEscort patients on ground leave when asked.",
     "not-met", "Escort patients on ground leave"),
    # cover for other staff; other experience giving the transferable skills (blind sets 29-31)
    (ADJ, "Peer Support Worker\n\nOffer peer support on the unit.\n\nCover reception when admin staff are on "
          "leave.", "not-met", "Cover reception"),
    (ADJ, "Peer Support Worker\n\nYou will not need a degree. A year in retail will give you the transferable "
          "skills you need.", "not-met", "A year in retail will give you the transferable skills"),
    # a denial after a condition on a credential the applicant may hold (blind set 77)
    (ADJ, "Peer Mentor\n\nIf you happen to have a nursing degree, you will not be asked to use it in this job.", "met",
     "If you happen to have a nursing degree"),
    # a named risk instrument; equivalent experience; keeping people on their medication (blind sets 32-34)
    (ADJ, "Peer Support Worker\n\nWalk alongside people after release.\n\nComplete the LSI-R with each client at "
          "intake.", "not-met", "Complete the LSI-R"),
    (ADJ, "Peer Support Worker\n\nOffer hope and connection.\n\nLived experience of psychosis is preferred; we also "
          "welcome applicants with comparable experience in aged care.", "not-met", "Lived experience of psychosis"),
    (ADJ, "Peer Support Worker\n\nRun the Tuesday walking group.\n\nHelp people keep taking their tablets after "
          "discharge.", "not-met", "Help people keep taking"),
    # a level-of-care assessment; the panel set out after "will be:" (blind sets 38-39)
    (ADJ, "Peer Recovery Coach\n\nMeet patients after an overdose.\n\nCompletes ASAM level-of-care assessments and "
          "records them.", "not-met", "Completes ASAM"),
    (PANEL, "Peer Support Worker\n\nHow to apply\n\nInterviews are in person. The panel will be: Team Manager and a "
            "member of our Lived Experience Advisory Panel.", "met", "The panel will be:"),
    # blind sets 35-37 (were tests/test_route_and_duty_classes.py): the hospital's response to aggression by
    # its code or team, and patient escorts; timed checks helping a nurse
    (ADJ, "Peer Support Worker\n\nYour duties include responding to Code Grey calls on the unit.", "not-met",
     "Your duties include responding to Code Grey"),
    (ADJ, "Peer Support Worker\n\nJoin the hospital's behavioral emergency response team and attend Code Gray calls.",
     "not-met", "Join the hospital's behavioral emergency response"),
    (ADJ, "Peer Support Worker\n\nTake on PMVA team duties when required.", "not-met", "Take on PMVA"),
    (ADJ, "Peer Support Worker\n\nCarry out patient escorts between wards.", "not-met", "Carry out patient escorts"),
    (ADJ, "Peer Support Worker\n\nSupport the night nurse with two-hourly bed checks.", "not-met",
     "Support the night nurse with two-hourly bed checks"),
    (ADJ, "Peer Support Worker\n\nAssist ward staff with 15-minute safety checks.", "not-met",
     "Assist ward staff with 15-minute safety checks"),
    (ADJ, "Peer Support Worker\n\nHelp the charge nurse with hourly welfare checks on the unit.", "not-met",
     "Help the charge nurse with hourly welfare checks"),
    (ADJ, "Peer Support Worker\n\nYou will do visual checks on residents every 30 minutes.", "not-met",
     "You will do visual checks"),
    # adjacent professions, blind sets 5-9 (were tests/test_adjacent_classes.py): the duty, route or
    # qualification that decided
    (ADJ, "Peer Support Worker\n\n" + "Desirable: registered health professional (nursing, social work or occupational therapy).",
     "partly-met", "Desirable: registered"),
    (ADJ, "Peer Support Worker\n\n" + "Registered healthcare practitioner status would be an advantage.",
     "partly-met", "Registered"),
    (ADJ, "Peer Support Worker\n\n" + "Essential: registered health professional.",
     "not-met", "Essential: registered"),
    (ADJ, "Peer Support Worker\n\n" + "You must be a registered clinician.",
     "not-met", "You"),
    (ADJ, "Peer Support Worker\n\n" + "A psychology, nursing or counselling registration would be an advantage.",
     "partly-met", "A"),
    (ADJ, "Peer Support Worker\n\n" + "Essential: current counselling or psychotherapy licence.",
     "not-met", "Essential: current"),
    (ADJ, "Peer Support Worker\n\n" + "Complete the service's risk assessment paperwork for everyone on your caseload.",
     "not-met", "Complete the service's risk assessment"),
    (ADJ, "Peer Support Worker\n\n" + "Update the Trust's risk assessment records after every home visit.",
     "not-met", "Update the Trust's risk assessment"),
    (ADJ, "Peer Support Worker\n\n" + "Carry out hourly welfare checks on residents overnight.",
     "not-met", "Carry out hourly welfare checks"),
    (ADJ, "Peer Support Worker\n\n" + "Completes 30-minute safety rounds on the unit and records them on the observation chart.",
     "not-met", "Completes 30-minute safety rounds"),
    (ADJ, "Peer Support Worker\n\n" + "Do safety checks of bedrooms at night.",
     "not-met", "Do safety checks"),
    (ADJ, "Peer Support Worker\n\n" + "Cover the unit rota when staffing is short.",
     "not-met", "Cover the unit rota"),
    (ADJ, "Peer Support Worker\n\n" + "Be counted in the staffing numbers on night shifts.",
     "not-met", "Be counted in the staffing numbers"),
    (ADJ, "Peer Support Worker\n\n" + "Work as an additional staff member on the floor during busy periods.",
     "not-met", "Work as an additional staff member"),
    (ADJ, "Peer Support Worker\n\n" + "Other duties as directed by the shift nurse.",
     "not-met", "Other duties as directed by the shift nurse"),
    (ADJ, "Peer Support Worker\n\n" + "Backfill shifts on the inpatient unit when needed.",
     "not-met", "Backfill"),
    (ADJ, "Peer Support Worker\n\n" + "Undertake and document risk assessments for your caseload.",
     "not-met", "Undertake and document risk assessments"),
    (ADJ, "Peer Support Worker\n\n" + "Peer Support Workers provide 1:1 observations on the ward.",
     "not-met", "Peer Support Workers provide 1:1 observations"),
    (ADJ, "Peer Support Worker\n\n" + "Encourage tenants to stick with their methadone script.",
     "not-met", "Encourage tenants to stick with their methadone script"),
    (ADJ, "Peer Support Worker\n\n" + "Remind clients to stay on their prescribed regime.",
     "not-met", "Remind clients to stay on their prescribed regime"),
    (ADJ, "Peer Support Worker\n\n" + "Essential: lived experience of suicidal distress, or learnt experience from working "
          "in crisis services.",
     "not-met", "Essential: lived experience of suicidal distress, or learnt experience"),
    (ADJ, "Peer Support Worker\n\n" + "Lived experience of homelessness or learned experience gained through professional "
          "practice is essential.",
     "not-met", "Lived experience of homelessness or learned experience"),
    (ADJ, "Peer Support Worker\n\n" + "Contribute to needs assessments led by the social worker, helping families say what they want.",
     "partly-met", "Contribute to needs "),
    (ADJ, "Peer Support Worker\n\n" + "Help the practice pharmacist with medication reviews for older people.",
     "partly-met", "Help the practice ph"),
    (ADJ, "Peer Support Worker\n\n" + "Assist the ward doctor in explaining medication changes to patients.",
     "partly-met", "Assist the ward doct"),
    (ADJ, "Peer Support Worker\n\n" + "Support the community nurse in going through a person's discharge letter with them.",
     "partly-met", "Support the communit"),
    (ADJ, "Peer Support Worker\n\n" + "Assists the clinical team in carrying out each veteran's recovery plan.",
     "partly-met", "Assists the clinical"),
    (ADJ, "Peer Support Worker\n\n" + "Help our psychiatric team to prepare people for their ward round.",
     "partly-met", "Help our psychiatric"),
    (ADJ, "Peer Support Worker\n\n" + "Do two-hourly welfare bed checks through the night shift.",
     "not-met", "Do two-hourly welfare bed checks"),
    (ADJ, "Peer Support Worker\n\n" + "Carry out room safety checks every 30 minutes on the acute ward.",
     "not-met", "Carry out room safety checks"),
    (ADJ, "Peer Support Worker\n\n" + "Take part in observation rounds on the inpatient unit.",
     "not-met", "Take part in observation rounds"),
    (ADJ, "Peer Support Worker\n\n" + "Undertake half-hourly room safety checks in the respite house.",
     "not-met", "Undertake half-hourly room safety checks"),
    (ADJ, "Peer Support Worker\n\n" + "Complete standardised screening questionnaires with each new referral.",
     "not-met", "Complete standardised screening questionnaires"),
    (ADJ, "Peer Support Worker\n\n" + "Conduct the K10 and other structured screening tools at intake.",
     "not-met", "Conduct the K10"),
    (ADJ, "Peer Support Worker\n\n" + "Use the Kessler with tangata whaiora at their first hui.",
     "not-met", "Use the Kessler"),
    (ADJ, "Peer Support Worker\n\n" + "Administer the AUDIT-C and other validated screening instruments at the front desk.",
     "not-met", "Administer the AUDIT-C"),
    (ADJ, "Peer Support Worker\n\n" + "The role excludes giving medication, clinical assessments and care coordination.",
     "met", "The role excludes giving "),
    (ADJ, "Peer Support Worker\n\n" + "This position excludes administering medication or completing risk assessments.",
     "met", "This position excludes ad"),
    (ADJ, "Peer Support Worker\n\n" + "Excluded from this post: restraint, enhanced observations and room searches.",
     "met", "Excluded from this post: "),
    (ADJ, "Peer Support Worker\n\n" + "Restraint and enhanced observations fall outside the scope of the peer role.",
     "met", "Restraint and enhanced ob"),
    (ADJ, "Peer Support Worker\n\n" + "Dispensing medication is not part of the kaimahi role.",
     "met", "Dispensing medication is "),
    (ADJ, "Peer Support Worker\n\n" + "Medication administration and restraint are excluded from the peer support position.",
     "met", "Medication administration"),
    (ADJ, "Peer Support Worker\n\n" + "You are not required or expected to give medication, take bloods or write care plans.",
     "met", "You are not required or e"),
    (ADJ, "Peer Support Worker\n\n" + "Peer mentors are neither asked nor expected to conduct intake assessments, take "
          "bloods or restrain anyone.",
     "met", "Peer mentors are neither "),
    (ADJ, "Peer Support Worker\n\n" + "Make sure participants on the opioid treatment program take their doses as prescribed.",
     "not-met", "Make sure"),
    (ADJ, "Peer Support Worker\n\n" + "You will make sure tenants in the supported flats take their medication every evening.",
     "not-met", "You will"),
    (ADJ, "Peer Support Worker\n\n" + "Ensure residents on the methadone programme take their script as directed.",
     "not-met", "Ensure residents"),
    (ADJ, "Peer Support Worker\n\n" + "Ensure young people follow through on their clinician's recommendations.",
     "not-met", "Ensure young"),
    (ADJ, "Peer Support Worker\n\n" + "Make sure whānau carry out the treatment plan agreed with the psychiatrist.",
     "not-met", "Make sure"),
    (ADJ, "Peer Support Worker\n\n" + "Ensuring carers act on all medical advice given at discharge.",
     "not-met", "Ensuring carers"),
    (ADJ, "Peer Support Worker\n\n" + "Deliver NDIS support coordination to a caseload of 20 participants.",
     "not-met", "Deliver NDIS support coordinat"),
    (ADJ, "Peer Support Worker\n\n" + "The worker also holds a support coordination caseload.",
     "not-met", "The worker also holds a support coordinat"),
    (ADJ, "Peer Support Worker\n\n" + "You will provide specialist support coordination for people with psychosocial disability.",
     "not-met", "You will provide specialist support coordinat"),
    (ADJ, "Peer Support Worker\n\n" + "At times you will act as support coordinator for participants without one.",
     "not-met", "At times you will act as support coordinat"),
    (ADJ, "Peer Support Worker\n\n" + "Lived experience of homelessness is essential.\n\nNo lived experience? Alternatively, "
          "two years' experience of working in housing support will be considered.",
     "not-met", "Alternatively"),
    (ADJ, "Peer Support Worker\n\n" + "Desirable\n\n- Group work\n\nOtherwise, experience supporting young people in a school "
          "setting is accepted in its place.",
     "not-met", "Otherwise"),
    (ADJ, "Peer Support Worker\n\n" + "Lived experience of gambling harm. Alternatively, significant experience gained in "
          "financial counselling.",
     "not-met", "Alternatively"),
    # panel (were tests/test_panel_classes.py): a seat on a named kind of panel; someone who has used
    # services on the panel
    (PANEL, "Peer Support Worker\n\n" + "A person with lived experience, usually our Peer Work Coordinator, will be on the selection panel.",
     "met", "A person with lived experience, usually our Peer Work Coordinator, will be on the selection panel."),
    (PANEL, "Peer Support Worker\n\n" + "One of our recovery coaches sits on every hiring committee.",
     "met", "One of our recovery coaches sits on every hiring committee."),
    (PANEL, "Peer Support Worker\n\n" + "A kaimahi with lived experience - often the team's senior peer - is on each interview panel.",
     "met", "A kaimahi with lived experience - often the team's senior peer - is on each interview panel."),
    (PANEL, "Peer Support Worker\n\n" + "Our interview panel always includes someone who has used mental health services.",
     "met", "Our interview panel always includes someone who has used mental health services."),
    (PANEL, "Peer Support Worker\n\n" + "The panel will be made up of the manager, a person who has accessed our services and an HR adviser.",
     "met", "The panel will be made up of the manager, a person who has accessed our services and an HR adviser."),
    # blind sets 13-15 (were tests/test_panel_adjacent_classes3.py): a negated predicate after a list, a
    # qualification helpful but not necessary, a negated duty beside a contribution to planning,
    # covering the floor at handover, the panel's make-up as a label, an informal chat as the selection
    (ADJ, "Peer Mentor\n\nYou will run groups. Licensure as an RSW, RPN or RN is not required for this position.",
     "met", "Licensure as an RSW"),
    (ADJ, "Peer Worker\n\nYou will run groups.\n\nA Master of Social Work is helpful, though not necessary.",
     "partly-met", "A Master of Social Work"),
    (ADJ, "Peer Navigator\n\nYou will not carry out risk assessments, but you will contribute your recovery "
          "perspective to the team's treatment planning. You will run a walking group.", "partly-met",
     "You will not carry out"),
    (ADJ, "Peer Support Worker\n\nYou will run groups.\n\nDuties\n\n- Cover the floor while the nurses are at "
          "handover.", "not-met", "Cover the floor"),
    (PANEL, "Peer Worker\n\nHow we hire\n\nInterviews are relaxed. Selection panel: Service Manager, Peer Support "
            "Lead and HR Business Partner.", "met", "Selection panel:"),
    (PANEL, "Peer Mentor\n\nHow to apply\n\nFill in our form. You'll then be invited for an informal chat with two "
            "of our team, one of whom began as a peer support worker.", "met", "You'll then be invited"),
    # what makes the role different, said in other words: the evidence of met
    (ADJ, "Peer Worker\n\nYou will run groups. This post is separate from nursing and social work roles.", "met",
     "This post is separate"),
    (ADJ, "Peer Mentor\n\nYou will run groups. We do not ask for any qualifications.", "met", "We do not ask"),
    (ADJ, "Peer Navigator\n\nYou will run groups. We don't expect a degree or registration.", "met",
     "We don't expect"),
    (ADJ, "Kaimahi Peer Support\n\nYou will run groups. Peer workers sit alongside, not inside, the clinical team.",
     "met", "Peer workers sit alongside"),
    (ADJ, "Peer Specialist\n\nYou will run groups. Our peer workers are not part of the treating team.", "met",
     "Our peer workers are not part"),
    # ... beside clinical leadership, structures or services, not within them (blind set 110)
    (ADJ, "Lived Experience Lead\n\nYou will run groups. This post sits alongside, not within, clinical leadership.",
     "met", "This post sits alongside"),
    (ADJ, "Peer Worker\n\nYou will run groups. Peer workers sit outside, not inside, the clinical structure.", "met",
     "Peer workers sit outside"),
    # blind sets 52-57: the gathering with people served before a staff interview decides partly
    # met; the panel drawn from a group described between dashes decides met
    (PANEL, "Peer Support Kaimahi\n\nHow to apply\n\nApply online by 3 March. Shortlisted candidates are invited to "
            "a hui with our whānau reference rōpū, and interviews follow with the Clinical Lead and a trustee.",
     "partly-met", "Shortlisted candidates are invited to a hui"),
    (PANEL, "Recovery Coach\n\nSelection\n\nApply by email. Interviews are run by a panel from our Recovery Café "
            "Collective — volunteers and members who are in stable recovery — with the Programme Manager.",
     "met", "Interviews are run by a panel"),
    (PP, "Peer Support Worker\n\nPerson specification\n\n- Lived experience of psychosis.\n- Willingness to "
         "share that experience safely with the people we support.", "partly-met", "Willingness to share that"),
    (PP, "Peer Worker\n\nYou will walk beside people on the ward and model that a meaningful life is possible.",
     "partly-met", "You will walk beside people"),
    # blind sets 60-63: the selection sentence that refers back to the group decides, not the
    # sentence that names it
    (PANEL, "Peer Mentor\n\nSelection\n\nOur Survivors Voice Network wrote the questions for this post. Shortlisted "
            "candidates spend an afternoon with the network on a walk round the refuge before the formal interview, "
            "which is held by two managers.", "partly-met", "Shortlisted candidates spend"),
    (PANEL, "Housing Peer Navigator\n\nSelection\n\nPlease send a resume by May 2. Applicants selected for "
            "interview are also invited to a picnic with tenants of our supported housing project, who tell the "
            "hiring team what they thought.", "partly-met", "Applicants selected for interview are also invited"),
    (PP, "Peer Worker (AOD)\n\nYou will sit with people in their first days, share how you found your way out, and "
         "be living proof that things can change.", "partly-met", "You will sit with people"),
    # a clinical task in a supporting position outranks a statement of what makes the role
    # different (clear-soil: met is "none of the above, and ideally ..."): partly met, and the
    # supporting task is the evidence
    (ADJ, "Peer Support Worker\n\nYou are someone patients can talk to who is not a nurse or a doctor.\n\n- Meet "
          "people on the ward.\n- Contribute to the team's care and discharge plans, under the guidance of the "
          "ward manager.", "partly-met", "Contribute to the team's care and discharge plans"),
    (ADJ, "Peer Specialist\n\nThis is not a clinical role.\n\n- Run the recovery group.\n- Participates in each "
          "client's treatment plan under direction of the psychiatrist.", "partly-met", "Participates in each"),
    # blind sets 64-65: the peer work set against clinical work ("rather than in assessment or
    # treatment") is what says the role is distinct, when nothing else decides
    (ADJ, "Peer Support Worker\n\nYou will offer support grounded in shared experience rather than in diagnosis "
          "or treatment.", "met", "You will offer support grounded in shared experience"),
    (ADJ, "Recovery Mentor\n\nOur mentors walk with people through their first year, instead of diagnosis "
          "or therapy.", "met", "Our mentors walk with people"),
    # twins: a clinical duty still decides; "rather than" set against no clinical work says nothing
    (ADJ, "Peer Support Worker\n\nYou will offer companionship rather than therapy.\n\nGive medication on the "
          "evening round.", "not-met", "Give medication"),
    # --- the post's own statement that it carries no clinical work or caseload (said with "no", or
    # without "clinical" before the noun) is what says the role is distinct, when nothing else decides
    # (bench/agreement.py --evidence: jdlint quoted nothing where the label quoted it) ---
    (ADJ, "Peer Mentor\n\nMeet young people at the drop-in in Leeds.\n\nThere are no clinical duties attached to "
          "this post.", "met", "There are no clinical duties"),
    (ADJ, "Recovery Navigator\n\nWalk with people leaving the county jail in Ohio.\n\nYou won't hold a caseload "
          "of your own.", "met", "You won't hold a caseload"),
    (ADJ, "Peer Support Worker\n\nVisit tenants across Cape Town.\n\nOur navigators do not provide clinical "
          "treatment, counselling or assessments.", "met", "Our navigators do not provide clinical"),
    (ADJ, "Family Peer Partner\n\nSit with parents at the children's clinic.\n\nYou will not be responsible for "
          "medicines, diagnosis or discharge planning.", "met", "You will not be responsible for medicines"),
    (ADJ, "Peer Support Worker\n\nBe alongside people in Dublin.\n\nPeer support is different from clinical work: "
          "it starts from shared experience.", "met", "Peer support is different from clinical work"),
    (ADJ, "Reentry Peer Mentor\n\nYou will meet people at the prison gate in Auckland as a companion, not as a "
          "monitor.", "met", "You will meet people at the prison gate"),
    # twins: a clinical duty or a required registration still decides, whatever the advert says of itself
    (ADJ, "Youth Peer Mentor\n\nMeet young people in Halifax.\n\nMentors don't do assessments or therapy; that is "
          "the psychologists' job.", "met", "Mentors don't do assessments"),
    (ADJ, "Peer Support Worker\n\nJoin the Adelaide eating disorders service.\n\nPeer workers do not weigh clients "
          "or check meal plans; those tasks belong to our dietitians.", "met", "Peer workers do not weigh clients"),
    (ADJ, "Family Peer Mentor\n\nSit with parents in Lyon.\n\nWhat we offer is peer support, not therapy.", "met",
     "What we offer is peer support, not therapy"),
    (ADJ, "Peer Support Worker\n\nWalk with people in Graz.\n\nRegistration with a professional body is not "
          "required.", "met", "Registration with a professional body is not required"),
    (ADJ, "Peer Mentor\n\nThere are no clinical duties attached to this post.\n\nGive medication on the evening "
          "round.", "not-met", "Give medication"),
    (ADJ, "Youth Peer Mentor\n\nMentors don't do assessments or therapy.\n\nEssential: a degree in psychology.",
     "not-met", "Essential: a degree in psychology"),
    (ADJ, "Peer Support Worker\n\nYou won't hold a caseload of your own.\n\nEssential: registration as a mental "
          "health nurse.", "not-met", "Essential: registration"),
    # --- a (senior) post guarding the peer role against drift into others' work says the role is
    # distinct, when nothing else decides ---
    (ADJ, "Lead Peer Practitioner\n\nSupervise the peer team in Glasgow.\n\nSpeak up with service managers "
          "against role drift.", "met", "Speak up with service managers against role drift"),
    (ADJ, "Peer Services Supervisor\n\nLead the Toronto peer team and help keep the peer role distinct within "
          "the wider clinic.", "met", "Lead the Toronto peer team"),
    (ADJ, "Senior Peer Worker\n\nWork with ward sisters so that peer workers are never used to fill gaps in the "
          "nursing rota.", "met", "Work with ward sisters"),
    # twin: a duty the advert denies is quoted before the weaker words about guarding the role
    (ADJ, "Peer Support Worker\n\nHelp keep the peer role distinct within the team in Leeds.\n\nYou will not be "
          "expected to give medication or do observations.", "met", "You will not be expected to give medication"),
    # twin: a qualification asked of the supervisor still decides
    (ADJ, "Peer Services Supervisor\n\nHelp keep the peer role distinct within the wider clinic.\n\nEssential: "
          "registration as a social worker.", "not-met", "Essential: registration"),
    # --- an interview "with" named people says who selects: quoted before a screening sentence when
    # no peer is among them ---
    (PANEL, "Peer Support Worker\n\nWalk with people in Sheffield.\n\nHow to apply\n\nApplications are screened "
            "by the recruitment team. Shortlisted applicants will have an interview with the Service Manager and the "
            "Lead Psychologist.", "not-met", "Shortlisted applicants will have an interview with"),
    (PANEL, "Peer Mentor\n\nWalk with people in Cork.\n\nApplications are sifted by the HR team. Those shortlisted "
            "will be invited to an interview with the Practice Manager and a GP partner.", "not-met",
     "Those shortlisted will be invited to an interview with"),
    # twins: "with" the candidates names no one who selects; a peer named after "with" still meets it
    (PANEL, "Peer Mentor\n\nWalk with people in Cork.\n\nApplications are screened by Human Resources. Interviews "
            "with shortlisted applicants are held on site.", "not-met", "Applications are screened by Human Resources"),
    (PANEL, "Peer Mentor\n\nWalk with people in Cork.\n\nApplications are sifted by the HR team. Those shortlisted "
            "will be invited to an interview with the Practice Manager and one of our peer mentors.", "met",
     "Those shortlisted will be invited to an interview with"),
    # --- a panel duty that ends a series of the post's duties joined by "and" is the post's own work
    # on other hires' panels, not this post's selection ---
    (PANEL, "Peer Support Team Leader\n\nKey duties\n\nRecruit and induct new peer workers, and sit on every peer "
            "recruitment panel.\n\nHow to apply\n\nThe interview panel includes the Operations Manager and the HR "
            "Adviser.", "not-met", "The interview panel includes the Operations Manager and the HR"),
    (PANEL, "Peer Team Leader\n\nCoach the peer team, and join interview panels for new mentors.\n\nSelection\n\n"
            "Interviews are with the Clinical Director and the HR adviser.", "not-met", "Interviews are with the Clinical"),
    # --- the same duty introduced by "including" after the post's own duty ("Lead recruitment of peer
    # workers, including sitting on panels") ---
    (PANEL, "Peer Team Lead\n\nResponsibilities\n\nOversee hiring for the peer team, including sitting on "
            "interview panels.\n\nSelection\n\nInterviews are with the Program Director and an HR partner.",
     "not-met", "Interviews are with the Program Director"),
    (PANEL, "Senior Peer Worker\n\nKey duties\n\nCoordinate recruitment of new peer workers, including joining "
            "selection panels.\n\nHow to apply\n\nThe panel will be the Service Manager and a People and "
            "Culture adviser.", "not-met", "The panel will be the Service Manager"),
    # twin: someone named as the subject of "including" still selects
    (PANEL, "Peer Support Worker\n\nHow to apply\n\nOur peer lead supports every hire, including sitting on the "
            "interview panel.", "met", "Our peer lead supports every hire"),
    # twins: a peer who is the sentence's subject selects ("Peer workers read ... and sit on the panel")
    (PANEL, "Peer Support Worker\n\nHow to apply\n\nPeer workers read every application and sit on the interview "
            "panel.", "met", "Peer workers read every application"),
    (PANEL, "Peer Support Worker\n\nHow to apply\n\nOur peer lead reads every application and sits on the "
            "interview panel.", "met", "Our peer lead reads every application"),
    # --- the qualification the advert names is a peer credential: quoted for a met verdict when nothing
    # else says the role is distinct ---
    (ADJ, "Consumer Peer Worker\n\nWalk with people in Wollongong.\n\nEssential: Certificate IV in Mental Health "
          "Peer Work, or willingness to complete it within a year.", "met", "Essential: Certificate IV in Mental"),
    (ADJ, "Peer Support Kaimahi\n\nTautoko tāngata whaiora in Rotorua.\n\nLevel 4 Certificate in Health and "
          "Wellbeing (Peer Support strand) is desirable.", "met", "Level 4 Certificate in Health and Wellbeing"),
    # twins: a professional qualification beside it still decides; a distinct-role statement comes first
    (ADJ, "Consumer Peer Worker\n\nEssential: Certificate IV in Mental Health Peer Work.\n\nEssential: current "
          "registration as a nurse.", "not-met", "Essential: current registration"),
    (ADJ, "Consumer Peer Worker\n\nEssential: Certificate IV in Mental Health Peer Work.\n\nThis role does not "
          "carry a caseload.", "met", "This role does not carry a caseload"),
    # a supervisor's cover of peer shifts is peer work: the desirable degree is what decides
    (ADJ, "Peer Support Supervisor\n\nSupervise the peer team in Perth.\n\nCover peer shifts when a mentor is off "
          "sick.\n\nA degree in social work is desirable.", "partly-met", "A degree in social work is desirable"),
    # --- the gerund of care co-ordination, cover of another profession's shift beside peer shifts, and a
    # qualification asked for after colleagues named by one, each decide with their own sentence ---
    (ADJ, "Peer Support Worker\n\nWalk with tenants in Swansea.\n\nYou will be care co-ordinating nine tenants "
          "across the city.", "not-met", "You will be care co-ordinating"),
    (ADJ, "Peer Support Worker\n\nMeet people on the ward in Cork.\n\nYou may cover peer and ward shifts at "
          "weekends.", "not-met", "You may cover peer and ward shifts"),
    (ADJ, "Peer Support Worker\n\nYou will work with our registered psychologists in Napier.\n\nEssential: a "
          "degree in social work.", "not-met", "Essential: a degree in social work"),
    # --- a personal history of its kind is the lived experience required: that sentence decides ---
    (LE, "Reentry Peer Mentor\n\nYou will meet people leaving jail in Tucson.\n\nThis job is only open to people "
         "with a personal history of incarceration.", "met", "This job is only open to people with a personal history"),
    (LE, "Peer Support Worker\n\nA driving licence is essential.\n\nYou must have your own history of "
         "homelessness in Wales or beyond.", "met", "You must have your own history of homelessness"),
    # --- a requirement said of other posts is not the evidence: this post's own requirement decides ---
    # --- a requirement that names no kind and the footnote that defines it: both are the evidence ---
    (LE, "Peer Support Worker\n\nYou must have lived experience.¹\n\n¹ For this role, lived experience means "
         "recovery from self-harm.", "met", "You must have lived experience."),
    (LE, "Peer Support Worker\n\nOur Peer Mentor vacancies are open only to people with lived experience of psychosis.\n\nLived experience "
         "of mental health challenges is desirable.", "not-met", "Lived experience of mental health challenges is"),
    # --- under a selection heading, whom the candidate meets, just before a sentence about "your
    # interview" that names no one, says who selects: that sentence is quoted first ---
    (PANEL, "Peer Support Worker\n\nWalk with parents in Regina.\n\nHow to apply\n\nSend us a short letter. You "
            "will meet with our Program Manager and Clinical Lead. We can arrange childcare for your interview.",
     "not-met", "You will meet with our Program Manager"),
    (PANEL, "Peer Mentor\n\nWalk with people in Bendigo.\n\nSelection process\n\nYou'll be meeting with the Team "
            "Leader and a psychologist. Your interview will last about 45 minutes.", "not-met",
     "You'll be meeting with the Team Leader"),
    # twins: a meeting outside a selection section (the first week's), or with no one named
    (PANEL, "Peer Mentor\n\nIn your first week you will meet with our Program Manager and Clinical Lead. We can "
            "arrange childcare for your interview.", "not-met", "We can arrange childcare"),
    (PANEL, "Peer Mentor\n\nHow to apply\n\nYou will meet with us for a coffee. Your interview will last about 45 "
            "minutes.", "not-met", "Your interview will last"),
    # --- what the role is not (a duty the advert denies) is quoted before what the applicant need
    # not hold ("No degree is required", an FAQ's "Do I need qualifications? No.") ---
    (ADJ, "Peer Mentor\n\nWalk with people after release.\n\nNo degree is required.\n\nYou will not be expected to "
          "give medication or carry out risk assessments.", "met", "You will not be expected to give medication"),
    (ADJ, "Peer Navigator\n\nDo I need qualifications? No.\n\nNavigators will not be expected to perform case "
          "management or crisis work.", "met", "Navigators will not be expected to perform case management"),
    # an FAQ's bare "No." is not quoted alone: the question, which names what is not needed, then
    # the sentence the reply goes on with (test_an_faqs_bare_no_is_not_quoted_alone)
    (ADJ, "Peer Support Worker\n\nDo I need a nursing qualification?\n\nNo.\n\nWe train you in peer support.",
     "met", "Do I need a nursing qualification?"),
    (ADJ, "Recovery Coach\n\nWill I have to hold a social work registration? No.\n\nYour own recovery is what "
          "qualifies you.", "met", "Will I have to hold a social work registration?"),
    (ADJ, "Peer Mentor\n\nDo I need a degree? No.", "met", "Do I need a degree?"),
    # twin: a reply with content after its no is quoted itself
    (ADJ, "Peer Mentor\n\nDo I need a degree? No, your experience is what matters.", "met",
     "No, your experience is what matters"),
    # what the role is not (a duty denied in an FAQ, a duty others do) before the FAQ's qualification answer
    (ADJ, "Family Peer Advocate\n\nDo I need a degree? No. What matters is your experience as a parent.\n\nWill I "
          "be doing therapy? No. Our clinicians provide therapy; your role is to support the parent.", "met",
     "Our clinicians provide therapy"),
    (ADJ, "Peer Mentor\n\nDo I need a degree? No, we train you.\n\nWill I be giving medication or doing risk "
          "assessments? No. The nurses on shift do that.", "met", "Will I be giving medication"),
    # twins: with no duty denied the qualification statement is quoted; a statement of the role
    # itself still comes first, wherever it stands
    (ADJ, "Peer Mentor\n\nWalk with people after release.\n\nNo degree is required.", "met", "No degree is required"),
    (ADJ, "Peer Mentor\n\nYou will not be expected to give medication.\n\nThis is not a clinical role.", "met",
     "This is not a clinical role"),
    # --- the post kept out of the clinical teams or the treatment's line, or the clinical work
    # named as the others' and denied to the peer in a clause of its own ---
    (ADJ, "Peer Support Worker\n\nWe also run a detox unit and a community nursing team. Peer workers link people to "
          "them but are not part of those teams.", "met", "Peer workers link people to them"),
    (ADJ, "Peer Specialist I\n\nIncumbents work beside clinic staff but are not part of the treatment planning "
          "chain.", "met", "Incumbents work beside clinic staff"),
    (ADJ, "Peer Mentor\n\nRun the Friday walking group.\n\nThe nurses on the ward hold the clinical caseload and "
          "discharge planning; the peer mentor does not.", "met", "The nurses on the ward hold"),
    (ADJ, "Peer Navigator\n\nMeet people at the shelter.\n\nOur social workers write the support plans; the peer "
          "navigator will not.", "met", "Our social workers write"),
    # twin: the post as part of those teams is no such statement; the plainer one is quoted
    (ADJ, "Peer Mentor\n\nOur mentors are part of those teams.\n\nThis is not a counselling role.", "met",
     "This is not a counselling role"),
    # --- the limit of the peer role, where others take over, and the peer service set apart from
    # clinical settings, are weaker statements of a distinct role, quoted when nothing plainer is ---
    (ADJ, "Peer Mentor\n\nWalk with people after prison.\n\nLink people with the GP when their needs go beyond the "
          "peer role.", "met", "Link people with the GP"),
    (ADJ, "Peer Navigator\n\nAnything outside the scope of the peer relationship is passed to the duty team.", "met",
     "Anything outside the scope"),
    (ADJ, "Peer Support Worker\n\nOur crisis house is a peer-run place to stay, not a hospital ward.", "met",
     "Our crisis house is a peer-run place"),
    (ADJ, "Peer Worker\n\nThe drop-in is somewhere to talk and rest, not a treatment service.", "met",
     "The drop-in is somewhere to talk"),
    # twin: a plainer statement of the role comes first
    (ADJ, "Peer Worker\n\nThe drop-in is somewhere to talk, not a clinic.\n\nThis is not a clinical role.", "met",
     "This is not a clinical role"),
    # --- a short FAQ question about who selects ("Who will interview me?", a line of its own) is
    # quoted with its answer, before another question that names the interview ---
    (PANEL, "Peer Mentor\n\nFAQ\n\nCan I bring notes to the interview? Yes, of course.\n\nWho will interview me?\n\n"
            "You will meet our Service Manager and a Senior Practitioner.", "not-met", "Who will interview me?"),
    (PANEL, "Peer Navigator\n\nQuestions\n\nWill I be asked about my story at interview? Only if you want to.\n\n"
            "Who interviews?\n\nThe Program Manager and the HR Advisor.", "not-met", "Who interviews?"),
    # twin: with no answer the short question is a label, and the other question is quoted
    (PANEL, "Peer Mentor\n\nFAQ\n\nCan I bring notes to the interview? Yes, of course.\n\nWho will interview me?",
     "not-met", "Can I bring notes"),
    # --- the interviews the people served go to (housing, benefits) are a duty's place, not selection ---
    (PANEL, "Peer Support Worker\n\nAccompany people to benefits interviews and GP appointments.\n\nHow to apply\n\n"
            "Shortlisted applicants will be interviewed by the Team Leader.", "not-met", "Shortlisted applicants will be"),
    (PANEL, "Peer Navigator\n\nGo with tenants to housing interviews.\n\nApplicants may be contacted for an "
            "interview.", "not-met", "Applicants may be contacted"),
    # --- candidates passed on to named staff for interview ("referred to the hiring manager for
    # interview"): that sentence says who selects, before a screening sentence ---
    (PANEL, "Peer Specialist\n\nHow to apply\n\nApplications are screened by Human Resources. Eligible applicants "
            "will be referred to the program manager for interview.", "not-met", "Eligible applicants will be referred"),
    (PANEL, "Recovery Coach\n\nApplications are checked by our HR team. Shortlisted applicants are forwarded to the "
            "clinical director for an interview.", "not-met", "Shortlisted applicants are forwarded"),
    # twin: passed on to no one named, the screening sentence that names its people comes first
    (PANEL, "Peer Specialist\n\nApplications are screened by Human Resources. Eligible applicants will be referred "
            "for interview.", "not-met", "Applications are screened by Human Resources"),
    # --- a merit system's rating, ranking or examination, with no interview or panel named, is the
    # selection process described (not "not described") ---
    (PANEL, "Peer Specialist\n\nHow you will be evaluated\n\nApplicants will be rated on their answers to the "
            "supplemental questionnaire. The top five are certified to the hiring unit.", "not-met",
     "Applicants will be rated on their answers"),
    (PANEL, "Recovery Support Specialist\n\nExamination\n\nThe exam consists of a rating of your education and "
            "experience.", "not-met", "The exam consists of a rating"),
    (PANEL, "Peer Worker\n\nHow to apply\n\nPlease address all selection criteria in a two-page letter.", "not-met",
     "Please address all selection criteria"),
    # twin: an interview named beside it is quoted first
    (PANEL, "Peer Specialist\n\nYou will be rated on your questionnaire answers. The best-qualified candidates will "
            "be interviewed by the Program Manager.", "not-met", "The best-qualified candidates will be interviewed"),
    # twin: a housing manager on the interview panel is the selection
    (PANEL, "Peer Navigator\n\nGo with tenants to their appointments.\n\nThe interview panel will include our housing "
            "manager.", "not-met", "The interview panel will include"),
    # --- the post is none of a list of other professions' posts, nor a lesser copy of one: that
    # statement is quoted before the duties the advert denies; twin: "not a full-time nursing post"
    # says the post is nursing, so the denied duty is quoted ---
    (ADJ, "Peer Support Worker\n\nWalk with tenants in Leeds.\n\nThis is not a casework, counselling or youth work "
          "position. You will not give medication.", "met", "This is not a casework, counselling"),
    (ADJ, "Peer Mentor\n\nMeet young people in Hamilton.\n\nYou will not diagnose anyone. Mentoring here is not a "
          "watered-down therapy role.", "met", "Mentoring here is not a watered-down"),
    (ADJ, "Peer Mentor\n\nMeet young people in Hamilton.\n\nThis is not a full-time nursing post.\n\nYou will not "
          "give medication.", "met", "You will not give medication"),
    # --- other experience or study not accepted in place of the post's requirement says what the
    # role is not; twin: lived experience not accepted in place of a required registration ---
    (ADJ, "Family Peer Advocate\n\nSupport parents in Albany.\n\nOne year of parent advocacy is required. Experience "
          "in teaching or childminding will not be accepted in place of it.", "met", "Experience in teaching or"),
    (ADJ, "Peer Recovery Specialist\n\nWalk with people in Tulsa.\n\nTwo years of peer support work are required. "
          "A college degree cannot be substituted for this experience.", "met", "A college degree cannot be"),
    (ADJ, "Peer Support Worker\n\nWalk with people in Derby.\n\nA nursing registration is essential. Lived "
          "experience cannot be substituted for it.", "not-met", "A nursing registration is essential"),
    # --- the court orders the post will not police: that sentence is the evidence; twin: helping
    # people understand their own conditions is neither a denial nor a duty ---
    (ADJ, "Justice Peer Mentor\n\nWalk with people leaving prison in Cardiff.\n\nYou will never be asked to police "
          "parole conditions.", "met", "You will never be asked to police"),
    (ADJ, "Reentry Navigator\n\nMeet people at the courthouse in Tucson.\n\nNavigators do not monitor probation "
          "orders; that is the officer's job.", "met", "Navigators do not monitor probation"),
    (ADJ, "Reentry Navigator\n\nHelp people understand their parole conditions.\n\nThis is a non-clinical role.",
     "met", "This is a non-clinical role"),
    # --- clinical work denied at the end of a list under one negation ---
    (ADJ, "Lived Experience Worker\n\nWork in the emergency department in Newcastle.\n\nYou will not triage, book "
          "scans or provide clinical care.", "met", "You will not triage"),
    (ADJ, "Peer Support Worker\n\nWalk with whānau in Rotorua.\n\nKaimahi won't triage, refer or give treatment.",
     "met", "Kaimahi won't triage"),
    # --- peer work as a discipline of its own (weak: quoted after a plainer statement, the twin) ---
    (ADJ, "Lived Experience Lead\n\nLead eight peer workers in Adelaide.\n\nHelp peer work grow as a profession in "
          "its own right.", "met", "Help peer work grow"),
    (ADJ, "Peer Team Manager\n\nLead the peer team in Bristol.\n\nWe want lived experience work seen as a distinct "
          "discipline across the trust.", "met", "We want lived experience work"),
    (ADJ, "Peer Team Manager\n\nLead the peer team in Bristol.\n\nPeer work is a profession in its own right. This "
          "is not a clinical role.", "met", "This is not a clinical role"),
    # --- a first screen by telephone is a stage of selection: where no interview is named, that
    # sentence (whom candidates meet after it) describes the selection; twin: the screen with a
    # peer lead puts a peer in the selection ---
    (PANEL, "Peer Bridger\n\nWalk with people leaving hospital in Albany.\n\nHow we hire\n\nAfter a phone screen "
            "with HR, candidates meet the Program Director and the Clinical Lead. We aim to decide within two weeks.",
     "not-met", "After a phone screen with HR"),
    (PANEL, "Peer Navigator\n\nMeet people at the shelter in Calgary.\n\nFollowing a short telephone screening "
            "call, applicants meet our Operations Manager. Offers are made within a month.", "not-met",
     "Following a short telephone screening call"),
    (PANEL, "Peer Navigator\n\nMeet people at the shelter in Calgary.\n\nAfter a phone screen with our Peer Lead, "
            "applicants meet the Operations Manager.", "met", "After a phone screen with our Peer Lead"),
    # --- an identified post open only to applicants with the lived experience: that restriction is
    # quoted first, before the selection criterion that repeats it ---
    (LE, "Consumer Peer Worker\n\nThis is an identified position. Only applicants with a lived experience of "
         "psychosis as a consumer of services are eligible to apply.\n\nSelection criteria\n\nLived experience of "
         "psychosis and the ability to use it purposefully.", "met", "Only applicants with a lived experience of"),
    # --- the post-holder is not someone's clinician, named with "the" or a possessive: quoted before
    # the FAQ reply that says no qualification is needed; twin: a clinician named as a contact ---
    (ADJ, "Family Peer Advocate\n\nWalk with parents in Spokane.\n\nDo I need a degree? No. Your experience is what "
          "we hire for.\n\nYou are not the child's counsellor or care coordinator.", "met",
          "You are not the child's counsellor"),
    (ADJ, "Peer Support Worker\n\nMeet tenants in Bradford.\n\nYou will never give medication. You're not their "
          "nurse, and you will not be asked to act like one.", "met", "You're not their nurse"),
    (ADJ, "Peer Support Worker\n\nMeet tenants in Bradford.\n\nIf a tenant is unwell, the nurse is their first "
          "contact.\n\nYou will never give medication.", "met", "You will never give medication"),
    # --- peer work done without another profession's part ---
    (ADJ, "Lived Experience Worker\n\nJoin ward rounds in Ipswich to speak from lived experience, without taking on "
          "clinical tasks.", "met", "Join ward rounds in Ipswich"),
    (ADJ, "Peer Mentor\n\nSupport families in Geelong without doing counselling work of any kind.", "met",
     "Support families in Geelong"),
    # --- the integrity of the post by another name (weak: after a plainer statement, the twin) ---
    (ADJ, "Lived Experience Practitioner\n\nWork with the ward team in Exeter while protecting the integrity of the "
          "lived experience role.", "met", "Work with the ward team in Exeter"),
    (ADJ, "Consumer Consultant\n\nChampion the integrity of our consumer workforce across the Northern Territory.",
     "met", "Champion the integrity"),
    (ADJ, "Consumer Consultant\n\nChampion the integrity of our consumer workforce in Darwin.\n\nThis is a "
          "non-clinical role.", "met", "This is a non-clinical role"),
    # --- peers beside clinicians as equals (weak: after a plainer statement, the twin) ---
    (ADJ, "Peer Support Worker\n\nJoin the ward in Galway as an equal partner with nurses and doctors.", "met",
     "Join the ward in Galway"),
    (ADJ, "Lived Experience Worker\n\nOur peer workers are equal members alongside psychiatrists in the Toowoomba "
          "team.", "met", "Our peer workers are equal members"),
    (ADJ, "Lived Experience Worker\n\nOur peer workers are equal members alongside psychiatrists in Toowoomba.\n\n"
          "You will not give medication.", "met", "You will not give medication"),
    # --- a peer credential named in its own words, where nothing else decides: the sentence that
    # names it, not no evidence (the twins below: a title or heading only; a licence asked) ---
    (ADJ, "Recovery Coach\n\nWalk alongside people in early recovery.\n\nPreferred Qualifications:\n\n- Certification "
          "as a Peer Recovery Specialist within 12 months of hire\n- Bilingual English/Spanish", "met",
     "Certification as a Peer Recovery Specialist"),
    (ADJ, "Peer Mentor\n\nSupport tenants settling into new homes.\n\nRequirements\n\n- A valid driver's licence\n"
          "- Peer Support Canada certification or willingness to obtain it", "met", "Peer Support Canada certification"),
    (ADJ, "Family Support Partner\n\nYou will help parents find their way through children's services. You must "
          "hold the state Family Peer Advocate (FPA) credential or complete it within a year.", "met",
     "You must hold the state Family Peer Advocate"),
    (ADJ, "Peer Recovery Coach\n\nOffer one-to-one recovery support in the community.\n\nMust hold a current CPRS "
          "or obtain it within six months.", "met", "Must hold a current CPRS"),
    # twin: a licence of another profession asked beside the peer credential decides
    (ADJ, "Peer Recovery Coach\n\nOffer recovery support.\n\nRequired: LCSW licensure.\n\nPreferred: "
          "certification as a Peer Recovery Specialist.", "not-met", "Required: LCSW licensure"),
    # --- an essential list's item asking for the ability to reflect on one's own recovery assumes
    # lived experience; prose that wants it and names its kind decides (and is the evidence) ---
    (LE, "Peer Support Worker\n\nWe are looking for someone with lived experience of self-harm who feels ready to "
         "support others.\n\nPerson specification\n\nEssential: good listening skills; ability to work in a team; "
         "ability to reflect on your own recovery.", "partly-met", "We are looking for someone"),
    (LE, "Peer Mentor\n\nWe're seeking a mentor who has personal experience of problem gambling.\n\nSelection "
         "criteria\n\nRequired: a driver's license; able to reflect upon your own journey.", "partly-met",
     "We're seeking a mentor"),
    # --- the panel of another time: the sentence about this selection decides ---
    (PANEL, "Peer Mentor\n\nFormerly a tenant representative sat on our selection panel. For this vacancy, "
            "interviews will be conducted by the Housing Manager and a support coordinator.", "not-met",
     "For this vacancy, interviews will be conducted"),
    (PANEL, "Peer Mentor\n\nThe interview panel is the Housing Manager and a caseworker.\n\nBefore the interview, "
            "members of our tenants forum will run an informal breakfast with candidates.", "partly-met",
     "Before the interview, members of our tenants forum"),
    # --- a compliance duty set against the peer work ("rather than monitor their compliance"): what the
    # role is not, quoted before what the applicant need not hold; twin: the duty before the contrast ---
    (ADJ, "Peer Support Specialist\n\nWalk with tenants in Tucson. You will help residents work toward their own "
          "goals rather than monitor their compliance with house rules or tenancy conditions. A degree is not "
          "required.", "met", "You will help residents work toward"),
    (ADJ, "Peer Worker\n\nWalk beside participants in Hobart rather than monitoring their adherence to their "
          "treatment program.", "met", "Walk beside participants in Hobart"),
    (ADJ, "Peer Mentor\n\nMeet people in Saskatoon. You will help people set goals instead of monitoring their "
          "compliance with probation orders.", "met", "You will help people set goals"),
    (ADJ, "Peer Support Specialist\n\nWalk with tenants in Tucson. You will monitor their compliance with "
          "tenancy conditions rather than help with goals.", "not-met", "You will monitor their compliance"),
    # --- duties named after "except", "apart from", "other than" the post's work: what the role leaves
    # out; twins: the exception after a negation gives the post the duty, and an "except" after the duty
    # is a condition on it ---
    (ADJ, "Peer Worker\n\nJoin the ward in Ballarat. Peer workers join all ward activities except clinical "
          "reviews, medication rounds and formal risk assessments, which remain with nursing staff.", "met",
          "Peer workers join all ward activities"),
    (ADJ, "Peer Support Worker\n\nMeet whānau in Napier. You will take part in everything the team does apart "
          "from case management and risk assessments.", "met", "You will take part in everything"),
    (ADJ, "Peer Mentor\n\nMeet people in Leeds. You will join every part of the team's day other than "
          "restraint and observations.", "met", "You will join every part"),
    (ADJ, "Peer Worker\n\nJoin the ward in Ballarat. You will not do clinical work except medication rounds at "
          "weekends.", "not-met", "You will not do clinical work"),
    (ADJ, "Peer Support Worker\n\nMeet whānau in Napier. Kaimahi take no part in clinical tasks apart from "
          "hourly observations.", "not-met", "Kaimahi take no part"),
    (ADJ, "Peer Worker\n\nJoin the ward in Ballarat. You will give medication except at weekends.", "not-met",
     "You will give medication"),
    # --- a negation inside the duty's own words ("do not carry out observations"), and the list after it ---
    (ADJ, "Peer Support Worker\n\nWork on the ward in Whanganui. Kaimahi do not carry out observations, "
          "administer medication or take part in restraint.", "met", "Kaimahi do not carry out observations"),
    (ADJ, "Peer Specialist\n\nWork in the crisis unit in Omaha. Our peer specialists don't perform "
          "observations.", "met", "Our peer specialists don't perform"),
    (ADJ, "Peer Specialist\n\nWork in the crisis unit in Omaha. You will do hourly observations.", "not-met",
     "You will do hourly observations"),
    # twins: a negation further inside the match, in a clause about the people served, is theirs
    (ADJ, "Peer Mentor\n\nWalk with people in Leeds. Ensure people who do not want to take their medication "
          "take it.", "not-met", "Ensure people who do not want"),
    (ADJ, "Peer Mentor\n\nWalk with people in Leeds. Make sure clients who are not well take their medication.",
     "not-met", "Make sure clients who are not well"),
    # --- a duty given in the passive to colleagues named only as others ("provided by other members of the
    # team"): theirs, not the post's; twin: others who are peers do not take it from the post's kind ---
    (ADJ, "Peer Support Worker\n\nWalk with tenants in Sudbury. Peer workers do not hold a case management "
          "caseload; case management and clinical care are provided by other members of the team.", "met",
          "Peer workers do not hold a case management"),
    (ADJ, "Peer Worker\n\nWalk with people in Dunedin. Care coordination is handled by other staff in the "
          "service.", "met", "Care coordination is handled by other staff"),
    (ADJ, "Peer Navigator\n\nWalk with people in Dunedin. Care coordination is handled by other peer "
          "navigators.", "not-met", "Care coordination is handled"),
    # --- a formal risk assessment named with whose it is ("the service's risk assessments") is the post's
    # duty; twins: the people served helped to complete one, and other staff who complete it ---
    (ADJ, "Lived Experience Mentor\n\nKey responsibilities\n\n- Complete the service’s risk assessments and "
          "update them before each review", "not-met", "Complete the service’s risk assessments"),
    (ADJ, "Peer Specialist\n\nWalk with people in Fresno. You will update each client's risk assessment after "
          "every contact.", "not-met", "You will update each client's risk"),
    (ADJ, "Peer Mentor\n\nWalk with people in Perth. You will help people complete the council's risk "
          "assessment with them. This is not a clinical role.", "met", "This is not a clinical role"),
    (ADJ, "Peer Mentor\n\nWalk with people in Perth. The nurses complete each client's risk assessment.",
     "met", "The nurses complete each client's risk"),
    # --- a duty the post speaks up against or resists when asked of peers: what the role is not; twins:
    # speaking up about something else, and the duty itself given to the post ---
    (ADJ, "Peer Lead\n\nLead peers in Regina. Coach staff on boundaries, and speak up if ward staff expect "
          "peer workers to cover shifts.", "met", "Coach staff on boundaries"),
    (ADJ, "Peer Lead\n\nLead peers in Leeds. You will resist pressure to fill staffing gaps on the ward.", "met",
     "You will resist pressure"),
    (ADJ, "Peer Lead\n\nLead peers in Cairns. Push back when nurses ask peers to give medication.", "met",
     "Push back when nurses ask peers"),
    (ADJ, "Peer Lead\n\nLead peers in Cairns. You will cover shifts when the ward is short, and speak up about "
          "your own wellbeing.", "not-met", "You will cover shifts"),
    (ADJ, "Peer Lead\n\nLead peers in Cairns. Speak up for people at care coordination meetings.", "not-met",
     "Speak up for people"),
    # involvement explained as reviewing the questions, then the interviewers: a peer among them decides
    (PANEL, "Peer Worker\n\nConsumers are involved in the selection process: a consumer consultant will review the "
            "interview questions with the hiring manager. Interviews are held by the Nurse Unit Manager and a Senior "
            "Peer Worker.", "met", "Interviews are held by the Nurse Unit Manager"),
    # --- an interview "held with" or "will be with" named people says who selects, before shortlisting ---
    (PANEL, "Family Peer Worker\n\nApplications will be shortlisted by the Service Manager. Interviews are held with "
            "the Service Manager and our HR advisor.", "not-met", "Interviews are held with the Service Manager"),
    (PANEL, "Peer Mentor\n\nApplications are screened by HR. The interview will be with our Team Leader and a "
            "psychologist.", "not-met", "The interview will be with our Team Leader"),
    # twin: "with" not joined to the interview ("in person with" the candidate's own supporter)
    (PANEL, "Peer Mentor\n\nApplications are screened by the Team Leader. Interviews are held in person and you may "
            "come with a support person.", "not-met", "Applications are screened by the Team Leader"),
    # --- an offer of accommodations at a stage of hiring does not describe who selects: the selection
    # sentence is the evidence, or none (blind94 xc19, xc21) ---
    (PANEL, "Peer Support Worker\n\nSelection will be made in accordance with Article 9 of the collective agreement; "
            "where candidates are relatively equal, seniority will govern.\n\nAccommodations are available on request "
            "at any stage of the hiring process.", "not-met", "Selection will be made in accordance"),
    (PANEL, "Peer Mentor\n\nPlease tell us if you need reasonable adjustments at interview.\n\nInterviews are held "
            "by the Service Manager and HR.", "not-met", "Interviews are held by the Service Manager"),
    # twin: people on the panel in the same sentence as the offer
    (PANEL, "Peer Mentor\n\nReasonable adjustments are available at interview, where a peer worker sits on the panel.",
     "met", "Reasonable adjustments are available at interview"),
    # --- "a <peer title>, not a <other worker>": what the role is not, quoted for met (blind96 zd19) ---
    (ADJ, "Peer Mentor\n\nWalk with people leaving prison. You will be a mentor, not a probation officer: you do not "
          "report on the people you work with.", "met", "You will be a mentor, not a probation officer"),
    (ADJ, "Youth Peer Worker\n\nWalk with young people in Hamilton. You will be a companion, not a case manager, for "
          "each young person.", "met", "You will be a companion, not a case manager"),
    # twin: the other worker named, and a duty of another profession given to the post
    (ADJ, "Peer Mentor\n\nWalk with people leaving prison. You will be a peer, not a prison officer, and you will give "
          "medication on the wing.", "not-met", "You will be a peer, not a prison officer"),
    # --- a principle set out twice: the statement that names it outright is quoted before a paraphrase or a
    # bare noun, document order otherwise (blind102 kc03) ---
    (PP, "Peer Mentor\n\nOur mentors model that recovery is real for the men they walk alongside. You will inspire "
         "hope in every conversation.", "partly-met", "You will inspire hope"),
    (PP, "Peer Worker\n\nRead our recovery stories on the website. Share your own story when it helps someone take a "
         "step.", "partly-met", "Share your own story"),
    (PP, "Peer Navigator\n\nYou believe that people can and do recover. Offer hope to families in crisis.", "partly-met",
     "Offer hope to families"),
    # twins: the paraphrase alone, or the name only in a heading or a question: the statement is quoted
    (PP, "Peer Mentor\n\nYou will model that recovery is real for the men you meet.", "partly-met",
     "You will model that recovery is real"),
    (PP, "Peer Mentor\n\n## Hope\n\nYou will show people that recovery is possible.", "partly-met",
     "You will show people that recovery is possible"),
    (PP, "Peer Mentor\n\nDo you have hope for others? You will show people that recovery is possible.", "partly-met",
     "You will show people that recovery is possible"),
    # --- education or schooling said not to be needed: what the role is not, quoted for met ---
    (ADJ, "Peer Worker\n\nYou\n\n- Lived experience of substance use is required\n- No formal education is needed; "
          "we pay for your training", "met", "No formal education is needed"),
    (ADJ, "Peer Mentor\n\nWalk with people in Regina. You do not need any post-secondary schooling for this role.",
     "met", "You do not need any post-secondary schooling"),
    # no education or qualification said to be a requirement at all ("There is no education requirement
    # for this position"): what the role is not, quoted for met (blind set 124); twin: the requirement
    # named, or a qualification still required elsewhere
    (ADJ, "Peer Navigator\n\nWalk with people in Spokane.\n\nThere is no education requirement for this position.",
     "met", "There is no education requirement"),
    (ADJ, "Peer Mentor\n\nMeet young people in Brisbane.\n\nThere are no formal qualification requirements.", "met",
     "There are no formal qualification requirements"),
    (ADJ, "Peer Navigator\n\nWalk with people in Spokane.\n\nThe education requirement is a bachelor's degree in "
          "social work.", "not-met", "The education requirement is"),
    (ADJ, "Peer Navigator\n\nThere is no education requirement.\n\nEssential: registration as a social worker.",
     "not-met", "Essential: registration"),
    # a (senior) post keeping peer staff from being moved onto others' work ("make sure peer workers are
    # not diverted to ward duties", "deployed in line with the peer role") says the role is distinct
    # (blind set 124)
    (ADJ, "Senior Peer Worker\n\nSupervise the peer team in Norwich.\n\nMake sure peer workers are not diverted to "
          "ward duties when the unit is busy.", "met", "Make sure peer workers are not diverted"),
    (ADJ, "Peer Support Lead\n\nLead the peer team in Hamilton.\n\nAgree with charge nurses that peer staff are "
          "never pulled onto generic tasks.", "met", "Agree with charge nurses"),
    (ADJ, "Peer Services Manager\n\nWork with unit managers so peer specialists are deployed in line with the peer "
          "role.", "met", "Work with unit managers"),
    # no qualification needed, with work experience named first ("No previous paid experience or formal
    # qualifications are needed"): what the role is not, quoted for met (blind135 lv16); twin: another
    # requirement after "but"
    (ADJ, "Peer Worker\n\nNo previous paid experience or formal qualifications are needed; we train you.", "met",
     "No previous paid experience"),
    (ADJ, "Youth Peer Worker\n\nNo experience and no degree required. Full training is provided.", "met",
     "No experience and no degree required"),
    (ADJ, "Peer Worker\n\nNo previous experience is needed, but a diploma in nursing is required.", "not-met",
     "No previous experience is needed, but"),
    # a taster session for Recovery College learners is the selection's other way, quoted before a
    # sentence about when interviews are held (blind135 lv24)
    (PANEL, "Peer Trainer\n\nInterviews will be held two weeks after closing.\n\nShortlisted candidates will give a "
            "short taster session to a group of Recovery College learners.", "partly-met", "Shortlisted candidates"),
    # --- blind139 lz18, lz28, lz02, blind135 lv16: a met verdict quotes the statement that keeps the role
    # distinct, before a peer credential: no certificates or exams needed, no experience or qualifications
    # needed together, no work in the adjacent field needed, the worker not the expert telling people
    # what to do; twins: work in a peer role not needed (a peer post's own), an exam the post must pass
    (ADJ, "Peer Supporter\n\nSit with people at our drop-in in Leeds.\n\nYou won't need any certificates to "
          "start with us.", "met", "You won't need any certificates"),
    (ADJ, "Peer Mentor\n\nCertificate IV in Mental Health Peer Work, or willing to complete it.\n\nNo qualifications "
          "or paid experience are needed to apply.", "met", "No qualifications or paid experience"),
    (ADJ, "Peer Navigator\n\nPeer Support Specialist certification within a year of hire.\n\nYou do not need to have "
          "worked in health care before.", "met", "You do not need to have worked"),
    (ADJ, "Whanau Peer Support Worker\n\nWalk alongside families in Porirua. You're not the expert on their lives; "
          "they are.", "met", "You're not the expert on their lives"),
    (ADJ, "Family Peer Mentor\n\nMeet parents in Winnipeg as an equal. You are not an expert who tells parents what "
          "to do.", "met", "You are not an expert who tells"),
    (ADJ, "Peer Worker\n\nCertificate IV in Mental Health Peer Work, or willing to complete it.\n\nYou do not need to "
          "have worked in a peer role before.", "met", "Certificate IV in Mental Health Peer Work"),
    (ADJ, "Peer Worker\n\nCertificate IV in Mental Health Peer Work, or willing to complete it.\n\nYou need to pass "
          "a short written exam at the end of training.", "met", "Certificate IV in Mental Health Peer Work"),
    # --- (h-ev, blind161 mv03, mv10) what the peer role is not, said as the post-holders not being the clinical
    # team's assistants, or a duty done "without clinical tasks": a met verdict quotes it, before a peer
    # credential; twins: a clinical duty still given, and assistants named as colleagues (below)
    (ADJ, "Peer Support Worker\n\nWalk with people in Leeds. Our peer staff are not assistants to the ward team; "
          "they walk alongside people.", "met", "Our peer staff are not assistants"),
    (ADJ, "Peer Worker\n\nWalk with people in Perth. You are not a helper for the nurses on the ward.", "met",
     "You are not a helper for the nurses"),
    (ADJ, "Peer Worker\n\nCertificate IV in Mental Health Peer Work (desirable)\n\nKey duties\n\n- Offer a peer view at "
          "team meetings, without clinical tasks", "met", "Offer a peer view at team meetings"),
    (ADJ, "Peer Mentor\n\nPeer Support Specialist certification within a year.\n\n- Join ward rounds as a peer, "
          "without nursing duties", "met", "Join ward rounds as a peer"),
    (ADJ, "Peer Worker\n\nWalk with people in Perth. Peer workers are not assistants to the nurses, but you will give "
          "medication on the ward.", "not-met", "Peer workers are not assistants to the nurses, but"),
    # --- (h-ev, blind161 mv15) a sentence that states the requirement ("must have a lived experience") is quoted
    # before a title that calls the post a designated or identified lived experience position, even when only
    # the title names the kind: the requirement decides, the title supports; twins: the title alone, and a
    # requirement that names the kind itself
    (LE, "Carer Peer Worker - Adult Mental Health (Identified Lived Experience Position)\n\nAbout the role\n\n"
         "It is essential that you have a lived experience of your own and are open about it at work.", "met",
     "It is essential that you have a lived experience"),
    (LE, "Youth Peer Worker, Eating Disorders (Designated Lived Experience Role)\n\nYou must have lived experience "
         "yourself and be open to drawing on it in your work.", "met", "You must have lived experience yourself"),
    (LE, "Carer Peer Worker - Adult Mental Health (Identified Lived Experience Position)\n\nAbout the role\n\n"
         "You will support families in Toowong.", "met", "Carer Peer Worker - Adult Mental Health"),
    (LE, "Carer Peer Worker - Adult Mental Health (Identified Lived Experience Position)\n\nAbout the role\n\n"
         "Applicants must have lived experience of caring for someone with a mental illness.", "met",
     "Applicants must have lived experience of caring"),
    # --- (h-ev, blind161 mv03) a sentence about this post's own interview panel is quoted before a duty of
    # recruiting others with panels (`recruiting-duty-verbs`), wherever the two stand; twin: a sentence about
    # this post's recruitment that opens with no such verb keeps its place
    (PANEL, "Peer Support Team Leader\n\nKey responsibilities\n\n- Recruit future peer staff using panels with people "
            "with lived experience on them\n\nMore\n\nInterviews for this post are held by a panel with our Lived "
            "Experience Lead and a peer worker.", "met", "Interviews for this post are held by a panel"),
    (PANEL, "Senior Peer Mentor\n\nWhat you will do\n\n- You will hire volunteer mentors through panels with peers on "
            "them\n\nAbout us\n\nYou will be interviewed by our director and a peer mentor.", "met",
     "You will be interviewed by our director"),
    (PANEL, "Peer Mentor\n\nRecruitment for this post is by a panel that includes a peer mentor.\n\nYou will be "
            "interviewed in May by the director.", "met", "Recruitment for this post is by a panel"),
    # (h-adj, blind172 and blind174) the post holders said not to be another service's staff, and a sample or
    # test said to be taken by other staff: quoted for met (twins in CASES: the post collects them; probation staff met)
    (ADJ, "Peer Mentor\n\nOur mentors are not probation staff and keep what people share confidential.", "met",
     "Our mentors are not probation staff"),
    (ADJ, "Peer Navigator\n\nYou will walk with people to court. Navigators aren't prison or parole staff.", "met",
     "Navigators aren't prison or parole staff"),
    (ADJ, "Peer Recovery Specialist\n\nDrug screens are taken by the clinic nurses, and you offer support while "
          "people wait.", "met", "Drug screens are taken by the clinic nurses"),
    # (h-adj, blind172) the peer work set against a clinical way of working named as a model or approach: quoted for
    # met before a peer credential (twins in CASES: another model set aside; a duty after it still decides)
    (ADJ, "Peer Specialist Supervisor\n\nSupervise the team in peer values rather than a medical model.\n\nMust hold "
          "the Certified Peer Specialist credential.", "met", "Supervise the team in peer values rather than"),
    (ADJ, "Peer Support Worker\n\nOur support starts from hope instead of a diagnostic lens.", "met",
     "Our support starts from hope instead of a diagnostic lens."),
    # (pp35, set181 np23) the post holder not expected, asked or required to be, or act as, another profession:
    # quoted for met (twins below: something else not expected; another post not expected)
    (ADJ, "Peer Trainer\n\nYou will teach courses in Kendal. You are not expected to be a clinician.", "met",
     "You are not expected to be a clinician."),
    (ADJ, "Peer Worker\n\nYou will run groups. You do not have to be a nurse to do this job.", "met",
     "You do not have to be a nurse to do this job."),
    (ADJ, "Peer Mentor\n\nYou will run groups. Our mentors are not asked to act as therapists.", "met",
     "Our mentors are not asked to act as therapists."),
    # (panel37, set210 ot15) a principle said not to be the post's practice ("We don't expect you to share ...",
    # "You will not be asked to ..."): the sentence that decides it is missing, quoted for not met (twins below)
    (PP, "Youth Peer Worker\n\nYou will run groups. We don't expect you to share your own story with the young "
         "people you meet.", "not-met", "We don't expect you to share your own story"),
    (PP, "Peer Mentor\n\nYou will meet people at the gate. You will not be asked to tell your own story.", "not-met",
     "You will not be asked to tell your own story."),
]


@pytest.mark.parametrize(("criterion", "text", "expected", "evidence"), EVIDENCE,
                         ids=[f"{c}:{e}" for c, _, _, e in EVIDENCE])
def test_the_evidence_is_the_sentence_that_decided(criterion: str, text: str, expected: str, evidence: str) -> None:
    found = verdict_of(text, criterion)
    assert found.verdict == expected, found.why
    assert found.evidence and found.evidence[0].text.startswith(evidence), [e.text for e in found.evidence]


# twins of the rows above: beside clinical services, or within clinical leadership, says nothing of the
# difference; nor does a difference of something else than the role ("Every person's story is different")
@pytest.mark.parametrize("text", ["Peer Worker\n\nYou will run groups. You will work alongside our clinical services.",
                                  "Lived Experience Lead\n\nYou will run groups. This post sits within clinical leadership.",
                                  "Every person's story is different from others.",
                                  # ("a peer role, not a clinical one" above): a role set against another of its kind
                                  "Peer Worker\n\nThis is a permanent role, not a casual one.",
                                  # ("We do not require a clinical designation" above): something else not required
                                  "Peer Worker\n\nYou will run groups. You will not require clinical supervision.",
                                  # ("not assistants to the ward team", "without clinical tasks" above): assistants
                                  # named as colleagues, and something else than another profession's work done without
                                  "Peer Worker\n\nWalk with people in Perth. You will work with assistants to the clinical team.",
                                  "Peer Worker\n\nWalk with people in Perth. You will never be left without clinical supervision.",
                                  # ("You are not expected to be a clinician" above): something else, or a peer post, not expected
                                  "Peer Trainer\n\nYou will teach courses. You are not expected to be available at weekends.",
                                  "Peer Trainer\n\nYou will teach courses. You are not expected to be a peer trainer straight away.",
                                  # ("Qualifications | None required" above): another row, or the desirable column
                                  "Peer Worker\n\n| Criteria | Essential |\n|---|---|\n| Driving licence | Not required |",
                                  "Peer Worker\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n| Qualifications | "
                                  "Lived experience of psychosis | None required |"])
def test_beside_or_within_the_clinical_side_alone_is_no_difference(text: str) -> None:
    found = verdict_of(text, ADJ)
    assert found.verdict == "met" and not found.evidence, (found.why, [e.text for e in found.evidence])


# --- a carer or parent peer post: carers or parents are its peers, so one on the panel is a peer on
# the panel, and their part beside a panel said not to include them is another way; a word that
# shaping "the questions" makes the sentence the selection's, not a contact line (blind set 111) ---
TITLE_KIND_PANEL = [
    ("Carer Peer Support Worker", "The interview panel will include a carer and the ward manager.", "met"),
    ("Parent Peer Advocate", "Interviews are held by two parents and the program director.", "met"),
    ("Carer Peer Support Worker", "The panel will not include a carer. Carers will instead shape the questions at a "
     "stakeholder session.", "partly-met"),
    ("Parent Peer Advocate", "The hiring committee will not include a parent. Parents will write the questions at a "
     "stakeholder meeting instead.", "partly-met"),
    # twins: the same words under a title of another kind; a carer named as a post; a contact line
    ("Peer Support Worker", "The interview panel will include a carer and the ward manager.", "not-met"),
    ("Peer Support Worker", "The panel will not include a carer. Carers will instead shape the questions at a "
     "stakeholder session.", "not-met"),
    ("Carer Peer Support Worker", "The interview panel is the Carer Lead and the ward manager.", "not-met"),
    ("Carer Peer Support Worker", "Interviews will be held by the Carers' Lead and a Team Manager.", "not-met"),
    ("Parent Peer Advocate", "The hiring committee is the Parents’ Coordinator and the director.", "not-met"),
    ("Carer Peer Support Worker", "The interview panel is the service manager and HR. For questions about the "
     "stakeholder session, contact Sam.", "not-met"),
]


@pytest.mark.parametrize(("title", "text", "expected"), TITLE_KIND_PANEL, ids=[f"{t}:{x[:50]}" for t, x, _ in TITLE_KIND_PANEL])
def test_the_title_kind_of_lived_experience_names_the_posts_peers(title: str, text: str, expected: str) -> None:
    found = check_document(read_text(f"{title}\n\n{text}"), role="peer").verdict(PANEL)
    assert found.verdict == expected, f"{found.verdict}: {found.why}"


@pytest.mark.parametrize(("text", "content"), [
    ("Peer Support Worker\n\nDo I need a nursing qualification?\n\nNo.\n\nWe train you in peer support.",
     "We train you in peer support."),
    ("Recovery Coach\n\nWill I have to hold a social work registration? No.\n\nYour own recovery is what "
     "qualifies you.", "Your own recovery is what qualifies you."),
])
def test_an_faqs_bare_no_is_not_quoted_alone(text: str, content: str) -> None:
    """A bare "No." says nothing quoted alone: the question and the sentence the reply goes on with."""
    found = verdict_of(text, ADJ)
    quoted = [e.text for e in found.evidence]
    assert found.verdict == "met" and content in quoted and "No." not in quoted, quoted


@pytest.mark.parametrize("text", ["Peer Support Worker\n\nWalk with people in Leeds. Phones are not diverted to "
                                  "other staff after 5pm.",
                                  "Peer Navigator\n\nWalk with people in Perth. There is no uniform requirement for "
                                  "this position."])
def test_a_diversion_or_requirement_of_something_else_is_not_quoted(text: str) -> None:
    """Twins of the EVIDENCE rows on peer staff not diverted and on no education requirement."""
    found = verdict_of(text, ADJ)
    assert found.verdict == "met" and not found.evidence, (found.why, [e.text for e in found.evidence])


def test_education_needed_for_something_else_is_not_quoted() -> None:
    """The twin of the EVIDENCE rows on education not needed: education needed says nothing of the role."""
    found = verdict_of("Peer Mentor\n\nWalk with people in Regina. Further education is needed for the senior grade.", ADJ)
    assert found.verdict == "met", found.why
    assert not found.evidence, [e.text for e in found.evidence]


# --- a table row's name cell ("Lived experience") under a heading that names a level ("Work related
# requirements", "Minimum qualifications"): the row's own cells decide, and are the evidence, not the
# heading (blind sets 103, 104); a name cell with nothing else in its row is the requirement itself ---
ROW_NAMES = [
    ("# Peer Support Worker\n\n## Work related requirements\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
     "| Lived experience | Personal experience of recovery from psychosis | |", "met",
     ["Personal experience of recovery from psychosis"]),
    ("# Peer Mentor\n\n## Minimum qualifications\n\n| Area | Detail |\n|---|---|\n"
     "| Lived experience | Your own recovery from a gambling problem |", "met", ["Your own recovery from a gambling problem"]),
    ("# Peer Mentor\n\n## Minimum qualifications\n\n| Area | Essential | Desirable |\n|---|---|---|\n"
     "| Lived experience | | Lived experience of homelessness |", "not-met", ["Lived experience of homelessness"]),
    # (le35, set183 nr06) the row's cell names the applicant as a carer "for" someone, with no "experience" of its own
    ("# Carer Peer Worker\n\n## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
     "| Lived experience | A carer for someone with psychosis | |", "met", ["A carer for someone with psychosis"]),
    ("# Carer Peer Worker\n\n## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
     "| Lived experience | | Caregiver for a loved one with an eating disorder |", "not-met",
     ["Caregiver for a loved one with an eating disorder"]),
    # twin: nothing else in the row
    ("# Peer Mentor\n\n## Minimum qualifications\n\n| Area | Detail |\n|---|---|\n| Lived experience | |\n"
     "| Licence | Full driving licence |", "partly-met", ["Lived experience"]),
]


@pytest.mark.parametrize(("text", "expected", "evidence"), ROW_NAMES, ids=[t.split("\n")[0] + e for t, e, _ in ROW_NAMES])
def test_a_row_name_under_a_level_heading_leaves_the_level_to_its_row(text: str, expected: str, evidence: list[str]) -> None:
    found = check_document(read_markdown(text), role="peer").verdict(LE)
    assert (found.verdict, [e.text for e in found.evidence]) == (expected, evidence), found.why


# --- the dot of a common abbreviation ends no sentence where the sentence goes on past it ("ref. 12",
# "no. 4", "approx. two years", "incl. sofa surfing", "DR. PATEL"): the requirement keeps its qualifier,
# and the evidence is the whole sentence ---
ABBREVIATED = [
    (LE, "Peer Support Worker\n\nLived experience of mental health recovery (ref. 12 in the person specification) "
         "is essential.", "met",
     "Lived experience of mental health recovery (ref. 12 in the person specification) is essential."),
    (LE, "Peer Support Worker\n\nLived experience of psychosis (see section no. 4 of the job pack) is essential for "
         "this post.", "met", "Lived experience of psychosis (see section no. 4 of the job pack) is essential for this post."),
    (LE, "Peer Mentor\n\nPersonal experience of recovery from addiction, approx. two years or more, is essential.", "met",
     "Personal experience of recovery from addiction, approx. two years or more, is essential."),
    (LE, "Peer Navigator\n\nLived experience of homelessness, incl. sofa surfing or rough sleeping, is required.", "met",
     "Lived experience of homelessness, incl. sofa surfing or rough sleeping, is required."),
    (PANEL, "Peer Support Worker\n\nThe interview panel (ref. 3 in the pack) includes a peer worker.", "met",
     "The interview panel (ref. 3 in the pack) includes a peer worker."),
    (PANEL, "Peer Support Worker\n\nThe interview panel will include DR. PATEL and a peer worker with lived experience.",
     "met", "The interview panel will include DR. PATEL and a peer worker with lived experience."),
    (ADJ, "Peer Support Worker\n\nYou will hold a caseload, give medication, do risk assessments etc. and cover "
          "nursing shifts.", "not-met",
     "You will hold a caseload, give medication, do risk assessments etc. and cover nursing shifts."),
    # twins: a full stop before a capital ends the sentence, also after an abbreviation's word
    (LE, "Peer Support Worker\n\nLived experience of recovery is desirable. Ref. 12 in the person specification is "
         "essential.", "not-met", "Lived experience of recovery is desirable."),
    (LE, "Peer Support Worker\n\nLived experience of mental distress would be an advantage, no. Experience of "
         "support work is essential.", "not-met", "Lived experience of mental distress would be an advantage, no."),
]


@pytest.mark.parametrize(("criterion", "text", "expected", "evidence"), ABBREVIATED,
                         ids=[f"{c}:{e[:50]}" for c, _, _, e in ABBREVIATED])
def test_an_abbreviations_dot_ends_no_sentence(criterion: str, text: str, expected: str, evidence: str) -> None:
    found = verdict_of(text, criterion)
    assert found.verdict == expected, found.why
    assert found.evidence and found.evidence[0].text == evidence, [e.text for e in found.evidence]


@pytest.mark.parametrize("text", [
    "Certified Peer Recovery Specialist\n\nWalk alongside people in early recovery.\n\nYou will run two groups a week.",
    "Peer Worker\n\nPEER CERTIFICATION\n\nWe fund the training for every new starter. You will run two groups a week.",
])
def test_a_peer_credential_only_in_a_title_or_heading_is_not_the_evidence(text: str) -> None:
    """The twin of the peer credential rows in EVIDENCE: a title or heading naming it quotes nothing."""
    found = verdict_of(text, ADJ)
    assert found.verdict == "met", found.why
    assert not found.evidence, [e.text for e in found.evidence]


DOCX_CELLS = [
    # a label, or a line break, before the lived experience item in the Essential cell
    ("Experience: Lived experience of an eating disorder or self-harm, either yourself or as the parent of a "
     "young person, or equivalent experience in youth work", "not-met"),
    ("Good listening skills\nLived experience of mental distress or addiction, whether your own or that of "
     "someone close to you, or equivalent experience in a community mental health team", "not-met"),
    # twin: the cue belongs to the next item, past a semicolon
    ("Experience: Lived experience of an eating disorder or self-harm, either yourself or as the parent of a "
     "young person; a teaching degree or equivalent experience in youth work", "met"),
]


@pytest.mark.parametrize(("cell", "expected"), DOCX_CELLS)
def test_equivalent_experience_closes_the_item_in_a_word_table_cell(cell: str, expected: str) -> None:
    from docx_factory import Advert

    from jdlint.readers import read_bytes

    advert = Advert().title("Peer Support Worker")
    advert.para("You will support people in the community.")
    advert.heading("Person specification")
    advert.table([["Criteria", "Essential", "Desirable"], ["Experience", cell, "Peer support training"]])
    found = check_document(read_bytes(advert.bytes(), "advert.docx"), role="peer").verdict(LE)
    assert found.verdict == expected, found.why


DOCX_SECTION_PHRASES = [
    # a section phrase asking for the applicant, in a Normal paragraph with no colon or full stop,
    # heads the list under it: lived experience there is no longer "Desirable" (wanted: partly met)
    ("What we are looking for", "partly-met"),
    ("The person we're seeking", "partly-met"),
    # twin: a sentence opening with the same words leaves the list under "Desirable"
    ("What we are looking for is someone who gets it", "not-met"),
]


@pytest.mark.parametrize(("line", "expected"), DOCX_SECTION_PHRASES)
def test_a_section_phrase_heads_the_list_under_it_in_a_word_document(line: str, expected: str) -> None:
    from docx_factory import Advert

    from jdlint.readers import read_bytes

    advert = Advert().title("Peer Support Worker").para("You will support tenants in supported housing.")
    advert.heading("Desirable").bullets(["Welsh language skills"])
    advert.para(line).bullets(["Lived experience of addiction and recovery", "Warmth and patience"])
    found = check_document(read_bytes(advert.bytes(), "advert.docx"), role="peer").verdict(LE)
    assert found.verdict == expected, found.why


@pytest.mark.parametrize(("line", "expected"), DOCX_SECTION_PHRASES)
def test_a_section_phrase_heads_the_list_under_it_in_a_web_page(line: str, expected: str) -> None:
    from jdlint.readers.html import read_html

    page = ("<html><body><h1>Peer Support Worker</h1><p>You will support tenants in supported housing.</p>"
            "<h2>Desirable</h2><ul><li>Welsh language skills</li></ul>"
            f"<p>{line}</p><ul><li>Lived experience of addiction and recovery</li><li>Warmth and patience</li></ul>"
            "</body></html>")
    found = check_document(read_html(page, "advert.html"), role="peer").verdict(LE)
    assert found.verdict == expected, found.why


@pytest.mark.parametrize("text", [
    "You will work with registered nurses and peer workers on the Dundee ward.",
    "Registered psychologists and peer mentors in Victoria refer people to you.",
])
def test_peers_named_beside_a_profession_are_not_a_peer_credential(text: str) -> None:
    """ "registered nurses and peer workers": other people beside the nurses, not the field of
    a qualification, so not the peer credential that says what the role is."""
    found = verdict_of("Peer Support Worker\n\n" + text, ADJ)
    assert found.verdict == "met", found.why
    assert "peer credential" not in found.why, found.why


def test_peers_named_in_the_plural_under_no_title_are_the_posts_kind() -> None:
    """With no title found, plural peer staff before the lived experience ("Discharge Peer Workers
    draw on their own experiences ...") may be the post itself: the mention stays the applicant's
    (only a non-peer title makes them other staff, tests/test_role_classes.py)."""
    for text in ("Job summary\n\n- Main area\n- Discharge Peer Worker\n- Band\n- 3\n\nOn our wards, Discharge Peer "
                 "Workers draw on their own experiences of mental distress to support people after a hospital stay.\n",
                 "Details\n\n- Area: Community\n- Hours: 30\n\nOur Whānau Peer Supporters use their own lived "
                 "experience of caring for a loved one to walk alongside families.\n"):
        verdict = verdict_of(text, LE)
        assert verdict.verdict == "partly-met", f"{verdict.verdict}: {verdict.why}"


# --- a bold requirement label on the line right after a list item (no blank line between):
# CommonMark carries it on as the item's lazy continuation; it heads the items that follow ---
MARKDOWN = [
    ("## About you\n\n**Essential**\n\n- Lived experience of psychosis\n- A full driving licence\n"
     "**Desirable**\n\n- A degree in nursing or social work", "partly-met"),
    ("## Qualifications\n\n**Required**\n\n- Personal experience of recovery from addiction\n"
     "- CPRS certification\n**Preferred**\n\n- LCSW or LPC licensure", "partly-met"),
    ("## Who you are\n\n**Must have**\n\n- Lived experience of homelessness\n**Nice to have**\n\n"
     "- A degree in nursing or social work", "partly-met"),
    # twins: the label after a blank line (a heading already), and no label at all (all required)
    ("## About you\n\n**Essential**\n\n- Lived experience of psychosis\n\n**Desirable**\n\n"
     "- A degree in nursing or social work", "partly-met"),
    ("## Qualifications\n\n**Required**\n\n- Personal experience of recovery from addiction\n"
     "- CPRS certification\n- LCSW or LPC licensure", "not-met"),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN, ids=[t[:50] for t, _ in MARKDOWN])
def test_a_bold_label_carried_on_by_a_list_item_heads_the_items_after_it(text: str, expected: str) -> None:
    doc = read_markdown("# Peer Support Worker\n\n" + text)
    verdict = check_document(doc, role="peer").verdict(ADJ)
    assert verdict.verdict == expected, f"{verdict.verdict}: {verdict.why}"


# --- a table's caption that names both levels sets neither ("Minimum and preferred
# qualifications": each row's "Minimum" or "Preferred" cell does), unless it names an exception
# ("Required unless marked (asset)", "Essential except where marked D": an unmarked row has the
# level named first, a marked row its marker) ---
CAPTIONS = [
    ("## Qualifications\n\n**Required unless marked (asset)**\n\n| Qualification | Notes |\n|---|---|\n"
     "| Lived experience of psychosis as a service user | |\n| Peer support training | (asset) |", "met"),
    ("## Selection criteria\n\n**Essential except where marked D**\n\n| Criterion | Level |\n|---|---|\n"
     "| First aid certificate | D |\n| Personal experience of homelessness | |", "met"),
    ("## Qualifications\n\n**Minimum and preferred qualifications**\n\n| Qualification | Minimum / Preferred |\n"
     "|---|---|\n| Lived experience of recovery from addiction | Minimum |\n| LCSW | Preferred |", "met"),
    # twins: the row marked by the exception, and the row marked Preferred
    ("## Qualifications\n\n**Required unless marked (asset)**\n\n| Qualification | Notes |\n|---|---|\n"
     "| Peer support training | |\n| Lived experience of psychosis as a service user | (asset) |", "not-met"),
    ("## Selection criteria\n\n**Essential except where marked D**\n\n| Criterion | Level |\n|---|---|\n"
     "| First aid certificate | |\n| Personal experience of homelessness | D |", "not-met"),
    ("## Qualifications\n\n**Minimum and preferred qualifications**\n\n| Qualification | Minimum / Preferred |\n"
     "|---|---|\n| A driver's licence | Minimum |\n| Lived experience of recovery from addiction | Preferred |", "not-met"),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONS, ids=[t[:80] for t, _ in CAPTIONS])
def test_a_caption_naming_both_levels_leaves_the_level_to_the_rows(text: str, expected: str) -> None:
    doc = read_markdown("# Peer Support Worker\n\n" + text)
    verdict = check_document(doc, role="peer").verdict(LE)
    assert verdict.verdict == expected, f"{verdict.verdict}: {verdict.why}"


# --- a person specification table whose rows are ticked ("X", "✓", "Yes") in an Essential or a
# Desirable column: the tick's column is the row's level (blind set 113) ---
TICKS = [
    ("## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
     "| Lived experience of caring for someone with dementia | X | |\n| Driving licence | | X |", "met",
     ["Lived experience of caring for someone with dementia"]),
    ("## Selection criteria\n\n| Criterion | Essential | Desirable |\n|---|---|---|\n"
     "| Personal experience of recovery from gambling harm | ✓ | |", "met",
     ["Personal experience of recovery from gambling harm"]),
    ("## Person specification\n\n| Requirement | Essential | Desirable |\n|---|---|---|\n"
     "| A degree | Yes | |\n| Lived experience of homelessness | | Yes |", "not-met",
     ["Lived experience of homelessness"]),
    # twins: the tick in the other column, and a cell that is not a tick
    ("## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
     "| Driving licence | X | |\n| Lived experience of caring for someone with dementia | | X |", "not-met",
     ["Lived experience of caring for someone with dementia"]),
    ("## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
     "| Lived experience of psychosis | Lived experience of psychosis | |", "met",
     ["Lived experience of psychosis"]),
]


@pytest.mark.parametrize(("text", "expected", "evidence"), TICKS, ids=[t[:90] for t, _, _ in TICKS])
def test_a_tick_in_a_level_column_gives_the_row_its_level(text: str, expected: str, evidence: list[str]) -> None:
    found = check_document(read_markdown("# Peer Support Worker\n\n" + text), role="peer").verdict(LE)
    assert (found.verdict, [e.text for e in found.evidence][:1]) == (expected, evidence), found.why


# --- a senior peer post that covers shifts, with no other post or shortfall named: the peer
# team it leads is the one whose shifts it covers (not another profession's extra hands) ---
SENIOR_COVER = [
    ("Peer Support Team Leader", "You will step in to cover shifts when a peer worker is off sick.", "met"),
    ("Peer Recovery Supervisor", "Responsibilities: supervise Peer Recovery Coaches and cover open shifts as needed.", "met"),
    ("Lived Experience Coordinator", "Coordinate the peer roster and occasionally covering shifts yourself.", "met"),
    # twins: a practitioner post covering shifts, and a senior post covering another profession's
    ("Peer Support Worker", "You will step in to cover shifts when a colleague is off sick.", "not-met"),
    ("Peer Support Team Leader", "You will step in to cover nursing shifts on the ward.", "not-met"),
    ("Peer Recovery Supervisor", "You will cover shifts when the ward is short-staffed.", "not-met"),
    # --- shifts covered as another post ("as a healthcare assistant"), or a shortfall below safe
    # staffing: other staff's work, even for the team's lead ---
    ("Peer Support Team Leader", "Cover shifts in the unit as a health care assistant if required.", "not-met"),
    ("Lived Experience Lead", "Occasionally covering evening shifts as a disability support worker.", "not-met"),
    ("Peer Recovery Supervisor", "Step in on the floor whenever staff numbers drop below the safe minimum.", "not-met"),
    # twins: the lead covering its own team's shifts as a peer
    ("Peer Support Team Leader", "Cover shifts as a peer support worker when the team is on leave.", "met"),
    ("Peer Recovery Supervisor", "Cover open shifts yourself as a senior peer specialist.", "met"),
]


@pytest.mark.parametrize(("title", "text", "expected"), SENIOR_COVER, ids=[t[:50] for _, t, _ in SENIOR_COVER])
def test_a_senior_peer_post_covering_shifts_covers_its_own_team(title: str, text: str, expected: str) -> None:
    doc = read_text(f"{title}\n\n{text}")
    verdict = check_document(doc).verdict(ADJ)
    assert verdict.verdict == expected, f"{verdict.verdict}: {verdict.why}"


# --- named staff getting back to the applicant after they apply ("Our Volunteer Coordinator will call you
# back", "contacted by the Human Resources Coordinator") is the selection described without peers: the
# evidence where nothing else says who selects (blind set 139) ---
NAMED_CONTACT = [
    ("What happens next\n\nComplete the online form. Our Volunteer Co-ordinator will ring you back.",
     ["Our Volunteer Co-ordinator will ring you back."]),
    ("How to apply\n\nEmail your CV to the office and our Team Leader will get back to you.",
     ["Email your CV to the office and our Team Leader will get back to you."]),
    ("Applications are reviewed on a rolling basis. Candidates may be contacted by the Program Supervisor.",
     ["Candidates may be contacted by the Program Supervisor.", "Applications are reviewed on a rolling basis."]),
    # twins: no one named ("we", "by email"); the interviewers named elsewhere decide
    ("How to apply\n\nSend us your CV and we will call you back.", []),
    ("How to apply\n\nSend us your CV. Applicants may be contacted by email.", []),
    ("Selection\n\nInterviews are held by the Program Manager. Applicants will be contacted by the HR Coordinator.",
     ["Interviews are held by the Program Manager."]),
    # ... and not named staff getting back to the worker about the job itself: in a condition with no word
    # of applying ("If you are unwell on shift, ...") or after the hire ("Once you start, ..."); twins: the
    # form before, a condition about the application
    ("About the job\n\nIf you are unwell on shift, the Duty Manager will call you back within the hour.", []),
    ("Pay and benefits\n\nOnce you start, you will be contacted by Payroll about your pension.", []),
    ("Next steps\n\nSend in the expression of interest form. Our Team Leader will phone you back.",
     ["Our Team Leader will phone you back."]),
    ("Next steps\n\nIf your application is successful, our HR Coordinator will call you back.",
     ["If your application is successful, our HR Coordinator will call you back."]),
]


@pytest.mark.parametrize(("text", "evidence"), NAMED_CONTACT, ids=[t[:50] for t, _ in NAMED_CONTACT])
def test_named_staff_getting_back_to_the_applicant_is_the_selections_evidence(text: str, evidence: list[str]) -> None:
    verdict = verdict_of("Peer Support Worker\n\n" + text, PANEL)
    assert verdict.verdict == "not-met", verdict.why
    assert [e.text for e in verdict.evidence] == evidence
    assert ("not described" in verdict.why) == (not evidence)


def test_an_accommodation_offer_alone_does_not_describe_the_selection() -> None:
    verdict = verdict_of("Peer Support Worker\n\nAccommodations are available on request at any stage of the hiring "
                         "process, in accordance with applicable human rights legislation.", PANEL)
    assert verdict.verdict == "not-met" and not verdict.evidence and "not described" in verdict.why


# --- a person specification whose level is a tick ("X", "✓") under an "Essential" or
# "Desirable" column: the row has the level of the ticked column; ticks under both set neither ---
TICKS_BY_CRITERION = [
    (ADJ, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Two years volunteering with a crisis line | X | |",
     "not-met"),
    (ADJ, "| Requirement | Essential | Desirable |\n|---|---|---|\n| Diploma in counselling | | ✓ |", "partly-met"),
    (LE, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Personal experience of an eating disorder | ✓ | |",
     "met"),
    (LE, "| Attribute | Essential | Desirable |\n|---|---|---|\n| Lived experience of homelessness | x | |\n"
         "| Driving licence | | x |", "met"),
    # twins: the tick under the other level; ticks under both; a cell of words, not a tick
    (LE, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Personal experience of an eating disorder | | ✓ |",
     "not-met"),
    (LE, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Lived experience of homelessness | X | X |",
     "not-met"),
    (ADJ, "| Criteria | Essential | Desirable |\n|---|---|---|\n| Two years volunteering with a crisis line | "
          "See notes | |", "met"),
]


@pytest.mark.parametrize(("criterion", "text", "expected"), TICKS_BY_CRITERION,
                         ids=[f"{c}:{t[50:110]}" for c, t, _ in TICKS_BY_CRITERION])
def test_a_tick_under_a_level_column_sets_the_rows_level(criterion: str, text: str, expected: str) -> None:
    doc = read_markdown("# Peer Support Worker\n\n## Person specification\n\n" + text)
    verdict = check_document(doc, role="peer").verdict(criterion)
    assert verdict.verdict == expected, f"{verdict.verdict}: {verdict.why}"


def test_the_fix_for_lived_experience_ticked_desirable_moves_the_tick() -> None:
    doc = read_markdown("# Peer Support Worker\n\n## Person specification\n\n| Criteria | Essential | Desirable |\n"
                        "|---|---|---|\n| Personal experience of self-harm | | ✓ |\n| Driving licence | ✓ | |")
    verdict = check_document(doc, role="peer").verdict(LE)
    assert verdict.verdict == "not-met", verdict.why
    assert verdict.fix is not None
    assert verdict.fix.where == "in the person specification table, move the tick from the “Desirable” column to the Essential column"


def test_adj_evidence_is_the_statement_that_the_post_includes_no_clinical_work() -> None:
    # the post said not to include or involve clinical work: what the role is not (blind set 117)
    for sentence in ("The role does not involve any nursing tasks.", "This post will not include clinical duties."):
        verdict = verdict_of("Peer Worker\n\nYou will offer one-to-one peer support. " + sentence, ADJ)
        assert verdict.verdict == "met", verdict.why
        assert [e.text for e in verdict.evidence] == [sentence]
    # twin: a statement about something else says nothing of the role
    twin = verdict_of("Peer Worker\n\nYou will offer one-to-one peer support. The post does not include a car "
                      "allowance.", ADJ)
    assert twin.verdict == "met" and not twin.evidence


# h-lep: a guaranteed interview said as a promise to whoever meets the criteria, the sentence ending on the
# interview ("If you tell us you are a veteran and you meet the minimum criteria, you will be offered an
# interview."): a promise of who is interviewed, not who selects; not described, not quoted (blind152 mm09).
@pytest.mark.parametrize("text", [
    "Peer Support Worker\n\nWhat we offer\n\nIf you tell us you are a veteran and you meet the minimum criteria for "
    "the post, you will be offered an interview.",
    "Peer Mentor\n\nCare leavers who meet the essential criteria will be guaranteed an interview.",
    "Peer Worker\n\nDisabled applicants meeting all essential requirements will be offered an interview; we make "
    "adjustments on request.",
])  # fmt: skip
def test_panel_a_promised_interview_for_meeting_the_criteria_describes_no_selection(text: str) -> None:
    verdict = verdict_of(text, PANEL)
    assert (verdict.verdict, verdict.evidence) == ("not-met", ()), verdict.why
    assert "not described" in verdict.why


@pytest.mark.parametrize(("text", "expected", "evidence"), [
    # twins: the promised interview goes on to name who interviews; the panel named beside the promise
    ("Peer Worker\n\nIf you meet the essential criteria, you will be offered an interview with our Peer Lead and "
     "the manager.", "met", "If you meet the essential criteria, you will be offered an interview with our Peer "
     "Lead and the manager."),
    ("Peer Worker\n\nIf you meet the essential criteria, you will be offered an interview with the manager.",
     "not-met", "If you meet the essential criteria, you will be offered an interview with the manager."),
    ("Peer Worker\n\nIf you meet the essential criteria, you will be offered an interview. The panel includes a "
     "peer worker.", "met", "The panel includes a peer worker."),
])  # fmt: skip
def test_panel_a_promised_interview_that_names_who_interviews_still_decides(text: str, expected: str,
                                                                           evidence: str) -> None:
    verdict = verdict_of(text, PANEL)
    assert verdict.verdict == expected, verdict.why
    assert verdict.evidence[0].text == evidence


# --- h-b2: a whole sentence marked up as a subheading ("<h2>This role is only open to people who have ...</h2>",
# "## You must have lived experience of ...") is read as text, so its requirement counts (blind158 ms14) ---
@pytest.mark.parametrize(("page", "expected"), [
    ("<main><h1>Peer Bridger</h1><h2>About the role</h2><p>You will support people leaving hospital.</p>"
     "<h2>This post is only open to people who have been an inpatient on a psychiatric ward.</h2>"
     "<p>We ask this for a reason.</p></main>", "met"),
    ("<main><h1>Peer Mentor</h1><h3>You must have lived experience of homelessness yourself.</h3>"
     "<p>You will mentor residents.</p></main>", "met"),
    # twins: a short heading that is not a sentence; a sentence heading that only welcomes it
    ("<main><h1>Peer Mentor</h1><h2>Lived experience of homelessness</h2><p>You will mentor residents.</p></main>",
     "not-met"),
    ("<main><h1>Peer Mentor</h1><h2>Lived experience of homelessness is welcome but not required.</h2>"
     "<p>You will mentor residents.</p></main>", "not-met"),
    # (h-rev2 review) a sentence heading still heads the list after it, which keeps its level: what is
    # asked for under "... we are looking for." is essential, under "... would be desirable ..." desirable
    ("<main><h1>Peer Support Worker</h1><h2>Essential skills and experience we are looking for.</h2>"
     "<ul><li>Lived experience of mental health challenges</li></ul></main>", "met"),
    ("<main><h1>Peer Support Worker</h1><h2>What you will need to be successful in this role.</h2>"
     "<ul><li>Lived experience of mental health challenges</li></ul></main>", "met"),
    ("<main><h1>Peer Support Worker</h1><h3>The following would be desirable for this post.</h3>"
     "<ul><li>Lived experience of mental health challenges</li></ul></main>", "not-met"),
])  # fmt: skip
def test_a_sentence_in_heading_markup_is_read_as_text(page: str, expected: str) -> None:
    verdict = check_document(read_html(page), role="peer").verdict(LE)
    assert verdict.verdict == expected, verdict.why


def test_a_sentence_in_markdown_heading_markup_is_read_as_text() -> None:
    text = ("# Peer Support Worker\n\n## About the role\n\nYou will support adults.\n\n"
            "## This role is only open to people who have personal experience of mental distress.\n\n"
            "Tell us about it in your letter.\n")
    verdict = check_document(read_markdown(text), role="peer").verdict(LE)
    assert verdict.verdict == "met", verdict.why
    assert verdict.evidence[0].text.startswith("This role is only open")


def test_adj_evidence_is_the_sentence_that_gives_the_duty_to_others_or_keeps_the_role_apart() -> None:
    # an assessment said to be done by other staff in the passive, the post said not to be an assessor's,
    # or peer roles said to stay distinct: what the role is not, quoted as the met verdict's evidence
    for sentence in ("Risk assessments are completed by the clinical team; peer workers share what they notice "
                     "at the weekly review.",
                     "Needs assessments are carried out by our community mental health nurses.",
                     "This is not a needs assessment role: the council's social workers do those.",
                     "Work alongside the team leader so that peer roles stay distinct from nursing.",
                     "The peer role remains separate from the clinical work of the ward."):
        verdict = verdict_of("Peer Worker\n\nYou will offer one-to-one peer support. " + sentence, ADJ)
        assert verdict.verdict == "met", (sentence, verdict.why)
        assert [e.text for e in verdict.evidence] == [sentence]
    # twins: the assessments done by the peer team itself; a role said only to be new
    for sentence in ("Needs assessments are completed by the peer team.", "This is a new role in the team."):
        twin = verdict_of("Peer Worker\n\nYou will offer one-to-one peer support. " + sentence, ADJ)
        assert twin.verdict == "met" and not twin.evidence, (sentence, twin.evidence)


# (h-le, blind175) a principle named only as the people served's own ("help youth set healthy boundaries",
# "allow veterans to share their experiences") is the sentence that decides it is missing: with no principle set
# out as the post's practice, that sentence is the not-met verdict's evidence
SERVED_PRINCIPLES = [
    ("You will help young people keep healthy boundaries with their friends.", "You will help young people keep healthy boundaries with their friends."),
    ("Support clients to set clear boundaries with family members.", "Support clients to set clear boundaries with family members."),
    ("You will run groups that allow veterans to share their experiences.", "You will run groups that allow veterans to share their experiences."),
]


@pytest.mark.parametrize(("text", "evidence"), SERVED_PRINCIPLES, ids=[t[:50] for t, _ in SERVED_PRINCIPLES])
def test_pp_not_met_evidence_is_the_principle_named_as_the_served_persons(text: str, evidence: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\n" + text, PP)
    assert verdict.verdict == "not-met", verdict.why
    assert [e.text for e in verdict.evidence] == [evidence]
    assert "people served" in verdict.why


def test_pp_twins_the_workers_own_boundaries_or_no_principle_at_all() -> None:
    own = verdict_of("Peer Support Worker\n\nYou will hold clear boundaries with the young people you support.", PP)
    assert own.verdict == "partly-met", own.why
    talked = verdict_of("Peer Support Worker\n\nTalk openly with young people about boundaries in the peer relationship.", PP)
    assert talked.verdict == "partly-met", talked.why
    none = verdict_of("Peer Support Worker\n\nYou will welcome guests and make tea.", PP)
    assert none.verdict == "not-met" and not none.evidence, none.why


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # (h-role2) a requirement denied past a long kind, no wish beside it: not needed, as a short negation
        ("Lived experience of mental health challenges is not required for this position.", "not needed"),
        ("Personal experience of recovery from addiction is not essential for this role.", "not needed"),
        # twins: a wish beside the denial sets it below a requirement
        ("Lived experience of mental health challenges is valued but not essential.", "only desirable"),
        ("Lived experience of psychosis is helpful, though not required.", "only desirable"),
    ],
)  # fmt: skip
def test_a_requirement_denied_with_no_wish_says_lived_experience_is_not_needed(text: str, why: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\n" + text, LE)
    assert verdict.verdict == "not-met" and why in verdict.why, verdict.why


@pytest.mark.parametrize(
    ("advert", "expected"),
    [
        # (set187 nv08, nv10) a clinical word in the title that names the service or team the post works in:
        # after a comma, in brackets, or before a service noun ("Drop-in", "Team", "Program"); not the post's duty
        ("Peer Mentor, Street Outreach and Wound Care Project\n\nYou will walk alongside guests.", "met"),
        ("Peer Support Worker - Wound Care Drop-in\n\nYou will walk alongside guests.", "met"),
        ("Peer Specialist (Assertive Care Coordination)\n\nYou will share your recovery story.", "met"),
        ("Lived Experience Worker, Case Management\n\nYou will meet people in the community.", "met"),
        # twins: the same words after a dash with no service noun, or the duty in the body, stay the post's
        ("Peer Support Worker - Medication Administration\n\nYou will meet people in the community.", "not-met"),
        ("Peer Support Worker (Outreach)\n\nYou will give medication at the night shelter.", "not-met"),
        ("Peer Support Worker\n\nYou will help the nurse with wound care at the drop-in.", "partly-met"),
    ],
)  # fmt: skip
def test_adj_a_clinical_word_naming_the_service_in_the_title_is_no_duty(advert: str, expected: str) -> None:
    verdict = verdict_of(advert, ADJ)
    assert verdict.verdict == expected, verdict.why


# --- (le37) a list whose lead-in offers a choice ("one of the following", "any of the following", "at least one
# of") read as a heading over the list: its items are alternatives, so lived experience beside another
# profession's qualification or time in a job is substitutable (CS001 not met) and adjacent experience or a
# qualification is a route in (CS004 not met) ---
CHOICE_HEADINGS = [
    ("## Essential, one of the following:\n\n- lived experience of mental ill-health;\n"
     "- a Certificate IV in Mental Health;\n- two years in a community support role.", "not-met", "not-met"),
    ("## You will need any of the following\n\n- Personal experience of recovery from addiction\n"
     "- A diploma in community services", "not-met", "not-met"),
    ("## Required: at least one of\n\n- Lived experience of homelessness\n- Three years in housing support work",
     "not-met", "not-met"),
    # twins: every item lived experience, or a plain heading over the list, leave it required
    ("## Essential, one of the following:\n\n- lived experience of mental ill-health as a consumer;\n"
     "- lived experience as a carer of someone with mental ill-health.", "met", "met"),
    ("## Essential\n\n- Lived experience of homelessness\n- Three years in housing support work", "met", "met"),
]


@pytest.mark.parametrize(("text", "le", "adj"), CHOICE_HEADINGS, ids=[t[:50] for t, _, _ in CHOICE_HEADINGS])
def test_a_choice_lead_in_read_as_a_heading_makes_its_items_alternatives(text: str, le: str, adj: str) -> None:
    report = check_document(read_markdown("# Peer Support Worker\n\n" + text), role="peer")
    assert report.verdict(LE).verdict == le, report.verdict(LE).why
    assert report.verdict(ADJ).verdict == adj, report.verdict(ADJ).why


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # (le37) a lower level stated for lived experience is the evidence of not met, over prose that draws on it
        ("Share your own journey where it helps.\n\nLived experience of addiction is desirable but not essential.",
         "Lived experience of addiction is desirable but not essential."),
        ("Requirements\n\n- Must hold a driving licence.\n- Experience in recovery is preferred.",
         "Experience in recovery is preferred."),
        # (le37) the note that lets other experience stand in is quoted first
        ("Essential: lived experience of psychosis.\n\nApplicants without lived experience may instead show "
         "experience of working in a caring role.",
         "Applicants without lived experience may instead show experience of working in a caring role."),
    ],
)  # fmt: skip
def test_le_evidence_of_not_met_is_the_sentence_that_states_the_lower_level(text: str, quoted: str) -> None:
    verdict = verdict_of("Peer Support Worker\n\n" + text, LE)
    assert verdict.verdict == "not-met", verdict.why
    assert verdict.evidence and verdict.evidence[0].text == quoted, [e.text for e in verdict.evidence]


@pytest.mark.parametrize(
    "advert",
    [
        # (panel37) twins of a denied principle quoted for not met: sharing denied only at selection, or the
        # people served's sharing denied, decide nothing about the post's practice (no evidence); a principle
        # set out beside the denial gives partly met, quoted from the one set out
        "Peer Worker\n\nDo I have to talk about my health at interview? You don't have to share your story at interview.",
        "Peer Mentor\n\nWe will never pressure veterans to share their stories.",
    ],
)  # fmt: skip
def test_pp_a_denial_outside_the_posts_practice_is_no_evidence(advert: str) -> None:
    verdict = verdict_of(advert, PP)
    assert verdict.verdict == "not-met" and not verdict.evidence, [e.text for e in verdict.evidence]


def test_pp_a_principle_set_out_beside_a_denied_one_is_the_evidence() -> None:
    verdict = verdict_of("Peer Worker\n\nWe don't expect you to share your personal story. You will inspire hope.", PP)
    assert verdict.verdict == "partly-met" and [e.text for e in verdict.evidence] == ["You will inspire hope."], verdict.why
