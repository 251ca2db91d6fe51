package io.newsflow.processing.tag.entity;

import io.newsflow.model.EntityType;

/**
 * One occurrence of a name, classified.
 *
 * @param name    the name with titles stripped and aliases applied ("United States", "Trump")
 * @param type    its type, or null while a lone word waits to be matched to a full name
 * @param surface the text as written ("President Trump")
 */
record Mention(String name, EntityType type, String surface) {
    boolean isSingleWord() {
        return name.indexOf(' ') < 0;
    }

    String lastWord() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    String firstWord() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
