package io.newsflow.processing.tag.category;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: gzip'd, big-endian. Magic {@code NFCM}, format version, sharpness, labels and their log priors,
 * training document count, then per term: the term, its training document frequency and one log likelihood per
 * label (float).
 */
final class CategoryModelFile {
    private static final int MAGIC = 0x4E46434D; // "NFCM"
    private static final int VERSION = 1;

    private CategoryModelFile() {
    }

    static void save(CategoryModel model, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("can't write category model " + file, e);
        }
    }

    static CategoryModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("can't read category model " + file, e);
        }
    }

    static void write(CategoryModel model, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(target));
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeDouble(model.sharpness());
        double[] priors = model.logPriors();
        out.writeInt(model.labels().size());
        for (int c = 0; c < priors.length; c++) {
            out.writeUTF(model.labels().get(c));
            out.writeDouble(priors[c]);
        }
        Vocabulary vocabulary = model.vocabulary();
        out.writeLong(vocabulary.documents());
        out.writeInt(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) {
            out.writeUTF(vocabulary.term(i));
            out.writeInt(vocabulary.documentFrequency(i));
            for (float f : model.logLikelihoods()[i]) {
                out.writeFloat(f);
            }
        }
        out.flush();
        gzip.finish();
        gzip.flush();
    }

    static CategoryModel read(InputStream source, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(new BufferedInputStream(source)), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException(name + " is not a newsflow category model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException(name + " has model format version " + version + ", this reader knows " + VERSION);
        }
        double sharpness = in.readDouble();
        int labelCount = in.readInt();
        List<String> labels = new ArrayList<>(labelCount);
        double[] priors = new double[labelCount];
        for (int c = 0; c < labelCount; c++) {
            labels.add(in.readUTF());
            priors[c] = in.readDouble();
        }
        long documents = in.readLong();
        int size = in.readInt();
        List<String> terms = new ArrayList<>(size);
        int[] df = new int[size];
        float[][] likelihoods = new float[size][labelCount];
        for (int i = 0; i < size; i++) {
            terms.add(in.readUTF());
            df[i] = in.readInt();
            for (int c = 0; c < labelCount; c++) {
                likelihoods[i][c] = in.readFloat();
            }
        }
        return new CategoryModel(labels, priors, new Vocabulary(terms, df, documents), likelihoods, sharpness);
    }
}
