package io.newsflow.processing.tag.text;

import java.util.Set;

/**
 * English function words, plus the boilerplate of news pages ("said", "click", "getty") that says nothing about
 * what an article is about. Curated by hand for this tagger.
 */
public final class StopWords {
    private static final Set<String> WORDS = Set.of((""
            + "a about above across after afterwards again against all almost alone along already also although always"
            + " am among amongst an and another any anyhow anyone anything anyway anywhere are aren't around as at be"
            + " became because become becomes becoming been before beforehand behind being below beside besides"
            + " between beyond both but by can can't cannot could couldn't did didn't do does doesn't doing don't done"
            + " down during each either else elsewhere enough etc even ever every everyone everything everywhere except"
            + " few for former formerly from further had hadn't has hasn't have haven't having he he'd he'll her here"
            + " here's hers herself him himself his how however i i'd i'll i'm i've if in indeed into is isn't it it'll"
            + " it's its itself just last latter least less let let's like ll made make makes many may maybe me"
            + " meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless"
            + " next no nobody none noone nor not nothing now nowhere of off often on once one only onto or other others"
            + " otherwise our ours ourselves out over own per perhaps quite rather re really s same see seem seemed"
            + " seeming seems several she she'd she'll should shouldn't since so some somehow someone something"
            + " sometime sometimes somewhere still such t than that that's the their theirs them themselves then thence"
            + " there there's thereafter thereby therefore therein these they they'd they'll they're they've this those"
            + " though through throughout thus to together too toward towards under until up upon us ve very via was"
            + " wasn't we we'd we'll we're we've well were weren't what what's whatever when whence whenever where"
            + " where's whereas whereby wherein whether which while whither who who's whoever whole whom whose why will"
            + " with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself"
            + " yourselves"
            // news boilerplate and reporting verbs
            + " according added adds advertisement ap article caption click copyright cookies continue email embed"
            + " facebook follow getty image images instagram link mr mrs ms newsletter photo photos pic picture pictures"
            + " posted privacy read reading related reuters said say saying says share sign story subscribe tell tells"
            + " told twitter updated video watch www com http https html"
            ).split(" "));

    private StopWords() {
    }

    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
