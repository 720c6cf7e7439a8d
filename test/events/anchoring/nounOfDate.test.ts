import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { tag } from '../../../src/temporal/tag.ts';
import { article, dayIn, monthIn } from '../eventFixtures.ts';

const triggers = (events: ReturnType<typeof extractEvents>) =>
  events.flatMap((e) => e.mentions.map((m) => `${m.trigger?.text}@${e.when.start}`));

describe('nounOfDate (through extractEvents)', () => {
  it('gives a year in the standard a likeness compares with to no verb of the clause', () => {
    const text =
      'Brian Williams tells the Huffington Post the situation is comparable to the 2004 Asian tsunami.';
    const tagged = tag(text, { reference: '2010-01-14' });
    const dated = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2010-01-14', text },
      tagged,
    ).filter((e) => e.mentions[0]?.timex);
    expect(dated).toEqual([]);
    const hit = 'Hong Kong was hit hard by the 2003 SARS outbreak.';
    const events = extractEvents(
      { id: 'b', title: 'b', source: 's', published: '2009-05-01', text: hit },
      tag(hit, { reference: '2009-05-01' }),
    );
    expect(events.some((e) => e.when.start.startsWith('2003'))).toBe(true);
  });

  it('dates each listed phrase by its own year, and a phrase completing a noun dates no verb', () => {
    const text =
      'The veterans of the 1999 Turkey earthquake and the 2004 boxing day tsunami in south east Asia have been thwarted by the weather.';
    const events = extractEvents(
      { id: 'a', title: 'a', source: 's', published: '2010-01-15', text },
      tag(text, { reference: '2010-01-15' }),
    );
    const dated = events.flatMap((e) =>
      e.mentions.filter((m) => m.trigger && m.timex).map((m) => `${m.trigger!.text}@${m.timex!.text}`),
    );
    expect(dated).toContain('tsunami@2004');
    expect(dated).not.toContain('tsunami@1999');
    expect(dated).not.toContain('thwarted@1999');
  });

  it('dates the happening a date inside a prepositional phrase modifies, not the clause verb', () => {
    const text =
      'Kopp has eluded authorities since they obtained a warrant for him as a material witness in the Oct. 23 sniper shooting of Dr. Barnett Slepian.';
    const dated = triggers(
      extractEvents(article(text, '1998-11-20'), [dayIn(text, 'Oct. 23', '1998-10-23')]),
    );
    expect(dated).toContain('shooting@1998-10-23');
    expect(dated).not.toContain('obtained@1998-10-23');
  });

  it('takes a modifier that names a happening when the head does not ("shooting death")', () => {
    const text = 'The activist wanted for questioning in last month’s shooting death of a doctor has fled.';
    const dated = triggers(
      extractEvents(article(text, '1998-11-20'), [monthIn(text, 'last month', '1998-10')]),
    );
    expect(dated).toContain('shooting@1998-10-01');
  });

  it('leaves the date to the clause when the noun alone would make no title', () => {
    const text = 'Hayward said in a June 18 statement that the company would pay all claims.';
    const [e] = extractEvents(article(text, '2010-06-30'), [dayIn(text, 'June 18', '2010-06-18')]);
    expect(e?.title).toBe('Hayward said in a statement the company would pay all claims');
    expect(e?.when.start).toBe('2010-06-18');
  });

  it('takes no head past a sentence-opening phrase, a gerund describing a noun, or a term', () => {
    const census = 'She is on the 1881 census living in Carno Wales with her husband and children.';
    const found = triggers(
      extractEvents(article(census, '2010-06-29'), [monthIn(census, '1881', '1881-01')]),
    );
    expect(found.some((x) => x.startsWith('living@'))).toBe(false);
    const term =
      'Interior Secretary Ken Salazar has halted deepwater drilling until Nov. 30, saying the spill showed the risks.';
    const halted = triggers(
      extractEvents(article(term, '2010-08-14'), [dayIn(term, 'Nov. 30', '2010-11-30')]),
    );
    expect(halted.some((x) => x.endsWith('@2010-11-30'))).toBe(false);
  });
});

describe('attachTimex: a verb tag after a determiner', () => {
  it('dates the main verb, not a noun the tagger took for a verb ("their offers")', () => {
    const text =
      'Two rival bidders for Connaught BioSciences extended their offers to acquire the Toronto-based vaccine manufacturer Friday.';
    const [e] = extractEvents(article(text, '1989-10-30'), [dayIn(text, 'Friday', '1989-10-27')]);
    expect(e?.mentions[0]?.trigger?.text).toBe('extended');
  });
});
