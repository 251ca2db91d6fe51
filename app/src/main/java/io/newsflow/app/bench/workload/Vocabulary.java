package io.newsflow.app.bench.workload;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Hand-written English word lists for synthetic news text (no corpus is copied): common nouns, verbs, adjectives
 * and names, drawn with a skew so a few words are frequent and most are rare, as in real text.
 */
final class Vocabulary {
    static final List<String> NOUNS = List.of("government", "minister", "council", "market", "economy", "company",
            "court", "election", "report", "agency", "official", "police", "hospital", "school", "bank", "price",
            "budget", "policy", "law", "vote", "campaign", "team", "season", "match", "player", "coach", "league",
            "research", "study", "scientist", "climate", "storm", "flood", "fire", "border", "army", "ceasefire",
            "talks", "deal", "agreement", "tariff", "trade", "export", "inflation", "rate", "investor", "share",
            "profit", "loss", "quarter", "factory", "worker", "union", "strike", "protest", "crowd", "city", "region",
            "village", "province", "state", "capital", "airport", "railway", "bridge", "road", "project", "plan",
            "programme", "system", "network", "platform", "software", "device", "chip", "phone", "satellite",
            "rocket", "mission", "museum", "festival", "film", "album", "artist", "author", "book", "novel", "award",
            "prize", "vaccine", "virus", "patient", "doctor", "nurse", "treatment", "trial", "drug", "regulator",
            "investigation", "inquiry", "judge", "lawyer", "verdict", "sentence", "prison", "suspect", "victim",
            "witness", "statement", "spokesperson", "committee", "parliament", "senate", "president", "mayor",
            "governor", "leader", "party", "coalition", "opposition", "candidate", "poll", "survey", "voter",
            "district", "neighbourhood", "housing", "rent", "energy", "oil", "gas", "power", "grid", "solar",
            "wind", "turbine", "emission", "target", "forecast", "growth", "recession", "debt", "bond", "currency",
            "dollar", "euro", "fund", "pension", "tax", "reform", "bill", "measure", "decision", "ruling",
            "appeal", "hearing", "meeting", "summit", "delegation", "embassy", "sanction", "aid", "refugee",
            "crisis", "shortage", "supply", "demand", "harvest", "farmer", "drought", "water", "coast", "island");
    static final List<String> VERBS = List.of("said", "announced", "warned", "confirmed", "denied", "rejected",
            "approved", "launched", "opened", "closed", "raised", "cut", "increased", "reduced", "signed",
            "agreed", "proposed", "blocked", "delayed", "cancelled", "won", "lost", "beat", "defeated", "joined",
            "left", "criticised", "praised", "reported", "found", "revealed", "published", "investigated",
            "arrested", "charged", "released", "ordered", "urged", "called", "promised", "pledged", "expected",
            "estimated", "predicted", "suggested", "argued", "claimed", "admitted", "acknowledged", "backed",
            "supported", "opposed", "challenged", "questioned", "reviewed", "extended", "suspended", "resumed",
            "completed", "built", "bought", "sold", "hired", "fired", "moved", "visited", "hosted", "met");
    static final List<String> ADJECTIVES = List.of("new", "former", "local", "national", "international",
            "federal", "regional", "major", "minor", "senior", "junior", "public", "private", "official", "early",
            "late", "recent", "annual", "monthly", "weekly", "daily", "strong", "weak", "sharp", "steady", "slow",
            "rapid", "sudden", "unexpected", "controversial", "historic", "record", "first", "final", "second",
            "third", "key", "main", "largest", "smallest", "biggest", "rising", "falling", "growing", "leading",
            "independent", "military", "economic", "political", "financial", "legal", "medical", "scientific",
            "digital", "global", "domestic", "foreign", "rural", "urban", "coastal", "northern", "southern",
            "eastern", "western", "central", "emergency", "temporary", "permanent", "interim", "joint");
    static final List<String> ADVERBS = List.of("quickly", "slowly", "sharply", "narrowly", "widely", "publicly",
            "privately", "formally", "briefly", "largely", "mostly", "nearly", "already", "still", "again",
            "finally", "initially", "reportedly", "reluctantly", "firmly");
    static final List<String> FIRST_NAMES = List.of("Anna", "Maria", "Sofia", "Elena", "Laura", "Sarah", "Emma",
            "Julia", "Clara", "Nadia", "Priya", "Amira", "Grace", "Helen", "Irene", "Keiko", "Lucia", "Mei",
            "John", "David", "Michael", "Peter", "Thomas", "James", "Robert", "Daniel", "Ahmed", "Carlos", "Luis",
            "Marco", "Paolo", "Hans", "Lars", "Ivan", "Omar", "Kenji", "Raj", "Samuel", "Victor", "William");
    static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Brown", "Garcia", "Martinez", "Rossi",
            "Bianchi", "Schmidt", "Fischer", "Weber", "Dubois", "Moreau", "Lefebvre", "Novak", "Kowalski",
            "Nowak", "Ivanova", "Petrov", "Tanaka", "Sato", "Nakamura", "Kim", "Park", "Chen", "Wang", "Li",
            "Singh", "Patel", "Khan", "Haddad", "Okafor", "Mensah", "Silva", "Santos", "Costa", "Jensen",
            "Larsen", "Andersson", "Nielsen", "O'Brien");
    static final List<String> ORGANISATIONS = List.of("the World Health Organization", "the European Commission",
            "the United Nations", "the International Monetary Fund", "the World Bank", "the Federal Reserve",
            "the European Central Bank", "NATO", "the Red Cross", "Amnesty International", "Greenpeace",
            "the Supreme Court", "the Ministry of Finance", "the Ministry of Health", "the Treasury",
            "the Central Statistics Office", "Northwind Energy", "Atlas Motors", "Helios Pharma", "Brightline Rail",
            "Crescent Bank", "Orion Telecom", "Summit Foods", "Vantage Airlines", "Meridian Mining",
            "Pioneer Software", "the National Weather Service", "the Olympic Committee", "the football federation",
            "the teachers' union", "the chamber of commerce", "the port authority");
    static final List<String> PLACES = List.of("London", "Paris", "Berlin", "Madrid", "Rome", "Lisbon", "Vienna",
            "Warsaw", "Prague", "Budapest", "Athens", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Dublin",
            "Brussels", "Amsterdam", "Geneva", "Istanbul", "Cairo", "Nairobi", "Lagos", "Johannesburg", "Delhi",
            "Mumbai", "Beijing", "Shanghai", "Tokyo", "Seoul", "Jakarta", "Manila", "Sydney", "Auckland",
            "Toronto", "Montreal", "Chicago", "Boston", "Washington", "New York", "Los Angeles", "Mexico City",
            "Bogota", "Lima", "Santiago", "Buenos Aires", "Sao Paulo", "Kyiv", "Tbilisi", "Baghdad");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<String> SECTIONS = List.of("world", "politics", "business", "tech", "science", "health",
            "sport", "culture", "climate", "opinion");

    private Vocabulary() {
    }

    /** A word of {@code words}, the first ones much more often than the last (an approximate Zipf draw). */
    static String skewed(List<String> words, RandomGenerator random) {
        double u = random.nextDouble();
        return words.get((int) (words.size() * u * u));
    }

    static String any(List<String> words, RandomGenerator random) {
        return words.get(random.nextInt(words.size()));
    }

    static String person(RandomGenerator random) {
        return any(FIRST_NAMES, random) + " " + any(LAST_NAMES, random);
    }
}
