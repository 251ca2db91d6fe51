package io.newsflow.processing.clean.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newsflow.model.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * Language detection with Lingua in low-accuracy mode (trigram models only) over the languages news in this
 * pipeline comes in. Only the first {@value #SAMPLE_CHARS} characters are read: more text does not change the
 * answer for an article and costs time. Thread-safe; build one and share it ({@link #shared()}).
 */
public final class LinguaLanguageDetector implements LanguageDetector {
    static final int SAMPLE_CHARS = 400;
    private static final int MIN_LETTERS = 20;
    private static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
        Language.PORTUGUESE, Language.DUTCH, Language.SWEDISH, Language.DANISH, Language.BOKMAL,
        Language.FINNISH, Language.POLISH, Language.CZECH, Language.ROMANIAN, Language.HUNGARIAN,
        Language.GREEK, Language.TURKISH, Language.RUSSIAN, Language.UKRAINIAN, Language.ARABIC,
        Language.HEBREW, Language.PERSIAN, Language.HINDI, Language.CHINESE, Language.JAPANESE,
        Language.KOREAN, Language.INDONESIAN, Language.VIETNAMESE
    };

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;

    private LinguaLanguageDetector(com.github.pemistahl.lingua.api.LanguageDetector detector) {
        this.detector = detector;
    }

    /** The process-wide detector: its models load once, on first use. */
    public static LinguaLanguageDetector shared() {
        return Holder.INSTANCE;
    }

    @Override
    public Optional<String> detect(String text) {
        Checks.notNull(text, "text");
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return Optional.empty();
        }
        Language language = detector.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static final class Holder {
        static final LinguaLanguageDetector INSTANCE = new LinguaLanguageDetector(
                LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build());
    }
}
