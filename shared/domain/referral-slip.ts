import type { IsoDate } from './calendar';

/**
 * The words of the slip and the wallet card a peer hands to a participant (issue 13): short
 * sentences in plain words, English or Spanish. What they must never say is checked here, so the
 * main process can refuse a printout before it is made, naming the field that carries the word.
 */
export const SLIP_LANGUAGES = ['en', 'es'] as const;
export type SlipLanguage = (typeof SLIP_LANGUAGES)[number];
export const SLIP_LANGUAGE_LABELS: Record<SlipLanguage, string> = { en: 'English', es: 'Spanish (Español)' };

/** What a slip is made of: only what the participant needs to get there, nothing about why. */
export interface SlipFacts {
  /** The first or preferred name, never the full name. */
  firstName: string;
  /** The provider's name as the slip shows it (a discreet short name when the directory has one). */
  place: string;
  address: string | null;
  crossStreets: string | null;
  busLines: string | null;
  appointment: { date: IsoDate; time: string } | null;
  /** The opening hours in plain words, for a walk-in with no appointment. */
  openHours: string | null;
  askFor: string | null;
  bring: string | null;
  /** True when the service costs nothing; null when the directory does not say. */
  free: boolean | null;
  providerPhone: string | null;
  peerName: string;
  peerPhone: string | null;
}

export interface SlipLine {
  /** Which fact the line comes from, so a refusal can name the field. */
  fact: keyof SlipFacts | 'heading' | 'crisis';
  text: string;
}

/**
 * A word on a slip can tell whoever finds it why the person has it: the program, the police, an
 * arrest, drugs, a diagnosis. Matched as the start of a word, in either language, whatever the
 * case: "Drug-free" and "policía" are refused as "drug" and "police" are. The program's name is
 * matched as a whole word, so "the team leader" may be asked for.
 */
const FORBIDDEN: { word: string; pattern: RegExp }[] = [
  { word: 'LEAD', pattern: /(?<![\p{L}\p{N}])leads?(?![\p{L}\p{N}])/iu },
  { word: 'police', pattern: /(?<![\p{L}\p{N}])polic/iu },
  { word: 'drug', pattern: /(?<![\p{L}\p{N}])(drug|droga)/iu },
  { word: 'arrest', pattern: /(?<![\p{L}\p{N}])(arrest|detenci|deten[ií]d)/iu },
  { word: 'diagnosis', pattern: /(?<![\p{L}\p{N}])diagn[oó]s/iu },
];

/** The forbidden words a text contains, by the English word the rule is named for. */
export function forbiddenWordsIn(text: string): string[] {
  return FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
}

/** Ends a sentence with a full stop unless what was filled in already ends one ("10:30 a.m."). */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** Words for each language. Every sentence short; the reading level is checked in the tests. */
const WORDS = {
  en: {
    heading: 'Your next step',
    forName: (name: string) => `For ${name}`,
    goTo: (place: string) => sentence(`Go to ${place}`),
    where: (address: string) => sentence(`Where: ${address}`),
    near: (streets: string) => sentence(`It is near ${streets}`),
    bus: (lines: string) => sentence(`Bus: ${lines}`),
    when: (at: string) => sentence(`When: ${at}`),
    open: (hours: string) => `${sentence(`Open: ${hours}`)} You can walk in.`,
    askFor: (who: string) => sentence(`Ask for ${who}`),
    bring: (what: string) => sentence(`Bring: ${what}`),
    free: 'It is free.',
    cost: 'Ask about the cost when you call.',
    providerPhone: (phone: string) => sentence(`Their phone: ${phone}`),
    peer: (name: string, phone: string | null) => (phone ? `Questions? Call ${name} at ${phone}.` : `Questions? Ask ${name}.`),
    crisis: 'Need help now? Call or text 988.',
    nextVisit: 'Next visit',
    locale: 'en-US',
    at: (date: string, time: string) => `${date}, at ${time}`,
  },
  es: {
    heading: 'Su próximo paso',
    forName: (name: string) => `Para ${name}`,
    goTo: (place: string) => sentence(`Vaya a ${place}`),
    where: (address: string) => sentence(`Dónde: ${address}`),
    near: (streets: string) => sentence(`Queda cerca de ${streets}`),
    bus: (lines: string) => sentence(`Autobús: ${lines}`),
    when: (at: string) => sentence(`Cuándo: ${at}`),
    open: (hours: string) => `${sentence(`Horario: ${hours}`)} Puede ir sin cita.`,
    askFor: (who: string) => sentence(`Pregunte por ${who}`),
    bring: (what: string) => sentence(`Traiga: ${what}`),
    free: 'Es gratis.',
    cost: 'Pregunte el costo cuando llame.',
    providerPhone: (phone: string) => sentence(`Su teléfono: ${phone}`),
    peer: (name: string, phone: string | null) => (phone ? `¿Preguntas? Llame a ${name} al ${phone}.` : `¿Preguntas? Hable con ${name}.`),
    crisis: '¿Necesita ayuda ahora? Llame o mande un texto al 988.',
    nextVisit: 'Próxima cita',
    locale: 'es-US',
    at: (date: string, time: string) => `${date}, a las ${time}`,
  },
} as const;

/** "Tuesday, December 8, at 10:30 AM" or "martes, 8 de diciembre, a las 10:30 a. m.". */
export function appointmentWords(appointment: { date: IsoDate; time: string }, language: SlipLanguage): string {
  const words = WORDS[language];
  const instant = new Date(`${appointment.date}T${appointment.time}:00Z`);
  const date = new Intl.DateTimeFormat(words.locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(instant);
  const time = new Intl.DateTimeFormat(words.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(instant);
  return words.at(date, time);
}

/** The slip, line by line, in the order it is printed: "Your next step" first. */
export function slipLines(facts: SlipFacts, language: SlipLanguage): SlipLine[] {
  const words = WORDS[language];
  const lines: (SlipLine | null)[] = [
    { fact: 'heading', text: words.heading },
    { fact: 'firstName', text: words.forName(facts.firstName) },
    { fact: 'place', text: words.goTo(facts.place) },
    facts.address ? { fact: 'address', text: words.where(facts.address) } : null,
    facts.crossStreets ? { fact: 'crossStreets', text: words.near(facts.crossStreets) } : null,
    facts.busLines ? { fact: 'busLines', text: words.bus(facts.busLines) } : null,
    facts.appointment
      ? { fact: 'appointment', text: words.when(appointmentWords(facts.appointment, language)) }
      : facts.openHours
        ? { fact: 'openHours', text: words.open(facts.openHours) }
        : null,
    facts.askFor ? { fact: 'askFor', text: words.askFor(facts.askFor) } : null,
    facts.bring ? { fact: 'bring', text: words.bring(facts.bring) } : null,
    { fact: 'free', text: facts.free ? words.free : words.cost },
    facts.providerPhone ? { fact: 'providerPhone', text: words.providerPhone(facts.providerPhone) } : null,
    { fact: 'peerName', text: words.peer(facts.peerName, facts.peerPhone) },
  ];
  return lines.filter((line): line is SlipLine => line !== null);
}

/** The wallet card: the next visit, who to call, and the crisis line. */
export function walletCardLines(facts: SlipFacts, language: SlipLanguage): SlipLine[] {
  const words = WORDS[language];
  const lines: (SlipLine | null)[] = [
    { fact: 'heading', text: words.nextVisit },
    { fact: 'place', text: facts.place },
    facts.appointment ? { fact: 'appointment', text: appointmentWords(facts.appointment, language) } : null,
    { fact: 'peerName', text: words.peer(facts.peerName, facts.peerPhone) },
    { fact: 'crisis', text: words.crisis },
  ];
  return lines.filter((line): line is SlipLine => line !== null);
}

/** Which facts carry a forbidden word, for a refusal that says which field to change. */
export function forbiddenOnSlip<L extends { fact: string; text: string }>(lines: readonly L[]): { fact: L['fact']; words: string[] }[] {
  return lines.map((line) => ({ fact: line.fact, words: forbiddenWordsIn(line.text) })).filter((found) => found.words.length > 0);
}
