/** The app's style sheet read as plain rules, for the tests of what jsdom cannot lay out or hover. */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Rule {
  readonly selectors: readonly string[];
  readonly declarations: ReadonlyMap<string, string>;
  /** the @media condition around the rule, '' at the top level */
  readonly media: string;
}

function declarations(body: string): Map<string, string> {
  return new Map(
    body
      .split(';')
      .map((d) => d.split(':').map((part) => part.trim()))
      .filter((parts) => parts.length >= 2 && parts[0] !== '')
      .map(([name, ...value]) => [name, value.join(':')]),
  );
}

/** Every `selector { declarations }` block, with the @media block it sits in (one level deep, as the sheet has). */
function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  let media = '';
  let text = '';
  let selectors: string[] | null = null;
  for (const token of css.replace(/\/\*[\s\S]*?\*\//g, '').split(/([{}])/)) {
    if (token === '{' && text.trim().startsWith('@media')) media = text.trim();
    else if (token === '{') selectors = text.split(',').map((s) => s.trim().replace(/"/g, "'"));
    else if (token === '}' && selectors) {
      rules.push({ selectors, declarations: declarations(text), media });
      selectors = null;
    } else if (token === '}') media = '';
    text = token === '{' || token === '}' ? '' : token;
  }
  return rules;
}

export const RULES = parseRules(readFileSync(resolve('src/app/styles.css'), 'utf8'));

const ROOT = RULES.find((rule) => rule.selectors.includes(':root'))?.declarations ?? new Map<string, string>();

/** A declared value with the :root custom properties filled in. */
export function valueOf(rule: Rule | undefined, property: string): string {
  const value = rule?.declarations.get(property) ?? '';
  return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => ROOT.get(name) ?? '');
}

/** The rules for exactly this selector (it may be one of a list). */
export function rulesFor(selector: string): Rule[] {
  return RULES.filter((rule) => rule.selectors.includes(selector));
}
