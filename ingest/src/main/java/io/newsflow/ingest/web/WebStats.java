package io.newsflow.ingest.web;

/**
 * What a poll of the sources did.
 *
 * @param polls          sources polled
 * @param notModified    polls answered 304
 * @param failedPolls    polls that failed (retry later, refused, unreadable)
 * @param itemsNew       listed items not fetched before
 * @param itemsSeen      listed items fetched before
 * @param pagesPublished pages published to the raw topic
 * @param pagesRejected  pages and sources published to the rejected topic
 * @param requests       HTTP requests made (robots.txt fetches included)
 */
public record WebStats(long polls, long notModified, long failedPolls, long itemsNew, long itemsSeen,
                       long pagesPublished, long pagesRejected, long requests) {
    public static final WebStats NONE = new WebStats(0, 0, 0, 0, 0, 0, 0, 0);

    public WebStats plus(WebStats o) {
        return new WebStats(polls + o.polls, notModified + o.notModified, failedPolls + o.failedPolls,
                itemsNew + o.itemsNew, itemsSeen + o.itemsSeen, pagesPublished + o.pagesPublished,
                pagesRejected + o.pagesRejected, requests + o.requests);
    }

    public WebStats minus(WebStats o) {
        return new WebStats(polls - o.polls, notModified - o.notModified, failedPolls - o.failedPolls,
                itemsNew - o.itemsNew, itemsSeen - o.itemsSeen, pagesPublished - o.pagesPublished,
                pagesRejected - o.pagesRejected, requests - o.requests);
    }
}
