package io.newsflow.processing.clean.text;

import io.newsflow.model.RawArticle;
import io.newsflow.processing.clean.Extraction;
import io.newsflow.processing.clean.FoundFields;
import io.newsflow.processing.clean.PageExtractor;
import io.newsflow.processing.clean.meta.Bylines;
import io.newsflow.processing.clean.meta.Dates;
import io.newsflow.processing.clean.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts the article from the plain text of a whole page, one block per line (the kind ingest reads from
 * {@code .txt} files). The page is read in three zones:
 * <ol>
 *   <li>the <b>header</b>, up to the title: date and byline lines become metadata, navigation and calls to
 *       action are dropped, and the first line that can be a headline is the title;</li>
 *   <li>the <b>body</b>, from the title to the last line of prose: prose is kept; short lines are kept only as
 *       headings or quote introductions followed by prose; counters, calls to action, credits, related-link
 *       teasers, lower-case alt text and lines repeated on the page are dropped;</li>
 *   <li>the <b>footer</b>, after the last line of prose: dropped whole.</li>
 * </ol>
 * Headings inside the article ("Third talks") are kept on their own line: they are the article's structure.
 * Hand-written: no library extracts articles from page text; the rules are in {@link LineRules}.
 */
public final class TextPageExtractor implements PageExtractor {
    private static final String FROM_LINE = "text:line-";
    private static final int DESCRIPTION_MAX_WORDS = 60;

    @Override
    public Extraction extract(RawArticle raw) {
        List<Line> lines = lines(raw.content());
        FoundFields found = new FoundFields();
        int bodyStart = readHeader(lines, found);
        int bodyEnd = lastProse(lines, bodyStart);
        List<String> body = keptLines(lines, bodyStart, bodyEnd, found);
        return new Extraction(String.join("\n\n", body), "text:lines", found, null);
    }

    /**
     * The page's non-empty lines, numbered from 1. {@link String#lines} breaks at {@code \r\n}, {@code \r} and
     * {@code \n} as a split on {@code "\r\n|\r|\n"} does, without a regular expression; it only leaves out the
     * empty line after a final break, which would be skipped as empty anyway.
     */
    static List<Line> lines(String content) {
        List<String> raw = content.lines().toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = TextNormalizer.normalizeLine(TextNormalizer.decodeEntities(raw.get(i)));
            if (!text.isEmpty()) {
                lines.add(Line.of(i + 1, text));
            }
        }
        return lines;
    }

    /** Reads date, byline and title from the top of the page; returns the index where the body starts. */
    private static int readHeader(List<Line> lines, FoundFields found) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (takenAsMetadata(line, found) || isChrome(line)) {
                continue;
            }
            if (line.words() > LineRules.TITLE_MAX_WORDS) {
                return i;
            }
            found.offer(FoundFields.TITLE, line.text(), FROM_LINE + line.number());
            return i + 1;
        }
        return lines.size();
    }

    private static boolean isChrome(Line line) {
        return LineRules.isNavigation(line) || LineRules.isCallToAction(line) || LineRules.isCounter(line)
                || LineRules.isCredit(line) || LineRules.isTemplateResidue(line);
    }

    /** Chrome among the paragraphs: like the header's, but two-word lines may be headings there. */
    private static boolean isBodyChrome(Line line) {
        return line.words() <= 1 && !line.endsSentence() || LineRules.isCallToAction(line)
                || LineRules.isCounter(line) || LineRules.isCredit(line) || LineRules.isTemplateResidue(line);
    }

    /** Takes a date or byline line into the metadata; true if the line was one. */
    private static boolean takenAsMetadata(Line line, FoundFields found) {
        if (LineRules.isDateLine(line)) {
            Dates.parseText(line.text())
                    .ifPresent(d -> found.offer(FoundFields.PUBLISHED_AT, d, FROM_LINE + line.number()));
            return true;
        }
        String names = LineRules.bylineNames(line);
        if (names != null) {
            found.offerAuthors(Bylines.split(names), FROM_LINE + line.number());
            return true;
        }
        return false;
    }

    private static int lastProse(List<Line> lines, int from) {
        for (int i = lines.size() - 1; i >= from; i--) {
            if (LineRules.isProse(lines.get(i))) {
                return i;
            }
        }
        return from - 1;
    }

    private static List<String> keptLines(List<Line> lines, int start, int end, FoundFields found) {
        Set<String> repeated = repeatedShortLines(lines);
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            Line line = lines.get(i);
            if (takenAsMetadata(line, found) || repeated.contains(line.text()) || !seen.add(line.text())) {
                continue;
            }
            if (keeps(lines, i, end, kept.isEmpty())) {
                String text = LineRules.withoutGluedAltText(line.text());
                offerDescription(line.number(), text, kept.isEmpty() && i == start, found);
                kept.add(text);
            }
        }
        return kept;
    }

    private static boolean keeps(List<Line> lines, int i, int end, boolean first) {
        Line line = lines.get(i);
        if (isBodyChrome(line) || LineRules.isLabelThenHeadline(line) || LineRules.isLowerCaseFragment(line)) {
            return false;
        }
        if (LineRules.isProse(line) || line.endsSentence()) {
            return true;
        }
        boolean introducesProse = i < end && LineRules.isProse(nextContent(lines, i, end));
        return introducesProse && (LineRules.isHeadingLike(line) || line.endsWithColon() || first);
    }

    private static Line nextContent(List<Line> lines, int i, int end) {
        for (int j = i + 1; j <= end; j++) {
            Line next = lines.get(j);
            if (!isBodyChrome(next) && !LineRules.isLowerCaseFragment(next)) {
                return next;
            }
        }
        return lines.get(end);
    }

    private static void offerDescription(int number, String text, boolean firstAfterTitle, FoundFields found) {
        if (firstAfterTitle && text.split("\\s+").length <= DESCRIPTION_MAX_WORDS) {
            found.offer(FoundFields.DESCRIPTION, text, FROM_LINE + number);
        }
    }

    /** Short lines that occur more than once on the page: counters, menus, repeated teasers. */
    private static Set<String> repeatedShortLines(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            if (line.words() < LineRules.SENTENCE_WORDS) {
                counts.merge(line.text(), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((text, n) -> {
            if (n > 1) {
                repeated.add(text);
            }
        });
        return repeated;
    }
}
