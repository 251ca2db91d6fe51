package io.newsflow.app;

import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The chaos test's input, generated from a seed: JSON Lines files of unique articles (random sentences from a
 * vocabulary, so no two are alike), exact copies of earlier ones under another URL, near copies (two words
 * changed), lines that are not JSON (rejected at ingest) and articles too short to keep (rejected by
 * processing). It knows what the output must be: one article per group of an original and its copies, the
 * other members of the group duplicates, every bad line rejected once.
 */
final class ChaosCorpus {
    static final int LINES_PER_FILE = 100;
    private static final String[] WORDS = ("government minister election council market shares investors bank "
            + "inflation rates economy trade exports growth company profit quarter workers union strike factory "
            + "energy prices oil gas climate emissions storm flood rescue police court judge trial verdict "
            + "hospital doctors patients vaccine research scientists study university students school teachers "
            + "team coach season match goal league players stadium fans film festival music album artist award "
            + "city mayor housing transport railway airport border refugees army ceasefire talks summit treaty "
            + "president parliament vote budget tax reform protest crowd capital region village farmers harvest "
            + "water drought wildfire technology software startup data privacy phones network satellite launch "
            + "space mission museum history report survey poll analysts officials spokesman statement agreement "
            + "deal merger lawsuit regulators fine investigation charges suspect arrest victims families memorial "
            + "monday tuesday wednesday thursday friday weekend morning evening year month week after before "
            + "during amid despite while against between across under over near about new old major local "
            + "national global early late strong weak rising falling record higher lower quickly slowly said told "
            + "announced warned expected reported confirmed denied planned approved rejected opened closed").split(" ");

    private final List<List<String>> files = new ArrayList<>();
    private final Map<String, String> groupOfUrl = new HashMap<>();
    private final Map<String, Integer> groupSizes = new HashMap<>();
    private final List<String> badLines = new ArrayList<>();
    private int records;
    private int malformed;
    private int tooShort;

    /** Counts of each kind, for the report. */
    record Mix(int unique, int exactCopies, int nearCopies, int malformed, int tooShort) {
        int total() {
            return unique + exactCopies + nearCopies + malformed + tooShort;
        }
    }

    static ChaosCorpus generate(long seed, int total) {
        ChaosCorpus corpus = new ChaosCorpus();
        corpus.fill(new Random(seed), total);
        return corpus;
    }

    private void fill(Random random, int total) {
        List<String[]> originals = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int n = 0; n < total; n++) {
            if (current.size() == LINES_PER_FILE) {
                files.add(current);
                current = new ArrayList<>();
            }
            int roll = random.nextInt(100);
            String line;
            String path = fileName(files.size());
            int lineNo = current.size() + 1;
            if (roll < 8 && !originals.isEmpty()) {
                String[] original = originals.get(random.nextInt(originals.size()));
                line = article("https://chaos.example/copy/" + n, original[1], original[2], original[0]);
            } else if (roll < 14 && !originals.isEmpty()) {
                String[] original = originals.get(random.nextInt(originals.size()));
                line = article("https://chaos.example/near/" + n, original[1], nearCopy(original[2], random), original[0]);
            } else if (roll < 17) {
                line = "{\"url\": \"https://chaos.example/broken/" + n + "\", \"title\": \"Half a rec";
                badLines.add(path + ":" + lineNo);
                malformed++;
            } else if (roll < 20) {
                line = json("https://chaos.example/short/" + n, "Short note " + n, "Too short to keep.");
                badLines.add(path + ":" + lineNo);
                tooShort++;
            } else {
                String url = "https://chaos.example/article/" + n;
                String title = sentence(random, 6 + random.nextInt(5));
                String text = paragraphs(random);
                originals.add(new String[] {url, title, text});
                line = article(url, title, text, url);
            }
            current.add(line);
            records++;
        }
        files.add(current);
    }

    private String article(String url, String title, String text, String group) {
        groupOfUrl.put(url, group);
        groupSizes.merge(group, 1, Integer::sum);
        return json(url, title, text);
    }

    private static String json(String url, String title, String text) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("url", url);
        record.put("title", title);
        record.put("text", text);
        try {
            return Json.mapper().writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 70 to 110 words in three paragraphs: well above the near-duplicate minimum of 40 words. */
    private static String paragraphs(Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 2; s++) {
                text.append(sentence(random, 12 + random.nextInt(7))).append(". ");
            }
            paragraphs.add(text.toString().trim());
        }
        return String.join("\n\n", paragraphs);
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.toString();
    }

    /** The text with two words replaced: a correction or a re-edit, still far above the similarity threshold. */
    private static String nearCopy(String text, Random random) {
        String[] words = text.split(" ");
        for (int i = 0; i < 2; i++) {
            int at = 1 + random.nextInt(words.length - 2);
            if (!words[at].contains("\n") && !words[at].endsWith(".")) {
                words[at] = "changed" + random.nextInt(1000);
            }
        }
        return String.join(" ", words);
    }

    static String fileName(int index) {
        return String.format("part-%05d.jsonl", index);
    }

    int fileCount() {
        return files.size();
    }

    int records() {
        return records;
    }

    /** Writes file {@code index} to {@code folder} under a hidden name, then renames it: it appears whole. */
    void write(Path folder, int index) throws IOException {
        Path temp = folder.resolve("." + fileName(index) + ".tmp");
        Files.writeString(temp, String.join("\n", files.get(index)) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(fileName(index)), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The group (its original's URL) of each article URL. */
    Map<String, String> groupOfUrl() {
        return groupOfUrl;
    }

    /** How many articles each group has: the original and its copies. */
    Map<String, Integer> groupSizes() {
        return groupSizes;
    }

    /** {@code file:line} of every line that must be rejected. */
    List<String> badLines() {
        return badLines;
    }

    Mix mix() {
        int unique = groupSizes.size();
        long near = groupOfUrl.keySet().stream().filter(u -> u.contains("/near/")).count();
        long copies = groupOfUrl.keySet().stream().filter(u -> u.contains("/copy/")).count();
        return new Mix(unique, (int) copies, (int) near, malformed, tooShort);
    }
}
