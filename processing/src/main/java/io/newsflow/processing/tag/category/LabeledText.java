package io.newsflow.processing.tag.category;

import io.newsflow.model.Checks;

/**
 * One training example.
 *
 * @param label the category the text belongs to (any label set: the model learns the labels it is given)
 * @param text  the text (headline, summary or full body)
 */
public record LabeledText(String label, String text) {
    public LabeledText {
        Checks.notBlank(label, "label");
        Checks.notNull(text, "text");
    }
}
