package io.newsflow.processing.tag.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Headlines Written Like This: every word of four or more letters capitalised, so capitals don't mark names. */
final class TitleCase {
    private static final int LONGEST_NAME = 4;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}'’]+");
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
        for (String word : NOT_WORD.split(title)) {
            if (word.length() > 3) {
                words++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised == words;
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
