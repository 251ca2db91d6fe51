package io.newsflow.processing.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.DuplicateOf;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.config.ProcessingSettings;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class NearSerdesTest {
    private static final String UUID_ID = "0190a3c2-7b1e-7c3d-8e4f-123456789abc";
    private final NearDuplicates near = NearDuplicates.of(ProcessingSettings.DEFAULT);

    @Test
    void shouldRoundTripAProbeInAFewHundredBytes() {
        NearProbe probe = probe(UUID_ID, new Source(SourceKind.FILE, "wire/a.jsonl", 12, null)).inBucket(2,
                new long[] {-1L, 42L});

        byte[] bytes = NearSerdes.PROBE.toBytes(probe);
        NearProbe back = NearSerdes.PROBE.fromBytes(bytes);

        assertThat(bytes.length).isLessThan(500);
        assertThat(back.id()).isEqualTo(UUID_ID);
        assertThat(back.self()).isEqualTo(probe.self());
        assertThat(back.bands()).containsExactly(-1L, 42L);
        assertThat(back.bucket()).isEqualTo(2);
        assertThat(back.time()).isEqualTo(probe.time());
        assertThat(back.urlHash()).isEqualTo(probe.urlHash());
        assertThat(near.policy().compare(back.fingerprint(), probe.fingerprint()).score()).isEqualTo(1.0);
        assertThat(back.fingerprint().nameCount()).isEqualTo(probe.fingerprint().nameCount());
    }

    @Test
    void shouldPackAUuidIdIntoSeventeenBytesAndKeepOtherIdsAsText() {
        assertThat(NearSerdes.ID.toBytes(UUID_ID)).hasSize(1 + 17);
        assertThat(NearSerdes.ID.fromBytes(NearSerdes.ID.toBytes(UUID_ID))).isEqualTo(UUID_ID);
        String upper = UUID_ID.toUpperCase(java.util.Locale.ROOT);
        assertThat(NearSerdes.ID.fromBytes(NearSerdes.ID.toBytes(upper))).isEqualTo(upper);
        assertThat(NearSerdes.ID.fromBytes(NearSerdes.ID.toBytes("feed-7 ü"))).isEqualTo("feed-7 ü");
    }

    @Test
    void shouldRoundTripAChallengeAndADecisionWithItsArticle() {
        NearProbe challenged = probe("b", Source.web(SourceKind.PAGE, "https://b.example/x"));
        Beater challenger = probe(UUID_ID, Source.file("a.txt")).asBeater(0.8125);
        NearMessage challenge = NearMessage.challenge(challenged, challenger);
        byte[] article = "{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8);
        NearMessage decision = NearMessage.decision("b", 7, article, challenger, 3);

        NearMessage challengeBack = NearSerdes.MESSAGE.fromBytes(NearSerdes.MESSAGE.toBytes(challenge));
        NearMessage decisionBack = NearSerdes.MESSAGE.fromBytes(NearSerdes.MESSAGE.toBytes(decision));

        assertThat(challengeBack.beater()).isEqualTo(challenger);
        assertThat(challengeBack.self()).isEqualTo(challenged.self());
        assertThat(challengeBack.kind()).isEqualTo(NearMessage.Kind.CHALLENGE);
        assertThat(decisionBack.article()).isEqualTo(article);
        assertThat(decisionBack.count()).isEqualTo(3);
    }

    @Test
    void shouldRefuseARecordInAnotherFormatWithAClearError() {
        byte[] bytes = NearSerdes.GATHERING.toBytes(Gathering.NEW.arrived(4));
        bytes[0] = 9;

        assertThatThrownBy(() -> NearSerdes.GATHERING.fromBytes(bytes)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("format 9");
        assertThatThrownBy(() -> NearSerdes.PROBE.fromBytes(new byte[] {1, 1, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
    }

    private NearProbe probe(String id, Source source) {
        NearFingerprint fingerprint = near.analyse(Fixtures.text("bridge.txt")).fingerprint();
        return new NearProbe(id, 1_700_000_000_000L, ProbeMaker.urlHash("https://a.example/x"),
                new DuplicateOf(id, source, "https://a.example/x"), fingerprint, NearProbe.REGISTRATION, new long[0]);
    }
}
