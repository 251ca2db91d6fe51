package io.newsflow.processing.clean.text;

import io.newsflow.processing.clean.lexicon.CallToAction;
import io.newsflow.processing.clean.meta.Dates;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The judgements made about single lines of a plain-text page, from the line's own features. No rule names a
 * phrase of a particular site: they read length, punctuation, function-word density, capitalisation, numbers,
 * imperative verbs and the nouns of picture credits.
 */
final class LineRules {
    /** Words a line needs to read as a paragraph on length alone. */
    static final int PARAGRAPH_WORDS = 25;
    /** Words a sentence-like line needs to read as a paragraph. */
    static final int SENTENCE_WORDS = 8;
    static final double PROSE_STOP_RATIO = 0.3;
    static final int TITLE_MAX_WORDS = 30;
    static final int SHORT_LINE_WORDS = 8;

    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*[kKmM]?");
    private static final Pattern LABEL_THEN_HEADLINE = Pattern.compile("^([^:]{2,40}):\\s+(\\S.*)$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|words by|author:?|posted by|reporting by)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GLUED_ALT_TEXT = Pattern.compile(
            "^(.*[.!?\u201D\"])([\\p{Ll}][\\p{Ll}\\p{Nd}]*(?: [\\p{Ll}\\p{Nd}]+){1,7})$");
    private static final Set<String> MEDIA_NOUNS = Set.of("image", "images", "photo", "photos", "photograph",
            "picture", "pictures", "screenshot", "screengrab", "capture", "video", "illustration", "graphic",
            "footage", "gif", "pic");
    private static final Set<String> ATTRIBUTION = Set.of("via", "credit", "credits", "courtesy", "by", "source",
            "from");

    private LineRules() {
    }

    /** Reads as running prose: long, or a sentence dense in function words. */
    static boolean isProse(Line line) {
        if (isCallToAction(line) || isLabelThenHeadline(line)) {
            return false;
        }
        return line.words() >= PARAGRAPH_WORDS
                || line.words() >= SENTENCE_WORDS && (line.endsSentence() || line.stopRatio() >= PROSE_STOP_RATIO);
    }

    static boolean isCallToAction(Line line) {
        return CallToAction.is(line.text(), line.tokens());
    }

    /** A counter such as {@code 583 points} or {@code 12 comments}: a number and a word or two, nothing else. */
    static boolean isCounter(Line line) {
        return line.words() <= 3 && !line.endsSentence()
                && line.tokens().stream().anyMatch(t -> NUMBER.matcher(t).matches())
                && Dates.parseText(line.text()).isEmpty();
    }

    /** A picture credit or caption label: a media noun with an attribution, or a widget's "powered by". */
    static boolean isCredit(Line line) {
        if (line.words() > 12 || line.endsSentence() && line.words() > 8) {
            return false;
        }
        String lower = line.text().toLowerCase(Locale.ROOT);
        if (lower.contains("powered by")) {
            return true;
        }
        boolean media = line.tokens().stream().map(LineRules::lower).anyMatch(MEDIA_NOUNS::contains);
        boolean attributed = lower.contains(":")
                || line.tokens().stream().map(LineRules::lower).anyMatch(ATTRIBUTION::contains);
        return media && attributed;
    }

    /** {@code Label: A Headline In Title Case}, the shape of related-link teasers ("Also on …: …"). */
    static boolean isLabelThenHeadline(Line line) {
        int colon = line.text().indexOf(':');
        if (colon < 2 || colon > 40) {
            return false; // the pattern's label is 2 to 40 chars before the first colon: no need to run it
        }
        var m = LABEL_THEN_HEADLINE.matcher(line.text());
        if (!m.matches() || m.group(1).split("\\s+").length > 5) {
            return false;
        }
        Line rest = Line.of(line.number(), m.group(2));
        return rest.words() >= 3 && rest.capRatio() >= 0.6;
    }

    /** Text a template failed to fill ({@code %d bloggers like this}). */
    static boolean isTemplateResidue(Line line) {
        return line.text().contains("%d") || line.text().contains("%s") || line.text().contains("{{");
    }

    /** A short line that is mostly a date ("March 6, 2021", "Published: 6 Mar 2021"). */
    static boolean isDateLine(Line line) {
        return line.words() <= SHORT_LINE_WORDS && Dates.parseText(line.text()).isPresent();
    }

    /** {@code By Jane Doe and John Roe}: the names, or null when the line is no byline. */
    static String bylineNames(Line line) {
        var m = BYLINE.matcher(line.text());
        if (!m.matches() || line.words() > SHORT_LINE_WORDS || line.endsSentence()) {
            return null;
        }
        return m.group(1).strip();
    }

    /** A short lower-case fragment with no punctuation: image alt text or a tag, not a sentence. */
    static boolean isLowerCaseFragment(Line line) {
        return line.startsLowerCase() && !line.endsSentence() && line.words() <= SHORT_LINE_WORDS
                && !line.text().contains(",");
    }

    /** Navigation chrome: one or two words, or a short lower-case line without punctuation. */
    static boolean isNavigation(Line line) {
        return line.words() <= 2 && !line.endsSentence() || line.words() <= 4 && isLowerCaseFragment(line);
    }

    /** Could be a heading inside the article: short, capitalised, not a sentence, more than one word. */
    static boolean isHeadingLike(Line line) {
        return line.words() >= 2 && line.words() < PARAGRAPH_WORDS && line.startsUpperOrDigit()
                && !line.endsSentence() && !isCallToAction(line) && !isCounter(line) && !isCredit(line)
                && !isLabelThenHeadline(line);
    }

    /** The paragraph without alt text glued to its end ("… in Osaka.trump putin meeting 2019"). */
    static String withoutGluedAltText(String text) {
        if (!mayEndInAltText(text)) {
            return text;
        }
        var m = GLUED_ALT_TEXT.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /**
     * Whether {@link #GLUED_ALT_TEXT} can match: it ends in a lower-case letter or a digit (or, as {@code $} allows,
     * before a final line break). Most paragraphs end in a full stop, and this one look at the last character
     * spares them the expression, which backtracks through every full stop of the line.
     */
    private static boolean mayEndInAltText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        int type = Character.getType(last);
        return type == Character.LOWERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
