package io.newsflow.processing.clean;

public sealed interface CleanResult permits CleanResult.Cleaned, CleanResult.Unusable {
    record Cleaned(CleanedArticle article) implements CleanResult {}
    record Unusable(io.newsflow.model.RejectReason reason, String detail) implements CleanResult {}
}
