package io.newsflow.processing.tag.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the entity rules rely on: places (every ISO country's English name from {@link Locale}, plus a
 * curated list of cities, states and regions), well-known organisations, aliases ("U.S." → "United States"),
 * the words that end an organisation's name ("Bank", "Ministry", "News"), titles and nationality adjectives.
 * Curated by hand for English news.
 */
final class Gazetteer {
    private static final Set<String> PLACES = words(""
            + "Europe|Asia|Africa|North America|South America|Latin America|Middle East|Arctic|Antarctica|Balkans"
            + "|Caribbean|Scandinavia|Siberia|Crimea|Donbas|Donbass|Donetsk|Luhansk|Kherson|Zaporizhzhia|Kharkiv"
            + "|Mariupol|Bakhmut|Odesa|Odessa|Lviv|Kyiv|Moscow|St Petersburg|Saint Petersburg|Minsk|Warsaw|Berlin"
            + "|Paris|London|Brussels|Madrid|Rome|Vienna|Prague|Budapest|Athens|Istanbul|Ankara|Geneva|Zurich"
            + "|Amsterdam|Dublin|Edinburgh|Glasgow|Cardiff|Belfast|Manchester|Liverpool|Birmingham|Leeds|Bristol"
            + "|Stockholm|Oslo|Copenhagen|Helsinki|Lisbon|Barcelona|Milan|Munich|Frankfurt|Hamburg|Tehran|Baghdad"
            + "|Damascus|Beirut|Jerusalem|Tel Aviv|Gaza|West Bank|Cairo|Riyadh|Dubai|Doha|Kabul|Islamabad|Delhi"
            + "|New Delhi|Mumbai|Beijing|Shanghai|Hong Kong|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Manila|Jakarta"
            + "|Bangkok|Hanoi|Singapore|Sydney|Melbourne|Auckland|Nairobi|Lagos|Johannesburg|Cape Town|Addis Ababa"
            + "|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Sao Paulo|Rio de Janeiro|Brasilia"
            + "|Toronto|Montreal|Vancouver|Ottawa|Washington|New York|New York City|Los Angeles|San Francisco"
            + "|Chicago|Boston|Seattle|Miami|Houston|Dallas|Atlanta|Philadelphia|Detroit|Las Vegas|Helsinki"
            + "|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho"
            + "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
            + "|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina"
            + "|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee"
            + "|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|England|Scotland|Wales"
            + "|Northern Ireland|Kashmir|Tibet|Xinjiang|Chechnya|Kosovo|Taiwan|Palestine|Kurdistan");

    private static final Set<String> ORGANISATIONS = words(""
            + "Kremlin|White House|Pentagon|Downing Street|NATO|European Union|United Nations|Congress|Senate"
            + "|Parliament|Federal Reserve|Fed|Supreme Court|Duma|Bundestag|Knesset|FBI|CIA|NSA|KGB|FSB|GRU|IMF"
            + "|World Bank|WHO|WTO|OPEC|G7|G20|BRICS|Google|Apple|Microsoft|Amazon|Meta|Facebook|Twitter|OpenAI"
            + "|Tesla|Nvidia|Samsung|Huawei|Gazprom|Rosneft|Reuters|BBC|CNN|Fox News|Hamas|Hezbollah|Taliban"
            + "|Democrats|Republicans|GOP|Labour|Conservatives|Tories|Liberal Democrats|Wagner|Interpol|Europol"
            + "|Ofcom|Ofgem|Nasa|NASA|UEFA|FIFA|Premier League|Champions League|SpaceX|Boeing|Airbus"
            + "|Pfizer|Moderna");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("US", "United States"), Map.entry("U.S.", "United States"), Map.entry("U.S", "United States"),
            Map.entry("USA", "United States"), Map.entry("U.S.A.", "United States"),
            Map.entry("America", "United States"), Map.entry("United States of America", "United States"),
            Map.entry("UK", "United Kingdom"), Map.entry("U.K.", "United Kingdom"),
            Map.entry("Britain", "United Kingdom"), Map.entry("Great Britain", "United Kingdom"),
            Map.entry("Kiev", "Kyiv"), Map.entry("Russian Federation", "Russia"), Map.entry("EU", "European Union"),
            Map.entry("UN", "United Nations"), Map.entry("U.N.", "United Nations"),
            Map.entry("Saint Petersburg", "St Petersburg"), Map.entry("St. Petersburg", "St Petersburg"),
            Map.entry("Donbass", "Donbas"), Map.entry("Odessa", "Odesa"), Map.entry("Nasa", "NASA"),
            Map.entry("Federal Reserve", "Federal Reserve"), Map.entry("Fed", "Federal Reserve"),
            Map.entry("Tories", "Conservatives"));

    private static final Set<String> ORGANISATION_WORDS = words(""
            + "Bank|Inc|Corp|Corporation|Ltd|Limited|Plc|PLC|LLC|Group|Party|Ministry|Department|Council|Committee"
            + "|University|College|Institute|Agency|Association|Union|Company|Fund|Foundation|Commission|Court"
            + "|Office|Service|Services|News|Times|Post|Journal|Network|Airlines|Airways|Motors|Technologies|Systems"
            + "|Holdings|Club|FC|Police|Army|Navy|Force|Forces|Guard|Board|Authority|Organisation|Organization"
            + "|Federation|League|Church|Centre|Center|Hospital|School|Trust|Bureau|Administration|Reserve"
            + "|Assembly|Cabinet|Today|Channel|Radio|Television|Magazine|Press|Media|Studios|Records|Pictures"
            + "|Labs|Capital|Partners|Securities|Exchange|Chambers|Commerce|Parliament|Congress|Senate|Agency"
            );

    private static final Set<String> TITLES = words(""
            + "president|vice|prime|minister|secretary|senator|sen|rep|representative|gov|governor|mr|mrs|ms|miss"
            + "|dr|sir|dame|lord|lady|king|queen|prince|princess|pope|general|gen|colonel|col|chancellor|speaker"
            + "|judge|justice|chief|executive|ceo|foreign|defence|defense|home|state|attorney|aide|spokesman"
            + "|spokeswoman|spokesperson|coach|manager|captain|former|ex|deputy|commissioner|director|ambassador"
            + "|mayor|leader|senior|adviser|advisor|official|congressman|congresswoman|premier|chair|chairman"
            + "|chairwoman|sheikh|ayatollah|archbishop|bishop|cardinal|professor|prof|lieutenant|sergeant|officer"
            + "|first|policy|national|security|presidential|candidate|nominee|commander|marshal|admiral|detective"
            + "|presidents|ministers|leaders|senators|officials|press"
            );

    private static final Set<String> DEMONYMS = words(""
            + "American|British|English|Scottish|Welsh|Irish|Russian|Ukrainian|Belarusian|Chinese|Japanese|Korean"
            + "|North Korean|South Korean|Indian|Pakistani|Afghan|Iranian|Iraqi|Syrian|Turkish|Israeli|Palestinian"
            + "|Saudi|Egyptian|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Polish|Czech"
            + "|Hungarian|Romanian|Bulgarian|Greek|Swedish|Norwegian|Danish|Finnish|Canadian|Mexican|Brazilian"
            + "|Argentine|Australian|African|European|Asian|Western|Eastern|Soviet|Nigerian|Kenyan|Ethiopian"
            + "|Venezuelan|Cuban|Taiwanese|Vietnamese|Thai|Indonesian|Filipino|Georgian|Armenian|Azerbaijani"
            + "|Kazakh|Serbian|Croatian|Lebanese|Jordanian|Qatari|Emirati|Yemeni|Libyan|Sudanese|Democratic"
            + "|Republican|Conservative|Liberal");

    /** Last words that make a name a place ("Kerch Strait") or an event, day or thing ("Victory Day"). */
    private static final Set<String> PLACE_WORDS = words("Strait|Sea|River|Ocean|Lake|Mountain|Mountains|Island"
            + "|Islands|Bay|Gulf|Peninsula|Valley|Province|Region|Oblast|County|Coast|Canal|Desert|Square");
    private static final Set<String> THING_WORDS = words("Day|Year|Eve|War|Parade|Summit|Games|Cup|Championship"
            + "|Festival|Award|Awards|Prize|Act|Bill|Treaty|Accord|Agreement|Doctrine|Revolution|Crisis|Olympics"
            + "|Week|Month|Show|Series|Album|Tour|Conference|Forum|Protocol|Pact|Plan|Program|Programme|Project");
    /** Words that start a sentence without being part of the name that follows ("Yesterday Putin said"). */
    private static final Set<String> NOT_NAMES = words("Yesterday|Today|Tomorrow|Tonight|Meanwhile|Earlier|Later"
            + "|Last|Next|Now|Then|Also|Still|However|Here|Getting|Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Despite|Unlike|Like|Instead|Asked|According|Speaking|Writing|Following|Under|Only|Even");
    /**
     * The full names of people so often in the news that articles give only the surname ("Putin"); used only
     * when the article itself never spells the full name out more than once.
     */
    private static final Map<String, String> FAMOUS = famous("Donald Trump|Vladimir Putin|Joe Biden|Barack Obama"
            + "|Volodymyr Zelensky|Xi Jinping|Emmanuel Macron|Angela Merkel|Olaf Scholz|Boris Johnson|Rishi Sunak"
            + "|Keir Starmer|Theresa May|Narendra Modi|Recep Tayyip Erdogan|Benjamin Netanyahu|Kim Jong Un"
            + "|Kamala Harris|Hillary Clinton|Bill Clinton|Nancy Pelosi|Mike Pence|Sergey Lavrov|Dmitry Peskov"
            + "|Elon Musk|Mark Zuckerberg|Jeff Bezos|Alexei Navalny|Yevgeny Prigozhin|Jerome Powell"
            + "|Ursula von der Leyen|Antonio Guterres|Pope Francis|Justin Trudeau|Viktor Orban|Giorgia Meloni");

    private static final Set<String> COUNTRIES = countries();

    private Gazetteer() {
    }

    private static Set<String> words(String barSeparated) {
        return Set.copyOf(java.util.Arrays.asList(barSeparated.split("\\|")));
    }

    static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    static boolean isPlace(String name) {
        return COUNTRIES.contains(name) || PLACES.contains(name);
    }

    static boolean isOrganisation(String name) {
        return ORGANISATIONS.contains(name);
    }

    static boolean isPlaceWord(String token) {
        return PLACE_WORDS.contains(token);
    }

    static boolean isThingWord(String token) {
        return THING_WORDS.contains(token);
    }

    static boolean isNotName(String token) {
        return NOT_NAMES.contains(token);
    }

    /** The famous full name whose last word is {@code surname}, or null. */
    static String famousBySurname(String surname) {
        return FAMOUS.get(surname);
    }

    private static Map<String, String> famous(String barSeparated) {
        Map<String, String> bySurname = new HashMap<>();
        for (String name : barSeparated.split("\\|")) {
            bySurname.put(name.substring(name.lastIndexOf(' ') + 1), name);
        }
        return Map.copyOf(bySurname);
    }

    static boolean isOrganisationWord(String token) {
        return ORGANISATION_WORDS.contains(token);
    }

    static boolean isTitle(String token) {
        return TITLES.contains(token.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static boolean isDemonym(String token) {
        return DEMONYMS.contains(token);
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            int bracket = name.indexOf(" (");
            names.add(bracket > 0 ? name.substring(0, bracket) : name);
        }
        return names;
    }

    static Map<String, String> aliases() {
        return new HashMap<>(ALIASES);
    }
}
