/**
 * The house styles a profile can choose (contract §3), apart from profile.ts so that code which
 * only needs the names — the placeholders the Word layer writes, the task pane's date inputs —
 * does not pull the profile reader and the embedded Zoetermeer profile into the pane's first
 * chunk.
 */
export const DATE_STYLES = ['d-m-yyyy', 'dd-mm-yyyy'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** Phone house styles, named by an example number as in the profile JSON. */
export const PHONE_STYLES = ['+31 79 3468269', '079-3468269'] as const;
export type PhoneStyle = (typeof PHONE_STYLES)[number];
