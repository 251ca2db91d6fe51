package io.newsflow.ingest.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads XML bytes into an {@link XmlNode} tree with {@link SafeXml}, bounding depth and element count. */
final class XmlTree {
    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 200_000;
    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private XmlTree() {
    }

    static XmlNode parse(byte[] bytes) throws FeedException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return build(reader);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new FeedException("not well-formed XML" + where + ": " + firstLine(e.getMessage()));
        } finally {
            close(reader);
        }
    }

    private static XmlNode build(XMLStreamReader reader) throws XMLStreamException, FeedException {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++elements > MAX_ELEMENTS || open.size() >= MAX_DEPTH) {
                        throw new FeedException("more than " + MAX_ELEMENTS + " elements or deeper than "
                                + MAX_DEPTH + " levels");
                    }
                    XmlNode node = start(reader);
                    if (open.isEmpty()) {
                        root = node;
                    } else {
                        open.peek().children.add(node);
                    }
                    open.push(node);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().append(reader.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new FeedException("the document refers to entity '"
                        + reader.getLocalName() + "'; entities are not expanded");
                default -> { }
            }
        }
        if (root == null) {
            throw new FeedException("no root element");
        }
        return root;
    }

    private static XmlNode start(XMLStreamReader reader) {
        XmlNode node = new XmlNode(reader.getNamespaceURI(), reader.getLocalName());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            node.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return node;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return m.lines().findFirst().orElse(m);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the tree is built or the failure reported; closing a byte-array reader has nothing to release
            }
        }
    }
}
