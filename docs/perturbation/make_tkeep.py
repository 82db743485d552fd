#!/usr/bin/env python3
"""tkeep: the text counterpart of hkeep. It adds STORY, not furniture.

Into each tune page's text dump AND its gold body, between the story's own paragraphs (never above its first), this
set inserts 3-5 parts a variant that a real story carries and that look like furniture to a cleaner:
  - list: a bulleted or numbered list of facts (3-6 items; "- ", "• ", "* ", "1. ", "1) ", bare lines) under a
    lead-in sentence ending in a colon
  - qa: a short Q&A exchange ("Q: ..." / "A: ...", "Question:"/"Answer:", or speakers' names "SMITH: ...")
  - timeline: 3-5 dated lines ("March 3, 2019 — The council ...", "2019: ...", "3 March 2019 - ...")
  - subhead: a 3-8 word subheading with no full stop over the next paragraph
  - quote: a one-line paragraph of quoted speech ("“We’re not going anywhere,” she said.")
  - table: a small table dumped as lines of cells (pipes, tabs, runs of spaces, or one cell a line), under a
    lead-in ending in a colon
  - note: an "Editor's note:", "Correction:", "Clarification:" or "Update:" paragraph (gold keeps them)
  - social: a paragraph that reports newsletters, comments, subscriptions, sharing or apps as news
    ("The company said 2 million people subscribed to its newsletter last year.")
Parts are written in many wordings, seeded, from the page's own names and content words. Two variants a page
(<id>~1, <id>~2); halves A/B split by page id (seeded shuffle). The gold is the page's gold with the same parts
inserted before the same story paragraph.
Usage: make_tkeep.py OUTDIR [SEED] -> OUTDIR/{A,B}/pages/<id>~k.txt, OUTDIR/{A,B}/gold.json, OUTDIR/meta.tsv
"""
import random, re, sys

import tunepages
from tunepages import norm, words

SEED = 39_2026_1206
WORD = re.compile(r"\w+")

FIRST = ["Anya", "Bram", "Celine", "Dev", "Esther", "Farid", "Gwen", "Hamish", "Ines", "Jules", "Kofi", "Lena",
         "Marisol", "Nate", "Odile", "Priya", "Ruben", "Saoirse", "Tomas", "Ulla", "Vikram", "Wren", "Yusuf"]
LAST = ["Abernethy", "Carraway", "Dimitriou", "Eze", "Fairbairn", "Gutierrez", "Haldane", "Iqbal", "Kerrigan",
        "Lindqvist", "Mbeki", "Novak", "Okafor", "Petrakis", "Quint", "Rasmussen", "Sato", "Tremblay", "Varga"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being this that
these those it its he she they we you i his her their our your them him us not no yes do does did have has had will
would can could should may might said says say also than then there here what which who whom when where why how all
any some more most other such only own same so too very just into over after before about against between during
through under again further once out up down off new one two three first last year years time people there their
because while still even much many well back being since until could would""".split())

LEADS = ["Here is what the {X} plan includes:", "The report lists {n} key findings:", "Among the measures announced:",
         "According to the documents, the proposal would:", "The key points of the {X} deal:",
         "Those affected by the {X} include:", "What we know so far:", "{NAME} set out {w} conditions:",
         "The {X} review found that:", "Under the new rules:", "The changes, in brief:",
         "The figures tell part of the story:", "Officials listed the following {X} concerns:",
         "Among the {X} options on the table:", "The lawsuit makes {w} claims:", "The candidates are:",
         "Residents raised several points at the meeting:", "The main recommendations are:",
         "The {X} bill would do the following:", "By the numbers:", "{NAME}'s office gave these reasons:"]
ITEMS = ["A review of {X} spending by {mon} {yr}", "{n} new {X} posts over {w} years",
         "Funding for {X} and {X2}, worth ${n} million", "Cuts to the {X} budget of up to {p}%",
         "{NAME} would lead the {X} panel", "An independent audit of the {X}",
         "Stricter rules on {X} from {mon} {yr}", "A ban on {X} in {n} districts",
         "Public hearings on the {X2} before the vote", "{p}% of respondents backed the {X}",
         "The {X} office will close in {mon}", "A new {X} fund for {X2}", "{NAME}, who chairs the {X} group",
         "{n} complaints about {X} since {yr}", "Free {X} for families earning under ${n},000",
         "The {X2} deadline moves to {mon} {day}", "Quarterly reports on {X} to the board",
         "{NAME2}, a former {X} adviser", "Changes to how {X} is measured", "More staff for the {X2} team"]
NUMS = ["- ", "• ", "* ", "– ", "· ", "{i}. ", "{i}) ", "", "", "- "]
QS = ["What does the {X} mean for {X2}?", "Why now?", "Who pays for the {X}?", "What happens next?",
      "How did {NAME} respond?", "Is the {X} plan likely to pass?", "What changed since {yr}?",
      "How many people are affected?", "What is the {X2} dispute about?", "When will the {X} take effect?"]
AS = ["It depends on the {X}. {NAME} has said the {X2} will not change before {yr}.",
      "Officials say about {n},000 people could be affected in the first year.",
      "Not quickly. The {X} process takes at least {w} months, and the {X2} review comes first.",
      "{NAME} called it a fair outcome and said the {X} would be reviewed in {mon}.",
      "The cost is shared: {p}% from the state and the rest from {X} fees.",
      "Probably by {mon} {yr}, although the {X2} timetable has slipped before.",
      "The {X} rules were written for a different era, critics argue.",
      "Mostly the {X}. The {X2} question has barely come up.",
      "Yes, if the {X} numbers hold. Nobody expects that to be easy."]
SPEAKQ = ["So what went wrong with the {X}?", "Did you expect the {X2} to go this way?",
          "What do you say to critics of the {X}?", "How long have you worked on {X}?",
          "Is there a plan B?", "What would you tell {X2} families?"]
SPEAKA = ["Honestly, we underestimated the {X}. We thought the {X2} would carry it.",
          "No. Nobody did. But the {X} numbers were there if you looked.",
          "I'd say look at the {X2}. That is where the work has been.",
          "About {w} years, on and off. It has changed a lot since {yr}.",
          "There is always a plan B. We just don't talk about it yet.",
          "That we hear them, and that the {X} is not finished."]
EVENTS = ["The council votes to review the {X}", "{NAME} announces the {X} plan", "First {X} complaints are filed",
          "A court blocks the {X2} rules", "The {X} report is published", "Talks on the {X} collapse",
          "{NAME} steps down from the {X2} board", "Lawmakers approve {X} funding", "The {X} pilot begins in {n} towns",
          "An appeal over the {X2} is lodged", "The first {X} hearing is held", "{NAME2} takes over the {X} inquiry",
          "Protests over the {X} spread", "The {X2} deal is signed"]
DATES = ["{Mon} {day}, {yr}", "{day} {Mon} {yr}", "{Mon3} {day}, {yr}", "{Mon} {yr}", "{yr}", "{day}/{mo}/{yr}"]
DASH = [" — ", " – ", " - ", ": ", " -- ", "\t"]
SUBS = ["The fight over the {X}", "What {NAME} wants", "A long road to the {X}", "Why the {X} matters",
        "Inside the {X} deal", "How we got here", "What happens next", "The view from the {X2}",
        "Questions about the {X} remain", "Not everyone is convinced", "A closer look at the {X}",
        "The {X} numbers", "What's next for the {X}", "The latest on the {X2}", "More on the {X}",
        "Reaction to the {X} ruling", "Who is {NAME}", "The cost of the {X}", "Behind the {X2} decision",
        "Mixed feelings in the {X2} community", "Read the full {X} report here"]
QUOTES = ["“We’re not going anywhere,” she said.", "“This is about the {X}, not about politics,” {NAME} said.",
          "\"We have been waiting {w} years for this,\" said {NAME}.", "“Nobody told us about the {X},” he said.",
          "“It’s a start,” {LAST} said. “It’s not enough.”", "“I don’t think the {X} is over,” said {NAME}.",
          "\"The {X} was always going to be the hard part,\" {LAST} told reporters.",
          "“We’ll see,” {NAME} said, when asked about the {X2}.", "“That’s the {X} we were promised,” she added.",
          "“Everyone here knows someone affected by the {X},” he said.", "“Frankly, it’s embarrassing,” said {NAME}."]
TLEADS = ["The figures, by year:", "How the {X} numbers compare:", "The results by district:",
          "Here is how the {X} money is split:", "The {X} vote, by party:", "The latest {X} figures:", None, None]
NOTES = ["Editor's note: This story has been updated to include comment from {NAME}.",
         "Editor’s note: {NAME} is a former contributor to this publication.",
         "Correction: An earlier version of this story misstated the {X} figure. It is {n},000, not {n2},000.",
         "Correction: A previous version of this article misspelled {NAME}'s name.",
         "Clarification: The {X} report was commissioned by the {X2} board, not by {NAME}.",
         "Update, {Mon} {day}: {NAME} said on {wd} that the {X} plan would go ahead.",
         "CORRECTION: The {X} vote took place on {wd}, not {wd2} as previously reported.",
         "Editor's Note: This article was corrected on {Mon} {day} to reflect the {X} timeline.",
         "This story was updated at {h}:{mm} p.m. with details of the {X} ruling."]
SOCIAL = ["The company said {n} million people subscribed to its newsletter last year.",
          "{NAME} said the app had been downloaded {n} million times since {Mon}.",
          "Comments on the council's website ran to {n},000, most of them opposed to the {X}.",
          "The post was shared more than {n},000 times on Facebook before it was taken down.",
          "The {X} newsletter, launched in {yr}, now has {n},000 subscribers, according to {NAME}.",
          "Subscriptions to the paper rose {p}% after the {X} coverage, the publisher said.",
          "The group urged members in an email newsletter to share the {X} petition with friends.",
          "More than {n},000 readers left comments on the {X} proposal during the consultation.",
          "The app, which lets users follow {X} updates, was removed from the store in {Mon}.",
          "{NAME} said the {X} video had been viewed and shared millions of times on social media.",
          "The site closed its comments section in {yr}, citing abuse directed at {X} staff.",
          "Paid subscribers to the {X} service fell by {p}% in the quarter, the company reported."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]




class Page:
    def __init__(self, pid, text, gold):
        self.pid, self.text, self.gold = pid, text, gold
        self.paras = re.split(r"\n\s*\n", text.strip("\n"))
        self.gparas = [p.strip() for p in re.split(r"\n+", gold) if p.strip()]
        gnorms = [norm(p) for p in self.gparas]
        # story paragraphs of the dump with the gold paragraph each one is: pairs (dump index, gold index)
        self.body = []
        for i, p in enumerate(self.paras):
            n = norm(p)
            if words(p) < 8 or "\n" in p.strip(): continue
            j = next((j for j, g in enumerate(gnorms) if g == n), None)
            if j is not None and (not self.body or j > self.body[-1][1]): self.body.append((i, j))
        counts = {}
        for t in WORD.findall(gold):
            if len(t) > 4 and t.islower() and t not in STOP and not t.isdigit(): counts[t] = counts.get(t, 0) + 1
        self.words = [w for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:25]] or ["plan"]
        names = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b", gold)
        seen = []
        for n in names:
            if n not in seen and not any(w.lower() in STOP for w in n.split()): seen.append(n)
        self.names = seen[:12]


class Gen:
    def __init__(self, r, page): self.r, self.p = r, page
    def c(self, xs): return self.r.choice(xs)

    def name(self):
        return self.c(self.p.names) if self.p.names and self.r.random() < 0.75 else self.c(FIRST) + " " + self.c(LAST)

    def fill(self, s, **kw):
        r = self.r
        n = r.randint(2, 90)
        d = dict(n=n, n2=n + r.randint(1, 9), p=r.randint(3, 68), w=self.c(["two", "three", "four", "five", "six"]),
                 mon=self.c(MONTHS), Mon=self.c(MONTHS), Mon3=self.c(MON3), day=r.randint(1, 28), mo=r.randint(1, 12),
                 yr=r.randint(2009, 2023), h=r.randint(1, 11), mm=f"{r.randint(0, 59):02d}",
                 wd=self.c(WEEKDAYS), wd2=self.c(WEEKDAYS), X=self.c(self.p.words), X2=self.c(self.p.words),
                 NAME=self.name(), NAME2=self.name(), LAST=self.name().split()[-1])
        d.update(kw)
        return s.format(**d)

    def lines(self, ls):
        # a part's lines: one a line mostly, blank lines between them sometimes
        return ("\n\n" if self.r.random() < 0.25 else "\n").join(ls)

    def part(self, kind):
        r = self.r
        if kind == "list":
            mark = self.c(NUMS)
            items = [self.fill(x) for x in r.sample(ITEMS, r.randint(3, 6))]
            if r.random() < 0.3: items = [x + "." for x in items]
            if r.random() < 0.2: items = [x[0].lower() + x[1:] + ";" for x in items]
            return self.lines([self.fill(self.c(LEADS))] + [mark.format(i=i + 1) + x for i, x in enumerate(items)])
        if kind == "qa":
            shape = r.randint(0, 2)
            k = r.randint(2, 3)
            out = []
            if shape == 2:
                who = self.name()
                ask = self.c(["Q", "Interviewer", "REPORTER", self.c(FIRST).upper()])
                ans = self.c([who.split()[-1].upper(), who.split()[-1], who])
                qs, as_ = r.sample(SPEAKQ, k), r.sample(SPEAKA, k)
                for q, a in zip(qs, as_): out += [f"{ask}: " + self.fill(q), f"{ans}: " + self.fill(a)]
            else:
                qp, ap = (("Q: ", "A: ") if shape == 0 else self.c([("Question: ", "Answer: "), ("Q. ", "A. "),
                                                                        ("Q – ", "A – ")]))
                for q, a in zip(r.sample(QS, k), r.sample(AS, k)): out += [qp + self.fill(q), ap + self.fill(a)]
            return self.lines(out)
        if kind == "timeline":
            dash = self.c(DASH)
            fmt = self.c(DATES)
            yr0 = r.randint(2009, 2019)
            out = [self.fill(fmt, yr=yr0 + i) + dash + self.fill(e)
                   + self.c([".", ".", ""]) for i, e in enumerate(r.sample(EVENTS, r.randint(3, 5)))]
            if r.random() < 0.5:
                out.insert(0, self.fill(self.c(["A timeline of the {X} dispute:", "How the {X} row unfolded:",
                                                 "Key dates:", "The {X} case so far:", "The road to the {X2} vote:"])))
            return self.lines(out)
        if kind == "subhead":
            for _ in range(20):
                s = self.fill(self.c(SUBS))
                if 3 <= words(s) <= 8: break
            return s.upper() if r.random() < 0.15 else s
        if kind == "quote":
            return self.fill(self.c(QUOTES))
        if kind == "table":
            yr0 = r.randint(2012, 2020)
            cols = self.c([["Year", "{XC}", "Change"], ["District", "Votes", "Share"], ["Group", "{XC}", "{X2C}"],
                           ["", "{yr}", "{yr2}"]])
            X, X2 = self.c(self.p.words), self.c(self.p.words)
            kw = dict(XC=X.capitalize(), X2C=X2.capitalize(), yr=yr0, yr2=yr0 + 1)
            head = [c.format(**kw) for c in cols]
            rows = []
            for i in range(r.randint(2, 4)):
                lab = self.c([str(yr0 + i), self.c(LAST), self.c(["North", "South", "East", "West", "Central"]),
                              self.c(FIRST) + " " + self.c(LAST)])
                rows.append([lab, f"{r.randint(1, 40)},{r.randint(100, 999)}", self.c([f"{r.randint(1, 60)}%",
                             f"+{r.randint(1, 20)}%", f"-{r.randint(1, 20)}%", str(r.randint(10, 99))])])
            sep = self.c([" | ", "\t", "   ", "|", "cell"])
            if sep == "cell": out = [c for row in [head] + rows for c in row if c]
            else: out = [sep.join(row).strip() for row in [head] + rows]
            lead = self.c(TLEADS)
            if lead: out.insert(0, self.fill(lead))
            return "\n".join(out)
        if kind == "note":
            return self.fill(self.c(NOTES))
        if kind == "social":
            return self.fill(self.c(SOCIAL))
        raise ValueError(kind)


KINDS = ["list", "qa", "timeline", "subhead", "quote", "table", "note", "social"]


def perturb(page, variant, seed=SEED):
    r = random.Random(f"{seed}:{page.pid}:{variant}")
    if len(page.body) < 3: return None
    g = Gen(r, page)
    k = r.randint(3, 5)
    kinds = r.sample(KINDS, k)
    slots = page.body[1:]
    at = sorted(r.sample(range(len(slots)), min(k, len(slots))))
    while len(at) < k: at.append(r.choice(range(len(slots))))
    at.sort()
    ins = {}  # slot index -> parts inserted before that story paragraph
    for kind, s in zip(kinds, at): ins.setdefault(s, []).append((kind, g.part(kind)))
    paras, gold = list(page.paras), list(page.gparas)
    for s in sorted(ins, reverse=True):
        di, gi = slots[s]
        texts = [t for _, t in ins[s]]
        paras[di:di] = texts
        gold[gi:gi] = texts
    desc = " ".join(f"{kind}@{s + 1}" for s in sorted(ins) for kind, _ in ins[s])
    return "\n\n".join(paras) + "\n", "\n\n".join(gold), desc, ins


def main():
    outdir = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else SEED
    gold = tunepages.gold()
    tune = tunepages.tune_ids()

    def variant(pid, v):
        res = perturb(Page(pid, tunepages.page_text(pid), gold[pid]['articleBody']), v, seed)
        return None if res is None else (res[0], res[2], res[1])

    made, skipped = tunepages.write_variants(outdir, tune, tunepages.halves(tune, SEED), gold, variant)
    print(f"{made} documents, {skipped} variants skipped (fewer than 3 story paragraphs found)", file=sys.stderr)


if __name__ == '__main__':
    main()
