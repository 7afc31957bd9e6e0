import { useCallback, useRef, useState, type RefObject } from 'react';
import type { SlipLanguage } from '../../../../shared/domain/referral-slip';
import type { ReferralPrintout } from '../../../../shared/ipc/referral-printouts-contract';
import type { SlipLayout } from '../../../../shared/print-jobs';
import { call } from '../../lead';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { PrintProblem } from './PrintProblem';
import { usePrintReady } from './use-print-ready';

/** Each copy carries its own mark, since copies are cut apart; and no program name, as the slip must not. */
const PRACTICE_MARK = { en: 'TRAINING: practice slip for an invented person', es: 'TRAINING: práctica, persona inventada' } as const;

/**
 * Whether a copy's words run into the margin kept clear inside its cut lines (its padding), or
 * past it. That margin is where scissors go astray, and it also covers the printed layout
 * differing from the screen's, where this is measured, by a fraction of a line.
 */
function cutOff(copy: Element): boolean {
  const last = copy.lastElementChild;
  const paddingBottom = parseFloat(getComputedStyle(copy).paddingBottom);
  const contentBottom = copy.getBoundingClientRect().top + copy.clientTop + copy.clientHeight - paddingBottom;
  return (last !== null && last.getBoundingClientRect().bottom > contentBottom + 1) || copy.scrollWidth > copy.clientWidth + 1;
}

/**
 * The printout of a service referral the participant keeps: the words as the main process made
 * them, laid out in copies inside `sheet`. When the copies have a fixed size and any copy's words
 * do not fit, the printer is told `tooLong` and prints nothing: a slip missing its last lines (the
 * phone to call) is worse than none. Null: the copy grows onto another page, nothing is cut off.
 */
function usePrintout(serviceReferralId: number, language: SlipLanguage, sheet: RefObject<HTMLDivElement | null>, tooLong: string | null) {
  const [printout, setPrintout] = useState<ReferralPrintout | null>(null);
  const load = useAction(() => call('services.printout', { serviceReferralId, language }), setPrintout);
  useOnMount(() => void load.run());
  const problemOnPaper = useCallback(
    () => (tooLong !== null && [...(sheet.current?.children ?? [])].some(cutOff) ? tooLong : null),
    [sheet, tooLong],
  );
  usePrintReady(printout !== null, problemOnPaper);
  return { printout, problem: load.formError };
}

const TOO_LONG = {
  'four-up': 'the slip’s words do not fit four to a sheet. Print it on half a letter sheet, or shorten what to bring or how to get there.',
  'half-letter': null,
  card: 'the words do not fit on a wallet card. Print the slip instead, or use a shorter name for the provider.',
} as const;

/**
 * The participant's slip: "Your next step" in large type, half a letter sheet, or four copies to
 * a letter sheet with dashed cut lines between them.
 */
export function ReferralSlipPrint(props: { serviceReferralId: number; language: SlipLanguage; layout: SlipLayout; training: boolean }) {
  const sheet = useRef<HTMLDivElement>(null);
  const { printout, problem } = usePrintout(props.serviceReferralId, props.language, sheet, TOO_LONG[props.layout]);
  if (problem) return <PrintProblem message={problem} />;
  if (!printout) return <p className="print-message">Preparing the slip…</p>;
  const [heading, ...lines] = printout.slip;
  const copies = props.layout === 'four-up' ? 4 : 1;
  return (
    <div ref={sheet} className={`slip-sheet slip-sheet-${props.layout}`} lang={props.language}>
      {Array.from({ length: copies }, (_, copy) => (
        <article key={copy} className="slip" aria-label={heading!.text}>
          {props.training && <p className="slip-training-mark">{PRACTICE_MARK[props.language]}</p>}
          <h1>{heading!.text}</h1>
          {lines.map((line) => (
            <p key={line.fact} className={`slip-${line.fact}`}>
              {line.text}
            </p>
          ))}
        </article>
      ))}
    </div>
  );
}

/** Wallet cards, credit-card size, eight to a letter sheet with cut lines: the next visit, the peer, 988. */
export function WalletCardPrint(props: { serviceReferralId: number; language: SlipLanguage; training: boolean }) {
  const sheet = useRef<HTMLDivElement>(null);
  const { printout, problem } = usePrintout(props.serviceReferralId, props.language, sheet, TOO_LONG.card);
  if (problem) return <PrintProblem message={problem} />;
  if (!printout) return <p className="print-message">Preparing the cards…</p>;
  const [heading, ...lines] = printout.card;
  return (
    <div ref={sheet} className="card-sheet" lang={props.language}>
      {Array.from({ length: 8 }, (_, copy) => (
        <article key={copy} className="wallet-card" aria-label={heading!.text}>
          {props.training && <p className="slip-training-mark">{PRACTICE_MARK[props.language]}</p>}
          <h1>{heading!.text}</h1>
          {lines.map((line) => (
            <p key={line.fact} className={`card-${line.fact}`}>
              {line.text}
            </p>
          ))}
        </article>
      ))}
    </div>
  );
}
