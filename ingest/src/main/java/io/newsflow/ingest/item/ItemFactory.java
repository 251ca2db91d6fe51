package io.newsflow.ingest.item;

import io.newsflow.model.Checks;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.Source;
import io.newsflow.model.Stage;
import java.time.Clock;
import java.time.Instant;

/** Makes items stamped with the injected clock and with generated ids. */
public final class ItemFactory {
    private final Clock clock;
    private final IdGenerator ids;

    public ItemFactory(Clock clock, IdGenerator ids) {
        this.clock = Checks.notNull(clock, "clock");
        this.ids = Checks.notNull(ids, "ids");
    }

    /** A factory with UUIDv7 ids from {@code clock}. */
    public static ItemFactory withTimeOrderedIds(Clock clock) {
        return new ItemFactory(clock, new TimeOrderedIds(clock));
    }

    public String newId() {
        return ids.next();
    }

    public Instant now() {
        return clock.instant();
    }

    /** A raw article with a generated id and only the required fields. */
    public IngestItem.Accepted accept(Source source, ContentFormat format, String content) {
        return new IngestItem.Accepted(RawArticle.of(newId(), source, format, content, now()));
    }

    public IngestItem.Accepted accept(RawArticle article) {
        return new IngestItem.Accepted(article);
    }

    /** A dead letter with a generated id; {@code detail} should name the file and line. */
    public IngestItem.Refused refuse(RejectReason reason, String detail, Source source, InputCopy input) {
        return new IngestItem.Refused(new Rejected(newId(), Stage.INGEST, reason, detail, source, input, now()));
    }
}
