export { directionOf, formatDate, formatList, formatNumber } from './formatters.js';
export {
  type LabelCatalog,
  type LabelLoader,
  LocalizeController,
  type LocalizeOptions,
} from './localize-controller.js';
export { loadUiStrings, type UiKey, type UiStrings, uiEn } from './ui/index.js';
