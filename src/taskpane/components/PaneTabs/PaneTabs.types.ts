/**
 * The pane's two tabs: the form first, the griffie's review beside it. Kept apart from
 * PaneTabs.tsx so the form can name them without pulling TabList into the initial JS.
 */
export const PANE_TABS = ['form', 'review'] as const;
export type PaneTab = (typeof PANE_TABS)[number];

/** Ids tying each tab to its panel (aria-controls / aria-labelledby). */
export function tabId(tab: PaneTab): string {
  return `annotatie-tab-${tab}`;
}

export function panelId(tab: PaneTab): string {
  return `annotatie-panel-${tab}`;
}
