package io.newsflow.processing.dedup.near;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hard negatives: two articles on one story that quote the same statements, and notices written from one
 * template with other names and numbers.
 */
final class NegativePairs {
    private static final String[] COMPANIES = {"Acme Holdings", "Borealis Mining", "Cobalt Foods", "Delta Freight",
        "Evergreen Power", "Falcon Software", "Granite Bank", "Harbor Insurance", "Ionic Chemicals", "Juniper Retail"};
    private static final String[] TEAMS = {"Riverside United", "Northgate Rovers", "Eastfield Athletic",
        "Westbrook City", "Southport Wanderers", "Kingsbridge Town", "Millbrook Rangers", "Ashford Albion"};
    private static final String[] PEOPLE = {"Maria Lopez", "James Okafor", "Chen Wei", "Anna Kowalski",
        "David Mensah", "Sofia Rossi", "Tom Becker", "Aisha Rahman", "Luca Moretti", "Emma Larsen"};

    private NegativePairs() {
    }

    /** Article {@code b} with a few sentences (at most a fifth) of {@code a} quoted into it: same story, other article. */
    static String quoting(String a, String b, Random random, int sentences) {
        List<String> fromA = Arrays.asList(a.split("(?<=[.!?]) "));
        List<String> into = new ArrayList<>(Arrays.asList(b.split("(?<=[.!?]) ")));
        int most = Math.min(sentences, fromA.size() / 5);
        for (int i = 0; i < most; i++) {
            into.add(random.nextInt(into.size() + 1), fromA.get(random.nextInt(fromA.size())));
        }
        return String.join(" ", into);
    }

    static String earnings(Random r) {
        String company = pick(COMPANIES, r);
        String ceo = pick(PEOPLE, r);
        int quarter = 1 + r.nextInt(4);
        return String.format("""
                %s reported results for the %s quarter of fiscal year %d on %s, with revenue of $%d.%d million, \
                %s %d percent from the same period a year earlier.

                Net income was $%d.%d million, or %d cents per diluted share, compared with $%d.%d million, or %d \
                cents per diluted share, in the prior-year quarter. Adjusted earnings per share were %d cents.

                "We delivered another quarter of solid execution," said %s, chief executive officer of %s. "Our \
                teams continued to focus on customers, and we enter the next quarter with momentum."

                The company expects full-year revenue between $%d million and $%d million. %s will host a \
                conference call for investors at %d p.m. Eastern time today to discuss the results.
                """, company, new String[] {"first", "second", "third", "fourth"}[quarter - 1], 2020 + r.nextInt(5),
                pick(new String[] {"Monday", "Tuesday", "Wednesday", "Thursday"}, r), 10 + r.nextInt(900),
                r.nextInt(10), r.nextBoolean() ? "up" : "down", 1 + r.nextInt(30), 1 + r.nextInt(90), r.nextInt(10),
                1 + r.nextInt(99), 1 + r.nextInt(90), r.nextInt(10), 1 + r.nextInt(99), 1 + r.nextInt(99), ceo,
                company, 100 + r.nextInt(2000), 2200 + r.nextInt(2000), company, 1 + r.nextInt(5));
    }

    static String result(Random r) {
        String home = pick(TEAMS, r);
        String away = pick(TEAMS, r);
        String scorer = pick(PEOPLE, r);
        return String.format("""
                %s beat %s %d-%d at home on %s to move up to %s in the league table with %d points from %d games.

                %s opened the scoring in the %dth minute with a header from a corner, and the visitors equalised \
                through %s shortly after half-time. %s restored the lead in the %dth minute.

                The home side's manager, %s, said after the match that his players had shown great character. \
                "We knew it would be a difficult game, but the lads kept going until the end," he said.

                %s play their next match away on Saturday, while %s host their rivals next week.
                """, home, away, 2 + r.nextInt(3), r.nextInt(2), pick(new String[] {"Saturday", "Sunday"}, r),
                pick(new String[] {"third", "fourth", "fifth", "sixth"}, r), 20 + r.nextInt(40), 10 + r.nextInt(20),
                scorer, 5 + r.nextInt(40), pick(PEOPLE, r), pick(PEOPLE, r), 50 + r.nextInt(40), pick(PEOPLE, r),
                home, away);
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }
}
