import type { ReactNode } from 'react';

/**
 * The chunk that arrives right after the first field (later.ts): what the rest of the form needs
 * and the title field does not. Attributed through the source maps of the production build
 * (approximate, gzip; docs/taskpane.md): tabster, which only the Accordion and the Combobox use,
 * ~16 KB; the Combobox ~8 with floating-ui and positioning ~9; the Accordion with its motion ~5;
 * libphonenumber ~11 and date-fns ~2 of the validation core.
 */
export {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Combobox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
} from '@fluentui/react-components';
export { FindingsSummary } from './components/FindingsSummary/FindingsSummary';
export { SectionPanel } from './components/SectionPanel/SectionPanel';
export { validation } from './validation';

/** Holds its children back until this chunk is there (the save footer waits for the validation core). */
export function WhenLoaded(props: { readonly children: ReactNode }): ReactNode {
  return props.children;
}
