package io.newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small element tree built from StAX events: enough to read feeds, nothing more. */
final class XmlNode {
    final String namespace;
    final String name;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlNode(String namespace, String name) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
    }

    void append(String chars) {
        text.append(chars);
    }

    String text() {
        return text.toString().trim();
    }

    Optional<XmlNode> child(String local) {
        return children.stream().filter(c -> c.name.equals(local)).findFirst();
    }

    List<XmlNode> all(String local) {
        return children.stream().filter(c -> c.name.equals(local)).toList();
    }

    /** The trimmed text of the first child named {@code local}; null when absent or empty. */
    String childText(String local) {
        return child(local).map(XmlNode::text).filter(t -> !t.isEmpty()).orElse(null);
    }

    String attribute(String local) {
        return attributes.get(local);
    }
}
