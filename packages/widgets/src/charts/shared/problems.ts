import type { TableProblem } from './check-table.js';
import type { ChartText } from './text.js';

/** Everything that can stand in a chart's place instead of a drawing. */
export type ChartProblem =
  | TableProblem
  | { code: 'noField' }
  | { code: 'records' }
  | { code: 'fetch'; url: string; status: string }
  | { code: 'unreadable'; url: string }
  | { code: 'csvLine'; url: string; line: number }
  | { code: 'unknown' };

/** The sentence saying what is wrong, in the chart's locale; `label` names a category the way the chart does. */
export function problemMessage(
  text: ChartText,
  problem: ChartProblem,
  label: (key: string) => string,
): string {
  switch (problem.code) {
    case 'missing':
      return text.t('errorMissing');
    case 'notTable':
      return text.t('errorNotTable');
    case 'dimensions':
      return text.t('errorDimensions', { min: problem.min, max: problem.max, n: problem.n });
    case 'unknownKey':
      return text.t('errorUnknownKey', { key: problem.key });
    case 'period':
      return text.t('errorPeriod', { key: problem.key });
    case 'negative':
      return text.t('errorNegative', { key: problem.key.split(' · ').map(label).join(' · ') });
    case 'notNumber':
      return text.t('errorNotNumber', { key: problem.key.split(' · ').map(label).join(' · ') });
    case 'noField':
      return text.t('errorNoField');
    case 'records':
      return text.t('errorRecords');
    case 'fetch':
      return text.t('errorFetch', {
        url: problem.url,
        status: problem.status === 'network' ? text.t('networkError') : problem.status,
      });
    case 'csvLine':
      return text.t('errorCsvLine', { url: problem.url, line: problem.line });
    case 'unreadable':
      return text.t('errorUnreadable', { url: problem.url });
    default:
      return text.t('errorUnknown');
  }
}
