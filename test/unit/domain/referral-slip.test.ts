import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import {
  appointmentWords,
  forbiddenOnSlip,
  forbiddenWordsIn,
  slipLines,
  walletCardLines,
  type SlipFacts,
} from '../../../shared/domain/referral-slip';

const FACTS: SlipFacts = {
  firstName: 'Jordan',
  place: 'Harbor Health Center (fictional)',
  address: '100 Example Street, Baltimore, MD 21201',
  crossStreets: 'Sample Avenue and Test Street',
  busLines: 'CityLink Blue, LocalLink 51',
  appointment: { date: '2026-12-08', time: '10:30' },
  openHours: null,
  askFor: 'the front desk',
  bring: 'a photo ID if you have one, and your medicine list',
  free: true,
  providerPhone: '410-555-0142',
  peerName: 'Pat',
  peerPhone: '410-555-0107',
};

/** The Flesch-Kincaid grade of the lines read as one text, by the libraries' own counts. */
function gradeOf(lines: string[]): number {
  const text = lines.join(' ');
  const sentences = lines.length;
  const words = text.split(/\s+/).filter((word) => /[a-z]/i.test(word));
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: words.reduce((sum, word) => sum + syllable(word), 0) });
}

describe('the referral slip’s words', () => {
  it('starts with "Your next step" and gives the place, the way there, the time, what to ask and bring, the cost and who to call', () => {
    expect(slipLines(FACTS, 'en').map((line) => line.text)).toEqual([
      'Your next step',
      'For Jordan',
      'Go to Harbor Health Center (fictional).',
      'Where: 100 Example Street, Baltimore, MD 21201.',
      'It is near Sample Avenue and Test Street.',
      'Bus: CityLink Blue, LocalLink 51.',
      'When: Tuesday, December 8, at 10:30 AM.',
      'Ask for the front desk.',
      'Bring: a photo ID if you have one, and your medicine list.',
      'It is free.',
      'Their phone: 410-555-0142.',
      'Questions? Call Pat at 410-555-0107.',
    ]);
  });

  it('says it in Spanish too, dates and times the Spanish way', () => {
    const spanish = slipLines(FACTS, 'es').map((line) => line.text);
    expect(spanish[0]).toBe('Su próximo paso');
    expect(spanish.find((line) => line.startsWith('Cuándo'))).toMatch(/^Cuándo: martes, 8 de diciembre, a las 10:30 [ap]\.\s?m\.$/);
    // A sentence that already ends with a full stop ("a.m.", "Sat.") gets no second one.
    expect(
      [...spanish, ...slipLines({ ...FACTS, appointment: null, openHours: 'Mon. to Sat.' }, 'en').map((l) => l.text)].join(' '),
    ).not.toMatch(/\.\./);
    expect(spanish).toContain('¿Preguntas? Llame a Pat al 410-555-0107.');
    expect(spanish).toContain('Es gratis.');
  });

  it('gives the opening hours for a walk-in with no appointment, and asks about the cost when the directory does not say', () => {
    const lines = slipLines(
      { ...FACTS, appointment: null, openHours: 'Monday to Friday, 8 AM to 4 PM', free: null, peerPhone: null },
      'en',
    );
    expect(lines.map((line) => line.text)).toEqual(
      expect.arrayContaining([
        'Open: Monday to Friday, 8 AM to 4 PM. You can walk in.',
        'Ask about the cost when you call.',
        'Questions? Ask Pat.',
      ]),
    );
    expect(lines.some((line) => line.fact === 'appointment')).toBe(false);
  });

  it('reads at grade 6 or below in English, by the Flesch-Kincaid grade', () => {
    const slip = slipLines(FACTS, 'en').map((line) => line.text);
    const card = walletCardLines(FACTS, 'en').map((line) => line.text);
    const walkIn = slipLines({ ...FACTS, appointment: null, openHours: 'Monday to Friday, 8 AM to 4 PM', free: null }, 'en').map(
      (line) => line.text,
    );
    for (const text of [slip, card, walkIn]) expect(gradeOf(text)).toBeLessThanOrEqual(6);
  });

  it('never says LEAD, police, drug, arrest or diagnosis, in either language, whatever the facts it is given', () => {
    for (const language of ['en', 'es'] as const) {
      for (const lines of [slipLines(FACTS, language), walletCardLines(FACTS, language)]) {
        expect(forbiddenOnSlip(lines)).toEqual([]);
      }
    }
  });

  it('finds each forbidden word at the start of a word, in any case and in Spanish, and names the fact it came from', () => {
    expect(forbiddenWordsIn('Misleading')).toEqual([]);
    expect(forbiddenWordsIn('Ask for the team leader')).toEqual([]);
    expect(forbiddenWordsIn('LEAD-Baltimore')).toEqual(['LEAD']);
    expect(forbiddenWordsIn('the LEAD office')).toEqual(['LEAD']);
    expect(forbiddenWordsIn('Drug-free housing')).toEqual(['drug']);
    expect(forbiddenWordsIn('la policía')).toEqual(['police']);
    expect(forbiddenWordsIn('prevención de drogas')).toEqual(['drug']);
    expect(forbiddenWordsIn('after the arrest')).toEqual(['arrest']);
    expect(forbiddenWordsIn('su diagnóstico')).toEqual(['diagnosis']);
    expect(forbiddenWordsIn('Police drug unit')).toEqual(['police', 'drug']);
    const lines = slipLines({ ...FACTS, place: 'Central Drug Treatment (fictional)', askFor: 'Officer Sample at the police desk' }, 'en');
    expect(forbiddenOnSlip(lines)).toEqual([
      { fact: 'place', words: ['drug'] },
      { fact: 'askFor', words: ['police'] },
    ]);
  });

  it('puts the next visit, the peer’s phone and the 988 crisis line on the wallet card', () => {
    expect(walletCardLines(FACTS, 'en').map((line) => line.text)).toEqual([
      'Next visit',
      'Harbor Health Center (fictional)',
      'Tuesday, December 8, at 10:30 AM',
      'Questions? Call Pat at 410-555-0107.',
      'Need help now? Call or text 988.',
    ]);
    expect(walletCardLines(FACTS, 'es').at(-1)!.text).toBe('¿Necesita ayuda ahora? Llame o mande un texto al 988.');
    expect(appointmentWords({ date: '2026-12-08', time: '14:05' }, 'en')).toBe('Tuesday, December 8, at 2:05 PM');
  });
});
