/** Small built-in word lists: titles, hedges, units, and a gazetteer for distractors when an article has too few. */
import { memoised } from "./memo";

/**
 * A word table without Object.prototype behind it, so `word in TABLE` and `TABLE[word]` are false/undefined for
 * words such as "constructor" or "toString" that a text may well contain.
 */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const TITLES = new Set([
  "president", "vice", "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "mayor", "mr", "mrs",
  "ms", "miss", "dr", "doctor", "professor", "prof", "sir", "dame", "lady", "lord", "senator", "governor", "judge",
  "general", "colonel", "captain", "commander", "admiral", "sergeant", "pope", "bishop", "archbishop", "father",
  "reverend", "rev", "chief", "secretary", "ambassador", "councillor", "coach", "inspector", "detective", "officer",
  "foreign", "defence", "defense", "deputy", "emperor", "empress", "duke", "duchess", "count", "countess", "saint",
  "cllr",
  // as wink-nlp reads them, one token with the full stop ("Dr. Ruth Adeyemi" is Ruth Adeyemi, a doctor)
  "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "cllr.", "gov.", "sen.", "gen.", "capt.", "col.", "sgt.", "insp.", "supt.",
]);

/** A title that can stand alone as a noun and is never an acceptable answer by itself. */
export const BARE_TITLE_ANSWERS = new Set([
  ...TITLES, "the president", "the prime minister", "the chancellor", "the mayor", "the king", "the queen", "leader",
  "leaders", "official", "officials",
]);

export const PRONOUNS = new Set([
  "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers", "its", "their",
  "theirs", "our", "ours", "my", "mine", "your", "yours", "this", "that", "these", "those", "who", "whom", "which",
  "someone", "something", "one", "himself", "herself", "themselves", "itself",
]);

/** Hedges before numbers, longest first; each maps to the wording used in a question stem. */
export const HEDGES: Array<[string[], string]> = [
  [["just", "over"], "just over"],
  [["just", "under"], "just under"],
  [["more", "than"], "more than"],
  [["fewer", "than"], "fewer than"],
  [["less", "than"], "less than"],
  [["at", "least"], "at least"],
  [["at", "most"], "at most"],
  [["up", "to"], "up to"],
  [["almost"], "almost"],
  [["nearly"], "nearly"],
  [["about"], "about"],
  [["around"], "around"],
  [["roughly"], "roughly"],
  [["approximately"], "approximately"],
  [["some"], "some"],
  [["over"], "over"],
  [["under"], "under"],
  [["only"], "only"],
];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

export const TIME_UNITS = new Set([
  "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
  "years", "decade", "decades", "century", "centuries",
]);

export const MEASURE_UNITS = new Set([
  "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers", "km", "mile", "miles",
  "foot", "feet", "inch", "inches", "centimetre", "centimetres", "millimetres", "tonne", "tonnes", "ton", "tons",
  "kilogram", "kilograms", "kg", "gram", "grams", "pound", "pounds", "hectare", "hectares", "acre", "acres", "litre",
  "litres", "liter", "liters", "gallon", "gallons", "degree", "degrees", "mph", "knots", "volts", "watts", "kilowatts",
  "megawatts", "square",
]);

export const CURRENCY_SYMBOLS = table<string>({ $: "dollar", "£": "pound", "€": "euro", "¥": "yen" });
export const CURRENCY_WORDS = new Set(["dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "rupees", "francs"]);

/** Last words of sports clubs' names ("Riverside United", "Eastbrook Rovers", "Northgate Athletic"). */
export const TEAM_HEADS = new Set(["united", "rovers", "wanderers", "athletic", "albion", "fc"]);

/** A sports club by its name ("United", "Eastbrook Rovers", "Northgate Athletic", "the Harbour Rowing Club"). */
export function isClub(name: string): boolean {
  return /\b(club|team)\b/i.test(name) || TEAM_HEADS.has(name.split(" ").pop()!.toLowerCase());
}

export const ORG_HEADS = new Set([
  "club", "council", "union", "company", "ministry", "party", "agency", "bank", "university", "college", "school",
  "committee", "association", "society", "trust", "group", "corporation", "inc", "ltd", "institute", "office",
  "department", "service", "commission", "parliament", "congress", "senate", "court", "army", "navy", "police",
  "fund", "foundation", "organisation", "organization", "federation", "league", "team", "museum", "library",
  "academy", "board", "authority", "agency", "centre", "center", "firm", "kremlin", "pentagon", "nato", "un", "eu",
  "esa", "nasa", ...TEAM_HEADS,
]);

export const PLACE_HEADS = new Set([
  "house", "street", "road", "avenue", "square", "park", "river", "creek", "lake", "mountain", "mount", "island",
  "islands", "bay", "bridge", "harbour", "harbor", "port", "valley", "sea", "ocean", "hall", "palace", "castle",
  "cathedral", "church", "abbey", "tower", "station", "airport", "county", "province", "state", "city", "town",
  "village", "forest", "desert", "coast", "strait", "canal", "gulf", "peninsula", "hill", "hills", "lane", "wharf",
]);

export const COUNTRIES = [
  "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Belarus", "Belgium", "Brazil",
  "Britain", "Bulgaria", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba", "Czechia", "Denmark", "Egypt",
  "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Greece", "Hungary", "Iceland", "India",
  "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Latvia",
  "Lithuania", "Mexico", "Moldova", "Morocco", "Netherlands", "New Zealand", "Nigeria", "North Korea", "Norway",
  "Pakistan", "Peru", "Poland", "Portugal", "Romania", "Russia", "Saudi Arabia", "Serbia", "Slovakia", "Slovenia",
  "South Africa", "South Korea", "Spain", "Sweden", "Switzerland", "Syria", "Turkey", "Ukraine", "United Kingdom",
  "United States", "U.S.", "US", "UK", "America", "Vietnam", "Belarus", "Scotland", "Wales", "England",
];

/** Cities with the country that contains them (a city is never offered next to its own country). */
export const CITY_COUNTRY = table<string>({
  Washington: "United States", Moscow: "Russia", Kyiv: "Ukraine", London: "United Kingdom", Paris: "France",
  Berlin: "Germany", Brussels: "Belgium", Rome: "Italy", Madrid: "Spain", Warsaw: "Poland", Vienna: "Austria",
  Geneva: "Switzerland", Helsinki: "Finland", Stockholm: "Sweden", Oslo: "Norway", Copenhagen: "Denmark",
  Prague: "Czechia", Budapest: "Hungary", Beijing: "China", Tokyo: "Japan", Delhi: "India", "New York": "United States",
  Chicago: "United States", Boston: "United States", "Los Angeles": "United States", Dublin: "Ireland",
  Edinburgh: "United Kingdom", Cardiff: "United Kingdom", Manchester: "United Kingdom", Lisbon: "Portugal",
  Amsterdam: "Netherlands", Athens: "Greece", Istanbul: "Turkey", Ankara: "Turkey", Cairo: "Egypt", Nairobi: "Kenya",
  Sydney: "Australia", Toronto: "Canada", Ottawa: "Canada",
});
export const CITIES = Object.keys(CITY_COUNTRY);

/** States and regions, with their country. */
export const REGION_COUNTRY = table<string>({
  Alaska: "United States", Texas: "United States", California: "United States", Florida: "United States",
  Hawaii: "United States", "Washington State": "United States", Oregon: "United States", Nevada: "United States",
  Arizona: "United States", Colorado: "United States", Montana: "United States", Ohio: "United States",
  Michigan: "United States", Illinois: "United States", Virginia: "United States", Alabama: "United States",
  Kentucky: "United States", Minnesota: "United States", Louisiana: "United States", Massachusetts: "United States",
  Ontario: "Canada", Quebec: "Canada", "British Columbia": "Canada", Alberta: "Canada", "Nova Scotia": "Canada",
  Queensland: "Australia", Victoria: "Australia", Tasmania: "Australia", "New South Wales": "Australia",
  Bavaria: "Germany", Saxony: "Germany", Hesse: "Germany", Crimea: "Ukraine", Donbas: "Ukraine",
  Catalonia: "Spain", Andalusia: "Spain", Tuscany: "Italy", Sicily: "Italy", Brittany: "France", Normandy: "France",
  Scotland: "United Kingdom", Wales: "United Kingdom", England: "United Kingdom", "Northern Ireland": "United Kingdom",
});

/** The country a known region is in ("Texas" → "United States"), or undefined. */
export function countryOfRegion(region: string): string | undefined {
  return REGION_OF_KEY.get(region.replace(/^the\s+/i, "").toLowerCase());
}
const REGION_OF_KEY = new Map(Object.entries(REGION_COUNTRY).map(([r, c]) => [r.toLowerCase(), c]));
export const CONTINENTS = ["Europe", "Asia", "Africa", "North America", "South America", "Australia", "Antarctica"];
export const PLANETS = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"];

/** Buildings and sites that stand for a government, with their city: the White House is in Washington. */
export const LANDMARK_CITY = table<string>({
  "the White House": "Washington", "the Kremlin": "Moscow", "Downing Street": "London", "the Élysée Palace": "Paris",
  "Buckingham Palace": "London", "the Capitol": "Washington", "the Pentagon": "Washington", "the Reichstag": "Berlin",
  "the Vatican": "Rome",
});

/** How big a place is: options of a "where" question are all of one level, so none contains another. */
export type PlaceLevel = "site" | "city" | "region" | "country" | "continent" | "planet" | "feature";

const SITE_HEADS = new Set([
  "house", "street", "road", "avenue", "square", "park", "hall", "palace", "castle", "cathedral", "church", "abbey",
  "tower", "station", "airport", "bridge", "wharf", "lane", "hospital", "school", "university", "college", "museum",
  "library", "stadium", "centre", "center", "office", "clubhouse", "market", "mill", "theatre", "theater", "gallery",
]);
const FEATURE_HEADS = new Set([
  "river", "creek", "lake", "mountain", "mount", "island", "islands", "bay", "harbour", "harbor", "valley", "sea",
  "ocean", "forest", "desert", "coast", "strait", "canal", "gulf", "peninsula", "hill", "hills", "delta", "glacier",
]);
const REGION_HEADS = new Set(["county", "province", "state", "region", "district", "shire"]);
const CITY_HEADS = new Set(["city", "town", "village", "port"]);

const LEVEL_OF = new Map<string, PlaceLevel>();
{
  const put = (list: string[], level: PlaceLevel) => {
    for (const x of list) if (!LEVEL_OF.has(x.replace(/^the /, "").toLowerCase())) LEVEL_OF.set(x.replace(/^the /, "").toLowerCase(), level);
  };
  put(Object.keys(LANDMARK_CITY), "site");
  put(PLANETS, "planet");
  put(CONTINENTS, "continent");
  put(COUNTRIES, "country");
  put(Object.keys(REGION_COUNTRY), "region");
  put(CITIES, "city");
}
const levelCache = new Map<string, PlaceLevel | null>();

/** The level of a place name, from the word lists and its head word; null when unknown. */
export function placeLevel(name: string): PlaceLevel | null {
  const hit = levelCache.get(name);
  if (hit !== undefined) return hit;
  const key = name.replace(/^the\s+/i, "").toLowerCase();
  let level: PlaceLevel | null = LEVEL_OF.get(key) ?? null;
  if (level === null) {
    const words = key.split(/\s+/);
    const head = words[words.length - 1];
    const first = words[0];
    if (SITE_HEADS.has(head)) level = "site";
    else if (FEATURE_HEADS.has(head) || (words.length > 1 && FEATURE_HEADS.has(first))) level = "feature";
    else if (REGION_HEADS.has(head)) level = "region";
    else if (CITY_HEADS.has(head)) level = "city";
  }
  if (levelCache.size > 5000) levelCache.clear();
  levelCache.set(name, level);
  return level;
}

const PARENTS = new Map<string, string[]>();
{
  const add = (child: string, parent: string) => {
    const k = child.replace(/^the /, "").toLowerCase();
    PARENTS.set(k, [...(PARENTS.get(k) ?? []), parent.toLowerCase()]);
  };
  for (const [site, city] of Object.entries(LANDMARK_CITY)) {
    add(site, city);
    if (CITY_COUNTRY[city]) add(site, CITY_COUNTRY[city]);
  }
  for (const [city, country] of Object.entries(CITY_COUNTRY)) add(city, country);
  for (const [region, country] of Object.entries(REGION_COUNTRY)) add(region, country);
}

/** Known containment between two places (either way): the White House / Washington, Kyiv / Ukraine. */
export function knownContainment(a: string, b: string): boolean {
  const ka = memoised(containmentKey, a);
  const kb = memoised(containmentKey, b);
  return (PARENTS.get(ka) ?? []).includes(kb) || (PARENTS.get(kb) ?? []).includes(ka);
}

function containmentKey(name: string): string {
  const x = name.replace(/^the\s+/i, "").toLowerCase();
  return x === "u.s." || x === "us" || x === "america" ? "united states" : x === "uk" || x === "britain" ? "united kingdom" : x;
}

export const ORGS = [
  "the United Nations", "NATO", "the European Union", "the Red Cross", "the World Bank", "the Kremlin",
  "the Pentagon", "the European Commission", "the World Health Organization", "the International Monetary Fund",
];

/** Fallback people for distractors, grouped loosely by where they would fit. */
export const PEOPLE = [
  "Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Donald Tusk", "Pedro Sánchez",
  "Mark Rutte", "Ursula von der Leyen", "Justin Trudeau", "Narendra Modi", "Recep Tayyip Erdoğan",
];

/** Generic first names and surnames for made-up distractor people in local or fictional stories. */
export const FIRST_NAMES = ["Anna", "David", "Elena", "James", "Laura", "Samuel", "Grace", "Peter", "Nadia", "Oliver"];
/** The FIRST_NAMES that go with "Mrs", "Ms" or "Miss" (the others go with "Mr"). */
export const FEMALE_FIRST_NAMES = new Set(["Anna", "Elena", "Laura", "Grace", "Nadia"]);
export const SURNAMES = ["Morgan", "Fletcher", "Okafor", "Lindqvist", "Brennan", "Castillo", "Hughes", "Novak", "Patel", "Reid"];

/** Adjectives of nationality or region: "Ukrainian officials" is a group, "Ukrainian" not a name. */
export function isDemonym(word: string): boolean {
  return /^[A-Z][a-z]+(?:ian|ean|an|ese|ish|ic|i|ch)$/.test(word) && !/^(?:Ian|Brian|Susan|Jean|Dean|Sean|Ryan|Evan|Alan|Juan|Christian|Vivian|Adrian|Julian|Nathan|Morgan)$/.test(word);
}

export const NUMBER_WORDS = table<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1,
  dozen: 12, half: 0.5,
});
export const SCALE_WORDS = table<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, k: 1e3,
});
export const WORD_FOR_NUMBER = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
export const TENS_WORDS: Record<number, string> = { 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety" };

/** Words too general to be a fill-in-the-blank answer. */
export const GENERIC_NOUNS = new Set([
  "people", "time", "times", "year", "years", "day", "days", "way", "part", "thing", "things", "lot", "number", "place",
  "week", "weeks", "month", "months", "end", "course", "terms", "kind", "side", "case", "point", "group", "world",
  "need", "reality", "importance", "urgency", "chance", "others", "work", "detail", "details", "hour", "hours",
]);
