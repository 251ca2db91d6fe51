package io.newsflow.processing.topology.wire;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Keyword;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.TopicMatch;
import io.newsflow.processing.dedup.near.wire.WireReader;
import io.newsflow.processing.dedup.near.wire.WireWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Binary layouts of the model's small parts (sources, instants, lists, maps, tags), shared by the layouts of
 * {@link ArticleWire} and {@link RawArticleWire}. Enums travel by name, so reordering their constants breaks
 * nothing; a collection is its size, then its elements.
 */
final class ModelWire {
    private ModelWire() {
    }

    static void writeSource(Source source, WireWriter out) {
        out.writeString(source.kind().name()).writeString(source.path()).writeString(source.url());
        out.writeVarint(source.line() == null ? 0 : source.line());
    }

    static Source readSource(WireReader in) {
        SourceKind kind = SourceKind.valueOf(in.readString());
        String path = in.readString();
        String url = in.readString();
        int line = in.readVarint();
        return new Source(kind, path, line == 0 ? null : line, url);
    }

    /** A nullable instant: a presence byte, then seconds and nanoseconds. */
    static void writeInstant(Instant instant, WireWriter out) {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond()).writeVarint(instant.getNano());
        }
    }

    static Instant readInstant(WireReader in) {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readVarint()) : null;
    }

    static void writeStrings(List<String> values, WireWriter out) {
        writeList(values, out, (v, o) -> o.writeString(v));
    }

    static List<String> readStrings(WireReader in) {
        return readList(in, WireReader::readString);
    }

    static <T> void writeList(List<T> values, WireWriter out, BiConsumer<T, WireWriter> element) {
        out.writeVarint(values.size());
        for (T value : values) {
            element.accept(value, out);
        }
    }

    static <T> List<T> readList(WireReader in, Function<WireReader, T> element) {
        int size = in.readVarint();
        List<T> values = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            values.add(element.apply(in));
        }
        return values;
    }

    static void writeStringMap(Map<String, String> values, WireWriter out) {
        out.writeVarint(values.size());
        values.forEach((k, v) -> out.writeString(k).writeString(v));
    }

    static Map<String, String> readStringMap(WireReader in) {
        int size = in.readVarint();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            values.put(in.readString(), in.readString());
        }
        return values;
    }

    static void writeScores(Map<String, Double> values, WireWriter out) {
        out.writeVarint(values.size());
        values.forEach((k, v) -> out.writeString(k).writeDouble(v));
    }

    static Map<String, Double> readScores(WireReader in) {
        int size = in.readVarint();
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            values.put(in.readString(), in.readDouble());
        }
        return values;
    }

    static void writeEntity(Entity entity, WireWriter out) {
        out.writeString(entity.name()).writeString(entity.type().name()).writeVarint(entity.count());
        writeStrings(entity.mentions(), out);
    }

    static Entity readEntity(WireReader in) {
        return new Entity(in.readString(), EntityType.valueOf(in.readString()), in.readVarint(), readStrings(in));
    }

    static void writeKeyword(Keyword keyword, WireWriter out) {
        out.writeString(keyword.term()).writeDouble(keyword.score());
    }

    static Keyword readKeyword(WireReader in) {
        return new Keyword(in.readString(), in.readDouble());
    }

    static void writeTopic(TopicMatch topic, WireWriter out) {
        out.writeString(topic.topic());
        writeStrings(topic.because(), out);
    }

    static TopicMatch readTopic(WireReader in) {
        return new TopicMatch(in.readString(), readStrings(in));
    }
}
