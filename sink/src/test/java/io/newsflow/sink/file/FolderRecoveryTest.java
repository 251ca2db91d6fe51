package io.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderRecoveryTest {
    private static final TopicPartition ARTICLES_0 = new TopicPartition("newsflow.articles", 0);
    private static final TopicPartition ARTICLES_1 = new TopicPartition("newsflow.articles", 1);
    private final OffsetRangeNaming naming = new OffsetRangeNaming();
    private final FolderRecovery recovery = new FolderRecovery(naming);
    @TempDir
    Path out;
    private Path articles;
    private Path rejected;

    @BeforeEach
    void makeFolders() throws IOException {
        articles = Files.createDirectories(out.resolve("articles"));
        rejected = Files.createDirectories(out.resolve("rejected"));
    }

    @Test
    void shouldResumeAfterLargestLastOffsetAcrossGaps() throws IOException {
        file(articles, ARTICLES_0, 0, 9);
        file(articles, ARTICLES_0, 12, 20); // 10 and 11: a commit marker and an aborted record
        file(articles, ARTICLES_0, 22, 30);

        assertThat(recoverArticles().get(ARTICLES_0).nextOffset()).hasValue(31);
    }

    @Test
    void shouldCountDeadLetterFilesInTheRejectsFolder() throws IOException {
        file(articles, ARTICLES_0, 0, 9);
        file(rejected, ARTICLES_0, 10, 10);

        assertThat(recoverArticles().get(ARTICLES_0).nextOffset()).hasValue(11);
    }

    @Test
    void shouldIgnoreOtherPartitionsTopicsAndForeignFiles() throws IOException {
        file(articles, ARTICLES_0, 0, 4);
        file(articles, ARTICLES_1, 0, 99);
        file(rejected, new TopicPartition("newsflow.rejected", 0), 0, 500);
        Files.writeString(articles.resolve("README.txt"), "not ours");

        Map<TopicPartition, Recovered> result = recovery.recover(List.of(ARTICLES_0), List.of(articles, rejected));

        assertThat(result).containsOnlyKeys(ARTICLES_0);
        assertThat(result.get(ARTICLES_0).nextOffset()).hasValue(5);
    }

    @Test
    void shouldFindNothingInEmptyOrMissingFolders() {
        Map<TopicPartition, Recovered> result =
                recovery.recover(List.of(ARTICLES_0), List.of(articles, out.resolve("no-such-folder")));

        assertThat(result.get(ARTICLES_0).nextOffset()).isEmpty();
        assertThat(result.get(ARTICLES_0).deletedTempFiles()).isEmpty();
    }

    @Test
    void shouldDeleteStaleTempFilesOfRecoveredPartitionsOnly() throws IOException {
        file(articles, ARTICLES_0, 0, 9);
        Path stale = temp(articles, ARTICLES_0, 10);
        Path staleDeadLetters = temp(rejected, ARTICLES_0, 15);
        Path otherPartition = temp(articles, ARTICLES_1, 0);

        Recovered result = recoverArticles().get(ARTICLES_0);

        assertThat(result.nextOffset()).hasValue(10);
        assertThat(result.deletedTempFiles()).containsExactlyInAnyOrder(stale, staleDeadLetters);
        assertThat(stale).doesNotExist();
        assertThat(staleDeadLetters).doesNotExist();
        assertThat(otherPartition).exists();
    }

    private Map<TopicPartition, Recovered> recoverArticles() {
        return recovery.recover(List.of(ARTICLES_0), List.of(articles, rejected));
    }

    private void file(Path folder, TopicPartition partition, long first, long last) throws IOException {
        Files.writeString(folder.resolve(naming.fileName(new FileRange(partition, first, last))), "{}\n");
    }

    private Path temp(Path folder, TopicPartition partition, long first) throws IOException {
        return Files.writeString(folder.resolve(naming.tempName(partition, first)), "{\"half\":");
    }
}
