// How the text report colours and cleans what it prints: ANSI colours only when asked (a terminal, no NO_COLOR),
// and every untrusted string on one line with its control and direction characters shown as escapes.
import { visibleControls } from './escape.js';
import type { Severity } from '../model/report.js';

export type Colour = 'red' | 'yellow' | 'green' | 'bold' | 'dim';
export type Paint = (text: string, colour: Colour) => string;

const ANSI: Record<Colour, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  bold: [1, 22],
  dim: [2, 22]
};

export function painter(color: boolean | undefined): Paint {
  return color
    ? (text, colour) => `\u001b[${ANSI[colour][0]}m${text}\u001b[${ANSI[colour][1]}m`
    : (text) => text;
}

export const SEVERITY_COLOUR: Record<Severity, Colour> = { error: 'red', warning: 'yellow', notice: 'dim' };

/** Untrusted or user text on one line, with controls and direction marks shown as escapes. */
export const safe = (text: string | number | null | undefined): string => visibleControls(String(text ?? ''));

/** Pads to a width measured in characters of the shown text (colour codes added after padding). */
export function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
