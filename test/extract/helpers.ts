// Test helper: the facts of a text in the compact shape kg-eval compares
// ("TYPE person | title/report/item | meeting").
import { extract } from '../../src/extract/pipeline';
import { factLines } from '../../src/cli/commands/extract';

export interface SimpleFact {
  type: string;
  person?: string;
  object?: string;
  meeting?: string;
}

export function factsOf(text: string): SimpleFact[] {
  return factLines('test', extract(text))
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    // the canonical name: fact lines add the designation as written in brackets (test/cli/fact-lines.test.ts)
    .map((f) => ({ type: f.type, person: f.person, object: f.title ?? f.report ?? f.item, meeting: f.meeting?.replace(/（[^（）]*）$/, '') }));
}

/** "TYPE person object" strings, for compact assertions. */
export function factStrings(text: string, ...types: string[]): string[] {
  return factsOf(text)
    .filter((f) => !types.length || types.includes(f.type))
    .map((f) => [f.type, f.person, f.object].filter(Boolean).join(' '));
}
