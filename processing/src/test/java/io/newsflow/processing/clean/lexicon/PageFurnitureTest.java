package io.newsflow.processing.clean.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    @Test
    void shouldRecognisePictureCredits() {
        assertThat(credit("Photo by Lisa Jennings")).isTrue();
        assertThat(credit("Guests pick their pastries from glass cabinets. | Photo by Lisa Jennings")).isTrue();
        assertThat(credit("Image credit: © Agency/Someone")).isTrue();
        assertThat(credit("Courtesy of brand")).isTrue();
        assertThat(credit("The harbour at dawn. Getty Images")).isTrue();
    }

    @Test
    void shouldNotTakeSentencesThatMentionPhotosOrCreditsForCredits() {
        assertThat(credit("Cost per Credit: In-State $472")).isFalse();
        assertThat(credit("The photo by the door was taken in 1932, when the mill still worked.")).isFalse();
        assertThat(credit("Students can transfer credits from community colleges.")).isFalse();
    }

    @Test
    void shouldRecogniseReadingTimes() {
        assertThat(PageFurniture.isReadingTime(Tokens.of("9 min read"))).isTrue();
        assertThat(PageFurniture.isReadingTime(Tokens.of("Reading time 5 minutes"))).isTrue();
        assertThat(PageFurniture.isReadingTime(Tokens.of("Boil the eggs for 9 minutes"))).isFalse();
    }

    private static boolean credit(String line) {
        return PageFurniture.mayBeCredit(line) && PageFurniture.isCreditLine(line, Tokens.of(line));
    }
}
