package io.newsflow.ingest.web;

import io.newsflow.ingest.feed.Feed;
import io.newsflow.ingest.feed.FeedException;
import io.newsflow.ingest.feed.FeedItem;
import io.newsflow.ingest.feed.FeedParser;
import io.newsflow.ingest.fetch.Backoff;
import io.newsflow.ingest.fetch.ContentKind;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.InputCopies;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.robots.RobotsCache;
import io.newsflow.ingest.sitemap.SitemapContent;
import io.newsflow.ingest.sitemap.SitemapEntry;
import io.newsflow.ingest.sitemap.SitemapException;
import io.newsflow.ingest.sitemap.SitemapReader;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.ingest.state.FetchStateEntry;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.config.WebSettings;
import io.newsflow.model.config.WebSource;
import io.newsflow.model.config.WebSourceType;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web crawl: a queue of due requests (source polls, sitemap listings, pages) run one at a time, each only
 * when its host is free: one request per host at a time, then the host's crawl-delay (or the default delay)
 * before the next, longer after a 429/503 with Retry-After. Sources are polled at their interval, lengthened by
 * the feed's ttl/sy:updatePeriod and by backoff after failures. Outcomes are published in transactions with the
 * fetch-state entries that account for them (every {@code commitEvery} records and whenever the queue has
 * nothing due).
 *
 * <p>Failure policy: every fetch or parse failure is a rejected record (for a source, once per streak of
 * failures); a page answering 429/503 or failing to connect is tried again up to {@code web.max-attempts} times;
 * a retriable publish failure drops the batch's fetch-state (its pages are fetched again at the next poll); a
 * fatal one is rethrown and stops the crawl.
 */
final class Crawler {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    /** A page that asks to be retried later than this is rejected instead of holding its round open. */
    static final Duration MAX_PAGE_WAIT = Duration.ofMinutes(5);
    private static final Backoff PAGE_BACKOFF = new Backoff(Duration.ofSeconds(10), MAX_PAGE_WAIT);
    private static final int MAX_CHILD_SITEMAPS = 50;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final WebSettings settings;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final FetchState state;
    private final WebSink sink;
    private final Clock clock;
    private final ItemFactory items;
    private final PageRecords records;
    private final SitemapReader sitemaps;
    private final int commitEvery;
    private final DoubleSupplier random;
    private final Backoff sourceBackoff;

    private final Map<String, SourceRun> runs = new LinkedHashMap<>();
    private final TreeSet<Queued> queue = new TreeSet<>(Comparator.comparing((Queued q) -> q.job.due())
            .thenComparingLong(q -> q.seq));
    private final Map<String, Instant> hostReadyAt = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private Batch batch = new Batch();
    private long seq;
    private Instant nextPrune;
    private final Counts counts = new Counts();

    Crawler(WebSettings settings, Fetcher fetcher, RobotsCache robots, FetchState state, WebSink sink, Clock clock,
            int commitEvery, DoubleSupplier random) {
        this.settings = settings;
        this.fetcher = request -> {
            counts.requests++;
            return fetcher.fetch(request);
        };
        this.robots = robots;
        this.state = state;
        this.sink = sink;
        this.clock = clock;
        this.items = ItemFactory.withTimeOrderedIds(clock);
        this.records = new PageRecords(items);
        this.sitemaps = new SitemapReader(settings.maxPageBytes());
        this.commitEvery = commitEvery;
        this.random = random;
        this.sourceBackoff = new Backoff(settings.minInterval(), settings.maxInterval());
        this.nextPrune = clock.instant();
    }

    /** The fetcher as the crawler uses it: counting requests. Robots.txt fetches should go through it too. */
    Fetcher countingFetcher() {
        return fetcher;
    }

    // ---- sources

    synchronized void setSources(List<WebSource> sources) {
        Map<String, WebSource> wanted = new LinkedHashMap<>();
        for (WebSource s : sources) {
            if (SourceAssignment.mine(s.url(), settings.instanceIndex(), settings.instanceCount())) {
                wanted.putIfAbsent(s.url(), s);
            }
        }
        runs.values().removeIf(run -> {
            boolean gone = !wanted.containsKey(run.url());
            run.removed |= gone;
            return gone;
        });
        Instant now = clock.instant();
        wanted.forEach((url, source) -> {
            SourceRun run = runs.get(url);
            if (run != null) {
                run.source = source;
                return;
            }
            Instant due = state.source(url).map(FetchStateEntry::nextPollAt).filter(now::isBefore).orElse(now);
            run = new SourceRun(source, due);
            runs.put(url, run);
            enqueue(new Job.Poll(run, URI.create(url), due));
        });
    }

    synchronized List<SourceStatus> snapshot() {
        return runs.values().stream().map(SourceRun::snapshot).toList();
    }

    synchronized WebStats totals() {
        return counts.stats();
    }

    // ---- running

    /**
     * Polls every source now, fetches every new item's page, and returns when each source's poll is done,
     * waiting with {@code waiter} for host delays and Retry-After in between.
     */
    synchronized WebStats pollOnce(Waiter waiter, BooleanSupplier stopping) throws InterruptedException {
        WebStats before = counts.stats();
        Map<SourceRun, Long> marks = new HashMap<>();
        Instant now = clock.instant();
        queue.removeIf(q -> q.job instanceof Job.Poll);
        for (SourceRun run : runs.values()) {
            marks.put(run, run.pollsDone);
            run.nextPollAt = now;
            enqueue(new Job.Poll(run, URI.create(run.url()), now));
        }
        while (!stopping.getAsBoolean()) {
            Optional<Instant> next = runDue(stopping);
            boolean done = marks.entrySet().stream().allMatch(e -> e.getKey().removed
                    || e.getKey().pollsDone > e.getValue());
            if (done || next.isEmpty()) {
                break;
            }
            waiter.waitUntil(next.get());
        }
        flush();
        return counts.stats().minus(before);
    }

    /** Runs every job that is due and whose host is free, publishes, and returns when the next job is due. */
    synchronized Optional<Instant> runDue(BooleanSupplier stopping) {
        Instant now = clock.instant();
        prune(now);
        while (!stopping.getAsBoolean()) {
            Queued ready = nextReady(now);
            if (ready == null) {
                break;
            }
            queue.remove(ready);
            execute(ready.job);
            Instant after = clock.instant();
            hostReadyAt.merge(host(ready.job.uri()), after.plus(delay(ready.job.uri())), Crawler::later);
            if (batch.items.size() >= commitEvery) {
                flush();
            }
            now = after;
        }
        flush();
        return nextWake();
    }

    private Queued nextReady(Instant now) {
        for (Queued q : queue) {
            if (q.job.due().isAfter(now)) {
                return null;
            }
            if (!hostReadyAt.getOrDefault(host(q.job.uri()), Instant.MIN).isAfter(now)) {
                return q;
            }
        }
        return null;
    }

    private Optional<Instant> nextWake() {
        return queue.stream().map(q -> later(q.job.due(), hostReadyAt.getOrDefault(host(q.job.uri()), Instant.MIN)))
                .min(Comparator.naturalOrder());
    }

    private void execute(Job job) {
        try {
            if (job instanceof Job.Poll poll) {
                poll(poll);
            } else if (job instanceof Job.Listing listing) {
                listing(listing);
            } else {
                page((Job.Page) job);
            }
        } catch (PublishException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("unexpected failure on {}; going on with the next request", job.uri(), e);
        }
    }

    // ---- source polls

    private void poll(Job.Poll job) {
        SourceRun run = job.run();
        if (run.removed) {
            return;
        }
        Instant now = clock.instant();
        run.status = "polling";
        run.lastPollAt = now;
        run.polls++;
        counts.polls++;
        Validators validators = state.source(run.url()).map(FetchStateEntry::validators).orElse(Validators.NONE);
        FetchResponse response = fetcher.fetch(new FetchRequest(job.uri(), kindOf(run.source.type()), validators,
                robots.guard()));
        if (response instanceof FetchResponse.NotModified) {
            counts.notModified++;
            run.itemsNew = 0;
            run.itemsSeen = 0;
            endPoll(run, "not-modified", null, Optional.empty());
        } else if (response instanceof FetchResponse.RetryLater later) {
            later.retryAfter().ifPresent(after -> throttle(job.uri(), after));
            failedPoll(run, "retry-later", later.detail(), later.retryAfter(), null);
        } else if (response instanceof FetchResponse.Refused refused) {
            failedPoll(run, "failed", refused.detail(), Optional.empty(),
                    items.refuse(refused.reason(), refused.detail(), listingSource(run), refused.input()));
        } else {
            listed(run, (FetchResponse.Fetched) response);
        }
    }

    private void listed(SourceRun run, FetchResponse.Fetched fetched) {
        switch (run.source.type()) {
            case FEED -> feed(run, fetched);
            case SITEMAP -> sitemap(run, fetched);
            case PAGE -> pageSource(run, fetched);
            default -> throw new IllegalStateException("unknown source type " + run.source.type());
        }
    }

    private void feed(SourceRun run, FetchResponse.Fetched fetched) {
        Feed feed;
        try {
            feed = FeedParser.parse(fetched.body(), fetched.finalUri());
        } catch (FeedException e) {
            unreadable(run, fetched, "not a readable feed: " + e.getMessage());
            return;
        }
        run.feedHint = feed.updateEvery();
        Round round = new Round(run, fetched.validators());
        Set<String> lastIds = new HashSet<>(state.source(run.url()).map(FetchStateEntry::itemIds).orElse(List.of()));
        for (FeedItem item : feed.items()) {
            Lead lead = new Lead(item.link(), UrlCanonicalizer.canonical(item.link()), item.id(), item.title(),
                    item.publishedAt(), item.authors(), item.categories());
            boolean seen = lastIds.contains(item.id()) || known(lead.canonical());
            if (seen || round.itemsNew < settings.maxItemsPerPoll()) {
                round.itemIds.add(item.id());
                take(round, lead, seen);
            }
        }
        finishIfDone(round);
    }

    private void sitemap(SourceRun run, FetchResponse.Fetched fetched) {
        SitemapContent content;
        try {
            content = sitemaps.read(fetched.body(), fetched.mediaType(), fetched.finalUri());
        } catch (SitemapException e) {
            unreadable(run, fetched, e.getMessage());
            return;
        }
        Round round = new Round(run, fetched.validators());
        if (content instanceof SitemapContent.Index index) {
            Instant now = clock.instant();
            index.sitemaps().stream().limit(MAX_CHILD_SITEMAPS).forEach(child -> {
                round.pending++;
                enqueue(new Job.Listing(round, child, now));
            });
        } else {
            addEntries(round, ((SitemapContent.Pages) content).entries());
        }
        finishIfDone(round);
    }

    private void listing(Job.Listing job) {
        Round round = job.round();
        FetchResponse response = fetcher.fetch(new FetchRequest(job.uri(), ContentKind.SITEMAP, Validators.NONE,
                robots.guard()));
        if (response instanceof FetchResponse.Fetched fetched) {
            try {
                SitemapContent content = sitemaps.read(fetched.body(), fetched.mediaType(), fetched.finalUri());
                if (content instanceof SitemapContent.Pages pages) {
                    addEntries(round, pages.entries());
                } else {
                    LOG.warn("{} is a sitemap index inside a sitemap index; nested indexes are not followed",
                            job.uri());
                }
            } catch (SitemapException e) {
                reject(round, null, items.refuse(RejectReason.UNSUPPORTED_FORMAT, job.uri() + ": " + e.getMessage(),
                        Source.web(SourceKind.PAGE, job.uri().toString()), copy(fetched.body())));
            }
        } else {
            reject(round, null, refusal(response, Source.web(SourceKind.PAGE, job.uri().toString())));
        }
        round.pending--;
        finishIfDone(round);
    }

    private void addEntries(Round round, List<SitemapEntry> entries) {
        for (SitemapEntry e : entries) {
            Lead lead = new Lead(e.url(), UrlCanonicalizer.canonical(e.url()), null, e.title(),
                    e.publishedAt() != null ? e.publishedAt() : e.lastModified(), List.of(), e.keywords());
            boolean seen = known(lead.canonical());
            if (seen || round.itemsNew < settings.maxItemsPerPoll()) {
                take(round, lead, seen);
            }
        }
    }

    /** A single-page source: published when its body differs from the last published one. */
    private void pageSource(SourceRun run, FetchResponse.Fetched fetched) {
        Round round = new Round(run, fetched.validators());
        String hash = sha256(fetched.body());
        round.itemIds.add(hash);
        boolean same = state.source(run.url()).map(e -> e.itemIds().contains(hash)).orElse(false);
        if (same) {
            round.itemsSeen++;
        } else {
            round.itemsNew++;
            Lead lead = Lead.of(run.url());
            record(round, lead, records.page(run.source, lead, fetched));
        }
        finishIfDone(round);
    }

    private boolean known(String canonical) {
        return state.fetched(canonical) || inFlight.contains(canonical);
    }

    private void take(Round round, Lead lead, boolean seen) {
        if (seen) {
            round.itemsSeen++;
            return;
        }
        round.itemsNew++;
        round.pending++;
        inFlight.add(lead.canonical());
        enqueue(new Job.Page(round, lead, URI.create(lead.url()), clock.instant(), 1));
    }

    // ---- pages

    private void page(Job.Page job) {
        Round round = job.round();
        Lead lead = job.lead();
        FetchResponse response = fetcher.fetch(new FetchRequest(job.uri(), ContentKind.PAGE, Validators.NONE,
                robots.guard()));
        if (response instanceof FetchResponse.RetryLater later && retry(job, later)) {
            return;
        }
        IngestItem item = response instanceof FetchResponse.Fetched fetched
                ? records.page(round.run.source, lead, fetched)
                : refusal(response, Source.web(SourceKind.FEED, lead.url()));
        record(round, lead, item);
        round.pending--;
        finishIfDone(round);
    }

    /** Whether the page was queued again; false when its attempts are used up or the wait is too long. */
    private boolean retry(Job.Page job, FetchResponse.RetryLater later) {
        Duration backoff = PAGE_BACKOFF.delay(job.attempt(), random);
        Duration wait = later.retryAfter().filter(a -> a.compareTo(backoff) > 0).orElse(backoff);
        later.retryAfter().ifPresent(after -> throttle(job.uri(), after));
        if (job.attempt() >= settings.maxAttempts() || wait.compareTo(MAX_PAGE_WAIT) > 0) {
            return false;
        }
        LOG.debug("{}: {}; attempt {} in {}", job.uri(), later.detail(), job.attempt() + 1, wait);
        enqueue(new Job.Page(job.round(), job.lead(), job.uri(), clock.instant().plus(wait), job.attempt() + 1));
        return true;
    }

    private IngestItem refusal(FetchResponse response, Source where) {
        if (response instanceof FetchResponse.Refused r) {
            return items.refuse(r.reason(), r.detail(), where, r.input());
        }
        if (response instanceof FetchResponse.RetryLater r) {
            return items.refuse(RejectReason.FETCH_REFUSED, r.detail() + "; gave up after "
                    + settings.maxAttempts() + " attempts" + r.retryAfter().map(a -> " (Retry-After " + a + ")")
                    .orElse(""), where, InputCopy.of(new byte[0]));
        }
        return items.refuse(RejectReason.FETCH_REFUSED, response.requested() + ": 304 Not Modified to an"
                + " unconditional request", where, InputCopy.of(new byte[0]));
    }

    private void record(Round round, Lead lead, IngestItem item) {
        String outcome = item instanceof IngestItem.Accepted ? "published" : "rejected";
        batch.items.add(item);
        batch.rounds.add(round);
        if (round.run.source.type() != WebSourceType.PAGE) {
            batch.state.put(FetchState.pageKey(lead.canonical()), FetchStateEntry.page(clock.instant(), outcome));
            batch.canonicals.add(lead.canonical());
        }
    }

    private void reject(Round round, Lead lead, IngestItem item) {
        batch.items.add(item);
        batch.rounds.add(round);
    }

    // ---- ends of polls

    private void finishIfDone(Round round) {
        if (round.pending > 0) {
            return;
        }
        SourceRun run = round.run;
        run.itemsNew = round.itemsNew;
        run.itemsSeen = round.itemsSeen;
        run.totalNew += round.itemsNew;
        counts.itemsNew += round.itemsNew;
        counts.itemsSeen += round.itemsSeen;
        Instant next = endPoll(run, "ok", null, Optional.empty());
        if (!round.failed) {
            batch.state.put(FetchState.sourceKey(run.url()), new FetchStateEntry(clock.instant(), "polled",
                    round.validators, round.itemIds, next));
        }
    }

    private void unreadable(SourceRun run, FetchResponse.Fetched fetched, String why) {
        String detail = run.url() + ": " + why;
        failedPoll(run, "failed", detail, Optional.empty(),
                items.refuse(RejectReason.UNSUPPORTED_FORMAT, detail, listingSource(run), copy(fetched.body())));
    }

    private void failedPoll(SourceRun run, String status, String detail, Optional<Duration> retryAfter,
                            IngestItem rejected) {
        run.failures++;
        counts.failedPolls++;
        if (rejected != null && run.failures == 1) {
            batch.items.add(rejected); // once per streak of failures, not at every poll
        }
        LOG.warn("polling {} failed ({} in a row): {}", run.url(), run.failures, detail);
        endPoll(run, status, detail, retryAfter);
    }

    private Instant endPoll(SourceRun run, String status, String detail, Optional<Duration> retryAfter) {
        if (!status.equals("retry-later") && !status.equals("failed")) {
            run.failures = 0;
        }
        Duration wait = interval(run);
        if (run.failures > 0) {
            wait = max(wait, sourceBackoff.delay(run.failures, random));
        }
        wait = min(max(wait, retryAfter.orElse(Duration.ZERO)), settings.maxInterval());
        run.status = status;
        run.detail = detail;
        run.pollsDone++;
        Instant from = run.lastPollAt == null ? clock.instant() : run.lastPollAt;
        run.nextPollAt = later(from.plus(wait), clock.instant()); // the interval runs from the poll's start
        if (!run.removed) {
            enqueue(new Job.Poll(run, URI.create(run.url()), run.nextPollAt));
        }
        return run.nextPollAt;
    }

    private Duration interval(SourceRun run) {
        Duration base = run.source.intervalOr(settings.defaultInterval());
        Duration withHint = run.feedHint.map(h -> max(h, base)).orElse(base);
        return min(max(withHint, settings.minInterval()), settings.maxInterval());
    }

    // ---- publishing

    synchronized void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Batch done = batch;
        batch = new Batch();
        try {
            List<IngestItem> sent = sink.publish(done.items, done.state);
            state.remember(done.state);
            sent.forEach(i -> {
                if (i instanceof IngestItem.Accepted) {
                    counts.published++;
                } else {
                    counts.rejected++;
                }
            });
        } catch (PublishException e) {
            if (e.fatal()) {
                throw e;
            }
            LOG.warn("publishing {} records failed; their pages are fetched again at the next poll: {}",
                    done.items.size(), e.getMessage());
            done.rounds.forEach(r -> r.failed = true);
        } finally {
            inFlight.removeAll(done.canonicals);
        }
    }

    private void prune(Instant now) {
        if (now.isBefore(nextPrune)) {
            return;
        }
        nextPrune = now.plus(PRUNE_EVERY);
        state.expired(now).forEach(key -> batch.state.put(key, null));
    }

    // ---- hosts

    private void throttle(URI uri, Duration retryAfter) {
        hostReadyAt.merge(host(uri), clock.instant().plus(min(retryAfter, settings.maxInterval())), Crawler::later);
    }

    private Duration delay(URI uri) {
        return min(robots.knownCrawlDelay(uri).orElse(settings.defaultDelay()), settings.maxDelay());
    }

    private static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host + ":" + uri.getPort();
    }

    // ---- helpers

    private void enqueue(Job job) {
        queue.add(new Queued(job, seq++));
    }

    private static Source listingSource(SourceRun run) {
        return Source.web(run.source.type() == WebSourceType.PAGE ? SourceKind.PAGE : SourceKind.FEED, run.url());
    }

    private static ContentKind kindOf(WebSourceType type) {
        return switch (type) {
            case FEED -> ContentKind.FEED;
            case SITEMAP -> ContentKind.SITEMAP;
            case PAGE -> ContentKind.PAGE;
        };
    }

    private static InputCopy copy(byte[] body) {
        return InputCopies.head(Arrays.copyOf(body, Math.min(body.length, InputCopy.MAX_BYTES)), body.length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Queued(Job job, long seq) {
    }

    /** Records and state waiting for the next commit. */
    private static final class Batch {
        final List<IngestItem> items = new ArrayList<>();
        final Map<String, FetchStateEntry> state = new LinkedHashMap<>();
        final Set<Round> rounds = new HashSet<>();
        final Set<String> canonicals = new HashSet<>();

        boolean isEmpty() {
            return items.isEmpty() && state.isEmpty();
        }
    }

    /** Running totals. */
    private static final class Counts {
        long polls;
        long notModified;
        long failedPolls;
        long itemsNew;
        long itemsSeen;
        long published;
        long rejected;
        long requests;

        WebStats stats() {
            return new WebStats(polls, notModified, failedPolls, itemsNew, itemsSeen, published, rejected, requests);
        }
    }
}
