import { extractEvents } from '../src/events/extractEvents.ts';
import { annotate } from '../src/events/nlp/annotate.ts';
import { findTriggers } from '../src/events/triggers/findTriggers.ts';
import { tag } from '../src/temporal/tag.ts';

const pub = process.argv[2]!;
for (const text of process.argv.slice(3)) {
  const tx = tag(text, { reference: pub });
  const toks = annotate(text).tokens;
  console.log('#', text, '\n  timexes:', tx.map((t) => `${t.text}=${t.value}`).join('; '));
  console.log('  tokens:', toks.map((t) => `${t.text}/${t.pos}`).join(' '));
  console.log(
    '  triggers:',
    findTriggers(toks)
      .map((t) => `${t.text}:${t.eventClass}:${t.score.toFixed(2)}`)
      .join(' '),
  );
  for (const e of extractEvents({ id: 'x', title: 'x', source: 's', published: pub, text }, tx))
    console.log(
      `  -> ${e.when.value} ${e.type} ${e.status ?? ''} | ${e.title} | ${e.mentions.map((m) => m.trigger?.text + '@' + (m.timex?.text ?? '-')).join(', ')}`,
    );
}
