#!/usr/bin/env python3
"""make_fresh.py : the "fresh" text perturbation set (tgen41, 2026-12-06), from the tune pages only.

Injects furniture written in phrasings that rules/ did not name when the set was made (checked by grep): headed
teaser lists under novel headings ("Handpicked for you", "Worth your time", "On our radar"...), headline lists with
no heading, teaser sentences with dates / "N min read" / counts, single "Your next read:"-style teasers, comment
threads with unseen widget words, newsletter / donation appeals, app and social prompts, author boxes and
"about the publisher" blurbs; above the story, between paragraphs and at the tail; one per line (blank-separated or
not), glued into one line, bulleted, or joined by pipes. Gold unchanged; halves A/B by page (seeded).
Usage: make_fresh.py OUTDIR -> OUTDIR/{A,B}/pages/<id>~k.txt, OUTDIR/{A,B}/gold.json, OUTDIR/meta.tsv
"""
import random, re, sys

import tunepages
from tunepages import norm, words
SEED = 41_2026_1206

HEADS = ["Handpicked for you", "Worth your time", "Staff picks", "What we're reading", "Hot right now",
         "Fresh off the press", "Our favourites this week", "The buzz", "People are talking about",
         "In the spotlight", "Go further", "Picked for you", "Made for you", "While you're here",
         "Dive deeper", "Keep exploring", "Also worth a look", "The rundown", "Making waves", "Reader favourites",
         "Top clips", "On our radar", "Weekend reads", "Essential reading", "Quick reads", "Fill the gaps",
         "Before you go further", "Hand-picked stories", "Our top picks", "Don't scroll past these",
         "Stories we love", "Now buzzing", "Elsewhere on the site", "What else is happening",
         "Fan favourites", "Just in", "Hot topics", "Today's highlights", "Your daily dose",
         "Curated for you", "Don't overlook", "Best of the week", "Highlights", "Wander further", "In a similar vein",
         "Similar stories", "Continue exploring", "Browse on", "Snapshots", "What's hot"]
SUBJ = ["council", "budget", "storm", "museum", "startup", "election", "vaccine", "league", "bridge", "festival",
        "rail line", "drought", "housing plan", "school board", "court ruling", "chip maker", "border talks",
        "wildfire", "pension fund", "transit strike", "farmers", "hospital", "satellite", "trade deal", "coach"]
VERB = ["faces backlash over", "unveils plan for", "pulls out of", "doubles down on", "quietly drops",
        "braces for", "bets big on", "rethinks", "wins fight over", "stumbles on", "scrambles to fix",
        "opens door to", "draws fire for", "sets record in", "cuts deal on"]
OBJ = ["new rules", "rising costs", "the final vote", "a surprise twist", "its biggest year yet", "a second term",
       "the weekend crowds", "the missing millions", "winter shortages", "a fresh start", "the long delay",
       "a bold redesign", "local jobs", "the review panel", "record heat"]
HOOK = ["Here's what it means for you.", "The answer may surprise you.", "Experts weigh in.",
        "Inside the decision that changed everything.", "Why it matters now.", "What comes next is anyone's guess.",
        "We break it down.", "A look at the numbers behind it.", "Residents are split.", "Nobody saw it coming."]
MON = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct", "November", "Dec."]
SINGLE = ["Your next read:", "Up after this:", "Coming up next:", "Continue with:", "Next on your list:",
          "Also today:", "Keep going:", "Now reading next:", "Queued up:", "Don't stop here:"]
COMMENT_HEAD = ["Reader reactions", "Voices", "The conversation", "Sound off", "Weigh in", "Responses",
                "What readers said", "Community", "Chatter", "Your take"]
COMMENT_WID = ["Boost", "Bury", "Add a response", "Thread locked", "Flag as inappropriate",
               "{n} replies · {h}h", "Respond ›", "Mute user", "Pinned by editors", "{n} reactions", "Thumbs up ({n})",
               "Start the discussion", "Posting guidelines", "Newest ▾", "Top ▾", "Sign on to respond"]
USERS = ["marla_k", "Dan from Ohio", "quietreader", "Priya S.", "OldTimer88", "jm_watson", "Lou", "Beatrix T",
         "northside_nick", "Ferdinand"]
OPIN = ["Thanks for reporting this, it's been going on too long.", "I don't think the city has thought this through.",
        "Same thing happened where I live.", "Who exactly signed off on this?", "Great piece.",
        "This will not end well for anybody involved.", "Finally some good news.", "Not buying it."]
APPEALS = [
    "Get our best stories delivered every Friday morning. Drop your email below and we'll do the rest.",
    "Like what you just read? Our weekly roundup lands in your mailbox every Sunday. It's free.",
    "Journalism like this costs money to make. Pitch in what you can and keep it free for everyone.",
    "Readers like you keep us going. A few dollars a month makes this reporting possible.",
    "We don't have a paywall. We have you. Chip in today.",
    "Stay in the loop: one email, five stories, every weekday at 7am.",
    "Pop in your address to get the morning rundown.",
    "Keep local reporting alive — back our newsroom with a monthly pledge.",
    "Want more stories like this? Put your email in the box and we'll send them your way.",
    "This story was made possible by readers. Add your support here."]
APPS = ["Everything reads better in our app", "Scan the QR code to install our free app",
        "Available on iOS and Android", "Take us with you: get the app", "Tap the bell to get alerts",
        "Let us ping you when big stories land", "We are on Mastodon and Bluesky too",
        "Say hi on Threads", "40,000 readers already get us on Telegram", "Switch to the app",
        "Read it faster in the app", "Add us to your home screen"]
AUTHOR = ["{N} covers {s} for the paper. Reach {p} at {e}.",
          "{N} is a staff writer who has spent a decade reporting on the {s}. {P} lives in {t} with two cats.",
          "{N} joined the newsroom in 2016 and writes about the {s}. Got a tip? Email {e}.",
          "About the writer: {N} reports on the {s} and was previously at the {t} Ledger."]
PUBLISHER = ["About the publisher: The {t} Ledger is an independent, locally owned news outlet serving the region since 1894.",
             "The {t} Ledger is owned by Harbor Lane Media. Our offices are at 12 Market Street, {t}.",
             "{t} Ledger is a member of the Regional Press Alliance. Tips and complaints: desk@{tl}ledger.com."]
NAMES = ["Jane Okafor", "Tom Reyes", "Ana Lindqvist", "Marcus Bell", "Priya Nair", "Owen Castellanos"]
TOWNS = ["Millbrook", "Riverton", "Ashford", "Lakeport", "Greenvale", "Eastwick"]




def headline(r):
    h = f"{r.choice(SUBJ).capitalize()} {r.choice(VERB)} {r.choice(OBJ)}"
    if r.random() < 0.3: h = h.title()
    return h


def stamp(r):
    return r.choice([f"{r.randint(2, 12)} min read", f"{r.choice(MON)} {r.randint(1, 28)}, {r.randint(2017, 2024)}",
                     f"{r.randint(1, 23)}h ago", f"{r.randint(2, 99)} comments", f"{r.randint(2, 9)} min",
                     f"{r.randint(1, 28)} {r.choice(MON)}", f"Updated {r.randint(1, 12)} days ago",
                     f"{r.randint(1, 59)} mins ago"])


def render(r, items, head=None):
    style = r.choice(["lines", "blank", "glued", "bullets", "pipes"])
    if style == "glued": body = [" ".join(items)]
    elif style == "pipes": body = [" | ".join(items)]
    elif style == "bullets":
        m = r.choice(["• ", "- ", "* ", "» ", "▸ ", "→ "]); body = [m + i for i in items]
    else: body = items
    lines = ([head] if head else []) + body
    return ("\n\n" if style == "blank" else "\n").join(lines), style


def piece(r, kind):
    t = r.choice(TOWNS); n = r.choice(NAMES); s = r.choice(SUBJ)
    if kind == "headed":
        k = r.randint(3, 7)
        items = []
        for _ in range(k):
            h = headline(r)
            if r.random() < 0.4: h += r.choice([" · ", " — ", " ", " | "]) + stamp(r)
            items.append(h)
        return render(r, items, r.choice(HEADS) + r.choice(["", "", ":", " →", " »"]))
    if kind == "bare":
        items = []
        for _ in range(r.randint(3, 6)):
            h = headline(r)
            if r.random() < 0.5: h += r.choice([" ", " · ", " - "]) + stamp(r)
            items.append(h)
        return render(r, items)
    if kind == "teasers":
        items = []
        for _ in range(r.randint(2, 4)):
            x = f"{headline(r)}. {r.choice(HOOK)}"
            if r.random() < 0.7: x += " " + stamp(r)
            items.append(x)
        return render(r, items, r.choice(HEADS) if r.random() < 0.5 else None)
    if kind == "single":
        return f"{r.choice(SINGLE)} {headline(r)}", "single"
    if kind == "comments":
        lines = [r.choice(COMMENT_HEAD)] if r.random() < 0.7 else []
        if r.random() < 0.5: lines.append(r.choice(COMMENT_WID[11:]))
        for _ in range(r.randint(2, 4)):
            lines.append(r.choice(USERS) + r.choice(["", " · " + stamp(r), "\n" + stamp(r)]))
            lines.append(r.choice(OPIN))
            lines.append(r.choice(COMMENT_WID).format(n=r.randint(1, 40), h=r.randint(1, 20)))
        return "\n".join(lines), "comments"
    if kind == "appeal":
        return r.choice(APPEALS) + (r.choice(["\nCount me on the list", "\nCount me in", "\nGive now", "\nI'm in"]) if r.random() < 0.5 else ""), "appeal"
    if kind == "app":
        return render(r, r.sample(APPS, r.randint(1, 3)))
    if kind == "author":
        p = r.choice(["her", "him", "them"])
        return r.choice(AUTHOR).format(N=n, s=s, p=p, P={"her": "She", "him": "He", "them": "They"}[p], t=t,
                                       e=n.split()[0].lower() + "@" + t.lower() + "ledger.com"), "author"
    return r.choice(PUBLISHER).format(t=t, tl=t.lower()), "publisher"


KINDS = ["headed", "bare", "teasers", "single", "comments", "appeal", "app", "author", "publisher"]
WEIGHTS = [3, 2, 2, 1.5, 1, 1.5, 1, 1, 0.7]


def perturb(pid, v, text, gold):
    r = random.Random(f"{SEED}:{pid}:{v}")
    paras, body = tunepages.story_paras(text, gold)
    if not body: return None
    first, last = body[0], body[-1]
    between = [i for i in body if first < i <= last]
    ins = []
    for _ in range(r.randint(2, 4)):
        kind = r.choices(KINDS, WEIGHTS)[0]
        where = r.choices(["above", "between", "tail", "end"], [0.2, 0.3, 0.3, 0.2])[0]
        if where == "between" and not between: where = "tail"
        if kind in ("author", "publisher", "comments") and where == "above": where = "tail"
        at = {"above": first, "between": r.choice(between) if between else last + 1, "tail": last + 1,
              "end": len(paras)}[where]
        txt, style = piece(r, kind)
        ins.append((at, txt, f"{kind}/{style}@{where}"))
    out = []
    for i in range(len(paras) + 1):
        for at, txt, _ in ins:
            if at == i: out.append(txt)
        if i < len(paras): out.append(paras[i])
    return "\n\n".join(out) + "\n", ",".join(d for _, _, d in ins)


def main():
    gold = tunepages.gold()
    tune = tunepages.tune_ids()
    tunepages.write_variants(sys.argv[1], tune, tunepages.halves(tune, SEED), gold,
                             lambda pid, v: perturb(pid, v, tunepages.page_text(pid), gold[pid]['articleBody']))


if __name__ == '__main__': main()
