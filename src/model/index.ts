export * from './article.ts';
export * from './chronology.ts';
export * from './timex.ts';
