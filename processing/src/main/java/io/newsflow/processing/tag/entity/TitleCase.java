package io.newsflow.processing.tag.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Headlines Written Like This: every word of four or more letters capitalised, so capitals don't mark names. */
final class TitleCase {
    private static final int LONGEST_NAME = 4;

    private TitleCase() {
    }

    static boolean is(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String word : title.split("[^\\p{L}'’]+")) {
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
        String[] words = title.replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}.\\-]+");
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(LONGEST_NAME, words.length - i); n >= 1; n--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)).replaceAll("\\.$", "");
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
