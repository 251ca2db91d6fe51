package io.newsflow.app.bench.workload;

import java.time.LocalDate;
import java.util.List;

/**
 * What an article says, before it is rendered as a text page or an HTML page.
 *
 * @param site       the publishing site
 * @param url        the article's URL on the site
 * @param section    the site section (world, business, ...)
 * @param title      the headline
 * @param author     the byline
 * @param date       the publication date
 * @param paragraphs the body
 */
record Story(Site site, String url, String section, String title, String author, LocalDate date,
             List<String> paragraphs) {
    Story {
        paragraphs = List.copyOf(paragraphs);
    }

    Story withText(String newTitle, List<String> newParagraphs) {
        return new Story(site, url, section, newTitle, author, date, newParagraphs);
    }
}
