#!/usr/bin/env python3
"""make_comments.py : the "comments" text perturbation set (tgen38, 2026-12-06), from the tune pages only.

Injects a reader-comment thread into each tune page's text dump, the way scraped dumps carry them:
  - "end": below everything, after the page's other tail furniture
  - "tail": right below the story's last paragraph, above the page's tail furniture
  - "mid": inside the tail furniture, a few lines below the story's last paragraph
  - "box": a "top comments" teaser box of 1-3 posts between two of the story's paragraphs
Threads vary their heading ("42 Comments", "Comments (7)", "Join the conversation", "What do you think?", "Showing
1-10 of 56 comments", none), their sort and log-in lines, their posts' header (real names, handles, "Anonymous",
"Guest", avatars' initials; stamps "3 hours ago", "Nov 19, 2019 at 4:12 pm", "2y", "Edited", on the name's line, on
a line of their own, or none), the posts' prose (1-4 sentences of opinion, some reusing the story's own content words
and named people, some quoting it, some "So true."), their buttons ("Reply", "Like · Reply · 3", "↑ 12 ↓ 2", none),
nested replies ("@name ..."), "Load more comments" and "View 3 more replies". Gold unchanged.
Every page gets one or two variants (<id>~1, <id>~2); halves A/B split by page id (seeded shuffle), so all variants
of one page sit in one half.
Usage: make_comments.py OUTDIR [SEED]  ->  OUTDIR/{A,B}/pages/<id>~k.txt, OUTDIR/{A,B}/gold.json, OUTDIR/meta.tsv
(SEED draws other threads for the same pages; the halves stay those of the default seed.)
"""
import random, re, sys

import tunepages
from tunepages import norm, words

SEED = 38_2026_1206
WORD = re.compile(r"\w+")

FIRST = ["Anya", "Bram", "Celine", "Dev", "Esther", "Farid", "Gwen", "Hamish", "Ines", "Jules", "Kofi", "Lena",
         "Mateo", "Nia", "Otto", "Pia", "Ravi", "Selma", "Theo", "Uma", "Viktor", "Wren", "Yusuf", "Zara", "Mike",
         "Karen", "Steve", "Linda", "Bob", "Patricia", "Gary", "Debbie", "Tom", "Sue", "Raj", "Maria", "Chen"]
LAST = ["Abernethy", "Carraway", "Dimitriou", "Eze", "Fairbairn", "Gutierrez", "Haldane", "Iqbal", "Kerrigan",
        "Lindgren", "Mwangi", "Novak", "O'Rourke", "Pellegrini", "Ruiz", "Sorensen", "Tolliver", "Varga", "Yilmaz",
        "Smith", "Jones", "Miller", "Brown", "Walsh", "Nguyen", "Patel", "Kowalski"]
HANDLES = ["truthseeker", "skywatcher", "jdoe42", "old_salt", "mamabear77", "RiverRat", "notabot", "DeepThroat2",
           "coffee_addict", "PatriotMom", "grumpycat", "the_real_dave", "xXgamerXx", "LurkerNoMore", "Voice_of_Reason",
           "sensible_sue", "DrNo", "fedup_taxpayer", "bluewave2020", "hillbilly_hank", "quietobserver", "KiwiFan",
           "midwest_mike", "ZenMaster", "boomer1955", "Cassandra", "SkepticalSam", "nightowl", "ratm_fan", "pdx_guy"]
TOWNS = ["Leeds", "Tulsa", "Bristol", "Austin", "Perth", "Ottawa", "Cork", "Denver", "Dundee", "Fresno", "Hobart",
         "Boise", "Nantes", "Salford", "Mumbai", "Durban"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "January", "March",
          "November", "December"]

HEADINGS = ["{n} Comments", "{n} comments", "Comments ({n})", "Comments", "COMMENTS", "Join the conversation",
            "Join the Conversation", "What do you think?", "Reader comments", "Readers' comments",
            "Showing 1-10 of {n} comments", "Discussion", "Discussion ({n})", "{n} Responses", "Conversation",
            "Have your say", "{n} thoughts on “{T}”", "Your comments", "Comments are open", "Leave a comment",
            "Reader Comments ({n})", "Talk about it", "{n} Replies", "Reactions", "Add your voice", "Comment section"]
CONTROLS = ["Sort by Newest", "Sort by Best", "Sort by: Oldest", "Oldest first", "Newest first | Oldest first",
            "Log in to comment", "Sign in to comment", "Community guidelines", "Login", "Log in",
            "Comment policy", "Most liked", "Newest", "Sort by", "Subscribe to comments", "Write a comment...",
            "Post a comment", "Be respectful. Comments are moderated.", "Notify me of new replies",
            "Sign in or register to join the discussion"]
LOAD = ["Load more comments", "Show more comments", "View all {n} comments", "Load more", "See more comments",
        "Show {n} more comments", "Read all comments", "More comments", "Older comments", "Next page »",
        "View more comments ({n})"]
MORE_REPLIES = ["View {n} more replies", "Show {n} more replies", "{n} replies", "View replies ({n})",
                "Show replies", "+{n} more"]
STAMPS = ["{h} hours ago", "{h}h", "{h}h ago", "{d} days ago", "{d}d", "{y}y", "{m} min ago", "{m} minutes ago",
          "Yesterday", "Yesterday at {clk}", "{mon} {day}, {yr} at {clk}", "{mon} {day}, {yr}", "{day} {mon} {yr}",
          "{day}/{mo}/{yr} {hh}:{mm}", "a year ago", "2 weeks ago", "{mon} {day}", "{h} hrs ago", "Just now",
          "{mon} {day}, {yr} {clk}", "{w} weeks ago"]
BUTTONS = ["Reply", "Reply", "Like · Reply · {n}", "Like Reply", "↑ {n} ↓ {m}", "Reply · Report", "Report",
           "Share", "Reply Share", "{n} Likes · Reply", "👍 {n} 👎 {m}", "Reply • Share ›", "Like ({n})",
           "Respond", "{n} likes", "Reply | Report abuse", "△ {n} ▽", "Upvote {n}", "Flag", "Like · Reply",
           "Recommend ({n})", "Reply Retweet Like", "♥ {n}", "Helpful? Yes ({n}) No ({m})"]
# opinion sentences; {X} a content word of the story, {NAME} a person the story names, {Q} a phrase of the story
OPINIONS = ["This is exactly what I've been saying for years.", "Great article, thanks for writing it.",
            "I don't buy a word of this.", "Who is paying for all of this?", "Typical.",
            "Finally someone says it.", "Can we talk about the {X} for a second?",
            "The {X} thing is the real story here and nobody wants to admit it.",
            "{NAME} should be ashamed.", "I used to respect {NAME} but not anymore.",
            "Good on {NAME}, honestly.", "Nobody asked for more {X}.",
            "My family has lived with the {X} problem for twenty years and nothing changes.",
            "“{Q}” — you have got to be kidding me.", "\"{Q}\" Really? That's the best they can do?",
            "Quote: \"{Q}\". Says it all.", "So {NAME} gets a pass again?",
            "I wish the reporter had asked {NAME} about the {X}.", "Sad to see this happening.",
            "This is why I stopped reading the news.", "Thank you for covering this.",
            "Fake news.", "Absolutely spot on.", "Not surprised in the least.",
            "The comments here are wild.", "Anyone else remember when {X} was cheap?",
            "Same thing happened in my town last year.", "Let's see how long this lasts.",
            "The {X} is a disgrace and everyone involved knows it.",
            "I read the whole thing twice and I still don't get why {NAME} agreed to it.",
            "More {X}, less talk, please.", "Well said.", "This.", "Couldn't agree more.",
            "Interesting take on the {X}, but I think the article misses the bigger picture.",
            "People keep blaming {NAME} when the {X} was decided long before.",
            "How is this news?", "Wake up people!", "Unbelievable.", "LOL.",
            "My heart goes out to everyone affected.", "Follow the money.",
            "The {X} and the {X2} are two sides of the same coin.", "I have a question about the {X}: who decided this?",
            "Honestly, {NAME} was right all along.", "Sounds like a lot of {X} to me.",
            "I'm from here and I can tell you the {X} has been a mess since day one.",
            "Does anyone proofread these articles anymore?", "Good read.", "Meh.",
            "It's about time someone looked into the {X}.", "Shame on all of them.",
            "Where was all this concern when {NAME} was in charge?",
            "I wonder what {NAME} thinks about the {X} now."]
SHORT = ["So true.", "Agreed.", "Exactly!", "This!", "+1", "Lol", "Well said.", "Nope.", "100%.", "Yep.",
         "Thanks for sharing.", "Wow.", "Same here.", "Ha!"]
REPLY_OPEN = ["@{u} ", "@{u} ", "@{u}, ", "{U}, ", "Replying to @{u}: ", "@{u} agreed. ", "@{u} no. ",
              "@{u} exactly. ", "In reply to {U}: "]
STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being this that
these those it its he she they we you i his her their our your them him us not no yes do does did have has had will
would can could should may might said says say also than then there here what which who whom when where why how all
any some more most other such only own same so too very just into over after before about against between during
through under again further once out up down off new one two three first last year years time people""".split())




class Story:
    """The story's content words, named people and short phrases, which comments reuse."""

    def __init__(self, gold):
        toks = WORD.findall(gold)
        counts = {}
        for t in toks:
            if len(t) > 4 and t.islower() and t not in STOP and not t.isdigit(): counts[t] = counts.get(t, 0) + 1
        self.words = [w for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:25]] or ["plan"]
        names = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b", gold)
        seen = []
        for n in names:
            if n not in seen and not any(w.lower() in STOP for w in n.split()): seen.append(n)
        self.names = seen[:12] or ["the mayor"]
        sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+", gold) if 6 <= words(s) <= 40]
        self.phrases = []
        for s in sents[:40]:
            ws = s.rstrip(".!?\"”").split()
            k = min(len(ws), 5 + len(ws) % 6)
            self.phrases.append(" ".join(ws[:k]).strip("\"“”,;:"))
        if not self.phrases: self.phrases = ["this is only the beginning"]


class Gen:
    def __init__(self, r, story, title):
        self.r, self.s, self.title = r, story, title

    def c(self, xs): return self.r.choice(xs)

    def fill(self, s, **kw):
        r = self.r
        name = self.c(self.s.names)
        surname = name.split()[-1] if r.random() < 0.4 and " " in name else name
        d = dict(n=r.randint(2, 240), m=r.randint(0, 30), h=r.randint(1, 23), d=r.randint(1, 12), y=r.randint(1, 5),
                 w=r.randint(1, 8), mon=self.c(MONTHS), day=r.randint(1, 28), yr=r.randint(2016, 2024),
                 mo=r.randint(1, 12), hh=f"{r.randint(0, 23):02d}", mm=f"{r.randint(0, 59):02d}",
                 clk=f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {self.c(['pm', 'am', 'PM', 'AM', 'p.m.', 'a.m.'])}",
                 X=self.c(self.s.words), X2=self.c(self.s.words), NAME=surname, Q=self.c(self.s.phrases),
                 T=self.title, u="", U="")
        d.update(kw)
        return s.format(**d)

    def user(self):
        r = self.r
        x = r.random()
        if x < 0.3: return f"{self.c(FIRST)} {self.c(LAST)}"
        if x < 0.45: return f"{self.c(FIRST)} {self.c(LAST)[0]}."
        if x < 0.75: return self.c(HANDLES)
        if x < 0.82: return self.c(["Anonymous", "Guest", "Anon", "Guest user", "Anonymous Coward"])
        if x < 0.9: return f"{self.c(FIRST)}, {self.c(TOWNS)}"
        return self.c(FIRST)

    def prose(self):
        r = self.r
        if r.random() < 0.2: return self.c(SHORT)
        n = self.c([1, 1, 2, 2, 3, 4])
        sents = [self.fill(self.c(OPINIONS)) for _ in range(n)]
        # some long posts run to a second paragraph
        if n >= 3 and r.random() < 0.3: return " ".join(sents[:2]) + "\n\n" + " ".join(sents[2:])
        return " ".join(sents)


class Style:
    """One thread's look, fixed for its posts: where the stamp goes, which buttons, whether there are avatars."""

    def __init__(self, r):
        self.stamp = r.choice(["same", "same", "below", "below", "none", "says"])  # "says": "Name says:" / date
        self.sep = r.choice([" · ", " • ", " | ", "  ", " - ", " "])
        self.buttons = r.choice([None, None, "fixed", "fixed", "varied"])
        self.button = r.choice(BUTTONS)
        self.avatar = r.random() < 0.2
        self.edited = r.random() < 0.3
        self.blank = r.random() < 0.6  # blank lines between a post's lines


def post(g, st, reply_to=None):
    r = g.r
    u = g.user()
    lines = []
    if st.avatar:
        lines.append("".join(w[0].upper() for w in re.findall(r"[A-Za-z]+", u)[:2]) or "A")
    stamp = g.fill(g.c(STAMPS))
    if st.edited and r.random() < 0.25: stamp += g.c([" (edited)", " · Edited", " Edited"])
    if st.stamp == "same": lines.append(u + st.sep + stamp)
    elif st.stamp == "below": lines += [u, stamp]
    elif st.stamp == "says": lines += [u + " says:", stamp]
    else: lines.append(u)
    text = g.prose()
    if reply_to:
        ru = reply_to.split(",")[0]
        text = g.c(REPLY_OPEN).format(u=ru.replace(" ", ""), U=ru) + text[0].lower() + text[1:] \
            if text[:1].isalpha() else "@" + ru.replace(" ", "") + " " + text
    lines.append(text)
    if st.buttons == "fixed": lines.append(g.fill(st.button))
    elif st.buttons == "varied" and r.random() < 0.8: lines.append(g.fill(g.c(BUTTONS)))
    return lines, u


def thread(g, box=False):
    r = g.r
    st = Style(r)
    out = []
    desc = []
    if box:
        out.append(g.c(["Top comments", "Top Comments", "TOP COMMENTS", "Most liked comments", "Readers say",
                        "What readers are saying", "From the comments", "Best of the comments", "Featured comments"]))
        n = r.randint(1, 3)
    else:
        if r.random() < 0.8:
            out.append(g.fill(g.c(HEADINGS)))
            desc.append("head")
        for c in r.sample(CONTROLS, r.choice([0, 0, 1, 1, 2, 3])):
            out.append(c)
        n = r.randint(2, 8)
    users = []
    posts = 0
    for i in range(n):
        lines, u = post(g, st)
        users.append(u)
        posts += 1
        out.append(lines)
        if not box and r.random() < 0.3:
            for _ in range(r.randint(1, 2)):
                rl, ru = post(g, st, reply_to=u if r.random() < 0.8 else g.c(users))
                out.append(rl)
                posts += 1
            if r.random() < 0.4: out.append(g.fill(g.c(MORE_REPLIES)))
    if not box and r.random() < 0.5: out.append(g.fill(g.c(LOAD)))
    if box and r.random() < 0.6:
        out.append(g.fill(g.c(["View all {n} comments", "Read all {n} comments", "See all comments",
                               "Join the conversation", "{n} comments", "Comments ({n})"])))
    # flatten: each post's lines as lines of its own, set apart by blank lines or not
    text = []
    for part in out:
        if isinstance(part, list):
            text.append(("\n\n" if st.blank else "\n").join(part))
        else:
            text.append(part)
    sep = "\n\n" if st.blank or r.random() < 0.5 else "\n"
    return sep.join(text), f"{'box' if box else 'thread'}:{posts}:{st.stamp}:{st.buttons or '-'}:" \
                           f"{'+'.join(desc) or '-'}"


def perturb(pid, variant, text, gold, seed=SEED):
    r = random.Random(f"{seed}:{pid}:{variant}")
    paras, body = tunepages.story_paras(text, gold)
    if not body: return None
    first, last = body[0], body[-1]
    title = next((p for p in paras[:first] if 4 <= words(p) <= 16 and "\n" not in p), "this story")
    g = Gen(r, Story(gold), title)
    where = r.choices(["end", "tail", "mid", "box"], [0.4, 0.3, 0.15, 0.15])[0]
    between = [i for i in body if first < i <= last]
    if where == "box" and not between: where = "tail"
    if where == "mid" and last + 2 >= len(paras): where = "end"
    t, d = thread(g, box=where == "box")
    if where == "end": at = len(paras)
    elif where == "tail": at = last + 1
    elif where == "mid": at = r.randint(last + 2, len(paras))
    else: at = r.choice(between)
    out = paras[:at] + [t] + paras[at:]
    return "\n\n".join(out) + "\n", f"{d}@{where}"


def main():
    outdir = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else SEED
    gold = tunepages.gold()
    tune = tunepages.tune_ids()
    tunepages.write_variants(
        outdir, tune, tunepages.halves(tune, SEED), gold,
        lambda pid, v: perturb(pid, v, tunepages.page_text(pid), gold[pid]['articleBody'], seed),
        lambda pid: range(1, random.Random(f"{seed}:{pid}").choice([1, 2, 2]) + 1))


if __name__ == '__main__':
    main()
