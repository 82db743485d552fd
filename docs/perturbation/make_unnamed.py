#!/usr/bin/env python3
"""make_unnamed.py : the "unnamed" text perturbation set (tgen37, 2026-12-06), from the tune pages only.

Injects furniture that no shipped rule names, above, between and below the story's paragraphs:
  - "run": 3-8 headline-like lines (other stories' headlines, invented, on varied topics, title case or sentence
    case, some with a trailing date / "2h" / comment count, some with a kicker like "OPINION |"), under a section
    heading no rule names ("Around the region", "Elsewhere in Sport", "Our picks", a bare "Business"), or none;
    one headline a line, or one a paragraph
  - "card": a single teaser card (headline + one-sentence summary, maybe a byline or date line)
  - "mast": masthead and staff lines ("Editor: Jane Doe", "Published by ... Media Group"), addresses, phone
    numbers, contact boxes
Gold unchanged. Every page gets two variants (<id>~1, <id>~2); halves A/B split by page id (seeded shuffle), so both
variants of one page sit in one half.
Usage: make_unnamed.py OUTDIR  ->  OUTDIR/{A,B}/pages/<id>~k.txt, OUTDIR/{A,B}/gold.json, OUTDIR/meta.tsv
"""
import random, re, sys

import tunepages
from tunepages import norm, words

SEED = 37_2026_1206

TOWNS = ["Bramwell", "Castlereagh", "Dunholm", "Elmstead", "Fernhill", "Glenrock", "Hollins Cross", "Ivybridge",
         "Jarrow Quay", "Kessock", "Larchmont", "Merriton", "Newhaven Point", "Orford", "Penwithick", "Queensferry",
         "Rosedale", "Saltmarsh", "Tamworth Vale", "Upperby", "Wexcombe", "Yarrowdale"]
FIRST = ["Anya", "Bram", "Celine", "Dev", "Esther", "Farid", "Gwen", "Hamish", "Ines", "Jules", "Kofi", "Lena",
         "Mateo", "Nia", "Otto", "Pia", "Ravi", "Selma", "Theo", "Uma", "Viktor", "Wren", "Ximena", "Yusuf", "Zara"]
LAST = ["Abernethy", "Bellweather", "Carraway", "Dimitriou", "Eze", "Fairbairn", "Gutierrez", "Haldane", "Iqbal",
        "Jovanovic", "Kerrigan", "Lindgren", "Mwangi", "Novak", "O'Rourke", "Pellegrini", "Quaid", "Ruiz",
        "Sorensen", "Tolliver", "Underhill", "Varga", "Whitcombe", "Yilmaz", "Zimmerman"]
SECTION = ["Business", "Lifestyle", "Sport", "Culture", "Science", "Health", "Money", "Technology", "Travel",
           "Environment", "Local", "Education", "Food & Drink", "Property", "Motoring", "Arts", "Books", "Weather",
           "Politics", "World", "Entertainment", "Family", "Gardening", "Crime & Courts"]
# section headings that no shipped rule names (checked with `explain`); "{S}" a section, "{P}" a town
HEADINGS = ["Around the region", "Around the Region", "AROUND THE REGION", "Elsewhere in {S}", "Elsewhere in {P}",
            "Our picks", "Our Picks", "OUR PICKS", "On the agenda", "On the Agenda", "From the archive",
            "From the Archive", "In case you missed it", "In Case You Missed It", "ICYMI", "Also today",
            "Across the state", "Across the county", "Elsewhere on the site", "The week's best", "Weekend reads",
            "In the spotlight", "Worth your time", "Staff picks", "What we're watching", "This week in {S}",
            "{S} roundup", "Around town", "Elsewhere", "From our newsroom", "News from {P}", "Best of {S}",
            "Talking points", "Today's paper", "In focus", "Spotlight", "Fresh off the press", "{S}", "{S}",
            "{S_up}", "{S}", "The {P} Brief", "Last week's highlights", "Across the network", "Before you go",
            "Meanwhile", "Picked by our editors", "Also making news", "Today in {S}", "{S} desk",
            "Around {P}", "Hot off the press", "Reader favourites", "Week in review", "The rundown"]
KICKERS = ["OPINION |", "Opinion |", "ANALYSIS |", "EXCLUSIVE:", "LIVE |", "REVIEW |", "{S_up} |", "Comment:",
           "WATCH |", "PODCAST |", "Explainer |", "Letters |", "{S} |"]
TRAIL = ["{n}h", " {n}h ago", "{n}m", "{mon} {day}", "{day} {mon} {yr}", "{mon} {day}, {yr}", "{n} comments",
         "({n})", "{n} comments", "Yesterday", "{n} days ago", "{dow}", "{n}"]
SUBJ = ["Ministers", "The county board", "Dock workers", "A rural hospital", "Parents", "The school district",
        "Tenants", "Bus drivers", "Astronomers", "The orchestra", "A tech start-up", "Fishermen", "The regulator",
        "Nurses", "Shop owners", "The city's oldest bakery", "Commuters", "Beekeepers", "The striker", "Climbers",
        "A local charity", "Wine growers", "The airline", "The museum", "Cyclists", "The head coach", "Chefs",
        "Pensioners", "Investors", "The mayor", "Police", "Farmers", "Students", "The council", "Retailers"]
VERB = ["fight to save", "say no to", "quietly expand", "count the cost of", "scramble to fix", "win battle over",
        "lose appeal over", "unveil", "prepare for", "rethink", "sue over", "cheer", "demand answers on",
        "face questions over", "abandon", "double down on", "split over", "reopen", "race to finish", "bet on",
        "warn over", "celebrate", "turn their backs on", "pour millions into"]
OBJ = ["the harbour wall", "a four-day week", "the night ferry", "a new clinic", "ticket prices", "the old mill",
       "the reservoir plan", "free school lunches", "the tram depot", "a rooftop solar scheme", "the ring road",
       "summer opening hours", "a pay freeze", "the high street", "the skate park", "the transfer window",
       "the derby", "electric buses", "a vegan menu", "mortgage rates", "the new stadium", "the book festival",
       "an AI chatbot", "the heatwave", "a sourdough craze", "the cup final", "remote working", "fuel duty"]
HEAD = ["{W} {D} {T}", "{W} {D} {T} in {P}", "{P}: {W} {D} {T}", "How {P} learned to love {T}",
        "Why {w} {D} {T}", "{W} {D} {T} as deadline looms", "The quiet battle over {T}",
        "'{Q}': {w} {D} {T}", "{N} things we learned about {T}", "What next for {T}?", "Inside the row over {T}",
        "{F} {L}: we must not {d2} {T}", "Is {T} really worth it?", "{P} braces for {T} decision",
        "Revealed: the real price of {T}", "{W} {D} {T} after {N}-year wait", "Review: {T} ({N}/5)",
        "{F} {L} on life after {T}", "The week {P} turned against {T}", "{N} best places to eat in {P}",
        "Recipe: one-pan lemon chicken", "Weather: rain clears by {dow}", "Scores: {P} {n}, {P2} {m}",
        "{F} {L} named new head of {P} hospital", "Shares slide as {w} {D} {T}", "Obituary: {F} {L}, {N}0",
        "Man charged after {P} crash", "Watchdog to review {T}", "Five minutes with {F} {L}",
        "{P} teen wins national award", "Traffic: lane closures on {T}", "Our verdict on {T}"]
QUOTE = ["We feel betrayed", "It was chaos", "Nobody asked us", "This is our home", "We had no choice",
         "A bitter pill"]
SUMMARY = ["{W} in {P} say the decision over {T} came without warning.",
           "The plan to {d2} {T} has divided opinion for months.",
           "Critics warn the bill for {T} could double by next spring.",
           "A petition against {T} has gathered {N},000 signatures.",
           "{F} {L} asks whether {T} will ever be finished.",
           "Here is what we know so far about {T}.",
           "Officials in {P} insist {T} is on track.",
           "It is the {o} setback for {T} this year.",
           "Locals in {P} are split, and the vote is next week.",
           "The result leaves {P} {n} points adrift with {m} games to play."]
BYLINE = ["By {F} {L}", "{F} {L}", "By {F} {L} | {mon} {day}, {yr}", "{F} {L} · {n}h ago", "{mon} {day}, {yr}",
          "{day} {mon} {yr}", "{F} {L}, {S} reporter"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "January", "March",
          "October"]
DOWS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GROUPS = ["{P} Media Group", "{L} Newspapers Ltd", "{P} Press Holdings", "Northern {L} Media", "{L} & {L2} Publishing",
          "the {P} Gazette Company"]
MAST = ["Editor: {F} {L}", "Editor {F} {L}", "Editor-in-chief: {F} {L}", "Managing editor: {F} {L}",
        "Managing Editor {F} {L}", "Deputy editor: {F} {L}", "News editor: {F} {L}", "{S} editor: {F} {L}",
        "Publisher: {F} {L}", "General manager: {F} {L}", "Chief sub-editor: {F} {L}",
        "Advertising: {F} {L}", "Photography: {F} {L}", "Digital editor: {F} {L}"]
PUB = ["Published by {G}", "Published by {G}, {a}", "Printed and published by {G}",
       "The {P} Gazette is published by {G}", "© {yr} {G}. All rights reserved.", "A {G} title",
       "Registered office: {a}", "Registered in England No. {reg}"]
ADDR = ["{n} {St}, {P} {pc}", "{n} {St}", "{P} {pc}", "PO Box {box}, {P}", "Unit {n}, {St}, {P}"]
STREETS = ["High Street", "Mill Lane", "Station Road", "Harbour View", "Church Street", "Market Square",
           "King's Parade", "Bridge Road"]
PHONE = ["Tel: {ph}", "Phone: {ph}", "Tel {ph}", "Call {ph}", "Newsdesk: {ph}", "Newsroom {ph}",
         "Switchboard: {ph}", "Fax: {ph}", "{ph}", "Advertising: {ph}", "Classifieds {ph}"]
MAIL = ["Email: news@{dom}", "news@{dom}", "E-mail: editor@{dom}", "Email newsdesk@{dom}", "{dom}",
        "Web: www.{dom}", "letters@{dom}"]
BOXHEAD = ["Contact us", "CONTACT US", "Contact the newsroom", "Get in touch", "Our team", "Who we are",
           "The team", "Masthead", "Newsroom", "Contact", "Reach us", "Got a story?", "Staff"]




def title_case(s):
    small = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "at", "as", "by", "over", "after", "with"}
    ws = s.split(" ")
    return " ".join(w if (i and w.lower() in small) or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(ws))


class Gen:
    def __init__(self, r): self.r = r
    def c(self, xs): return self.r.choice(xs)

    def fill(self, s):
        r = self.r
        w = self.c(SUBJ)
        sec = self.c(SECTION)
        return s.format(W=w, w=w if w[1:2].isupper() else w[0].lower() + w[1:], D=self.c(VERB),
                        d2=self.c(["scrap", "delay", "rethink", "fund", "block", "approve"]), T=self.c(OBJ),
                        P=self.c(TOWNS), P2=self.c(TOWNS), F=self.c(FIRST), L=self.c(LAST), L2=self.c(LAST),
                        Q=self.c(QUOTE), N=r.randint(2, 12), o=self.c(["second", "third", "latest", "biggest"]),
                        S=sec, S_up=sec.upper(), n=r.randint(1, 23), m=r.randint(0, 9), mon=self.c(MONTHS),
                        day=r.randint(1, 28), yr=r.randint(2016, 2024), dow=self.c(DOWS),
                        G="{G}", a="{a}", reg=r.randint(100000, 999999), St=self.c(STREETS),
                        pc=self.c(["AB1 2CD", "PL14 3QX", "90210", "NE6 1ER", "02139", "EH3 9BT", "75008"]),
                        box=r.randint(10, 9999), ph=self.phone(), dom=self.c(TOWNS).lower().replace(" ", "") +
                        self.c(["gazette.co.uk", "news.com", "herald.net", "post.org", "times.com"]))

    def phone(self):
        r = self.r
        return self.c(["01{a} {b}", "({c}) {d}-{e}", "+44 {f} {b}", "0{g} {h} {i}", "{c}-{d}-{e}"]).format(
            a=r.randint(100, 999), b=r.randint(100000, 999999), c=r.randint(200, 989), d=r.randint(200, 999),
            e=r.randint(1000, 9999), f=r.randint(1000, 9999), g=r.randint(20, 99), h=r.randint(1000, 9999),
            i=r.randint(1000, 9999))

    def headline(self, decorate=True):
        r = self.r
        h = self.fill(self.c(HEAD))
        h = h[0].upper() + h[1:]
        if r.random() < 0.4: h = title_case(h)
        if decorate and r.random() < 0.15: h = self.fill(self.c(KICKERS)) + " " + h
        if decorate and r.random() < 0.3:
            t = self.fill(self.c(TRAIL))
            h = h + self.c([" ", " · ", " | ", " — ", "  "]) + t.strip()
        return h

    def run(self):
        r = self.r
        n = r.randint(3, 8)
        heads = [self.headline() for _ in range(n)]
        out = ["\n".join(heads)] if r.random() < 0.5 else heads
        if r.random() < 0.85:
            hd = self.fill(self.c(HEADINGS))
            if len(out) == 1 and r.random() < 0.4: out[0] = hd + "\n" + out[0]
            else: out.insert(0, hd)
            return out, f"run:{n}:{hd}"
        return out, f"run:{n}:-"

    def card(self):
        r = self.r
        lines = [self.headline(decorate=r.random() < 0.3), self.fill(self.c(SUMMARY))]
        if r.random() < 0.5:
            b = self.fill(self.c(BYLINE))
            if r.random() < 0.5: lines.append(b)
            else: lines.insert(1, b)
        if r.random() < 0.2: lines.insert(0, self.fill(self.c(SECTION + KICKERS[:3])).rstrip(" |"))
        return (["\n".join(lines)] if r.random() < 0.5 else lines), f"card:{len(lines)}"

    def mast(self):
        r = self.r
        g = self.fill(self.c(GROUPS))
        a = self.fill(self.c(ADDR))
        k = self.c(["staff", "contact", "both", "pub"])
        lines = []
        if k in ("staff", "both"):
            for s in r.sample(MAST, r.randint(2, 5)): lines.append(self.fill(s))
        if k in ("pub", "both", "staff") and r.random() < 0.7:
            lines.append(self.fill(self.c(PUB)).replace("{G}", g).replace("{a}", a))
        if k in ("contact", "both", "pub"):
            if r.random() < 0.7: lines.append(a if r.random() < 0.5 else self.fill(self.c(ADDR)))
            for s in r.sample(PHONE, r.randint(1, 3)): lines.append(self.fill(s))
            if r.random() < 0.7: lines.append(self.fill(self.c(MAIL)))
        if k == "contact" or r.random() < 0.3: lines.insert(0, self.c(BOXHEAD))
        return (["\n".join(lines)] if r.random() < 0.6 else lines), f"mast:{k}:{len(lines)}"

    def furniture(self):
        x = self.r.random()
        if x < 0.5: return self.run()
        if x < 0.78: return self.card()
        return self.mast()


def perturb(pid, variant, text, gold):
    r = random.Random(f"{SEED}:{pid}:{variant}")
    g = Gen(r)
    paras, body = tunepages.story_paras(text, gold)
    if not body: return None
    first, last = body[0], body[-1]
    between = [i for i in body if first < i <= last]
    inserts, desc = {}, []
    for _ in range(r.randint(3, 5)):
        where = r.choices(["above", "between", "below"], [0.3, 0.4, 0.3])[0]
        if where == "between" and not between: where = "below"
        at = {"above": first, "between": r.choice(between) if between else None, "below": last + 1}[where]
        f, d = g.furniture()
        inserts.setdefault(at, []).extend(f)
        desc.append(f"{d}@{where}")
    out = []
    for i in range(len(paras) + 1):
        out += inserts.get(i, [])
        if i < len(paras): out.append(paras[i])
    return "\n\n".join(out) + "\n", ";".join(desc)


def main():
    gold = tunepages.gold()
    tune = tunepages.tune_ids()
    tunepages.write_variants(sys.argv[1], tune, tunepages.halves(tune, SEED), gold,
                             lambda pid, v: perturb(pid, v, tunepages.page_text(pid), gold[pid]['articleBody']))


if __name__ == '__main__':
    main()
