#!/usr/bin/env python3
"""make_toprun.py : the "toprun" text perturbation set (tgen30, 2026-12-06), from the tune pages only.

Injects, at the story's TOP, a run of teaser cards or promo blurbs:
  - pos "head":  right below the page's headline line (above byline/date/standfirst lines, when found)
  - pos "lede":  right above the lede (below headline, standfirst and byline)
  - pos "second": between the lede and the story's second paragraph
  - pos "split": one run cut in two, half above the lede, half between lede and second paragraph, or a run
    whose middle card's headline is one a line rule removes ("Watch: ...", "Read more: ...", "Advertisement")
Furniture kinds: teaser cards (headline only, headline + one-line summary, headline + time/section mark,
numbered "Most read", labelled or not, 3-8 cards) and promo blurbs (a title line, 2-3 sentences of marketing or
teaser prose in one or two paragraphs, maybe a "Read more"/"Listen now"/"Watch" line).
Gold unchanged. Every page gets two variants (<id>~1, <id>~2); halves A/B split by page id (seeded shuffle), so
both variants of one page sit in one half.
Usage: make_toprun.py OUTDIR  ->  OUTDIR/{A,B}/pages/<id>~k.txt, OUTDIR/{A,B}/gold.json, OUTDIR/meta.tsv
"""
import random, re, sys

import tunepages
from tunepages import norm, words

SEED = 30_2026_1206

WHO = ["Ministers", "The county board", "Dock workers", "A rural hospital", "Parents", "The school district",
       "Tenants", "Bus drivers", "Astronomers", "The orchestra", "A tech giant", "Fishermen", "The regulator",
       "Nurses", "Shop owners", "The city's oldest bakery", "Commuters", "Beekeepers", "The port authority",
       "Climbers", "A local charity", "Wine growers", "The airline", "Coastguards", "The museum", "Cyclists"]
DO = ["fight to save", "say no to", "quietly expand", "count the cost of", "scramble to fix", "win battle over",
      "lose appeal over", "unveil", "prepare for", "rethink", "sue over", "cheer", "demand answers on",
      "face questions over", "abandon", "double down on", "split over", "reopen", "race to finish"]
WHAT = ["the harbour wall", "a four-day week", "the night ferry", "a new clinic", "ticket prices", "the old mill",
        "the reservoir plan", "free school lunches", "the tram depot", "a rooftop solar scheme", "the ring road",
        "summer opening hours", "the recycling centre", "a pay freeze", "the high street", "the skate park",
        "a curfew", "the cross-border rail link", "the speed limit", "the festival site", "a sugar tax"]
TOWNS = ["Bramwell", "Castlereagh", "Dunholm", "Elmstead", "Fernhill", "Glenrock", "Hollins Cross", "Ivybridge",
         "Jarrow Quay", "Kessock", "Larchmont", "Merriton", "Newhaven Point", "Orford", "Penwithick", "Queensferry",
         "Rosedale", "Saltmarsh", "Tamworth Vale", "Upperby", "Wexcombe", "Yarrowdale"]
FIRST = ["Anya", "Bram", "Celine", "Dev", "Esther", "Farid", "Gwen", "Hamish", "Ines", "Jules", "Kofi", "Lena",
         "Mateo", "Nia", "Otto", "Pia", "Ravi", "Selma", "Theo", "Uma", "Viktor", "Wren", "Ximena", "Yusuf", "Zara"]
LAST = ["Abernethy", "Bellweather", "Carraway", "Dimitriou", "Eze", "Fairbairn", "Gutierrez", "Haldane", "Iqbal",
        "Jovanovic", "Kerrigan", "Lindgren", "Mwangi", "Novak", "O'Rourke", "Pellegrini", "Quaid", "Ruiz",
        "Sorensen", "Tolliver", "Underhill", "Varga", "Whitcombe", "Yilmaz", "Zimmerman"]
SECTION = ["Politics", "Business", "World", "Sport", "Culture", "Science", "Health", "Opinion", "Money",
           "Technology", "Travel", "Environment", "Local", "Education", "Crime", "Food & Drink", "Property"]
HEAD = [
    "{W} {D} {T}", "{W} {D} {T} in {P}", "{P}: {W} {D} {T}", "How {P} learned to love {T}",
    "Why {w} {D} {T}", "{W} {D} {T} as deadline looms", "The quiet battle over {T} in {P}",
    "'{Q}': {w} {D} {T}", "{N} things we learned from the row over {T}", "What next for {T}?",
    "Inside {P}'s fight over {T}", "{F} {L}: {W} must not {d2} {T}", "{W} {D} {T} — again",
    "Is {T} really worth it?", "{P} braces for {T} decision", "Revealed: the real price of {T}",
    "{W} {D} {T} after {N}-year wait", "Analysis: {w} {D} {T}", "{F} {L} on life after {T}",
    "The week {P} turned against {T}", "{W} to {d2} {T}, documents show",
]
QUOTE = ["We feel betrayed", "It was chaos", "Nobody asked us", "This is our home", "We had no choice",
         "It could be worse", "A bitter pill"]
SUMMARY = [
    "{W} in {P} say the decision over {T} came without warning.",
    "The plan to {d2} {T} has divided opinion for months.",
    "Our correspondent {F} {L} reports from {P}.",
    "Critics warn the bill for {T} could double by next spring.",
    "A petition against {T} has gathered {N},000 signatures.",
    "{F} {L} asks whether {T} will ever be finished.",
    "Here is what we know so far about {T}.",
    "Officials in {P} insist {T} is on track.",
    "It is the {o} setback for {T} this year.",
    "Locals in {P} are split, and the vote is next week.",
]
MARK = ["{n} hours ago", "{n} min ago", "{n}h", "Updated {h}:{m:02d}", "{S}", "{S_up}", "{S} · {n} min read",
        "{n} days ago", "{mon} {day}", "{S} | {n}h ago", "{day} {mon} {yr}", "Yesterday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LABELS = ["Top stories", "TOP STORIES", "Most read", "Most Read", "MOST POPULAR", "Latest", "Latest headlines",
          "Trending", "Trending now", "Popular now", "In case you missed it", "Editors' picks", "Don't miss",
          "You might also like", "Read next", "More from {S}", "{S} news", "What we're reading", "Related",
          "Related coverage", "More on this story", "Recommended for you", "Today's headlines", "Catch up",
          "The big stories", "Also on the site", "Right now", "News in brief", "Just in", "Featured"]
RULE_HEADS = ["Watch: {h}", "WATCH: {h}", "Read more: {h}", "READ MORE: {h}", "Listen: {h}", "Related: {h}",
              "Don't miss: {h}", "Advertisement", "ADVERTISEMENT", "Sponsored", "Up next: {h}", "Must read: {h}"]

PROMO = [  # (title, [sentences], [cta])
    ("{P} Unfiltered",
     ["Every weekday morning, {F} {L} and our reporters unpack the one story everyone in {P} is talking about.",
      "New episodes land at 6am, in time for the school run.", "It takes twenty minutes, and you will never look at your town the same way.",
      "This week: the truth about {T}."],
     ["Listen now", "Listen now →", "Listen on your favourite app", "Play episode"]),
    ("NEW SERIES: The Long Way Home",
     ["For six months our team followed {N} families through the housing crisis in {P}.",
      "What they found will surprise you.", "Watch all four parts free, only on our site.",
      "Episode one, about {T}, is out now."],
     ["Watch", "Watch now", "Watch the trailer", "Stream the series"]),
    ("The {P} Investigation",
     ["Who really profits from {T}? We spent a year following the money.",
      "Our award-winning investigations team reveals the deals that were never meant to be public.",
      "Part three of our special report is out today."],
     ["Read more", "Read the investigation", "Read more »", "Explore the series"]),
    ("Win a weekend in {P}",
     ["Enter our free prize draw for a chance to win two nights at a boutique hotel, dinner included.",
      "Entries close at midnight on Sunday.", "Terms and conditions apply."],
     ["Enter now", "Find out more", "Enter the draw"]),
    ("Puzzles & Games",
     ["Test your brain with today's crossword, sudoku and our fiendish word ladder.",
      "New puzzles every day at midnight, and a bumper edition every Saturday.", "Can you beat your friends?"],
     ["Play now", "Play today's puzzles"]),
    ("Live event: Future of {P}",
     ["Join our editors and a panel of local leaders for an evening of debate on {T}.",
      "Doors open at 6.30pm at the Corn Exchange.", "Readers get {N}0% off tickets with the code READER."],
     ["Book tickets", "Book now", "Reserve your seat"]),
    ("Explainer video",
     ["What is {T}, and why does it matter so much to people in {P}?",
      "Our reporter {F} {L} breaks it down in under three minutes.", "Watch the short film and share it with a friend."],
     ["Watch", "Watch now", "Watch the video"]),
    ("Get the full picture",
     ["Unlock unlimited access to award-winning journalism for less than the price of a coffee.",
      "Cancel anytime, no questions asked.", "Join {N}0,000 readers who already support independent reporting in {P}."],
     ["Start your trial", "Read more", "See offers"]),
    ("From the archive",
     ["Forty years ago this week, {P} made headlines around the world.",
      "Rediscover the story through the photographs and front pages of the time.",
      "Our picture desk has dug out images never published before."],
     ["Read more", "See the gallery", "Browse the archive"]),
    ("Audio: {F} {L} in conversation",
     ["The celebrated author sits down with our books editor to talk about grief, gardens and {T}.",
      "A warm, funny and surprisingly candid hour.", "Available on all platforms from today."],
     ["Listen now", "Listen", "Hear the conversation"]),
    ("Opinion: Letters from {P}",
     ["Our readers have strong views on {T}, and we want to hear them.",
      "Each week we publish the sharpest, funniest and most moving letters.", "Keep them short, and keep them coming."],
     ["Read more", "Read this week's letters", "Have your say"]),
]




class Gen:
    def __init__(self, r): self.r = r
    def c(self, xs): return self.r.choice(xs)

    def fill(self, s):
        r = self.r
        w = self.c(WHO)
        sec = self.c(SECTION)
        return s.format(W=w, w=(w[0].lower() + w[1:]) if not w.startswith(("A ", "The ")) else w[0].lower() + w[1:],
                        D=self.c(DO), d2=self.c(["scrap", "delay", "rethink", "fund", "block", "approve"]),
                        T=self.c(WHAT), P=self.c(TOWNS), F=self.c(FIRST), L=self.c(LAST), Q=self.c(QUOTE),
                        N=r.randint(2, 12), o=self.c(["second", "third", "latest", "biggest"]), S=sec,
                        S_up=sec.upper(), n=r.randint(1, 23), h=r.randint(1, 12), m=r.randint(0, 59),
                        mon=self.c(MONTHS), day=r.randint(1, 28), yr=r.randint(2017, 2024))

    def headline(self):
        h = self.fill(self.c(HEAD))
        return h[0].upper() + h[1:]

    def cards(self, split_rule):
        r = self.r
        out = []  # list of paragraphs
        label = None
        if r.random() < 0.6: label = self.fill(self.c(LABELS))
        shape = self.c(["head", "head_lines", "head_sum", "head_sum_paras", "head_mark", "mark_head", "numbered",
                        "numbered_lines", "head_sum_mark"])
        n = r.randint(3, 8)
        cards = []
        for i in range(n):
            h = self.headline()
            if shape in ("numbered", "numbered_lines"):
                h = f"{i + 1}{self.c(['. ', ' ', ') ', '. '])}{h}" if r.random() < 0.8 or i else h
            sm = self.fill(self.c(SUMMARY))
            mk = self.fill(self.c(MARK))
            if shape in ("head", "numbered"): cards.append([h])
            elif shape in ("head_lines", "numbered_lines"): cards.append(["\n" + h])  # joined by newline
            elif shape == "head_sum": cards.append([h + "\n" + sm])
            elif shape == "head_sum_paras": cards.append([h, sm])
            elif shape == "head_mark": cards.append([h + "\n" + mk] if r.random() < 0.5 else [h, mk])
            elif shape == "mark_head": cards.append([mk + "\n" + h])
            else: cards.append([h + "\n" + sm + "\n" + mk] if r.random() < 0.5 else [h, sm, mk])
        if split_rule and n >= 3:
            k = r.randint(1, n - 2)
            rh = self.fill(self.c(RULE_HEADS).replace("{h}", self.headline().replace("{", "").replace("}", "")))
            cards[k] = [rh] + (cards[k][1:] if len(cards[k]) > 1 else [])
        if shape in ("head_lines", "numbered_lines"):
            out.append("\n".join(c[0].strip("\n") for c in cards))
        else:
            for c in cards: out += c
        if label:
            if shape in ("head_lines", "numbered_lines") and r.random() < 0.5: out[0] = label + "\n" + out[0]
            else: out.insert(0, label)
        if r.random() < 0.25: out.append(self.c(["See all", "More stories", "View more", "Show more headlines"]))
        return out, f"cards:{shape}:{n}{':lab' if label else ''}{':rule' if split_rule else ''}"

    def promo(self):
        r = self.r
        title, sents, ctas = self.c(PROMO)
        title = self.fill(title)
        if r.random() < 0.2: title = title.upper()
        ss = [self.fill(s) for s in sents[:r.randint(2, min(3, len(sents)))]]
        if len(ss) >= 3 and r.random() < 0.4: body = [" ".join(ss[:2]), ss[2]]
        elif r.random() < 0.3 and len(ss) >= 2: body = [ss[0], " ".join(ss[1:])]
        else: body = [" ".join(ss)]
        out = [title] + body
        if r.random() < 0.7: out.append(self.c(ctas))
        if r.random() < 0.2: out.insert(0, self.c(["Sponsored", "Promoted", "Advertisement", "Featured", "Podcast",
                                                   "Video", "Special report"]))
        return out, f"promo:{len(body)}p"

    def furniture(self, split_rule=False):
        if self.r.random() < 0.62: return self.cards(split_rule)
        return self.promo()


def find_header(paras, first):
    """index of a title-like line above the lede (the headline, we hope), or None"""
    for i in range(first - 1, max(-1, first - 6), -1):
        p = paras[i].strip()
        if "\n" in p: continue
        w = words(p)
        if 5 <= w <= 20 and not p.endswith(('.', ':')) and not re.search(r"\d{4}|\bby\b", p, re.I) and p[:1].isupper():
            return i
    return None


def perturb(pid, variant, text, gold):
    r = random.Random(f"{SEED}:{pid}:{variant}")
    g = Gen(r)
    paras, body = tunepages.story_paras(text, gold)
    gparas = [p for p in re.split(r"\n\s*\n", gold.strip()) if p.strip()]
    if not body: return None
    first = body[0]
    # an earlier short paragraph that is the gold's first paragraph (a short opening)
    if gparas:
        g0 = norm(gparas[0])
        for i in range(max(0, first - 3), first):
            if norm(paras[i]) == g0 and g0: first = i; break
    second = next((i for i in body if i > first), None)
    pos = r.choices(["head", "lede", "second", "split"], [0.2, 0.35, 0.25, 0.2])[0]
    head = find_header(paras, first)
    if pos == "head" and head is None: pos = "lede"
    if pos in ("second", "split") and second is None: pos = "lede"
    inserts = {}
    desc = []
    if pos == "split":
        if r.random() < 0.5:
            a, da = g.furniture(split_rule=True)
            inserts[first] = a; desc.append(da + "@lede")
        else:
            a, da = g.cards(False)
            cut = r.randint(1, max(1, len(a) - 1))
            inserts[first] = a[:cut]; inserts[second] = a[cut:]; desc.append(da + "@lede+second")
    else:
        at = {"head": (head + 1) if head is not None else first, "lede": first, "second": second}[pos]
        a, da = g.furniture(split_rule=r.random() < 0.2)
        inserts[at] = a; desc.append(da + "@" + pos)
        if r.random() < 0.25:  # a second piece of furniture nearby
            at2 = second if pos != "second" and second is not None else first
            b, db = g.furniture()
            inserts.setdefault(at2, []).extend(b); desc.append(db + "@" + ("second" if at2 == second else "lede"))
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
