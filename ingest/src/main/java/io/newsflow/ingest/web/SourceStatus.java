package io.newsflow.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.model.config.WebSourceType;
import java.time.Instant;

/**
 * A source's state, as {@code newsflow sources} prints it.
 *
 * @param url        the source's URL
 * @param type       feed, sitemap or page
 * @param siteName   its site name
 * @param status     {@code new} (not polled yet), {@code ok}, {@code not-modified}, {@code polling},
 *                   {@code retry-later} or {@code failed}
 * @param detail     why, when not ok
 * @param lastPollAt when it was last polled; null before the first poll
 * @param nextPollAt when it is due
 * @param itemsNew   items new at the last poll (their pages fetched)
 * @param itemsSeen  items at the last poll that were already fetched
 * @param totalNew   items new since start
 * @param polls      polls since start
 * @param failures   consecutive failed polls
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceStatus(String url, WebSourceType type, String siteName, String status, String detail,
                           Instant lastPollAt, Instant nextPollAt, int itemsNew, int itemsSeen, long totalNew,
                           long polls, int failures) {
}
