import { describe, expect, it } from 'vitest';
import { cut } from './cutTitle.ts';

// (Through `deletionTitle`, which keeps these words around an event noun.)
describe('eventNounWords', () => {
  it('cuts an event noun with its complement, dropping a possessive date', () => {
    expect(cut("The embassy said Friday's attack on its compound was over.", 'attack', ['Friday'])).toBe(
      'Attack on its compound',
    );
  });

  it('keeps the doer after an event noun: a name, or any noun after a participle taken for a noun', () => {
    expect(cut('The talks followed a visit by Mr Sarkozy on Monday.', 'visit', ['on Monday'])).toBe(
      'A visit by Mr Sarkozy',
    );
    expect(cut('The talks followed a visit by officials on Monday.', 'visit', ['on Monday'])).toBe('A visit');
  });

  it("keeps a participle and its named doer after an event noun when the date is the participle's", () => {
    expect(
      cut('He referred to a UN resolution vetoed by Russia and China last weekend.', 'resolution', [
        'last weekend',
      ]),
    ).toBe('A UN resolution vetoed by Russia and China');
    expect(
      cut('She was sworn in on Tuesday in a ceremony attended by President Obama.', 'ceremony', [
        'on Tuesday',
      ]),
    ).not.toMatch(/attended/);
  });

  it('keeps a possessive date\'s "last" with it', () => {
    expect(cut("He responded to last night's decision by the church.", 'decision')).toBe(
      "Last night's decision",
    );
  });

  it('keeps a named place after an event noun\'s "of" phrase, not an unnamed one', () => {
    expect(
      cut('Annan spoke after a meeting of world powers in Geneva last weekend.', 'meeting', ['last weekend']),
    ).toBe('A meeting of world powers in Geneva');
    expect(
      cut('Annan spoke after a meeting of world powers in a hotel last weekend.', 'meeting', [
        'last weekend',
      ]),
    ).toBe('A meeting of world powers');
  });
});
