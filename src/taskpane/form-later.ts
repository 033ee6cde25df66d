import type { ReactNode } from 'react';

/**
 * The chunk that arrives right after the first field (later.ts): what the rest of the form needs
 * and the title field does not. Measured (the UI bench, scripts/explore in the notes): tabster,
 * which only the Accordion and the Combobox use, was 16 KB gzip of it; the Combobox with its
 * positioning (floating-ui) and portal 20; the validation core (date-fns, libphonenumber, the
 * rules and their messages) 21.
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
