/**
 * Word lists the article model reads people with, kept as data: words that show a person's sex, nouns that name a
 * role (the head of "a spokeswoman for the ministry"), and honorifics (titles that are no role).
 */

export const FEMALE_WORDS = new Set([
  "mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "duchess", "countess", "empress", "sister",
  "mother", "daughter", "wife", "widow", "grandmother", "aunt", "niece", "girl", "woman", "businesswoman",
  "spokeswoman", "chairwoman", "congresswoman", "actress", "heiress", "nun", "abbess", "girlfriend", "mum", "mom",
]);

export const MALE_WORDS = new Set([
  "mr", "sir", "lord", "king", "prince", "duke", "count", "emperor", "brother", "father", "son", "husband",
  "widower", "grandfather", "uncle", "nephew", "boy", "man", "businessman", "spokesman", "chairman", "congressman",
  "actor", "heir", "monk", "abbot", "boyfriend", "dad",
]);

/** Titles of address: they say who someone is to be spoken to, not what they do. */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "sir", "dame", "lady", "lord", "madam"]);

/** Nouns that name what a person is or does. */
export const ROLE_NOUNS = new Set([
  // office and politics
  "president", "vice-president", "premier", "minister", "chancellor", "secretary", "senator", "governor", "mayor",
  "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "lawmaker", "legislator", "politician",
  "ambassador", "diplomat", "envoy", "consul", "official", "spokesman", "spokeswoman", "spokesperson", "leader",
  "chairman", "chairwoman", "chair", "chief", "head", "director", "commissioner", "candidate", "deputy", "ruler",
  "king", "queen", "prince", "princess", "emperor", "empress", "duke", "duchess", "monarch", "dictator", "mp",
  "activist", "campaigner", "dissident", "opponent", "rebel", "hostage", "prisoner", "refugee", "founder",
  // law and order
  "judge", "justice", "lawyer", "attorney", "prosecutor", "barrister", "solicitor", "magistrate", "detective",
  "inspector", "officer", "policeman", "policewoman", "sheriff", "suspect", "defendant", "victim", "witness",
  "juror", "coroner",
  // military
  "general", "colonel", "captain", "commander", "admiral", "sergeant", "lieutenant", "major", "soldier", "marshal",
  // faith
  "pope", "bishop", "archbishop", "priest", "cardinal", "imam", "rabbi", "pastor", "monk", "nun", "cleric",
  // work
  "executive", "ceo", "manager", "owner", "businessman", "businesswoman", "entrepreneur", "banker", "economist",
  "analyst", "engineer", "architect", "scientist", "researcher", "professor", "lecturer", "teacher", "student",
  "scholar", "historian", "archaeologist", "astronomer", "physicist", "chemist", "biologist", "mathematician",
  "doctor", "surgeon", "physician", "nurse", "dentist", "pharmacist", "psychologist", "philosopher", "explorer",
  "writer", "author", "novelist", "poet", "journalist", "reporter", "editor", "correspondent", "photographer",
  "artist", "painter", "sculptor", "designer", "musician", "singer", "composer", "actor", "actress", "director",
  "producer", "player", "striker", "goalkeeper", "midfielder", "defender", "coach", "athlete", "champion",
  "captain", "referee", "pilot", "astronaut", "farmer", "worker", "volunteer", "expert", "specialist",
  "adviser", "advisor", "consultant", "organiser", "organizer", "curator", "guide", "resident", "citizen",
  "member", "chef", "mother", "father", "daughter", "son", "wife", "husband", "widow", "brother", "sister",
]);
