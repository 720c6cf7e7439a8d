import { describe, expect, it } from 'vitest';
import { quotedSpans, sayingDate } from '../../../src/events/anchoring/datedSaying.ts';
import { extractEvents } from '../../../src/events/extractEvents.ts';
import { annotate } from '../../../src/events/nlp/annotate.ts';
import { article, dayIn, yesterday } from '../eventFixtures.ts';

const saying = (text: string, day: string) => {
  const { tokens } = annotate(text);
  const found = sayingDate(tokens, [yesterday(text, day)], quotedSpans(text, 0));
  return found && tokens[found.verb]!.text;
};

describe('sayingDate', () => {
  it('finds the saying a date outside the quotes dates', () => {
    expect(saying("``We were pushed out of the talks but we are back,'' Adams said Sunday.", 'Sunday')).toBe(
      'said',
    );
    expect(saying('"We will win," Clinton told reporters in the Rose Garden Monday.', 'Monday')).toBe('told');
    expect(saying('"It is over," McCurry on Friday said.', 'Friday')).toBe('said');
  });

  it('leaves a date of the words said, a first-person saying and a date of a noun', () => {
    expect(
      saying('"It is bad," activists said violence on Monday claimed dozens more lives.', 'Monday'),
    ).toBe(undefined);
    expect(saying('"Nobody knows," I am writing this early on Friday.', 'Friday')).toBe(undefined);
    expect(saying('"It is a rift," our correspondent says Tuesday\'s vote exposes.', 'Tuesday')).toBe(
      undefined,
    );
    expect(saying('"It works," they say of the roadmap - announced Monday by Annan.', 'Monday')).toBe(
      undefined,
    );
  });
});

describe('datedSaying (through extractEvents)', () => {
  it('makes a statement dated that day from a quotation, titled by the words and the speaker', () => {
    const text = '"We were unjustly pushed out of the talks but we are back," Adams said Sunday.';
    const [e] = extractEvents(article(text), [yesterday(text, 'Sunday')]);
    expect(e).toMatchObject({ type: 'statement', when: { start: '2022-04-11' } });
    expect(e!.title).toBe('We were unjustly pushed out of the talks but we are back, Adams said');
    expect(e!.mentions[0]!.trigger?.text).toBe('said');
  });

  it('keeps a negation of the words said', () => {
    const text = 'Nicolas Sarkozy said on Sunday that he did not "believe in Assad\'s sincerity".';
    const [e] = extractEvents(article(text), [yesterday(text, 'Sunday')]);
    expect(e?.title).toContain('did not believe');
  });
});

describe('datedSaying (through extractEvents)', () => {
  it('dates the saying of words that lay down a condition', () => {
    const text =
      "Bush told a news conference on Tuesday that the naval barricade now in force might be extended to Jordan's Aqaba ``if it is a hole through which commerce flows'' in and out of Iraq.";
    const events = extractEvents(article(text), [yesterday(text, 'Tuesday')]);
    expect(events.map((e) => e.mentions[0]?.trigger?.text)).toEqual(['told']);
    expect(events[0]!.mentions[0]!.timex?.text).toBe('Tuesday');
  });
});

describe('quotedFollowUp (through extractEvents)', () => {
  const lead = 'Philippine President Joseph Estrada on Tuesday condemned the bombings of the embassies.';
  it('makes the saying of a quotation right after a dated report by its speaker a further word of it', () => {
    const text = `${lead} \`\`We extend our sympathies to the victims,'' Estrada said in a statement.`;
    const events = extractEvents(article(text), [yesterday(text, 'Tuesday')]);
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => m.trigger?.text)).toEqual(['condemned', 'said']);
    expect(events[0]!.mentions[1]!.timex).toBeUndefined();
  });

  it('leaves alone a quotation by someone the report does not name', () => {
    const text = `${lead} \`\`We extend our sympathies to the victims,'' Ramos said in a statement.`;
    const events = extractEvents(article(text), [yesterday(text, 'Tuesday')]);
    expect(events.flatMap((e) => e.mentions.map((m) => m.trigger?.text))).not.toContain('said');
  });

  it('takes "He said …" right after a dated statement of a person for more of that statement', () => {
    const text = `${lead} He said the embassies had been warned of an attack weeks before.`;
    const events = extractEvents(article(text), [yesterday(text, 'Tuesday')]);
    const said = events.find((e) => e.mentions.some((m) => m.trigger?.text === 'said'));
    expect(said?.mentions[0]?.trigger?.text).toBe('condemned');
    const other = `${lead} Separately, Ramos said the embassies had been warned of an attack weeks before.`;
    const apart = extractEvents(article(other), [yesterday(other, 'Tuesday')]);
    expect(apart.find((e) => e.mentions.some((m) => m.trigger?.text === 'condemned'))?.mentions).toHaveLength(
      1,
    );
  });
});

describe('sayingTitle', () => {
  const titles = (text: string) =>
    extractEvents(article(text), [dayIn(text, 'today', '2022-04-12')])
      .map((e) => e.title)
      .join(' | ');

  it('takes a closing attribution with its words, not a role that "as" governs', () => {
    expect(
      titles(
        'The latest cases came as the UK\'s chief medical officer, Sir Liam Donaldson, said today he was "concerned but not alarmed".',
      ),
    ).toContain('Sir Liam Donaldson said he was concerned');
    expect(
      titles(
        'The latest cases came as the UK\'s chief medical officer, Sir Liam Donaldson, said today he was "concerned but not alarmed".',
      ),
    ).not.toContain('came');
    expect(
      titles(
        'Two new cases of swine flu have been diagnosed in the UK, the health secretary, Alan Johnson, said today.',
      ),
    ).toContain('Two new cases of swine flu have been diagnosed in the UK, Alan Johnson said');
  });
});
