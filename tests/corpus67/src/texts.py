"""Shared statement texts for corpus67 (standard library only).
Every cause of concern and recommendation is written once here, so that a document that
quotes it later holds exactly the same statement."""

# Wiltshire Police, PEEL 2021/22 causes of concern and recommendations
W_COC1 = ("The force doesn't answer calls from the public quickly enough, and it doesn't "
          "always assess the risk to callers properly. This means that vulnerable people may "
          "not get the response they need.")
W_R1 = ("Within three months, the force should make sure that it has enough trained call "
        "handlers on duty to answer emergency and non-emergency calls within national standards.")
W_R2 = ("Within three months, the force should make sure that call handlers use a structured "
        "risk assessment for every call, and that supervisors check the quality of these assessments.")
W_COC2 = ("The force isn't managing the risk to vulnerable people well enough while incidents "
          "are waiting for an officer to attend.")
W_R3 = ("Within six months, the force should review how it manages incidents that are waiting "
        "to be allocated, so that risk is reassessed and the victim is contacted when "
        "attendance is delayed.")
W_R4 = ("Within six months, the force should make sure that safeguarding referrals are made "
        "to partner agencies without delay.")

# Gloucestershire Constabulary, PEEL 2023-25 (accelerated cause of concern, investigations)
G_COC1 = ("The constabulary's investigations are not consistently well planned or supervised, "
          "and too many victims are not updated on the progress of their case.")
G_R1 = ("Within three months, the constabulary should make sure that every investigation has "
        "an appropriate plan that is reviewed by a supervisor.")
G_R2 = ("Within three months, the constabulary should make sure that victims are updated in "
        "line with the Code of Practice for Victims of Crime.")
G_R3_LEAD = ("Within six months, the constabulary should improve its understanding of "
             "investigative demand by:")
G_R3_BUL = ["reviewing the number and complexity of investigations allocated to each officer;",
            "making sure that investigations are allocated to staff with the right skills; and",
            "monitoring how long investigations take to complete."]
G_R3 = G_R3_LEAD + " " + " ".join(G_R3_BUL)

# Gloucestershire Constabulary, PEEL 2023-25 report: second cause of concern (crime data)
G_COC2 = ("The constabulary isn't recording all crimes that are reported to it, and too many "
          "reports of violence and of domestic abuse go unrecorded.")
G_R4 = ("Within six months, the constabulary should make sure that all crimes reported to it "
        "are recorded without delay and in line with the national crime recording standard.")

# Gloucestershire 2023-25 areas for improvement (in the improvement plan)
G_AFI1 = ("The constabulary should improve how it records and monitors the use of force, so "
          "that it can identify any disproportionality.")
G_AFI2 = ("The constabulary should make sure that it has enough trained staff to manage "
          "registered sex offenders in line with national guidance.")
