package wirewash.clean;

/**
 * Marks that filters put on blocks so that later filters can read them, the way boilerpipe's filters talk
 * through labels: one filter decides a block looks like prose, another uses that to find where the article ends.
 */
public enum Label {
    /** A sentence-bearing paragraph: enough words and sentence punctuation. */
    PROSE,
    /** Short, mostly capitalised, no sentence punctuation: a headline, a nav item, a section heading. */
    TITLE_LIKE,
    /** An HTML heading element (h1–h6). */
    HEADING,
    /** Part of an image caption or photo credit. */
    CAPTION,
    /** The block the cleaner took as the page's headline. */
    TITLE,
    /**
     * The story's lead or standfirst: a long block of running text kept just above the first paragraph, below the
     * headline. It stays where its neighbours are furniture, as the first paragraph would.
     */
    LEAD,
    /** Part of the page's densest run of prose: the article, as far as position tells. */
    ARTICLE,
    /** Starts a section that runs to the end of the page (related list, comments, footer). */
    TAIL_START,
    /** A cell of a table that the dump laid out one cell per line (rows of names and figures). */
    TABLE_CELL,
    /**
     * A line of a list that is the story's body, below a short introduction (a meal plan, a recipe, a box score):
     * its items may repeat, as a week's plan repeats a dish.
     */
    STORY_LIST
}
