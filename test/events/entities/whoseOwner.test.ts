import { describe, expect, it } from 'vitest';
import { referentOfLast } from './referentOfLast.ts';

/** The name found for `title`, cut from the last sentence of `text`, its trigger at `trigger`. */
function nameFor(text: string, title: string, trigger: string): string | undefined {
  const r = referentOfLast(text, title, trigger);
  if (r) {
    expect(r.words.text).toBe('whose');
    expect(text.slice(r.name.start, r.name.end)).toBe(r.name.text);
  }
  return r?.name.text;
}

describe('whoseOwner', () => {
  it("names the phrase right before a relative 'whose' the title was cut after", () => {
    const text = 'Dr Murray, whose trial is due to begin in May, is accused of involuntary manslaughter.';
    expect(nameFor(text, 'Trial is due to begin', 'due')).toBe('Dr Murray');
    const gangs =
      'Mexican President Felipe Calderon has staked his presidency on crushing drug gangs whose turf wars have killed about 2,300 people this year.';
    expect(nameFor(gangs, 'Turf wars have killed about 2,300 people', 'killed')).toBe('drug gangs');
  });

  it('names none after a preposition, which may hang on a noun before it, nor before a name', () => {
    const text =
      'The only part that survived is the observer mission on the ground in Syria, whose mandate was renewed for a second month.';
    expect(nameFor(text, 'Mandate was renewed for a second month', 'renewed')).toBeUndefined();
    const name = 'Mr Panepinto, whose Facebook page was closed, spoke on Friday.';
    expect(nameFor(name, 'Facebook page was closed', 'closed')).toBeUndefined();
  });
});
