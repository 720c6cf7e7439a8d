import { describe, expect, it } from 'vitest';
import { notAnEvent } from '../../../src/events/clauses/eventFilter.ts';
import { forecast } from '../../../src/events/clauses/forecast.ts';

describe('forecast', () => {
  it('takes a forecasting verb whose complement speaks in a modal of what is to come for a forecast', () => {
    expect(notAnEvent('Meteorologists predict this year will be very active.')).toBe('a forecast');
    expect(forecast('Forecasts suggest the oil spill could move significantly west of the delta.')).toBe(
      true,
    );
    expect(
      forecast(
        'But most scientists now predict a second wave of the disease is likely to strike later in the year.',
      ),
    ).toBe(true);
    expect(
      forecast(
        'U.S. health officials have predicted that the virus would spread and inevitably kill some people.',
      ),
    ).toBe(true);
    expect(forecast('Favorable conditions are expected, he said.')).toBe(true);
  });

  it('leaves a forecast dated before its modal, and a date foreseen makes none', () => {
    const dated = 'Margaret Chan yesterday suggested the alert would move to its highest level.';
    expect(forecast(dated, dated.indexOf('yesterday'))).toBe(false);
    const foreseen = 'Many analysts expect the economy will contract about 6 percent this year.';
    expect(forecast(foreseen, foreseen.indexOf('this year'))).toBe(true);
    const own =
      'The figures suggest the disaster will be costly for BP since the 20 April explosion that killed 11.';
    expect(forecast(own, own.indexOf('20 April'))).toBe(false);
  });

  it('leaves plans, inferences about the past, findings and forecasts inside words reported', () => {
    expect(forecast('BP expects to pay about $4bn.')).toBe(false);
    expect(forecast('Genetic analysis suggests the virus may have first infected someone in January.')).toBe(
      false,
    );
    expect(
      forecast('Early tests have suggested that the virus passes fairly easily from person to person.'),
    ).toBe(false);
    expect(forecast('Officials said they expect the well will be sealed.')).toBe(false);
    expect(
      forecast(
        'Hospitals have noted a steady drop in patients, suggesting the infection rate may be declining.',
      ),
    ).toBe(false);
    expect(forecast('Next week the tests are expected to go ahead as planned.')).toBe(false);
    expect(forecast('Three separate tests suggested that the mixture would be unstable.')).toBe(false);
  });

  it('leaves a sentence whose forecast is followed by a clause of its own, and a passive expected said of', () => {
    expect(
      forecast(
        'Analysts had expected BP would post a loss but the company reported a profit of $5bn on Tuesday.',
      ),
    ).toBe(false);
    expect(
      forecast(
        'Officials expect the well will be capped by August and BP said on Monday it had raised $7bn.',
      ),
    ).toBe(false);
    expect(forecast('Officials said more rain is expected.')).toBe(false);
    expect(forecast('Experts suggest the company could not have stopped the leak.')).toBe(false);
  });
});
