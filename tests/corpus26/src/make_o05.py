"""Write src/o05.html: o05_head.html plus the AFI table rows (standard library)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
FOUND = {
1: "We reviewed 220 stop and search records. In 31 of them the recorded grounds were not reasonable, and in most of these the only ground recorded was the smell of cannabis. Supervisors told us they check records when they have time, but the force could not show us any audit from the last twelve months. The force’s external scrutiny group looks at body-worn video footage, but it sees only the footage the force chooses to show it. We found that young people and people from ethnic minority backgrounds were over-represented among those searched with no further action, and the force has not yet explained why. It has begun to publish its data on a public dashboard, which we welcome.",
2: "At the time of our inspection, the average time to answer a 101 call was just over eleven minutes, and in the evening it was often longer than twenty minutes. About a quarter of callers hung up before their call was answered. The force introduced a call-back option in 2023 but withdrew it after a software fault, and it has not been restored. Call handlers told us that they sometimes leave non-emergency calls waiting because they are asked to support the emergency line. The force has recruited additional call handlers, but many are still in training, and the benefit of the new staff will not be seen until the summer.",
3: "In 14 of the 52 investigations we reviewed in which the victim had withdrawn support, there was no record of why, and in most of these no supervisor had considered whether the investigation could continue without the victim’s support. Officers told us they were not confident about building an evidence-led case, and some did not know that body-worn video footage could be used as evidence of a victim’s first account. The force has produced guidance on evidence-led prosecutions, but it has not been widely read, and the training that was planned to support it has been delayed twice. Supervisors we spoke to were aware of the problem, but few had been given the time to address it with their teams.",
4: "Officers attending incidents of domestic abuse usually identify children who live at the address, but the referral to children’s social care is often made several days later. Partners told us that this delay means they cannot always offer support at the time it is most needed. The force’s multi-agency safeguarding hub has a backlog of referrals, and the force does not monitor how long each one waits. We found examples of good practice in the hub, including a daily meeting with education partners, but these are not yet consistent across the county.",
5: "The force completes a risk assessment for most children who are reported missing, but the quality is variable. In some cases we reviewed, the risk was assessed as low although the child had been missing several times before and was known to be at risk of exploitation. Supervisors did not always review the assessment, and in three cases the review took place after the child had returned home. The force has a dedicated missing person coordinator, who is well regarded by partners, but there is only one and the post is temporary.",
6: "The force has a workforce plan, but it is based on the number of posts rather than on the skills the force will need. It does not have a full record of the training its officers and staff have completed, and it could not tell us how many of its detectives were accredited. This makes it difficult for the force to plan how it will meet the demand it expects, particularly in public protection, where demand is growing fastest. The force’s medium-term financial plan is sound, and it holds modest reserves.",
}
AFIS = [
(1, "Police powers and public treatment", "The force should make sure that the grounds recorded for every stop and search are reasonable, and that supervisors check a sample of these records each month and act on what they find."),
(2, "Responding to the public", "The force should make sure that it answers non-emergency calls promptly, and that callers who are waiting are offered a call back."),
(3, "Investigating crime", "The force should make sure that the reasons a victim withdraws support for an investigation are recorded, and that an evidence-led prosecution is considered in every suitable case."),
(4, "Protecting vulnerable people", "The force should improve how quickly it shares information with children’s social care after attending incidents of domestic abuse at which children are present."),
(5, "Protecting vulnerable people", "The force should improve the quality of the risk assessments it completes when children are reported missing, and make sure that a supervisor reviews each one."),
(6, "Leadership and force management", "The force should make sure that its workforce plan is based on a full understanding of the skills and capacity of its workforce, so that it can meet the demand it expects in 2026 and 2027."),
]
rows = "\n".join(
    '<tr><td class="id">AFI %d</td><td class="ar">%s</td><td><p class="st">%s</p>'
    '<p class="wf"><b>What we found</b></p><p>%s</p></td></tr>' % (n, area, st, FOUND[n])
    for n, area, st in AFIS)
head = open(os.path.join(HERE, "o05_head.html"), encoding="utf-8").read()
tail = """</tbody></table>
<p style="margin-top:4mm">We have not made any recommendations to Dorset Police other than those that accompany the cause of concern. Our national recommendations on vetting, published in 2022, apply to all chief constables and are not repeated here.</p>
</body></html>
"""
with open(os.path.join(HERE, "o05.html"), "w", encoding="utf-8") as fh:
    fh.write(head + rows + "\n" + tail)
