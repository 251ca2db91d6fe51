package io.newsflow.processing.clean.lang;

import java.util.Optional;

/** Tells the language of a text. */
public interface LanguageDetector {
    /** The ISO 639-1 code of the text's language, or empty when it can't be told with confidence. */
    Optional<String> detect(String text);
}
