package io.newsflow.processing.tag.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.processing.tag.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldFindThePeoplePlacesAndOrganisationsOfTheSeeds() {
        Set<String> names = new HashSet<>();
        for (String id : Fixtures.SEEDS) {
            extractor.extract("", Fixtures.seed(id)).forEach(e -> names.add(e.name()));
        }
        assertThat(names).contains("Donald Trump", "Vladimir Putin", "Yuri Ushakov", "Russia", "Ukraine", "Kremlin");
    }

    @Test
    void shouldMergeTitlesAndSurnameIntoOneFullName() {
        List<Entity> entities = extractor.extract("", "President Donald Trump spoke on Monday. Later, Trump "
                + "said the talks went well. Critics of President Trump disagreed.");

        Entity trump = find(entities, "Donald Trump");
        assertThat(trump.type()).isEqualTo(EntityType.PERSON);
        assertThat(trump.count()).isEqualTo(3);
        assertThat(trump.mentions()).containsExactly("President Donald Trump", "Trump", "President Trump");
        assertThat(entities).extracting(Entity::name).doesNotContain("Trump", "President Trump");
    }

    @Test
    void shouldMergeSpellingsOfTheSameFirstName() {
        List<Entity> entities = extractor.extract("", "Kremlin aide Yury Ushakov told reporters. Aide Yuri "
                + "Ushakov said later that Yuri Ushakov had no comment.");

        assertThat(entities).filteredOn(e -> e.name().endsWith("Ushakov")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Yuri Ushakov"));
    }

    @Test
    void shouldStripNationalityAndTitleAndKnowThePlaces() {
        List<Entity> entities = extractor.extract("", "Russian President Vladimir Putin met officials in "
                + "Moscow after the U.S. and Britain imposed sanctions on Russia.");

        assertThat(find(entities, "Vladimir Putin").type()).isEqualTo(EntityType.PERSON);
        assertThat(find(entities, "Moscow").type()).isEqualTo(EntityType.LOCATION);
        assertThat(find(entities, "United States").mentions()).containsExactly("U.S.");
        assertThat(find(entities, "United Kingdom").type()).isEqualTo(EntityType.LOCATION);
        assertThat(find(entities, "Russia").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldTellOrganisationsByTheirLastWord() {
        List<Entity> entities = extractor.extract("", "Shares rose after the Bank of England and the European "
                + "Commission spoke, according to the Financial Times.");

        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Bank of England", "European Commission", "Financial Times");
    }

    @Test
    void shouldNotTakeEveryWordOfATitleCaseHeadlineForAName() {
        List<Entity> entities = extractor.extract("Trump Just Made An Unexpected Offer To Putin",
                "Donald Trump called Vladimir Putin on Monday.");

        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Donald Trump", "Vladimir Putin");
        assertThat(find(entities, "Donald Trump").count()).isEqualTo(2);
    }

    private static Entity find(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }
}
