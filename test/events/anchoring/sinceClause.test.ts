import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';

const dated = (text: string, published: string) =>
  extractEvents({ id: 'a', title: 'a', source: 's', published, text }, tag(text, { reference: published }))
    .filter((e) => e.mentions[0]?.timex)
    .map((e) => `${e.mentions[0]?.trigger?.text}@${e.mentions[0]?.timex?.text}`);

describe('sinceClauseVerb (through extractEvents)', () => {
  it('dates the verb of a "since" clause by its date, not the happening the clause measures from', () => {
    const text =
      'And there was a return of violence to the Damascus suburbs - the first significant fighting there since government forces imposed military control some weeks ago.';
    expect(dated(text, '2012-03-17')).toEqual(['imposed@weeks ago']);
  });

  it('keeps the first of the verbs joined in the "since" clause', () => {
    const text =
      'Oil has been gushing into the Gulf of Mexico at a rate of at least 200,000 gallons a day since an offshore drilling rig exploded and sank last month, killing 11 people.';
    expect(dated(text, '2010-05-06')).toEqual(['exploded@last month']);
  });

  it('keeps the first joined verb in text order, not one that another date dates', () => {
    const text =
      'Shrimpers have been idle since a tanker caught fire and sank on 20 April, killing 11 sailors.';
    expect(dated(text, '2010-05-06')).toEqual(['caught@20 April']);
    const later =
      'Oil has been leaking into the bay since a barge exploded April 20 and sank two days later.';
    expect(dated(later, '2010-05-06')).toEqual(expect.arrayContaining(['sank@two days later']));
  });

  it('leaves a date outside the "since" clause to the main clause', () => {
    const text = 'Rebels attacked the town on Friday, the first fighting there since troops arrived.';
    expect(dated(text, '2012-03-17')).toEqual(['attacked@Friday']);
  });
});
