package io.newsflow.ingest.web;

import io.newsflow.ingest.fetch.Validators;
import java.util.ArrayList;
import java.util.List;

/**
 * One poll of a source while its pages are fetched: the source's new validators and item ids are written only
 * when the round's last page is done, after (or with) the pages' own records, so a crash part-way makes the
 * next poll fetch the listing again rather than skip what it had not finished.
 */
final class Round {
    final SourceRun run;
    final Validators validators;
    final List<String> itemIds = new ArrayList<>();
    int pending;
    int itemsNew;
    int itemsSeen;
    /** A batch of this round failed to commit: its validators must not be written. */
    boolean failed;

    Round(SourceRun run, Validators validators) {
        this.run = run;
        this.validators = validators;
    }
}
