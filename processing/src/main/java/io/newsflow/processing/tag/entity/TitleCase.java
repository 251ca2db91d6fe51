package io.newsflow.processing.tag.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Headlines Written Like This: every word of four or more letters capitalised, so capitals don't mark names. */
final class TitleCase {
    private static final int LONGEST_NAME = 4;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}.\\-]+");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");

    private TitleCase() {
    }

    static boolean is(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        int i = 0;
        while (i < title.length()) {
            int start = i;
            i = skip(title, i, true);
            if (i - start > 3) {
                words++;
                capitalised += Character.isUpperCase(title.charAt(start)) ? 1 : 0;
            }
            i = skip(title, i, false);
        }
        return words >= 3 && capitalised == words;
    }

    /** The end of the run from {@code i} of word characters (letters, apostrophes) or, if not {@code word}, others. */
    private static int skip(String text, int i, boolean word) {
        int at = i;
        while (at < text.length()) {
            int cp = text.codePointAt(at);
            if (isWordChar(cp) != word) {
                break;
            }
            at += Character.charCount(cp);
        }
        return at;
    }

    /** What {@code [\p{L}'’]} matches: a letter or an apostrophe. */
    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || cp == '\'' || cp == '’';
    }

    /** Mentions, in the headline, of names the body already has (as written or by surname). */
    static List<Mention> mentionsOf(String title, List<Mention> body) {
        Map<String, Mention> known = new HashMap<>();
        for (Mention m : body) {
            known.putIfAbsent(m.surface(), m);
            known.putIfAbsent(m.name(), m);
            if (m.type() == io.newsflow.model.EntityType.PERSON) {
                known.putIfAbsent(m.lastWord(), m);
            }
        }
        String[] words = NOT_NAME.split(POSSESSIVE.matcher(title).replaceAll(""));
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(LONGEST_NAME, words.length - i); n >= 1; n--) {
                String phrase = FINAL_DOT.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)))
                        .replaceAll("");
                Mention m = known.get(phrase);
                if (m != null) {
                    out.add(new Mention(m.name(), m.type(), phrase));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }
}
