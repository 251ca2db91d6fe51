package io.newsflow.processing.clean.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Function words of the languages most news comes in. Running prose is dense in them (about 40% of English
 * words), while menus, link lists, credits and headlines are not: the density is one of the strongest signals
 * that a block is article text. Hand-written short lists: only membership matters, not completeness.
 */
public final class StopWords {
    private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList(String.join(" ",
            // English
            "a about above after again against all am an and any are as at be because been before being below",
            "between both but by can could did do does doing down during each few for from further had has have",
            "having he her here hers herself him himself his how i if in into is it its itself just me more most",
            "my myself no nor not now of off on once only or other our ours ourselves out over own same she should",
            "so some such than that the their theirs them themselves then there these they this those through to",
            "too under until up very was we were what when where which while who whom why will with would you",
            "your yours yourself also said says may might must shall since though although however us",
            // German
            "der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im ich sie es wir auch",
            "als bei nach wie aber noch oder wird sind war hat vor aus durch über dass",
            // French
            "le la les et est un une des du au aux ce cette ces dans pour pas sur par qui que ne il elle ils nous",
            "vous avec plus mais ont été sont être fait comme son sa ses leur",
            // Spanish, Portuguese, Italian
            "el los las y es en del lo por con para una su sus al se como más pero sus fue han ha muy sin sobre",
            "o os e em um uma não com para por mais foi são seu sua também mas",
            "il di che è per non gli della delle dei nel nella sono anche ma come più questo",
            // Dutch
            "de het een en van is dat op te zijn met voor niet aan er maar om ook als bij").split("\\s+")));

    private StopWords() {
    }

    /**
     * {@link Character#toLowerCase(char)} of each Latin-1 char (the accented letters of the languages above); declared
     * before the tables below, which are built with it.
     */
    private static final char[] LATIN1_LOWER = latin1Lower();

    /** An open-addressing table of {@link #WORDS} by {@link #hash}, so a word inside a text is looked up in place. */
    private static final String[] TABLE = table();

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code text[start, end)} is a function word, compared case-insensitively without copying it out of
     * the text: the block-scoring walk asks this of every word of a page.
     */
    public static boolean contains(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((WORD_CHARS[c >>> 6] & (1L << c)) == 0) {
                return false;
            }
            h = 31 * h + lower(c);
        }
        int mask = TABLE.length - 1;
        for (int i = spread(h) & mask; TABLE[i] != null; i = (i + 1) & mask) {
            if (sameIgnoringCase(TABLE[i], text, start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bit {@code c} is set when the lower case of char {@code c} occurs in a function word: a word with any other
     * char (most of a page in a script other than Latin) is ruled out before it is hashed.
     */
    private static final long[] WORD_CHARS = wordChars();

    private static long[] wordChars() {
        Set<Character> inWords = new java.util.HashSet<>();
        for (String w : WORDS) {
            for (int i = 0; i < w.length(); i++) {
                inWords.add(w.charAt(i));
            }
        }
        long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (inWords.contains(lower((char) c))) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    private static String[] table() {
        int size = Integer.highestOneBit(WORDS.size() * 4);
        String[] table = new String[size];
        for (String w : WORDS) {
            int i = hash(w, 0, w.length()) & (size - 1);
            while (table[i] != null) {
                i = (i + 1) & (size - 1);
            }
            table[i] = w;
        }
        return table;
    }

    /** Lower case, with ASCII letters done without a table look-up and the rest of Latin-1 from a table of its own. */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c < LATIN1_LOWER.length ? LATIN1_LOWER[c] : Character.toLowerCase(c);
    }

    private static char[] latin1Lower() {
        char[] table = new char[0x100];
        for (char c = 0; c < table.length; c++) {
            table[c] = Character.toLowerCase(c);
        }
        return table;
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return spread(h);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean sameIgnoringCase(String word, CharSequence s, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != lower(s.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }
}
