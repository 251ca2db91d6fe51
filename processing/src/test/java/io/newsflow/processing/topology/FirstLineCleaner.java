package io.newsflow.processing.topology;

import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.CleanResult;
import io.newsflow.processing.clean.CleanedArticle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A stand-in cleaner for topology tests: the first line is the title, the other lines the body. */
final class FirstLineCleaner implements ArticleCleaner {
    @Override
    public CleanResult clean(RawArticle raw) {
        List<String> lines = Arrays.stream(raw.content().split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        if (lines.size() < 2) {
            return new CleanResult.Unusable(RejectReason.NO_ARTICLE_TEXT, "no body");
        }
        String body = lines.subList(1, lines.size()).stream().collect(Collectors.joining("\n\n"));
        return new CleanResult.Cleaned(new CleanedArticle(lines.get(0), body, null, null, List.of(), "en", null,
                null, null, null, Map.of("title", "test:first-line")));
    }
}
