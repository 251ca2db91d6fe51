package io.newsflow.model;

/** Word counting shared by the records and the stages, so every count means the same. */
public final class Words {
    private Words() {
    }

    /** Counts runs of letters or digits, so punctuation and white space never count as words. */
    public static int count(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
