#!/usr/bin/env python3
"""make_nextstory.py : the "nextstory" text perturbation set (tgen38b, 2026-12-06), from the tune pages only.

Endless-scroll pages load the next article below the one that was asked for, and a scrape dumps it all: after each
tune page's story in its text dump this set appends 1-3 whole further articles, built from OTHER tune pages' gold
bodies of the same half (A never borrows B's text), each cut to 3-12 of its paragraphs (the first ones, as the
article opens), each under a header in varied shapes:
  - a separator line ("Next article", "Up next", "Read next", "NEXT STORY", "More from <Section>", "—", none)
  - the headline alone, or with a standfirst, a byline ("By Jane Doe", "Jane Doe | Herald", "JANE DOE, Staff
    Writer"), a date or time stamp ("Nov 19, 2019 7:45 am", "2 hours ago", "Updated 10:42 AM EST"), or several
  - sometimes the next article's own share and ad lines, above its text or between its paragraphs, and its own
    tail ("Share this article", tags) below it
Headlines are the donor page's own title line when its dump has one, else written from its lede; some appended
articles are about the page's subject: the donor is the same-half page sharing most content words with the page
(40%), or the headline names the page's own people or content words (25%), so word overlap does not tell them apart.
The appended run sits right below the story's last gold paragraph (above the page's own tail furniture) or at the
dump's end (below it), or inside the tail furniture, varied. Gold unchanged. One or two variants a page
(<id>~1, <id>~2); halves A/B split by page id (seeded shuffle).
Usage: make_nextstory.py OUTDIR [SEED]  ->  OUTDIR/{A,B}/pages/<id>~k.txt, OUTDIR/{A,B}/gold.json, OUTDIR/meta.tsv
"""
import random, re, sys

import tunepages
from tunepages import norm, words

SEED = 38_2026_1207
WORD = re.compile(r"\w+")

FIRST = ["Anya", "Bram", "Celine", "Dev", "Esther", "Farid", "Gwen", "Hamish", "Ines", "Jules", "Kofi", "Lena",
         "Mateo", "Nia", "Otto", "Pia", "Ravi", "Selma", "Theo", "Uma", "Viktor", "Wren", "Yusuf", "Zara", "Jane",
         "Michael", "Sarah", "David", "Laura", "James", "Emily", "Robert", "Priya", "Chen", "Maria", "Tom"]
LAST = ["Abernethy", "Carraway", "Dimitriou", "Eze", "Fairbairn", "Gutierrez", "Haldane", "Iqbal", "Kerrigan",
        "Lindgren", "Mwangi", "Novak", "O'Rourke", "Pellegrini", "Ruiz", "Sorensen", "Tolliver", "Varga", "Yilmaz",
        "Doe", "Smith", "Jones", "Miller", "Walsh", "Nguyen", "Patel", "Kowalski", "Hart", "Brennan"]
OUTLETS = ["Herald", "The Courier", "Daily Post", "Tribune", "Associated Press", "Reuters", "The Gazette",
           "Star-Ledger", "The Chronicle", "AFP", "Bloomberg", "The Times", "Sentinel", "Observer", "Bulletin"]
ROLES = ["Staff Writer", "Staff Reporter", "Senior Correspondent", "Political Editor", "Contributor",
         "Business Reporter", "Sports Writer", "Science Editor", "Special to the Herald", "Correspondent"]
SECTIONS = ["News", "Politics", "Business", "Sport", "Sports", "Tech", "Technology", "Opinion", "World", "Health",
            "Science", "Culture", "Local", "Money", "Entertainment", "Lifestyle", "Climate", "Travel"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "January", "March",
          "November", "December", "June", "Sept."]
SEPARATORS = ["Next article", "Next Article", "NEXT ARTICLE", "Up next", "Up Next", "UP NEXT", "Read next",
              "Read Next", "NEXT STORY", "Next story", "Next Story", "More from {S}", "More From {S}",
              "MORE FROM {SU}", "Continue reading", "Keep reading", "Next up", "Next in {S}", "—", "———",
              "* * *",
              "Advertisement", "Scroll to continue", "Read more {S}", "Also in {S}", "You might also like",
              "Recommended", "Next", "Trending now", "The next story"]
STAMPS = ["{mon} {day}, {yr} {clk}", "{mon} {day}, {yr} at {clk}", "{mon} {day}, {yr}", "{day} {mon} {yr}",
          "{h} hours ago", "{h}h ago", "{m} minutes ago", "{m} mins ago", "Updated {clk2} {tz}",
          "Updated {mon} {day}, {yr}, {clk}", "Published {mon} {day}, {yr}", "Posted {clk} {tz}, {mon} {day}",
          "{wd}, {mon} {day}, {yr}", "{day}/{mo}/{yr} {hh}:{mm}", "{yr}-{mo2}-{day2}", "Yesterday",
          "Last updated: {clk2} {tz}", "{d} days ago", "{mon} {day} {yr}, {hh}:{mm} {tz}", "Just now"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Fri"]
SHARE = ["Share", "Share this article", "Share on Facebook", "Share on Twitter", "Tweet", "Email",
         "Facebook Twitter Email", "Share Tweet Email", "Copy link", "Print", "Save", "Comments", "{n} Comments",
         "Share via Email", "Link copied", "Facebook | Twitter | LinkedIn", "Listen to this article",
         "{n} min read", "Gift this article", "Save for later"]
ADS = ["Advertisement", "ADVERTISEMENT", "Ad", "Sponsored", "Story continues below advertisement",
       "Article continues below", "Continue reading below", "Advertisement - Scroll to continue"]
TAILS = ["Tags: {S}, {X}", "Topics: {S}", "Filed under: {S}", "Share this article", "Read more about {X}",
         "© {yr} {O}", "Copyright {yr} {O}. All rights reserved.", "Related: {S}", "More on {X}",
         "Reporting by {F} {L}; Editing by {F2} {L2}"]
# headlines written about the page's own people and content words, or from a donor's lede
HEAD_NAMED = ["{NAME} says {X} plan will go ahead", "What {NAME} said about the {X}",
              "{NAME} faces questions over {X}", "Why {NAME}'s {X} matters more than you think",
              "{NAME} to step up {X} push after criticism", "The {X} debate: {NAME} speaks out",
              "{NAME}: 'We got the {X} wrong'", "Inside {NAME}'s {X} gamble", "{NAME} responds to {X} report",
              "How the {X} changed everything for {NAME}", "{NAME} and the {X}: a timeline",
              "Analysis: {NAME}'s {X} strategy is running out of road", "{X} row deepens as {NAME} digs in"]
HEAD_WORDS = ["The {X} problem nobody wants to talk about", "{X} and {X2}: what comes next",
              "Five things to know about the {X}", "New {X} rules spark {X2} fears",
              "Opinion: the {X} is not the answer", "Explained: the {X} and why it matters",
              "{XC} costs rise again as {X2} bites", "Experts warn over {X} and {X2}"]
FURNITURE = re.compile(r"(?i)\b(skip|menu|sign|log|subscribe|newsletter|cookies?|privacy|terms|copyright|share|"
                       r"follow|search|advert\w*|welcome|download|app|comments?|photo|image|video|getty|reuters|"
                       r"by|minutes?|minutos?|leitura|press|updated|published|posted|read|more|related|click|email|"
                       r"javascript|browser)\b|©|\d{4}|"
                       r"\d:\d\d|\|")
STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being this that
these those it its he she they we you i his her their our your them him us not no yes do does did have has had will
would can could should may might said says say also than then there here what which who whom when where why how all
any some more most other such only own same so too very just into over after before about against between during
through under again further once out up down off new one two three first last year years time people""".split())




def content(gold):
    counts = {}
    for t in WORD.findall(gold):
        if len(t) > 4 and t.islower() and t not in STOP and not t.isdigit(): counts[t] = counts.get(t, 0) + 1
    return counts


class Page:
    def __init__(self, pid, text, gold):
        self.pid, self.text, self.gold = pid, text, gold
        self.paras, self.body = tunepages.story_paras(text, gold)
        first = self.body[0] if self.body else len(self.paras)
        gl = norm(gold[:200])
        # the headline: the nearest title-like line above the lede that names no page furniture
        self.title = next((p.strip() for p in reversed(self.paras[:first]) if 4 <= words(p) <= 18 and "\n" not in p
                           and norm(p) not in gl and not p.strip().endswith(('.', ':')) and p.strip()[:1].isupper()
                           and not FURNITURE.search(p)), None)
        self.gparas = [p.strip() for p in re.split(r"\n+", gold) if p.strip()]
        c = content(gold)
        self.words = [w for w, _ in sorted(c.items(), key=lambda kv: -kv[1])[:25]] or ["plan"]
        self.wordset = set(w for w, _ in sorted(c.items(), key=lambda kv: -kv[1])[:60])
        names = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b", gold)
        seen = []
        for n in names:
            if n not in seen and not any(w.lower() in STOP for w in n.split()): seen.append(n)
        self.names = seen[:12]


class Gen:
    def __init__(self, r, page):
        self.r, self.p = r, page

    def c(self, xs): return self.r.choice(xs)

    def fill(self, s, donor=None):
        r = self.r
        src = donor or self.p
        sec = self.c(SECTIONS)
        h12 = r.randint(1, 12)
        d = dict(n=r.randint(2, 240), m=r.randint(2, 55), h=r.randint(1, 23), d=r.randint(1, 12),
                 mon=self.c(MONTHS), day=r.randint(1, 28), yr=r.randint(2016, 2024), mo=r.randint(1, 12),
                 mo2=f"{r.randint(1, 12):02d}", day2=f"{r.randint(1, 28):02d}", hh=f"{r.randint(0, 23):02d}",
                 mm=f"{r.randint(0, 59):02d}", wd=self.c(WEEKDAYS),
                 clk=f"{h12}:{r.randint(0, 59):02d} {self.c(['pm', 'am', 'PM', 'AM', 'p.m.', 'a.m.'])}",
                 clk2=f"{h12}:{r.randint(0, 59):02d} {self.c(['AM', 'PM'])}",
                 tz=self.c(["EST", "ET", "GMT", "BST", "PT", "CET", "AEST", "IST"]), S=sec, SU=sec.upper(),
                 X=self.c(src.words), X2=self.c(src.words), O=self.c(OUTLETS), F=self.c(FIRST), L=self.c(LAST),
                 F2=self.c(FIRST), L2=self.c(LAST),
                 NAME=self.c(src.names) if src.names else self.c(FIRST) + " " + self.c(LAST))
        d["XC"] = d["X"].capitalize()
        return s.format(**d)

    def byline(self):
        f, l, o = self.c(FIRST), self.c(LAST), self.c(OUTLETS)
        shapes = [f"By {f} {l}", f"By {f} {l}", f"{f} {l} | {o}", f"{(f + ' ' + l).upper()}, {self.c(ROLES)}",
                  f"By {f} {l}, {o}", f"{f} {l}", f"By {(f + ' ' + l).upper()}", f"{f} {l} and {self.c(FIRST)} "
                  f"{self.c(LAST)}", f"By {f} {l} and {self.c(FIRST)} {self.c(LAST)}", f"Words by {f} {l}",
                  f"{f} {l}, {self.c(ROLES)}", f"By {o} staff"]
        return self.c(shapes)

    def headline(self, donor, about):
        if about == "named" and self.p.names: return self.fill(self.c(HEAD_NAMED))
        if about == "named": return self.fill(self.c(HEAD_WORDS))
        if donor.title and self.r.random() < 0.8: return donor.title
        # written from the donor's lede: its first clause, cut short, no full stop
        lede = re.split(r"(?<=[.!?])\s", donor.gparas[0])[0]
        ws = lede.rstrip(".!?\"”").split()
        return " ".join(ws[:self.r.randint(6, 12)]).strip(",;:\"“”")

    def standfirst(self, donor):
        sents = [s for p in donor.gparas[:3] for s in re.split(r"(?<=[.!?])\s+", p) if 8 <= words(s) <= 30]
        if sents and self.r.random() < 0.5: return self.c(sents)
        return self.fill(self.c(["The {X} is back on the agenda, and this time it may stick.",
                                 "A new report on {X} raises questions about {X2}.",
                                 "Critics say the {X} was never going to work. Supporters disagree.",
                                 "What the {X} means for you, and what happens next.",
                                 "After months of {X}, a decision is expected this week."]), donor)


def article(g, donor, about):
    """One appended article: a separator, a header, the donor's first 3-12 paragraphs, maybe its share/ad/tail."""
    r = g.r
    lines = []
    desc = []
    sep = g.c(SEPARATORS) if r.random() < 0.7 else None
    if sep:
        lines.append(g.fill(sep))
        desc.append("sep=" + lines[-1].replace(" ", "_"))
    head = [g.headline(donor, about)]
    shape = r.choice(["alone", "stand", "by", "stamp", "by+stamp", "stand+by", "kicker", "all"])
    if shape == "kicker": head.insert(0, g.c(SECTIONS).upper() if r.random() < 0.5 else g.c(SECTIONS))
    if shape in ("stand", "stand+by", "all"): head.append(g.standfirst(donor))
    if shape in ("by", "by+stamp", "stand+by", "all"):
        by = g.byline()
        if shape == "by+stamp" and r.random() < 0.4: head.append(by + g.c([" | ", " · ", ", ", " - "]) +
                                                                  g.fill(g.c(STAMPS)))
        else: head.append(by)
    if shape in ("stamp", "all") or (shape == "by+stamp" and not re.search(r"\d|ago|Yesterday|now", head[-1])):
        head.append(g.fill(g.c(STAMPS)))
    desc.append(shape)
    lines += head
    n = r.randint(3, 12)
    paras = donor.gparas[:n]
    if len(paras) < 3: paras = donor.gparas[:]
    share = r.random() < 0.35
    if share:
        desc.append("share")
        for s in r.sample(SHARE, r.randint(1, 3)): lines.append(g.fill(s))
    body = list(paras)
    if r.random() < 0.25 and len(body) > 3:
        body.insert(r.randint(1, len(body) - 1), g.c(ADS))
        desc.append("ad")
    lines += body
    if r.random() < 0.3:
        lines.append(g.fill(g.c(TAILS), donor))
        desc.append("tail")
    blank = r.random() < 0.85
    return ("\n\n" if blank else "\n").join(lines), f"{donor.pid[:6]}:{about}:{len(paras)}p:{'+'.join(desc)}"


def perturb(page, variant, pool, seed=SEED):
    r = random.Random(f"{seed}:{page.pid}:{variant}")
    if not page.body: return None
    g = Gen(r, page)
    last = page.body[-1]
    others = [p for p in pool if p.pid != page.pid and len(p.gparas) >= 2]
    near = sorted(others, key=lambda p: -len(p.wordset & page.wordset))[:3]
    k = r.choices([1, 2, 3], [0.45, 0.35, 0.2])[0]
    arts, descs = [], []
    used = set()
    for i in range(k):
        x = r.random()
        if x < 0.4 and near:
            donor, about = r.choice(near), "near"
        elif x < 0.65:
            donor, about = r.choice(others), "named"
        else:
            donor, about = r.choice(others), "other"
        if donor.pid in used: donor = r.choice(others)
        used.add(donor.pid)
        t, d = article(g, donor, about)
        arts.append(t)
        descs.append(d)
    where = r.choices(["tail", "end", "mid"], [0.5, 0.35, 0.15])[0]
    if where == "mid" and last + 2 >= len(page.paras): where = "end"
    if where == "tail": at = last + 1
    elif where == "end": at = len(page.paras)
    else: at = r.randint(last + 2, len(page.paras))
    out = page.paras[:at] + arts + page.paras[at:]
    return "\n\n".join(out) + "\n", f"{where}:{k}:" + " ".join(descs)


def main():
    outdir = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else SEED
    gold = tunepages.gold()
    tune = tunepages.tune_ids()
    half = tunepages.halves(tune, SEED)
    pages = {pid: Page(pid, tunepages.page_text(pid), gold[pid]['articleBody']) for pid in tune}
    pools = {h: [pages[p] for p in tune if half[p] == h] for h in 'AB'}
    tunepages.write_variants(
        outdir, tune, half, gold, lambda pid, v: perturb(pages[pid], v, pools[half[pid]], seed),
        lambda pid: range(1, random.Random(f"{seed}:{pid}").choice([1, 2, 2]) + 1))


if __name__ == '__main__':
    main()
