package io.newsflow.sink.layout;

import io.newsflow.model.Checks;
import io.newsflow.model.config.SinkPartitioning;
import java.util.List;
import java.util.Optional;

/**
 * The partitioners of {@code sink.partition-by}. Category and source are read from an article, from the
 * article inside a duplicate, or from a rejection's own source (a rejection has no category).
 */
public final class Partitioners {
    private Partitioners() {
    }

    public static Partitioner of(SinkPartitioning partitioning) {
        Checks.notNull(partitioning, "partitioning");
        PathSanitizer sanitizer = new PathSanitizer();
        return switch (partitioning) {
            case NONE -> Partitioner.NONE;
            case DATE -> new DatePartitioner();
            case CATEGORY -> new FieldPartitioner("category", List.of("/category", "/article/category"),
                    node -> node.isValueNode() ? Optional.of(node.asText()) : Optional.empty(), sanitizer);
            case SOURCE -> new FieldPartitioner("source", List.of("/source", "/article/source"),
                    SourceNames::of, sanitizer);
        };
    }
}
