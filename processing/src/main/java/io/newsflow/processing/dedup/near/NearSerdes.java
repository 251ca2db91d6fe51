package io.newsflow.processing.dedup.near;

import io.newsflow.model.DuplicateOf;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.processing.dedup.near.wire.WireReader;
import io.newsflow.processing.dedup.near.wire.WireSerde;
import io.newsflow.processing.dedup.near.wire.WireWriter;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The binary layouts of the near-duplicate messages and stores, format 1 each. A few hundred bytes for a probe,
 * a dozen for a verdict, 17 for a band entry (a UUID id), where JSON took ten times as much and re-read the
 * whole article on every hop. Layouts (v = variable-length int, id = 17 bytes for a UUID, str = v-length UTF-8):
 * <pre>
 * fingerprint  v n, n bytes (b-bit MinHash) | v shingles | v words | v k, k × int32 names | v names
 *              | v k, k × int32 numbers | v numbers
 * duplicateOf  id | source: byte kind, str path, v line+1, str url | str url
 * beater       duplicateOf | int64 time | float64 similarity
 * probe        id | int64 time | int64 url hash | duplicateOf | fingerprint | v bucket+1 | v n, n × int64 bands
 * check        probe | byte 0, or byte 1, id candidate, int64 candidate time
 * message      byte kind | id | int64 time | v count | byte 0 or 1 beater | byte 0 or 1 duplicateOf | bytes article
 * gathering    byte status | byte held | v buckets | v verdicts | v announced | v checked | v challenges
 *              | byte 0 or 1 beater
 * band entry   id
 * </pre>
 */
public final class NearSerdes {
    private static final int FORMAT = 1;
    private static final SourceKind[] KINDS = SourceKind.values();
    private static final NearMessage.Kind[] MESSAGE_KINDS = NearMessage.Kind.values();
    private static final Gathering.Status[] STATUSES = Gathering.Status.values();

    public static final WireSerde<NearProbe> PROBE = new WireSerde<>("near probe", FORMAT, 512,
            NearSerdes::write, NearSerdes::readProbe);
    public static final WireSerde<Check> CHECK = new WireSerde<>("near check", FORMAT, 512,
            NearSerdes::write, NearSerdes::readCheck);
    public static final WireSerde<NearMessage> MESSAGE = new WireSerde<>("near message", FORMAT, 64,
            NearSerdes::write, NearSerdes::readMessage);
    public static final WireSerde<Gathering> GATHERING = new WireSerde<>("near gathering", FORMAT, 16,
            NearSerdes::write, NearSerdes::readGathering);
    public static final WireSerde<String> ID = new WireSerde<>("near band entry", FORMAT, 18,
            (id, out) -> out.writeId(id), WireReader::readId);

    private NearSerdes() {
    }

    static void write(NearFingerprint f, WireWriter out) {
        out.writeBytes(f.minBytes()).writeVarint(f.shingles()).writeVarint(f.words());
        writeInts(f.names(), out);
        out.writeVarint(f.nameCount());
        writeInts(f.numbers(), out);
        out.writeVarint(f.numberCount());
    }

    static NearFingerprint readFingerprint(WireReader in) {
        byte[] minBytes = in.readBytes();
        int shingles = in.readVarint();
        int words = in.readVarint();
        int[] names = readInts(in);
        int nameCount = in.readVarint();
        int[] numbers = readInts(in);
        return new NearFingerprint(minBytes, shingles, words, names, nameCount, numbers, in.readVarint());
    }

    static void write(DuplicateOf d, WireWriter out) {
        Source s = d.source();
        out.writeId(d.id()).writeByte(s.kind().ordinal()).writeString(s.path())
                .writeVarint(s.line() == null ? 0 : s.line() + 1).writeString(s.url()).writeString(d.url());
    }

    static DuplicateOf readDuplicateOf(WireReader in) {
        String id = in.readId();
        int kind = in.readByte();
        if (kind >= KINDS.length) {
            throw new SerializationException("unknown source kind " + kind + " in a near-duplicate record");
        }
        String path = in.readString();
        int line = in.readVarint();
        String sourceUrl = in.readString();
        return new DuplicateOf(id, new Source(KINDS[kind], path, line == 0 ? null : line - 1, sourceUrl),
                in.readString());
    }

    static void write(Beater b, WireWriter out) {
        write(b.of(), out);
        out.writeLong(b.time()).writeDouble(b.similarity());
    }

    static Beater readBeater(WireReader in) {
        return new Beater(readDuplicateOf(in), in.readLong(), in.readDouble());
    }

    static void write(NearProbe p, WireWriter out) {
        out.writeId(p.id()).writeLong(p.time()).writeLong(p.urlHash());
        write(p.self(), out);
        write(p.fingerprint(), out);
        out.writeVarint(p.bucket() + 1).writeVarint(p.bands().length);
        for (long band : p.bands()) {
            out.writeLong(band);
        }
    }

    static NearProbe readProbe(WireReader in) {
        String id = in.readId();
        long time = in.readLong();
        long urlHash = in.readLong();
        DuplicateOf self = readDuplicateOf(in);
        NearFingerprint fingerprint = readFingerprint(in);
        int bucket = in.readVarint() - 1;
        long[] bands = new long[in.readVarint()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = in.readLong();
        }
        return new NearProbe(id, time, urlHash, self, fingerprint, bucket, bands);
    }

    static void write(Check c, WireWriter out) {
        write(c.asker(), out);
        out.writeBoolean(!c.registers());
        if (!c.registers()) {
            out.writeId(c.candidate()).writeLong(c.candidateTime());
        }
    }

    static Check readCheck(WireReader in) {
        NearProbe asker = readProbe(in);
        return in.readBoolean() ? new Check(asker, in.readId(), in.readLong()) : new Check(asker, null, 0);
    }

    static void write(NearMessage m, WireWriter out) {
        out.writeByte(m.kind().ordinal()).writeId(m.id()).writeLong(m.time()).writeVarint(m.count());
        out.writeBoolean(m.beater() != null);
        if (m.beater() != null) {
            write(m.beater(), out);
        }
        out.writeBoolean(m.self() != null);
        if (m.self() != null) {
            write(m.self(), out);
        }
        out.writeBytes(m.article());
    }

    static NearMessage readMessage(WireReader in) {
        int kind = in.readByte();
        if (kind >= MESSAGE_KINDS.length) {
            throw new SerializationException("unknown near message kind " + kind);
        }
        String id = in.readId();
        long time = in.readLong();
        int count = in.readVarint();
        Beater beater = in.readBoolean() ? readBeater(in) : null;
        DuplicateOf self = in.readBoolean() ? readDuplicateOf(in) : null;
        return new NearMessage(MESSAGE_KINDS[kind], id, time, count, beater, self, in.readBytes());
    }

    static void write(Gathering g, WireWriter out) {
        out.writeByte(g.status().ordinal()).writeBoolean(g.held()).writeVarint(g.buckets()).writeVarint(g.verdicts())
                .writeVarint(g.announced()).writeVarint(g.checked()).writeVarint(g.challenges());
        out.writeBoolean(g.beater() != null);
        if (g.beater() != null) {
            write(g.beater(), out);
        }
    }

    static Gathering readGathering(WireReader in) {
        int status = in.readByte();
        if (status >= STATUSES.length) {
            throw new SerializationException("unknown near gathering status " + status);
        }
        boolean held = in.readBoolean();
        int buckets = in.readVarint();
        int verdicts = in.readVarint();
        int announced = in.readVarint();
        int checked = in.readVarint();
        int challenges = in.readVarint();
        Beater beater = in.readBoolean() ? readBeater(in) : null;
        return new Gathering(held, buckets, verdicts, announced, checked, challenges, beater, STATUSES[status]);
    }

    private static void writeInts(int[] values, WireWriter out) {
        out.writeVarint(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(WireReader in) {
        int[] values = new int[in.readVarint()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
