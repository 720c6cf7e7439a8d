import { extractEvents } from '../src/events/extractEvents.ts';
import { shownTitle } from '../src/model/shownTitle.ts';
import { tag } from '../src/temporal/tag.ts';
const [published, text] = [process.argv[2]!, process.argv[3]!];
for (const e of extractEvents({ id: 'a', title: 'a', source: 's', published, text }, tag(text, { reference: published })))
  console.log(`${shownTitle(e)} | ${e.mentions[0]?.trigger?.text} | ${e.mentions[0]?.timex?.text ?? '-'} | ${e.when.value}`);
