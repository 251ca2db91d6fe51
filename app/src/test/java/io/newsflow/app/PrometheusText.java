package io.newsflow.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format 0.0.4, for tests: every line must be a comment, a
 * {@code # HELP} / {@code # TYPE} line or a sample of a family declared by a {@code # TYPE} line before it.
 */
final class PrometheusText {
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)(?: (-?\\d+))?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"(,|$)");
    private static final Pattern TYPE = Pattern.compile(
            "# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");
    private static final List<String> SUFFIXES = List.of("", "_total", "_bucket", "_count", "_sum", "_max", "_created");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    /** @throws IllegalArgumentException naming the first line that is not valid */
    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Set<String> families = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            if (line.startsWith("#")) {
                Matcher type = TYPE.matcher(line);
                if (type.matches()) {
                    families.add(type.group(1));
                } else if (line.startsWith("# TYPE")) {
                    throw invalid(i, line);
                }
                continue;
            }
            Sample sample = sample(i, line);
            if (SUFFIXES.stream().noneMatch(suffix -> sample.name().endsWith(suffix)
                    && families.contains(sample.name().substring(0, sample.name().length() - suffix.length())))) {
                throw new IllegalArgumentException("line " + (i + 1) + ": no # TYPE before " + sample.name());
            }
            samples.add(sample);
        }
        return new PrometheusText(samples);
    }

    List<Sample> samples() {
        return samples;
    }

    /** The value of the sample with this name and (at least) these labels. */
    Optional<Double> value(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && hasLabels(s, labels))
                .map(Sample::value).findFirst();
    }

    private static boolean hasLabels(Sample sample, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }

    private static Sample sample(int i, String line) {
        Matcher m = SAMPLE.matcher(line);
        if (!m.matches()) {
            throw invalid(i, line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.group(2) != null && !m.group(2).isEmpty()) {
            Matcher label = LABEL.matcher(m.group(2));
            int end = 0;
            while (label.find() && label.start() == end) {
                labels.put(label.group(1), label.group(2));
                end = label.end();
            }
            if (end != m.group(2).length()) {
                throw invalid(i, line);
            }
        }
        return new Sample(m.group(1), labels, number(i, line, m.group(3)));
    }

    private static double number(int i, String line, String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw invalid(i, line);
                }
            }
        };
    }

    private static IllegalArgumentException invalid(int i, String line) {
        return new IllegalArgumentException("line " + (i + 1) + " is not Prometheus text: " + line);
    }
}
