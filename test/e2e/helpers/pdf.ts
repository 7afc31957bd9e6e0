import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';

export const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The PDF's text (pdftotext) and its pages as PNG images at 60 dpi (pdftoppm), kept with the test's output. */
export function readPdf(pdf: Buffer, file: string): { text: string; pages: string[] } {
  writeFileSync(file, pdf);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', file, prefix]);
  const dir = prefix.slice(0, prefix.lastIndexOf('/'));
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  const pages = readdirSync(dir).filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'));
  return { text: words(text), pages };
}
