package wirewash.synth;

/** The ways syndication turns one wire story into the copies scraped from many sites. */
public enum VersionKind {
    /** The story as the wire sent it. */
    ORIGINAL,
    /** Reprinted with typographic changes, sometimes without its last paragraph. */
    REPRINT,
    /** Rewritten for another region: British spellings, "Mr", day-month dates, sentences and paragraphs cut. */
    REGIONAL,
    /** Cut to its first third to two thirds. */
    BRIEF,
    /** Updated with a new lead and a new paragraph; the old lead sometimes dropped. */
    WRITE_THROUGH
}
