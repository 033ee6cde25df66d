import {
  renderAccordionPanel_unstable,
  useAccordionPanelStyles_unstable,
  useAccordionPanel_unstable,
  type AccordionPanelProps,
} from '@fluentui/react-components';
import { forwardRef } from 'react';

/**
 * Fluent's AccordionPanel, composed from its own hooks, with one change: a closed or collapsing
 * panel gets `inert=""` instead of `inert={true}`. Fluent (react-accordion 9.12) sets the boolean,
 * which React 19 understands; React 18, which this add-in runs, does not know the attribute, warns
 * "Received `true` for a non-boolean attribute `inert`" and drops it, so focus could still reach
 * the fields of a collapsing section. The empty string is the attribute being present.
 */
export const SectionPanel = forwardRef<HTMLDivElement, AccordionPanelProps>((props, ref) => {
  const state = useAccordionPanel_unstable(props, ref);
  // @types/react 18 has no `inert` prop, hence the record view of the slot's props.
  const root = state.root as Record<string, unknown>;
  if (root.inert === true) root.inert = '';
  useAccordionPanelStyles_unstable(state);
  return renderAccordionPanel_unstable(state);
});
SectionPanel.displayName = 'SectionPanel';
