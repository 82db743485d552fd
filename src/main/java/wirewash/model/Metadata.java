package wirewash.model;

/**
 * What the page says about itself; any field may be null when the page does not state it.
 *
 * @param title     the headline
 * @param byline    the author line, without "By"
 * @param published publication date as the page states it, ISO-8601 when it could be parsed
 * @param site      the site or publisher name
 * @param url       the page's URL
 * @param language  ISO 639-1 code of the text's language
 */
public record Metadata(String title, String byline, String published, String site, String url, String language) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null);

    /** This metadata with each null field taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(title != null ? title : fallback.title, byline != null ? byline : fallback.byline,
                published != null ? published : fallback.published, site != null ? site : fallback.site,
                url != null ? url : fallback.url, language != null ? language : fallback.language);
    }

    public Metadata withTitle(String value) {
        return new Metadata(value, byline, published, site, url, language);
    }

    public Metadata withByline(String value) {
        return new Metadata(title, value, published, site, url, language);
    }

    public Metadata withPublished(String value) {
        return new Metadata(title, byline, value, site, url, language);
    }

    public Metadata withSite(String value) {
        return new Metadata(title, byline, published, value, url, language);
    }

    public Metadata withUrl(String value) {
        return new Metadata(title, byline, published, site, value, language);
    }

    public Metadata withLanguage(String value) {
        return new Metadata(title, byline, published, site, url, value);
    }
}
