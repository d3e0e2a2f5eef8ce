"""Shared facts for corpus54 (standard library only): grades and statement texts used by
both the document builders and make_gold.py, so that the two cannot drift apart."""

AS, HAM, NW, GLO, DOR = ("Avon and Somerset Constabulary", "Hampshire Constabulary",
                         "North Wales Police", "Gloucestershire Constabulary", "Dorset Police")
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

KEYS = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
AREA = {
    PPT: "Police powers and public treatment",
    PREV: "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
    RESP: "Responding to the public",
    INV: "Investigating crime",
    PVP: "Protecting vulnerable people",
    MOS: "Managing offenders and suspects",
    WORK: "Building, supporting and protecting the workforce",
    LFM: "Leadership and force management",
}
SHORT = {PREV: "Preventing crime and antisocial behaviour"}

# PEEL 2023-25 grades, the same in every document of the corpus
GRADES = {
    AS:  dict(zip(KEYS, [G, G, RI, A, A, G, A, G])),
    HAM: dict(zip(KEYS, [A, G, A, RI, RI, A, G, A])),
    NW:  dict(zip(KEYS, [G, O, G, G, A, G, G, G])),
    GLO: dict(zip(KEYS, [RI, A, I, RI, RI, A, RI, I])),
    DOR: dict(zip(KEYS, [G, G, G, A, G, A, G, A])),
}
# earlier grades stated in passing
AS_2122_RESP = I
HAM_2122_INV = RI
DOR_2122_INV = RI

# ---- Gloucestershire 2023-25 -------------------------------------------------------
GLO_CC1 = ("Gloucestershire Constabulary does not answer emergency and non-emergency calls "
           "promptly enough, and it does not consistently identify the risk to callers, so some "
           "people who need help urgently wait too long for it.")
GLO_R1A = ("By 31 December 2025, the force should make sure that it answers 999 calls within "
           "ten seconds, in line with the national standard.")
GLO_R1B_LEAD = "By 31 March 2026, the force should:"
GLO_R1B_SUBS = ["introduce a structured risk assessment for every call it receives;",
                "make sure supervisors in the control room review calls that are graded for a "
                "scheduled response; and",
                "tell callers when there will be a delay in attendance."]
GLO_R1B = " ".join([GLO_R1B_LEAD] + GLO_R1B_SUBS)
GLO_CC2 = ("The constabulary does not have a sound enough understanding of the demand it faces "
           "or of the capability of its workforce, and this limits its ability to plan its "
           "finances and its future workforce.")
GLO_R2A = ("By 30 June 2026, the force should complete a comprehensive assessment of current and "
           "future demand and use it to set its workforce plan.")
GLO_AFI = [
    (PPT, "The force should make sure that officers record the reasonable grounds for every stop "
          "and search, and that supervisors review a sample of these records."),
    (INV, "The force should make sure that investigations are supervised effectively and that "
          "each has a documented investigation plan."),
    (PVP, "The force should improve the way it identifies repeat victims of domestic abuse when "
          "they contact it."),
    (WORK, "The force should make sure that it understands the wellbeing needs of officers and "
           "staff in the control room and supports them."),
]

# ---- Hampshire 2023-25 --------------------------------------------------------------
HAM_AFI = [
    (INV, "The force should make sure that victims are kept informed about the progress of their "
          "investigations and that it records when it has contacted them."),
    (INV, "The force should reduce the number of investigations that are closed because the "
          "victim does not support further police action, by seeking evidence-led prosecutions "
          "where it can."),
    (PVP, "The force should make sure that its safeguarding referrals for children are made "
          "promptly and contain enough information for partner agencies to act on."),
    (RESP, "The force should make sure that it reviews the risk to callers who are waiting for an "
           "officer to attend."),
    (PPT, "The force should improve how it monitors the use of force by officers, including how "
          "often body-worn video is switched on."),
]
HAM_2122_AFI = ("The force should improve the quality of its initial investigations, including "
                "the early gathering of evidence at the scene.")

# ---- North Wales 2023-25 ------------------------------------------------------------
NW_AFI = [
    (PVP, "The force should make sure that its officers consistently record the voice of the "
          "child when they attend incidents involving children."),
    (PVP, "The force should improve the timeliness of its applications for domestic violence "
          "protection orders."),
    (INV, "The force should make sure that digital devices seized during investigations are "
          "examined without undue delay."),
]

# ---- Dorset 2023-25 ----------------------------------------------------------------
DOR_AFI = [
    (INV, "The force should make sure that investigation plans are recorded and reviewed by "
          "supervisors for all crimes allocated for investigation."),
    (INV, "The force should improve the rate at which it identifies and pursues suspects for "
          "burglary and theft offences."),
    (MOS, "The force should make sure that it manages the risk posed by registered sex offenders "
          "within the timescales set by national guidance."),
    (LFM, "The force should improve its understanding of the skills of its workforce so it can "
          "plan for future demand."),
]

# ---- Avon and Somerset 2023-25 ------------------------------------------------------
AS_AFI = [
    (RESP, "The force should reduce the time it takes to answer non-emergency calls, and make "
           "sure that callers who abandon a call are contacted where there is a risk."),
    (RESP, "The force should make sure that incidents are attended within the times set by its "
           "own call-grading policy."),
    (PVP, "The force should make sure that referrals to the multi-agency safeguarding hub are "
          "reviewed within agreed timescales."),
    (WORK, "The force should make sure that all supervisors have completed training in how to "
           "manage the performance of officers and staff."),
]
AS_2122_CC = ("Avon and Somerset Constabulary needs to improve how quickly it answers and responds "
              "to calls for service, so that the risk to vulnerable callers is identified and "
              "managed.")
