package io.newsflow.app.bench.workload;

import java.util.Random;

/**
 * A story as a news site's HTML page of a given size: head with metadata, styles and scripts, the site's
 * navigation, the article with byline and inline teasers, related links, a comment section, a grid of teaser
 * cards and a footer. Most of a real page's bytes are such boilerplate; the page is filled up to the wanted size
 * with teaser cards and script, half and half.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    static String render(Story story, Random random, int targetBytes) {
        Prose prose = new Prose(random);
        StringBuilder page = new StringBuilder(targetBytes + 4096);
        head(page, story, random);
        page.append("<body class=\"article-page\">\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">")
                .append(escape(story.site().name())).append("</a>\n<nav class=\"main-nav\"><ul>\n");
        for (String label : story.site().nav()) {
            page.append("<li class=\"nav-item\"><a href=\"/").append(label.toLowerCase()).append("/\">")
                    .append(label).append("</a></li>\n");
        }
        page.append("</ul></nav></header>\n<main id=\"content\">\n");
        article(page, story, random, prose);
        comments(page, random, prose);
        int fill = targetBytes - page.length() - 2048;
        teasers(page, prose, random, page.length() + fill / 2);
        page.append("</main>\n<footer class=\"site-footer\">\n");
        story.site().footer().forEach(line -> page.append("<p>").append(escape(line)).append("</p>\n"));
        page.append("</footer>\n");
        scripts(page, random, targetBytes);
        return page.append("</body>\n</html>\n").toString();
    }

    private static void head(StringBuilder page, Story story, Random random) {
        String title = escape(story.title());
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
                .append(" | ").append(escape(story.site().name())).append("</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(story.date())
                .append("T0").append(random.nextInt(10)).append(":15:00Z\">\n")
                .append("<meta name=\"author\" content=\"").append(escape(story.author())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(story.url()).append("\">\n<style>\n");
        for (int i = 0; i < 40 + random.nextInt(60); i++) {
            page.append(".c").append(i).append("-").append(story.site().host().charAt(i % 5))
                    .append("{margin:0 ").append(i % 16).append("px;padding:").append(i % 7)
                    .append("px;font-size:").append(12 + i % 6).append("px;color:#").append(Integer.toHexString(0x100000 + i * 7919 % 0xeffff))
                    .append("}\n");
        }
        page.append("</style>\n</head>\n");
    }

    private static void article(StringBuilder page, Story story, Random random, Prose prose) {
        page.append("<article class=\"story\">\n<h1 class=\"headline\">").append(escape(story.title()))
                .append("</h1>\n<div class=\"byline\">By <a href=\"/authors/").append(Stories.slug(story.author()))
                .append("\">").append(escape(story.author())).append("</a> <time datetime=\"").append(story.date())
                .append("\">").append(story.date()).append("</time></div>\n<div class=\"share\"><a href=\"#\">Share</a>"
                        + " <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>\n<div class=\"story-body\">\n");
        for (int i = 0; i < story.paragraphs().size(); i++) {
            page.append("<p>").append(escape(story.paragraphs().get(i))).append("</p>\n");
            if (random.nextInt(6) == 0) {
                page.append("<aside class=\"inline-teaser\"><a href=\"/").append(Stories.slug(prose.headline()))
                        .append("\">Read more: ").append(escape(prose.headline())).append("</a></aside>\n");
            }
            if (random.nextInt(8) == 0) {
                page.append("<div class=\"ad-slot\" data-slot=\"mid-").append(i).append("\">Advertisement</div>\n");
            }
        }
        page.append("</div>\n<section class=\"related\"><h2>Related</h2><ul>\n");
        for (int i = 0; i < 5; i++) {
            page.append("<li><a href=\"/").append(story.section()).append("/").append(Stories.slug(prose.headline()))
                    .append("\">").append(escape(prose.headline())).append("</a></li>\n");
        }
        page.append("</ul></section>\n</article>\n");
    }

    private static void comments(StringBuilder page, Random random, Prose prose) {
        page.append("<section class=\"comments\" id=\"comments\"><h2>Comments</h2>\n");
        for (int i = 0; i < random.nextInt(6); i++) {
            page.append("<div class=\"comment\"><span class=\"comment-author\">").append(Vocabulary.person(random))
                    .append("</span><p>").append(escape(prose.sentence())).append("</p><a class=\"reply\" href=\"#\">"
                            + "Reply</a></div>\n");
        }
        page.append("</section>\n");
    }

    private static void teasers(StringBuilder page, Prose prose, Random random, int until) {
        page.append("<section class=\"more-news\"><h2>More news</h2>\n");
        while (page.length() < until) {
            String headline = escape(prose.headline());
            page.append("<div class=\"card card-").append(random.nextInt(4)).append("\"><a class=\"card-link\" href=\"/")
                    .append(Stories.slug(headline)).append("\"><img src=\"/img/").append(Long.toHexString(random.nextLong()))
                    .append(".jpg\" alt=\"\" loading=\"lazy\" width=\"320\" height=\"180\"><h3>").append(headline)
                    .append("</h3></a><span class=\"card-meta\">").append(random.nextInt(59) + 1)
                    .append(" min ago</span></div>\n");
        }
        page.append("</section>\n");
    }

    private static void scripts(StringBuilder page, Random random, int until) {
        page.append("<script>\nwindow.dataLayer = window.dataLayer || [];\n");
        for (int i = 0; page.length() < until - 40; i++) {
            page.append("function t").append(i).append("(e){var n=document.querySelectorAll('.c").append(i % 97)
                    .append("');for(var i=0;i<n.length;i++){n[i].setAttribute('data-v','").append(Long.toHexString(random.nextLong()))
                    .append("');}dataLayer.push({event:'view',id:").append(random.nextInt(100_000)).append("});}\n");
        }
        page.append("</script>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
