package io.newsflow.processing.tag.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.TopicMatch;
import io.newsflow.testkit.MutableClock;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicRulesTest {
    private static final TaggedText WAR = new TaggedText("Kyiv braces for new offensive",
            "Russian troops massed near the border, Ukrainian officials said, as President Zelensky asked allies "
                    + "for air defence.",
            List.of(new Entity("Volodymyr Zelensky", EntityType.PERSON, 1, List.of("President Zelensky")),
                    new Entity("Kyiv", EntityType.LOCATION, 1, List.of("Kyiv"))),
            "world");

    @Test
    void shouldMatchAndSayWhy() {
        TopicRules rules = TopicRules.of(Map.of("ukraine-war",
                "any of [Ukraine, Zelensky, Crimea] and any of [war, invasion, troops]"));

        assertThat(rules.match(WAR)).containsExactly(
                new TopicMatch("ukraine-war", List.of("entity:Volodymyr Zelensky", "phrase:troops")));
    }

    @Test
    void shouldHonourCategoryNotAndOr() {
        TopicRules rules = TopicRules.of(Map.of(
                "world-not-sport", "category world and not any of [football, tennis]",
                "politics-only", "category politics",
                "either", "\"air defence\" or Crimea"));

        assertThat(rules.match(WAR)).extracting(TopicMatch::topic).containsExactly("either", "world-not-sport");
    }

    @Test
    void shouldNameTheTopicOfABadExpression() {
        assertThatThrownBy(() -> TopicRules.of(Map.of("broken", "any of [Ukraine, war")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic 'broken'").hasMessageContaining("position");
    }

    @Test
    void shouldLoadARulesFile() throws Exception {
        Path file = Path.of(getClass().getResource("/io/newsflow/processing/tag/topic/topics.yaml").toURI());

        TopicRules rules = TopicRules.load(file);

        assertThat(rules.size()).isEqualTo(3);
        assertThat(rules.match(WAR)).extracting(TopicMatch::topic).containsExactly("ukraine-war");
    }

    @Test
    void shouldReloadAChangedFileAndKeepTheRulesWhenAnEditIsBroken(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, "topics:\n  war: troops\n");
        MutableClock clock = MutableClock.atEpoch();
        ReloadingTopicRules source = new ReloadingTopicRules(file, clock, Duration.ofSeconds(10));
        assertThat(source.current().match(WAR)).extracting(TopicMatch::topic).containsExactly("war");

        Files.writeString(file, "topics:\n  defence: \"air defence\"\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertThat(source.current().match(WAR)).extracting(TopicMatch::topic).as("not yet checked")
                .containsExactly("war");
        clock.advance(Duration.ofSeconds(11));
        assertThat(source.current().match(WAR)).extracting(TopicMatch::topic).containsExactly("defence");

        Files.writeString(file, "topics:\n  bad: any of [\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(2_000_000));
        clock.advance(Duration.ofSeconds(11));
        assertThat(source.current().match(WAR)).extracting(TopicMatch::topic).containsExactly("defence");
    }
}
