"""Shared statement texts for corpus65 (standard library; imported by the builders and by
make_gold.py so that every quoted statement is written once)."""

# Hampshire Constabulary ------------------------------------------------------------
H_COC21 = ("The constabulary does not make sure that investigations are allocated promptly, "
           "properly supervised and completed to a good standard. As a result, too many victims "
           "do not receive the service they should.")
H_REC21A = ("Within six months, the constabulary should make sure that supervisors review every "
            "open investigation at least once every 28 days and record a plan for the next steps.")
H_REC21B = ("Within six months, the constabulary should make sure that investigations are "
            "allocated to officers with the skills and training to complete them.")
H_AFI21 = ("The constabulary should improve how quickly it answers non-emergency calls so that "
           "fewer callers abandon them.")
H_A1 = ("The constabulary should make sure that the risk to callers is reassessed when "
        "attendance is delayed beyond the time it has set for an incident's grade.")
H_A2 = ("The constabulary should make sure that officers consider and record the voice of the "
        "child when they attend domestic abuse incidents.")
H_A3 = ("The constabulary should improve how it identifies and supports officers and staff "
        "whose wellbeing is affected by exposure to traumatic incidents.")

# Sussex Police ----------------------------------------------------------------------
S_1 = ("The force should make sure that investigation plans are recorded and that supervisors "
       "review them at set intervals.")
S_2 = ("The force should make sure that it gives victims the support and updates they are "
       "entitled to under the Code of Practice for Victims of Crime.")
S_3 = ("The force should evaluate its problem-solving work so that it understands which "
       "approaches reduce crime and anti-social behaviour.")
S_4 = ("The force should make sure it has a clear understanding of the demand it faces, and "
       "that its plans for the workforce reflect that understanding.")
S_21 = "The force should improve how it records equality data when officers use force."

# Essex Police -----------------------------------------------------------------------
E_1 = ("The force should make sure that its external scrutiny panel for stop and search "
       "reviews a representative sample of body-worn video footage.")
E_2 = ("The force should make sure that officers carry out and record all proportionate lines "
       "of enquiry at the first opportunity.")
E_3 = ("The force should reduce the backlog of visits to registered sex offenders so that each "
       "offender is visited within the period their risk level requires.")
E_4 = ("The force should make sure that it records crimes of coercive and controlling behaviour "
       "when they are reported alongside other domestic abuse offences.")

# Kent Police ------------------------------------------------------------------------
K_1819A = ("The force should improve how it records and monitors the use of force by its "
           "officers, so that it can identify any disproportionality.")
K_1819B = ("The force should make sure that it has a clear understanding of the skills and "
           "capabilities of its workforce, so that it can plan for future demand.")
K_COC1 = ("Kent Police is not answering emergency and non-emergency calls quickly enough, and it "
          "does not always assess the risk to callers properly. This means that some vulnerable "
          "people may be put at risk of harm.")
K_R1A = ("Within three months, the force should make sure that it has enough call handlers on "
         "duty to meet its demand at peak times.")
K_R1B = ("Within six months, the force should make sure that call handlers use a structured risk "
         "assessment for every call and record its outcome.")
K_COC2 = ("The force does not always take the right safeguarding action when officers attend "
          "incidents involving vulnerable people.")
K_R2A = ("Within six months, the force should make sure that officers complete a risk "
         "assessment at every domestic abuse incident they attend.")
K_R2B = ("Within six months, the force should make sure that supervisors review the "
         "safeguarding decisions made in high-risk cases before the end of each shift.")
K_A1 = ("The force should make sure that victims are told when it decides to close their "
        "investigation, and why.")
