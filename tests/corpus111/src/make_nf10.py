"""nf10.csv: an exported archive (one row per post) of a bilingual North Wales Police thread
on its PEEL 2021/22 report, with replies. Standard library; run from src/."""
import csv

rows = [
    ["tweet_id", "created_at", "author_handle", "author_name", "in_reply_to", "text", "media_alt_text", "reply_count", "retweet_count", "like_count"],
    ["1575071209388425216", "2022-09-28T09:00:14Z", "NWPolice", "North Wales Police | Heddlu Gogledd Cymru", "",
     "🧵 1/5 Heddiw mae @HMICFRS wedi cyhoeddi ei adroddiad PEEL 2021/22 ar Heddlu Gogledd Cymru.\n\nToday @HMICFRS published its PEEL 2021/22 report on North Wales Police. Here's how we did ⬇️",
     "", "14", "38", "121"],
    ["1575071213117165568", "2022-09-28T09:00:15Z", "NWPolice", "North Wales Police | Heddlu Gogledd Cymru", "1575071209388425216",
     "2/5 🟢 Da / Good\n• Trin y cyhoedd / Treatment of the public\n• Atal trosedd / Preventing crime\n• Ymchwilio i drosedd / Investigating crime\n• Diogelu pobl fregus / Protecting vulnerable people\n• Rheoli troseddwyr / Managing offenders\n• Datblygu gweithle cadarnhaol / Developing a positive workplace",
     "Infographic with six green tiles. Each tile says Good next to an area: treatment of the public, preventing crime, investigating crime, protecting vulnerable people, managing offenders, developing a positive workplace.",
     "3", "12", "64"],
    ["1575071216447500288", "2022-09-28T09:00:16Z", "NWPolice", "North Wales Police | Heddlu Gogledd Cymru", "1575071213117165568",
     "3/5 🟡 Digonol / Adequate\n• Ymateb i'r cyhoedd / Responding to the public\n• Defnydd da o adnoddau / Good use of resources\n\n⭐ Rhagorol / Outstanding\n• Cofnodi data am drosedd / Recording data about crime",
     "Infographic: two yellow tiles marked Adequate (responding to the public; good use of resources) and one purple tile marked Outstanding (recording data about crime).",
     "5", "9", "41"],
    ["1575071219740028928", "2022-09-28T09:00:17Z", "NWPolice", "North Wales Police | Heddlu Gogledd Cymru", "1575071216447500288",
     "4/5 Mae'r arolygwyr am i ni wella. / The inspectors want us to improve here:\n\n➡️ The force should make sure it answers non-emergency calls, including calls to 101, within a reasonable time.\n\nWe've moved 30 more staff into the Joint Communications Centre since the inspection.",
     "", "9", "7", "33"],
    ["1575071223099666432", "2022-09-28T09:00:18Z", "NWPolice", "North Wales Police | Heddlu Gogledd Cymru", "1575071219740028928",
     "5/5 Prif Gwnstabl / Chief Constable Gethin Rowlands: ‘Diolch i bawb. Thank you to every officer, PCSO, special and member of staff.’\n\nDarllenwch yr adroddiad llawn / Read the full report 👉 https://t.co/NwP33l2122",
     "Photo of Chief Constable Gethin Rowlands in uniform outside Force Headquarters, Colwyn Bay.",
     "11", "15", "98"],
    ["1575079934452604928", "2022-09-28T09:34:51Z", "NWPoliceFed", "North Wales Police Federation", "1575071219740028928",
     "Answering 101 faster needs people. Glad to see the extra staff – but ‘adequate’ for responding is no surprise to anyone on shift.",
     "", "2", "6", "27"],
    ["1575083317460131840", "2022-09-28T09:48:18Z", "wrexham_walker", "Ffion 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "1575071216447500288",
     "Outstanding for crime data?? Better than Cheshire, over the border anyway 😉",
     "", "1", "0", "5"],
    ["1575084890112217088", "2022-09-28T09:54:33Z", "NWPolice", "North Wales Police | Heddlu Gogledd Cymru", "1575083317460131840",
     "@wrexham_walker Diolch Ffion! We'll leave Cheshire Constabulary to talk about their own report 🙂",
     "", "0", "0", "9"],
]
with open("../docs/nf10.csv", "w", encoding="utf-8", newline="") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(rows)
print("wrote nf10.csv")
