import { describe, expect, it } from 'vitest';
import { foldRestatements, pastUndated, perfectUndated } from '../../../src/events/merge/foldRestatements.ts';
import type { ArticleMeta } from '../../../src/model/article.ts';
import type { ChronologyEvent, EventTime, Mention } from '../../../src/model/chronology.ts';

// A lead of byline and caption, so the sentence lies after it, as background does.
const LEAD = 'x'.repeat(300);

function mention(article: string, sentence: string, trigger: string, dated = false): Mention {
  const start = LEAD.length;
  const at = start + sentence.indexOf(trigger);
  return {
    article,
    sentence: { start, end: start + sentence.length, text: sentence },
    trigger: { start: at, end: at + trigger.length, text: trigger },
    ...(dated
      ? { timex: { start, end: start + 4, text: 'On 8', type: 'DATE' as const, value: '2010-02-08' } }
      : {}),
  };
}

const window = (end: string, start: string): EventTime => ({
  start,
  end,
  precision: 'day',
  value: end,
  approximate: true,
  mod: 'ON_OR_BEFORE',
});
const stated: EventTime = {
  start: '2010-02-08',
  end: '2010-02-08',
  precision: 'day',
  value: '2010-02-08',
  approximate: false,
};

const plea: ChronologyEvent = {
  id: 'a1#3-0',
  title: 'Dr Murray appeared in court in Los Angeles and pleaded not guilty to involuntary manslaughter',
  when: stated,
  reported: '2010-02-09',
  mentions: [
    mention(
      'a1',
      'On 8 February Dr Murray appeared in court and pleaded not guilty to involuntary manslaughter.',
      'pleaded',
      true,
    ),
  ],
  actors: [{ name: 'Conrad Murray' }],
  places: [],
};
const restated = (
  title: string,
  sentence: string,
  trigger: string,
  actor = 'Conrad Murray',
): ChronologyEvent => ({
  id: 'a2#7-0',
  title,
  when: window('2011-09-09', '2011-08-10'),
  reported: '2011-09-09',
  mentions: [mention('a2', sentence, trigger)],
  actors: [{ name: actor }],
  places: [],
});
const metas: ArticleMeta[] = [
  { id: 'a1', title: '', source: 'BBC', published: '2010-02-09' },
  { id: 'a2', title: '', source: 'Reuters', published: '2011-09-09' },
];

describe('foldRestatements', () => {
  const perfect = restated(
    'Dr Murray has pleaded not guilty to involuntary manslaughter',
    'Dr Murray has pleaded not guilty to involuntary manslaughter.',
    'pleaded',
  );

  it('folds an undated perfect restatement into the earlier report with a stated date, which keeps its date', () => {
    const out = foldRestatements([perfect, plea], metas);
    expect(out).toHaveLength(1);
    expect(out[0]!.when).toEqual(stated);
    expect(out[0]!.mentions.map((m) => m.article)).toEqual(['a1', 'a2']);
    expect(out[0]!.corroboration).toBe(2);
    expect(out[0]!.merged?.[1]?.reason).toMatch(/present perfect/);
  });

  it('lets a continuing sentence without a trigger ride along with the restatement', () => {
    const more = mention('a2', 'He is accused of giving the singer a lethal dose.', 'accused');
    const { trigger: _t, ...continuing } = more;
    const out = foldRestatements([{ ...perfect, mentions: [...perfect.mentions, continuing] }, plea], metas);
    expect(out).toHaveLength(1);
    expect(out[0]!.when).toEqual(stated);
  });

  it('folds an undated past restatement after the lead too ("Dr Murray was hired …" months later)', () => {
    const past = restated(
      'Dr Murray pleaded not guilty to involuntary manslaughter',
      'Dr Murray pleaded not guilty to involuntary manslaughter.',
      'pleaded',
    );
    const out = foldRestatements([past, plea], metas);
    expect(out).toHaveLength(1);
    expect(out[0]!.when).toEqual(stated);
  });

  it('keeps a past-tense report in the lead apart (it is the news, not a restatement)', () => {
    const past = restated(
      'Dr Murray pleaded not guilty to involuntary manslaughter',
      'Dr Murray pleaded not guilty to involuntary manslaughter.',
      'pleaded',
    );
    const inLead = past.mentions[0]!;
    const lead = {
      ...past,
      mentions: [
        {
          ...inLead,
          sentence: { ...inLead.sentence, start: 0, end: inLead.sentence.text.length },
          trigger: { ...inLead.trigger!, start: 10, end: 17 },
        },
      ],
    };
    expect(foldRestatements([lead, plea], metas)).toHaveLength(2);
  });

  it('needs the same word for the happening and a shared actor', () => {
    const other = restated(
      'Dr Murray has appeared in court in Los Angeles and been cleared of involuntary manslaughter, not guilty',
      'Dr Murray has been cleared of involuntary manslaughter, not guilty.',
      'cleared',
    );
    expect(foldRestatements([other, plea], metas)).toHaveLength(2);
    expect(
      foldRestatements(
        [restated(perfect.title, perfect.mentions[0]!.sentence.text, 'pleaded', 'Someone Else'), plea],
        metas,
      ),
    ).toHaveLength(2);
  });

  it('does not take the date of an earlier report that is itself only a window', () => {
    const vague = { ...plea, when: window('2010-02-09', '2010-01-10') };
    expect(foldRestatements([perfect, vague], metas)).toHaveLength(2);
  });

  it('folds into the earliest earlier report that fits, past those of another actor or not before its window', () => {
    const on = (day: string): EventTime => ({ ...stated, start: day, end: day, value: day });
    const report = (id: string, day: string, actor = 'Conrad Murray'): ChronologyEvent => ({
      ...plea,
      id: `${id}#1-0`,
      when: on(day),
      mentions: [{ ...plea.mentions[0]!, article: id }],
      actors: [{ name: actor }],
    });
    const others = [
      report('a3', '2010-11-04'),
      report('a4', '2009-05-01', 'Someone Else'),
      report('a5', '2011-08-20'),
    ];
    const all = [
      ...metas,
      ...['a3', 'a4', 'a5'].map((id) => ({ id, title: '', source: id, published: '2011-01-01' })),
    ];
    for (const order of [
      [perfect, ...others, plea],
      [plea, ...others.reverse(), perfect],
    ]) {
      const out = foldRestatements(order, all);
      expect(out).toHaveLength(4);
      expect(out.find((e) => e.mentions.some((m) => m.article === 'a2'))!.id).toBe('a1#3-0');
    }
  });

  it('gives the same result whatever the input order', () => {
    expect(foldRestatements([plea, perfect], metas)).toEqual(foldRestatements([perfect, plea], metas));
  });
});

describe('pastUndated', () => {
  it('reads a simple past or a past auxiliary before the trigger, not a perfect, a present or a modal', () => {
    expect(pastUndated(mention('a', 'The singer was buried at Forest Lawn.', 'buried'))).toBe(true);
    expect(pastUndated(mention('a', 'Dr Murray had been hired by the promoters.', 'hired'))).toBe(true);
    expect(pastUndated(mention('a', 'Jackson gave himself the dose.', 'gave'))).toBe(true);
    expect(pastUndated(mention('a', 'He has been interviewed twice.', 'interviewed'))).toBe(false);
    expect(pastUndated(mention('a', 'He will be freed soon.', 'freed'))).toBe(false);
    expect(pastUndated(mention('a', 'Troops are shelling the city.', 'shelling'))).toBe(false);
    // (Nouns and presents that look like a past.)
    expect(pastUndated(mention('a', 'The shot was heard across the city.', 'shot'))).toBe(false);
    expect(pastUndated(mention('a', 'Talks proceed in Geneva.', 'proceed'))).toBe(false);
  });
});

describe('perfectUndated', () => {
  it('reads the present perfect before the trigger, but not in the lead', () => {
    expect(
      perfectUndated(mention('a', 'He has already been interviewed twice by police.', 'interviewed')),
    ).toBe(true);
    expect(perfectUndated(mention('a', 'He was interviewed twice by police.', 'interviewed'))).toBe(false);
    const inLead = mention('a', 'He has been interviewed twice.', 'interviewed');
    const shift = (n: number) => ({ start: n, end: n + 1, text: '' });
    expect(
      perfectUndated({
        ...inLead,
        sentence: { ...inLead.sentence, start: 0 },
        trigger: { ...shift(inLead.trigger!.start - LEAD.length), text: 'interviewed' },
      }),
    ).toBe(false);
  });
});
