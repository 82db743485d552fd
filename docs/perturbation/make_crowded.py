#!/usr/bin/env python3
"""make_crowded.py : builds the "crowded" text perturbation set from the tune pages.

Each tune page's text dump gets site furniture (menus, teaser runs, most-read lists, bios, score boxes, weather,
tickers, listings, cookie/app prompts, promo blurbs, footers) above, between the gold paragraphs of, and below its
story until the page carries a target ratio of boilerplate words per article word (drawn in [1.0, 2.0]). The gold
body is unchanged. Everything is seeded (SEED, then one Random per page from SEED and the id).
Pages split A/B by a seeded shuffle. Usage: make_crowded.py [OUTDIR] (default: this folder). Output:
OUTDIR/crowded/{A,B}/pages/<id>.txt, OUTDIR/crowded/{A,B}/gold.json, OUTDIR/crowded/meta.tsv
"""
import json, os, random, re, hashlib, sys

import tunepages
from tunepages import norm, words

SEED = 27_2026_1206
ROOT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- vocabulary (invented, varied)
SECTIONS = ["News", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Football", "Cricket",
            "Culture", "Arts", "Books", "Film", "Music", "TV & Radio", "Opinion", "Columnists", "Lifestyle", "Food",
            "Travel", "Money", "Property", "Cars", "Motoring", "Education", "Environment", "Climate", "Local",
            "Region", "Crime", "Courts", "Obituaries", "Puzzles", "Crosswords", "Video", "Podcasts", "Photos",
            "Weather", "Traffic", "Jobs", "Homes", "Classifieds", "Announcements", "Notices", "Events", "Deals",
            "Shopping", "Reviews", "Gadgets", "Gaming", "Startups", "Markets", "Economy", "Energy", "Transport",
            "Fashion", "Beauty", "Wellbeing", "Parenting", "Pets", "Gardening", "Horoscopes", "Letters",
            "Investigations", "Fact check", "Explainers", "Newsletters", "E-paper", "Archive", "Live", "US", "UK",
            "Europe", "Asia", "Africa", "Middle East", "Americas", "Australia", "Rugby", "Tennis", "Golf", "F1",
            "Basketball", "Baseball", "Hockey", "Boxing", "Racing", "Cycling", "Data", "AI", "Security", "Cloud"]
UTIL = ["Sign in", "Log in", "My account", "Subscribe", "Register", "Search", "Menu", "Home", "Edition: UK",
        "Edition: US", "Today's paper", "Contact us", "Advertise", "Help", "Store", "Donate", "Print edition",
        "Manage subscription", "Gift a subscription", "Tip us", "Careers", "Newsroom", "Login / Register"]
FIRST = ["Maya", "Daniel", "Priya", "Tomás", "Grace", "Oliver", "Hannah", "Kwame", "Sofia", "Liam", "Aisha",
         "Marcus", "Elena", "Rohan", "Chloe", "Felix", "Nadia", "Samuel", "Ingrid", "Jonah", "Leila", "Patrick",
         "Yuki", "Beatriz", "Connor", "Fatima", "Henrik", "Imogen", "Jorge", "Keira", "Lucas", "Mei"]
LAST = ["Okafor", "Lindqvist", "Harrington", "Patel", "Moreau", "Castillo", "Whitfield", "Nakamura", "Brennan",
        "Adeyemi", "Kowalski", "Ferreira", "Thornton", "Gallagher", "Osei", "Rasmussen", "Delacroix", "Mbeki",
        "Sandoval", "Vance", "Holloway", "Petrov", "Achebe", "Larsen", "Quinlan", "Romero", "Stavros", "Tanaka"]
PLACES = ["Riverside", "Northgate", "Ashford", "Port Ellis", "Milbrook", "Eastfield", "Carrow", "Linton Bay",
          "Harwick", "Westmoor", "Brayford", "Kingsbridge", "Oakham", "Stanmere", "Fairhaven", "Dunmore",
          "Calder Vale", "Greyholt", "Pinecrest", "Silverton", "Marlow Heath", "Redcliffe"]
SUBJ = ["Council", "Regulators", "Local farmers", "The central bank", "Hospital chiefs", "Teachers' union",
        "Police", "Fire crews", "Startup founders", "The transport authority", "Residents", "Campaigners",
        "City hall", "Lawmakers", "Scientists", "The coach", "Shoppers", "Investors", "Airline bosses",
        "Landlords", "Students", "Volunteers", "Energy firms", "The mayor", "A former minister", "Developers"]
VERB = ["unveil plans for", "push back against", "warn over", "vote to scrap", "sign off on", "call for review of",
        "celebrate", "clash over", "delay", "probe", "back", "reject", "launch bid for", "report surge in",
        "brace for", "rethink", "quietly drop", "defend", "pledge millions for", "raise concerns about"]
OBJ = ["new bypass", "school meals scheme", "riverside flats", "rate rise", "ward closures", "pay deal",
       "speed cameras", "festival licence", "tram extension", "heat pump grants", "stadium upgrade",
       "parking charges", "night bus routes", "library hours", "rent cap", "wind farm", "data centre",
       "bin collections", "harbour dredging", "youth league", "cycle lanes", "housing targets", "water bills",
       "airport expansion", "market hall revamp", "flood defences", "museum loan", "bridge repairs"]
HEADLINE_SHAPES = [
    "{S} {V} {O} in {P}", "{P}: {S} {V} {O}", "Why {S_l} {V} {O}", "{S} {V} {O} after months of talks",
    "What the {O} means for {P}", "Explained: the row over {P}'s {O}", "'{Q}' — {S} {V} {O}",
    "{P} {O} plan faces fresh hurdle", "{N} things to know about the {O}", "Live: {S} {V} {O}",
    "Watch: {S} {V} {O}", "{S} {V} {O} — and what comes next", "Is the {O} worth it? {S} weigh in",
    "Revealed: cost of {P}'s {O} tops £{M}m", "{F} {L} on why {P} needs a {O}",
]
QUOTES = ["We were never consulted", "It is a scandal", "Enough is enough", "This changes everything",
          "We are not going anywhere", "A once-in-a-generation chance", "Nobody saw it coming"]
SUMMARY_SHAPES = [
    "The move comes as {S_l} in {P} {V} the {O}, with a final decision expected next month.",
    "Critics say the {O} will cost more than planned, but supporters insist it is long overdue.",
    "{F} {L} reports on a week of tense meetings over the {O} in {P}.",
    "Officials said the {O} would go ahead despite a petition signed by {N},000 people.",
    "It is the second time this year that {S_l} have been forced to {V} the {O}.",
    "Our reporter spent a day in {P} to find out what locals really think of the {O}.",
    "A new report suggests the {O} could save {P} up to £{M}m over the next decade.",
    "Here is everything you need to know before the {O} consultation closes on Friday.",
    "{S} say they were left in the dark about the {O} until the last minute.",
    "The decision has split opinion in {P}, where the {O} has been debated for years.",
    "Figures released on {D} show a sharp rise in complaints about the {O}.",
    "From the {O} to the budget, these are the stories shaping {P} this week.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Gen:
    def __init__(self, rng):
        self.r = rng

    def c(self, xs):
        return self.r.choice(xs)

    def name(self):
        return f"{self.c(FIRST)} {self.c(LAST)}"

    def fill(self, shape):
        r = self.r
        s = self.c(SUBJ)
        return shape.format(S=s, S_l=s[0].lower() + s[1:] if not s.startswith("The ") else s.lower(), V=self.c(VERB),
                            O=self.c(OBJ), P=self.c(PLACES), N=r.randint(3, 12), M=r.randint(2, 90),
                            F=self.c(FIRST), L=self.c(LAST), Q=self.c(QUOTES), D=self.c(DAYS))

    def headline(self):
        h = self.fill(self.c(HEADLINE_SHAPES))
        return h[0].upper() + h[1:]

    def summary(self):
        return self.fill(self.c(SUMMARY_SHAPES))

    def date(self):
        r = self.r
        shapes = [lambda: f"{r.randint(1, 23)} hours ago", lambda: f"{r.randint(2, 59)} min ago",
                  lambda: f"{self.c(MONTHS)[:3]} {r.randint(1, 28)}, {r.randint(2016, 2024)}",
                  lambda: f"{r.randint(1, 28)} {self.c(MONTHS)} {r.randint(2016, 2024)}",
                  lambda: f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2016, 2024)}",
                  lambda: f"{self.c(DAYS)} {r.randint(1, 12)}:{r.randint(0, 59):02d} {self.c(['am', 'pm', 'AM', 'PM'])}",
                  lambda: f"Updated {r.randint(1, 12)}:{r.randint(0, 59):02d} {self.c(['ET', 'GMT', 'BST', 'PT'])}",
                  lambda: "Yesterday", lambda: f"{r.randint(2, 6)} days ago",
                  lambda: f"{self.c(MONTHS)} {r.randint(1, 28)}, {r.randint(2016, 2024)} {r.randint(1, 12)}:{r.randint(0, 59):02d}"]
        return self.c(shapes)()

    def meta(self):
        r = self.r
        shapes = [lambda: self.date(), lambda: f"By {self.name()}", lambda: f"By {self.name()} | {self.date()}",
                  lambda: f"{self.name()} · {self.date()}", lambda: f"{self.date()} · {r.randint(2, 12)} min read",
                  lambda: f"{self.c(SECTIONS)} | {self.date()}", lambda: f"{self.name()}, {self.c(['Reporter', 'Staff writer', 'Correspondent', 'Contributor'])}",
                  lambda: f"{r.randint(3, 480)} comments", lambda: f"{self.date()} — {self.name()}"]
        return self.c(shapes)()

    # ------------------------------------------------------------ components: each returns list of "paragraphs"
    # (strings; a string with "\n" is lines printed without blank lines between them)
    def menu(self):
        r = self.r
        items = r.sample(SECTIONS, r.randint(8, 34))
        if r.random() < 0.3: items = r.sample(UTIL, r.randint(2, 5)) + items
        style = r.random()
        if style < 0.55: return ["\n".join(items)]
        if style < 0.8: return [self.c([" | ", " · ", "  ", " / ", " • "]).join(items)]
        # grouped sections with headings, blank lines between
        out = []
        for g in range(r.randint(2, 4)):
            out.append("\n".join([self.c(SECTIONS) + self.c(["", " sections", ":", ""])] + r.sample(SECTIONS, r.randint(3, 8))))
        return out

    def teaser_run(self, heading=True):
        r = self.r
        out = []
        if heading and r.random() < 0.7:
            out.append(self.c(["Latest", "Latest news", "More stories", "Around the site", "Elsewhere on " + self.c(PLACES) + " Today",
                               "In other news", "Top stories", "Recommended for you", "From our partners",
                               "More in " + self.c(SECTIONS), "Catch up", "Also in the news", "Stories you may have missed",
                               "The week's best reads", "Spotlight", "Fresh this morning", "Keep reading", "Our picks"]))
        shape = r.randint(0, 6)
        for _ in range(r.randint(3, 8)):
            h, s = self.headline(), self.summary()
            if shape == 0: out.append(f"{h}\n{s}\n{self.meta()}")
            elif shape == 1: out += [h, s, self.meta()]
            elif shape == 2: out.append(f"{self.c(SECTIONS).upper()}\n{h}\n{s}")
            elif shape == 3: out.append(f"{h} — {s}")
            elif shape == 4: out += [f"{h}\n{self.meta()}", s]
            elif shape == 5: out.append(f"{self.meta()}\n{h}\n{s}")
            else: out += [h, s]
        return out

    def most_read(self):
        r = self.r
        out = []
        if r.random() < 0.75:
            out.append(self.c(["Most read", "Most Read", "MOST POPULAR", "Trending", "Trending now", "Editor's picks",
                               "Editors' Picks", "Popular this week", "What people are reading", "Don't miss",
                               "Most shared", "Hot right now", "Readers' favourites", "Most viewed today",
                               "Top 10", "Buzzing", "Must reads", "Staff picks", "Most commented"]))
        n = r.randint(4, 10)
        numbered = r.random() < 0.5
        lines = []
        for i in range(n):
            h = self.headline()
            lines.append(f"{i + 1}{self.c(['. ', ' ', ') '])}{h}" if numbered else h)
        if r.random() < 0.5: out.append("\n".join(lines))
        else: out += lines
        return out

    def bio(self):
        r = self.r
        n = self.name()
        pro = self.c(["She", "He", "They"])
        beats = self.c(["local government", "health and science", "crime and the courts", "the economy",
                        "technology", "climate and energy", "education", "sport", "transport", "culture"])
        s = [f"{n} is a {self.c(['senior reporter', 'staff writer', 'correspondent', 'data journalist', 'features editor'])} "
             f"covering {beats} for the {self.c(PLACES)} {self.c(['Courier', 'Herald', 'Post', 'Gazette', 'Chronicle'])}.",
             f"{pro} {self.c(['joined', 'came to'])} the newsroom in {r.randint(2005, 2022)} after {r.randint(2, 9)} years at "
             f"the {self.c(PLACES)} {self.c(['Echo', 'Times', 'Star', 'Observer'])}.",
             f"{pro} {self.c(['lives in', 'is based in', 'splits time between'])} {self.c(PLACES)} with {self.c(['two cats', 'a rescue dog', 'family', 'a growing pile of books'])}.",
             f"Follow {self.c(['her', 'him', 'them'])} on X at @{n.split()[0].lower()}{n.split()[1][:3].lower()} or email {n.split()[0].lower()}.{n.split()[1].lower()}@example.com."]
        body = " ".join(s[:r.randint(2, 4)])
        out = []
        if r.random() < 0.6: out.append(self.c(["About the author", "About the reporter", "The author", "Meet the writer", n, "Contributor"]))
        out.append(body)
        if r.random() < 0.4:
            box = [self.c(["Our team", "Staff", "Newsroom contacts", "Masthead"])]
            for role in r.sample(["Editor-in-chief", "Managing editor", "News editor", "Digital editor", "Sports editor",
                                  "Photo editor", "Publisher", "Audience editor"], r.randint(3, 6)):
                box.append(f"{role}{self.c([': ', ' — ', ' '])}{self.name()}")
            out.append("\n".join(box))
        return out

    def scores(self):
        r = self.r
        teams = ["Rovers", "United", "City", "Athletic", "Wanderers", "Lions", "Hawks", "Rangers", "Sharks", "Comets",
                 "Pirates", "Falcons", "Saints", "Thunder", "Royals", "Storm"]
        out = [self.c(["Scores", "Live scores", "Results", "Fixtures & results", "Scoreboard", self.c(PLACES) + " League", "Match centre"])]
        lines = []
        for _ in range(r.randint(3, 7)):
            a, b = r.sample(teams, 2)
            shape = r.randint(0, 3)
            if shape == 0: lines.append(f"{a} {r.randint(0, 5)}–{r.randint(0, 5)} {b} {self.c(['FT', 'HT', '78′', 'AET'])}")
            elif shape == 1: lines.append(f"{a} {r.randint(80, 130)}, {b} {r.randint(80, 130)} (Final)")
            elif shape == 2: lines.append(f"{a} v {b} {r.randint(12, 21)}:{self.c(['00', '30', '45'])}")
            else: lines += [f"{a} {r.randint(0, 9)}", f"{b} {r.randint(0, 9)}", self.c(["Final", "Top 7th", "Q3 4:12"])]
        out.append("\n".join(lines))
        return out

    def weather(self):
        r = self.r
        p = self.c(PLACES)
        cond = ["Sunny", "Partly cloudy", "Light rain", "Showers", "Overcast", "Clear", "Fog", "Thunderstorms", "Windy"]
        lines = [self.c(["Weather", f"{p} weather", "Forecast", "Today's weather", "Local forecast"]),
                 f"{r.randint(-3, 31)}°{self.c(['C', 'F', ''])} {self.c(cond)}",
                 f"H: {r.randint(5, 33)}° L: {r.randint(-5, 15)}°"]
        for d in r.sample(DAYS, r.randint(0, 4)): lines.append(f"{d[:3]} {r.randint(0, 30)}° {self.c(cond)}")
        if r.random() < 0.4: lines.append(self.c(["Full forecast", "See 10-day forecast", "Change location"]))
        return ["\n".join(lines)] if r.random() < 0.7 else lines

    def ticker(self):
        r = self.r
        idx = ["DOW", "S&P 500", "NASDAQ", "FTSE 100", "DAX", "Nikkei", "Hang Seng", "Gold", "Oil (Brent)", "EUR/USD",
               "GBP/USD", "Bitcoin", "10-yr yield", "CAC 40", "ASX 200"]
        lines = [f"{i} {r.uniform(1, 40000):,.2f} {self.c(['+', '-', '▲', '▼'])}{r.uniform(0, 3):.2f}%"
                 for i in r.sample(idx, r.randint(3, 7))]
        out = []
        if r.random() < 0.6: out.append(self.c(["Markets", "Market data", "Markets at a glance", "Live markets"]))
        out.append(self.c(["\n".join(lines), "  ".join(lines)]))
        if r.random() < 0.3: out.append(self.c(["Data delayed 15 minutes", "Quotes delayed at least 15 min."]))
        return out

    def listings(self):
        r = self.r
        if r.random() < 0.5:
            out = [self.c(["Jobs", "Latest jobs", "Find a job", "Careers near you", "Job board"])]
            roles = ["Senior Accountant", "Care Assistant", "Site Manager", "HGV Driver", "Data Analyst", "Staff Nurse",
                     "Primary Teacher", "Marketing Executive", "Electrician", "Software Engineer", "Chef de Partie"]
            lines = [f"{self.c(roles)}{self.c([' — ', ', ', ' | '])}{self.c(LAST)} {self.c(['Ltd', 'Group', 'Council', '& Co', 'Trust'])}, {self.c(PLACES)}"
                     f"{self.c([' — £' + str(r.randint(18, 75)) + ',000', ' · Full-time', ' · Competitive', ''])}" for _ in range(r.randint(3, 6))]
        else:
            out = [self.c(["Property", "Homes for sale", "Property of the week", "Find a home", "To let"])]
            kinds = ["semi-detached house", "terraced house", "flat", "detached bungalow", "cottage", "townhouse", "studio"]
            lines = [f"{r.randint(1, 5)} bed {self.c(kinds)}{self.c([', ', ' in ', ' — '])}{self.c(PLACES)}"
                     f"{self.c([' — £', ', £', ' | Guide price £', ' · $'])}{r.randint(90, 990)},{self.c(['000', '500', '950'])}" for _ in range(r.randint(3, 6))]
        out.append("\n".join(lines) if r.random() < 0.6 else lines[0])
        if not out[-1].count("\n"): out += lines[1:]
        if r.random() < 0.5: out.append(self.c(["View all", "See more listings", "Post a job", "Search all homes", "Advertise with us"]))
        return out

    def cookie_app(self):
        r = self.r
        if r.random() < 0.55:
            s = self.c(["We use cookies and similar technologies to improve your experience, measure audiences and show you relevant ads.",
                        "This site uses cookies. By continuing to browse you agree to our use of cookies as described in our policy.",
                        "We and our partners store and access information on your device to personalise content and analyse traffic.",
                        "Your privacy matters to us. We and our vendors use tracking technologies for analytics and advertising.",
                        "To give you the best possible experience, this website uses cookies and collects some personal data."])
            more = self.c(["You can change your choices at any time by visiting Privacy Settings.", "Some are essential; others help us understand how you use the site.", ""])
            btn = self.c(["Accept all\nReject all\nManage preferences", "Accept\nSettings", "I agree", "Got it!",
                          "Allow all cookies\nCustomise", "OK\nLearn more", "Agree and close"])
            return [s + (" " + more if more else ""), btn]
        s = self.c(["Get the app", "Download our app", "Never miss a story", "Stay in the know", "Take us with you",
                    "News on the go"])
        b = self.c(["Breaking news alerts, offline reading and the daily puzzle — free on iOS and Android.",
                    "Get the stories that matter delivered straight to your phone with our free app.",
                    "Read today's edition anywhere with the app, now with dark mode and audio articles.",
                    "Download the free app for iPhone and Android and turn on notifications for your area."])
        return [s, b, self.c(["Download on the App Store\nGet it on Google Play", "Install now", "Open in app", "Not now"])]

    def promo(self):
        r = self.r
        brand = self.c(PLACES) + " " + self.c(["Courier", "Herald", "Post", "Gazette", "Chronicle", "Today"])
        paras = [
            f"{self.c(['Introducing', 'Meet', 'Discover', 'Try'])} {brand} {self.c(['Plus', 'Premium', 'Unlimited', 'Insider'])}. "
            f"For just {self.c(['$1', '£1', '99p', '€2'])} a week you get unlimited access to every story, the digital edition and our award-winning puzzles.",
            f"Join more than {r.randint(10, 250)},000 readers who rely on us every morning for the news that matters in {self.c(PLACES)} and beyond.",
            f"Quality local journalism costs money to produce. Every subscription helps us keep reporters in courtrooms, council chambers and classrooms.",
            f"Our {self.c(['annual', 'spring', 'summer', 'winter'])} {self.c(['Business Awards', 'Food Festival', 'Leaders Summit', 'Charity Gala', 'Book Fair'])} returns on "
            f"{r.randint(1, 28)} {self.c(MONTHS)}. Tickets are on sale now, with early bird discounts for groups of four or more.",
            f"Advertise with us and reach an engaged audience of decision-makers across the region, in print, online and through our newsletters.",
            f"Cancel anytime. Offer available to new subscribers only; after the introductory period the price rises to the standard rate.",
            f"Give the gift of news this season: a year of {brand} for someone you love, delivered to their inbox every day.",
        ]
        r.shuffle(paras)
        out = []
        if r.random() < 0.5: out.append(self.c(["Special offer", "Limited time", "Subscriber exclusive", "Support local news", "Don't miss out", "Upgrade today"]))
        out += paras[:r.randint(2, 4)]
        if r.random() < 0.6: out.append(self.c(["Subscribe now", "Start your free trial", "Claim offer", "Book tickets", "Find out more", "Join today"]))
        return out

    def footer(self):
        r = self.r
        brand = self.c(PLACES) + " " + self.c(["Courier", "Herald", "Post", "Gazette", "Media Group", "News Ltd"])
        out = []
        if r.random() < 0.5: out.append(self.c([" | ", " · ", "\n"]).join(r.sample(
            ["About us", "Contact", "Terms of use", "Privacy policy", "Cookie settings", "Accessibility", "Complaints",
             "Corrections", "Work for us", "Site map", "RSS", "Editorial standards", "Ethics policy", "Do not sell my info"], r.randint(4, 9))))
        out.append(f"{brand}, {r.randint(1, 400)} {self.c(['Harbour Street', 'Mill Lane', 'King Road', 'Market Square', 'Station Approach'])}, "
                   f"{self.c(PLACES)} {self.c(['AB1 2CD', 'OR 97201', '2000', 'TX 75201', 'EH3 9QA'])}")
        if r.random() < 0.6: out.append(self.c([f"Tel: 0{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                                                f"Phone ({r.randint(200, 999)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
                                                f"Newsdesk: news@{brand.split()[0].lower()}.example"]))
        out.append(self.c([f"Registered in England and Wales No. {r.randint(100000, 9999999)}. Registered office as above.",
                           f"{brand} is a trading name of {self.c(LAST)} Publishing Ltd.",
                           f"Published by {brand}. Part of the {self.c(LAST)} Media network.",
                           f"Regulated by the Independent Press Standards Organisation."]))
        if r.random() < 0.7: out.append(self.c([f"© {r.randint(2015, 2024)} {brand}", f"Copyright {r.randint(2015, 2024)} {brand}. All rights reserved.",
                                                f"All content © {brand} {r.randint(2015, 2024)}"]))
        return out

    def follow(self):
        return [self.c(["Follow us", "Connect with us", "Stay connected", "Find us on"]),
                self.c(["\n".join(["Facebook", "X", "Instagram", "YouTube", "LinkedIn"][:self.r.randint(2, 5)]),
                        "Facebook · X · Instagram · TikTok", "Facebook | Twitter | Instagram"])]


TOP = ["menu", "menu", "cookie_app", "weather", "ticker", "teaser_run", "most_read", "follow"]
MID = ["teaser_run", "most_read", "promo", "scores", "cookie_app", "weather", "ticker", "listings", "bio"]
BOT = ["bio", "most_read", "teaser_run", "teaser_run", "listings", "footer", "footer", "promo", "scores", "follow", "menu"]


def crowd(pid, text, gold):
    rng = random.Random(f"{SEED}:{pid}")
    g = Gen(rng)
    # which paragraphs are the story's: long enough and found in the gold body
    paras, body = tunepages.story_paras(text, gold)
    gold_words = words(gold)
    base_bp = max(0, words(text) - gold_words)
    target = rng.uniform(1.0, 2.0)
    need = max(target * gold_words - base_bp, 0.25 * gold_words)
    inserts = {}  # index -> list of paragraph strings to put BEFORE paras[index]; len(paras) = at end
    first = body[0] if body else 0
    last = body[-1] if body else len(paras) - 1
    gaps = [i for i in body[1:] if i - 1 in body]  # between two consecutive story paragraphs
    added = 0
    used_mid = set()
    k = 0
    while added < need and k < 60:
        k += 1
        where = rng.random()
        if where < 0.35:
            comp = getattr(g, rng.choice(TOP))()
            pos = rng.choice([0, first, first])
        elif where < 0.65 and gaps:
            comp = getattr(g, rng.choice(MID))()
            free = [x for x in gaps if x not in used_mid] or gaps
            pos = rng.choice(free)
            used_mid.add(pos)
        else:
            comp = getattr(g, rng.choice(BOT))()
            pos = rng.choice([last + 1, len(paras), len(paras)])
        inserts.setdefault(pos, []).extend(comp)
        added += sum(words(c) for c in comp)
    out = []
    for i in range(len(paras) + 1):
        out += inserts.get(i, [])
        if i < len(paras): out.append(paras[i])
    new = "\n\n".join(out) + "\n"
    return new, base_bp / max(gold_words, 1), (words(new) - gold_words) / max(gold_words, 1), len(body)


def main():
    gold = tunepages.gold()
    tune = tunepages.tune_ids()
    half = tunepages.halves(tune, SEED)
    base = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ROOT, 'crowded')
    meta = []
    golds = {'A': {}, 'B': {}}
    for part in 'AB': os.makedirs(os.path.join(base, part, 'pages'), exist_ok=True)
    for pid in tune:
        text = tunepages.page_text(pid)
        body = gold[pid]['articleBody']
        new, before, after, nbody = crowd(pid, text, body)
        p = half[pid]
        open(os.path.join(base, p, 'pages', pid + '.txt'), 'w', encoding='utf-8').write(new)
        golds[p][pid] = gold[pid]
        meta.append(f"{pid}\t{p}\t{before:.2f}\t{after:.2f}\t{nbody}")
    for p in 'AB': json.dump(golds[p], open(os.path.join(base, p, 'gold.json'), 'w'))
    open(os.path.join(base, 'meta.tsv'), 'w').write("id\tpart\tbp_ratio_before\tbp_ratio_after\tbody_paras\n" + "\n".join(meta) + "\n")


if __name__ == '__main__':
    main()
