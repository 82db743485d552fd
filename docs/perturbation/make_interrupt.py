#!/usr/bin/env python3
"""Build the "interrupt" text perturbation set from the tune pages.

Each tune page's text dump gets 2-4 interruptions inserted between two of the story's paragraphs (lines equal to a
gold paragraph, only blank lines between them), one of them sometimes just before the story's last paragraph.
Interruptions: inline related/read-more boxes, ad markers, photo captions with credits and counters, video embeds,
pull quotes, sign-up prompts that never say "newsletter", polls, listen players, contents lists. The gold body is
unchanged. Two variants per page (v1, v2); pages are split A/B by a seeded shuffle of page ids (both variants of a
page in the same half).

Usage: make_interrupt.py OUTDIR   (writes OUTDIR/{A,B}/<id>_v<k>.txt, OUTDIR/gold-{A,B}.json, OUTDIR/manifest.tsv)
"""
import json
import re
import random
import sys
from pathlib import Path

SEED = 20261206
# the project's split, and the shared benchmark beside the project (../shared), as CI has it
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(__import__('os').environ.get('WIREWASH_SHARED', REPO.parent / 'shared'))
PAGES = SHARED / 'bench/text/pages'
GOLD = json.load(open(SHARED / 'bench/extraction/ground-truth.json'))
SPLIT = REPO / 'src/test/resources/bench/split.tsv'

# ---------------------------------------------------------------- invented headlines
WHO = ["Council", "The governor", "Regulators", "Lawmakers", "Fans", "Scientists", "Police", "Parents", "Investors",
       "The coach", "Union leaders", "Residents", "The mayor", "Doctors", "Farmers", "Officials", "Teachers",
       "Airline", "Tech giant", "Ministers", "Prosecutors", "Voters", "Researchers", "Landlords"]
DID = ["approves", "rejects", "delays", "unveils", "warns over", "scraps", "backs", "probes", "slams", "defends",
       "weighs", "pushes for", "braces for", "cuts", "launches", "faces questions over", "quietly drops", "doubles"]
WHAT = ["new housing plan", "bus fare rise", "school funding", "stadium deal", "water bill hike", "flood defences",
        "tax break", "drug trial", "rail strike", "data breach", "heatwave plan", "pension reform", "bridge repairs",
        "vaccine rollout", "border checks", "minimum wage", "chip factory", "hospital merger", "wildfire response",
        "election map", "budget gap", "ticket prices", "library closures", "speed cameras"]
TAIL = ["", "", "", " amid backlash", " after long delay", " as costs soar", ": what we know", " — here's why",
        " in surprise move", " despite protests", "? Experts are split", " for second year"]
QHEAD = ["How {w} could change your {n}", "Why {n} matter more than you think", "What the {n} debate means for you",
         "Inside the fight over {n}", "The {n} everyone is talking about", "{N}: five things to know",
         "Everything you need to know about {n}", "Opinion: We need to talk about {n}", "Analysis: the real cost of {n}",
         "Is this the end of cheap {n}?", "Photos: a week of {n}", "The quiet crisis in {n}"]
NOUNS = ["rents", "school lunches", "e-scooters", "night trains", "ballot measures", "sleep", "coffee prices",
         "retirement", "summer camps", "heat pumps", "streaming bills", "urban gardens", "car insurance", "ferries"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
LMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
PEOPLE = ["Jane Doe", "Marco Rossi", "Aisha Khan", "Tom Whitfield", "Lena Park", "Carlos Mendez", "Priya Nair",
          "Owen Gallagher", "Sofia Lindqvist", "David Okafor", "Mei Chen", "Hannah Brooks"]
AGENCIES = ["Getty Images", "Getty", "AP", "Reuters", "AFP", "PA", "EPA", "Bloomberg", "Shutterstock", "AAP",
            "AFP via Getty Images", "The Associated Press", "Alamy", "Zuma Press", "Staff", "Supplied"]


def headline(r):
    if r.random() < 0.55:
        h = f"{r.choice(WHO)} {r.choice(DID)} {r.choice(WHAT)}{r.choice(TAIL)}"
    else:
        n = r.choice(NOUNS)
        h = r.choice(QHEAD).format(w=r.choice(WHO).lower(), n=n, N=n[0].upper() + n[1:])
    if r.random() < 0.3:
        h = h.title()
    return h


def date(r):
    k = r.randrange(7)
    if k == 0:
        return f"{r.choice(MONTHS)} {r.randint(1, 28)}, 20{r.randint(18, 24)}"
    if k == 1:
        return f"{r.randint(1, 28)} {r.choice(LMONTHS)} 20{r.randint(18, 24)}"
    if k == 2:
        return f"{r.randint(2, 23)} hours ago"
    if k == 3:
        return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/20{r.randint(18, 24)}"
    if k == 4:
        return f"{r.randint(2, 6)} days ago"
    if k == 5:
        return f"Updated {r.choice(MONTHS)} {r.randint(1, 28)}"
    return f"{r.randint(1, 11)}:{r.randint(0, 59):02d} {r.choice(['am', 'pm', 'AM', 'PM'])}"


# ---------------------------------------------------------------- interruptions (each returns a list of lines;
# "" between lines means a blank line)
RELATED_HEADS = ["Related", "RELATED", "Related stories", "Related Articles", "Related coverage", "Read more",
                 "READ MORE", "Read More:", "See also", "SEE ALSO:", "Recommended", "Recommended for you",
                 "More on this story", "More on this", "Also read", "ALSO READ", "You might also like",
                 "You may be interested in", "Further reading", "Don't miss", "Read next", "What to read next",
                 "More stories", "Related content", "In other news", "Also on our site", "Keep reading",
                 "More from our coverage", "Editor's picks", "Trending now", "Popular right now", "Top stories",
                 "Most read", "Related links", "Explore more", "Also of interest", "Catch up", "Background",
                 "Readers also viewed", "Don't Miss:", "Related reading", "Related topics", "More coverage"]
INLINE_PREFIX = ["Read more:", "READ MORE:", "Related:", "RELATED:", "See also:", "SEE ALSO:", "Also read:",
                 "Recommended:", "Read next:", "MORE:", "Don't miss:", "Also:", "Read also:", "Related story:",
                 "Read the full story:", "ALSO SEE:", "Previously:", "Background:", "Catch up:", "WATCH:",
                 "Trending:", "Opinion:", "Explainer:", "Related Article:"]
BULLETS = ["• ", "- ", "* ", "▸ ", "» ", "→ ", "· ", "– ", "■ ", "► "]


def related_box(r, ctx):
    n = r.randint(1, 4)
    style = r.randrange(5)
    if style == 0 or (n == 1 and r.random() < 0.5):  # inline "Read more: Headline" lines, no heading
        return [f"{r.choice(INLINE_PREFIX)} {headline(r)}" for _ in range(min(n, 2))]
    heads = [headline(r) for _ in range(n)]
    bullet = r.choice(BULLETS) if style == 1 else ""
    dated = style == 2 or r.random() < 0.25
    lines = []
    if style != 3 or r.random() < 0.3:  # style 3: without heading (headlines only, dated or bulleted)
        lines.append(r.choice(RELATED_HEADS))
        if r.random() < 0.3:
            lines.append("")
    if style == 3 and not bullet and not dated:
        if r.random() < 0.5:
            bullet = r.choice(BULLETS)
        else:
            dated = True
    spaced = r.random() < 0.35
    for h in heads:
        if dated and r.random() < 0.5:
            lines.append(f"{bullet}{h}")
            lines.append(date(r))
        elif dated:
            sep = r.choice([" | ", " - ", " · ", " — ", " "])
            lines.append(f"{bullet}{h}{sep}{date(r)}" if r.random() < 0.5 else f"{date(r)}{sep}{bullet}{h}")
        else:
            lines.append(f"{bullet}{h}")
        if spaced:
            lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return lines


AD_MARKERS = ["Advertisement", "ADVERTISEMENT", "Story continues below", "Story continues below advertisement",
              "Sponsored content", "Sponsored Content", "Article continues below", "Article continues below this ad",
              "Continue reading below", "Ad", "AD", "— Advertisement —", "- ADVERTISEMENT -", "Advertisement:",
              "Scroll to continue with content", "Content continues below", "Paid content", "Partner content",
              "Promoted content", "Advertisement - scroll to continue", "Continue reading the main story",
              "Story continues after advertisement", "The article continues below", "Ad Feedback", "ADVERTISING",
              "Report this ad", "Sponsored", "Presented by", "Paid Post", "Reading continues below",
              "Advertisement · Scroll to continue", "Remove ads", "Ad-free experience? Go premium",
              "This article continues after the ad", "ADVERTISEMENT CONTINUE READING BELOW"]


def ad_marker(r, ctx):
    m = r.choice(AD_MARKERS)
    out = [m]
    if r.random() < 0.25:  # a second marker: "Advertisement" / "Story continues below"
        out += ["" if r.random() < 0.5 else None, r.choice(AD_MARKERS)]
        out = [x for x in out if x is not None]
    if r.random() < 0.15:  # a sponsored teaser headline
        out.insert(1, f"{r.choice(['Sponsored', 'Promoted', 'Partner'])}: {headline(r)}")
    return out


CAPTION_SUBJ = ["A woman walks past", "Protesters gather outside", "Firefighters work near", "Shoppers queue at",
                "Workers repair", "Supporters cheer at", "Children play near", "Police officers stand guard at",
                "Visitors look at", "A view of", "Commuters wait at", "Volunteers hand out food at"]
CAPTION_OBJ = ["the town hall", "a polling station", "the harbour", "a closed factory", "the stadium",
               "the courthouse", "a market stall", "the main square", "a damaged bridge", "the airport terminal"]


def caption_sentence(r):
    s = f"{r.choice(CAPTION_SUBJ)} {r.choice(CAPTION_OBJ)}"
    if r.random() < 0.5:
        s += f" on {r.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])}"
    if r.random() < 0.4:
        s += f", {r.choice(LMONTHS)} {r.randint(1, 28)}, 20{r.randint(18, 24)}"
    return s + "."


def credit(r):
    p, a = r.choice(PEOPLE), r.choice(AGENCIES)
    return r.choice([f"Photo: {p}/{a}", f"Photograph: {p}/{a}", f"(Photo: {a})", f"Image: {a}",
                     f"Picture: {a}", f"Credit: {p}/{a}", f"{p}/{a}", f"({p}/{a})", f"Photo by {p} / {a}",
                     f"© {a}", f"Photo credit: {p}", f"PHOTO: {a.upper()}", f"Credit...{p} for {a}",
                     f"(Image credit: {a})", f"Source: {a}"])


def photo(r, ctx):
    k = r.randrange(6)
    total = r.randint(2, 24)
    idx = r.randint(1, total)
    counter = r.choice([f"{idx} / {total}", f"{idx}/{total}", f"{idx} of {total}", f"Image {idx} of {total}",
                        f"Photo {idx} of {total}", f"({idx}/{total})", f"Slide {idx} of {total}"])
    if k == 0:
        return [counter, caption_sentence(r) + " " + credit(r)]
    if k == 1:
        return [caption_sentence(r), credit(r)]
    if k == 2:
        return [caption_sentence(r) + " " + credit(r)]
    if k == 3:
        return [r.choice(["Enlarge this image", "View gallery", "Expand", "Open gallery", "View image in fullscreen",
                          "Click to enlarge", "Show caption", "Hide caption", "Toggle caption"]),
                "", caption_sentence(r) + " " + credit(r)]
    if k == 4:
        return [caption_sentence(r) + r.choice([" (", " ["]) + credit(r).strip("()") + r.choice([")", "]"]), counter]
    return [credit(r), "", caption_sentence(r)]


def duration(r):
    return r.choice([f"{r.randint(0, 9)}:{r.randint(0, 59):02d}", f"{r.randint(0, 9):02d}:{r.randint(0, 59):02d}",
                     f"{r.randint(1, 12)} min", f"{r.randint(1, 3)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"])


def video(r, ctx):
    t = headline(r)
    k = r.randrange(7)
    if k == 0:
        return [f"Video: {t} ({duration(r)})"]
    if k == 1:
        return [f"WATCH: {t}", duration(r)]
    if k == 2:
        return [r.choice(["Now playing", "Up next", "Watch now", "Play video", "Video", "VIDEO", "Watch"]),
                t, duration(r)]
    if k == 3:
        return [f"{t} {duration(r)}"] + ([r.choice(["Play", "Replay", "Watch more videos", "Autoplay: on"])]
                                          if r.random() < 0.5 else [])
    if k == 4:
        return [f"▶ {t}", f"Duration {duration(r)}"]
    if k == 5:
        return [f"{duration(r)} — {t}"]
    return [f"Watch: {t}", f"{duration(r)} · {r.randint(2, 900)}K views"]


def pull_quote(r, ctx):
    sents = ctx['sentences']
    if not sents:
        return ad_marker(r, ctx)
    s = r.choice(sents)
    k = r.randrange(5)
    if k == 0:
        return [f"“{s}”"]
    if k == 1:
        return [f"\"{s}\"", f"— {r.choice(PEOPLE)}" if r.random() < 0.6 else ""]
    if k == 2:
        return [s]
    if k == 3:
        return [f"‘{s}’", "", r.choice(["Tweet this", "Share this quote", "Click to tweet"])]
    return [f"“{s}”", r.choice(PEOPLE)]


SIGNUP = ["Get the morning briefing in your inbox", "Sign up for our daily email",
          "The best of our journalism, delivered to your inbox every morning.", "Enter your email address",
          "Get our top stories delivered straight to your inbox.", "Want more stories like this? Get them by email.",
          "Start your day with the news that matters. Sign up here.", "Join 200,000 readers who get our evening digest",
          "Get the latest headlines sent to you each weekday.", "Don't miss a story: sign up for our free email alerts",
          "Stay informed. Get breaking news alerts.", "Like this story? Get more in your inbox.",
          "Your weekly guide to the city's best events, delivered.", "Sign up to get the week's top stories by email",
          "Get the Morning Report", "Subscribe to our daily roundup", "Email alerts: get the stories you care about",
          "Get it in your inbox", "Get smart on the news in five minutes a day.", "Be the first to know",
          "Receive our editor's picks each Friday", "Get the weekend edition in your inbox every Saturday"]
SIGNUP_FORM = ["Email address", "Your email", "Enter email", "Sign up", "Sign Up", "Subscribe", "Submit",
               "I agree to the Terms and Privacy Policy", "By signing up, you agree to our Privacy Policy.",
               "You can unsubscribe at any time.", "Thanks for signing up!", "Invalid email address",
               "We respect your privacy.", "No spam, ever. Unsubscribe anytime.", "Go", "Get it", "Sign me up"]


def signup(r, ctx):
    out = [r.choice(SIGNUP)]
    for _ in range(r.choice([0, 1, 1, 2, 3])):
        out.append(r.choice(SIGNUP_FORM))
    return list(dict.fromkeys(out))


POLLQ = ["Do you think the council made the right call?", "Should the plan go ahead?", "Will you change your plans?",
         "Who do you think will win?", "Is the price worth it?", "How worried are you about rising costs?",
         "Would you use the new service?", "Do you agree with the decision?"]
POLL_HEAD = ["Poll", "POLL", "Quick poll", "Reader poll", "Have your say", "Vote now", "What do you think?",
             "Cast your vote", "Your view"]


def poll(r, ctx):
    out = []
    if r.random() < 0.8:
        out.append(r.choice(POLL_HEAD))
    out.append(r.choice(POLLQ))
    opts = r.choice([["Yes", "No"], ["Yes", "No", "Not sure"], ["Agree", "Disagree"],
                     ["Very", "Somewhat", "Not at all"], ["Yes", "No", "Don't know"]])
    pct = r.random() < 0.4
    for o in opts:
        out.append(f"{o} {r.randint(3, 80)}%" if pct else o)
    out.append(r.choice(["Vote", "Submit vote", "View results", "See results", f"{r.randint(40, 9000):,} votes",
                         f"Total votes: {r.randint(40, 9000)}", "Results"]))
    return out


def listen(r, ctx):
    m = r.randint(2, 14)
    k = r.randrange(7)
    if k == 0:
        return ["Listen to this article"]
    if k == 1:
        return ["Listen to this article", f"{m} min"]
    if k == 2:
        return [f"Listen · {m}:{r.randint(0, 59):02d} min"]
    if k == 3:
        return ["Listen to this story", f"00:00 / {m:02d}:{r.randint(0, 59):02d}", "1x"]
    if k == 4:
        return ["Audio", f"Hear this story read aloud ({m} minutes)"]
    if k == 5:
        return [r.choice(["Play", "▶ Listen"]), f"{m}:{r.randint(0, 59):02d}",
                r.choice(["Audio is AI-generated", "Voiced by artificial intelligence.", "Narrated by Audm"])]
    return [f"Listen to this article: {m} minutes", "Listen on Apple Podcasts"]


TOC_HEADS = ["Contents", "Table of contents", "In this article", "On this page", "Jump to", "Jump to section",
             "What's in this story", "Skip to", "Sections", "In this story", "Quick links", "Article contents"]


def contents(r, ctx):
    subs = ctx['subheads']
    if len(subs) < 2:
        return related_box(r, ctx)
    out = [r.choice(TOC_HEADS)]
    num = r.random() < 0.35
    b = r.choice(BULLETS) if r.random() < 0.3 and not num else ""
    for k, s in enumerate(subs[:8]):
        out.append(f"{k + 1}. {s}" if num else f"{b}{s}")
    if r.random() < 0.2:
        out.append(r.choice(["Show more", "Expand", "Back to top"]))
    return out


KINDS = [("related", related_box, 5), ("ad", ad_marker, 3), ("photo", photo, 3), ("video", video, 2),
         ("pullquote", pull_quote, 2), ("signup", signup, 2), ("poll", poll, 1), ("listen", listen, 1),
         ("contents", contents, 1)]


def tune_ids():
    return sorted(l.split('\t')[0] for l in SPLIT.read_text().splitlines() if l.endswith('\ttune'))


def story_positions(dump, gold):
    gl = set(x.strip() for x in gold.split('\n') if x.strip())
    m = [k for k, x in enumerate(dump) if x.strip() in gl]
    pairs = [(a, b) for a, b in zip(m, m[1:]) if all(not dump[k].strip() for k in range(a + 1, b))]
    # between two prose paragraphs: 12+ words above and 8+ below, the one above ending a sentence (not a list's
    # items, not a subheading and the list it heads)
    good = [(a, b) for a, b in pairs if len(dump[a].split()) >= 12 and len(dump[b].split()) >= 8
            and dump[a].rstrip()[-1:] in '.!?"”’)']
    return good or pairs, m


def build(pid, variant, r):
    text = (PAGES / f"{pid}.txt").read_text(encoding='utf-8')
    dump = text.split('\n')
    gold = GOLD[pid]['articleBody']
    pairs, m = story_positions(dump, gold)
    if not pairs:
        return None, []
    glines = [x.strip() for x in gold.split('\n') if x.strip()]
    subheads = [x for x in glines if 1 <= len(x.split()) <= 10 and not x.endswith(('.', ':', '"', '”'))]
    sents = []
    for x in glines:
        if len(x.split()) >= 15:
            for s in re.split(r'(?<=[a-z]{3}[.?!])\s+(?=[A-Z“"])', x):
                if 8 <= len(s.split()) <= 30:
                    sents.append(s.strip())
    ctx = {'subheads': subheads, 'sentences': sents}
    n = min(len(pairs), r.choice([2, 3, 3, 4]))
    chosen = r.sample(pairs, n)
    last = pairs[-1]
    if r.random() < 0.4 and last not in chosen:
        chosen[0] = last
    inserts = {}
    kinds = []
    weights = [w for _, _, w in KINDS]
    for a, b in chosen:
        name, fn, _ = r.choices(KINDS, weights)[0]
        if name == 'contents' and len(subheads) < 2:
            name, fn = 'related', related_box
        lines = fn(r, ctx)
        # a box often stands apart by blank lines, sometimes every line of it
        if r.random() < 0.3:
            spaced = []
            for x in lines:
                if x != "":
                    spaced += [x, ""]
            lines = spaced[:-1]
        inserts[a] = lines
        kinds.append(name)
    out = []
    for k, line in enumerate(dump):
        out.append(line)
        if k in inserts:
            out.append("")
            out.extend(inserts[k])
    return '\n'.join(out), kinds


def main():
    outdir = Path(sys.argv[1])
    ids = tune_ids()
    r0 = random.Random(SEED)
    shuffled = ids[:]
    r0.shuffle(shuffled)
    half = {pid: ('A' if k < len(ids) // 2 else 'B') for k, pid in enumerate(shuffled)}
    golds = {'A': {}, 'B': {}}
    manifest = []
    for h in 'AB':
        (outdir / h).mkdir(parents=True, exist_ok=True)
    for pid in ids:
        for v in (1, 2):
            r = random.Random(f"{SEED}:{pid}:{v}")
            text, kinds = build(pid, v, r)
            if text is None:
                continue
            did = f"{pid}_v{v}"
            (outdir / half[pid] / f"{did}.txt").write_text(text, encoding='utf-8')
            golds[half[pid]][did] = {'articleBody': GOLD[pid]['articleBody'], 'url': GOLD[pid].get('url')}
            manifest.append(f"{did}\t{half[pid]}\t{','.join(kinds)}")
    for h in 'AB':
        json.dump(golds[h], open(outdir / f"gold-{h}.json", 'w'), ensure_ascii=False)
    (outdir / 'manifest.tsv').write_text('\n'.join(manifest) + '\n')
    print({h: len(golds[h]) for h in 'AB'})


if __name__ == '__main__':
    main()
